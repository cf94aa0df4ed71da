"""Reminders through the real runner, on SQLite and PostgreSQL: sent once across runners and crashes,
never after a cancel, at a moved time, and still sent by a runner started after the one that scheduled it."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from sqlalchemy import select

from bot.jobs.kinds import KINDS
from bot.jobs.runner import Runner
from handlers.core.context import Ask, Thread
from handlers.core.context import Context as HandlerContext
from handlers.reminders import job
from handlers.reminders import requests as reminders
from storage.db import make_engine, make_session_factory, unit_of_work
from storage.models import OutboxMessage, Reminder
from storage.repositories import jobs
from storage.repositories import reminders as repo
from tests.fakes.clock import FakeClock
from tests.integration.jobs.conftest import add_client, add_va, outbox_keys

SET_AT = datetime.fromisoformat("2026-11-02T15:00:00+00:00")  # 9:00 AM in Chicago, a Monday
FOUR_PM = datetime.fromisoformat("2026-11-02T22:00:00+00:00")  # 4:00 PM there


class Quiet:
    """The outbox notifier's stand-in for the handler turn: the tests look at the reminder and its job."""

    def refresh_home(self, person) -> None:
        pass


def set_reminder(sessions, text="call the lender", due=FOUR_PM, user="UCLIENT", tz="America/Chicago") -> int:
    """What "remind me at 4 to call the lender" does, through the handler, in its own unit of work."""
    with unit_of_work(sessions) as session:
        va = add_va(session, "UVA")
        client = add_client(session, user, tz=tz, va=va).person
        ctx = HandlerContext(session, client, SET_AT, Quiet(), lambda profile: None, Thread())
        slots = {"due": due.isoformat(), "title": text}
        reply = reminders.create(ctx, Ask(f"remind me at 4 to {text}", "reminder.create", slots=slots))
        assert reply.text.startswith("OK — I'll remind you"), reply.text
        return repo.pending(session, client)[0].id


def reminder_dms(sessions) -> list[OutboxMessage]:
    with sessions() as session:
        rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    return [row for row in rows if row.key.startswith("reminder:")]


def status(sessions, reminder_id) -> str:
    with sessions() as session:
        return session.get_one(Reminder, reminder_id).status


def test_a_reminder_is_sent_at_its_time_once_and_its_job_goes(sessions, world, clock):
    reminder_id = set_reminder(sessions)
    runner = Runner(sessions, world, KINDS, clock=clock, worker="a")

    clock.set(FOUR_PM - timedelta(seconds=1))
    assert runner.run_due() == 0 and reminder_dms(sessions) == []
    clock.set(FOUR_PM)
    runner.run_due()
    runner.run_due()

    [dm] = reminder_dms(sessions)
    assert dm.payload["channel"] == "UCLIENT" and dm.payload["text"] == "⏰ Reminder: call the lender"
    assert status(sessions, reminder_id) == "sent"
    with sessions() as session:
        assert jobs.find(session, job.key(reminder_id)) is None


def test_two_runners_at_once_send_it_once(db_url, sessions, world, clock):
    ids = [set_reminder(sessions, f"call lender {n}", user=f"UCLIENT{n}") for n in range(20)]
    clock.set(FOUR_PM)
    engines = [make_engine(db_url) for _ in range(2)]
    runners = [
        Runner(make_session_factory(engine), world, KINDS, clock=clock, worker=name, batch=3)
        for engine, name in zip(engines, ("a", "b"), strict=True)
    ]
    try:
        threads = [threading.Thread(target=r.run_due) for r in runners]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        for engine in engines:
            engine.dispose()
    sent = sorted(row.payload["channel"] for row in reminder_dms(sessions))
    assert sent == sorted(f"UCLIENT{n}" for n in range(20))  # everyone once, nobody twice
    assert {status(sessions, i) for i in ids} == {"sent"}


def test_a_crashed_runner_s_reminder_is_sent_by_another_after_the_lease(sessions, world, clock):
    reminder_id = set_reminder(sessions)
    clock.set(FOUR_PM)
    with unit_of_work(sessions) as session:
        [taken] = jobs.take_due(session, "crashed", now=clock())  # …and the process dies here
    survivor = Runner(sessions, world, KINDS, clock=clock, worker="survivor")
    assert survivor.run_due() == 0 and reminder_dms(sessions) == []  # the lease still holds

    clock.advance(minutes=6)
    survivor.run_due()
    crashed = Runner(sessions, world, KINDS, clock=clock, worker="crashed")
    assert crashed.run_one(taken.id) is False  # it wakes up: not its job any more

    assert len(reminder_dms(sessions)) == 1 and status(sessions, reminder_id) == "sent"


