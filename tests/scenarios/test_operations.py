"""What an operator relies on while Jane runs: /readyz, /metrics, request ids on outgoing messages, and a
bot token Slack refuses stopping the sending instead of retrying it."""

from __future__ import annotations

import json
import logging

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import select, text

from storage import migrate
from storage.models import OutboxMessage
from tests import loopback, payloads
from tests.scenarios.conftest import wait_for


@pytest.fixture
def db_url(migrated_db_url):
    """A database built by the migrations, so that it has a revision for /readyz to judge."""
    return migrated_db_url


def samples(body: str) -> dict[tuple[str, tuple], float]:
    """Every sample of a Prometheus text page, by name and sorted labels."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(body)
        for sample in family.samples
    }


def test_readyz_is_ready_when_the_schema_is_current_and_slack_knows_jane(served):
    status, body = served.get("/readyz")

    assert status == 200
    assert json.loads(body) == {"ok": True, "schema": "current", "slack": "ok"}


def test_readyz_says_why_when_the_schema_is_not_this_codes(served):
    def stamp(revision: str) -> None:
        with served.jane.services.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})

    stamp("0099_from_the_future")
    try:
        status, body = served.get("/readyz")
    finally:
        stamp(migrate.head())  # the PostgreSQL schema is reused by the next test

    answer = json.loads(body)
    assert status == 503 and answer["ok"] is False and answer["schema"] == "newer"
    assert "revision 0099_from_the_future, newer than this code" in answer["reason"]


def test_each_outgoing_message_carries_the_id_of_the_request_that_wrote_it(served, people, fake_slack):
    served.send(payloads.message_event(people.client, "help"))
    served.send(payloads.message_event(people.exec_client, "help"))
    served.settle()

    with served.sessions() as session:
        ids = session.scalars(select(OutboxMessage.request_id).order_by(OutboxMessage.id)).all()
    assert len(ids) == 2 and all(ids) and ids[0] != ids[1]


def test_a_revoked_token_stops_sending_fails_readyz_and_says_why(served, people, fake_slack, caplog):
    fake_slack.fail("chat.postMessage", error="token_revoked")
    caplog.set_level(logging.ERROR, logger="bot.outbox.token")

    served.send(payloads.message_event(people.client, "help"))
    served.settle()
    served.send(payloads.message_event(people.exec_client, "help"))
    served.settle()
    served.jane.services.delivery.run_due()  # what the retry loop would do next

    assert len(fake_slack.calls("chat.postMessage", accepted=False)) == 1  # tried once, never again
    with served.sessions() as session:
        rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    assert [(row.status, row.attempts) for row in rows] == [("pending", 0), ("pending", 0)]
    assert rows[0].last_error == "token_revoked"
    status, body = served.get("/readyz")
    assert status == 503
    assert json.loads(body)["reason"] == "Slack refused the bot token (token_revoked)"
    [said] = [r.getMessage() for r in caplog.records if r.name == "bot.outbox.token"]
    assert said.startswith("Slack refused the bot token (token_revoked): Jane has stopped sending")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_metrics_count_acks_work_by_intent_slack_calls_and_the_outbox(served, people, fake_slack):
    fake_slack.fail("chat.postMessage", error="channel_not_found")  # one dead message
    served.send(payloads.message_event(people.client, "help"))
    served.send(payloads.message_event(people.client, "what's the status of my requests?"))
    served.settle()
    wait_for(lambda: len(fake_slack.calls("chat.postMessage")) == 1)

    status, body = served.get("/metrics")

    assert status == 200
    seen = samples(body)
    assert seen[("jane_ack_seconds_count", (("kind", "event_callback"),))] >= 2
    assert seen[("jane_work_seconds_count", (("intent", "help"),))] >= 1
    assert seen[("jane_work_seconds_count", (("intent", "request.status"),))] >= 1
    ok = ("jane_slack_calls_total", (("method", "chat.postMessage"), ("outcome", "ok")))
    refused = ("jane_slack_calls_total", (("method", "chat.postMessage"), ("outcome", "channel_not_found")))
    assert seen[ok] >= 1 and seen[refused] >= 1
    assert seen[("jane_outbox_dead", ())] == 1
    assert seen[("jane_outbox_pending", ())] == 0
    assert seen[("jane_outbox_oldest_pending_seconds", ())] == 0
    assert ("jane_job_lag_seconds", ()) in seen


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_health_port_of_socket_mode_and_workers_answers_the_same_checks(served):
    from bot.web.health_server import HealthServer

    health = HealthServer(served.jane.services, "127.0.0.1", 0).start()
    try:
        url = f"http://127.0.0.1:{health.port}"
        answers = {path: loopback.request(url + path) for path in ("/healthz", "/readyz", "/metrics")}
        slack_route = loopback.request(url + "/slack/events", "POST", b"{}")
    finally:
        health.stop()

    assert answers["/healthz"][0] == answers["/readyz"][0] == answers["/metrics"][0] == 200
    assert json.loads(answers["/readyz"][2])["ok"] is True
    assert "jane_outbox_pending" in answers["/metrics"][2]
    assert slack_route[0] == 404  # no Slack on the health port
