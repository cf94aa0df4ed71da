"""The end of a "Connect Google Calendar" sign-in, told in Slack: connected, or the wrong Google account
(README: "The connect link"). The web route (bot/web/oauth.py) decides which; these say it."""

from __future__ import annotations

from handlers.core import messages as say
from handlers.core.context import Notifier
from handlers.core.mrkdwn import escape
from handlers.core.reply import Reply
from storage.models import Person


def tell_connected(notify: Notifier, client: Person, key: str) -> None:
    notify.tell(client, Reply(say.CAL_CONNECTED), key=f"calendar-connected:{key}")
    notify.refresh_home(client)


def tell_wrong_account(notify: Notifier, client: Person, signed_in: str | None, key: str) -> None:
    """Nothing was stored: the client hears which account was used, and so does their VA."""
    words = {
        "account": escape(signed_in) if signed_in else say.CAL_CONNECT_UNCONFIRMED_ACCOUNT,
        "email": escape(client.email or ""),
        "client": client.user_id,
    }
    notify.tell(client, Reply(say.CAL_CONNECT_WRONG_ACCOUNT.format(**words)), key=f"calendar-wrong:{key}")
    va = client.client.va if client.client else None
    if va is not None:
        notify.tell(va, Reply(say.CAL_VA_CONNECT_WRONG_ACCOUNT.format(**words)), key=f"calendar-wrong:{key}")
