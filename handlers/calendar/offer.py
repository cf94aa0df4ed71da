"""Offering to book what the client asked about: "lunch with Sam tomorrow at 12:30 — am I free?".

The answer carries a *Book it* button and records the offer as a conversation topic, so "great, book it"
can take it up too. The button's value is the asked message's ts: what was offered is kept with Jane's
answer to that message (the parser's own slots, unchanged), and a click drafts the booking exactly as
"book lunch with Sam tomorrow at 12:30" would, through the gate for appointment booking, once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from handlers.calendar import booking
from handlers.calendar.draft import title_of
from handlers.core import conversation as state
from handlers.core import messages as say
from handlers.core.buttons import Click
from handlers.core.context import Ask, Context, Thread
from handlers.core.mrkdwn import escape
from handlers.core.reply import Button, Reply
from handlers.phases import gate
from storage.repositories import events

BOOK_OFFER = "calendar.book_offer"  # the "Book it" button (value: the ts of the message that was asked)
OFFERED = "offer"  # what Reply.extras["remember"] keeps with the answer, for the button
BOOKING_SLOTS = ("start", "end", "title", "attendees", "duration_minutes")


def booking_ask(text: str, slots: Mapping[str, Any]) -> Ask:
    """The booking an offer stands for, as the parser reads "book lunch with Sam tomorrow at 12:30"."""
    return Ask(text=text, intent="calendar.schedule", duty=booking.DUTY, slots=dict(slots))


def with_offer(
    ctx: Context, slots: Mapping[str, Any], reply: Reply, start: datetime, end: datetime, *, free: bool
) -> Reply:
    """The availability answer plus the offer to book it, when booking is among the client's duties."""
    title = title_of(slots)
    if start <= ctx.now or gate.check(ctx.asker, booking_ask("", {})) is not None:
        return reply
    offer = {"kind": "book", "start": start.isoformat(), "end": end.isoformat(), "title": title}
    topics = {**reply.extras.get("topics", {}), "offer": offer}
    kept = {OFFERED: {name: slots[name] for name in BOOKING_SLOTS if name in slots}}
    sentence = (say.CAL_OFFER_BOOK if free else say.CAL_OFFER_BOOK_ANYWAY).format(title=escape(title))
    buttons = (Button(say.CAL_BOOK_IT, BOOK_OFFER, ctx.thread.ts, "primary"),) if ctx.thread.ts else ()
    extras = {**reply.extras, "topics": topics, "remember": kept}
    return replace(reply, sections=(*reply.sections, sentence), buttons=buttons, extras=extras)


def take_up(ctx: Context, click: Click) -> Reply | None:
    """ "Book it": the offer kept with the answer, drafted once, in the thread where it was asked."""
    asked_in = Thread(ctx.thread.channel, click.value)
    asked = ctx.notify.remembered(asked_in)
    offered = asked.get(OFFERED) if asked and asked.get("user") == ctx.asker.user_id else None
    if not isinstance(offered, dict) or not asked:
        return Reply(say.OFFER_EXPIRED, ephemeral=True)
    words = say.CAL_OFFER_WORDS.format(title=title_of(offered), words=str(asked.get("text") or ""))
    ask = booking_ask(words, offered)
    refusal = gate.check(ctx.asker, ask)  # the client's duties may have changed since the offer
    if refusal is not None:
        return refusal
    if not events.record_once(ctx.session, f"book-offer:{asked_in.channel}:{asked_in.ts}"):
        return Reply(say.CAL_OFFER_TAKEN, ephemeral=True)  # a second click on the same offer
    reply = booking.book(replace(ctx, thread=asked_in), ask)
    ctx.notify.post(asked_in, reply, key=f"book-offer:{asked_in.channel}:{asked_in.ts}")
    # the draft is now what is talked about, as after "book it" in words: "is it booked yet?" asks after it
    state.note(ctx, reply, settled=("offer",))
    return None
