"""Booking as handler calls over a real database and the local calendar: draft, confirm once, reject."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from types import MappingProxyType

import pytest
from sqlalchemy import func, select

from handlers.calendar import booking, draft
from handlers.core import messages
from handlers.core.context import Ask, Context, Thread
from handlers.core.timefmt import plain_dates
from handlers.queue import booking_card
from handlers.queue import home as queue_home
from handlers.queue import requests as queue
from integrations.calendar import CalendarError
from integrations.factory import calendar_factory
from integrations.sentences import UNAVAILABLE
from storage.models import CalendarEvent, Request
from storage.repositories import people
from tests.fakes.calendar import FakeCalendar
from tests.unit.handlers.trust_cast import RecordingNotifier

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # Wednesday 09:00 in Chicago
NOON_TUESDAY = "2026-12-01T12:00:00-06:00"


class World:
    def __init__(self, session, settings) -> None:
        self.session, self.notify = session, RecordingNotifier()
        self.calendar_for = calendar_factory(settings, None)
        self.ana = people.upsert(session, "UANA", name="ana", is_va=True, tz="America/Chicago")
        self.ben = people.upsert(session, "UBEN", name="ben", is_va=True)
        self.maria = people.upsert(session, "UMARIA", name="maria", tz="America/Chicago")
        people.make_client(session, self.maria, 3).va_id = self.ana.id
        session.flush()

    def ctx(self, who) -> Context:
        return Context(self.session, who, NOW, self.notify, self.calendar_for, Thread("DMARIA", "1.1"))

    def book(self, **slots):
        ask = Ask("Book lunch with Sam next Tuesday at noon", "calendar.schedule", "appointment_scheduling",
                  MappingProxyType(slots))  # fmt: skip
        return booking.book(self.ctx(self.maria), ask)

    def events(self) -> int:
        return self.session.scalar(select(func.count()).select_from(CalendarEvent))


@pytest.fixture
def world(session):
    settings = type("S", (), {"google_oauth_client_file": None, "google_service_account_file": None})()
    return World(session, settings)


def drafted(world) -> Request:
    reply = world.book(start=NOON_TUESDAY, title="lunch", attendees=["Sam"])
    assert plain_dates(reply.text) == (
        "I've drafted *Lunch with Sam* for Tue, Dec 1, 12:00 PM–1:00 PM. "
        "Your VA will check it, then I'll put it on your calendar."
    )
    assert [b.action for b in reply.buttons] == ["request.cancel"]
    [request] = world.session.scalars(select(Request)).all()
    return request


def test_a_booking_is_drafted_for_the_va_and_nothing_reaches_the_calendar(world):
    request = drafted(world)
    assert request.status == "awaiting_confirmation" and request.duty == "appointment_scheduling"
    assert request.details["booking"]["end"] == "2026-12-01T13:00:00-06:00"
    [(card_id, card)] = world.notify.cards
    assert card_id == request.id and [b.action for b in card.buttons] == ["booking.confirm", "booking.reject"]
    assert "Tue, Dec 1, 12:00 PM–1:00 PM (America/Chicago)" in card.text
    assert world.events() == 0


def test_confirm_creates_one_event_and_tells_the_client(world):
    request = drafted(world)
    answer = booking.confirm(world.ctx(world.ana), request.id)
    again = booking.confirm(world.ctx(world.ana), request.id)

    assert answer.text == messages.CAL_BOOKED_VA.format(client="UMARIA") and answer.ephemeral
    assert "already" in again.text
    assert world.events() == 1
    row = world.session.scalars(select(CalendarEvent)).one()
    assert row.title == "Lunch with Sam" and row.event_key == draft.event_key(request)
    assert request.status == "done" and request.details["booking"]["event"] == row.event_key
    [told] = world.notify.to("UMARIA")
    assert plain_dates(told.text) == "Booked: *Lunch with Sam*, Tue, Dec 1, 12:00 PM–1:00 PM."
    assert "Booked, confirmed by <@UANA>" in "\n".join(world.notify.cards[-1][1].sections)


def test_another_vas_click_changes_nothing(world):
    request = drafted(world)
    assert booking.confirm(world.ctx(world.ben), request.id).text == messages.NOT_YOURS
    assert booking.reject(world.ctx(world.ben), request.id).text == messages.NOT_YOURS
    assert world.events() == 0 and request.status == "awaiting_confirmation"


def test_reject_tells_the_client_and_books_nothing(world):
    request = drafted(world)
    booking.reject(world.ctx(world.ana), request.id, note="Sam is away that week")
    assert request.status == "cancelled" and world.events() == 0
    [told] = world.notify.to("UMARIA")
    assert told.text.startswith("Your VA didn't book *Lunch with Sam*: Sam is away that week.")


def test_every_card_of_a_booking_is_its_booking_card_whoever_renders_it(world):
    request = drafted(world)
    assert queue.card(request) == booking_card.card(request)
    [item] = queue_home.queue_section(world.ctx(world.ana)).items
    assert [b.action for b in item.buttons] == ["booking.confirm", "booking.reject"]

    queue.act(world.ctx(world.maria), request.id, queue.CANCEL)  # the client calls the draft off
    cancelled = world.notify.cards[-1][1]
    assert cancelled.text.startswith("*Booking* for <@UMARIA>: *Lunch with Sam*")
    assert "Not booked: cancelled." in cancelled.sections and cancelled.buttons == ()


def test_a_booking_refreshes_the_homes_of_the_client_the_va_and_every_admin(world):
    people.upsert(world.session, "UADMIN", name="sam", is_admin=True)
    request = drafted(world)
    assert sorted(world.notify.homes) == ["UADMIN", "UANA", "UMARIA"]
    world.notify.homes.clear()
    booking.reject(world.ctx(world.ana), request.id, note="Sam is away that week")
    assert sorted(world.notify.homes) == ["UADMIN", "UANA", "UMARIA"]


def test_a_lowered_phase_stops_the_booking_at_confirm(world):
    request = drafted(world)
    world.maria.client.phase = 2
    reply = booking.confirm(world.ctx(world.ana), request.id)
    assert reply.text == messages.CAL_BOOK_NOT_GRANTED_VA.format(client="UMARIA")
    assert world.events() == 0 and request.status == "awaiting_confirmation"


def test_a_failed_create_leaves_the_draft_waiting_and_a_retry_books_it_once(world):
    request = drafted(world)
    failing = FakeCalendar(error=CalendarError(UNAVAILABLE))
    world.calendar_for, working = (lambda _: failing), world.calendar_for
    reply = booking.confirm(world.ctx(world.ana), request.id)
    assert UNAVAILABLE in reply.text and request.status == "awaiting_confirmation"
    world.calendar_for = working
    booking.confirm(world.ctx(world.ana), request.id)
    assert request.status == "done" and world.events() == 1


def test_conflicts_are_shown_to_client_and_va(world):
    world.session.add(CalendarEvent(client_id=world.maria.id, event_key="x", title="Dentist",
                                    starts_at=datetime.fromisoformat("2026-12-01T12:30:00-06:00"),
                                    ends_at=datetime.fromisoformat("2026-12-01T13:30:00-06:00")))  # fmt: skip
    reply = world.book(start=NOON_TUESDAY, title="lunch with Sam", attendees=["Sam"])
    assert plain_dates(reply.sections[0]) == (
        "Heads-up: that overlaps *Dentist* 12:30 PM–1:30 PM, already on your calendar."
    )
    assert "Overlaps what's already there" in "\n".join(world.notify.cards[0][1].sections)


@pytest.mark.parametrize(
    ("slots", "expected"),
    [({}, "When should I book"), ({"start": "2026-11-20T12:00:00-06:00"}, "already passed")],
)
def test_no_time_or_a_past_time_is_asked_again(world, slots, expected):
    assert expected in world.book(title="lunch", **slots).text
    assert world.session.scalar(select(func.count()).select_from(Request)) == 0


@pytest.mark.parametrize(
    "window",
    [
        ("2026-11-30T00:00:00-06:00", "2026-12-01T00:00:00-06:00"),  # "on Monday"
        ("2026-11-25T00:00:00-06:00", "2026-11-26T00:00:00-06:00"),  # "today", begun hours ago
        ("2026-11-28T00:00:00-06:00", "2026-11-30T00:00:00-06:00"),  # "this weekend"
        ("2026-11-28T06:00:00-06:00", "2026-11-28T12:00:00-06:00"),  # "Saturday morning"
    ],
)
def test_a_day_or_part_of_one_without_a_time_is_asked_for_the_time(world, window):
    start, end = window
    reply = world.book(title="lunch", attendees=["Sam"], start=start, end=end)
    assert reply.text.startswith("When should I book *Lunch with Sam*?")
    assert world.session.scalar(select(func.count()).select_from(Request)) == 0


def test_a_day_with_a_length_but_no_time_is_asked_for_the_time(world):
    reply = world.book(
        title="call", start="2026-11-30T00:00:00-06:00", end="2026-12-01T00:00:00-06:00", duration_minutes=60
    )
    assert reply.text.startswith("When should I book *Call*?")
    assert world.session.scalar(select(func.count()).select_from(Request)) == 0


def change(world, text: str, **slots) -> tuple[object, Request]:
    ask = Ask(text, "calendar.schedule", "appointment_scheduling", MappingProxyType(slots))
    reply = booking.book(world.ctx(world.maria), ask)
    [request] = world.session.scalars(select(Request)).all()
    assert (request.duty, request.status, request.details) == ("appointment_scheduling", "queued", None)
    assert [b.action for b in reply.buttons] == ["request.cancel"] and world.events() == 0
    [(card_of, card)] = world.notify.cards
    assert card_of == request.id and [b.action for b in card.buttons] == [queue.CLAIM]
    return reply, request


def test_moving_an_event_is_a_request_for_the_va_not_a_new_booking(world):
    reply, request = change(
        world, "move the dentist to Friday at 5pm", action="move", event="Dentist",
        start="2026-11-27T17:00:00-06:00", end="2026-11-27T17:30:00-06:00",
    )  # fmt: skip
    assert reply.text == "I've asked your VA, ana, to move Dentist to Fri 27 Nov, 5:00 PM."
    assert request.text == "Move Dentist to Fri 27 Nov, 5:00 PM — “move the dentist to Friday at 5pm”"
    assert "Move Dentist to Fri 27 Nov, 5:00 PM" in queue.card(request).sections[0]


def test_cancelling_an_event_is_a_request_for_the_va_not_a_new_booking(world):
    reply, request = change(
        world, "cancel the dentist tomorrow", action="cancel", event="<!here> Dentist",
        from_start="2026-11-26T00:00:00-06:00", from_end="2026-11-27T00:00:00-06:00",
    )  # fmt: skip
    assert reply.text == "I've asked your VA, ana, to cancel &lt;!here&gt; Dentist (Thu 26 Nov)."
    assert request.text.startswith("Cancel <!here> Dentist (Thu 26 Nov) — “cancel the dentist tomorrow”")


def test_event_keys_are_google_valid_and_stable(world):
    request = drafted(world)
    key = draft.event_key(request)
    assert re.fullmatch(r"[0-9a-v]{5,1024}", key) and key == draft.event_key(request)
