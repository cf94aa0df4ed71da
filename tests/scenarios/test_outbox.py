"""Slack failing: the outbox delays a message and never loses or doubles it."""

from __future__ import annotations

import pytest

from storage.models import OutboxMessage
from tests import payloads
from tests.scenarios.conftest import wait_for


def answers(fake_slack, channel: str):
    return [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == channel]


def test_a_429_then_a_500_still_delivers_the_answer_once(served, people, fake_slack):
    fake_slack.fail("chat.postMessage", status=429, retry_after=1)
    fake_slack.fail("chat.postMessage", status=500)
    event = payloads.message_event(people.client, "help")

    served.send(event)
    served.settle()

    attempts = fake_slack.calls("chat.postMessage", accepted=False)
    assert [c.status for c in attempts] == [429, 500, 200]
    assert len(answers(fake_slack, event["event"]["channel"])) == 1
    assert served.pending_outbox() == 0


@pytest.mark.parametrize("backend", ["sqlite"])  # the lease logic is covered on both by the claim tests
def test_an_outage_longer_than_the_clients_retries_is_bridged_by_the_outbox(served, people, fake_slack):
    for _ in range(5):  # the first try and its three retries fail, and the outbox's first retry too
        fake_slack.fail("chat.postMessage", status=503)
    event = payloads.message_event(people.client, "help")

    served.send(event)
    served.settle()
    with served.sessions() as session:
        [row] = session.query(OutboxMessage).all()
        assert (row.status, row.attempts) == ("pending", 1) and "503" in row.last_error

    wait_for(lambda: served.pending_outbox() == 0, timeout=15)
    assert len(answers(fake_slack, event["event"]["channel"])) == 1
    with served.sessions() as session:
        [row] = session.query(OutboxMessage).all()
        assert row.status == "sent"


def test_a_message_slack_will_never_accept_is_given_up_not_retried(served, people, fake_slack):
    fake_slack.fail("chat.postMessage", error="channel_not_found")
    served.send(payloads.message_event(people.client, "help"))
    served.settle()

    with served.sessions() as session:
        [row] = session.query(OutboxMessage).all()
    assert (row.status, row.last_error) == ("dead", "channel_not_found")
    assert len(fake_slack.calls("chat.postMessage", accepted=False)) == 1
