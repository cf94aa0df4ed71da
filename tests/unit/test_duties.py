"""The duty catalogue (ARCHITECTURE.md) and the one function that says whether a client holds a duty."""

import pytest

from handlers.phases import duties

# ARCHITECTURE.md, People, phases and duties, copied by hand: the catalogue must say exactly this.
CATALOGUE = {
    "mailing_lists": 1,
    "office_supplies": 1,
    "mailings": 1,
    "general": 1,
    "appointment_confirmations": 2,
    "ad_copy": 2,
    "call_email_screening": 2,
    "daily_schedule": 3,
    "sales_tracking": 3,
    "appointment_scheduling": 3,
}


def test_the_catalogue_is_design_table_with_its_phases():
    assert {duty.id: duty.phase for duty in duties.DUTIES} == CATALOGUE
    assert len(duties.DUTIES) == len(CATALOGUE)  # no duty listed twice


@pytest.mark.parametrize("duty_id, phase", CATALOGUE.items())
def test_each_duty_is_granted_from_its_phase_upwards(duty_id, phase):
    for client_phase in duties.PHASES:
        assert duties.is_granted(duty_id, client_phase) is (client_phase >= phase)
    assert duties.phase_of(duty_id) == phase


def test_a_phase_grants_its_duties_and_those_below():
    assert duties.granted_duties(1) == ["mailing_lists", "office_supplies", "mailings", "general"]
    assert set(duties.granted_duties(2)) == {d for d, p in CATALOGUE.items() if p <= 2}
    assert set(duties.granted_duties(3)) == set(CATALOGUE)


def test_an_override_grants_a_duty_above_the_phase():
    overrides = {"sales_tracking": True}
    assert duties.is_granted("sales_tracking", 1, overrides)
    assert not duties.is_granted("daily_schedule", 1, overrides)
    assert "sales_tracking" in duties.granted_duties(1, overrides)


def test_an_override_withholds_a_duty_of_the_phase():
    overrides = {"ad_copy": False}
    assert not duties.is_granted("ad_copy", 3, overrides)
    assert duties.is_granted("call_email_screening", 3, overrides)
    assert "ad_copy" not in duties.granted_duties(3, overrides)
    assert len(duties.granted_duties(3, overrides)) == len(CATALOGUE) - 1


def test_no_duty_means_no_phase():
    assert duties.phase_of(None) is None


def test_an_unknown_duty_is_an_error_not_a_refusal():
    with pytest.raises(KeyError):
        duties.is_granted("launch_missiles", 3)
    assert duties.unknown_duties(["mailings", "launch_missiles"]) == ["launch_missiles"]


def test_each_phase_introduces_its_own_duties():
    for phase in duties.PHASES:
        assert {d.id for d in duties.duties_of_phase(phase)} == {
            d for d, p in CATALOGUE.items() if p == phase
        }
        assert phase in duties.PHASE_NAMES
