"""Questions about one event: "when is my haircut?", "where is the closing?", "what time is my showing?".

The event is the next one whose title fits the client's words (rapidfuzz, as deal names are matched),
within the day they named or else the next few weeks, read in one calendar call. Events whose details
the calendar hides are never matched: their title is not theirs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz

from handlers.calendar.agenda import event_topic
from handlers.calendar.problems import problem_reply
from handlers.calendar.windows import agenda_window, days_in, window_words
from handlers.core import duration
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape, quote
from handlers.core.reply import Reply
from handlers.core.timefmt import clock, day_name, day_window, local_midnight, short_day, span
from integrations.calendar import CalendarError, Event

HORIZON_WEEKS = 4  # "when is my haircut?" looks this far ahead
FITS = 85  # a title scoring this high (0–100) names the event asked about
LEAD = 8  # titles within this of the best score fit as well as it does
OTHERS_SHOWN = 2
_WORD = re.compile(r"[a-z0-9]+")


DealsOf = Callable[[Context, Iterable[str]], Mapping[str, str]]  # event titles → the deals they are about


def event(ctx: Context, ask: Ask, *, deals_of: DealsOf | None = None) -> Reply:
    """When or where the named event is: its next occurrence, or a plain "I don't see it". Asked of a deal
    ("anything on my calendar for it?", slot `deal`), the events are those about that deal (`deals_of`)."""
    assert ctx.client is not None, "the gate lets only clients reach a calendar duty"
    slots: Mapping[str, Any] = ask.slots or {}
    deal = str(slots.get("deal") or "")
    words = deal or " ".join(str(slots.get("event") or "").split())
    today = ctx.local_now.date()
    named_day = bool(slots.get("start"))
    start, end = agenda_window(slots, ctx.zone, today) if named_day else _horizon(ctx)
    if not words:
        return Reply(say.CAL_EVENT_WHICH)
    try:
        found = ctx.calendar_for(ctx.client).agenda(start, end)
    except CalendarError as error:
        return problem_reply(ctx, error)
    if slots.get("ask") == "between":
        return _between(ctx, words, str(slots.get("other") or ""), found.events, named_day)
    if slots.get("ask") in ("before", "after"):
        return _order(ctx, (words, str(slots.get("other") or "")), str(slots["ask"]), found.events, named_day)
    if deal and deals_of is not None:
        shown = [e for e in found.events if not e.private]
        about = deals_of(ctx, (e.title for e in shown))
        fitting = sorted((e for e in shown if about.get(e.title) == deal), key=lambda e: _starts(e, ctx.zone))
    else:
        fitting = _fitting(words, found.events, ctx.zone)
    offered = [str(time) for time in slots.get("times") or ()]
    candidates = fitting if named_day else [e for e in fitting if _ends(e, ctx.zone) > ctx.now]
    if offered and candidates:  # "is the walkthrough tomorrow at 9 or 11?": when it is, or Neither
        return _at_one_of(candidates[0], offered, ctx.zone, today)
    if slots.get("question") in ("yes_no", "either") and named_day:
        window = window_words(days_in(start, end, ctx.zone), ctx.zone, today)
        return _whether_then(ctx, words, fitting, window, either=slots.get("question") == "either")
    upcoming = [e for e in fitting if _ends(e, ctx.zone) > ctx.now] or (fitting if named_day else [])
    if not upcoming and fitting:  # only earlier today: say so rather than "I don't see it"
        return _was(fitting[-1], ctx.zone, today, asked_where=slots.get("ask") == "where")
    # "do I have a haircut booked anytime soon?": asked with no day, the answer says Yes or No first
    yes_no = slots.get("question") == "yes_no"
    if yes_no and upcoming and isinstance(asked_at := slots.get("time"), str):
        # "is the dentist at 4:30?": whether its next one starts then, whichever day that is
        starts = _starts(upcoming[0], ctx.zone).astimezone(ctx.zone)
        at_then = not upcoming[0].all_day and f"{starts:%H:%M}" == asked_at
        text = (say.CAL_EVENT_YES if at_then else say.CAL_EVENT_NO_BUT).format(
            text=_when(upcoming[0], ctx.zone, today)
        )
        return Reply(text, extras={"topics": {"event": event_topic(upcoming[0], ctx.zone)}})
    if not upcoming:
        horizon = say.CAL_EVENT_HORIZON.format(weeks=HORIZON_WEEKS)
        where = window_words(days_in(start, end, ctx.zone), ctx.zone, today) if named_day else horizon
        none = say.CAL_EVENT_NONE.format(what=_a(words), window=where)
        return Reply(say.CAL_EVENT_NO_BUT.format(text=none) if yes_no else none)
    chosen = upcoming[0]
    text = _ANSWERS.get(str(slots.get("ask")), _when)(chosen, ctx.zone, today)
    text = say.CAL_EVENT_YES.format(text=text) if yes_no else text
    others = _others(chosen, upcoming, ctx.zone)
    topics = {"event": event_topic(chosen, ctx.zone)}
    return Reply(text, sections=(others,) if others else (), extras={"topics": topics})


def _order(
    ctx: Context, named: tuple[str, str], side: str, events: Sequence[Event], named_day: bool
) -> Reply:
    """ "is the walkthrough before the dentist?": Yes or No the way round it was asked, with both times (their
    next ones, or on the day said); the event asked about is then the one talked about."""
    found = _both(ctx, named, events, named_day)
    if isinstance(found, Reply):
        return found
    event, other = found
    assert isinstance(event.start, datetime) and isinstance(other.start, datetime)
    today = ctx.local_now.date()
    times = {
        "event": escape(event.title), "other": escape(other.title),
        "event_at": _moment_said(event.start, ctx.zone, today),
        "other_at": _moment_said(other.start, ctx.zone, today),
    }  # fmt: skip
    topics = {"event": event_topic(event, ctx.zone)}
    if event.start == other.start:
        return Reply(say.CAL_ORDER_SAME.format(**times), extras={"topics": topics})
    really = "before" if event.start < other.start else "after"
    template = say.CAL_ORDER_YES if really == side else say.CAL_ORDER_NO
    return Reply(template.format(**times, side=really), extras={"topics": topics})


def _both(
    ctx: Context, named: tuple[str, str], events: Sequence[Event], named_day: bool
) -> tuple[Event, Event] | Reply:
    """The timed events two names fit (their next ones, or on the day said; one over already today is still
    today's: "is the team call after the showing?" once the showing is done), or the reply that one is not
    there."""
    found = []
    today = ctx.local_now.date()
    for words in named:
        fitting = [e for e in _fitting(words, events, ctx.zone) if isinstance(e.start, datetime)]
        earlier_today = [e for e in fitting if _starts(e, ctx.zone).astimezone(ctx.zone).date() == today][-1:]
        upcoming = [e for e in fitting if _ends(e, ctx.zone) > ctx.now] or (fitting if named_day else [])
        upcoming = upcoming or earlier_today
        if not upcoming:
            return Reply(say.CAL_EVENT_NONE.format(what=_a(words), window=_where_looked(ctx, named_day)))
        found.append(upcoming[0])
    return found[0], found[1]


def _moment_said(moment: datetime, zone: ZoneInfo, today: date) -> str:
    """ "10:00 AM tomorrow", "4:30 PM on Friday, November 27": a time and its day, as an answer says it."""
    return f"{clock(moment, zone)} {day_name(moment.astimezone(zone).date(), zone, today)}"


def _between(ctx: Context, words: str, other: str, events: Sequence[Event], named_day: bool) -> Reply:
    """ "how long is the gap between the walkthrough and the dentist?": the free time from the end of the one
    to the start of the other, on the day said (else their next ones); the gap is then the slot talked
    about."""
    today = ctx.local_now.date()
    found = _both(ctx, (words, other), events, named_day)
    if isinstance(found, Reply):
        return found
    earlier, later = sorted(found, key=lambda e: _starts(e, ctx.zone))
    assert isinstance(earlier.end, datetime) and isinstance(later.start, datetime)
    names = {"first": escape(earlier.title), "second": escape(later.title)}
    if later.start <= earlier.end:
        return Reply(
            say.CAL_GAP_NONE.format(**names, day=day_name(_first_day(later, ctx.zone), ctx.zone, today))
        )
    minutes = int((later.start - earlier.end).total_seconds() // 60)
    text = say.CAL_GAP.format(
        length=duration.show(minutes), **names, ends=clock(earlier.end, ctx.zone),
        starts=clock(later.start, ctx.zone), day=day_name(_first_day(later, ctx.zone), ctx.zone, today),
    )  # fmt: skip
    gap = {"start": earlier.end.isoformat(), "end": later.start.isoformat()}
    return Reply(text, extras={"topics": {"slot": gap}})


def _where_looked(ctx: Context, named_day: bool) -> str:
    return say.CAL_EVENT_THAT_DAY if named_day else say.CAL_EVENT_HORIZON.format(weeks=HORIZON_WEEKS)


def next_named(ctx: Context, words: str) -> Event | None:
    """The next event in the coming weeks whose title the words name (CalendarError when it can't be read)."""
    assert ctx.client is not None, "only a client has a calendar"
    found = ctx.calendar_for(ctx.client).agenda(*_horizon(ctx))
    upcoming = [e for e in _fitting(words, found.events, ctx.zone) if _ends(e, ctx.zone) > ctx.now]
    return upcoming[0] if upcoming else None


def _at_one_of(event: Event, offered: list[str], zone: ZoneInfo, today: date) -> Reply:
    """When the event is, after "Neither —" unless it starts at one of the times `offered` ("HH:MM")."""
    starts = _starts(event, zone).astimezone(zone)
    when = _when(event, zone, today)
    at_one = not event.all_day and f"{starts:%H:%M}" in offered
    text = when if at_one else say.CAL_EVENT_NEITHER.format(text=when)
    return Reply(text, extras={"topics": {"event": event_topic(event, zone)}})


def _whether_then(ctx: Context, words: str, fitting: list[Event], window: str, either: bool = False) -> Reply:
    """ "is the dentist tomorrow?": Yes with when it is, or No with when the next one is (or that there is
    none in the next weeks). Asked `either` way ("today or tomorrow?"), the answer is when it is, or
    Neither."""
    today = ctx.local_now.date()
    no = say.CAL_EVENT_NEITHER if either else say.CAL_EVENT_NO_BUT
    if fitting:
        chosen = fitting[0]
        when = _when(chosen, ctx.zone, today)
        text = when if either else say.CAL_EVENT_YES.format(text=when)
        return Reply(text, extras={"topics": {"event": event_topic(chosen, ctx.zone)}})
    try:
        later = ctx.calendar_for(ctx.client).agenda(*_horizon(ctx)) if ctx.client is not None else None
    except CalendarError as error:
        return problem_reply(ctx, error)
    fits_later = _fitting(words, later.events, ctx.zone) if later is not None else []
    upcoming = [e for e in fits_later if _ends(e, ctx.zone) > ctx.now]
    if not upcoming and fits_later:  # "is the team call tomorrow?" when it was earlier today: No, and when
        was = _was(fits_later[-1], ctx.zone, today)
        return replace(was, text=no.format(text=was.text))
    if not upcoming:
        return Reply(say.CAL_EVENT_NOT_THEN.format(what=_a(words), window=window, weeks=HORIZON_WEEKS))
    chosen = upcoming[0]
    text = no.format(text=_when(chosen, ctx.zone, today))
    return Reply(text, extras={"topics": {"event": event_topic(chosen, ctx.zone)}})


def _horizon(ctx: Context) -> tuple[datetime, datetime]:
    """From the start of today (so the same question within a minute is answered from the cache)."""
    today = ctx.local_now.date()
    return day_window(today, ctx.zone)[0], local_midnight(today + timedelta(weeks=HORIZON_WEEKS), ctx.zone)


def _fitting(words: str, events: Sequence[Event], zone: ZoneInfo) -> list[Event]:
    """The events whose titles fit the words best (and well enough), earliest first."""
    scored = [(_score(words, e.title), e) for e in events if not e.private]
    best = max((score for score, _ in scored), default=0.0)
    if best < FITS:
        return []
    return sorted((e for score, e in scored if best - score < LEAD), key=lambda e: _starts(e, zone))


def _score(words: str, title: str) -> float:
    """How well the words name the title: shared words ("dentist" in "Dentist appointment"), or the same
    letters however spaced ("haircut" and "Hair cut")."""
    # "walk-through" is "walkthrough": a hyphen joins, it does not split
    asked, named = (
        _WORD.findall(words.lower().replace("-", "")),
        _WORD.findall(title.lower().replace("-", "")),
    )
    if not asked or not named:
        return 0.0
    joined = fuzz.partial_ratio("".join(asked), "".join(named)) if len("".join(asked)) >= 5 else 0.0
    return max(fuzz.token_set_ratio(" ".join(asked), " ".join(named)), joined)


def _was(chosen: Event, zone: ZoneInfo, today: date, asked_where: bool = False) -> Reply:
    """An event asked about that is already over today; asked where it was, the place or that none is set."""
    title, when = escape(chosen.title), _timing(chosen, zone, today)
    where = say.CAL_EVENT_AT.format(location=escape(chosen.location)) if chosen.location else ""
    where = where or (say.CAL_EVENT_WAS_NO_PLACE if asked_where else "")
    text = say.CAL_EVENT_WAS.format(title=title, when=when, where=where, weeks=HORIZON_WEEKS)
    return Reply(text, extras={"topics": {"event": event_topic(chosen, zone)}})


def _when(chosen: Event, zone: ZoneInfo, today: date) -> str:
    at = say.CAL_EVENT_AT.format(location=escape(chosen.location)) if chosen.location else ""
    return say.CAL_EVENT_WHEN.format(title=escape(chosen.title), when=_timing(chosen, zone, today), where=at)


def _where(chosen: Event, zone: ZoneInfo, today: date) -> str:
    title, when = escape(chosen.title), _timing(chosen, zone, today)
    if chosen.location:
        return say.CAL_EVENT_WHERE.format(title=title, location=escape(chosen.location), when=when)
    if chosen.link:
        link = chosen.link.replace(">", "%3E").replace("|", "%7C")
        return say.CAL_EVENT_ONLINE.format(title=title, link=link, when=when)
    return say.CAL_EVENT_NO_PLACE.format(title=title, when=when)


def _length(chosen: Event, zone: ZoneInfo, today: date) -> str:
    """ "how long is the walkthrough?": how long it runs, and when."""
    if chosen.all_day or not isinstance(chosen.start, datetime) or not isinstance(chosen.end, datetime):
        return _when(chosen, zone, today)
    minutes = int((chosen.end - chosen.start).total_seconds() // 60)
    when = _timing(chosen, zone, today)
    return say.CAL_EVENT_LENGTH.format(title=escape(chosen.title), length=duration.spoken(minutes), when=when)


def _end(chosen: Event, zone: ZoneInfo, today: date) -> str:
    """ "what time does the walkthrough end?": when it is over, and when it is."""
    if chosen.all_day or not isinstance(chosen.end, datetime):
        return _when(chosen, zone, today)
    when = _timing(chosen, zone, today)
    return say.CAL_EVENT_END.format(title=escape(chosen.title), end=clock(chosen.end, zone), when=when)


def _who(chosen: Event, zone: ZoneInfo, today: date) -> str:
    """ "who's the coffee with?": the people on it, else the ones its title names ("Coffee with Priya")."""
    people = [name for name in chosen.attendees if name] or _WITH.findall(chosen.title)
    when = _timing(chosen, zone, today)
    if not people:
        return say.CAL_EVENT_WHO_NOBODY.format(title=escape(chosen.title), when=when)
    return say.CAL_EVENT_WHO.format(title=escape(chosen.title), people=escape(", ".join(people)), when=when)


# The people an event's title names: "Coffee with Priya (lender)", "Call with the Hendersons"
_WITH = re.compile(r"\bwith ((?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)")

_ANSWERS = {"where": _where, "length": _length, "end": _end, "who": _who}  # any other `ask` asks when


def _timing(chosen: Event, zone: ZoneInfo, today: date) -> str:
    """ "tomorrow, 4:30 PM–5:00 PM", "all day on Friday, November 27", or across days."""
    if chosen.all_day:
        assert isinstance(chosen.start, date) and isinstance(chosen.end, date)
        last = chosen.end - timedelta(days=1)
        if last > chosen.start:
            return say.CAL_EVENT_DAYS.format(
                first=day_name(chosen.start, zone, today), last=day_name(last, zone, today)
            )
        return say.CAL_EVENT_ALL_DAY.format(day=day_name(chosen.start, zone, today))
    assert isinstance(chosen.start, datetime) and isinstance(chosen.end, datetime)
    first = chosen.start.astimezone(zone).date()
    if (chosen.end - timedelta(microseconds=1)).astimezone(zone).date() != first:
        return say.CAL_EVENT_ACROSS.format(start=_moment(chosen.start, zone), end=_moment(chosen.end, zone))
    return say.CAL_EVENT_TIMED.format(
        day=day_name(first, zone, today), times=span(chosen.start, chosen.end, zone)
    )


def _moment(moment: datetime, zone: ZoneInfo) -> str:
    return say.CAL_EVENT_MOMENT.format(
        day=short_day(moment.astimezone(zone).date(), zone), time=clock(moment, zone)
    )


def _others(chosen: Event, upcoming: list[Event], zone: ZoneInfo) -> str | None:
    """Other events that fit as well under other titles ("Closing — Oak Ave" besides "Closing — Elm St")."""
    seen, others = {chosen.title}, list[str]()
    for other in upcoming[1:]:
        if other.title not in seen and len(others) < OTHERS_SHOWN:
            seen.add(other.title)
            day = short_day(_first_day(other, zone), zone)
            others.append(say.CAL_EVENT_OTHER.format(title=escape(other.title), day=day))
    return say.CAL_EVENT_ALSO.format(others="; ".join(others)) if others else None


def _a(words: str) -> str:
    article = say.CAL_EVENT_AN if words[:1].lower() in "aeiou" else say.CAL_EVENT_A
    return article.format(words=quote(words))


def _first_day(chosen: Event, zone: ZoneInfo) -> date:
    return chosen.start.astimezone(zone).date() if isinstance(chosen.start, datetime) else chosen.start


def _starts(chosen: Event, zone: ZoneInfo) -> datetime:
    return _local(chosen.start, zone)


def _ends(chosen: Event, zone: ZoneInfo) -> datetime:
    return _local(chosen.end, zone)


def _local(moment: datetime | date, zone: ZoneInfo) -> datetime:
    """A moment as is; an all-day event's date as its local midnight."""
    return moment if isinstance(moment, datetime) else datetime.combine(moment, time(0), tzinfo=zone)
