"""The queue in words: what a VA or an admin says instead of pressing Claim, Done or Release ("claim #12",
"I'll take the newest one", "done with #12, ordered 5 reams", "hand #12 back"), "what's in my queue?", and
a client's "cancel my printer paper request".

Words are resolved against the asker's own queue and then run through the very function the buttons call
(handlers.queue.requests.act), so the rights checks and the single-winner transitions are the buttons'.
When the words fit several requests, Jane asks back with one button per request; she never guesses.
Slots (README.md, `jane parse`): `request` (a number), `which` ("newest"/"oldest"), `about`, `note`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import mention, quote
from handlers.core.naming import named
from handlers.core.reply import Button, Reply
from handlers.core.topics import with_topics
from handlers.queue import requests
from handlers.queue.booking_card import CONFIRM, REJECT, draft_of, drafted_when
from storage.models import Person, Request
from storage.repositories import requests as repo

MAX_CHOICES = 5
MAX_LINES = 20
CHOICE_LABEL = 40  # characters of a request's words on a button

Pick = Callable[[Context], Sequence[Request]]


def queue_list(ctx: Context, ask: Ask) -> Reply:
    """A VA's (an admin's: everyone's) open requests, oldest first, with Claim on those nobody has; a
    client asking the same gets their own requests."""
    if not _works_the_queue(ctx):
        return requests.status(ctx, ask)
    open_ = list(reversed(repo.open_served(ctx.session, ctx.asker)))
    whose = say.WORDS_QUEUE_EVERYONE if ctx.asker.is_admin else say.WORDS_QUEUE_YOURS
    if (ask.slots or {}).get("waiting") == "confirmation":
        return _to_confirm(ctx, [r for r in open_ if r.status == "awaiting_confirmation"])
    if not open_:
        return Reply(requests.whether(say.WORDS_QUEUE_NONE.format(whose=whose), ask, False))
    lines = "\n".join(line(r) for r in open_[:MAX_LINES])
    queued = [r for r in open_ if r.status == "queued"]
    claims = tuple(_choice(r, requests.CLAIM) for r in queued[:MAX_CHOICES])
    # "I'll take it" next: the one request listed; after several, no earlier request (it asks back which)
    listed = topic(open_[0]) if len(open_) == 1 else {"listed": [r.id for r in open_[:MAX_LINES]]}
    extras = {"topics": {"request": listed}}
    headline = requests.whether(say.WORDS_QUEUE.format(whose=whose, count=len(open_)), ask, True)
    return Reply(headline, sections=(lines,), buttons=claims, extras=extras)


def _to_confirm(ctx: Context, waiting: Sequence[Request]) -> Reply:
    """ "any bookings I need to confirm?": the bookings waiting for a VA's yes or no, each with Confirm and
    Reject; one alone is then the request talked about ("confirm it")."""
    if not waiting:
        return Reply(say.WORDS_CONFIRM_NONE)
    lines = "\n".join(line(r) for r in waiting[:MAX_LINES])
    shown = waiting[:MAX_CHOICES]
    buttons = tuple(
        button
        for r in shown
        for button in (
            Button(say.WORDS_CONFIRM_ONE.format(id=r.id), CONFIRM, str(r.id), "primary"),
            Button(say.WORDS_REJECT_ONE.format(id=r.id), REJECT, str(r.id), "danger"),
        )
    )
    listed = topic(waiting[0]) if len(waiting) == 1 else {"listed": [r.id for r in waiting[:MAX_LINES]]}
    headline = say.WORDS_CONFIRM_WAITING.format(count=len(waiting))
    return Reply(headline, sections=(lines,), buttons=buttons, extras={"topics": {"request": listed}})


def client_queue(ctx: Context, client: Person) -> Reply:
    """ "what's tom waiting on?": one client's open requests, oldest first, with Claim on those nobody has
    (the caller has checked that the asker serves the client)."""
    open_ = list(reversed(repo.open_requests(ctx.session, client)))
    whose = mention(client)
    if not open_:  # still the client talked about: "and which phase is he on?"
        none = Reply(say.WORDS_QUEUE_CLIENT_NONE.format(client=mention(client)))
        return with_topics(none, client={"name": client.label})
    lines = "\n".join(line(r) for r in open_[:MAX_LINES])
    claims = tuple(_choice(r, requests.CLAIM) for r in open_ if r.status == "queued")[:MAX_CHOICES]
    listed = topic(open_[0]) if len(open_) == 1 else {"listed": [r.id for r in open_[:MAX_LINES]]}
    headline = say.WORDS_QUEUE.format(whose=whose, count=len(open_))
    topics = {"request": listed, "client": {"name": client.label}}  # "and which phase is he on?" next
    return Reply(headline, sections=(lines,), buttons=claims, extras={"topics": topics})


def claim(ctx: Context, ask: Ask) -> Reply:
    return _act(ctx, ask, requests.CLAIM, _queued, say.WORDS_NOTHING_QUEUED)


def done(ctx: Context, ask: Ask) -> Reply:
    return _act(ctx, ask, requests.DONE, _claimed_by_asker, say.WORDS_NOTHING_CLAIMED)


def release(ctx: Context, ask: Ask) -> Reply:
    return _act(ctx, ask, requests.RELEASE, _claimed_by_asker, say.WORDS_NOTHING_CLAIMED)


def withdraw(ctx: Context, ask: Ask) -> Reply:
    """ "cancel my printer paper request": the client's own open request those words name (a VA's: one of
    their clients'), cancelled as the Cancel button does."""
    return _act(ctx, ask, requests.CANCEL, _withdrawable, say.WORDS_NO_OPEN)


