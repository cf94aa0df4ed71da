"""`jane worker --once` wired to the real app, and the job loop's graceful stop."""

from __future__ import annotations

import threading
from argparse import Namespace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.commands import worker
from bot.jobs.background import JobLoop
from bot.jobs.runner import Runner
from handlers.proactive import job_plan as sync
from storage.db import make_engine, unit_of_work
from storage.models import Job
from storage.repositories import jobs
from storage.types import utcnow
from tests.fakes.slack_api import FakeSlack
from tests.integration.jobs.conftest import add_client

ZONES = ("Pacific/Kiritimati", "Asia/Tokyo", "Asia/Kolkata", "Europe/London", "America/New_York",
         "America/Los_Angeles", "Pacific/Honolulu", "Pacific/Pago_Pago")  # fmt: skip


def daytime_zone() -> ZoneInfo:
    """A zone where it is now mid-day, so an agenda due a minute ago is today's and not at night."""
    return next(z for z in map(ZoneInfo, ZONES) if 9 <= utcnow().astimezone(z).hour < 19)


@pytest.fixture
def environment(monkeypatch, tmp_path, db_url):
    monkeypatch.chdir(tmp_path)  # no stray .env
    with FakeSlack() as slack:
        values = {"DATABASE_URL": db_url, "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "s",
                  "SLACK_API_URL": slack.url}  # fmt: skip
        for name, value in values.items():
            monkeypatch.setenv(name, value)
        # The test schema is built from the models, not by migrations.
        monkeypatch.setattr(worker, "open_database", lambda settings: make_engine(settings.database_url))
        yield slack


def test_worker_once_sends_what_is_due_and_exits(environment, sessions):
    zone = daytime_zone()
    minute_ago = utcnow().astimezone(zone) - timedelta(minutes=1)
    with unit_of_work(sessions) as session:
        client = add_client(session, "UMARIA", tz=zone.key, agenda_time=f"{minute_ago:%H:%M}")
        client.agenda_weekdays_only = False
        key, payload = sync.agenda_key(client.person_id), {"client_id": client.person_id}
        jobs.schedule(session, key, "agenda", utcnow() - timedelta(days=1), payload)  # overdue: runs now
    assert worker.run(Namespace(once=True)) == 0
    [dm] = environment.calls("chat.postMessage")
    assert dm.params["channel"] == "UMARIA"
    with sessions() as session:
        keys = sorted(session.query(Job.key).all())
    # the sweeps were created too, and the reconcile gave the client their weekly review
    expected = [key, "nudges", "reconcile", "retention", sync.review_key(client.person_id)]
    assert [k for (k,) in keys] == expected


def test_the_loop_stops_when_asked(sessions):
    runs = []
    runner = Runner(sessions, None, {}, clock=lambda: datetime.fromisoformat("2026-11-02T12:00:00+00:00"))
    runner.run_due = lambda stopping=None: runs.append(1) or 0  # type: ignore[method-assign]
    loop = JobLoop(runner, poll=60)
    thread = threading.Thread(target=loop.run_forever)
    thread.start()
    loop.stopping.set()
    thread.join(5)
    assert not thread.is_alive() and len(runs) >= 1
