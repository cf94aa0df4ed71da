"""Follow-ups that are about the conversation itself: "cancel that", "book it", "no thanks", and the
ones Jane cannot tie to anything, which she asks back — an unresolved follow-up never becomes work for
the VA (README.md, "Follow-ups: `--context`")."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape
from handlers.core.reply import Reply
from handlers.core.timefmt import short_day, span
from handlers.core.topics import with_topics
from handlers.deals import status as deals
from handlers.deals.status import Matcher
from handlers.phases import duties
from handlers.queue import followups as request_followups
from handlers.queue import intake
from handlers.reminders import requests as reminders

BOOKING_DUTY = "appointment_scheduling"
DEALS_DUTY = "sales_tracking"


def named_elsewhere(ctx: Context, ask: Ask, match: Matcher) -> Ask:
    """An ask whose words name another kind of thing of the client's than its reading says, as an ask about
    that thing: a deal question naming a request, a request question naming a deal, a cancellation naming a
    request."""
    if ask.intent == "request.status":
        return _request_or_deal(ctx, ask, match)
    if ask.intent == "calendar.schedule":
        return _cancel_of_a_request(ctx, ask)
    return _deal_or_request(ctx, ask, match)


# Words that call a thing a deal ("the Baker Street duplex", "the Lakeview listing"), whatever it is named
_CALLED_A_DEAL = re.compile(
    r"\b(?:deal|listing|duplex|condo|property|escrow|farmhouse|sale)\b", re.IGNORECASE
)
# What a deal question asks that no request has: its stage ("under contract yet?") and its closing
_DEALS_ONLY = frozenset(("stage", "close"))


def _deal_or_request(ctx: Context, ask: Ask, match: Matcher) -> Ask:
    """ "what's the status of the gift basket?": a status question whose words name none of the client's
    deals but one of their requests asks after that request (whatever the client's phase). The deals are
    read only for a client who may track them: for anyone else the gate refuses the deal question unread."""
    words = str((ask.slots or {}).get("deal") or "").strip()
    profile = ctx.client
    if ask.intent != "deal.status" or not words or profile is None or (ask.slots or {}).get("follow_up"):
        return ask
    tracks_deals = ask.duty is not None and duties.is_granted(ask.duty, profile.phase, profile.override_map)
    if tracks_deals and deals.names_a_deal(ctx, words, match):
        return ask
    if not tracks_deals and (ask.slots or {}).get("ask") in _DEALS_ONLY:
        return ask  # "what stage is the duplex at?" asks what only a deal has: refused at the gate, unread
    if not tracks_deals and _CALLED_A_DEAL.search(words):
        return ask  # "how's the baker street duplex doing?": called a deal, so asked of one, and refused
    request = request_followups.named_request(ctx, words)
    if request is None:
        return ask
    asked = {"asked": value} if (value := (ask.slots or {}).get("asked")) else {}
    return replace(ask, intent="request.status", duty=None, slots={"request": request.id, **asked})


def deal_named_alone(ctx: Context, ask: Ask, topics: Mapping[str, Any], match: Matcher) -> Ask:
    """ "baker?" right after "is the lakeview listing under contract yet?": the same question about the deal
    those few words name (the parser cannot tell a deal's name from any other word; the client's deals
    can)."""
    last = topics.get("last") or {}
    if ask.intent != "unknown" or ask.slots or last.get("intent") != "deal.status" or ctx.client is None:
        return ask
    words = " ".join(ask.text.strip(" ?!.").split())
    words = words[4:] if words.lower().startswith("and ") else words
    if not words or len(words.split()) > _FEW_WORDS:
        return ask
    if not duties.is_granted(DEALS_DUTY, ctx.client.phase, ctx.client.override_map):
        return ask  # a client who may not track deals has none read
    name = deals.deal_named(ctx, words, match)
    if name is None:
        return ask
    before = last.get("slots") or {}
    asked = {key: value for key in deals.ASKED if (value := before.get(key))}
    slots = {"deal": name, **asked, "follow_up": "ellipsis", "refers_to": "deal"}
    return replace(ask, intent="deal.status", duty=DEALS_DUTY, slots=slots)


_FEW_WORDS = 3  # "baker?", "and 14 elm?": a deal named alone is a word or three


# The words a question that fits a person as well as a deal asks after, read by the parser (wired in by
# bot/conversation.py): "lakeview" of "hows lakeview doing?"
SubjectReader = Callable[[str, datetime, Any], str | None]


def deal_asked_after(ctx: Context, ask: Ask, match: Matcher, subject_of: SubjectReader) -> Ask:
    """ "hows lakeview doing?": a question that fits a person as well as a deal asks after a deal when its
    words name one of the client's (the parser cannot tell "lakeview" from "sarah"; the client's deals
    can). Several deals named alike ("how's jones doing?") are asked about as the deal question asks. A
    client's "who's handling oak?" (a VA's question about a client, in other mouths) asks who has the deal."""
    if ask.intent == "client.info" and ctx.client is not None:
        return _deal_handled_by(ctx, ask, match)
    if ask.intent != "unknown" or ask.slots or ctx.client is None:
        return ask
    if not duties.is_granted(DEALS_DUTY, ctx.client.phase, ctx.client.override_map):
        return ask  # a client who may not track deals has none read
    words = subject_of(ask.text, ctx.local_now, ctx.zone)
    if not words or len(words.split()) > _FEW_WORDS or not deals.names_a_deal(ctx, words, match):
        return ask
    return replace(ask, intent="deal.status", duty=DEALS_DUTY, slots={"deal": words})


