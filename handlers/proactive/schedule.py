"""Wall-clock arithmetic for proactive work: local times of day across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SATURDAY = 5


def parse_hhmm(text: str) -> time:
    """'07:30' → time(7, 30); ValueError for anything else."""
    hours, _, minutes = text.strip().partition(":")
    return time(int(hours), int(minutes or 0))


def at_local(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """The moment (UTC) a wall clock in `zone` shows `clock` on `day`.

    A time skipped by a spring-forward gap moves forward by the gap (02:30 → 03:30); a time that occurs
    twice at fall-back is the first of the two (fold=0).
    """
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def local_day(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """A day in `zone` as a half-open UTC window: midnight to midnight there (23 or 25 hours across DST)."""
    return at_local(day, time(0), zone), at_local(day + timedelta(days=1), time(0), zone)


def next_occurrence(after: datetime, clock: time, zone: ZoneInfo, *, weekdays_only: bool = False) -> datetime:
    """The first moment strictly after `after` when the local clock shows `clock` (on a weekday if asked)."""
    day = after.astimezone(zone).date()
    while True:
        moment = at_local(day, clock, zone)
        if moment > after and not (weekdays_only and day.weekday() >= SATURDAY):
            return moment
        day += timedelta(days=1)


def previous_occurrence(
    before: datetime, clock: time, zone: ZoneInfo, *, weekdays_only: bool = False
) -> datetime:
    """The last moment at or before `before` when the local clock shows `clock`."""
    day = before.astimezone(zone).date()
    while True:
        moment = at_local(day, clock, zone)
        if moment <= before and not (weekdays_only and day.weekday() >= SATURDAY):
            return moment
        day -= timedelta(days=1)


def in_window(moment: datetime, zone: ZoneInfo, start: time, end: time) -> bool:
    """Whether the local clock is in [start, end); a window may wrap midnight (21:00–07:00)."""
    local = moment.astimezone(zone).time()
    if start <= end:
        return start <= local < end
    return local >= start or local < end


def next_open(moment: datetime, zone: ZoneInfo, start: time, end: time) -> datetime:
    """`moment` if it falls inside the daily window [start, end), else the window's next opening."""
    if start == end or in_window(moment, zone, start, end):
        return moment
    return next_occurrence(moment, start, zone)


def local_date(moment: datetime, zone: ZoneInfo) -> date:
    return moment.astimezone(zone).date()


def next_weekly(after: datetime, weekday: int, clock: time, zone: ZoneInfo) -> datetime:
    """The first moment strictly after `after` when it is `weekday` (0 Monday) at `clock` there."""
    day = after.astimezone(zone).date()
    day += timedelta(days=(weekday - day.weekday()) % 7)
    moment = at_local(day, clock, zone)
    return moment if moment > after else at_local(day + timedelta(days=7), clock, zone)


def previous_weekly(before: datetime, weekday: int, clock: time, zone: ZoneInfo) -> datetime:
    """The last moment at or before `before` when it is `weekday` at `clock` there."""
    day = before.astimezone(zone).date()
    day -= timedelta(days=(day.weekday() - weekday) % 7)
    moment = at_local(day, clock, zone)
    return moment if moment <= before else at_local(day - timedelta(days=7), clock, zone)
