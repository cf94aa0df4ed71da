"""The request sections of the App Home: a client's open requests; a VA's (or admin's) queue."""

from __future__ import annotations

from handlers.core import messages
from handlers.core.context import Context
from handlers.core.home import Item, Section, clipped
from handlers.core.mrkdwn import mention, quote
from handlers.core.reply import Button
from handlers.phases import duties
from handlers.queue import requests
from storage.models import Request
from storage.repositories import requests as repo


def requests_section(ctx: Context) -> Section | None:
    """A client's open requests, each with Cancel while nobody has picked it up."""
    if ctx.client is None:
        return None
    items = [
        Item(
            _request_line(ctx, r),
            (Button(messages.CANCEL, requests.CANCEL, str(r.id)),) if r.status == "queued" else (),
        )
        for r in repo.open_requests(ctx.session, ctx.asker)
    ]
    return Section(messages.HOME_REQUESTS_TITLE, clipped(items) or (Item(messages.HOME_REQUESTS_NONE),))


def queue_section(ctx: Context) -> Section | None:
    """The open requests of the clients this VA serves (an admin: everyone's), with their card's buttons."""
    if not (ctx.asker.is_va or ctx.asker.is_admin):
        return None
    open_ = repo.open_served(ctx.session, ctx.asker)
    items = [Item(_queue_line(ctx, r), requests.card(r).buttons) for r in reversed(open_)]  # oldest first
    return Section(messages.HOME_QUEUE_TITLE, clipped(items) or (Item(messages.HOME_QUEUE_NONE),))


def _request_line(ctx: Context, request: Request) -> str:
    return messages.HOME_REQUEST_LINE.format(id=request.id, text=quote(request.text), **_state(ctx, request))


def _queue_line(ctx: Context, request: Request) -> str:
    label = duties.BY_ID[request.duty].label if request.duty in duties.BY_ID else request.duty
    words = {"client": mention(request.client), "label": label, **_state(ctx, request)}
    return messages.HOME_QUEUE_LINE.format(id=request.id, text=quote(request.text), **words)


def _state(ctx: Context, request: Request) -> dict[str, str]:
    owner = mention(request.owner) if request.owner else messages.SOMEONE
    due = ""
    if request.due_at:
        due = messages.TASK_DUE.format(when=requests.when(request.due_at, request.due_all_day, ctx.zone))
    return {"state": messages.STATUS_STATE[request.status].format(owner=owner), "due": due}
