"""The local calendar on SQLite and PostgreSQL, and the factory's choice of calendar."""

from __future__ import annotations

import json
from contextlib import nullcontext
from datetime import date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from handlers.core.timefmt import day_window
from integrations.cache import CachedCalendar
from integrations.calendar import CalendarError, CalendarNotConnected, EventChange, NewEvent
from integrations.factory import calendar_factory
from integrations.google_calendar import GoogleCalendar
from integrations.local_calendar import LocalCalendar
from integrations.sentences import EVENT_GONE
from storage.models import CalendarEvent
from storage.repositories import people
from storage.repositories.calendar_events import utc_midnight

CHICAGO, KOLKATA = ZoneInfo("America/Chicago"), ZoneInfo("Asia/Kolkata")
DAY = date(2026, 3, 10)


def at(hour: int, minute: int = 0, day: date = DAY, zone=CHICAGO) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


@pytest.fixture
def maria(session):
    person = people.upsert(session, "UMARIA", name="maria", tz="America/Chicago", email="maria@example.com")
    people.make_client(session, person, 3)
    return person


def add(session, client, key, title, start, end, **more):
    session.add(
        CalendarEvent(client_id=client.id, event_key=key, title=title, starts_at=start, ends_at=end, **more)
    )
    session.flush()


def local(session, client) -> LocalCalendar:
    return LocalCalendar(lambda: nullcontext(session), client.id)


def test_agenda_keeps_all_day_events_on_their_dates_in_any_zone(session, maria):
    add(
        session, maria, "a", "Offsite", utc_midnight(DAY), utc_midnight(DAY + timedelta(days=1)), all_day=True
    )
    add(session, maria, "b", "Standup", at(9), at(9, 15))
    add(session, maria, "c", "Skipped", at(11), at(12), declined=True)
    add(
        session,
        maria,
        "d",
        "Tomorrow",
        at(9, day=DAY + timedelta(days=1)),
        at(10, day=DAY + timedelta(days=1)),
    )

    chicago = local(session, maria).agenda(*day_window(DAY, CHICAGO))
    kolkata = local(session, maria).agenda(*day_window(DAY, KOLKATA))

    assert [e.title for e in chicago.events] == ["Offsite", "Standup"] and chicago.declined == 1
    assert chicago.events[0].start == DAY and chicago.events[0].all_day
    assert "Offsite" in [e.title for e in kolkata.events]  # the same date, whatever the zone


def test_busy_merges_timed_accepted_events_and_ignores_all_day(session, maria):
    add(session, maria, "a", "A", at(9), at(10))
    add(session, maria, "b", "B", at(9, 30), at(11))
    add(session, maria, "c", "Declined", at(13), at(14), declined=True)
    add(
        session, maria, "d", "Holiday", utc_midnight(DAY), utc_midnight(DAY + timedelta(days=1)), all_day=True
    )
    busy = local(session, maria).busy(*day_window(DAY, CHICAGO))
    assert [(b.start, b.end) for b in busy] == [(at(9), at(11))]


def test_create_is_idempotent_by_key(session, maria):
    calendar = local(session, maria)
    event = NewEvent(key="jane-1", title="Lunch", start=at(12), end=at(13), attendees=("Sam",))
    first, second = calendar.create(event), calendar.create(event)
    assert first == second and first.id == "jane-1"
    [shown] = calendar.agenda(*day_window(DAY, CHICAGO)).events
    assert shown.title == "Lunch" and shown.attendees == ("Sam",)


