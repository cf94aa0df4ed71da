"""The console's stand-in for Slack's edge: each typed line becomes the `Incoming` a listener would get.

A message gets a synthetic thread (its own ts in the typist's channel, as a Slack DM would), so what
Jane offers in reply to it ("Pass it to my VA") can be taken up later, and a console command standing for
a button runs the listener's own work on a click. Nothing is sent: rows are written to the outbox and the
console shows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, object_session, sessionmaker

from bot.edge.handoff import Incoming
from bot.edge.services import Services, Unit
from bot.outbox.notify import OutboxNotifier
from bot.settings import Settings
from handlers.core.context import Context, Thread
from handlers.core.reply import Reply
from integrations.local_calendar import LocalCalendar
from storage.models import ClientProfile, Person
from storage.repositories import events, people

LINE = "console-line:"  # event-id prefix that numbers console lines, so each has a ts of its own
DIRECT = "im"  # the console is a direct message with Jane: one conversation, whatever the line


class ConsoleNotifier(OutboxNotifier):
    """The outbox notifier, keeping aside the replies a listener answers the typist with.

    Those are printed as Jane's answer; everything else written is shown as "→ to @name" lines.
    """

    def __init__(self, session: Session):
        super().__init__(session)
        self.answers: dict[int, Reply] = {}  # outbox id → the reply it holds

    def post(
        self,
        thread: Thread,
        reply: Reply,
        *,
        key: str,
        user: str | None = None,
        remember: dict[str, Any] | None = None,
        not_before: datetime | None = None,
    ) -> None:
        written = len(self.written)
        super().post(thread, reply, key=key, user=user, remember=remember, not_before=not_before)
        if len(self.written) > written:  # telling someone does not come through here: that is no answer
            self.answers[self.written[-1]] = reply


@dataclass
class Turn:
    """One typed line: its unit of work, who typed it, and its ts in the typist's own channel."""

    unit: Unit
    person: Person
    ts: str

    @property
    def channel(self) -> str:
        return self.person.user_id  # posting to a user id is a DM in Slack, and the console names it

    @property
    def ctx(self) -> Context:
        typed = self.message("")
        return self.unit.context(self.person, typed.thread, typed.conversation)

    @property
    def notify(self) -> ConsoleNotifier:
        """The turn's notifier, which keeps aside the replies that answer the typist."""
        notify = self.unit.notify
        assert isinstance(notify, ConsoleNotifier), "a console turn writes through the console notifier"
        return notify

    def message(self, text: str) -> Incoming:
        return Incoming(
            kind="event", key=f"{self.channel}:{self.ts}", user_id=self.person.user_id,
            channel=self.channel, ts=self.ts, thread_ts=self.ts, text=text, channel_type=DIRECT,
        )  # fmt: skip

    def click(self, action: str, value: str) -> Incoming:
        return Incoming(
            kind="action", key=f"action:{self.ts}:{self.person.user_id}", user_id=self.person.user_id,
            channel=self.channel, ts=self.ts, thread_ts=self.ts, action_id=action, value=value,
            channel_type=DIRECT,
        )  # fmt: skip


def begin(services: Services, session: Session, person_id: int) -> Turn:
    """A turn for the next line, numbered once in the database (demo files outlive console sessions)."""
    number = events.count_with_prefix(session, LINE) + 1
    while not events.record_once(session, f"{LINE}{number}"):
        number += 1
    person = session.get_one(Person, person_id)
    return Turn(Unit(session, ConsoleNotifier(session), services), person, str(number))


def services(sessions: sessionmaker[Session], clock: Callable[[], datetime]) -> Services:
    """The listeners' services in the console: defaults only, the local calendar, and nothing that
    talks to Slack (no client, sender or pool), since the console shows what Jane would send."""
    return Services(
        settings=Settings.model_construct(), engine=sessions.kw["bind"], sessions=sessions, clock=clock,
        client=None, delivery=None, work=None, calendar_for=local_calendar,
    )  # fmt: skip


def local_calendar(profile: ClientProfile) -> LocalCalendar:
    """The demo's calendar is always the local one, in the console's own unit of work."""

    def own_session() -> nullcontext[Session]:
        session = object_session(profile)
        assert session is not None, "the console's profiles come from its own unit of work"
        return nullcontext(session)

    return LocalCalendar(own_session, profile.person_id)


def find(session: Session, name: str) -> Person | None:
    """A person by name or Slack user id, ignoring case and a leading @."""
    wanted = name.strip().lstrip("@").lower()
    return next(
        (p for p in people.everyone(session) if wanted in (p.user_id.lower(), (p.name or "").lower())),
        None,
    )


def mentions(session: Session, text: str) -> str:
    """@name → <@U…>, as picking a person from Slack's autocomplete sends it."""

    def mention(word: re.Match[str]) -> str:
        person = find(session, word[1])
        return f"<@{person.user_id}>" if person else word[0]

    return re.sub(r"(?<!\S)@(\w+)", mention, text)
