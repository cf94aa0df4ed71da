"""An agenda as a reply: grouped by local day, all-day first, every day an event covers."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.calendar.windows import days_in
from handlers.core import messages as say
from handlers.core.mrkdwn import escape, link_target
from handlers.core.reply import Reply
from handlers.core.timefmt import clock, day_name, day_window, short_day
from integrations.calendar import Agenda, Event

MAX_DAYS_LISTED_WHEN_EMPTY = 7  # a longer window lists only its busy days


def agenda_reply(agenda: Agenda, start: datetime, end: datetime, zone: ZoneInfo, today: date) -> Reply:
    days = days_in(start, end, zone)
    lines = {day: _lines(agenda.events, day, zone) for day in days}
    footnote = _declined(agenda.declined)
    if len(days) == 1:
        name = day_name(days[0], zone, today)
        if not lines[days[0]]:
            return Reply(say.CAL_DAY_EMPTY.format(day=name), footnote=footnote)
        return Reply(say.CAL_DAY.format(day=name), sections=("\n".join(lines[days[0]]),), footnote=footnote)
    first, last = day_name(days[0], zone, today), day_name(days[-1], zone, today)
    if not any(lines.values()):
        return Reply(say.CAL_RANGE_EMPTY.format(first=first, last=last), footnote=footnote)
    listed = days if len(days) <= MAX_DAYS_LISTED_WHEN_EMPTY else [day for day in days if lines[day]]
    sections = tuple(
        say.CAL_RANGE_DAY.format(
            day=day_name(day, zone, today), lines="\n".join(lines[day]) or say.CAL_RANGE_DAY_EMPTY
        )
        for day in listed
    )
    return Reply(say.CAL_RANGE.format(first=first, last=last), sections=sections, footnote=footnote)


def _lines(events: tuple[Event, ...], day: date, zone: ZoneInfo) -> list[str]:
    """The day's lines: all-day (or all-day-long) events first, then by start time."""
    begins, ends = day_window(day, zone)
    entries = []
    for event in events:
        if event.all_day:
            if event.start <= day < event.end:
                entries.append(((0, begins), _all_day(event, zone)))
        elif event.start < ends and event.end > begins:
            entries.append(_timed(event, begins, ends, zone))
    return [line for _, line in sorted(entries, key=lambda entry: entry[0])]


def _all_day(event: Event, zone: ZoneInfo) -> str:
    last = event.end - timedelta(days=1)
    when = say.CAL_ALL_DAY + (say.CAL_THROUGH.format(day=short_day(last, zone)) if last > event.start else "")
    return _line(event, when)


def _timed(event: Event, begins: datetime, ends: datetime, zone: ZoneInfo) -> tuple[tuple, str]:
    earlier, later = event.start < begins, event.end > ends
    if earlier and later:  # the middle day of a multi-day event: it fills the day
        return (0, begins), _line(event, say.CAL_ALL_DAY)
    if earlier:
        return (1, begins), _line(event, say.CAL_UNTIL.format(time=clock(event.end, zone)))
    if later:
        return (1, event.start), _line(event, say.CAL_FROM.format(time=clock(event.start, zone)))
    return (1, event.start), _line(event, f"{clock(event.start, zone)}–{clock(event.end, zone)}")


def _line(event: Event, when: str) -> str:
    extras = say.CAL_WHERE.format(location=escape(event.location)) if event.location else ""
    if event.link:
        extras += say.CAL_JOIN.format(link=link_target(event.link))
    return say.CAL_LINE.format(when=when, title=escape(event.title), extras=extras)


def _declined(count: int) -> str | None:
    return say.CAL_DECLINED.format(count=count, s="" if count == 1 else "s") if count else None
