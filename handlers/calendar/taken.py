"""What takes up the client's time, read from events so that a clash can be named, not just called "busy".

All-day events and events shown as free leave the time free, as Google's free/busy does; declined events
never reach here (the gateways leave them out of an agenda).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from handlers.core import messages as say
from handlers.core.mrkdwn import escape
from handlers.core.timefmt import span
from integrations.calendar import Busy, Event
from integrations.local_calendar import merge


def taking_time(events: Iterable[Event], start: datetime, end: datetime) -> list[Event]:
    """The timed events that take up time within [start, end), earliest first."""
    found = [
        event
        for event in events
        if not (event.all_day or event.free)
        and isinstance(event.start, datetime)
        and isinstance(event.end, datetime)
        and event.start < end
        and event.end > start
    ]
    return sorted(found, key=_start)


def as_busy(events: Sequence[Event]) -> list[Busy]:
    """The events' times as merged busy intervals (for finding the free time between them)."""
    return merge([(_start(event), _end(event)) for event in events])


def clash(event: Event, zone: ZoneInfo, day: date) -> str:
    """ "*Dentist* 4:30 PM–5:15 PM", with its day when it is not on `day`; a hidden event is not named."""
    start, end = _start(event), _end(event)
    same_day = start.astimezone(zone).date() == day == end.astimezone(zone).date()
    when = span(start, end, zone, with_day=not same_day)
    if event.private:
        return say.CAL_CLASH_PRIVATE.format(when=when)
    return say.CAL_CLASH.format(title=escape(event.title), when=when)


def clash_lines(events: Sequence[Event], zone: ZoneInfo, day: date) -> str:
    return "\n".join(say.CAL_CLASH_LINE.format(clash=clash(event, zone, day)) for event in events)


def _start(event: Event) -> datetime:
    assert isinstance(event.start, datetime), "only timed events take up time"
    return event.start


def _end(event: Event) -> datetime:
    assert isinstance(event.end, datetime), "only timed events take up time"
    return event.end
