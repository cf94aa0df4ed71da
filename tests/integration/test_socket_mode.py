"""`jane serve` in Socket Mode, through the real path: bot.commands.serve's Socket Mode runner (the real
create_app, slack_bolt's built-in SocketModeHandler) asks the fake Slack's `apps.connections.open` for a
URL, opens the WebSocket to the fake Socket Mode server on 127.0.0.1 and answers its envelopes.
No signing secret anywhere: Socket Mode needs none.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.commands.serve import serve_socket_mode
from bot.errors import JaneError
from bot.settings import Settings, load_settings
from storage.models import InboxItem, Request
from storage.repositories import people as people_repo
from tests import payloads
from tests.fakes.slack_api import FakeSlack
from tests.fakes.socket_mode import FakeSocketMode

ROOT = Path(__file__).resolve().parents[2]
PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")
APP_TOKEN = "xapp-1-A0JANE001-1-test"
VA_CHANNEL = "C0QUEUE01"
CLIENT, VA = "UCLIENT01", "UVA000001"
PAPER = "please order more printer paper"
ARGS = argparse.Namespace(threads=4, no_jobs=True)  # `jane serve --threads 4 --no-jobs`


@dataclass
class Serving:
    """serve_socket_mode running in a thread, as `jane serve` runs it in its main thread."""

    settings: Settings
    stopping: threading.Event = field(default_factory=threading.Event)
    failures: list[BaseException] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.thread = threading.Thread(target=self._run, name="jane-socket-mode", daemon=True)

    def _run(self) -> None:
        try:
            serve_socket_mode(self.settings, ARGS, self.stopping)
        except BaseException as error:
            self.failures.append(error)

    def stop(self) -> None:
        """Stop as SIGTERM does; on return every ack was sent and all work after the acks has finished."""
        self.stopping.set()
        self.thread.join(timeout=20)
        assert not self.thread.is_alive(), "Socket Mode did not stop"
        assert not self.failures, self.failures


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    """slack_sdk would send the WebSocket through a proxy named in the environment, whatever NO_PROXY says."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(autouse=True)
def _switch_interval() -> Iterator[None]:
    """serve shortens the interpreter's switch interval for the whole process; give it back."""
    switch_interval = sys.getswitchinterval()
    yield
    sys.setswitchinterval(switch_interval)


@pytest.fixture
def socket_mode() -> Iterator[FakeSocketMode]:
    with FakeSocketMode() as fake:
        yield fake


@pytest.fixture
def fake_slack(socket_mode) -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        fake.socket_mode_url = socket_mode.url
        yield fake


@pytest.fixture
def settings(db_url, fake_slack) -> Settings:
    return load_settings(
        _env_file=None,
        DATABASE_URL=db_url,
        SLACK_BOT_TOKEN="xoxb-test-token",
        SLACK_APP_TOKEN=APP_TOKEN,
        SLACK_API_URL=fake_slack.url,
        JANE_VA_CHANNEL=VA_CHANNEL,
    )


@pytest.fixture
def people(sessions) -> None:
    with sessions.begin() as session:
        va = people_repo.upsert(session, VA, name="Ana", is_va=True, tz="America/Chicago")
        client = people_repo.upsert(session, CLIENT, name="Tom Client", tz="America/Chicago")
        people_repo.make_client(session, client, 1).va_id = va.id


@pytest.fixture
def serving(settings, socket_mode, people) -> Iterator[Serving]:
    serving = Serving(settings)
    serving.thread.start()
    try:
        wait_until(lambda: serving.failures or socket_mode.connections, timeout=30)
        assert not serving.failures, serving.failures
        yield serving
    finally:
        serving.stopping.set()
        serving.thread.join(timeout=20)


def replies(fake_slack: FakeSlack, channel: str, thread_ts: str):
    return [
        c
        for c in fake_slack.calls("chat.postMessage")
        if (c.params["channel"], c.params.get("thread_ts")) == (channel, thread_ts)
    ]


def test_a_request_over_socket_mode_is_acked_stored_and_answered_once_when_slack_redelivers_it(
    serving, socket_mode, fake_slack, sessions
):
    event = payloads.message_event(CLIENT, PAPER)
    message = event["event"]

    first = socket_mode.send(event)
    assert socket_mode.wait_for_ack(first) == {"envelope_id": first}
    [reply] = fake_slack.wait_for(lambda: replies(fake_slack, message["channel"], message["ts"]))
    again = socket_mode.send(event, retry_attempt=1, retry_reason="timeout")  # Slack's redelivery
    assert socket_mode.wait_for_ack(again) == {"envelope_id": again}
    socket_mode.send(event, envelope_id=first)  # and the very same envelope once more
    assert socket_mode.wait_for_ack(first, count=2) == {"envelope_id": first}
    serving.stop()

    assert "order office supplies" in reply.text and "Ana" in reply.text
    with sessions() as session:
        [request] = session.scalars(select(Request)).all()
        client_id = people_repo.find(session, CLIENT).id
        assert (request.client_id, request.status, request.text) == (client_id, "queued", PAPER)
        assert len(session.scalars(select(InboxItem)).all()) == 1  # kept once; the others dropped
    assert len(replies(fake_slack, message["channel"], message["ts"])) == 1
    [card] = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == VA_CHANNEL]
    assert PAPER in card.text
    [opened] = fake_slack.calls("apps.connections.open")
    assert opened.token == APP_TOKEN


