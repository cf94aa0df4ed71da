"""A conversation's memory (README.md, "Follow-ups: `--context`"): what its last answers were about, kept
in the database per conversation, so that whichever process takes the next message reads it against them.

A topic expires once nobody has talked about it for `JANE_CONVERSATION_MINUTES`, and when the talk turns:
a message that is no follow-up and talks about something new drops the older topics of the same family (a
new day asked about drops the slot and the offer of the last one; a new deal, the deals Jane asked to
choose from; a new errand, the last one and the phase that refused an ask). A follow-up keeps them and
marks the topic it used as just talked about; what it withdrew or answered ("cancel that", "yes please")
is gone. Help, smalltalk and what Jane did not understand leave everything as it was, so a "thanks!"
between two questions loses nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from handlers.core.context import Ask, Context
from handlers.core.reply import Reply
from handlers.core.topics import stated
from storage.repositories import conversations as repo

DEFAULT_MINUTES = 30
FAMILIES: Mapping[str, str] = {
    "window": "calendar", "slot": "calendar", "event": "calendar", "offer": "calendar",
    "deal": "deals", "deals": "deals",
    # a booking waiting for the VA, an errand and a reminder are each still pending after another is asked
    # for ("book Dana at 1", "remind me at 4 …", "scrap that booking"); a pronoun takes the latest of them
    "draft": "bookings", "request": "errands", "reminder": "reminders",
    # a refusal leaves the request just filed standing ("order pens and what's on tomorrow?" then "is it
    # done yet?"); only another refusal replaces it
    "refused": "refusals",
    "phase": "phases",
    "agenda": "agenda",
    "review": "review",
    "client": "clients",
    "question": "question",
}  # fmt: skip
ASIDES = frozenset({"help", "smalltalk", "unknown"})  # turns that change nothing about the subject
ANSWERED = frozenset(
    {"offer", "refused", "question"}
)  # what a yes or a no to it uses up ("book it", "no thanks")
LAST = "last"
Topics = dict[str, dict[str, Any]]


def recall(ctx: Context) -> Topics:
    """The topics of the asker's conversation that have not expired (none outside a conversation)."""
    if ctx.conversation is None:
        return {}
    return fresh(repo.topics(ctx.session, ctx.conversation), ctx.now, quiet_spell(ctx))


def remember(ctx: Context, topics: Topics, ask: Ask, reply: Reply) -> Topics:
    """Keep what this turn was about, in the same unit of work as its answer; the topics now kept."""
    if ctx.conversation is None:
        return topics
    kept = after(topics, ask, reply, ctx.now)
    if kept != topics:
        _keep(ctx, kept)
    return kept


def asked_together(ctx: Context, topics: Topics, lasts: list[dict[str, Any] | None]) -> None:
    """After a message that asked one thing as a whole and then one part of it ("how is the duplex doing and
    when does it close?"), or two parts ("what stage is lakeview at and who's handling it?"), the next "and
    the duplex?" asks the whole again: the last turn is kept as the broadest ask, whose answer covers the
    parts."""
    final = topics.get(LAST)
    if ctx.conversation is None or final is None:
        return
    alike = [last for last in lasts if last and last.get("intent") == final.get("intent")]
    whole = any(not _part_of(last) for last in alike)
    parts = {str((last.get("slots") or {}).get("ask")) for last in alike}
    if not (whole or len(parts) > 1) or not _part_of(final):
        return
    slots = {key: value for key, value in (final.get("slots") or {}).items() if key not in _PARTS}
    _keep(ctx, {**topics, LAST: {**final, "slots": slots}})


_PARTS = ("ask", "stage", "question")  # the slots that ask one part of what a question is about


def _part_of(last: Mapping[str, Any]) -> bool:
    return bool(set(_PARTS) & set(last.get("slots") or {}))


def note(ctx: Context, reply: Reply, settled: tuple[str, ...] = ()) -> None:
    """Add what a click's answer talked about (a deal picked from Jane's choices) to its conversation; the
    `settled` topics are done with (an offer the click took up)."""
    named = stated(reply)
    if ctx.conversation is None or not named:
        return
    kept = {kind: fields for kind, fields in recall(ctx).items() if kind not in settled}
    _keep(ctx, {**kept, **_stamped(named, ctx.now)})


def after(topics: Topics, ask: Ask, reply: Reply, now: datetime) -> Topics:
    """The topics once `ask` has been answered by `reply` (a pure function: the rules in the docstring)."""
    named = _stamped(stated(reply), now)
    if ask.intent in ASIDES and not named:
        return dict(topics)
    slots = ask.slots or {}
    kept = dict(topics)
    used = slots.get("refers_to")
    if slots.get("follow_up") is None:
        turned = {FAMILIES[kind] for kind in named}
        kept = {kind: fields for kind, fields in kept.items() if FAMILIES.get(kind) not in turned}
    elif isinstance(used, str) and used in kept and used != LAST:
        if slots.get("follow_up") == "withdraw" or slots.get("follow_up") == "confirm" and used in ANSWERED:
            del kept[used]
        else:
            kept[used] = {**kept[used], "at": now.isoformat()}
    kept.update(named)
    kept[LAST] = {"intent": ask.intent, "slots": _plain(slots), "at": now.isoformat()}
    return kept


def fresh(topics: Mapping[str, Any], now: datetime, quiet: timedelta) -> Topics:
    """The topics set or used within the quiet spell before `now`."""
    return {
        kind: dict(fields)
        for kind, fields in topics.items()
        if isinstance(fields, Mapping) and (at := _moment(fields.get("at"))) is not None and at >= now - quiet
    }


def quiet_spell(ctx: Context) -> timedelta:
    return timedelta(minutes=getattr(ctx.settings, "conversation_minutes", None) or DEFAULT_MINUTES)


def _keep(ctx: Context, topics: Topics) -> None:
    assert ctx.conversation is not None, "only a conversation keeps topics"
    repo.keep(ctx.session, ctx.conversation, ctx.asker.id, topics, ctx.now)
    # Conversations quiet for longer than the spell remember nothing: their rows can go.
    repo.forget_quiet(ctx.session, ctx.asker.id, ctx.now - quiet_spell(ctx))


def _stamped(named: Topics, now: datetime) -> Topics:
    return {kind: {**fields, "at": now.isoformat()} for kind, fields in named.items() if kind in FAMILIES}


def _plain(slots: Mapping[str, Any]) -> dict[str, Any]:
    """The slots as stored JSON (tuples become lists), without the follow-up marks."""
    kept = {key: value for key, value in slots.items() if key not in ("follow_up", "refers_to")}
    return dict(json.loads(json.dumps(kept, default=list)))


def _moment(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
    return moment if moment is not None and moment.tzinfo is not None else None