def _deal_handled_by(ctx: Context, ask: Ask, match: Matcher) -> Ask:
    assert ctx.client is not None, "only a client's words are read as a deal of theirs"
    words = str((ask.slots or {}).get("client") or "")
    if not words or not duties.is_granted(DEALS_DUTY, ctx.client.phase, ctx.client.override_map):
        return ask
    if not deals.names_a_deal(ctx, words, match):
        return ask
    return replace(ask, intent="deal.status", duty=DEALS_DUTY, slots={"deal": words, "ask": "owner"})


def _cancel_of_a_request(ctx: Context, ask: Ask) -> Ask:
    """ "cancel the call screening, my afternoon freed up": a cancellation whose words name one of the
    client's open requests ("screen my calls this afternoon") withdraws that request, not an event (which
    only a client who may manage the calendar could cancel)."""
    slots = ask.slots or {}
    words = str(slots.get("event") or "").strip()
    if slots.get("action") != "cancel" or not words or slots.get("follow_up") or ctx.client is None:
        return ask
    # the words up to a break, where a reason after it was read into the name ("… my freed up")
    said = _CANCELLED_WORDS.search(ask.text)
    request = request_followups.named_request(ctx, words) or (
        request_followups.named_request(ctx, said.group("words")) if said else None
    )
    if request is None or request.status in ("done", "cancelled"):
        return ask
    return replace(ask, intent="request.cancel", duty=None, slots={"request": request.id})


_CANCELLED_WORDS = re.compile(
    r"\bcancel (?:the |my |our )?(?P<words>[^,.;:!?—–]+?)(?:\s+(?:please|pls|for me|thanks|thank you))*"
    r"\s*(?:[,.;:!?—–]|$)",
    re.IGNORECASE,
)


def _request_or_deal(ctx: Context, ask: Ask, match: Matcher) -> Ask:
    """ "who has the baker street duplex?": a request question whose words name none of the client's requests
    but one of their deals asks after that deal (read only for a client who may track deals)."""
    words = str((ask.slots or {}).get("about") or "").strip()
    profile = ctx.client
    if not words or profile is None or (ask.slots or {}).get("follow_up"):
        return ask
    if not duties.is_granted(DEALS_DUTY, profile.phase, profile.override_map):
        return ask
    if request_followups.named_request(ctx, words) is not None or not deals.names_a_deal(ctx, words, match):
        return ask
    return replace(ask, intent="deal.status", duty=DEALS_DUTY, slots={"deal": words})


