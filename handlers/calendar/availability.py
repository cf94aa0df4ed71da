"""Availability questions: "am I free at 3?", "am I busy tomorrow afternoon?", "is my week clear?".

The first word answers the question the way it was asked: "am I busy…" (`question: "busy"`) is answered
"Yes — you have *Dentist* …" or "No — you're free …". The day (or window) is read as events in one
calendar call, so a clash is named wherever the calendar gives the event's title.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from handlers.calendar.agenda import event_topic
from handlers.calendar.draft import end_of, title_of
from handlers.calendar.event_question import HORIZON_WEEKS, next_named
from handlers.calendar.offer import with_offer
from handlers.calendar.problems import problem_reply
from handlers.calendar.taken import as_busy, clash, clash_lines, taking_time
from handlers.calendar.windows import days_in, free_periods, slot_window, window_words, working_hours
from handlers.core import duration
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape
from handlers.core.reply import Reply
from handlers.core.timefmt import clock, day_name, day_window, short_day, span
from handlers.core.topics import with_topics
from integrations.calendar import CalendarError, Event

MAX_DAYS = 7  # availability over a longer window answers for its first week
MIN_FREE_MINUTES = 30
MAX_STRETCHES = 48  # free stretches looked at for the longest one
MAX_GAPS_SHOWN = 8
LONG_SLOT = timedelta(hours=1)  # a longer window ("my afternoon") lists the free time inside it


def availability(ctx: Context, ask: Ask) -> Reply:
    """Yes or no for a slot, naming what it clashes with, and the free time; or a day's (days') free time."""
    assert ctx.client is not None, "the gate lets only clients reach a calendar duty"
    slots: Mapping[str, Any] = ask.slots or {}
    if slots.get("beside") and slots.get("event"):
        beside = _beside_the_event(ctx, slots)
        if isinstance(beside, Reply):
            return beside
        slots, event = beside
        # (the event is talked about too: "book a call with Sam right after it" is after the walkthrough)
        answered = availability(ctx, replace(ask, slots={k: v for k, v in slots.items() if k != "beside"}))
        return with_topics(answered, event=event_topic(event, ctx.zone))
    start, end, whole_day = slot_window(slots, ctx.zone, today=ctx.local_now.date())
    offered = bool(slots.get("title")) and not whole_day
    if offered:  # "lunch with Sam at 12:30 — am I free?": the time the booking would take
        end = end_of(slots, start, title_of(slots), ctx.zone)
    fits = slots.get("fits")
    if isinstance(fits, int) and not whole_day and end - start < timedelta(minutes=fits):
        end = start + timedelta(minutes=fits)  # "could I fit 2 hours in there?" after "am I free at 2:30?"
    read_from, read_to = (start, end) if whole_day else _around(start, end, ctx.zone)
    try:
        found = ctx.calendar_for(ctx.client).agenda(read_from, read_to)
    except CalendarError as error:
        return problem_reply(ctx, error)
    taken = taking_time(found.events, read_from, read_to)
    if isinstance(fits, int) and not isinstance(fits, bool) and fits > 0:
        return _fits(ctx, taken, start, end, fits, whole_day)
    busy_asked = slots.get("question") == "busy"
    first_free = slots.get("first_free")
    if whole_day and isinstance(first_free, int) and first_free > 0:
        return _first_free(ctx, taken, start, end, first_free)
    if slots.get("question") == "gap" and (whole_day or end - start > LONG_SLOT):
        return _gap_answer(ctx, taken, start, end, whole_day)
    if whole_day:
        return _days_answer(ctx, taken, start, end, busy_asked)
    reply = _slot_answer(ctx, taken, start, end, busy_asked)
    if offered:
        return with_offer(ctx, slots, reply, start, end, free=not _clashes(taken, start, end))
    others = _other_times(slots, start, ctx.zone)
    return _with_other_times(ctx, reply, taken, (start, end), others) if others else reply


def _other_times(slots: Mapping[str, Any], start: datetime, zone: ZoneInfo) -> list[datetime]:
    """The other times offered on the slot's day ("at 10:30, if not how about 11:30?"), in order."""
    day, first = start.astimezone(zone).date(), start.astimezone(zone).strftime("%H:%M")
    others = []
    for offered in slots.get("times") or ():
        hour, _, minute = str(offered).partition(":")
        if str(offered) != first and hour.isdigit() and minute.isdigit():
            others.append(datetime.combine(day, time(int(hour), int(minute)), zone))
    return others


