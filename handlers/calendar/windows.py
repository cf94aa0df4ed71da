"""Calendar windows from parsed slots, in the client's zone, and the free time between busy intervals."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from handlers.core import messages as say
from handlers.core.timefmt import day_name, day_window, local_midnight
from integrations.calendar import Busy

SNAP = timedelta(hours=2)  # a parser that adds 24 h across daylight saving lands within an hour of midnight


def read(value: object, zone: ZoneInfo) -> datetime | date | None:
    """A slot value: an ISO date stays a date, an ISO moment becomes aware in the client's zone."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if "T" not in value and " " not in value:
        return moment.date()
    return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).astimezone(zone)


def agenda_window(slots: Mapping[str, Any] | None, zone: ZoneInfo, today: date) -> tuple[datetime, datetime]:
    """The half-open window asked about; a bare day (or nothing: today) is that whole local day."""
    slots = slots or {}
    start, end = read(slots.get("start"), zone), read(slots.get("end"), zone)
    if start is None:
        return day_window(today, zone)
    if not isinstance(start, datetime):
        last = end - timedelta(days=1) if isinstance(end, date) and not isinstance(end, datetime) else start
        return local_midnight(start, zone), local_midnight(max(last, start) + timedelta(days=1), zone)
    if not isinstance(end, datetime) or end <= start:
        return day_window(start.date(), zone)
    if start.time() == time(0):
        end = _snap_to_midnight(end, zone)
    return start, end


def slot_window(
    slots: Mapping[str, Any] | None, zone: ZoneInfo, today: date, minutes: int = 30
) -> tuple[datetime, datetime, bool]:
    """(start, end, whole_day) for an availability question; a bare time is a slot of `minutes`."""
    slots = slots or {}
    start, end = read(slots.get("start"), zone), read(slots.get("end"), zone)
    if not isinstance(start, datetime):
        return (*agenda_window(slots, zone, today), True)
    if isinstance(end, datetime) and end > start:
        whole_day = start.time() == time(0) and _snap_to_midnight(end, zone).time() == time(0)
        return (*agenda_window(slots, zone, today), True) if whole_day else (start, end, False)
    return start, start + timedelta(minutes=minutes), False


def days_in(start: datetime, end: datetime, zone: ZoneInfo) -> list[date]:
    """The local dates a window touches."""
    first, last = start.astimezone(zone).date(), (end - timedelta(microseconds=1)).astimezone(zone).date()
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def window_words(days: Sequence[date], zone: ZoneInfo, today: date) -> str:
    """What an answer covers, in words: "for tomorrow", "from today to Sunday, November 29"."""
    if len(days) == 1:
        return say.CAL_WINDOW_DAY.format(day=day_name(days[0], zone, today))
    return say.CAL_WINDOW_DAYS.format(
        first=day_name(days[0], zone, today), last=day_name(days[-1], zone, today)
    )


def conflicts(busy: Sequence[Busy], start: datetime, end: datetime) -> list[Busy]:
    return [b for b in busy if b.start < end and b.end > start]


def free_periods(
    busy: Sequence[Busy], start: datetime, end: datetime, minutes: int, limit: int = 3
) -> list[tuple[datetime, datetime]]:
    """Up to `limit` free stretches of at least `minutes` within [start, end), earliest first."""
    need, cursor, found = timedelta(minutes=minutes), start, []
    for block in sorted(busy, key=lambda b: b.start):
        if block.start - cursor >= need:
            found.append((cursor, min(block.start, end)))
        cursor = max(cursor, block.end)
        if cursor >= end or len(found) >= limit:
            break
    if end - cursor >= need and len(found) < limit:
        found.append((cursor, end))
    return [(a, b) for a, b in found if b - a >= need][:limit]


def working_hours(day: date, zone: ZoneInfo, opens: str, closes: str) -> tuple[datetime, datetime]:
    """The client's working day as moments (their work_start / work_end, "HH:MM")."""
    return _at(day, opens, zone, time(9)), _at(day, closes, zone, time(18))


def _at(day: date, hhmm: str | None, zone: ZoneInfo, default: time) -> datetime:
    try:
        hours, minutes = (int(part) for part in (hhmm or "").split(":"))
        moment = time(hours, minutes)
    except ValueError:
        moment = default
    return datetime.combine(day, moment, tzinfo=zone)


def _snap_to_midnight(moment: datetime, zone: ZoneInfo) -> datetime:
    nearest = local_midnight((moment + timedelta(hours=12)).date(), zone)
    return nearest if abs(moment - nearest) <= SNAP else moment
