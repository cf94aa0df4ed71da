"""Scenario fixtures: the real Jane (create_app + bot.web.server) on a loopback port, a fake Slack Web API,
signed requests, and seeded people.

    def test_x(served, people, fake_slack):
        status, _ = served.send(payloads.message_event(people.client, "help"))
        served.settle()                               # every listener and delivery has finished
        assert fake_slack.calls("chat.postMessage")

`served.settle()` waits (polling, no fixed sleep) until both thread pools are idle; `wait_for` polls any
predicate. Each test gets a fresh database (SQLite and PostgreSQL, from tests/conftest.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.app import Jane, create_app
from bot.settings import Settings, load_settings
from storage.models import OutboxMessage, Request
from storage.repositories import people as people_repo
from tests import loopback, payloads
from tests.fakes.clock import FakeClock
from tests.fakes.slack_api import FakeSlack

VA_CHANNEL = "C0QUEUE01"
NOW = "2026-11-25T15:00:00+00:00"  # a Wednesday; 09:00 in Chicago


class TrackingExecutor(ThreadPoolExecutor):
    """A thread pool that knows when it has nothing queued or running (for settle(), not for timing)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._busy = 0
        self._idle = threading.Condition()

    def submit(self, fn, /, *args, **kwargs):
        with self._idle:
            self._busy += 1
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(self._done)
        return future

    def _done(self, _future) -> None:
        with self._idle:
            self._busy -= 1
            self._idle.notify_all()

    @property
    def busy(self) -> int:
        with self._idle:
            return self._busy


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args) -> None:
        pass


@dataclass
class Served:
    """One Jane serving HTTP on 127.0.0.1, and helpers to talk to it like Slack does."""

    jane: Jane
    url: str
    work: TrackingExecutor
    acks: TrackingExecutor

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self.jane.services.sessions

    def post(self, request: payloads.SlackRequest | dict, path: str = "/slack/events") -> tuple[int, str]:
        """POST a request (a payload is signed first); (status, body). Never raises for 4xx/5xx."""
        if isinstance(request, dict):
            request = payloads.sign(request)
        return http_post(self.url + path, request.body, request.headers)

    def send(self, payload: dict) -> str:
        """Sign and POST a payload that must be acknowledged (HTTP 200); the response body."""
        status, body = self.post(payload)
        assert status == 200, (status, body)
        return body

    def get(self, path: str) -> tuple[int, str]:
        status, _, body = loopback.request(self.url + path)
        return status, body

    def settle(self, timeout: float = 10.0) -> None:
        """Wait until no listener and no after-ack work is queued or running."""
        delivery = self.jane.services.delivery
        wait_for(lambda: self.acks.busy == 0 and self.work.busy == 0 and not delivery.busy, timeout)

    def count(self, model=Request, *where) -> int:
        with self.sessions() as session:
            return session.scalar(select(func.count()).select_from(model).where(*where))

    def requests(self) -> list[Request]:
        with self.sessions() as session:
            return list(session.scalars(select(Request).order_by(Request.id)).unique())

    def pending_outbox(self) -> int:
        return self.count(OutboxMessage, OutboxMessage.status == "pending")


@dataclass(frozen=True)
class People:
    admin: str = "UADMIN001"
    va: str = "UVA000001"
    other_va: str = "UVA000002"
    client: str = "UCLIENT01"  # Phase I, served by `va`
    exec_client: str = "UCLIENT03"  # Phase III, served by `other_va`
    stranger: str = "USTRANGER"


def wait_for(predicate: Callable[[], Any], timeout: float = 5.0, interval: float = 0.01) -> Any:
    """Poll `predicate` until it is truthy; its value. Fails the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        time.sleep(interval)


def http_post(url: str, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    status, _, text = loopback.request(url, "POST", body, headers)
    return status, text


def scenario_settings(db_url: str, fake: FakeSlack, **extra: str) -> Settings:
    values = {
        "DATABASE_URL": db_url,
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": payloads.SECRET,
        "SLACK_API_URL": fake.url,
        "JANE_VA_CHANNEL": VA_CHANNEL,
    }
    return load_settings(_env_file=None, **(values | extra))


@contextmanager
def serving(settings: Settings, engine: Engine, sessions: sessionmaker[Session], **overrides: Any):
    """create_app + bot.web.server behind a threaded WSGI server on a free loopback port."""
    work, acks = TrackingExecutor(8), TrackingExecutor(16)
    jane = create_app(
        settings,
        engine=engine,
        sessions=sessions,
        work=work,
        listener_executor=acks,
        retry_interval=0.01,
        delivery_interval=0.05,
        delivery_grace=0.5,
        **({"home_interval": 0.0} | overrides),  # a test's next click shows on the Home at once
    )
    server = make_server(
        "127.0.0.1", 0, jane.web, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
    )
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    jane.start()
    try:
        yield Served(jane, f"http://127.0.0.1:{server.server_address[1]}", work, acks)
    finally:
        server.shutdown()
        server.server_close()
        jane.stop()
        acks.shutdown(wait=True)


def seed(sessions: sessionmaker[Session], who: People) -> None:
    with sessions.begin() as session:
        people_repo.upsert(session, who.admin, name="Sam Admin", is_admin=True)
        va = people_repo.upsert(session, who.va, name="Ana", is_va=True, tz="America/Chicago")
        other_va = people_repo.upsert(session, who.other_va, name="Ben", is_va=True, tz="Europe/London")
        client = people_repo.upsert(session, who.client, name="Tom Client", tz="America/Chicago")
        people_repo.make_client(session, client, 1).va_id = va.id
        exec_client = people_repo.upsert(session, who.exec_client, name="Maria Exec", tz="America/Chicago")
        people_repo.make_client(session, exec_client, 3).va_id = other_va.id


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime.fromisoformat(NOW))


@pytest.fixture
def people(sessions) -> People:
    who = People()
    seed(sessions, who)
    return who


@pytest.fixture
def settings(db_url, fake_slack) -> Settings:
    return scenario_settings(db_url, fake_slack)


@pytest.fixture
def served(settings, engine, sessions, people, clock) -> Iterator[Served]:
    with serving(settings, engine, sessions, clock=clock) as served:
        yield served
