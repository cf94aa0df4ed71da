"""Helpers for job tests: people, a fake calendar, the world the kinds run in, and time travel."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from bot.jobs.kinds import KINDS
from bot.jobs.runner import Runner
from bot.outbox.notify import OutboxNotifier
from bot.settings import load_settings
from handlers.proactive.job_run import World
from integrations.calendar import Agenda, Event
from storage.db import unit_of_work
from storage.models import Job, OutboxMessage, Person
from storage.repositories import people
from tests.fakes.clock import FakeClock


class FakeCalendar:
    """Events per client id; `agenda` returns those overlapping the window."""

    def __init__(self) -> None:
        self.events: dict[int, list[Event]] = {}

    def for_client(self, profile):
        events = self.events.get(profile.person_id, [])

        class Gateway:
            def agenda(self, start, end):
                return Agenda(tuple(e for e in events if e.start < end and e.end > start))

        return Gateway()


def calendar_raising(error: Exception):
    """A `calendar_for` whose gateways all raise `error` (a calendar not connected, or access lost)."""

    def for_client(profile):
        class Gateway:
            def agenda(self, start, end):
                raise error

        return Gateway()

    return for_client


@dataclass
class AgendaSpy:
    """Records each morning agenda written to the outbox: to whom, at what (fake) time, for which day."""

    clock: FakeClock
    calls: list[tuple[str, datetime, str]] = field(default_factory=list)


class SpyingNotifier(OutboxNotifier):
    """The real outbox notifier, telling the spy about every agenda it writes."""

    def __init__(self, session, spy: AgendaSpy) -> None:
        super().__init__(session)
        self.spy = spy

    def tell(self, person, reply, *, key, request=None) -> None:
        if key.startswith("agenda:"):  # agenda:<client id>:<local day>
            self.spy.calls.append((person.user_id, self.spy.clock(), key.rsplit(":", 1)[1]))
        super().tell(person, reply, key=key, request=request)


@pytest.fixture
def calendar() -> FakeCalendar:
    return FakeCalendar()


@pytest.fixture
def agenda_spy(clock) -> AgendaSpy:
    return AgendaSpy(clock)


@pytest.fixture
def world(calendar, agenda_spy) -> World:
    return World(
        settings=load_settings(_env_file=None),
        notifier_for=lambda session: SpyingNotifier(session, agenda_spy),
        calendar_for=calendar.for_client,
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime.fromisoformat("2026-11-02T12:00:00+00:00"))


@pytest.fixture
def runner(sessions, world, clock) -> Runner:
    return Runner(sessions, world, KINDS, clock=clock, worker="test-a")


def add_va(session, user_id: str, tz: str = "UTC", hours: tuple[str, str] = ("09:00", "18:00")) -> Person:
    return people.upsert(
        session, user_id, name=user_id.lower(), tz=tz, is_va=True, work_start=hours[0], work_end=hours[1]
    )


def add_client(
    session, user_id: str, *, phase: int = 3, tz: str = "UTC", va: Person | None = None, **profile
):
    person = people.upsert(session, user_id, name=user_id.lower(), tz=tz)
    client = people.make_client(session, person, phase)
    client.va_id = va.id if va else None
    for name, value in profile.items():
        setattr(client, name, value)
    session.flush()
    return client


def travel(runner: Runner, clock: FakeClock, until: datetime) -> None:
    """Jump the clock from one due job to the next, running each, until `until`."""
    while True:
        with unit_of_work(runner.sessions) as session:
            nxt = session.scalar(select(func.min(Job.run_at)))
        if nxt is None or nxt > until:
            clock.set(until)
            runner.run_due()
            return
        clock.set(max(nxt, clock()))
        runner.run_due()


def outbox_keys(sessions, prefix: str = "") -> list[str]:
    with sessions() as session:
        keys = session.scalars(select(OutboxMessage.key).order_by(OutboxMessage.id)).all()
    return [key for key in keys if key.startswith(prefix)]


def hours(n: float) -> timedelta:
    return timedelta(hours=n)
