"""`jane serve` as an operator runs it: gunicorn on loopback, a fresh SQLite upgraded at start, fake Slack."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests import loopback, payloads
from tests.fakes.slack_api import FakeSlack

ROOT = Path(__file__).resolve().parents[2]


def environment(**values: str) -> dict[str, str]:
    keep = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SLACK_", "JANE_", "DATABASE_URL", "GOOGLE_"))
    }
    return {**keep, "PYTHONPATH": str(ROOT), **values}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_once(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`jane serve` expected to stop at start-up (a test that needs it running uses Popen)."""
    command = [sys.executable, "-m", "bot", "serve"]
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)


def test_a_missing_setting_fails_at_start_up_in_one_line(tmp_path):
    env = environment(SLACK_BOT_TOKEN="xoxb-test", DATABASE_URL=f"sqlite:///{tmp_path}/jane.db")
    done = serve_once(tmp_path, env)

    assert done.returncode == 1
    assert done.stderr.strip() == "jane: SLACK_SIGNING_SECRET is not set; see .env.example"


def test_a_refused_token_fails_at_start_up_in_one_line(tmp_path):
    with FakeSlack() as slack:
        slack.fail("auth.test", error="invalid_auth")
        env = environment(
            SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET=payloads.SECRET, SLACK_API_URL=slack.url,
            DATABASE_URL=f"sqlite:///{tmp_path}/jane.db",
        )  # fmt: skip
        done = serve_once(tmp_path, env)

    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == "jane: Slack refused SLACK_BOT_TOKEN: invalid_auth"


@pytest.mark.timeout(90)
def test_serve_answers_health_checks_and_slack_then_stops_on_sigterm(tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with FakeSlack() as slack:
        env = environment(
            SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET=payloads.SECRET, SLACK_API_URL=slack.url,
            DATABASE_URL=f"sqlite:///{tmp_path}/jane.db", JANE_LOG_LEVEL="WARNING",
        )  # fmt: skip
        command = [sys.executable, "-m", "bot", "serve", "--port", str(port), "--threads", "4", "--no-jobs"]
        server = subprocess.Popen(command, cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            while True:
                assert server.poll() is None, server.stderr.read()
                try:
                    status, _, body = loopback.request(f"{url}/healthz", timeout=5)
                    break
                except OSError:
                    assert time.monotonic() < deadline, "jane serve never listened"
                    time.sleep(0.1)
            request = payloads.sign(payloads.message_event("USOMEONE1", "hello"))
            acked, _, _ = loopback.request(f"{url}/slack/events", "POST", request.body, request.headers, 5)
            slack.wait_for(lambda: slack.calls("chat.postMessage"), timeout=20)
        finally:
            server.send_signal(signal.SIGTERM)
            code = server.wait(timeout=30)

    assert (status, json.loads(body)) == (200, {"ok": True, "database": "ok"})
    assert acked == 200
    [answer] = slack.calls("chat.postMessage")
    assert "I don't know you yet" in answer.text
    assert code == 0
