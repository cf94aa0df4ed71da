"""Booking as handler calls over a real database and the local calendar: draft, confirm once, reject; and
changes of an event already on the calendar, drafted and made the same way."""

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
from integrations.sentences import EVENT_GONE, UNAVAILABLE
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


def test_moving_an_event_not_on_the_calendar_is_a_request_for_the_va_not_a_new_booking(world):
    reply, request = change(
        world, "move the dentist to Friday at 5pm", action="move", event="Dentist",
        start="2026-11-27T17:00:00-06:00", end="2026-11-27T17:30:00-06:00",
    )  # fmt: skip
    assert reply.text == "I've asked your VA, ana, to move Dentist to Fri 27 Nov, 5:00 PM."
    assert request.text == "Move Dentist to Fri 27 Nov, 5:00 PM — “move the dentist to Friday at 5pm”"
    assert "Move Dentist to Fri 27 Nov, 5:00 PM" in queue.card(request).sections[0]


def test_cancelling_an_event_not_on_the_calendar_is_a_request_for_the_va_not_a_new_booking(world):
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


DENTIST_START, DENTIST_END = "2026-11-26T16:30:00-06:00", "2026-11-26T17:00:00-06:00"


def with_dentist(world) -> None:
    world.session.add(CalendarEvent(client_id=world.maria.id, event_key="dentist1", title="Dentist",
                                    starts_at=datetime.fromisoformat(DENTIST_START),
                                    ends_at=datetime.fromisoformat(DENTIST_END)))  # fmt: skip
    world.session.flush()


def drafted_change(world, text: str, **slots) -> tuple[object, Request]:
    ask = Ask(text, "calendar.schedule", "appointment_scheduling", MappingProxyType(slots))
    reply = booking.book(world.ctx(world.maria), ask)
    [request] = world.session.scalars(select(Request)).all()
    assert (request.duty, request.status) == ("appointment_scheduling", "awaiting_confirmation")
    assert [b.action for b in reply.buttons] == ["request.cancel"]
    [(card_of, card)] = world.notify.cards
    assert card_of == request.id and [b.action for b in card.buttons] == ["booking.confirm", "booking.reject"]
    return reply, request


def dentist_row(world) -> CalendarEvent | None:
    world.session.expire_all()
    return world.session.scalars(select(CalendarEvent).where(CalendarEvent.event_key == "dentist1")).first()


def test_moving_an_event_on_the_calendar_is_drafted_and_made_once_the_va_confirms(world):
    with_dentist(world)
    reply, request = drafted_change(
        world, "move my dentist tomorrow to 5:30", action="move", event="Dentist", same_day=True,
        start="2026-11-26T17:30:00-06:00", end="2026-11-26T18:00:00-06:00",
        from_start="2026-11-26T00:00:00-06:00", from_end="2026-11-27T00:00:00-06:00",
    )  # fmt: skip
    assert plain_dates(reply.text) == (
        "I'll move *Dentist* from Thu, Nov 26, 4:30 PM–5:00 PM to Thu, Nov 26, 5:30 PM–6:00 PM "
        "as soon as your VA confirms it."
    )
    assert request.details["booking"]["changes"] == "dentist1"
    card = world.notify.cards[0][1]
    assert card.text.startswith("*Move* for <@UMARIA>: *Dentist*, from Thu, Nov 26, 4:30 PM–5:00 PM")
    assert dentist_row(world).starts_at == datetime.fromisoformat(DENTIST_START)  # nothing moved yet

    answer = booking.confirm(world.ctx(world.ana), request.id)
    assert answer.text == messages.CAL_CHANGED_VA.format(client="UMARIA")
    assert "already" in booking.confirm(world.ctx(world.ana), request.id).text
    row = dentist_row(world)
    assert row.starts_at == datetime.fromisoformat("2026-11-26T17:30:00-06:00") and world.events() == 1
    [told] = world.notify.to("UMARIA")
    assert plain_dates(told.text) == "Done: *Dentist* is now Thu, Nov 26, 5:30 PM–6:00 PM."
    assert "Done on the calendar, confirmed by <@UANA>." in world.notify.cards[-1][1].sections


def test_a_new_length_alone_keeps_the_start(world):
    with_dentist(world)
    reply, request = drafted_change(
        world, "make the dentist an hour", action="move", event="Dentist", duration_minutes=60,
    )  # fmt: skip
    assert plain_dates(reply.text).startswith(
        "I'll change *Dentist* from Thu, Nov 26, 4:30 PM–5:00 PM to Thu, Nov 26, 4:30 PM–5:30 PM"
    )
    booking.confirm(world.ctx(world.ana), request.id)
    assert dentist_row(world).ends_at == datetime.fromisoformat("2026-11-26T17:30:00-06:00")


def test_cancelling_an_event_on_the_calendar_takes_it_off_once_confirmed(world):
    with_dentist(world)
    reply, request = drafted_change(
        world, "cancel the dentist tomorrow", action="cancel", event="Dentist",
        from_start="2026-11-26T00:00:00-06:00", from_end="2026-11-27T00:00:00-06:00",
    )  # fmt: skip
    assert plain_dates(reply.text) == (
        "I'll take *Dentist* (Thu, Nov 26, 4:30 PM–5:00 PM) off your calendar as soon as your VA confirms it."
    )
    assert world.notify.cards[0][1].text.startswith("*Cancellation* for <@UMARIA>: take *Dentist*")
    assert booking.reject(world.ctx(world.ben), request.id).text == messages.NOT_YOURS
    booking.confirm(world.ctx(world.ana), request.id)
    assert dentist_row(world) is None and request.status == "done"
    [told] = world.notify.to("UMARIA")
    off = "Cancelled: *Dentist* (Thu, Nov 26, 4:30 PM–5:00 PM) is off your calendar."
    assert plain_dates(told.text) == off


def test_a_change_turned_down_leaves_the_event_and_says_why(world):
    with_dentist(world)
    _, request = drafted_change(
        world, "move the dentist to 9am", action="move", event="Dentist", same_day=True,
        start="2026-11-26T09:00:00-06:00", end="2026-11-26T09:30:00-06:00",
    )  # fmt: skip
    booking.reject(world.ctx(world.ana), request.id, note="the dentist opens at 10")
    assert dentist_row(world).starts_at == datetime.fromisoformat(DENTIST_START)
    [told] = world.notify.to("UMARIA")
    assert plain_dates(told.text) == (
        "Your VA didn't change *Dentist*: the dentist opens at 10. It stays at Thu, Nov 26, 4:30 PM–5:00 PM."
    )


def test_a_failed_change_leaves_the_draft_waiting_and_an_event_gone_is_said(world):
    with_dentist(world)
    _, request = drafted_change(
        world, "move the dentist to 5:30", action="move", event="Dentist", same_day=True,
        start="2026-11-26T17:30:00-06:00", end="2026-11-26T18:00:00-06:00",
    )  # fmt: skip
    world.session.delete(dentist_row(world))  # taken off by hand meanwhile
    world.session.flush()
    reply = booking.confirm(world.ctx(world.ana), request.id)
    assert EVENT_GONE in reply.text and reply.ephemeral and request.status == "awaiting_confirmation"
