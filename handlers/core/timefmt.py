"""Times in a reply: Slack's localised date tokens with a plain fallback in the client's own zone.

`<!date^UNIX^{token}|fallback>` lets Slack show each reader the moment in their own locale; the fallback
(what notifications and the console show) is written in the client's zone. This is the one place that
writes such tokens; `plain_dates` turns them back into their fallbacks.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DATE_TOKEN = re.compile(r"<!date\^-?\d+\^[^|>]*(?:\^[^|>]*)?\|([^>]*)>")


class HasZone(Protocol):
    @property
    def tz(self) -> str | None: ...


def zone_of(person: HasZone) -> ZoneInfo:
    """A person's zone; an unknown stored zone falls back to UTC rather than failing every reply or job."""
    try:
        return ZoneInfo(person.tz or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def plain_dates(text: str) -> str:
    """The text with every Slack date token replaced by its fallback (for the console and plain text)."""
    return DATE_TOKEN.sub(lambda match: match.group(1), text)


def clock(moment: datetime, zone: ZoneInfo) -> str:
    """A time of day, e.g. "9:30 AM", as Slack shows it, falling back to the client's zone."""
    return _token(moment, "{time}", plain_time(moment.astimezone(zone)))


def day_name(day: date, zone: ZoneInfo, today: date | None = None) -> str:
    """A day, e.g. "Tuesday, March 10th, 2026" (or "today"), as Slack shows it.

    The token points at local noon: a reader up to 11 hours away from the client still sees the same date.
    """
    noon = datetime.combine(day, time(12), tzinfo=zone)
    return _token(noon, "{date_long_pretty}", plain_day(day, today))


def short_day(day: date, zone: ZoneInfo) -> str:
    noon = datetime.combine(day, time(12), tzinfo=zone)
    return _token(noon, "{date_short_pretty}", f"{day:%a, %b} {day.day}")


def plain_time(moment: datetime) -> str:
    return f"{moment:%I:%M %p}".lstrip("0")


def plain_day(day: date, today: date | None = None) -> str:
    """ "Tuesday, March 10", or "today" / "tomorrow" / "yesterday" as Slack's pretty tokens say it; a day
    in another year than `today` names its year ("Monday, November 1, 2027")."""
    nearby = {-1: "yesterday", 0: "today", 1: "tomorrow"}.get((day - today).days) if today else None
    year = f", {day.year}" if today and day.year != today.year else ""
    return nearby or f"{day:%A, %B} {day.day}{year}"


def plain_span(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """A slot in plain words in the client's zone, e.g. "Tue, Mar 10, 12:00 PM–1:00 PM (America/Chicago)"."""
    start, end = start.astimezone(zone), end.astimezone(zone)
    return f"{start:%a, %b} {start.day}, {plain_time(start)}–{plain_time(end)} ({zone.key})"


def span(start: datetime, end: datetime, zone: ZoneInfo, with_day: bool = False) -> str:
    """A slot as tokens: "12:00 PM–1:00 PM", optionally after its day."""
    times = f"{clock(start, zone)}–{clock(end, zone)}"
    return f"{short_day(start.astimezone(zone).date(), zone)}, {times}" if with_day else times


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


def day_window(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """A whole local day as a half-open window: 23 or 25 hours long on a daylight-saving change."""
    return local_midnight(day, zone), local_midnight(day + timedelta(days=1), zone)


def _token(moment: datetime, token: str, fallback: str) -> str:
    return f"<!date^{int(moment.timestamp())}^{token}|{fallback}>"
