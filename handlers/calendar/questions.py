"""Calendar questions (Phase III): the agenda here; availability, one event and booking in their modules.

The gate has checked the duty before any of these runs. Each question costs at most one calendar call,
and the cache in front of the gateway turns the same question within 60 seconds into none.
"""

from __future__ import annotations

from datetime import datetime

from handlers.calendar.agenda import agenda_reply, picked
from handlers.calendar.problems import problem_reply
from handlers.calendar.windows import agenda_window
from handlers.core.context import Ask, Context
from handlers.core.reply import Reply
from handlers.core.topics import with_topics
from integrations.calendar import CalendarError


def agenda(ctx: Context, ask: Ask) -> Reply:
    """What's on the client's calendar in the window asked about (today when none was said)."""
    assert ctx.client is not None, "the gate lets only clients reach a calendar duty"
    today = ctx.local_now.date()
    start, end = agenda_window(ask.slots, ctx.zone, today)
    try:
        found = ctx.calendar_for(ctx.client).agenda(start, end)
    except CalendarError as error:
        return problem_reply(ctx, error)
    pick = (ask.slots or {}).get("pick")  # "what's my last appointment tomorrow?"
    if pick in ("first", "last"):
        return with_topics(picked(found, start, end, ctx.zone, today, pick), window=_times(start, end))
    counted = bool((ask.slots or {}).get("count"))  # "how many meetings have I got tomorrow?"
    asked = (ask.slots or {}).get("question") == "any"  # "anything tomorrow after 4?"
    reply = agenda_reply(found, start, end, ctx.zone, today, counted=counted, asked=asked)
    return with_topics(reply, window=_times(start, end))


def _times(start: datetime, end: datetime) -> dict[str, str]:
    """A window as the conversation's topic, for "and tomorrow?"."""
    return {"start": start.isoformat(), "end": end.isoformat()}
