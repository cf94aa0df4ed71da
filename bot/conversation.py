"""A conversation turn: recall → parse → gate → dispatch → remember. `HANDLERS` is the one table of
intent → handler.

To answer a new intent, add one line to HANDLERS with a plain function `(Context, Ask) -> Reply`.
An intent without a handler yet is still gated; if its duty is granted it becomes a request for the VA.
The message is read against what the conversation was last about (handlers.core.conversation), and what
the answer talked about is kept for the next message, in the same unit of work. Asked where others read
along (a channel), an answer about the person is theirs alone (README.md, "Where answers go").
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial
from types import MappingProxyType
from typing import Any

from bot.parser import asks, match_deal, parse, subject_asked_after
from bot.telemetry.metrics import name_work
from handlers.calendar import availability, booking, event_question
from handlers.calendar import questions as calendar
from handlers.calendar import words as booking_words
from handlers.conversation import followups
from handlers.core import conversation as state
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import MENTION
from handlers.core.reply import Reply
from handlers.deals import clues
from handlers.deals import status as deals
from handlers.help import answers as help
from handlers.help import smalltalk
from handlers.hours import answers as hours
from handlers.phases import gate, questions, who
from handlers.proactive import agenda_settings, review_settings, weekly_review
from handlers.queue import by_name, intake, time_spent, why
from handlers.queue import followups as request_followups
from handlers.reminders import requests as reminders

Handler = Callable[[Context, Ask], Reply]

HANDLERS: dict[str, Handler] = {
    "help": help.handle,
    "smalltalk": smalltalk.handle,
    "request.status": request_followups.status,  # "is it done yet?" about one request, or all of them
    "task.create": request_followups.task,  # "and the Parkers too" adds to the last request; else a new one
    "unknown": followups.not_understood,  # an unresolved follow-up is asked back, never passed on
    "calendar.agenda": calendar.agenda,
    "calendar.availability": availability.availability,
    "calendar.schedule": booking.book,
    "deal.status": partial(deals.status, match=match_deal),  # the parser's deal matching, wired in here
    "deal.pipeline": deals.pipeline,
    "agenda.settings": agenda_settings.handle,  # "send my agenda at 7:30" / "stop the morning agenda"
    # "when is my haircut?", "where is the closing?", "anything on my calendar for that deal?"
    "calendar.event": partial(event_question.event, deals_of=clues.deals_behind),
    "conversation.withdraw": followups.withdraw,  # "cancel that"
    "conversation.confirm": followups.confirm,  # "book it" (offers and refusals become their own asks)
    "conversation.decline": followups.decline,  # "no thanks"
    "phase.info": questions.info,  # "what phase am I in?", "how do I get to phase 3?"
    "phase.request": questions.request,  # "ask my VA about phase 3"
    "request.why": why.why,  # "why wasn't my haircut booked?"
    "reminder.create": reminders.create,  # "remind me at 4 to call the lender": Jane sends it herself
    "reminder.list": reminders.list_pending,  # "what reminders have I got?"
    "reminder.cancel": reminders.cancel_named,  # "cancel my reminder about the inspection"
    "request.cancel": by_name.withdraw,  # "cancel my printer paper request"
    "va.who": who.va,  # "who is my VA?"
    # "who are my clients?", "what phase is Tom in?", "what's tom waiting on?" (VAs and admins)
    "client.info": partial(who.client, queue=by_name.client_queue),
    "queue.list": by_name.queue_list,  # "anything I need to pick up?"
    "queue.claim": by_name.claim,  # "claim #12", "I'll take the newest one"
    "queue.done": by_name.done,  # "done with #12, ordered 5 reams"
    "queue.release": by_name.release,  # "hand #12 back"
    "booking.confirm": booking_words.confirm,  # "confirm #12"
    "booking.reject": booking_words.reject,  # "reject #12, no openings that day"
    # --- time on requests, hours and the weekly review ---
    "time.log": time_spent.handle,  # "log 30m on #12" (the request's VA or an admin)
    "hours.report": hours.handle,  # "how many hours did Ana spend this month?"
    "review.week": weekly_review.asked,  # "what did you do for me this week?" (a client's own)
    "review.settings": review_settings.handle,  # "send my weekly review on Thursday at 3pm"
}
PUBLIC = frozenset({"help", "smalltalk"})  # the only answers Jane gives for everyone to read in a channel

MAX_TEXT = 4000  # characters; longer messages get a polite "please shorten it"

_LINK = re.compile(r"<(?:mailto:|tel:)?([^<>|]+)\|([^<>]+)>")  # <url|label> → label
_BARE = re.compile(r"<(?!@|#|!)(?:mailto:|tel:)?([^<>|]+)>")  # <url> → url


def understand(ctx: Context, text: str, topics: Mapping[str, Any] | None = None) -> Ask:
    """What the person asked, as the parser reads it in their own time zone against the conversation's
    topics; a follow-up that is another capability's ask in other words becomes that ask."""
    parsed = parse(text, ctx.local_now, ctx.zone, topics or None)
    slots = dict(parsed.slots or {})
    ask = Ask(text=text, intent=parsed.intent, duty=parsed.duty, slots=MappingProxyType(slots))
    ask = followups.for_the_queue(ctx, ask)
    ask = followups.deal_named_alone(ctx, ask, topics or {}, match_deal)
    ask = followups.deal_asked_after(ctx, ask, match_deal, subject_asked_after)
    return followups.named_elsewhere(ctx, followups.concrete(ask), match_deal)


