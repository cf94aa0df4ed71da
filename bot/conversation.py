"""A conversation turn: parse → gate → dispatch. `HANDLERS` is the one table of intent → handler.

To answer a new intent, add one line to HANDLERS with a plain function `(Context, Ask) -> Reply`.
An intent without a handler yet is still gated; if its duty is granted it becomes a request for the VA.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import partial
from types import MappingProxyType

from bot.parser import match_deal, parse
from bot.telemetry.metrics import name_work
from handlers.calendar import questions as calendar
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import MENTION
from handlers.core.reply import Reply
from handlers.deals import status as deals
from handlers.help import answers as help
from handlers.help import smalltalk
from handlers.hours import answers as hours
from handlers.phases import gate
from handlers.proactive import agenda_settings, review_settings, weekly_review
from handlers.queue import intake, requests, time_spent

Handler = Callable[[Context, Ask], Reply]

HANDLERS: dict[str, Handler] = {
    "help": help.handle,
    "smalltalk": smalltalk.handle,
    "request.status": requests.status,
    "task.create": intake.handle,
    "unknown": intake.offer,
    "calendar.agenda": calendar.agenda,
    "calendar.availability": calendar.availability,
    "calendar.schedule": calendar.book,
    "deal.status": partial(deals.status, match=match_deal),  # the parser's deal matching, wired in here
    "deal.pipeline": deals.pipeline,
    "agenda.settings": agenda_settings.handle,  # "send my agenda at 7:30" / "stop the morning agenda"
    # --- time on requests, hours and the weekly review ---
    "time.log": time_spent.handle,  # "log 30m on #12" (the request's VA or an admin)
    "hours.report": hours.handle,  # "how many hours did Ana spend this month?"
    "review.week": weekly_review.asked,  # "what did you do for me this week?" (a client's own)
    "review.settings": review_settings.handle,  # "send my weekly review on Thursday at 3pm"
}

MAX_TEXT = 4000  # characters; longer messages get a polite "please shorten it"

_LINK = re.compile(r"<(?:mailto:|tel:)?([^<>|]+)\|([^<>]+)>")  # <url|label> → label
_BARE = re.compile(r"<(?!@|#|!)(?:mailto:|tel:)?([^<>|]+)>")  # <url> → url


def understand(ctx: Context, text: str) -> Ask:
    """What the person asked, as the parser reads it in their own time zone."""
    parsed = parse(text, ctx.local_now, ctx.zone)
    return Ask(
        text=text, intent=parsed.intent, duty=parsed.duty, slots=MappingProxyType(dict(parsed.slots or {}))
    )


def respond(ctx: Context, ask: Ask) -> Reply:
    """The gate first: a refused ask never reaches its handler (nor any integration behind it)."""
    name_work(ask.intent)
    refusal = gate.check(ctx.asker, ask)
    if refusal is not None:
        return refusal
    handler = HANDLERS.get(ask.intent) or (intake.handle if ask.duty else intake.offer)
    return handler(ctx, ask)


def answer(ctx: Context, text: str) -> Reply:
    return respond(ctx, understand(ctx, text))


def clean(text: str, bot_user_id: str | None = None) -> str:
    """Slack's markup → what the person typed: no mention of Jane, links as their labels, entities decoded."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    text = _LINK.sub(r"\2", text)
    text = _BARE.sub(r"\1", text)
    text = MENTION.sub(r"@\1", text)
    text = html.unescape(text).replace("\x00", "")
    return " ".join(text.split())
