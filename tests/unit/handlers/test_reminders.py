"""Reminders as plain conversation turns over a real database: set, listed, moved and cancelled."""

from __future__ import annotations

from datetime import datetime
from types import MappingProxyType
from zoneinfo import ZoneInfo

import pytest

from bot import conversation
from handlers.core.context import Ask
from handlers.core.timefmt import plain_dates
from handlers.reminders import job
from handlers.reminders import requests as reminders
from storage.repositories import jobs
from storage.repositories import reminders as repo
from tests.unit.handlers.trust_cast import add_cast

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])
CHICAGO = ZoneInfo("America/Chicago")  # carla's zone; NOW is 9:00 AM there, on Wednesday 25 November


@pytest.fixture
def cast(session):
    return add_cast(session)


def say(cast, session, text, who=None):
    return conversation.answer(cast.ctx(session, who or cast.client), text)


def test_a_reminder_is_set_with_a_job_at_its_time_a_cancel_button_and_its_topic(cast, session):
    reply = say(cast, session, "remind me at 4 to call the lender")

    [reminder] = repo.pending(session, cast.client)
    assert (reminder.title, reminder.due_exact) == ("call the lender", True)
    assert reminder.due_at == datetime(2026, 11, 25, 16, tzinfo=CHICAGO)
    assert plain_dates(reply.text) == "OK — I'll remind you today at 4:00 PM: call the lender"
    assert reply.sections == ()  # a time named, outside quiet hours: nothing to add
    [button] = reply.buttons
    assert (button.action, button.value) == (reminders.CANCEL, str(reminder.id))
    assert reply.extras["topics"] == {
        "reminder": {"id": reminder.id, "due": "2026-11-25T16:00:00-06:00", "title": "call the lender"}
    }
    scheduled = jobs.find(session, job.key(reminder.id))
    assert scheduled.kind == "reminder" and scheduled.run_at == reminder.due_at
    assert cast.notify.homes == [cast.client.user_id]
    assert cast.notify.cards == []  # no VA card: Jane does it herself


def test_any_phase_and_any_role_may_set_one(cast, session):
    say(cast, session, "remind me tomorrow at 10 to send the contract", who=cast.other_client)  # Phase I
    say(cast, session, "remind me at 5pm to call Tom back", who=cast.va)
    assert len(repo.pending(session, cast.other_client)) == 1
    assert len(repo.pending(session, cast.va)) == 1


def test_an_hour_jane_picked_is_said_so(cast, session):
    reply = say(cast, session, "remind me tomorrow morning about the inspection")

    [reminder] = repo.pending(session, cast.client)
    assert reminder.due_at == datetime(2026, 11, 26, 9, tzinfo=CHICAGO) and reminder.due_exact is False
    assert reply.sections == ("You didn't name a time, so I picked 9:00 AM; say “make it 3pm” if another "
                              "suits you.",)  # fmt: skip


def test_a_time_asked_for_in_quiet_hours_is_kept_and_the_confirmation_says_so(cast, session):
    reply = say(cast, session, "remind me at 11pm to lock up")

    [reminder] = repo.pending(session, cast.client)
    assert reminder.due_at == datetime(2026, 11, 25, 23, tzinfo=CHICAGO)
    assert "inside your quiet hours (9:00 PM–7:00 AM)" in reply.sections[0]
    assert "you asked for that time" in reply.sections[0]


def test_an_hour_jane_would_pick_in_quiet_hours_moves_to_their_end(cast, session):
    reply = reminders.create(
        cast.ctx(session, cast.client),
        Ask("remind me on friday", "reminder.create",
            slots=MappingProxyType({"due": "2026-11-27T22:00:00-06:00", "due_exact": False})),
    )  # fmt: skip

    [reminder] = repo.pending(session, cast.client)
    assert reminder.due_at == datetime(2026, 11, 28, 7, tzinfo=CHICAGO)
    assert reply.sections == ("10:00 PM is inside your quiet hours (9:00 PM–7:00 AM), so I picked 7:00 AM.",)


