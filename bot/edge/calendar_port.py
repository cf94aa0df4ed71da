"""The calendar port that keeps Google out of every transaction (ARCHITECTURE.md, A request's path).

Handlers ask `ctx.calendar_for(profile).agenda(…)` as if the answer were at hand. Inside a unit of work the
port answers from what it already fetched; a question it has no answer for yet raises `NeedsCalendar`,
which the edge catches: it rolls the transaction back, asks Google with no transaction open, and runs
the same work again with the answer. So the handlers stay plain functions, SQLite's write lock is never
held across the network, and a client's calendar answers are the same on every round of one request.

Calendars that live in Jane's own database (the local calendar) and calendars that refuse at once (not
connected, access lost) are given to the handlers as they are: they make no network call.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from integrations.calendar import Agenda, Busy, CalendarError, CalendarGateway, Created, EventChange, NewEvent
from storage.models import ClientProfile, Person

log = logging.getLogger(__name__)

MAX_ROUNDS = 8  # rounds of one unit of work: each asks one more calendar question

CalendarFor = Callable[[ClientProfile], CalendarGateway]


class NeedsCalendar(Exception):
    """Raised inside a unit of work: the answer to `key` must be fetched first (with no transaction)."""

    def __init__(self, key: Hashable, fetch: Callable[[], object]) -> None:
        super().__init__(f"calendar question {key!r} not answered yet")
        self.key, self.fetch = key, fetch


class TooManyRounds(Exception):
    """A unit of work kept asking new calendar questions."""


@dataclass
class Answers:
    """What the calendars answered during one request (or job run), by question; errors included, since
    "Google is unavailable" is an answer the handler turns into a sentence."""

    got: dict[Hashable, object] = field(default_factory=dict)
    rounds: int = 0

    def fetch(self, need: NeedsCalendar, slots: threading.Semaphore | None = None) -> None:
        """Ask the question now (no transaction is open), at most `slots` at once in this process."""
        self.rounds += 1
        if self.rounds > MAX_ROUNDS:
            raise TooManyRounds(f"more than {MAX_ROUNDS} calendar questions in one unit of work")
        if slots is not None:
            slots.acquire()
        try:
            self.got[need.key] = need.fetch()
        except CalendarError as error:
            self.got[need.key] = error
        finally:
            if slots is not None:
                slots.release()

    def port(self, calendar_for: CalendarFor) -> CalendarFor:
        """The `calendar_for` to give the handlers of one round."""

        def deferring(profile: ClientProfile) -> CalendarGateway:
            gateway = calendar_for(profile)
            if not getattr(gateway, "remote", True):
                return gateway
            return _Deferred(self, calendar_for, profile)

        return deferring


class _Deferred:
    """A remote calendar seen from inside a transaction: answers what was fetched, asks for the rest."""

    def __init__(self, answers: Answers, calendar_for: CalendarFor, profile: ClientProfile) -> None:
        self.answers, self.calendar_for, self.profile = answers, calendar_for, profile

    def agenda(self, start: datetime, end: datetime) -> Agenda:
        return self._ask(("agenda", start.isoformat(), end.isoformat()), lambda g: g.agenda(start, end))

    def busy(self, start: datetime, end: datetime) -> list[Busy]:
        return self._ask(("busy", start.isoformat(), end.isoformat()), lambda g: g.busy(start, end))

    def create(self, event: NewEvent) -> Created:
        return self._ask(("create", event.key), lambda g: g.create(event))

    def change(self, change: EventChange) -> None:
        self._ask(("change", change.key), lambda g: g.change(change))

    def _ask(self, question: tuple[str, ...], call: Callable[[CalendarGateway], Any]) -> Any:
        key = (self.profile.person_id, *question)
        if key in self.answers.got:
            answer = self.answers.got[key]
            if isinstance(answer, CalendarError):
                raise answer
            return answer
        detached = detach(self.profile)  # read now, inside the transaction, for use after it
        raise NeedsCalendar(key, lambda: call(self.calendar_for(detached)))


def detach(profile: ClientProfile) -> ClientProfile:
    """A copy of a client's profile that belongs to no session: the gateway built from it writes a
    refreshed token in a short transaction of its own, not in the one being rolled back."""
    person = profile.person
    copy = ClientProfile(
        person_id=profile.person_id, phase=profile.phase, va_id=profile.va_id,
        calendar_id=profile.calendar_id, google_token=profile.google_token,
        google_scopes=profile.google_scopes, google_access_lost_at=profile.google_access_lost_at,
    )  # fmt: skip
    copy.person = Person(
        id=person.id, team_id=person.team_id, user_id=person.user_id, name=person.name, email=person.email,
        tz=person.tz,
    )  # fmt: skip
    return copy