# "anything 4 me?", "whats open rn?": what is waiting, in words a client would use about their calendar
_WAITING_WORDS = re.compile(
    r"^(?:(?:ok|so|and|hey|hi|hello|yo|morning|mornin|good morning|afternoon|gm)[ ,!.]+)*"
    r"(?:(?:got|have you got|do you have|is there) )?(?:any ?thing|any ?thng|any ?thin|something"
    r"|what(?:'s| is|s)?)(?: (?:still|else|new))?"
    r" (?:(?:for|4) me|open|new|waiting|pending|left)\b"
    r"(?!.*\b(?:calendar|schedule|agenda|free|busy|meeting)\b)",
    re.IGNORECASE,
)
# what "anything for me?" reads as alone: a look at the calendar, or nothing Jane understood
_CALENDAR_QUESTIONS = frozenset(("calendar.agenda", "calendar.availability", "unknown"))


# "confirm the Linda call", "reject the Dana one, she's away that day": from a VA, a verdict on a booking
# waiting for them (from a client, the same words ask the VA to confirm an appointment: an errand)
_VERDICT_WORDS = re.compile(
    r"^(?:(?:ok|okay|so|and|yes|yep|great|sorry)[ ,]+)*(?:(?:could|can|would|will) (?:you|u) |would you mind"
    r" |(?:could|can|may) i )?(?:please |kindly |just )?"
    # "would you mind rejecting the haircut, …": the same verdict, asked courteously
    r"(?P<verdict>confirm|approve|accept|reject|decline|turn down|confirming|approving|accepting|rejecting"
    r"|declining|turning down) (?:the |that |this |my )?"
    r"(?P<about>[^,.;]+?)(?: (?P<kind>booking|call|meeting|appointment|one|zoom|draft))?"
    r"(?: for (?:me|her|him|them|us))?(?:,? please)?(?:\?|[.!]+$)?"
    r"(?:\s*[,.;:-]\s*(?P<reason>.+)"
    # "reject the dana call shes travelling tmrw": after what it is called, the reason needs no comma
    r"|(?(kind)\s+(?P<said_why>(?:she|he|they|shes|hes|theyre|she's|he's|they're|because|as|since|cause"
    r"|cuz|no|not|the|their|her|his)\b.+)))?$",
    re.IGNORECASE,
)


def for_the_queue(ctx: Context, ask: Ask) -> Ask:
    """A VA or an admin, who has no calendar here, asking what is waiting ("anything 4 me?", "whats open
    rn?"): their queue, which is what those words ask of someone who works it; "confirm the Linda call":
    the booking waiting for them that those words name."""
    if ctx.asker.client is None:  # (a VA has no calendar: "reject the dana call, she's away tomorrow")
        verdict = _VERDICT_WORDS.match(ask.text.strip())
        if verdict is not None and not verdict.group("about").strip().startswith("#"):
            return _verdict(ask, verdict)
    if ctx.asker.client is not None or ask.intent not in _CALENDAR_QUESTIONS:
        return ask
    if not _WAITING_WORDS.match(ask.text.strip()):
        return ask
    return replace(ask, intent="queue.list", duty=None, slots={})


_POINTING_WORDS = frozenset(("one", "it", "that", "this", "that one", "this one", "them"))


def _verdict(ask: Ask, said: re.Match[str]) -> Ask:
    confirming = said.group("verdict").lower().startswith(("confirm", "approv", "accept"))
    about = said.group("about").strip()
    # "ok, confirm that one", "confirm it": the one waiting (or, with several, asked which)
    slots = {} if about.lower() in _POINTING_WORDS else {"about": about}
    reason = said.group("reason") or said.group("said_why")
    if not confirming and reason:
        slots["reason"] = reason.strip().rstrip(" ?")  # "…, she's away that day?": the reason, not a question
    intent = "booking.confirm" if confirming else "booking.reject"
    return replace(ask, intent=intent, duty=None, slots=slots)


def concrete(ask: Ask) -> Ask:
    """A follow-up that is another capability's ask in other words, as that ask (so the gate checks it):
    "great, book it" after an offer is a booking of the offered slot; "yes please" after a refusal asks
    the VA about the phase that would allow it. Anything else is answered here."""
    slots = ask.slots or {}
    marks = {key: slots[key] for key in ("follow_up", "refers_to") if key in slots}
    if ask.intent != "conversation.confirm":
        return ask
    if slots.get("refers_to") == "offer" and "start" in slots:
        booking = {key: slots[key] for key in ("start", "end", "title", "duration_minutes") if key in slots}
        words = (
            say.CAL_OFFER_WORDS.format(title=slots["title"], words=ask.text)
            if slots.get("title")
            else ask.text
        )
        return replace(
            ask, text=words, intent="calendar.schedule", duty=BOOKING_DUTY, slots={**booking, **marks}
        )
    if slots.get("refers_to") == "refused" and "phase" in slots:
        return replace(ask, intent="phase.request", duty=None, slots={"phase": slots["phase"], **marks})
    return ask


