"""The App Home's reminders: what Jane will remind the person of, soonest first, each with Cancel."""

from __future__ import annotations

from handlers.core import messages as say
from handlers.core.context import Context
from handlers.core.home import Item, Section, clipped
from handlers.core.reply import Button
from handlers.reminders import requests, show
from storage.repositories import reminders as repo


def home_section(ctx: Context) -> Section | None:
    """Always for a client; for a VA or an admin only while they have reminders (their Home is work)."""
    pending = repo.pending(ctx.session, ctx.asker)
    if not pending and ctx.client is None:
        return None
    items = [
        Item(show.line(r, ctx.zone, ctx.now), (Button(say.REMINDER_CANCEL, requests.CANCEL, str(r.id)),))
        for r in pending
    ]
    return Section(say.REMINDER_HOME_TITLE, clipped(items) or (Item(say.REMINDER_HOME_NONE),))
