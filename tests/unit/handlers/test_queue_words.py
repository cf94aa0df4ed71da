"""The queue in words, over a real database: resolved against the asker's own queue, run through the
buttons' own functions (rights and single-winner transitions included), asked back when unclear."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bot import conversation
from handlers.queue import requests as queue
from handlers.queue.booking_card import BOOKING, REJECT
from integrations.calendar import Created
from storage.repositories import requests as repo
from tests.unit.handlers.trust_cast import NOW, add_cast

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


@pytest.fixture
def cast(session):
    return add_cast(session)


def say(cast, session, who, text, calendar=None):
    ctx = cast.ctx(session, who)
    if calendar is not None:
        ctx = replace(ctx, calendar_for=lambda profile: calendar)
    return conversation.answer(ctx, text)


def ask_for(cast, session, *texts, who=None):
    """Requests filed by a client in their own words; their ids, in order."""
    for text in texts:
        say(cast, session, who or cast.client, text)
    return [r.id for r in repo.list_requests(session)][: len(texts)][::-1]


def status(session, request_id):
    return repo.get(session, request_id).status


def test_claim_by_number_is_the_claim_button(cast, session):
    [paper] = ask_for(cast, session, "please order more printer paper")

    reply = say(cast, session, cast.va, f"claim #{paper}")

    assert (
        reply.text == f"It's yours: #{paper} for <@UCARLA> — please order more printer paper. I've told them."
    )
    assert status(session, paper) == "claimed" and repo.get(session, paper).owner_id == cast.va.id
    assert [t.to for t in cast.notify.told] == ["UCARLA"]  # the client hears, as with the button
    assert cast.notify.cards[-1][1].sections[-1] == "Claimed by <@UVERA>."  # the card is updated
    assert reply.extras["topics"]["request"]["id"] == paper


def test_the_buttons_rights_hold_in_words(cast, session):
    [paper] = ask_for(cast, session, "please order more printer paper")

    assert say(cast, session, cast.other_va, f"claim #{paper}").text == queue_not_yours()
    assert say(cast, session, cast.client, f"claim #{paper}").text.startswith(
        "The queue is for VAs and admins"
    )
    assert say(cast, session, cast.va, "claim #999").text == "There's no request #999."
    assert status(session, paper) == "queued"
    assert say(cast, session, cast.admin, f"claim #{paper}").text.startswith(f"It's yours: #{paper}")


def queue_not_yours():
    return "Only the client's VA can do that, so I left the request as it was."


def test_newest_oldest_and_by_words(cast, session):
    paper, chair, pens = ask_for(
        cast, session, "please order more printer paper", "buy a new office chair", "order blue pens"
    )

    assert say(cast, session, cast.va, "I'll take the newest one").text.startswith(f"It's yours: #{pens}")
    assert say(cast, session, cast.va, "claim the oldest").text.startswith(f"It's yours: #{paper}")
    assert say(cast, session, cast.va, "I'll take the chair one").text.startswith(f"It's yours: #{chair}")
    assert (
        say(cast, session, cast.va, "I'll take the newest one").text == "Nothing is waiting to be picked up."
    )


def test_words_that_fit_several_are_asked_back_with_buttons_and_nothing_moves(cast, session):
    paper, toner = ask_for(cast, session, "order printer paper", "order printer toner")

    reply = say(cast, session, cast.va, "I'll take the printer one")

    assert reply.text == "Which one do you mean?"
    assert [(b.action, b.value) for b in reply.buttons] == [
        (queue.CLAIM, str(toner)),
        (queue.CLAIM, str(paper)),
    ]
    assert status(session, paper) == status(session, toner) == "queued"
    missing = say(cast, session, cast.va, "I'll take the stapler one")
    assert missing.text == "None of those requests mentions “stapler”." and len(missing.buttons) == 2


def test_done_with_a_note_and_hand_back(cast, session):
    paper, chair = ask_for(cast, session, "please order more printer paper", "buy a new office chair")
    say(cast, session, cast.va, f"claim #{paper}")
    say(cast, session, cast.va, f"claim #{chair}")

    done = say(cast, session, cast.va, f"done with #{paper}, ordered 5 reams")
    back = say(cast, session, cast.va, f"hand #{chair} back")

    assert done.text == f"Marked #{paper} done — I've told <@UCARLA>, with your note."
    assert (status(session, paper), repo.get(session, paper).note) == ("done", "ordered 5 reams")
    assert back.text == f"#{chair} is back in the queue; I've told <@UCARLA>."
    assert status(session, chair) == "queued"
    assert "ordered 5 reams" in cast.notify.to("UCARLA")[-2].plain()
    assert say(cast, session, cast.other_va, f"hand #{paper} back").text == queue_not_yours()


def test_the_queue_in_words_lists_only_the_asker_s_clients(cast, session):
    ask_for(cast, session, "please order more printer paper")
    ask_for(cast, session, "order stamps", who=cast.other_client)

    mine = say(cast, session, cast.va, "anything I need to pick up?")
    everyone = say(cast, session, cast.admin, "what's in the queue?")
    client = say(cast, session, cast.client, "what's in my queue?")

    assert mine.text == "Yes — open requests of your clients (1):" and "stamps" not in mine.sections[0]
    assert [b.action for b in mine.buttons] == [queue.CLAIM]
    assert everyone.text == "Open requests of every client (2):"
    assert client.text == "You have 1 open request:"  # a client hears about their own requests


def test_a_client_cancels_a_request_by_naming_it(cast, session):
    paper, chair = ask_for(cast, session, "please order more printer paper", "buy a new office chair")
    [stamps] = ask_for(cast, session, "order stamps", who=cast.other_client)

    reply = say(cast, session, cast.client, "cancel my printer paper request")
    nothing = say(cast, session, cast.client, "cancel my stamps request")  # not theirs: not even found

    assert reply.text == f"Cancelled #{paper}: please order more printer paper — nobody will work on it now."
    assert status(session, paper) == "cancelled" and status(session, chair) == "queued"
    assert nothing.text == "None of those requests mentions “stamps”."
    assert status(session, stamps) == "queued"


def booking(session, cast):
    start = NOW + timedelta(days=1)
    draft = {
        "title": "Lunch with Sam",
        "start": start.isoformat(),
        "end": (start + timedelta(hours=1)).isoformat(),
    }
    cast.client.client.phase = 3
    return repo.create(
        session, cast.client, "appointment_scheduling", "book lunch with Sam tomorrow",
        status="awaiting_confirmation", details={BOOKING: draft},
    )  # fmt: skip


class Calendar:
    def __init__(self) -> None:
        self.created, self.changed = [], []

    def create(self, event):
        self.created.append(event)
        return Created("evt-1", "https://calendar.example/evt-1")

    def change(self, change):
        self.changed.append(change)


def test_a_booking_is_confirmed_in_words_by_the_clients_va_only(cast, session):
    request, calendar = booking(session, cast), Calendar()

    refused = say(cast, session, cast.other_va, f"confirm #{request.id}", calendar)
    confirmed = say(cast, session, cast.va, f"confirm #{request.id}", calendar)

    assert refused.text == queue_not_yours() and calendar.created[1:] == []
    assert confirmed.text == "Booked — I've told <@UCARLA>."
    assert status(session, request.id) == "done" and len(calendar.created) == 1
    [paper] = ask_for(cast, session, "please order more printer paper")
    assert (
        say(cast, session, cast.va, f"confirm #{paper}").text
        == f"#{paper} isn't a booking waiting for confirmation."
    )


def test_a_rejection_needs_its_reason_as_the_button_s_form_does(cast, session):
    request = booking(session, cast)

    why = say(cast, session, cast.va, f"reject #{request.id}")
    assert (
        why.text
        == f"Why not? I'll tell <@UCARLA>. Say “reject #{request.id}, <your reason>”, or press Reject."
    )
    assert [(b.action, b.value) for b in why.buttons] == [(REJECT, str(request.id))]
    assert status(session, request.id) == "awaiting_confirmation"

    rejected = say(cast, session, cast.va, f"reject #{request.id}, no openings that day")
    assert rejected.text == "Rejected — I've told <@UCARLA>."
    assert (status(session, request.id), repo.get(session, request.id).note) == (
        "cancelled",
        "no openings that day",
    )


def test_who_is_my_va_and_who_are_my_clients(cast, session):
    assert say(cast, session, cast.client, "who is my VA?").text == "Your VA is <@UVERA>."
    assert say(cast, session, cast.loner, "who is my VA?").text.startswith("You don't have a VA yet")
    assert say(cast, session, cast.va, "who is my VA?").text.startswith("You're set up as a VA")

    clients = say(cast, session, cast.va, "who are my clients?")
    assert clients.text == "*Your clients:*" and clients.sections == ("• <@UCARLA> — Phase II",)
    assert clients.extras["topics"] == {"client": {"name": "carla"}}
    assert (
        say(cast, session, cast.client, "who are my clients?").text
        == "I keep track of clients for VAs and admins."
    )


def test_what_phase_is_a_client_in_only_among_ones_own_clients(cast, session):
    carla = say(cast, session, cast.va, "what phase is Carla in?")
    dan = say(cast, session, cast.va, "what phase is Dan in?")
    by_admin = say(cast, session, cast.admin, "what phase is Dan in?")

    assert carla.text == "<@UCARLA> is in *Phase II — trusted admin*, with <@UVERA> as their VA."
    assert carla.extras["topics"] == {"client": {"name": "carla"}}
    assert dan.text == "“Dan” isn't one of your clients."  # the same whoever Dan is: nothing told
    assert by_admin.text.startswith("<@UDAN> is in *Phase I")


def test_a_possessive_typed_without_its_apostrophe_names_the_client(cast, session):
    carla = say(cast, session, cast.va, "whats carlas phase these days")
    assert carla.text == "<@UCARLA> is in *Phase II — trusted admin*, with <@UVERA> as their VA."
