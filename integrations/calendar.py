"""The calendar gateway: what Jane needs from a calendar, whichever calendar it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol


@dataclass(frozen=True)
class Event:
    """One event as the client sees it. All-day events carry dates (end exclusive), others moments."""

    id: str
    title: str
    start: datetime | date
    end: datetime | date
    all_day: bool = False
    location: str | None = None
    link: str | None = None
    attendees: tuple[str, ...] = ()
    free: bool = False  # shown as free ("transparent"): it does not take up the client's time
    private: bool = False  # its details are hidden from the client; only its time is known


@dataclass(frozen=True)
class Agenda:
    """The events in a window, with how many declined ones were left out."""

    events: tuple[Event, ...]
    declined: int = 0


@dataclass(frozen=True)
class Busy:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class NewEvent:
    """An event Jane is asked to create; `key` is chosen by Jane so a retried insert cannot double-book."""

    key: str
    title: str
    start: datetime
    end: datetime
    attendees: tuple[str, ...] = ()
    description: str | None = None
    location: str | None = None


@dataclass(frozen=True)
class EventChange:
    """A change to an event already on the calendar, made once a VA confirmed it: new times, or taken off."""

    event_id: str
    start: datetime | None = None  # new times (both set) for a move or a new length
    end: datetime | None = None
    cancel: bool = False  # take the event off the calendar

    def __post_init__(self) -> None:
        if not self.cancel and (self.start is None or self.end is None):
            raise ValueError("a change either cancels the event or gives both its new times")

    @property
    def key(self) -> str:
        """A stable string naming this exact change, for the deferred port's question key."""
        return f"{self.event_id} cancel" if self.cancel else f"{self.event_id} {self.start} {self.end}"


@dataclass(frozen=True)
class Created:
    id: str
    link: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


class CalendarError(Exception):
    """The calendar could not answer; the message is a sentence fit for the client."""


class CalendarAccessLost(CalendarError):
    """The client's grant was revoked or expired: ask them to reconnect, never retry."""


class CalendarNotConnected(CalendarError):
    """The client has not connected a calendar yet."""


class CalendarGateway(Protocol):
    def agenda(self, start: datetime, end: datetime) -> Agenda:
        """Events overlapping the half-open window [start, end), declined ones counted, not listed."""

    def busy(self, start: datetime, end: datetime) -> list[Busy]:
        """Busy intervals in the window, merged and sorted."""

    def create(self, event: NewEvent) -> Created:
        """Create an event exactly once per `event.key`."""

    def change(self, change: EventChange) -> None:
        """Apply the change; doing it again is harmless (a second cancel, the same times again). An event no
        longer there raises CalendarError(EVENT_GONE)."""