def _with_other_times(
    ctx: Context, reply: Reply, taken: list[Event], first: tuple[datetime, datetime], others: list[datetime]
) -> Reply:
    """The answer about the first time, then a line for each other time offered; the first of them that is
    free becomes the slot talked about when the first is not ("book it then" books that one)."""
    lines, topic, length = [], None, first[1] - first[0]
    for start in others:
        end, day = start + length, start.astimezone(ctx.zone).date()
        when = clock(start, ctx.zone)
        clashes = _clashes(taken, start, end)
        if clashes:
            lines.append(say.CAL_OTHER_TIME_TAKEN.format(when=when, clash=clash(clashes[0], ctx.zone, day)))
        else:
            lines.append(say.CAL_OTHER_TIME_FREE.format(when=when))
            topic = topic or {"start": start.isoformat(), "end": end.isoformat()}
    answered = replace(reply, sections=(*reply.sections, *lines))
    first_taken = bool(_clashes(taken, *first))
    return with_topics(answered, slot=topic) if topic and first_taken else answered


def _beside_the_event(ctx: Context, slots: Mapping[str, Any]) -> tuple[Mapping[str, Any], Event] | Reply:
    """ "am I free right after the walkthrough?": the half hour after the next event the words name (or
    before it), read off the calendar; a sentence when there is none."""
    words = str(slots["event"])
    try:
        event = next_named(ctx, words)
    except CalendarError as error:
        return problem_reply(ctx, error)
    if event is None or not isinstance(event.start, datetime) or not isinstance(event.end, datetime):
        window = say.CAL_EVENT_HORIZON.format(weeks=HORIZON_WEEKS)
        return Reply(say.CAL_EVENT_NONE.format(what=f"“{escape(words)}”", window=window))
    length = timedelta(minutes=MIN_FREE_MINUTES)
    start, end = (
        (event.end, event.end + length) if slots["beside"] == "after" else (event.start - length, event.start)
    )
    return {**slots, "start": start.isoformat(), "end": end.isoformat()}, event


