"""Calendar questions (Phase III): the agenda, availability, and booking (in handlers/booking.py).

The gate has checked the duty before any of these runs. Each question costs at most one calendar call,
and the cache in front of the gateway turns the same question within 60 seconds into none.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.calendar.agenda import agenda_reply
from handlers.calendar.booking import book, confirm, reject  # noqa: F401  (the booking handlers live there)
from handlers.calendar.problems import problem_reply
from handlers.calendar.windows import (
    agenda_window,
    conflicts,
    days_in,
    free_periods,
    slot_window,
    working_hours,
)
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.reply import Reply
from handlers.core.timefmt import day_name, day_window, span
from handlers.core.topics import with_topics
from integrations.calendar import Busy, CalendarError

MAX_DAYS = 7  # availability over a longer window lists its first week
MIN_FREE_MINUTES = 30


def agenda(ctx: Context, ask: Ask) -> Reply:
    """What's on the client's calendar in the window asked about (today when none was said)."""
    assert ctx.client is not None, "the gate lets only clients reach a calendar duty"
    today = ctx.local_now.date()
    start, end = agenda_window(ask.slots, ctx.zone, today)
    try:
        found = ctx.calendar_for(ctx.client).agenda(start, end)
    except CalendarError as error:
        return problem_reply(ctx, error)
    return with_topics(agenda_reply(found, start, end, ctx.zone, today), window=_times(start, end))


def availability(ctx: Context, ask: Ask) -> Reply:
    """Yes or no for a slot, what it clashes with and the next free time that day; or a day's free time."""
    assert ctx.client is not None, "the gate lets only clients reach a calendar duty"
    today = ctx.local_now.date()
    start, end, whole_day = slot_window(ask.slots, ctx.zone, today)
    if not whole_day:
        start_of_day, end_of_day = day_window(start.date(), ctx.zone)
        start_of_day, end_of_day = min(start_of_day, start), max(end_of_day, end)
    else:
        start_of_day, end_of_day = start, end
    try:
        busy = ctx.calendar_for(ctx.client).busy(start_of_day, end_of_day)
    except CalendarError as error:
        return problem_reply(ctx, error)
    if whole_day:
        return with_topics(_free_time(ctx, busy, start, end, today), window=_times(start, end))
    return with_topics(_slot_answer(ctx, busy, start, end), slot=_times(start, end))


def _times(start: datetime, end: datetime) -> dict[str, str]:
    """A window or slot as the conversation's topic, for "and tomorrow?" and "what about 11:30?"."""
    return {"start": start.isoformat(), "end": end.isoformat()}


def _slot_answer(ctx: Context, busy: list[Busy], start: datetime, end: datetime) -> Reply:
    zone = ctx.zone
    clashes = conflicts(busy, start, end)
    if not clashes:
        return Reply(say.CAL_FREE.format(when=span(start, end, zone, with_day=True)))
    headline = say.CAL_NOT_FREE.format(
        when=span(start, end, zone, with_day=True), count=len(clashes), s="" if len(clashes) == 1 else "s"
    )
    lines = "\n".join(say.CAL_BUSY_LINE.format(when=span(b.start, b.end, zone)) for b in clashes)
    opens, closes = _hours(ctx, start)
    minutes = max(int((end - start) / timedelta(minutes=1)), 1)
    later = free_periods(busy, max(start, opens), closes, minutes)
    after = say.CAL_FREE_LATER.format(periods=_periods(later, zone)) if later else say.CAL_NO_FREE_LATER
    return Reply(headline, sections=(lines, after))


def _free_time(ctx: Context, busy: list[Busy], start: datetime, end: datetime, today: date) -> Reply:
    days = days_in(start, end, ctx.zone)[:MAX_DAYS]
    sections = []
    for day in days:
        opens, closes = _hours(ctx, day_window(day, ctx.zone)[0])
        taken = conflicts(busy, opens, closes)
        free = free_periods(busy, opens, closes, MIN_FREE_MINUTES, limit=4)
        name = day_name(day, ctx.zone, today)
        if not taken:
            sections.append(say.CAL_DAY_OPEN.format(day=name))
            continue
        counted = say.CAL_DAY_BUSY.format(day=name, count=len(taken), s="" if len(taken) == 1 else "s")
        periods = _periods(free, ctx.zone)
        free_text = say.CAL_DAY_FREE_PERIODS.format(periods=periods) if free else say.CAL_NO_FREE
        lines = "\n".join(say.CAL_BUSY_LINE.format(when=span(b.start, b.end, ctx.zone)) for b in taken)
        sections.append(f"{counted}\n{lines}\n{free_text}")
    return Reply(sections[0], sections=tuple(sections[1:]))


def _hours(ctx: Context, moment: datetime) -> tuple[datetime, datetime]:
    day = moment.astimezone(ctx.zone).date()
    return working_hours(day, ctx.zone, ctx.asker.work_start, ctx.asker.work_end)


def _periods(periods: list[tuple[datetime, datetime]], zone: ZoneInfo) -> str:
    return ", ".join(span(a, b, zone) for a, b in periods)
