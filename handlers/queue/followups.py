"""A client's follow-ups about one request, in words: "is it done yet?", "cancel that", "and the Parkers
too". The request is the one the conversation talked about last (README.md, "Follow-ups")."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from handlers.core import duration
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape, mention, quote
from handlers.core.naming import named
from handlers.core.reply import Button, Reply
from handlers.core.timefmt import span
from handlers.core.topics import request_topic, with_topics
from handlers.queue import by_name, intake, requests, time_spent, why
from handlers.queue.booking_card import draft_of, kind_of, request_topics
from handlers.queue.requests import CANCEL, act, card, phrase, refresh_homes, when
from storage.models import OPEN_REQUEST_STATUSES, Request
from storage.repositories import requests as repo
from storage.repositories import time_entries

CHOICES = 5  # open requests offered as Cancel buttons when "cancel that" names nothing
CHOICE_LABEL = 40
NAMED_RECENT = 20  # recently finished requests a status question may name by its words


# The client's words under a request's status: enough to tell which request it is, story included
WORDS_SHOWN = 160


def status(ctx: Context, ask: Ask) -> Reply:
    """ "is it done yet?" about the conversation's request, "are the flyers done yet?" about the one request
    those words fit; otherwise every open request."""
    number = _number(ask, "request")
    asked = str((ask.slots or {}).get("asked") or "")
    if number is not None and ctx.client is not None:
        return status_of(ctx, number, asked)
    if number is not None and asked == "time":  # a VA's "how much time was that in total?" just after logging
        return time_spent.total_on(ctx, number)
    if ctx.client is None and not (ask.slots or {}).get("about"):
        # a VA's "what's waiting for me?" is their queue, numbered, so "I'll take it" can follow
        return by_name.queue_list(ctx, ask)
    if ctx.client is None:  # a VA's "has anyone claimed the lamp one yet?": one of their clients' requests
        served = _served_named_by(ctx, str((ask.slots or {}).get("about")))
        if len(served) != 1:
            return by_name.queue_list(ctx, ask)
        # ("how long did the holiday cards take?": the time logged on it)
        return time_spent.total_on(ctx, served[0].id) if asked == "time" else _served_status(served[0], asked)
    about = str((ask.slots or {}).get("about") or "")
    fitting = _named_by(ctx, about)
    if asked == "time" and len(fitting) > 1:
        # "how long did the ad copy end up taking?": of those time was logged on, the one worked on last
        logged = [request for request in fitting if time_entries.spent_on(ctx.session, request.id) > 0]
        fitting = sorted(logged, key=lambda request: request.updated_at)[-1:] or fitting
    if len(fitting) == 1:
        return status_of(ctx, fitting[0].id, asked)
    every = requests.status(ctx, ask)
    if about and ctx.client is not None and not fitting:  # words that name none of them: said, then all
        return replace(every, text=f"{say.STATUS_NONE_ABOUT.format(about=quote(about))}\n{every.text}")
    return every


def named_request(ctx: Context, about: str) -> Request | None:
    """The one open or recently finished request of the asker's that `about` names, if exactly one does."""
    fitting = _named_by(ctx, about)
    return fitting[0] if len(fitting) == 1 else None


def _named_by(ctx: Context, about: str) -> list[Request]:
    """The asker's open and recently finished requests that `about` names; where several do and only one of
    them is still open, that one ("is the toner order still on?" after an earlier toner order was done)."""
    if not about or ctx.client is None:
        return []
    open_ = repo.open_requests(ctx.session, ctx.asker)
    recent = repo.finished_since(ctx.session, ctx.asker, ctx.now - requests.RECENT, limit=NAMED_RECENT)
    fitting = named(about, [*open_, *recent], _what)
    still_open = [request for request in fitting if request in open_]
    return still_open if len(fitting) > 1 and len(still_open) == 1 else fitting


def _served_named_by(ctx: Context, about: str) -> list[Request]:
    """The open requests of the clients a VA serves (everyone's, for an admin) that `about` names, and those
    the asker finished lately."""
    recent = repo.finished_by(ctx.session, ctx.asker, ctx.now - requests.RECENT)
    return named(about, [*repo.open_served(ctx.session, ctx.asker), *recent], _what)


def _served_status(request: Request, asked: str) -> Reply:
    """Where a client's request stands, told to a VA: whose it is, who has it, and its note once done."""
    text = say.REQUEST_SERVED[request.status].format(
        client=mention(request.client),
        phrase=phrase(request.duty),
        owner=_owner(request),
        note=_note(request),
    )
    return _standing(request, text, asked)