def test_change_moves_an_event_and_a_second_cancel_is_harmless(session, maria):
    calendar = local(session, maria)
    calendar.create(NewEvent(key="jane-1", title="Lunch", start=at(12), end=at(13)))
    calendar.create(NewEvent(key="jane-2", title="Call", start=at(15), end=at(16)))

    calendar.change(EventChange("jane-1", start=at(12, 30), end=at(14)))
    calendar.change(EventChange("jane-1", start=at(12, 30), end=at(14)))  # the same times again
    moved = calendar.agenda(*day_window(DAY, CHICAGO)).events
    calendar.change(EventChange("jane-2", cancel=True))
    calendar.change(EventChange("jane-2", cancel=True))

    assert [(e.title, e.start, e.end) for e in moved] == [
        ("Lunch", at(12, 30), at(14)),
        ("Call", at(15), at(16)),
    ]
    assert [e.title for e in calendar.agenda(*day_window(DAY, CHICAGO)).events] == ["Lunch"]


def test_an_all_day_event_given_times_becomes_a_timed_one(session, maria):
    add(
        session, maria, "a", "Offsite", utc_midnight(DAY), utc_midnight(DAY + timedelta(days=1)), all_day=True
    )

    local(session, maria).change(EventChange("a", start=at(9), end=at(17)))

    [offsite] = local(session, maria).agenda(*day_window(DAY, CHICAGO)).events
    assert not offsite.all_day and (offsite.start, offsite.end) == (at(9), at(17))


def test_a_move_of_an_event_no_longer_there_says_so_and_touches_no_other_clients(session, maria):
    tom = people.upsert(session, "UTOM", name="tom", tz="America/Chicago")
    people.make_client(session, tom, 3)
    add(session, tom, "jane-1", "Tom's lunch", at(12), at(13))

    with pytest.raises(CalendarError) as raised:
        local(session, maria).change(EventChange("jane-1", start=at(9), end=at(10)))
    local(session, maria).change(EventChange("jane-1", cancel=True))

    assert str(raised.value) == EVENT_GONE
    [kept] = local(session, tom).agenda(*day_window(DAY, CHICAGO)).events
    assert (kept.title, kept.start) == ("Tom's lunch", at(12))


def settings(**values):
    defaults = {
        "google_service_account_file": None,
        "google_oauth_client_file": None,
        "google_api_endpoint": None,
    }
    return SimpleNamespace(**(defaults | values), require=lambda *names: None)


def test_factory_without_google_uses_the_local_calendar_in_the_callers_session(session, sessions, maria):
    gateway = calendar_factory(settings(), sessions)(maria.client)
    assert isinstance(gateway, CachedCalendar) and isinstance(gateway.inner, LocalCalendar)
    gateway.create(NewEvent(key="k", title="T", start=at(9), end=at(10)))
    assert session.query(CalendarEvent).count() == 1  # written in the caller's unit of work


def test_factory_with_oauth_and_no_grant_says_not_connected(tmp_path, sessions, maria):
    gateway = calendar_factory(settings(google_oauth_client_file=tmp_path / "x.json"), sessions)(maria.client)
    with pytest.raises(CalendarNotConnected):
        gateway.agenda(at(0), at(23))


def test_factory_with_a_service_account_asks_google_as_the_client(google, tmp_path, sessions, maria):
    key_file = tmp_path / "sa.json"
    key_file.write_text(json.dumps(google.service_account_info()))
    factory = calendar_factory(
        settings(google_service_account_file=key_file, google_api_endpoint=google.api_root), sessions
    )
    gateway = factory(maria.client)
    assert isinstance(gateway.inner, GoogleCalendar) and gateway.inner.zone == "America/Chicago"
    gateway.agenda(*day_window(DAY, CHICAGO))
    factory(maria.client).agenda(*day_window(DAY, CHICAGO))  # the same question again: the cache answers
    assert google.tokens.subjects == ["maria@example.com"]
    assert [c.kind for c in google.calendar_calls()] == ["events.list"]


def test_factory_with_a_service_account_and_no_email_says_not_connected(google, tmp_path, sessions, maria):
    key_file = tmp_path / "sa.json"
    key_file.write_text(json.dumps(google.service_account_info()))
    maria.email = None
    gateway = calendar_factory(settings(google_service_account_file=key_file), sessions)(maria.client)
    with pytest.raises(CalendarNotConnected, match="email"):
        gateway.busy(at(0), at(23))
    assert google.calls == []
