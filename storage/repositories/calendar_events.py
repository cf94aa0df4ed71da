"""The local calendar's events (the embedded default and the console demo), by client."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.orm import Session

from storage.db import affected_rows, insert
from storage.models import CalendarEvent


def utc_midnight(day: date) -> datetime:
    """How an all-day event's dates are stored: midnight UTC, end-exclusive, as Google gives them."""
    return datetime.combine(day, time(0), tzinfo=UTC)


def find(session: Session, client_id: int, event_key: str) -> CalendarEvent | None:
    return session.scalars(select(CalendarEvent).filter_by(client_id=client_id, event_key=event_key)).first()


def overlapping(session: Session, client_id: int, start: datetime, end: datetime) -> Sequence[CalendarEvent]:
    """A client's events that overlap [start, end): timed ones by their moments, all-day ones by their
    dates (those of the window's own days)."""
    first_day, last_day = start.date(), (end - timedelta(microseconds=1)).date()
    timed = and_(~CalendarEvent.all_day, CalendarEvent.starts_at < end, CalendarEvent.ends_at > start)
    all_day = and_(
        CalendarEvent.all_day,
        CalendarEvent.starts_at < utc_midnight(last_day + timedelta(days=1)),
        CalendarEvent.ends_at > utc_midnight(first_day),
    )
    query = (
        select(CalendarEvent)
        .where(CalendarEvent.client_id == client_id, or_(timed, all_day))
        .order_by(CalendarEvent.starts_at, CalendarEvent.id)
    )
    return session.scalars(query).all()


def add_once(session: Session, client_id: int, event_key: str, **values: Any) -> CalendarEvent:
    """Insert an event unless one with its key exists; the stored event either way."""
    statement = insert(session, CalendarEvent).values(client_id=client_id, event_key=event_key, **values)
    session.execute(statement.on_conflict_do_nothing())
    found = find(session, client_id, event_key)
    assert found is not None, "the row was just inserted or was there already"
    return found


def move(session: Session, client_id: int, event_key: str, start: datetime, end: datetime) -> bool:
    """Give an event new times (which make it a timed event); whether it was there."""
    statement = (
        update(CalendarEvent)
        .where(CalendarEvent.client_id == client_id, CalendarEvent.event_key == event_key)
        .values(starts_at=start, ends_at=end, all_day=False)
    )
    return affected_rows(session, statement) == 1


def remove(session: Session, client_id: int, event_key: str) -> bool:
    """Take an event off the calendar; whether it was there."""
    statement = delete(CalendarEvent).where(
        CalendarEvent.client_id == client_id, CalendarEvent.event_key == event_key
    )
    return affected_rows(session, statement) == 1