def test_a_slash_command_and_a_click_over_socket_mode_are_acked_and_answered(
    serving, socket_mode, fake_slack, sessions
):
    command = payloads.slash_command(VA, "/phase", f"<@{CLIENT}> 3", response_url=fake_slack.response_url())

    sent = socket_mode.send(command)
    assert socket_mode.wait_for_ack(sent) == {"envelope_id": sent}
    [answer] = fake_slack.wait_for(lambda: fake_slack.calls("response_url"))
    [card] = fake_slack.wait_for(
        lambda: [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == CLIENT]
    )
    [accept] = [b for b in card.buttons() if b["action_id"] == "phase.accept"]
    click = payloads.block_actions(
        CLIENT,
        "phase.accept",
        accept["value"],
        channel=card.response["channel"],
        message_ts=card.response["ts"],
        response_url=fake_slack.response_url("click"),
    )
    clicked = socket_mode.send(click)
    assert socket_mode.wait_for_ack(clicked) == {"envelope_id": clicked}
    serving.stop()

    assert f"I've asked <@{CLIENT}> about Phase III" in answer.text
    with sessions() as session:
        assert people_repo.find(session, CLIENT).client.phase == 3


@pytest.mark.parametrize("backend", ["sqlite"])
def test_an_envelope_bolt_could_not_read_or_a_retired_kind_is_acked_and_ignored(
    serving, socket_mode, fake_slack, sessions, caplog
):
    unreadable = payloads.message_event(CLIENT, PAPER)
    unreadable["authorizations"] = "not a list"
    workflow_step = {
        "type": "workflow_step_edit",
        "callback_id": "x",
        "user": {"id": VA},
        "trigger_id": "1.2",
    }

    for payload in (unreadable, workflow_step):
        sent = socket_mode.send(payload)
        assert socket_mode.wait_for_ack(sent) == {"envelope_id": sent}
    working = payloads.message_event(CLIENT, PAPER)  # and the next good one is served as ever
    assert socket_mode.wait_for_ack(socket_mode.send(working))
    fake_slack.wait_for(lambda: replies(fake_slack, working["event"]["channel"], working["event"]["ts"]))
    serving.stop()

    with sessions() as session:
        assert len(session.scalars(select(Request)).all()) == 1
    assert [r for r in caplog.records if r.exc_info] == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_refused_app_token_fails_at_start_up_in_one_sentence(settings, fake_slack):
    fake_slack.fail("apps.connections.open", error="invalid_auth")

    with pytest.raises(JaneError) as failed:
        serve_socket_mode(settings, ARGS, _already_set())

    assert str(failed.value) == "Slack refused SLACK_APP_TOKEN: invalid_auth"


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_socket_that_cannot_be_opened_fails_at_start_up_without_showing_the_ticket(settings, fake_slack):
    port = free_port()  # nothing listens there
    fake_slack.socket_mode_url = f"ws://127.0.0.1:{port}/link/?ticket=secret-ticket"

    with pytest.raises(JaneError) as failed:
        serve_socket_mode(settings, ARGS, _already_set())

    message = str(failed.value)
    assert message.startswith(f"could not open the Socket Mode connection to 127.0.0.1:{port}: ")
    assert "Connection refused" in message
    assert "secret-ticket" not in message


@pytest.mark.timeout(90)
def test_jane_serve_with_an_app_token_says_it_serves_no_http_answers_and_stops_on_sigterm(
    tmp_path, socket_mode, fake_slack
):
    env = environment(
        SLACK_BOT_TOKEN="xoxb-test", SLACK_APP_TOKEN=APP_TOKEN, SLACK_API_URL=fake_slack.url,
        DATABASE_URL=f"sqlite:///{tmp_path}/jane.db", JANE_LOG_LEVEL="WARNING",
    )  # fmt: skip
    command = [sys.executable, "-m", "bot", "serve", "--threads", "2", "--no-jobs"]
    server = subprocess.Popen(command, cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
    try:
        wait_until(lambda: server.poll() is not None or socket_mode.connections, timeout=60)
        assert server.poll() is None, server.stderr.read()
        sent = socket_mode.send(payloads.message_event("USOMEONE1", "hello"))
        acked = socket_mode.wait_for_ack(sent)
        fake_slack.wait_for(lambda: fake_slack.calls("chat.postMessage"), timeout=20)
    finally:
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=30)
    log = server.stderr.read()

    assert acked == {"envelope_id": sent}
    [answer] = fake_slack.calls("chat.postMessage")
    assert "I don't know you yet" in answer.text
    assert code == 0, log
    [started] = [line for line in log.splitlines() if "Socket Mode" in line]
    assert "No HTTP server in this mode" in started and "no GET /healthz" in started
    assert "SIGTERM received, stopping" in log


def environment(**values: str) -> dict[str, str]:
    """This environment without Jane's settings or proxies, plus `values`."""
    keep = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "JANE_", "DATABASE_URL", "GOOGLE_")) and k not in PROXY_VARIABLES
    }
    return {**keep, "PYTHONPATH": str(ROOT), **values}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(predicate: Callable[[], Any], timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while not (value := predicate()):
        assert time.monotonic() < deadline, f"not done within {timeout}s"
        time.sleep(0.01)
    return value


def _already_set() -> threading.Event:
    """A `stopping` that is already set: should start-up succeed after all, serving stops at once."""
    stopping = threading.Event()
    stopping.set()
    return stopping