def respond(ctx: Context, ask: Ask) -> Reply:
    """The gate first: a refused ask never reaches its handler (nor any integration behind it)."""
    name_work(ask.intent)
    refusal = gate.check(ctx.asker, ask)
    if refusal is not None:
        return refusal
    handler = HANDLERS.get(ask.intent) or (intake.handle if ask.duty else intake.offer)
    return handler(ctx, ask)


def answer(ctx: Context, text: str) -> Reply:
    """The answer to a message; one that holds two asks ("how is the baker street duplex doing and when is
    it supposed to close?") has each answered in turn, the second against what the first talked about."""
    topics = state.recall(ctx)
    replies, lasts = [], []
    for part in asks(text, ctx.local_now, ctx.zone, topics or None):
        reply, topics = _answer_one(ctx, part, topics)
        replies.append(reply)
        lasts.append(topics.get(state.LAST))
    if len(replies) == 1:
        return replies[0]
    state.asked_together(ctx, topics, lasts)
    return _together(*replies)


def _answer_one(ctx: Context, text: str, topics: state.Topics) -> tuple[Reply, state.Topics]:
    """One ask answered against the conversation's topics; the answer and the topics it leaves."""
    ask = understand(ctx, text, topics)
    reply = respond(ctx, ask)
    topics = state.remember(ctx, topics, ask, reply)
    if ctx.thread.shared and ask.intent not in PUBLIC:
        return replace(reply, ephemeral=True), topics
    return reply, topics


def _together(first: Reply, second: Reply) -> Reply:
    """Two answers as one message: the first, then the second, with both one's buttons; private if either
    is. What either keeps for a button ("remember") is kept for both."""
    footnote = (first.footnote,) if first.footnote else ()
    remember = {**first.extras.get("remember", {}), **second.extras.get("remember", {})}
    return Reply(
        first.text,
        sections=(*first.sections, *footnote, second.text, *second.sections),
        buttons=(*first.buttons, *second.buttons),
        footnote=second.footnote,
        ephemeral=first.ephemeral or second.ephemeral,
        extras={**first.extras, **second.extras, **({"remember": remember} if remember else {})},
    )


def clean(text: str, bot_user_id: str | None = None) -> str:
    """Slack's markup → what the person typed: no mention of Jane, links as their labels, entities decoded."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    text = _LINK.sub(r"\2", text)
    text = _BARE.sub(r"\1", text)
    text = MENTION.sub(r"@\1", text)
    text = html.unescape(text).replace("\x00", "")
    return " ".join(text.split())
