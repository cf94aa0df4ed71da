"""A hand-written CalendarGateway for handler tests: answers what it is given and records what it is asked."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from integrations.calendar import Agenda, Busy, CalendarError, Created, Event, EventChange, NewEvent
from integrations.sentences import EVENT_GONE


@dataclass
class FakeCalendar:
    events: list[Event] = field(default_factory=list)
    declined: int = 0
    busy_blocks: list[Busy] = field(default_factory=list)
    error: CalendarError | None = None  # raised by every call while set
    asked: list[tuple] = field(default_factory=list)  # ("agenda" | "busy" | "create" | "change", …)
    created: dict[str, NewEvent] = field(default_factory=dict)

    def agenda(self, start: datetime, end: datetime) -> Agenda:
        """The events overlapping the window, as the real gateways answer (all-day ones by date)."""
        self._ask("agenda", start, end)
        return Agenda(tuple(e for e in self.events if _overlaps(e, start, end)), self.declined)

    def busy(self, start: datetime, end: datetime) -> list[Busy]:
        self._ask("busy", start, end)
        return [b for b in self.busy_blocks if b.start < end and b.end > start]

    def create(self, event: NewEvent) -> Created:
        self._ask("create", event)
        self.created.setdefault(event.key, event)
        return Created(id=event.key, link=f"https://calendar.example/{event.key}")

    def change(self, change: EventChange) -> None:
        """Moves or removes the event in `events`, as the real gateways do (a second cancel is harmless)."""
        self._ask("change", change)
        if change.cancel:
            self.events = [e for e in self.events if e.id != change.event_id]
            return
        if not any(e.id == change.event_id for e in self.events):
            raise CalendarError(EVENT_GONE)
        times = {"start": change.start, "end": change.end, "all_day": False}
        self.events = [replace(e, **times) if e.id == change.event_id else e for e in self.events]

    def _ask(self, *call) -> None:
        self.asked.append(call)
        if self.error is not None:
            raise self.error


def _overlaps(event: Event, start: datetime, end: datetime) -> bool:
    if isinstance(event.start, datetime) and isinstance(event.end, datetime):
        return event.start < end and event.end > start
    first, last = start.date(), (end - timedelta(microseconds=1)).date()
    return event.start <= last and event.end > first
