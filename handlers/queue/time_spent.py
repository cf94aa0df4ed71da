"""Time spent on requests: given with Done, added later with Log time (a card's button, "log 30m on #12"),
and corrected with a negative entry ("log -15m on #12"). Entries are never edited (storage.models.TimeEntry).

Who may log: whoever may finish the request (the client's VA, an admin) and the VA who holds it.
"""

from __future__ import annotations

from datetime import timedelta

from handlers.core import duration
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import mention, quote
from handlers.core.naming import named
from handlers.core.reply import Reply, record_id
from handlers.core.topics import with_topics
from handlers.queue import requests
from storage.models import Person, Request
from storage.repositories import requests as repo
from storage.repositories import time_entries

RECENTLY_FINISHED = timedelta(days=7)  # a request finished within this may still be named to log time on


def may_log(person: Person, request: Request) -> bool:
    holds_it = person.is_va and request.owner_id == person.id
    return holds_it or repo.may_act(person, request, "done")


def log(ctx: Context, request_id: int, minutes: int | None, note: str | None = None) -> Reply:
    """Log `minutes` (negative: a correction) on a request for the asker; the answer to them."""
    request = repo.get(ctx.session, request_id)
    if request is None:
        return Reply(say.TIME_NO_REQUEST.format(id=request_id), ephemeral=True)
    if not may_log(ctx.asker, request):
        return Reply(say.NOT_YOURS, ephemeral=True)
    if not minutes:
        return Reply(say.TIME_NOTHING, ephemeral=True)
    mine = time_entries.spent_on(ctx.session, request.id, ctx.asker.id)
    if mine + minutes < 0:
        return Reply(say.TIME_TOO_MUCH_OFF.format(spent=duration.show(mine)), ephemeral=True)
    time_entries.add(ctx.session, request, ctx.asker, minutes, at=ctx.now, note=note)
    requests.refresh_homes(ctx, request, ctx.asker)
    total = time_entries.spent_on(ctx.session, request.id)
    template = say.TIME_LOGGED if minutes > 0 else say.TIME_CORRECTED
    return Reply(
        template.format(
            spent=duration.show(abs(minutes)), id=request.id, client=mention(request.client),
            text=quote(request.text, 60), total=duration.show(total),
        ),
        ephemeral=True,
    )  # fmt: skip


def total_on(ctx: Context, request_id: int) -> Reply:
    """ "how much time was that in total?" from someone who works the request: the time on it, by everyone."""
    request = repo.get(ctx.session, request_id)
    if request is None:
        return Reply(say.TIME_NO_REQUEST.format(id=request_id))
    if not may_log(ctx.asker, request):
        return Reply(say.NOT_YOURS)
    total = time_entries.spent_on(ctx.session, request.id)
    text = say.TIME_TOTAL if total else say.TIME_TOTAL_NONE
    return Reply(
        text.format(
            total=duration.show(total),
            id=request.id,
            client=mention(request.client),
            text=quote(request.text, 60),
        )
    )


def handle(ctx: Context, ask: Ask) -> Reply:
    """ "log 30m on #12": slots `request`, and `minutes` (or `spent`, the words Jane could not read)."""
    slots = ask.slots or {}
    request_id = record_id(str(slots.get("request") or ""))
    if request_id is None and slots.get("about"):  # "put an hour and a half on the Baker ad"
        about = str(slots["about"])
        fitting = named(about, repo.open_served(ctx.session, ctx.asker), lambda r: r.text)
        if not fitting:  # one the asker finished lately: "put 15 minutes on the coffee pods one"
            finished = repo.finished_by(ctx.session, ctx.asker, ctx.now - RECENTLY_FINISHED)
            fitting = named(about, finished, lambda r: r.text)
        request_id = fitting[0].id if len(fitting) == 1 else None
    if request_id is None:
        return Reply(say.TIME_WHICH_REQUEST)
    if slots.get("minutes") is None:
        return Reply(say.TIME_UNREADABLE.format(text=quote(str(slots.get("spent") or ""), 40)))
    note = slots.get("note")
    logged = _plain(log(ctx, request_id, int(slots["minutes"]), str(note) if note else None))
    request = repo.get(ctx.session, request_id)
    if request is None:
        return logged
    # the request logged on is then the one talked about: "how much time was that in total?"
    return with_topics(logged, request={"id": request.id, "duty": request.duty, "text": request.text})


def _plain(reply: Reply) -> Reply:
    """An answer in the conversation's thread rather than privately: the VA is the only one in a DM."""
    return Reply(reply.text, reply.sections, reply.buttons, reply.footnote)
