"""Changing an event already on the calendar (appointment_scheduling): moving it, giving it a new length, or
taking it off. Jane drafts the change, a VA confirms it, and only then Jane changes the calendar, as with a
booking (booking.py); the draft names the event by its calendar id (`changes`) and keeps its old times.

A change Jane cannot pin down (no such event on the calendar, a calendar she cannot read, "reschedule the
dentist" with no new time) stays a request in words for the VA (booking.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from handlers.calendar.draft import DEFAULT_MINUTES, file_draft
from handlers.calendar.event_question import HORIZON_WEEKS
from handlers.calendar.taken import clash, taking_time
from handlers.calendar.windows import read
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape
from handlers.core.naming import names
from handlers.core.reply import Button, Reply
from handlers.core.timefmt import day_window, span
from handlers.core.topics import with_topics
from handlers.queue.booking_card import Draft, draft_of, draft_topic, kind_of
from handlers.queue.requests import CANCEL
from integrations.calendar import CalendarError, Event, EventChange
from storage.models import Request

DUTY = "appointment_scheduling"
HORIZON = timedelta(weeks=HORIZON_WEEKS)  # "move the dentist to 5:30" with no day: its next one this soon

# What kind of event a name says, not which: "the Hendersons meeting" is the draft "Call with the Hendersons"
KIND_OF_EVENT = re.compile(r"\b(?:call|meeting|zoom|chat|session|appointment|appt)\b", re.IGNORECASE)


def next_named(ctx: Context, words: str, slots: Mapping[str, Any]) -> Event | None:
    """The next timed event whose title the words name, on the day the slots say (else within four weeks);
    None when the calendar has none or cannot be read."""
    assert ctx.client is not None, "the gate lets only clients reach a calendar duty"
    which = KIND_OF_EVENT.sub(" ", words).strip()
    start, end = read(slots.get("from_start"), ctx.zone), read(slots.get("from_end"), ctx.zone)
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        start, end = ctx.now, ctx.now + HORIZON
    try:
        found = ctx.calendar_for(ctx.client).agenda(start, end)
    except CalendarError:
        return None
    named = [e for e in found.events if which and not e.private and names(which, e.title)]
    timed = [
        e for e in named if isinstance(e.start, datetime) and isinstance(e.end, datetime) and e.end > ctx.now
    ]
    return timed[0] if timed else None


def drafted(ctx: Context, ask: Ask, slots: Mapping[str, Any]) -> Reply | None:
    """The change drafted for the VA to confirm, when the words name an event on the calendar and (for a move)
    its new time; None when either cannot be told."""
    event = next_named(ctx, str(slots.get("event") or ""), slots)
    if event is None:
        return None
    assert isinstance(event.start, datetime) and isinstance(event.end, datetime)
    cancel = slots.get("action") == "cancel"
    times = (event.start, event.end) if cancel else new_times(slots, event, ctx)
    if times is None or times[0] < ctx.now or not cancel and times == (event.start, event.end):
        return None  # no new time that can be made (one that changes nothing is no change either)
    start, end = times
    draft: Draft = {
        "title": event.title, "start": start.isoformat(), "end": end.isoformat(), "changes": event.id,
        "was": [event.start.isoformat(), event.end.isoformat()],
    }  # fmt: skip
    clashes: list[Event] = [] if cancel else _others_then(ctx, event, start, end)
    if cancel:
        draft["cancel"] = True
    elif clashes:
        draft["conflicts"] = [[other.start.isoformat(), other.end.isoformat()] for other in clashes]
    return told(ctx, file_draft(ctx, ask, draft), clashes)


def new_times(slots: Mapping[str, Any], event: Event, ctx: Context) -> tuple[datetime, datetime] | None:
    """Where a move puts the event: the time named (to a day alone, at its own time of day), keeping its
    length unless a new one is said; a new length alone ("make it half an hour") keeps its start."""
    assert isinstance(event.start, datetime) and isinstance(event.end, datetime)
    length = event.end - event.start
    minutes = slots.get("duration_minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool) and 0 < minutes <= 24 * 60:
        length = timedelta(minutes=minutes)
    start, end = read(slots.get("start"), ctx.zone), read(slots.get("end"), ctx.zone)
    if not isinstance(start, datetime):
        return (event.start, event.start + length) if minutes else None
    if isinstance(end, datetime) and end - start >= timedelta(days=1):  # "to Friday": at its own time
        at = event.start.astimezone(ctx.zone).timetz()
        start = datetime.combine(start.astimezone(ctx.zone).date(), at)
    elif (
        isinstance(end, datetime)
        and not minutes
        and end > start
        and (end - start != _SLOT or start == event.start)
    ):
        # an explicit range ("move it to 2 to 3:30"), or a new end ("cut it down to 30 minutes")
        length = end - start
    # Elapsed time, not wall-clock time, as a booking's end (draft.py)
    return start, (start.astimezone(UTC) + length).astimezone(ctx.zone)


_SLOT = timedelta(minutes=DEFAULT_MINUTES)  # the parser's slot for a bare clock time: no length said


def taking_the_time(ctx: Context, start: datetime, end: datetime) -> list[Event]:
    """The events on the client's calendar that overlap start-end, named so a heads-up can say which
    (CalendarError when it cannot be read). The whole day is asked (one call, shared with availability
    questions through the cache), so a clash is shown whole, not clipped to the slot."""
    assert ctx.client is not None, "the gate lets only clients reach a calendar duty"
    day_start, day_end = day_window(start.astimezone(ctx.zone).date(), ctx.zone)
    found = ctx.calendar_for(ctx.client).agenda(min(day_start, start), max(day_end, end))
    return taking_time(found.events, start, end)


def _others_then(ctx: Context, event: Event, start: datetime, end: datetime) -> list[Event]:
    """What else is on the calendar at the new time (the event itself aside); a calendar that cannot tell
    leaves the draft without a heads-up, the VA checking it anyway."""
    try:
        return [other for other in taking_the_time(ctx, start, end) if other.id != event.id]
    except CalendarError:
        return []


def told(ctx: Context, request: Request, clashes: list[Event]) -> Reply:
    """The client's answer about a drafted change: what will change once the VA confirms, a heads-up on a
    clash at the new time, and Cancel."""
    draft = draft_of(request)
    assert draft is not None, "a change is drafted in the request's details"
    when = _span(draft["start"], draft["end"], ctx.zone)
    if kind_of(draft) == "cancel":
        text = say.CAL_CANCEL_DRAFTED.format(title=escape(draft["title"]), when=when)
    else:
        was = _span(draft["was"][0], draft["was"][-1], ctx.zone)
        same_start = datetime.fromisoformat(draft["start"]) == datetime.fromisoformat(draft["was"][0])
        template = say.CAL_RESIZE_DRAFTED if same_start else say.CAL_MOVE_DRAFTED
        text = template.format(title=escape(draft["title"]), was=was, when=when)
    day = datetime.fromisoformat(draft["start"]).astimezone(ctx.zone).date()
    notes = tuple(say.CAL_MOVE_CONFLICT.format(clash=clash(other, ctx.zone, day)) for other in clashes[:1])
    cancel = Button(say.CANCEL, CANCEL, str(request.id), "danger")
    return with_topics(Reply(text, sections=notes, buttons=(cancel,)), draft=draft_topic(request))


def change_for(draft: Draft) -> EventChange:
    """The confirmed draft as the change to make on the calendar."""
    assert draft.get("changes"), "only a draft of a change changes an event"
    if draft.get("cancel"):
        return EventChange(event_id=draft["changes"], cancel=True)
    start, end = datetime.fromisoformat(draft["start"]), datetime.fromisoformat(draft["end"])
    return EventChange(event_id=draft["changes"], start=start, end=end)


def done_told(draft: Draft, zone: ZoneInfo) -> Reply:
    """What the client is told once the change is made, in their zone."""
    when = _span(draft["start"], draft["end"], zone)
    template = say.CAL_TAKEN_OFF if kind_of(draft) == "cancel" else say.CAL_MOVED
    return Reply(template.format(title=escape(draft["title"]), when=when))


def _span(start: str, end: str, zone: ZoneInfo) -> str:
    return span(datetime.fromisoformat(start), datetime.fromisoformat(end), zone, with_day=True)