@pytest.mark.parametrize(
    "text, answer",
    [
        ("remind me to call Bob", "When should I remind you about “call Bob”?"),
        ("remind me at 8am today to call Bob", "That time has already passed"),
    ],
)
def test_no_time_or_a_past_one_is_asked_back_and_nothing_is_set(cast, session, text, answer):
    reply = conversation.respond(
        cast.ctx(session, cast.client),
        Ask(text, "reminder.create", slots=MappingProxyType(
            {"title": "call Bob", **({"due": "2026-11-25T08:00:00-06:00"} if "8am" in text else {})}
        )),
    )  # fmt: skip
    assert reply.text.startswith(answer)
    assert repo.pending(session, cast.client) == []


def test_the_list_shows_the_pending_ones_soonest_first_each_with_cancel(cast, session):
    say(cast, session, "remind me tomorrow at 10 to send the contract")
    say(cast, session, "remind me at 4 to call the lender")
    assert say(cast, session, "what reminders have I got?", who=cast.va).text.startswith(
        "You have no reminders"
    )

    reply = say(cast, session, "what reminders have I got?")

    assert reply.text == "You have 2 reminders coming up:"
    lines = reply.sections[0].splitlines()
    assert "call the lender" in lines[0] and "send the contract" in lines[1]
    assert [b.label for b in reply.buttons] == ["Cancel: call the lender", "Cancel: send the contract"]


def test_cancel_by_button_is_for_the_owner_only_and_only_once(cast, session):
    say(cast, session, "remind me at 4 to call the lender")
    [reminder] = repo.pending(session, cast.client)

    refused = reminders.cancel(cast.ctx(session, cast.va), reminder.id)
    done = reminders.cancel(cast.ctx(session, cast.client), reminder.id)
    again = reminders.cancel(cast.ctx(session, cast.client), reminder.id)

    assert refused.text == "That reminder isn't yours, so I left it as it was."
    assert done.text.startswith("Cancelled your reminder “call the lender”")
    assert again.text.startswith("Your reminder “call the lender”") and "already cancelled" in again.text
    assert repo.pending(session, cast.client) == []
    assert reminders.cancel(cast.ctx(session, cast.client), 999).text.startswith("That reminder is gone")


def test_cancel_in_words_takes_the_one_named_and_asks_back_when_several_fit(cast, session):
    say(cast, session, "remind me at 4 to call the lender")
    say(cast, session, "remind me tomorrow at 10 to call the lender again")
    say(cast, session, "remind me tomorrow morning about the inspection")

    several = say(cast, session, "cancel my reminder to call the lender")
    assert several.text == "Which reminder should I cancel?"
    assert len(several.buttons) == 2 and len(repo.pending(session, cast.client)) == 3

    one = say(cast, session, "cancel my reminder about the inspection")
    assert one.text.startswith("Cancelled your reminder “the inspection”")

    none = say(cast, session, "cancel my reminder about the dentist")
    assert none.text.startswith("I couldn't find a reminder about “the dentist”.") and len(none.buttons) == 2
    assert len(repo.pending(session, cast.client)) == 2


def test_a_correction_moves_the_reminder_and_its_job(cast, session):
    say(cast, session, "remind me at 4 to call the lender")
    [reminder] = repo.pending(session, cast.client)

    reply = reminders.create(
        cast.ctx(session, cast.client),
        Ask("make it 5", "reminder.create", slots=MappingProxyType(
            {"action": "edit", "due": "2026-11-25T17:00:00-06:00", "reminder": reminder.id}
        )),
    )  # fmt: skip

    assert plain_dates(reply.text) == "Moved — I'll remind you today at 5:00 PM instead: call the lender"
    [moved] = repo.pending(session, cast.client)
    assert moved.id == reminder.id and moved.due_at == datetime(2026, 11, 25, 17, tzinfo=CHICAGO)
    assert jobs.find(session, job.key(reminder.id)).run_at == moved.due_at
