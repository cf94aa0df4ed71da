"""`jane serve` with two gunicorn workers as an operator watches it: JSON logs tied together by request id,
and /metrics adding up every worker's counts (read with prometheus_client's own parser)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests import loopback, payloads
from tests.fakes.slack_api import FakeSlack
from tests.integration.test_serve import environment, free_port

MESSAGES = 12


def wait_until_listening(server: subprocess.Popen, url: str) -> None:
    deadline = time.monotonic() + 60
    while True:
        assert server.poll() is None, "jane serve stopped"
        try:
            loopback.request(f"{url}/healthz", timeout=5)
            return
        except OSError:
            assert time.monotonic() < deadline, "jane serve never listened"
            time.sleep(0.1)


def all_counted(url: str) -> None:
    """The fake answers a moment before the sender counts the call, and a request's work is timed only
    once it has finished (after its messages may already have gone): wait for both counts."""
    deadline = time.monotonic() + 10
    while True:
        body = loopback.request(f"{url}/metrics")[2]
        sent = counts(body, "jane_slack_calls_total").get((("method", "chat.postMessage"), ("outcome", "ok")))
        worked = counts(body, "jane_work_seconds_count").get((("intent", "message"),))
        if sent == MESSAGES and worked == MESSAGES:
            return
        assert time.monotonic() < deadline, (sent, worked)
        time.sleep(0.05)


def counts(body: str, name: str) -> dict[tuple, float]:
    return {
        tuple(sorted(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
        if sample.name == name
    }


@pytest.mark.timeout(120)
def test_two_workers_log_json_by_request_and_report_their_metrics_together(tmp_path: Path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    events = [payloads.message_event("USOMEONE1", f"hello {n}") for n in range(MESSAGES)]
    with FakeSlack() as slack:
        env = environment(
            SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET=payloads.SECRET, SLACK_API_URL=slack.url,
            DATABASE_URL=f"sqlite:///{tmp_path}/jane.db", JANE_LOG_LEVEL="INFO", JANE_LOG_FORMAT="json",
            PORT=str(port),
        )  # fmt: skip
        command = [sys.executable, "-m", "bot", "serve", "--workers", "2", "--threads", "4", "--no-jobs"]
        server = subprocess.Popen(command, cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
        try:
            wait_until_listening(server, url)
            for event in events:
                request = payloads.sign(event)
                acked, _, _ = loopback.request(
                    f"{url}/slack/events", "POST", request.body, request.headers, 5
                )
                assert acked == 200
            slack.wait_for(lambda: len(slack.calls("chat.postMessage")) == MESSAGES, timeout=30)
            all_counted(url)
            scrapes = [loopback.request(f"{url}/metrics")[2] for _ in range(6)]  # answered by either worker
            ready, _, readiness = loopback.request(f"{url}/readyz")
        finally:
            server.send_signal(signal.SIGTERM)
            code = server.wait(timeout=30)
            log = server.stderr.read()

    assert code == 0, log[-4000:]
    assert (ready, json.loads(readiness)["ok"]) == (200, True)
    for body in scrapes:
        acks = counts(body, "jane_ack_seconds_count")
        assert acks[(("kind", "event_callback"),)] == MESSAGES
        sent = counts(body, "jane_slack_calls_total")
        assert sent[(("method", "chat.postMessage"), ("outcome", "ok"))] == MESSAGES
        assert counts(body, "jane_work_seconds_count")[(("intent", "message"),)] == MESSAGES  # strangers
        assert counts(body, "jane_outbox_pending") == {(): 0.0}

    lines = [json.loads(line) for line in log.splitlines()]  # every line is JSON, gunicorn's too
    assert any(line["logger"].startswith("gunicorn") for line in lines)
    for event in events:
        [ack] = [
            line
            for line in lines
            if line["message"].startswith("acked") and event["event_id"] in line["message"]
        ]
        story = [line["message"] for line in lines if line["request_id"] == ack["request_id"]]
        assert any(message.startswith("handled event") for message in story), story
        assert any(
            message.startswith("outbox") and " sent: chat.postMessage" in message for message in story
        ), story