def _around(start: datetime, end: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The slot's whole day (the same read as "what's on that day?", so the cache answers both)."""
    day_start, day_end = day_window(start.astimezone(zone).date(), zone)
    return min(day_start, start), max(day_end, end)


def _clashes(taken: Sequence[Event], start: datetime, end: datetime) -> list[Event]:
    return taking_time(taken, start, end)


def _slot_answer(ctx: Context, taken: list[Event], start: datetime, end: datetime, busy_asked: bool) -> Reply:
    zone, day = ctx.zone, start.astimezone(ctx.zone).date()
    when = span(start, end, zone, with_day=True)
    topics = {"slot": {"start": start.isoformat(), "end": end.isoformat()}}
    clashes = _clashes(taken, start, end)
    if not clashes:
        answer = say.CAL_ANSWER_NO if busy_asked else say.CAL_ANSWER_YES
        return Reply(say.CAL_SLOT_FREE.format(answer=answer, when=when), extras={"topics": topics})
    answer = say.CAL_ANSWER_YES if busy_asked else say.CAL_ANSWER_NO
    if len(clashes) == 1:
        headline = say.CAL_SLOT_TAKEN.format(
            answer=answer, clash=clash(clashes[0], zone, day), day=short_day(day, zone)
        )
        sections: tuple[str, ...] = ()
    else:
        headline = say.CAL_SLOT_TAKEN_MANY.format(answer=answer, when=when, count=len(clashes))
        sections = (clash_lines(clashes, zone, day),)
    return Reply(
        headline, sections=(*sections, _free_after(ctx, taken, start, end)), extras={"topics": topics}
    )


def _free_after(ctx: Context, taken: list[Event], start: datetime, end: datetime) -> str:
    """A long window lists its own free time; a short slot, the free time later that day."""
    busy = as_busy(taken)
    if end - start > LONG_SLOT:
        inside = free_periods(busy, start, end, MIN_FREE_MINUTES)
        return (
            say.CAL_FREE_WITHIN.format(periods=_periods(inside, ctx.zone))
            if inside
            else say.CAL_NO_FREE_WITHIN
        )
    opens, closes = _hours(ctx, start)
    minutes = max(int((end - start) / timedelta(minutes=1)), 1)
    later = free_periods(busy, max(start, opens), closes, minutes)
    return say.CAL_FREE_LATER.format(periods=_periods(later, ctx.zone)) if later else say.CAL_NO_FREE_LATER


def _days_answer(ctx: Context, taken: list[Event], start: datetime, end: datetime, busy_asked: bool) -> Reply:
    """Each day's events and free time within working hours; the headline answers for the whole window."""
    today = ctx.local_now.date()
    days = days_in(start, end, ctx.zone)[:MAX_DAYS]
    window = window_words(days, ctx.zone, today)
    topics = {"window": {"start": start.isoformat(), "end": end.isoformat()}}
    per_day = {day: taking_time(taken, *_hours(ctx, day_window(day, ctx.zone)[0])) for day in days}
    count = sum(len(events) for events in per_day.values())
    if not count:
        answer = say.CAL_ANSWER_NO if busy_asked else say.CAL_ANSWER_YES
        return Reply(say.CAL_DAYS_CLEAR.format(answer=answer, window=window), extras={"topics": topics})
    answer = say.CAL_ANSWER_YES if busy_asked else say.CAL_ANSWER_PARTLY
    headline = say.CAL_DAYS_TAKEN.format(
        answer=answer, count=count, s="" if count == 1 else "s", window=window
    )
    sections = tuple(_day_section(ctx, day, per_day[day], len(days) > 1, today) for day in days)
    return Reply(headline, sections=sections, extras={"topics": topics})


def _gap_answer(ctx: Context, taken: list[Event], start: datetime, end: datetime, whole_day: bool) -> Reply:
    """ "any gap in the morning?": Yes when some half hour or more is free (within working hours for whole
    days), listing the free stretches and what takes the rest; No when nothing is."""
    today = ctx.local_now.date()
    days = days_in(start, end, ctx.zone)[:MAX_DAYS]
    if whole_day:
        window = window_words(days, ctx.zone, today)
        topics = {"window": {"start": start.isoformat(), "end": end.isoformat()}}
    else:
        window = say.CAL_FREE_SPAN.format(day=short_day(days[0], ctx.zone), when=span(start, end, ctx.zone))
        topics = {"slot": {"start": start.isoformat(), "end": end.isoformat()}}
    free = _free_stretches(ctx, taken, (start, end), whole_day, MIN_FREE_MINUTES)
    events = taking_time(taken, start, end)
    sections = (clash_lines(events, ctx.zone, days[0]),) if events else ()
    if not free:
        return Reply(say.CAL_FREE_NONE.format(window=window), sections=sections, extras={"topics": topics})
    if not events:
        return Reply(say.CAL_FREE_ALL.format(window=window), extras={"topics": topics})
    periods = ", ".join(span(a, b, ctx.zone, with_day=len(days) > 1) for a, b in free[:MAX_GAPS_SHOWN])
    headline = say.CAL_FREE_FOUND.format(window=window, periods=periods)
    return Reply(headline, sections=(say.CAL_FREE_REST_TAKEN, *sections), extras={"topics": topics})


def _free_stretches(
    ctx: Context,
    taken: list[Event],
    asked: tuple[datetime, datetime],
    whole_day: bool,
    minutes: int,
    limit: int = 3,
) -> list[tuple[datetime, datetime]]:
    """The free stretches of at least `minutes` in the time asked about; for whole days, within each day's
    working hours."""
    start, end = asked
    days = days_in(start, end, ctx.zone)[:MAX_DAYS]
    bounds = [_hours(ctx, day_window(day, ctx.zone)[0]) for day in days] if whole_day else [(start, end)]
    return [
        stretch
        for opens, closes in bounds
        for stretch in free_periods(
            as_busy(taking_time(taken, opens, closes)), opens, closes, minutes, limit=limit
        )
    ]


def _first_free(ctx: Context, taken: list[Event], start: datetime, end: datetime, minutes: int) -> Reply:
    """ "when's my first free hour tomorrow?": the earliest stretch that long within working hours (none
    already past), as the slot talked about, so "book a call with Dana then" takes it."""
    today = ctx.local_now.date()
    days = days_in(start, end, ctx.zone)[:MAX_DAYS]
    for day in days:
        opens, closes = _hours(ctx, day_window(day, ctx.zone)[0])
        opens = max(opens, _next_quarter_hour(ctx.local_now))
        if opens >= closes:
            continue
        found = free_periods(as_busy(taking_time(taken, opens, closes)), opens, closes, minutes, limit=1)
        if found:
            first = found[0][0]
            last = first + timedelta(minutes=minutes)
            text = say.CAL_FIRST_FREE.format(
                length=_length(minutes), when=span(first, last, ctx.zone, with_day=True)
            )
            topics = {"slot": {"start": first.isoformat(), "end": last.isoformat()}}
            return Reply(text, extras={"topics": topics})
    window = window_words(days, ctx.zone, today)
    topics = {"window": {"start": start.isoformat(), "end": end.isoformat()}}
    text = say.CAL_NO_FIRST_FREE.format(length=_length(minutes), window=window)
    return Reply(text, extras={"topics": topics})


def _fits(
    ctx: Context, taken: list[Event], start: datetime, end: datetime, minutes: int, whole_day: bool
) -> Reply:
    """ "could I fit a 2 hour meeting in there?": whether a free stretch that long lies in the time talked
    about (within working hours, for whole days), Yes with where, or No with the longest stretch there is."""
    free = _free_stretches(ctx, taken, (start, end), whole_day, 1, limit=MAX_STRETCHES)
    topics = {"slot": {"start": start.isoformat(), "end": end.isoformat()}}
    longest = max(free, key=lambda stretch: stretch[1] - stretch[0], default=None)
    if longest is None:
        return Reply(say.CAL_FITS_NONE.format(length=_length(minutes)), extras={"topics": topics})
    free_minutes = int((longest[1] - longest[0]).total_seconds() // 60)
    when = span(longest[0], longest[1], ctx.zone, with_day=True)
    template = say.CAL_FITS if free_minutes >= minutes else say.CAL_FITS_NOT
    text = template.format(length=_length(minutes), free=duration.show(free_minutes), when=when)
    return Reply(text, extras={"topics": topics})


def _next_quarter_hour(moment: datetime) -> datetime:
    """A free stretch starts no earlier than now, rounded up to the quarter hour (9:07 → 9:15)."""
    minute = moment.replace(second=0, microsecond=0)
    minute += timedelta(minutes=1) if minute < moment else timedelta()
    return minute + timedelta(minutes=-minute.minute % 15)


def _length(minutes: int) -> str:
    if minutes == 60:
        return say.CAL_LENGTH_HOUR
    if minutes % 60 == 0:
        return say.CAL_LENGTH_HOURS.format(hours=minutes // 60)
    return say.CAL_LENGTH_MINUTES.format(minutes=minutes)


def _day_section(ctx: Context, day: date, events: list[Event], named: bool, today: date) -> str:
    opens, closes = _hours(ctx, day_window(day, ctx.zone)[0])
    if not events:
        lines = say.CAL_DAY_NOTHING
    else:
        free = free_periods(as_busy(events), opens, closes, MIN_FREE_MINUTES, limit=4)
        free_text = (
            say.CAL_DAY_FREE_PERIODS.format(periods=_periods(free, ctx.zone)) if free else say.CAL_NO_FREE
        )
        lines = f"{clash_lines(events, ctx.zone, day)}\n{free_text}"
    return say.CAL_DAY_SECTION.format(day=day_name(day, ctx.zone, today), lines=lines) if named else lines


def _hours(ctx: Context, moment: datetime) -> tuple[datetime, datetime]:
    day = moment.astimezone(ctx.zone).date()
    return working_hours(day, ctx.zone, ctx.asker.work_start, ctx.asker.work_end)


def _periods(periods: list[tuple[datetime, datetime]], zone: ZoneInfo) -> str:
    return ", ".join(span(a, b, zone) for a, b in periods)
