"""What listeners need, built once by create_app and handed to every listener as `services`."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from slack_sdk import WebClient
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.outbox.delivery import Delivery
from bot.outbox.notify import OutboxNotifier
from bot.outbox.token import TokenState
from bot.settings import Settings
from handlers.core.context import Context, Thread
from storage.models import ClientProfile, Person

if TYPE_CHECKING:
    from bot.edge.inbox_worker import InboxWorker
    from integrations.calendar import CalendarGateway

SLACK_SIDE = "a Slack-facing Jane has a Web API client, a sender and a work pool (the console has none)"


@dataclass
class Unit:
    """One unit of work: a session in a transaction and a notifier writing to the outbox in it."""

    session: Session
    notify: OutboxNotifier
    services: Services
    # The calendars as this unit of work sees them (bot.edge.calendar_port); the services' own by default.
    calendar_for: Callable[[ClientProfile], CalendarGateway] | None = None

    def context(
        self, asker: Person, thread: Thread | None = None, conversation: str | None = None
    ) -> Context:
        """The handlers' view of this unit of work, for one person asking (in `conversation`, if any)."""
        return Context(
            session=self.session,
            asker=asker,
            now=self.services.now(),
            notify=self.notify,
            calendar_for=self.calendar_for or self.services.calendar_for or no_calendar,
            thread=thread or Thread(),
            settings=self.services.settings,
            conversation=conversation,
        )


@dataclass
class Services:
    """The dependencies of every listener; tests swap any of them through create_app's overrides."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Callable[[], datetime]
    # None only in the console, which talks to no Slack: it shows what Jane would send instead.
    client: WebClient | None
    delivery: Delivery | None
    work: Executor | None  # kept requests are carried out here, after the ack
    calendar_for: Callable[[ClientProfile], CalendarGateway] | None = None
    # The ack path's own sessions: a short wait for the database, so that a busy one is told at once (503).
    ack_sessions: sessionmaker[Session] | None = None
    inbox: InboxWorker | None = None  # None in a process that only acks (`jane serve --no-work`)
    google_slots: threading.Semaphore | None = None  # how many Google calls this process makes at once
    # How many units of work run at once: most work threads wait on Google, and those in a transaction
    # are kept few, so that they do not crowd out the acks (the interpreter runs one thread at a time).
    transaction_slots: threading.Semaphore | None = None
    home_view: Callable[[Session, Person], dict[str, Any] | None] | None = None
    token_state: TokenState = field(default_factory=TokenState)  # whether Slack refused the bot token
    _identity: dict[str, Any] | None = field(default=None, repr=False)
    _identity_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def now(self) -> datetime:
        return self.clock()

    def notifier(self, session: Session) -> OutboxNotifier:
        return OutboxNotifier(session, va_channel=self.settings.va_channel, homes=self.home_view is not None)

    @contextmanager
    def unit_of_work(self) -> Iterator[Unit]:
        """Commit the block's changes and its outgoing messages together, then send those messages."""
        with self.sessions.begin() as session:
            unit = Unit(session, self.notifier(session), self)
            yield unit
        assert self.delivery is not None, SLACK_SIDE
        self.delivery.deliver(unit.notify.written)

    @property
    def identity_known(self) -> bool:
        return self._identity is not None

    def identity(self) -> dict[str, Any]:
        """The bot's own ids from auth.test, asked once per process (serve asks at start-up)."""
        with self._identity_lock:
            if self._identity is None:
                assert self.client is not None, SLACK_SIDE
                # auth.test answers JSON; `data` is bytes only for file downloads.
                self._identity = cast(dict[str, Any], self.client.auth_test().data)
            return self._identity


def no_calendar(client: ClientProfile) -> CalendarGateway:
    from integrations.calendar import CalendarNotConnected

    raise CalendarNotConnected("No calendar is connected yet.")
