"""When people may be messaged: VAs inside their working hours, clients never at night."""

from __future__ import annotations

from datetime import datetime, time

from bot.jobs.schedule import next_open, parse_hhmm
from handlers.core.timefmt import zone_of
from storage.models import Person

DEFAULT_WORK = (time(9), time(18))


def work_hours(person: Person) -> tuple[time, time]:
    try:
        return parse_hhmm(person.work_start), parse_hhmm(person.work_end)
    except (AttributeError, TypeError, ValueError):
        return DEFAULT_WORK


def va_available_at(va: Person, now: datetime) -> datetime:
    """`now` inside the VA's working hours, else the start of their next working day."""
    start, end = work_hours(va)
    return next_open(now, zone_of(va), start, end)


def quiet_hours(spec: str) -> tuple[time, time]:
    """'21:00-07:00' → (21:00, 07:00)."""
    start, _, end = spec.partition("-")
    return parse_hhmm(start), parse_hhmm(end)


def client_available_at(client: Person, now: datetime, quiet: str) -> datetime:
    """`now` outside the client's quiet hours, else the morning they end."""
    quiet_start, quiet_end = quiet_hours(quiet)
    # The open window is the complement of the quiet one: from quiet_end to quiet_start.
    return next_open(now, zone_of(client), quiet_end, quiet_start)