def _standing(request: Request, text: str, asked: str) -> Reply:
    """Where a request stands, led by the word that answers what was asked, with the client's words under
    it (a booking is named by its title instead) and the request as the one talked about next."""
    shown = (say.REQUEST_ONE_WORDS.format(words=quote(request.text, WORDS_SHOWN)),)
    words = shown if draft_of(request) is None else ()
    return with_topics(
        Reply(_answering(text, request.status, asked), sections=words), **request_topics(request)
    )


def _note(request: Request) -> str:
    return say.REQUEST_ONE_NOTE.format(note=escape(request.note)) if request.note else ""


def task(ctx: Context, ask: Ask) -> Reply:
    """ "and the Parkers too" after a request adds to it, "oh, make that by Friday" gives it another due
    date; any other errand is a new request."""
    slots = ask.slots or {}
    if slots.get("action") == "due":
        return due_again(ctx, ask)
    return add_to(ctx, ask) if slots.get("also") else intake.handle(ctx, ask)


def due_again(ctx: Context, ask: Ask) -> Reply:
    """The request talked about, due another day: its card updated in place and its VA told; a request
    already done (or a booking, whose day is its time) is said to be so, and nothing is filed."""
    number = _number(ask, "request")
    request = _own(ctx, number) if number is not None else None
    due_at, all_day = intake.due(ask.slots, ctx.zone)
    if request is None or due_at is None:
        return Reply(say.REQUEST_ONE_GONE)
    if request.status not in ("queued", "claimed") or draft_of(request) is not None:
        return Reply(
            say.DUE_TOO_LATE.format(status=say.STATUS_STATE[request.status].format(owner=_owner(request)))
        )
    request.due_at, request.due_all_day = due_at, all_day
    ctx.notify.update_card(request, card(request, request.owner))
    refresh_homes(ctx, request)
    when_due = when(due_at, all_day, ctx.zone)
    if request.owner is not None:
        told = Reply(
            say.DUE_TOLD_OWNER.format(client=ctx.asker.user_id, phrase=phrase(request.duty), when=when_due)
        )
        ctx.notify.tell(request.owner, told, key=f"request:{request.id}:due:{due_at.isoformat()}")
    text = say.DUE_CHANGED.format(phrase=phrase(request.duty), when=when_due)
    return with_topics(Reply(text), request=request_topic(request))


def status_of(ctx: Context, request_id: int, asked: str = "") -> Reply:
    """Where one of the asker's requests stands, its first word answering the yes/no `asked` (messages.py,
    REQUEST_ONE_ANSWER), if one was."""
    request = _own(ctx, request_id)
    if request is None:
        return Reply(say.REQUEST_ONE_GONE)
    if request.status in ("done", "cancelled") and draft_of(request) is not None:
        # "is it confirmed yet?", "what happened to my booking?": booked and by whom, or the VA's reason for
        # turning it down (or that you cancelled it); it stays the topic: "friday then" redrafts it
        told = why.outcome(ctx, request)
        # "is it booked?" about one turned down: No — … (one booked says "Yes — booked …" itself)
        reply = Reply(
            _answering(told, request.status, asked) if asked and request.status == "cancelled" else told
        )
        return with_topics(reply, **request_topics(request))
    if asked == "time":
        return with_topics(Reply(_time_spent(ctx, request)), **request_topics(request))
    if asked == "due":
        return with_topics(Reply(_due(ctx, request)), **request_topics(request))
    template = say.REQUEST_ONE[request.status]
    names = {
        "phrase": phrase(request.duty),
        "va": why.waited_for(request),
        "owner": _owner(request),
        "note": _note(request),
    }
    return _standing(request, template.format(**names, **_booking(ctx, request)), asked)


def _due(ctx: Context, request: Request) -> str:
    """ "when's it due now?": its due date, and where it stands."""
    state = say.STATUS_STATE[request.status].format(owner=_owner(request))
    words, what = quote(request.text, CHOICE_LABEL), phrase(request.duty)
    if request.due_at is None:
        return say.REQUEST_NO_DUE.format(phrase=what, words=words, state=state)
    due = when(request.due_at, request.due_all_day, ctx.zone)
    return say.REQUEST_DUE.format(phrase=what, words=words, when=due, state=state)


def _time_spent(ctx: Context, request: Request) -> str:
    """ "how long did the pens take?": the time logged on the request, corrections included, and by whom."""
    minutes = time_entries.spent_on(ctx.session, request.id)
    what = phrase(request.duty)
    if minutes <= 0:
        return say.REQUEST_TIME_NONE.format(phrase=what, words=quote(request.text, CHOICE_LABEL))
    who = _owner(request) if request.owner is not None else say.REQUEST_TIME_SOMEONE
    words = quote(request.text, CHOICE_LABEL)
    return say.REQUEST_TIME_SPENT.format(who=who, time=duration.show(minutes), phrase=what, words=words)