def resolve(
    ctx: Context, slots: Mapping[str, Any], candidates: Sequence[Request], action: str, none: str
) -> Request | Reply:
    """The request the words name: by number, newest/oldest, or the only one that fits; else the ask-back
    (a button per fitting request for `action`) or the sentence `none` when nothing is there at all."""
    number = slots.get("request")
    if isinstance(number, int):
        request = repo.get(ctx.session, number)
        return request or Reply(say.WORDS_NO_SUCH_REQUEST.format(id=number))
    about = str(slots.get("about") or "")
    fitting = named(about, candidates, _words_of) if about else list(candidates)  # newest first
    if not candidates:
        return Reply(none)
    if not fitting:
        return _choices(say.WORDS_NONE_ABOUT.format(about=quote(about)), candidates, action)
    which = slots.get("which")
    if which in ("newest", "oldest"):
        return fitting[0] if which == "newest" else fitting[-1]
    if len(fitting) == 1:
        return fitting[0]
    return _which(fitting, action)


# The move each button makes, as the intent an answer in words makes it: "the mailing list one"
_ASKED_WHICH = {
    requests.CLAIM: "queue.claim",
    requests.DONE: "queue.done",
    requests.RELEASE: "queue.release",
    requests.CANCEL: "request.cancel",
}


def _which(requests_: Sequence[Request], action: str) -> Reply:
    """ "Which one do you mean?", with a button each; kept as the conversation's `question`, so that "the
    mailing list one", "#6" or "the second one" answers it."""
    asked = _choices(say.WORDS_WHICH, requests_, action)
    intent = _ASKED_WHICH.get(action)
    listed = [request.id for request in requests_[:MAX_LINES]]  # in the order shown: "the second one"
    return with_topics(asked, question={"intent": intent, "listed": listed}) if intent else asked


def _choices(text: str, requests_: Sequence[Request], action: str) -> Reply:
    """The requests it could be, listed, with a button each for `action`."""
    lines = "\n".join(line(r) for r in requests_[:MAX_LINES])
    return Reply(text, sections=(lines,), buttons=tuple(_choice(r, action) for r in requests_[:MAX_CHOICES]))


