"""Hours asked in words and shown in the App Home, gated like everything else: a client hears only about
their own requests, a VA only about their own time, an admin about anyone's."""

from __future__ import annotations

from datetime import timedelta
from types import MappingProxyType

import pytest

from handlers.core.context import Ask
from handlers.hours import answers
from handlers.hours import home as hours_home
from storage.repositories import requests as repo
from storage.repositories import time_entries
from tests.unit.handlers.trust_cast import NOW, add_cast

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


@pytest.fixture
def cast(session):
    cast = add_cast(session)
    for client, va, minutes in ((cast.client, cast.va, (45, 30)), (cast.other_client, cast.other_va, (50,))):
        request = repo.create(session, client, "general", "an errand")
        for spent in minutes:
            time_entries.add(session, request, va, spent, at=NOW - timedelta(days=1))
    return cast


def asked(cast, session, asker, **slots) -> str:
    reply = answers.handle(
        cast.ctx(session, asker), Ask("hours?", "hours.report", None, MappingProxyType(slots))
    )
    return reply.plain()


def test_a_client_hears_about_their_own_requests_and_the_people_on_them(cast, session):
    vera, otto = f"<@{cast.va.user_id}>", f"<@{cast.other_va.user_id}>"
    everyone = asked(cast, session, cast.client)
    # "Everyone" is then named: the one line of who did the work
    assert everyone == f"Everyone spent *1h 15m* on your requests in November 2026.\n• {vera}: 1h 15m"
    assert asked(cast, session, cast.client, who="Vera").startswith(f"{vera} spent *1h 15m*")
    assert asked(cast, session, cast.client, who="my VA").startswith(f"{vera} spent *1h 15m*")
    assert "otto" in asked(cast, session, cast.client, who="otto") and otto not in asked(
        cast, session, cast.client, who="otto"
    ), "someone who never worked for this client is not even named back"


def test_a_va_sees_only_their_own_time_and_an_admin_anyones(cast, session):
    assert asked(cast, session, cast.va).startswith("You spent *1h 15m* on <@UCARLA>'s requests")
    assert (
        asked(cast, session, cast.va, who="otto") == "You can see your own hours; an admin sees everyone's."
    )
    assert asked(cast, session, cast.admin).startswith("Everyone spent *2h 5m* on requests")
    assert asked(cast, session, cast.admin, who="otto").startswith(f"<@{cast.other_va.user_id}> spent *50m*")
    assert asked(cast, session, cast.admin, who="I").startswith("You logged no time")


def test_a_window_outside_the_entries_has_none(cast, session):
    last_month = {"start": "2026-10-01T00:00:00-05:00", "end": "2026-11-01T00:00:00-05:00"}
    assert (
        asked(cast, session, cast.client, **last_month)
        == "Everyone logged no time on your requests in October 2026 — nothing to report."
    )


def test_the_home_shows_this_months_hours_to_each_role(cast, session):
    def home(who) -> str:
        section = hours_home.home_section(cast.ctx(session, who))
        assert section is not None
        return "\n".join(item.text for item in section.items)

    vera, otto = f"<@{cast.va.user_id}>", f"<@{cast.other_va.user_id}>"
    assert home(cast.client) == f"November 2026: *1h 15m* on your requests ({vera} 1h 15m)."
    assert home(cast.va) == f"November 2026: *1h 15m* in all.\n• <@{cast.client.user_id}>: 1h 15m"
    assert otto in home(cast.admin) and "*2h 5m* in all" in home(cast.admin)
    assert home(cast.loner) == "November 2026: no time logged yet."