def _answering(text: str, status: str, asked: str) -> str:
    """`text` led by the word that answers what was asked: "No, not yet — @ben has picked up your …"."""
    words, otherwise = say.REQUEST_ONE_ANSWER.get(asked, say.REQUEST_ONE_ANSWER[""])
    lead = words.get(status, otherwise)
    return say.REQUEST_ONE_LEAD.format(lead=lead, text=text) if lead else text[:1].upper() + text[1:]


def already_asked(ctx: Context, request_id: int) -> Reply:
    """ "book it" about a booking already drafted: it is with the VA (or where it stands since)."""
    request = _own(ctx, request_id)
    if request is None or request.status != "awaiting_confirmation" or draft_of(request) is None:
        return status_of(ctx, request_id)
    text = say.CONFIRM_DRAFT_WAITING.format(**_booking(ctx, request))
    return with_topics(Reply(text), **request_topics(request))


def withdraw(ctx: Context, request_id: int) -> Reply:
    """ "cancel that": the request (or booking draft) cancelled and its card updated; answered here."""
    request = _own(ctx, request_id)
    if request is None:
        return Reply(say.NOTHING_TO_CANCEL)
    if request.status not in OPEN_REQUEST_STATUSES:
        return Reply(say.WITHDRAW_TOO_LATE.format(status=say.STATUS_STATE[request.status]))
    refused = act(ctx, request.id, CANCEL, tell_client=False)
    if refused is not None:
        return replace(refused, ephemeral=False)
    if (draft := draft_of(request)) is not None:
        withdrawn = say.WITHDRAWN_BOOKING if kind_of(draft) == "booking" else say.WITHDRAWN_CHANGE
        return Reply(withdrawn.format(**_booking(ctx, request)))
    return Reply(say.WITHDRAWN_REQUEST.format(phrase=phrase(request.duty)))


def which_to_cancel(ctx: Context) -> Reply:
    """ "cancel that" with nothing to refer to: the asker's open requests, each with its Cancel button."""
    open_ = repo.open_requests(ctx.session, ctx.asker) if ctx.client is not None else []
    if not open_:
        return Reply(say.NOTHING_TO_CANCEL)
    buttons = tuple(
        Button(f"{say.CANCEL}: {quote(_what(request), CHOICE_LABEL)}", CANCEL, str(request.id))
        for request in open_[:CHOICES]
    )
    return Reply(say.ASK_BACK_WHICH_REQUEST, buttons=buttons)


def add_to(ctx: Context, ask: Ask) -> Reply:
    """ "and the Parkers too": added to the request it follows while that is still open, else a new one."""
    slots = ask.slots or {}
    number = _number(ask, "request")
    request = _own(ctx, number) if number is not None else None
    if request is None or request.status not in ("queued", "claimed"):
        first = f"{request.text}\n" if request is not None else ""
        return intake.handle(ctx, replace(ask, text=f"{first}{ask.text}", slots={}))
    request.text = f"{request.text}\n{ask.text}"  # the VA reads the addition under the first words
    ctx.notify.update_card(request, card(request))
    refresh_homes(ctx, request)
    words = escape(str(slots.get("also") or ask.text))
    if request.owner is not None:
        told = Reply(
            say.ALSO_TOLD_OWNER.format(client=ctx.asker.user_id, phrase=phrase(request.duty), words=words)
        )
        ctx.notify.tell(
            request.owner, told, key=f"request:{request.id}:also:{ctx.thread.channel}:{ctx.thread.ts}"
        )
    text = say.ALSO_ADDED.format(words=words, phrase=phrase(request.duty))
    return with_topics(Reply(text), request=request_topic(request))


def _number(ask: Ask, key: str) -> int | None:
    value = (ask.slots or {}).get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _own(ctx: Context, request_id: int) -> Request | None:
    request = repo.get(ctx.session, request_id)
    return request if request is not None and request.client_id == ctx.asker.id else None


def _booking(ctx: Context, request: Request) -> dict[str, str]:
    """A booking draft's title and time, for the sentences about it (nothing for another request)."""
    draft = draft_of(request)
    if draft is None:
        return {}
    start, end = datetime.fromisoformat(draft["start"]), datetime.fromisoformat(draft["end"])
    return {"title": escape(draft["title"]), "when": span(start, end, ctx.zone, with_day=True)}


def _what(request: Request) -> str:
    draft = draft_of(request)
    return draft["title"] if draft is not None else request.text


def _owner(request: Request) -> str:
    return mention(request.owner) if request.owner is not None else say.SOMEONE
