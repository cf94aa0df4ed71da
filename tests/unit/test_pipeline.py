"""The default deal pipeline and how people's words name its stages."""

import pytest

from handlers.deals import stages as pipeline


def test_the_stages_run_from_lead_to_closed():
    assert pipeline.STAGE_IDS == (
        "lead",
        "qualified",
        "proposal",
        "offer",
        "under_contract",
        "closing",
        "closed_won",
        "closed_lost",
    )
    assert pipeline.CLOSED_STAGES == ("closed_won", "closed_lost")
    assert set(pipeline.OPEN_STAGES) | set(pipeline.CLOSED_STAGES) == set(pipeline.STAGE_IDS)


@pytest.mark.parametrize(
    "text, stage",
    [
        ("Under Contract", "under_contract"),
        ("under-contract", "under_contract"),
        ("UNDER_CONTRACT", "under_contract"),
        ("  under   contract ", "under_contract"),
        ("Proposal / Showing", "proposal"),
        ("showing", "proposal"),
        ("Closed-Won", "closed_won"),
        ("closed lost", "closed_lost"),
        ("lead", "lead"),
    ],
)
def test_normalise_stage_reads_the_ways_people_write_a_stage(text, stage):
    assert pipeline.normalise_stage(text) == stage


@pytest.mark.parametrize("text", ["", "contract", "under", "banana", "closed won lost"])
def test_normalise_stage_refuses_what_names_no_stage(text):
    assert pipeline.normalise_stage(text) is None


def test_every_stage_id_and_label_names_itself():
    for stage in pipeline.STAGES:
        assert pipeline.normalise_stage(stage.id) == stage.id
        assert pipeline.normalise_stage(stage.label) == stage.id
        assert pipeline.label(stage.id) == stage.label
