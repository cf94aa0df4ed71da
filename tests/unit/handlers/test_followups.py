"""Follow-ups through the conversation turn over a real database: the topics each answer keeps, and what a
follow-up then does to requests, phases and bookings — without Slack."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot import conversation
from handlers.calendar import booking
from handlers.core import messages
from handlers.core.context import Context, Thread
from handlers.queue import requests as queue
from handlers.queue.booking_card import BOOKING
from storage.models import Person
from storage.repositories import phases
from storage.repositories import requests as repo
from tests.unit.handlers.trust_cast import NOW, add_cast

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


@pytest.fixture
def cast(session):
    return add_cast(session)


def say(cast, session, who: Person, text: str, *, shared: bool = False, minutes: int = 0):
    """One message from `who` in their DM with Jane (or in a channel's thread), `minutes` after NOW."""
    thread = Thread("C0GENERAL", "1.0", shared=True) if shared else Thread(f"D{who.user_id}", "1.0")
    where = f"T:{thread.channel}:{who.user_id}"
    ctx = Context(session, who, NOW + timedelta(minutes=minutes), cast.notify, lambda p: None, thread,
                  conversation=where)  # fmt: skip
    return conversation.answer(ctx, text)


def test_is_it_done_yet_and_cancel_that_are_about_the_request_just_made(cast, session):
    say(cast, session, cast.client, "please order more printer paper")
    status = say(cast, session, cast.client, "is it done yet?")
    cancelled = say(cast, session, cast.client, "ok, cancel it then")

    [request] = repo.list_requests(session)
    assert status.text == (
        "No, not yet — your request to order office supplies is waiting for your VA, <@UVERA>, to pick it up."
    )
    assert request.status == "cancelled"
    assert cancelled.text.startswith("Cancelled: your request to order office supplies")
    assert cast.notify.to(cast.client.user_id) == [], "answered in the conversation, not told elsewhere"
    assert cast.notify.cards[-1][1].sections[-1] == messages.CARD_STATE["cancelled"]


@pytest.mark.parametrize(
    ("asked", "lead"),
    [
        ("is it done yet?", "No, not yet — <@UVERA> has picked up"),
        ("has anyone picked it up?", "Yes — <@UVERA> has picked up"),
        ("is it still on?", "Yes — <@UVERA> has picked up"),
        ("who's handling it?", "<@UVERA> has picked up"),
    ],
)
def test_a_yes_no_about_a_claimed_request_opens_with_the_word_that_answers_it(cast, session, asked, lead):
    say(cast, session, cast.client, "please order more printer paper")
    [request] = repo.list_requests(session)
    queue.act(Context(session, cast.va, NOW, cast.notify, lambda p: None, Thread()), request.id, queue.CLAIM)

    assert say(cast, session, cast.client, asked).text.startswith(lead)


def test_and_the_parkers_too_adds_to_the_open_request_and_tells_the_va_who_has_it(cast, session):
    say(cast, session, cast.client, "add the Smiths to my mailing list")
    [request] = repo.list_requests(session)
    queue.act(Context(session, cast.va, NOW, cast.notify, lambda p: None, Thread()), request.id, queue.CLAIM)

    added = say(cast, session, cast.client, "and the Parkers too")

    [request] = repo.list_requests(session)
    assert request.text == "add the Smiths to my mailing list\nand the Parkers too"
    assert added.text.startswith("I've added “the Parkers” to your request to update your mailing lists")
    assert any("added to their request" in reply.text for reply in cast.notify.to(cast.va.user_id))


def test_a_follow_up_with_nothing_to_refer_to_is_asked_back_and_never_filed(cast, session):
    say(cast, session, cast.client, "please order more printer paper")
    [paper] = repo.list_requests(session)

    moved = say(cast, session, cast.other_client, "push it back an hour")
    which = say(cast, session, cast.client, "cancel that", minutes=45)  # the conversation has gone quiet

    assert moved.text == messages.ASK_BACK["correction"] and not moved.buttons
    assert which.text == messages.ASK_BACK_WHICH_REQUEST
    assert [(b.action, b.value) for b in which.buttons] == [(queue.CANCEL, str(paper.id))]
    assert len(repo.list_requests(session)) == 1 and paper.status == "queued"


def test_phases_in_words_from_the_duty_catalogue(cast, session):
    dan = cast.other_client  # Phase I, served by otto
    current = say(cast, session, dan, "what phase am I in?")
    adds = say(cast, session, dan, "what does phase II unlock?")
    how = say(cast, session, dan, "how do I get to phase 3?")
    need = say(cast, session, dan, "which phase would I need for booking appointments?")

    assert current.text.startswith("You're in *Phase I — getting to know you*.")
    assert "Ad copy — write ad copy" in adds.text and [b.value for b in adds.buttons] == ["2"]
    assert how.text == (
        "Moving up to *Phase III — personal executive assistant* is for your VA, <@UOTTO>, to agree. "
        "Shall I ask?"
    )
    assert how.sections[-1].startswith("*Phase III — personal executive assistant* adds:")
    assert "Appointment scheduling — book appointments" in how.sections[-1]
    assert need.text.startswith("*Appointment scheduling* comes with *Phase III")


def test_a_refused_ask_then_yes_please_asks_the_va_about_that_phase(cast, session):
    dan = cast.other_client
    refused = say(cast, session, dan, "what's on my calendar tomorrow?")
    unlocked = say(cast, session, dan, "how do I get that unlocked?")
    say(cast, session, dan, "yes please")

    assert refused.buttons[0].value == "3" and "Phase III" in unlocked.text
    [proposal] = phases.open_proposals(session, dan.client)
    assert proposal.to_phase == 3 and cast.notify.to(cast.other_va.user_id)


def test_why_wasnt_it_booked_gives_the_vas_reason(cast, session):
    draft = {"title": "Haircut", "start": "2026-11-26T09:00:00-06:00", "end": "2026-11-26T09:30:00-06:00"}
    request = repo.create(session, cast.client, "appointment_scheduling", "book a haircut tomorrow at 9",
                          status="awaiting_confirmation", details={BOOKING: draft})  # fmt: skip
    booking.reject(Context(session, cast.va, NOW, cast.notify, lambda p: None, Thread()), request.id,
                   "the salon is closed that day")  # fmt: skip

    why = say(cast, session, cast.client, "why wasn't my haircut booked?")
    nothing = say(cast, session, cast.client, "why wasn't my massage booked?")

    assert why.text == "<@UVERA> rejected *Haircut*, so it wasn't booked: the salon is closed that day"
    assert nothing.text == messages.WHY_NOTHING.format(about="massage")


def test_in_a_channel_only_help_and_smalltalk_are_for_everyone(cast, session):
    private = say(cast, session, cast.client, "what's the status of my requests?", shared=True)
    public = say(cast, session, cast.client, "help", shared=True)

    assert private.ephemeral and not public.ephemeral