def withdraw(ctx: Context, ask: Ask) -> Reply:
    """ "cancel that": the request, booking draft or reminder the conversation talked about last."""
    slots = ask.slots or {}
    if _number(slots, "reminder") is not None:
        return _cancel_reminder(ctx, _number(slots, "reminder") or 0)
    request = _number(slots, "request")
    if request is None:
        return request_followups.which_to_cancel(ctx)
    return request_followups.withdraw(ctx, request)


def confirm(ctx: Context, ask: Ask) -> Reply:
    """ "book it" about a draft already with the VA: where it stands (offers and refusals became asks)."""
    request = _number(ask.slots or {}, "request")
    if request is None:
        return ask_back(ctx, "confirm")
    return request_followups.already_asked(ctx, request)


def decline(ctx: Context, ask: Ask) -> Reply:
    """ "no thanks" to an offer or to asking the VA about a phase: nothing happens."""
    return Reply(say.DECLINED)


def not_understood(ctx: Context, ask: Ask) -> Reply:
    """An unresolved follow-up is asked back; anything else Jane didn't understand may go to the VA."""
    slots = ask.slots or {}
    kind = slots.get("follow_up")
    if kind == "confirm" and slots.get("refers_to") == "slot" and "start" in slots and "end" in slots:
        start, end = (datetime.fromisoformat(str(slots[key])) for key in ("start", "end"))
        return Reply(say.ASK_BACK_BOOK_WHAT.format(when=span(start, end, ctx.zone, with_day=True)))
    if kind == "ellipsis" and slots.get("also"):
        return Reply(say.ASK_BACK_ADD_TO_WHAT.format(what=escape(str(slots["also"]))))
    if slots.get("ask") == "when":
        return _book_when(ctx, slots)
    return ask_back(ctx, str(kind)) if kind else intake.offer(ctx, ask)


def _book_when(ctx: Context, slots: Mapping[str, Any]) -> Reply:
    """ "book a call with Dana then" with no one time talked about: what time (on the day talked about)."""
    named = slots.get("title")
    title = escape(str(named)) if named else say.ASK_BACK_THAT
    said = escape(str(named)) if named else say.ASK_BACK_SOMETHING
    # kept as the conversation's `question` when it names what to book: "2pm please" then books it
    question = {"intent": "calendar.schedule", "title": str(named)} if named else None
    if "start" not in slots:
        example = say.ASK_BACK_EXAMPLE_NO_DAY.format(title=said)
        asked = Reply(say.ASK_BACK_BOOK_WHEN_NO_DAY.format(title=title, example=example))
        return with_topics(asked, question=question) if question else asked
    start = datetime.fromisoformat(str(slots["start"]))
    day = short_day(start.astimezone(ctx.zone).date(), ctx.zone)
    example = say.ASK_BACK_EXAMPLE.format(title=said, day=day)
    asked = Reply(say.ASK_BACK_BOOK_WHEN.format(day=day, title=title, example=example))
    if question is None:
        return asked
    return with_topics(asked, question={**question, "start": str(slots["start"]), "end": str(slots["end"])})


def ask_back(ctx: Context, kind: str) -> Reply:
    """What Jane asks when a follow-up refers to nothing she can find; with buttons where she can offer
    the readings ("cancel that": each open request's Cancel)."""
    if kind == "withdraw":
        return request_followups.which_to_cancel(ctx)
    return Reply(say.ASK_BACK.get(kind, say.ASK_BACK_DEFAULT))


def _cancel_reminder(ctx: Context, reminder_id: int) -> Reply:
    """A reminder is Jane's own: the reminders capability cancels it."""
    return reminders.cancel(ctx, reminder_id)


def _number(slots: Mapping[str, Any], key: str) -> int | None:
    value = slots.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None
