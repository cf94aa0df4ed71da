"""The explicit inputs every handler receives: who asks, the unit of work, the clock and the ports."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers.core.timefmt import zone_of
from integrations.google_settings import GoogleSettings
from storage.models import ClientProfile, Person, Request

if TYPE_CHECKING:
    from handlers.core.reply import Reply
    from integrations.calendar import CalendarGateway


class Notifier(Protocol):
    """Messages to people other than the one being answered; written to the outbox in this transaction."""

    def tell(
        self,
        person: Person,
        reply: Reply,
        *,
        key: str,
        request: Request | None = None,
        not_before: datetime | None = None,
    ) -> None:
        """DM a person, or reply in a request's original thread when `request` is given; not before
        `not_before` when given (the client's quiet hours)."""

    def post(self, thread: Thread, reply: Reply, *, key: str) -> None:
        """A message in a conversation (in its thread when the thread has a ts), for everyone in it."""

    def update(self, channel: str, ts: str, reply: Reply, *, key: str) -> None:
        """Redraw a message Jane posted before (a checklist, a settled proposal); once per key."""

    def remembered(self, thread: Thread) -> dict[str, Any] | None:
        """What was kept with Jane's answer to the message at `thread` (what the person had asked)."""

    def post_card(self, request: Request, reply: Reply) -> None:
        """Post a request's card to the VA queue channel."""

    def update_card(self, request: Request, reply: Reply) -> None:
        """Update a request's card in place."""

    def refresh_home(self, person: Person) -> None:
        """Re-publish a person's App Home after something they see changed."""


class Settings(GoogleSettings, Protocol):
    """The deployment settings handlers read (bot.settings.Settings has them all)."""

    @property
    def pipeline(self) -> str: ...

    @property
    def client_quiet_hours(self) -> str: ...

    @property
    def confirmations_at(self) -> str: ...

    @property
    def unclaimed_nudge_minutes(self) -> int: ...

    @property
    def stale_deal_days(self) -> int: ...

    @property
    def conversation_minutes(self) -> int: ...


@dataclass
class Thread:
    """Where the message being answered lives in Slack (absent in the console)."""

    channel: str | None = None
    ts: str | None = None
    shared: bool = False  # a channel others read, not a direct message: answers about a person stay private


@dataclass
class Context:
    """One handler call's world. Handlers read and write only through it."""

    session: Session
    asker: Person
    now: datetime
    notify: Notifier
    calendar_for: Callable[[ClientProfile], CalendarGateway]
    thread: Thread
    settings: Settings | None = None
    conversation: str | None = None  # the key of the conversation whose topics follow-ups read (none: a job)

    @property
    def client(self) -> ClientProfile | None:
        return self.asker.client

    @property
    def zone(self) -> ZoneInfo:
        return zone_of(self.asker)

    @property
    def local_now(self) -> datetime:
        return self.now.astimezone(self.zone)

    @property
    def news_thread(self) -> Thread:
        """Where news about something asked now goes later: this thread, or the person's DM when others
        read along here (a VA's updates on a request are the client's business alone)."""
        return Thread() if self.thread.shared else self.thread


@dataclass(frozen=True)
class Ask:
    """What the client said and what Jane understood of it (the parser's result, without the parser)."""

    text: str
    intent: str
    duty: str | None = None
    slots: Mapping[str, Any] | None = None  # slot name to JSON-friendly value