def line(request: Request) -> str:
    state = say.STATUS_STATE[request.status].format(
        owner=mention(request.owner) if request.owner else say.SOMEONE
    )
    # (a booking keeps its title and time whole, however long the words it was asked in: they are clipped)
    text = _words_of(request, quote)
    return say.WORDS_LINE.format(id=request.id, client=mention(request.client), text=text, state=state)


def topic(request: Request) -> dict[str, Any]:
    """The conversation topic a request leaves behind, for "I'll take it" or "hand it back" next."""
    return {"id": request.id, "duty": request.duty, "text": request.text}


def _act(ctx: Context, ask: Ask, action: str, pick: Pick, none: str) -> Reply:
    slots = ask.slots or {}
    # ("done with the envelopes, …" names its request by words, so it points at nothing)
    pointed = slots.get("follow_up") == "pronoun" and not isinstance(slots.get("request"), int)
    pointed = pointed and not slots.get("about")
    if action != requests.CANCEL and not _works_the_queue(ctx):
        # "I'll take it" from a client points at nothing of the queue's: asked what it means
        return Reply(say.ASK_BACK["pronoun"] if pointed else say.WORDS_VA_ONLY)
    if pointed:  # "I'll take it" with no one request talked about: never a guess between several
        candidates = pick(ctx)
        if len(candidates) != 1 or action == requests.CANCEL:
            return _which(candidates, action) if candidates else Reply(none)
        slots = {**slots, "request": candidates[0].id}  # the one card waiting for the VA is what "it" is
    found = resolve(ctx, slots, pick(ctx), action, none)
    if isinstance(found, Reply):
        return found
    note = slots.get("note") if action == requests.DONE else None
    refused = requests.act(ctx, found.id, action, note=str(note) if note else None)
    if refused is not None:
        return refused
    return Reply(_done_sentence(found, action, bool(note)), extras={"topics": {"request": topic(found)}})


def _done_sentence(request: Request, action: str, with_note: bool) -> str:
    words = {"id": request.id, "client": mention(request.client), "text": quote(_words_of(request))}
    template = {
        requests.CLAIM: say.WORDS_CLAIMED,
        requests.RELEASE: say.WORDS_RELEASED,
        requests.DONE: say.WORDS_DONE_NOTE if with_note else say.WORDS_DONE,
        requests.CANCEL: say.WORDS_WITHDRAWN,
    }[action]
    return template.format(**words)


def _works_the_queue(ctx: Context) -> bool:
    return ctx.asker.is_va or ctx.asker.is_admin


def _queued(ctx: Context) -> Sequence[Request]:
    return [r for r in repo.open_served(ctx.session, ctx.asker) if r.status == "queued"]


def _claimed_by_asker(ctx: Context) -> Sequence[Request]:
    return [
        r
        for r in repo.open_served(ctx.session, ctx.asker)
        if r.status == "claimed" and r.owner_id == ctx.asker.id
    ]


def _withdrawable(ctx: Context) -> Sequence[Request]:
    if ctx.client is not None:
        return repo.open_requests(ctx.session, ctx.asker)
    return repo.open_served(ctx.session, ctx.asker)


def _words_of(request: Request, shown: Callable[[str], str] = str) -> str:
    """What a request is called: a booking by its title and the time it is drafted for (which may have
    changed since), as well as the words it was asked in; each `shown` as the place needs it (quoted)."""
    draft = draft_of(request)
    words = shown(request.text)
    return f"{shown(draft['title'])}, {drafted_when(request)} — {words}" if draft else words


def _choice(request: Request, action: str) -> Button:
    """One request to pick in an ask-back: its number and words on the button of the action asked for."""
    label, value = f"#{request.id} {' '.join(_words_of(request).split())[:CHOICE_LABEL]}", str(request.id)
    return {
        requests.CLAIM: Button(label, requests.CLAIM, value),
        requests.DONE: Button(label, requests.DONE, value),
        requests.RELEASE: Button(label, requests.RELEASE, value),
        requests.CANCEL: Button(label, requests.CANCEL, value),
        CONFIRM: Button(label, CONFIRM, value),
        REJECT: Button(label, REJECT, value),
    }[action]