def test_a_runner_started_after_a_restart_sends_what_fell_due_while_none_ran(db_url, sessions, world):
    first = make_engine(db_url)  # the process the reminder was set in, which then goes away
    reminder_id = set_reminder(make_session_factory(first))
    first.dispose()
    second = make_engine(db_url)  # a new process, started after the reminder fell due
    try:
        later = Runner(
            make_session_factory(second),
            world,
            KINDS,
            clock=FakeClock(FOUR_PM + timedelta(minutes=3)),
            worker="new",
        )
        later.run_due()
    finally:
        second.dispose()
    assert status(sessions, reminder_id) == "sent"
    assert outbox_keys(sessions) == [f"{job.key(reminder_id)}>UCLIENT"]


def test_a_cancelled_reminder_is_never_sent_and_its_job_drops_itself(sessions, world, clock):
    reminder_id = set_reminder(sessions)
    with unit_of_work(sessions) as session:
        owner = session.get_one(Reminder, reminder_id).person
        ctx = HandlerContext(session, owner, SET_AT, Quiet(), lambda profile: None, Thread())
        assert reminders.cancel(ctx, reminder_id).text.startswith("Cancelled your reminder")
    clock.set(FOUR_PM)
    Runner(sessions, world, KINDS, clock=clock, worker="a").run_due()

    assert reminder_dms(sessions) == [] and status(sessions, reminder_id) == "cancelled"
    with sessions() as session:
        assert jobs.find(session, job.key(reminder_id)) is None


def test_a_cancel_after_the_send_is_told_it_was_sent(sessions, world, clock):
    reminder_id = set_reminder(sessions)
    clock.set(FOUR_PM)
    Runner(sessions, world, KINDS, clock=clock, worker="a").run_due()
    with unit_of_work(sessions) as session:
        owner = session.get_one(Reminder, reminder_id).person
        ctx = HandlerContext(session, owner, FOUR_PM, Quiet(), lambda profile: None, Thread())
        assert "was already sent" in reminders.cancel(ctx, reminder_id).text
    assert status(sessions, reminder_id) == "sent"


def test_a_job_taken_before_the_reminder_moved_later_waits_for_the_new_time(sessions, world, clock):
    reminder_id = set_reminder(sessions)
    five_pm = FOUR_PM + timedelta(hours=1)
    clock.set(FOUR_PM)
    with unit_of_work(sessions) as session:
        jobs.take_due(session, "a", now=clock())
        repo.move(session, reminder_id, five_pm)  # "make it 5", committed while runner a holds the job
    with unit_of_work(sessions) as session:
        job_id = jobs.find(session, job.key(reminder_id)).id
    runner = Runner(sessions, world, KINDS, clock=clock, worker="a")
    assert runner.run_one(job_id) is True

    assert reminder_dms(sessions) == [] and status(sessions, reminder_id) == "pending"
    with sessions() as session:
        assert jobs.find(session, job.key(reminder_id)).run_at == five_pm
    clock.set(five_pm)
    runner.run_due()
    assert len(reminder_dms(sessions)) == 1


def test_a_late_daytime_reminder_waits_for_the_morning_rather_than_wake_them(sessions, world, clock):
    reminder_id = set_reminder(sessions)
    clock.set(datetime.fromisoformat("2026-11-03T05:00:00+00:00"))  # 11 PM in Chicago: the runners were down
    runner = Runner(sessions, world, KINDS, clock=clock, worker="a")
    runner.run_due()
    assert reminder_dms(sessions) == [] and status(sessions, reminder_id) == "pending"

    clock.set(datetime.fromisoformat("2026-11-03T13:00:00+00:00"))  # 7 AM there: quiet hours are over
    runner.run_due()
    [dm] = reminder_dms(sessions)
    assert "sorry it comes late" in str(dm.payload["blocks"])
    assert outbox_keys(sessions, "reminder:") == [f"{job.key(reminder_id)}>UCLIENT"]
