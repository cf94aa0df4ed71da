"""A booking decided in words: "confirm #12", "reject #12, no openings that day". The same functions as the
Confirm and Reject buttons (handlers.calendar.booking) do the work, with their rights checks; a rejection
needs its reason, as the button's form does, because the client is told why."""

from __future__ import annotations

from handlers.calendar import booking
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import mention
from handlers.core.reply import Button, Reply
from handlers.queue import by_name
from handlers.queue.booking_card import CONFIRM, REJECT, draft_of
from storage.models import Request
from storage.repositories import requests as repo


def confirm(ctx: Context, ask: Ask) -> Reply:
    found = _booking(ctx, ask, CONFIRM)
    return found if isinstance(found, Reply) else booking.confirm(ctx, found.id)


def reject(ctx: Context, ask: Ask) -> Reply:
    found = _booking(ctx, ask, REJECT)
    if isinstance(found, Reply):
        return found
    reason = str((ask.slots or {}).get("reason") or "").strip()
    if reason:
        return booking.reject(ctx, found.id, reason)
    # As the button's form: the right to reject is checked before the reason is asked for.
    if not repo.may_act(ctx.asker, found, "reject"):
        return Reply(say.NOT_YOURS, ephemeral=True)
    button = Button(say.CAL_REJECT, REJECT, str(found.id), "danger")
    return Reply(say.WORDS_REJECT_WHY.format(client=mention(found.client), id=found.id), buttons=(button,))


def _booking(ctx: Context, ask: Ask, action: str) -> Request | Reply:
    """The booking the VA names by number; a sentence when they do not work the queue or it isn't one."""
    if not (ctx.asker.is_va or ctx.asker.is_admin):
        return Reply(say.WORDS_VA_ONLY)
    waiting = [r for r in repo.open_served(ctx.session, ctx.asker) if r.status == "awaiting_confirmation"]
    found = by_name.resolve(ctx, ask.slots or {}, waiting, action, say.WORDS_NOTHING_WAITING)
    if isinstance(found, Reply):
        return found
    if draft_of(found) is None:
        return Reply(say.WORDS_NOT_A_BOOKING.format(id=found.id))
    return found
