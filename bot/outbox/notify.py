"""The Notifier port over the outbox: each outgoing Slack message is a row written in the same transaction.

Keys are deterministic, so writing the same message twice (a retried event, a double click) is a no-op.
A request's card and a person's App Home are *living* rows: one row each, re-armed with new content on
every change, so the sender always publishes the latest state and never an older one after a newer one.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.slack import render
from bot.telemetry.tracing import current as current_request
from handlers.core.context import Thread
from handlers.core.reply import Reply
from storage.models import Person, Request
from storage.repositories import outbox, people

log = logging.getLogger(__name__)

CARD = "_card"  # payload marker: the request id whose queue card this row is
HOME = "_home"  # payload marker: the person id whose App Home this row publishes
REMEMBERED = "_asked"  # payload field kept with a reply, never sent: what the person had asked
URL = "_url"  # where a RESPONSE_URL row goes
RESPONSE_URL = "response_url"  # a pseudo-method: POST the payload to a command's or a click's response_url


# Keys of living rows (re-armed on every change, so kept however old; see `card_key` and `home_key`).
LIVING = ("card:", "home:")


def card_key(request_id: int) -> str:
    return f"card:{request_id}"


def home_key(person_id: int) -> str:
    return f"home:{person_id}"


class OutboxNotifier:
    """Implements handlers.core.context.Notifier; `written` lists the outbox ids to send after commit."""

    def __init__(self, session: Session, *, va_channel: str | None = None, homes: bool = False):
        self.session = session
        self.va_channel = va_channel
        self.homes = homes
        self.written: list[int] = []

    # --- the Notifier port -------------------------------------------------------------------------------

    def tell(
        self,
        person: Person,
        reply: Reply,
        *,
        key: str,
        request: Request | None = None,
        not_before: datetime | None = None,
    ) -> None:
        """DM a person, or answer in the request's original thread when the person is its client."""
        if request is not None and request.channel and person.id == request.client_id:
            where = Thread(request.channel, request.thread_ts)
        else:
            where = Thread(person.user_id, None)
        self._message(where, reply, key=f"{key}>{person.user_id}", not_before=not_before)

    def post_card(self, request: Request, reply: Reply) -> None:
        channel = self._card_channel(request)
        if channel is None:
            log.warning("request %s has no VA, no admin and no JANE_VA_CHANNEL: no card posted", request.id)
            return
        payload = {"channel": channel, **render.message(reply), "unfurl_links": False, CARD: request.id}
        self._put(card_key(request.id), "chat.postMessage", payload)

    def update_card(self, request: Request, reply: Reply) -> None:
        self._rearm(card_key(request.id), render.message(reply))

    def refresh_home(self, person: Person) -> None:
        """One upsert: the row carries only whose Home it is; the sender builds the view when it sends."""
        if not self.homes:
            return
        payload = {"user_id": person.user_id, HOME: person.id}
        row_id = outbox.rearm(
            self.session, home_key(person.id), "views.publish", payload, request_id=current_request()
        )
        if row_id not in self.written:
            self.written.append(row_id)

    # --- what the edge needs besides the port ------------------------------------------------------------

    def post(
        self,
        thread: Thread,
        reply: Reply,
        *,
        key: str,
        user: str | None = None,
        remember: dict | None = None,
        not_before: datetime | None = None,
    ) -> None:
        """A message in a channel (in a thread when `thread.ts`); ephemeral replies go to `user` only.

        `remember` is kept with the row, unsent (e.g. what was asked, for a later "Pass it to my VA").
        """
        self._message(thread, reply, key=key, user=user, remember=remember, not_before=not_before)

    def _message(
        self,
        thread: Thread,
        reply: Reply,
        *,
        key: str,
        user: str | None = None,
        remember: dict | None = None,
        not_before: datetime | None = None,
    ) -> None:
        """The row of one message; `post` (an answer or a thread's news) and `tell` (a DM) both write it."""
        payload: dict[str, Any] = {"channel": thread.channel, **render.message(reply), "unfurl_links": False}
        if thread.ts:
            payload["thread_ts"] = thread.ts
        if remember:
            payload[REMEMBERED] = remember
        if reply.ephemeral and user:
            self._put(key, "chat.postEphemeral", {**payload, "user": user})
        else:
            self._put(key, "chat.postMessage", payload, not_before=not_before)

    def update(self, channel: str, ts: str, reply: Reply, *, key: str) -> None:
        """Redraw a message Jane posted before (a checklist, a settled proposal); once per key."""
        self._put(key, "chat.update", {"channel": channel, "ts": ts, **render.message(reply)})

    def remembered(self, thread: Thread) -> dict[str, Any] | None:
        """What was remembered with Jane's answer to the message at `thread` (see `post(remember=…)`)."""
        row = outbox.by_key(self.session, reply_key(thread.channel, thread.ts))
        return row.payload.get(REMEMBERED) if row is not None else None

    def respond(self, response_url: str, reply: Reply, *, key: str) -> None:
        """Answer a slash command or a click through its response_url (ephemeral unless told otherwise)."""
        payload = {**render.message(reply), "response_type": "ephemeral" if reply.ephemeral else "in_channel"}
        self._put(key, RESPONSE_URL, {**payload, URL: response_url})

    # --- rows ---------------------------------------------------------------------------------------------

    def _put(
        self, key: str, method: str, payload: dict[str, Any], *, not_before: datetime | None = None
    ) -> None:
        row_id = outbox.put(
            self.session, key, method, payload, not_before=not_before, request_id=current_request()
        )
        if row_id is not None:
            self.written.append(row_id)

    def _rearm(self, key: str, changes: dict[str, Any]) -> bool:
        """Give a living row new content and send it again; False when there is no such row."""
        row = outbox.by_key(self.session, key)
        if row is None:
            return False
        outbox.refill(self.session, row, changes, request_id=current_request())
        self.written.append(row.id)
        return True

    def _card_channel(self, request: Request) -> str | None:
        """The VA queue channel; else a DM to the client's VA; else a DM to the first admin."""
        if self.va_channel:
            return self.va_channel
        profile = request.client.client
        if profile is not None and profile.va is not None:
            return profile.va.user_id
        admins = people.admins(self.session)
        return admins[0].user_id if admins else None


def reply_key(channel: str | None, ts: str | None) -> str:
    """The key of Jane's answer to one message: one answer per message, however often it is delivered."""
    return f"reply:{channel}:{ts}"
