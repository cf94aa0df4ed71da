"""An agenda as a reply: grouped by local day, all-day first, every day an event covers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.calendar.windows import days_in
from handlers.core import messages as say
from handlers.core.mrkdwn import escape, link_target
from handlers.core.reply import Reply
from handlers.core.timefmt import clock, day_name, day_window, short_day, span
from handlers.core.yes_no import led
from integrations.calendar import Agenda, Event

MAX_DAYS_LISTED_WHEN_EMPTY = 7  # a longer window lists only its busy days


def event_topic(event: Event, zone: ZoneInfo) -> dict[str, str]:
    """One event as the conversation's topic; an all-day event's days as their local midnights."""
    return {"title": event.title, "start": _local(event.start, zone), "end": _local(event.end, zone)}


def _local(moment: datetime | date, zone: ZoneInfo) -> str:
    as_moment = moment if isinstance(moment, datetime) else datetime.combine(moment, time(0), tzinfo=zone)
    return as_moment.isoformat()


def agenda_reply(
    agenda: Agenda, start: datetime, end: datetime, zone: ZoneInfo, today: date, *, counted: bool = False,
    asked: bool = False,
) -> Reply:  # fmt: skip
    """The window's events; the headline says what it covers (a day, part of one, or a span of days), and
    how many there are when they were `counted`; "Yes —" or "No —" first when whether there is anything
    was `asked`."""
    days = days_in(start, end, zone)
    shown = [event for event in agenda.events if _overlaps(event, start, end, zone)]
    reply = _listed(agenda, shown, days, start, end, zone, today)
    if asked:
        return replace(reply, text=led(bool(shown), reply.text))
    if not counted or not shown:
        return reply
    count = say.CAL_COUNT.format(count=len(shown), s="" if len(shown) == 1 else "s")
    return replace(reply, text=f"{count} {reply.text}")


def picked(agenda: Agenda, start: datetime, end: datetime, zone: ZoneInfo, today: date, pick: str) -> Reply:
    """The first or last timed event of the window, made the one talked about ("where is it?" next)."""
    timed = [
        event
        for event in agenda.events
        if not event.all_day and isinstance(event.start, datetime) and _overlaps(event, start, end, zone)
    ]
    days = days_in(start, end, zone)
    window = (
        day_name(days[0], zone, today)
        if len(days) == 1
        else say.CAL_PICK_SPAN.format(
            first=day_name(days[0], zone, today), last=day_name(days[-1], zone, today)
        )
    )
    if not timed:
        return Reply(say.CAL_DAY_EMPTY.format(day=window))
    event = min(timed, key=_start) if pick == "first" else max(timed, key=_start)
    assert isinstance(event.start, datetime) and isinstance(event.end, datetime)
    where = say.CAL_PICK_WHERE.format(location=escape(event.location)) if event.location else ""
    text = say.CAL_PICKED.format(
        which=pick, window=window, title=escape(event.title),
        times=span(event.start, event.end, zone), where=where,
    )  # fmt: skip
    return Reply(text, extras={"topics": {"event": event_topic(event, zone)}})


def _start(event: Event) -> datetime:
    assert isinstance(event.start, datetime)
    return event.start


def _listed(
    agenda: Agenda, shown: list[Event], days: list[date], start: datetime, end: datetime, zone: ZoneInfo,
    today: date,
) -> Reply:  # fmt: skip
    lines = {day: _lines(shown, day, zone) for day in days}
    footnote = _declined(agenda.declined)
    topics: dict[str, dict[str, str]] = {"window": {"start": start.isoformat(), "end": end.isoformat()}}
    if len(shown) == 1:  # a list of one event makes it the one talked about: "where is it?", "move it to 4"
        topics["event"] = event_topic(shown[0], zone)
    if len(days) == 1:
        name = day_name(days[0], zone, today)
        if (start, end) != day_window(days[0], zone):  # "my afternoon": say which part of the day
            name = say.CAL_PART_OF_DAY.format(day=name, times=span(start, end, zone))
        if not lines[days[0]]:
            return Reply(say.CAL_DAY_EMPTY.format(day=name), footnote=footnote, extras={"topics": topics})
        day_lines = "\n".join(lines[days[0]])
        return Reply(
            say.CAL_DAY.format(day=name), sections=(day_lines,), footnote=footnote, extras={"topics": topics}
        )
    first, last = day_name(days[0], zone, today), day_name(days[-1], zone, today)
    if _nearby(days[0], today) and not _nearby(days[-1], today):
        first = f"{first} ({days[0]:%A})"  # "from tomorrow (Monday) to Wednesday, December 9"
    if not any(lines.values()):
        return Reply(
            say.CAL_RANGE_EMPTY.format(first=first, last=last), footnote=footnote, extras={"topics": topics}
        )
    listed = days if len(days) <= MAX_DAYS_LISTED_WHEN_EMPTY else [day for day in days if lines[day]]
    sections = tuple(
        say.CAL_RANGE_DAY.format(
            day=day_name(day, zone, today), lines="\n".join(lines[day]) or say.CAL_RANGE_DAY_EMPTY
        )
        for day in listed
    )
    headline = say.CAL_RANGE.format(first=first, last=last)
    return Reply(headline, sections=sections, footnote=footnote, extras={"topics": topics})


def _nearby(day: date, today: date) -> bool:
    """Whether the day is named by its distance from today ("today", "tomorrow"), not by its weekday."""
    return abs((day - today).days) <= 1


def _overlaps(event: Event, start: datetime, end: datetime, zone: ZoneInfo) -> bool:
    """Whether an event falls in the window asked about (an all-day one by its local dates)."""
    if isinstance(event.start, datetime) and isinstance(event.end, datetime):
        return event.start < end and event.end > start
    first, last = days_in(start, end, zone)[0], days_in(start, end, zone)[-1]
    return event.start <= last and event.end > first


def _lines(events: list[Event], day: date, zone: ZoneInfo) -> list[str]:
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


def _timed(
    event: Event, begins: datetime, ends: datetime, zone: ZoneInfo
) -> tuple[tuple[int, datetime], str]:
    start, end = event.start, event.end
    assert isinstance(start, datetime) and isinstance(end, datetime), "a timed event carries moments"
    earlier, later = start < begins, end > ends
    if earlier and later:  # the middle day of a multi-day event: it fills the day
        return (0, begins), _line(event, say.CAL_ALL_DAY)
    if earlier:
        return (1, begins), _line(event, say.CAL_UNTIL.format(time=clock(end, zone)))
    if later:
        return (1, start), _line(event, say.CAL_FROM.format(time=clock(start, zone)))
    return (1, start), _line(event, f"{clock(start, zone)}–{clock(end, zone)}")


def _line(event: Event, when: str) -> str:
    extras = say.CAL_WHERE.format(location=escape(event.location)) if event.location else ""
    if event.link:
        extras += say.CAL_JOIN.format(link=link_target(event.link))
    return say.CAL_LINE.format(when=when, title=escape(event.title), extras=extras)


def _declined(count: int) -> str | None:
    return say.CAL_DECLINED.format(count=count, s="" if count == 1 else "s") if count else None
