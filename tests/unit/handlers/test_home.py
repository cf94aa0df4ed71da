"""The App Home as data: each person sees their own sections, with buttons that carry only ids."""

from __future__ import annotations

import pytest

from handlers import home
from handlers.core.home import MAX_ITEMS, Item, Section
from handlers.phases import commands as phase
from storage.repositories import requests
from tests.unit.handlers.trust_cast import add_cast


@pytest.fixture
def cast(session):
    return add_cast(session)


PHASE_AND_QUEUE = (
    "Your phase", "Waiting for your answer", "What I take on for you", "What unlocks next",
    "Your open requests", "Your clients", "Every client", "Open requests",
)  # fmt: skip  # this module's sections; others (agenda, deals) come and go with their own features


def sections(cast, session, who) -> dict[str, Section]:
    built = home.build(cast.ctx(session, who))
    return {section.title: section for section in built.sections if section.title in PHASE_AND_QUEUE}


def buttons(section: Section) -> list[tuple[str, str]]:
    return [(b.action, b.value) for item in section.items for b in item.buttons]


def test_a_client_sees_phase_duties_what_unlocks_next_and_open_requests(cast, session):
    asked = requests.create(session, cast.client, "office_supplies", "order printer paper")
    seen = sections(cast, session, cast.client)
    assert list(seen) == [
        "Your phase", "What I take on for you", "What unlocks next", "Your open requests",
    ]  # fmt: skip
    assert "Phase II" in seen["Your phase"].items[0].text
    assert "Ad copy" in seen["What I take on for you"].items[0].text
    assert "Daily schedule" in seen["What unlocks next"].items[0].text
    assert buttons(seen["What unlocks next"]) == [("phase.request", "3")]
    assert "order printer paper" in seen["Your open requests"].items[0].text
    assert buttons(seen["Your open requests"]) == [("request.cancel", str(asked.id))]


def test_a_proposal_shows_up_for_the_side_that_decides_it(cast, session):
    phase.command(cast.ctx(session, cast.va), "<@UCARLA> 3")
    client_home = sections(cast, session, cast.client)
    (accept, decline) = buttons(client_home["Waiting for your answer"])
    assert accept[0] == "phase.accept" and decline[0] == "phase.decline"
    assert "Waiting for your answer" not in sections(cast, session, cast.va)
    assert buttons(client_home["What unlocks next"]) == []  # no second request while one is open


def test_a_va_sees_their_clients_their_queue_and_requests_to_decide(cast, session):
    mine = requests.create(session, cast.client, "ad_copy", "write the Lakeview ad")
    requests.create(session, cast.other_client, "mailings", "not my client's")
    phase.request(cast.ctx(session, cast.client), "3")
    seen = sections(cast, session, cast.va)
    assert list(seen) == ["Waiting for your answer", "Your clients", "Open requests"]
    assert "<@UCARLA> — Phase II" in seen["Your clients"].items[0].text
    (queued,) = seen["Open requests"].items
    assert "write the Lakeview ad" in queued.text and "not my client's" not in queued.text
    assert [(b.action, b.value) for b in queued.buttons] == [("request.claim", str(mine.id))]


def test_an_admin_sees_every_client_and_request(cast, session):
    requests.create(session, cast.client, "ad_copy", "write the Lakeview ad")
    requests.create(session, cast.other_client, "mailings", "send the flyers")
    seen = sections(cast, session, cast.admin)
    assert "<@UDAN> — Phase I · VA <@UOTTO>" in seen["Every client"].items[0].text
    assert len(seen["Open requests"].items) == 2


def test_a_long_queue_is_clipped_with_a_count(cast, session):
    for number in range(MAX_ITEMS + 3):
        requests.create(session, cast.client, "general", f"errand {number}")
    items = sections(cast, session, cast.va)["Open requests"].items
    assert len(items) == MAX_ITEMS + 1 and items[-1].text == "…and 3 more."
    assert "errand 0" in items[0].text  # oldest first


def test_sections_are_a_list_others_extend(cast, session, monkeypatch):
    extra = Section("Deals", (Item("3 open deals"),))
    monkeypatch.setattr(home, "SECTIONS", [*home.SECTIONS, lambda ctx: extra])
    assert home.build(cast.ctx(session, cast.client)).sections[-1] == extra
