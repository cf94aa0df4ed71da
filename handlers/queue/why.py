"""“Why wasn't my haircut booked?”: what became of one of the client's requests, in the words of whoever
decided it (the VA's reason for turning a booking down is kept on the request)."""

from __future__ import annotations

import re
from datetime import datetime

from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape, mention, quote
from handlers.core.reply import Reply
from handlers.core.timefmt import span
from handlers.core.topics import with_topics
from handlers.queue.booking_card import draft_of, kind_of, request_topics
from storage.models import Person, Request
from storage.repositories import people
from storage.repositories import requests as repo

SEARCHED = 50  # the client's latest requests looked through for the words asked about
_WORD = re.compile(r"[a-z0-9]{3,}")
_SMALL = frozenset(
    {"the", "and", "for", "with", "that", "this", "was", "wasnt", "why", "not", "didnt", "booked"}
)


def why(ctx: Context, ask: Ask) -> Reply:
    """What happened to the request the client names (or the conversation's last one), and why."""
    slots = ask.slots or {}
    number, about = slots.get("request"), str(slots.get("about") or "").strip()
    request = _own(ctx, number) if isinstance(number, int) else _about(ctx, about) if about else None
    if request is None:
        return Reply(say.WHY_NOTHING.format(about=quote(about)) if about else say.WHY_WHICH)
    return with_topics(Reply(outcome(ctx, request)), **request_topics(request))


def outcome(ctx: Context, request: Request) -> str:
    """What became of the request, and why, in the words of whoever decided it."""
    draft = draft_of(request)
    title = escape(draft["title"]) if draft is not None else quote(request.text)
    if request.status == "awaiting_confirmation" and draft is not None:
        when = _when(ctx, draft["start"], draft["end"])
        return say.WHY_WAITING.format(title=title, when=when, va=waited_for(request))
    decider = _decider(ctx, request)
    kind = kind_of(draft) if draft is not None else None
    change = kind in ("move", "cancel")
    if request.status == "done" and draft is not None:
        who = mention(decider) if decider is not None else say.THE_VA.lower()
        done = say.WHY_CHANGED.get(kind or "", say.WHY_BOOKED)
        return done.format(title=title, when=_when(ctx, draft["start"], draft["end"]), who=who)
    if request.status == "cancelled" and decider is not None and decider.id == request.client_id:
        return (say.WHY_CHANGE_CANCELLED_BY_YOU if change else say.WHY_CANCELLED_BY_YOU).format(title=title)
    if request.status == "cancelled" and draft is not None:
        who = mention(decider) if decider is not None else say.THE_VA
        if request.note:
            rejected = say.WHY_CHANGE_REJECTED if change else say.WHY_REJECTED
            return rejected.format(who=who, title=title, note=escape(request.note))
        silent = say.WHY_CHANGE_REJECTED_NO_REASON if change else say.WHY_REJECTED_NO_REASON
        return silent.format(who=who, title=title)
    note = say.WHY_DONE_NOTE.format(note=escape(request.note)) if request.note else ""
    if request.status == "cancelled":
        return say.WHY_CANCELLED.format(note=note)
    if request.status == "done":
        return say.WHY_DONE.format(owner=mention(decider) if decider else say.SOMEONE, note=note)
    owner = mention(request.owner) if request.owner is not None else say.SOMEONE
    return say.WHY_OPEN.format(state=say.STATUS_STATE[request.status].format(owner=owner))


def waited_for(request: Request) -> str:
    """Who a waiting request waits for: "your VA, @ana," or, for a client without one, "a VA"."""
    profile = request.client.client
    va = profile.va if profile is not None else None
    return say.REQUEST_ONE_VA.format(name=mention(va)) if va is not None else say.REQUEST_ONE_TEAM


def _decider(ctx: Context, request: Request) -> Person | None:
    """Who moved the request into its present state (its latest transition's actor)."""
    moves = repo.transitions(ctx.session, request.id)
    actor = moves[-1].actor_id if moves else None
    return people.get(ctx.session, actor) if actor is not None else None


def _about(ctx: Context, about: str) -> Request | None:
    """The client's latest request whose words (or booking title) share the most words with `about`."""
    wanted = _words(about)
    best: tuple[int, Request | None] = (0, None)
    for request in repo.list_requests(ctx.session, client=ctx.asker, limit=SEARCHED):
        draft = draft_of(request)
        score = len(wanted & _words(f"{request.text} {draft['title'] if draft else ''}"))
        if score > best[0]:  # newest first, so a tie keeps the newer
            best = (score, request)
    return best[1]


def _own(ctx: Context, request_id: int) -> Request | None:
    request = repo.get(ctx.session, request_id)
    return request if request is not None and request.client_id == ctx.asker.id else None


def _words(text: str) -> set[str]:
    """The words that can tell requests apart, plural or not ("haircuts" finds "haircut")."""
    return {word.rstrip("s") for word in _WORD.findall(text.lower().replace("'", "")) if word not in _SMALL}


def _when(ctx: Context, start: str, end: str) -> str:
    return span(datetime.fromisoformat(start), datetime.fromisoformat(end), ctx.zone, with_day=True)
