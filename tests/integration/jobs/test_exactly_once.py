"""Exactly once, across runners and a Slack outage: 200 clients whose agendas fall due in the same minute.

Two runners, each with its own engine, outbox sender and Web API client, share one injected clock. The
fake Slack refuses every call for 30 seconds of that clock; the senders retry with backoff as the clock
moves on. Every client must then have exactly one agenda DM, sent after Slack recovered.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from slack_sdk import WebClient

from bot.jobs.kinds import KINDS
from bot.jobs.runner import Runner
from bot.outbox.delivery import Delivery
from bot.outbox.notify import OutboxNotifier
from bot.settings import load_settings
from handlers.proactive import job_plan as sync
from handlers.proactive.job_run import World
from integrations.calendar import Event
from storage.db import make_engine, make_session_factory, unit_of_work
from storage.repositories import outbox
from tests.fakes.clock import FakeClock
from tests.fakes.slack_api import FakeSlack
from tests.integration.jobs.conftest import FakeCalendar, add_client

CLIENTS = 200
ZONES = ("America/Chicago", "Europe/London", "America/New_York", "Europe/Berlin")
OUTAGE = timedelta(seconds=30)


class SlackWithOutage(FakeSlack):
    """The fake Slack, down (HTTP 503) while the injected clock is inside a window."""

    def __init__(self, clock: FakeClock, start: datetime, end: datetime) -> None:
        super().__init__()
        self.clock, self.window = clock, (start, end)
        self.refused = 0
        self.accepted_at: list[datetime] = []

    def _handle(self, method, params, token):
        now = self.clock()
        if self.window[0] <= now < self.window[1]:
            with self._lock:
                self.refused += 1
            return 503, {"ok": False, "error": "service_unavailable"}, {}
        answer = super()._handle(method, params, token)
        with self._lock:
            self.accepted_at.append(now)
        return answer


def the_minute() -> datetime:
    """14:00 UTC on a weekday at least two days ahead of the real clock (outbox rows use real time)."""
    day = (datetime.now(UTC) + timedelta(days=2)).date()
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(14), tzinfo=UTC)


def seed(sessions, calendar: FakeCalendar, due: datetime) -> None:
    with unit_of_work(sessions) as session:
        for n in range(CLIENTS):
            zone = ZoneInfo(ZONES[n % len(ZONES)])
            local = due.astimezone(zone)  # each client's own wall-clock time for the shared minute
            client = add_client(session, f"U{n:08d}", tz=zone.key, agenda_time=f"{local:%H:%M}")
            begins = local.replace(hour=16, minute=0)
            calendar.events[client.person_id] = [
                Event(f"e{n}", f"Meeting {n}", begins, begins + timedelta(hours=1))
            ]
            sync.sync_client(session, client, due - timedelta(hours=1), "15:00")


def one_process(db_url: str, slack: FakeSlack, clock: FakeClock, calendar: FakeCalendar, name: str):
    engine = make_engine(db_url)
    sessions = make_session_factory(engine)
    client = WebClient(token="xoxb-test", base_url=slack.url, timeout=5)
    delivery = Delivery(sessions, client, clock=clock)
    world = World(
        settings=load_settings(_env_file=None),
        notifier_for=lambda session: OutboxNotifier(session),
        calendar_for=calendar.for_client,
        deliver=delivery.deliver,
    )
    return engine, Runner(sessions, world, KINDS, clock=clock, worker=name, batch=10), delivery


def in_parallel(*calls) -> None:
    errors: list[BaseException] = []

    def guarded(call):
        try:
            call()
        except BaseException as error:  # noqa: BLE001 - re-raised in the test thread below
            errors.append(error)

    threads = [threading.Thread(target=guarded, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    if errors:
        raise errors[0]


@pytest.mark.parametrize("outage", [False, True], ids=["slack-up", "slack-down-30s"])
def test_two_runners_send_every_agenda_exactly_once(backend, db_url, sessions, calendar, outage):
    if backend != "postgresql":
        pytest.skip("the 200-client run is PostgreSQL's; test_runner covers concurrent runners on SQLite")
    due = the_minute()
    clock = FakeClock(due + timedelta(seconds=5))
    window = (due, due + OUTAGE) if outage else (due, due)
    seed(sessions, calendar, due)
    with SlackWithOutage(clock, *window) as slack:
        a, b = (one_process(db_url, slack, clock, calendar, name) for name in ("worker-a", "worker-b"))
        try:
            in_parallel(a[1].run_due, b[1].run_due)
            while clock() < due + OUTAGE + timedelta(minutes=2):
                clock.advance(seconds=15)
                in_parallel(a[2].run_due, b[2].run_due)
        finally:
            a[0].dispose()
            b[0].dispose()
        posts = slack.calls("chat.postMessage")
        refused = slack.refused
        accepted_at = slack.accepted_at
    channels = sorted(call.params["channel"] for call in posts)
    assert channels == sorted(f"U{n:08d}" for n in range(CLIENTS))  # everyone, and nobody twice
    assert all("Meeting" in call.text for call in posts)
    with sessions() as session:
        assert outbox.pending_count(session) == 0
    if outage:
        assert refused >= CLIENTS  # every first attempt met the outage…
        assert min(accepted_at) >= due + OUTAGE  # …and nothing got through until Slack was back
    else:
        assert refused == 0
