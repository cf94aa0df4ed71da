"""The local calendar: events stored in Jane's own database (the embedded default and the console demo).

All-day events are stored as UTC midnights of their first day and of the day after their last
(end exclusive, as Google does) and compared as dates, so they fall on the same days in every zone.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime

from sqlalchemy.orm import Session

from integrations.calendar import Agenda, Busy, CalendarError, Created, Event, EventChange, NewEvent
from integrations.sentences import EVENT_GONE
from storage.models import CalendarEvent
from storage.repositories import calendar_events
from storage.repositories.calendar_events import utc_midnight

SessionScope = Callable[[], AbstractContextManager[Session]]


class LocalCalendar:
    """A CalendarGateway over the calendar_events table, for one client."""

    remote = False  # in Jane's own database: asked inside the unit of work, no network call

    def __init__(self, scope: SessionScope, client_id: int) -> None:
        self._scope, self.client_id = scope, client_id

    def agenda(self, start: datetime, end: datetime) -> Agenda:
        with self._scope() as session:
            rows = calendar_events.overlapping(session, self.client_id, start, end)
        shown = sorted((_event(row) for row in rows if not row.declined), key=_sort_key)
        return Agenda(events=tuple(shown), declined=sum(row.declined for row in rows))

    def busy(self, start: datetime, end: datetime) -> list[Busy]:
        """Timed, accepted events only: all-day events show as free, as Google's default does."""
        with self._scope() as session:
            rows = calendar_events.overlapping(session, self.client_id, start, end)
        spans = sorted(
            (max(r.starts_at, start), min(r.ends_at, end)) for r in rows if not (r.all_day or r.declined)
        )
        return merge(spans)

    def create(self, event: NewEvent) -> Created:
        """Insert once per key: a second create with the same key returns the first event."""
        values = dict(
            title=event.title,
            starts_at=event.start,
            ends_at=event.end,
            location=event.location,
            attendees={"people": list(event.attendees)},
        )
        with self._scope() as session:
            row = calendar_events.add_once(session, self.client_id, event.key, **values)
            return Created(id=row.event_key, link=row.link)

    def change(self, change: EventChange) -> None:
        """A cancel of an event already gone is done; a move of one raises EVENT_GONE."""
        with self._scope() as session:
            if change.cancel:
                calendar_events.remove(session, self.client_id, change.event_id)
                return
            assert change.start is not None and change.end is not None, "a move has both times"
            if not calendar_events.move(session, self.client_id, change.event_id, change.start, change.end):
                raise CalendarError(EVENT_GONE)


def merge(spans: list[tuple[datetime, datetime]]) -> list[Busy]:
    """Sorted (start, end) pairs merged into non-overlapping busy intervals."""
    merged: list[list[datetime]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [Busy(start, end) for start, end in merged]


def _event(row: CalendarEvent) -> Event:
    start, end = (row.starts_at.date(), row.ends_at.date()) if row.all_day else (row.starts_at, row.ends_at)
    people = (row.attendees or {}).get("people", [])
    return Event(
        id=row.event_key,
        title=row.title,
        start=start,
        end=end,
        all_day=row.all_day,
        location=row.location,
        link=row.link,
        attendees=tuple(people),
    )


def _sort_key(event: Event) -> datetime:
    # An all-day event carries dates and sorts at the UTC midnight it is stored as; the others are moments.
    return event.start if isinstance(event.start, datetime) else utc_midnight(event.start)
