"""What the client hears when their calendar can't answer: plain words, with Connect / Reconnect if useful."""

from __future__ import annotations

from handlers.calendar.home import CONNECT_LINK
from handlers.core import messages as say
from handlers.core.context import Context
from handlers.core.reply import Button, Reply
from integrations.calendar import CalendarAccessLost, CalendarError, CalendarNotConnected
from integrations.sentences import UNAVAILABLE
from storage.models import Person

CONNECT = "calendar.connect"  # the DM'd link's URL button; the listener only acknowledges the click


def problem_reply(ctx: Context, error: CalendarError) -> Reply:
    """The error's own sentence; a lost grant also tells the client's VA (nothing is retried)."""
    sentence = str(error) or UNAVAILABLE
    if isinstance(error, CalendarAccessLost):
        tell_va_access_lost(ctx, ctx.asker)
        return Reply(sentence, buttons=connect_buttons(ctx, ctx.asker, say.CAL_RECONNECT))
    if isinstance(error, CalendarNotConnected):
        return Reply(sentence, buttons=connect_buttons(ctx, ctx.asker, say.CAL_CONNECT))
    return Reply(sentence)


def tell_va_access_lost(ctx: Context, client: Person) -> None:
    """Tell the client's VA once a day at most (the key makes repeats no-ops)."""
    profile = client.client
    if profile is None or profile.va is None:
        return
    key = f"calendar-lost:{client.id}:{ctx.now.date().isoformat()}"
    ctx.notify.tell(profile.va, Reply(say.CAL_VA_ACCESS_LOST.format(client=client.user_id)), key=key)


def connect_buttons(ctx: Context, client: Person, label: str) -> tuple[Button, ...]:
    """A "Connect Google Calendar" button when per-client Google sign-in is set up, else none. It asks
    for a link (CONNECT_LINK): links work for minutes only, and only the client's own click makes one."""
    settings = ctx.settings
    if not (settings and settings.google_oauth_client_file and settings.public_url and client.client):
        return ()
    return (Button(label, CONNECT_LINK, style="primary"),)


def link_reply(ctx: Context, client: Person) -> Reply | None:
    """A fresh one-time link for `client` (who just asked for it), to be sent to them alone by DM."""
    if not connect_buttons(ctx, client, say.CAL_CONNECT):
        return None
    from integrations.connect_link import LINK_LIFETIME
    from integrations.google_oauth import connect_url  # Google's OAuth libraries load only when needed

    settings = ctx.settings
    assert settings is not None, "connect_buttons offered a link, so Google sign-in is set up"
    url = connect_url(ctx.session, settings, client)
    minutes = int(LINK_LIFETIME.total_seconds() // 60)
    button = Button(say.CAL_CONNECT, CONNECT, url=url, style="primary")
    return Reply(say.CAL_CONNECT_LINK.format(minutes=minutes), buttons=(button,))


def send_access_lost(ctx: Context, client: Person, error: CalendarError, key: str) -> None:
    """Tell a client (not the asker, e.g. during a VA's confirm) that their grant was lost, with Reconnect."""
    reply = Reply(str(error), buttons=connect_buttons(ctx, client, say.CAL_RECONNECT))
    ctx.notify.tell(client, reply, key=key)
