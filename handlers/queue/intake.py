"""Task intake: store what the client asked, tell them what Jane understood, queue a card for the VAs
(ARCHITECTURE.md, Requests)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from handlers.core import messages
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape
from handlers.core.reply import Button, Reply
from handlers.core.topics import request_topic, with_topics
from handlers.queue.requests import CANCEL, card, phrase, refresh_homes, when
from storage.repositories import requests as repo

GENERAL = "general"
FORWARD = "request.forward"  # "Pass it to my VA" on an ask Jane did not understand (value: message ts)


def handle(ctx: Context, ask: Ask, *, what: str | None = None) -> Reply:
    """Create the request, post its card to the VA queue, and say what Jane understood, with Cancel.

    `what` is the verb phrase Jane read ("move Dentist to …") when the duty's own phrase would be too vague.
    """
    duty = ask.duty or GENERAL
    due_at, all_day = due(ask.slots, ctx.zone)
    request = repo.create(
        ctx.session, ctx.asker, duty, ask.text, due_at=due_at, due_all_day=all_day,
        channel=ctx.news_thread.channel, thread_ts=ctx.news_thread.ts,
    )  # fmt: skip
    ctx.notify.post_card(request, card(request))
    refresh_homes(ctx, request)
    due_text = messages.TASK_DUE.format(when=when(due_at, all_day, ctx.zone)) if due_at else ""
    text = messages.TASK_QUEUED.format(
        who=_who(ctx), phrase=escape(what) if what else phrase(duty), due=due_text
    )
    cancel = Button(messages.CANCEL, CANCEL, str(request.id), "danger")
    reply = Reply(text, sections=(messages.TASK_NEXT,), buttons=(cancel,))
    return with_topics(reply, request=request_topic(request))


def offer(ctx: Context, ask: Ask) -> Reply:
    """An ask Jane did not understand: offer a client to pass it to their VA as a general request."""
    if ctx.client is None:
        return Reply(messages.UNKNOWN_INTENT_NOT_CLIENT)
    buttons = (Button(messages.PASS_TO_VA, FORWARD, ctx.thread.ts),) if ctx.thread.ts else ()
    return Reply(messages.UNKNOWN_INTENT, buttons=buttons)


def due(slots: Mapping[str, Any] | None, zone: ZoneInfo) -> tuple[datetime | None, bool]:
    """The `due` slot as (moment, all day?): a bare date means the start of that day in the client's zone."""
    value = (slots or {}).get("due")
    if not value:
        return None, False
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), time(0), zone), True
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None, False
    return (moment if moment.tzinfo else moment.replace(tzinfo=zone)), False


def _who(ctx: Context) -> str:
    va = ctx.client.va if ctx.client else None
    return messages.TASK_WHO_VA.format(name=escape(va.label)) if va else messages.TASK_WHO_TEAM
