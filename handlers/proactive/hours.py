"""When people may be messaged: VAs inside their working hours, clients never at night."""

from __future__ import annotations

from datetime import datetime, time

from handlers.core.timefmt import zone_of
from handlers.proactive.schedule import next_open, parse_hhmm
from storage.models import Person

DEFAULT_WORK = (time(9), time(18))
DEFAULT_QUIET = "21:00-07:00"  # JANE_CLIENT_QUIET_HOURS' default


def work_hours(person: Person) -> tuple[time, time]:
    try:
        return parse_hhmm(person.work_start), parse_hhmm(person.work_end)
    except (AttributeError, TypeError, ValueError):
        return DEFAULT_WORK


def va_available_at(va: Person, now: datetime) -> datetime:
    """`now` inside the VA's working hours, else the start of their next working day."""
    start, end = work_hours(va)
    return next_open(now, zone_of(va), start, end)


def quiet_hours(spec: str | None) -> tuple[time, time]:
    """'21:00-07:00' → (21:00, 07:00); the default when there is no spec (settings check it at start-up)."""
    start, _, end = (spec or DEFAULT_QUIET).partition("-")
    return parse_hhmm(start), parse_hhmm(end)


def is_quiet(at: time, quiet: str | None) -> bool:
    """Whether a wall-clock time falls inside the client's quiet hours (which may wrap past midnight)."""
    start, end = quiet_hours(quiet)
    return start <= at < end if start <= end else at >= start or at < end


def client_available_at(client: Person, now: datetime, quiet: str | None) -> datetime:
    """`now` outside the client's quiet hours, else the morning they end."""
    quiet_start, quiet_end = quiet_hours(quiet)
    # The open window is the complement of the quiet one: from quiet_end to quiet_start.
    return next_open(now, zone_of(client), quiet_end, quiet_start)
