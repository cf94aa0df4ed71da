"""The App Home's Google Calendar section: connected, lost or not yet, with a (Re)connect button when
per-client Google sign-in is set up. The button asks for a link by DM (bot/listeners/calendar.py), so
rendering the Home, which happens on every change, never creates sign-in states of its own."""

from __future__ import annotations

from handlers.core import messages as say
from handlers.core.context import Context
from handlers.core.home import Item, Section
from handlers.core.reply import Button

CONNECT_LINK = "calendar.connect_link"  # Home's button: DM me a fresh "Connect Google Calendar" link


def home_section(ctx: Context) -> Section | None:
    """A Phase III-or-not client's calendar connection; None where Google sign-in isn't configured."""
    settings = ctx.settings
    if ctx.client is None or settings is None or not settings.google_oauth_client_file:
        return None
    if ctx.client.google_token:
        return Section(say.CAL_HOME_TITLE, (Item(say.CAL_HOME_CONNECTED),))
    if ctx.client.google_access_lost_at is not None:
        button = Button(say.CAL_RECONNECT, CONNECT_LINK, style="primary")
        return Section(say.CAL_HOME_TITLE, (Item(say.CAL_HOME_LOST, (button,)),))
    button = Button(say.CAL_CONNECT, CONNECT_LINK, style="primary")
    return Section(say.CAL_HOME_TITLE, (Item(say.CAL_HOME_NOT_CONNECTED, (button,)),))
