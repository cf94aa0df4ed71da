"""The runner on real SQLite and PostgreSQL: atomic takes, leases, catch-up once, failures retried."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from bot.jobs.runner import Runner
from handlers.proactive.job_run import JobRun
from storage.db import make_engine, make_session_factory, unit_of_work
from storage.repositories import jobs, outbox
from tests.fakes.clock import FakeClock

START = datetime.fromisoformat("2026-11-02T12:00:00+00:00")
DAY = timedelta(days=1)


class Recorder:
    """A daily kind that notes each run and writes one outbox row per run."""

    def __init__(self) -> None:
        self.runs: list[tuple[str, datetime, datetime]] = []
        self.lock = threading.Lock()

    def __call__(self, run: JobRun) -> datetime:
        with self.lock:
            self.runs.append((run.job.key, run.due, run.now))
        outbox.put(run.session, f"{run.job.key}@{run.due.isoformat()}", "chat.postMessage", {"channel": "C"})
        return run.now + DAY


def make_runner(sessions, clock, kinds, name="a") -> Runner:
    return Runner(sessions, None, kinds, clock=clock, worker=name, batch=3)


def schedule(sessions, key, at, kind="daily"):
    with unit_of_work(sessions) as session:
        jobs.schedule(session, key, kind, at, {})


def test_a_due_job_runs_once_and_is_rescheduled_from_now(sessions):
    clock, kind = FakeClock(START), Recorder()
    schedule(sessions, "j1", START - timedelta(minutes=1))
    schedule(sessions, "later", START + timedelta(hours=1))
    runner = make_runner(sessions, clock, {"daily": kind})
    assert runner.run_due() == 1
    assert runner.run_due() == 0
    assert [key for key, _, _ in kind.runs] == ["j1"]
    with sessions() as session:
        job = jobs.find(session, "j1")
        assert job.run_at == START + DAY and job.locked_by is None and job.last_run_at == START


def test_a_runner_that_was_down_catches_up_once_not_once_per_missed_day(sessions):
    clock, kind = FakeClock(START), Recorder()
    schedule(sessions, "daily", START - 5 * DAY)
    runner = make_runner(sessions, clock, {"daily": kind})
    runner.run_due()
    runner.run_due()
    assert len(kind.runs) == 1
    with sessions() as session:
        assert jobs.find(session, "daily").run_at == START + DAY


def test_a_crashed_runners_job_is_retaken_after_the_lease(sessions):
    clock, kind = FakeClock(START), Recorder()
    schedule(sessions, "j1", START)
    crashed = make_runner(sessions, clock, {"daily": kind}, "crashed")
    survivor = make_runner(sessions, clock, {"daily": kind}, "survivor")
    with unit_of_work(sessions) as session:
        [taken] = jobs.take_due(session, "crashed", now=clock())  # …and then it dies
        job_id = taken.id
    assert survivor.run_due() == 0  # the lease still holds
    clock.advance(minutes=6)
    assert survivor.run_due() == 1
    assert crashed.run_one(job_id) is False  # it wakes up: the job is no longer its to run
    assert len(kind.runs) == 1


def test_a_failing_kind_is_retried_later_for_the_same_occurrence(sessions):
    clock, attempts = FakeClock(START), []

    def flaky(run: JobRun):
        attempts.append((run.due, run.now))
        if len(attempts) == 1:
            raise RuntimeError("calendar down")
        return run.now + DAY

    due = START - timedelta(minutes=1)
    schedule(sessions, "j1", due)
    runner = make_runner(sessions, clock, {"daily": flaky})
    runner.run_due()
    with sessions() as session:
        job = jobs.find(session, "j1")
        assert job.last_error == "RuntimeError: calendar down" and job.run_at > START
        retry_at = job.run_at
    clock.set(retry_at)
    runner.run_due()
    assert [d for d, _ in attempts] == [due, due]  # the retry still stands for the missed occurrence
    with sessions() as session:
        job = jobs.find(session, "j1")
        assert job.run_at == retry_at + DAY and "due" not in job.payload and job.last_error is None


def test_an_unknown_kind_is_recorded_not_fatal(sessions):
    schedule(sessions, "odd", START, kind="nonesuch")
    schedule(sessions, "j2", START)
    kind = Recorder()
    make_runner(sessions, FakeClock(START), {"daily": kind}).run_due()
    assert [key for key, _, _ in kind.runs] == ["j2"]
    with sessions() as session:
        assert "nonesuch" in jobs.find(session, "odd").last_error


def test_a_kind_returning_none_drops_the_job(sessions):
    schedule(sessions, "once", START)
    make_runner(sessions, FakeClock(START), {"daily": lambda run: None}).run_due()
    with sessions() as session:
        assert jobs.find(session, "once") is None


def test_runners_with_their_own_engines_never_run_an_occurrence_twice(db_url, sessions):
    clock, kind = FakeClock(START), Recorder()
    for n in range(60):
        schedule(sessions, f"job{n}", START - timedelta(seconds=n))
    engines = [make_engine(db_url) for _ in range(3)]
    runners = [
        make_runner(make_session_factory(e), clock, {"daily": kind}, f"w{i}") for i, e in enumerate(engines)
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
    keys = [key for key, _, _ in kind.runs]
    assert sorted(keys) == sorted(f"job{n}" for n in range(60))
    with sessions() as session:
        assert outbox.pending_count(session) == 60


def test_a_stop_request_ends_the_run_after_the_batch_in_hand(sessions):
    stopping = threading.Event()

    def stop_after_this(run: JobRun):
        stopping.set()  # e.g. SIGTERM arrived while this job ran
        return run.now + DAY

    for n in range(7):
        schedule(sessions, f"job{n}", START)
    runner = make_runner(sessions, FakeClock(START), {"daily": stop_after_this})
    assert runner.run_due(stopping) == 3  # the batch in hand finishes; nothing more is taken
