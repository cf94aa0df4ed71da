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


def test_a_post_whose_answer_was_cut_off_is_found_in_slack_and_not_posted_again(served, people, fake_slack):
    fake_slack.drop_answers("chat.postMessage")  # Slack posts it, but the answer never arrives
    event = payloads.message_event(people.client, "help")

    served.send(event)
    served.settle()
    with served.sessions() as session:
        [row] = session.query(OutboxMessage).all()
        assert (row.status, row.in_doubt) == ("pending", True)

    wait_for(lambda: served.pending_outbox() == 0, timeout=15)
    [posted] = answers(fake_slack, event["event"]["channel"])
    assert posted.params["metadata"] == {"event_type": "jane_outbox", "event_payload": {"key": row.key}}
    [looked] = fake_slack.calls("conversations.replies")
    assert looked.params["ts"] == event["event"]["ts"]
    assert looked.params["include_all_metadata"] in (True, "true", "1")
    with served.sessions() as session:
        [row] = session.query(OutboxMessage).all()
        assert (row.status, row.in_doubt, row.result["ts"]) == ("sent", False, posted.response["ts"])


def _in_doubt(served, key: str, channel: str, *, posted_by_the_dead_sender: bool) -> int:
    """An outbox row whose sender took it and died (its lease ran out); maybe after posting it."""
    from datetime import timedelta

    from sqlalchemy import update

    from bot.outbox.delivery import METADATA_TYPE
    from storage.repositories import outbox
    from storage.types import utcnow

    with served.sessions.begin() as session:
        row_id = outbox.put(session, key, "chat.postMessage", {"channel": channel, "text": "Your agenda"})
        [taken] = outbox.take(session, ids=[row_id])
        if posted_by_the_dead_sender:
            metadata = {"event_type": METADATA_TYPE, "event_payload": {"key": key}}
            client = served.jane.services.client
            client.chat_postMessage(channel=channel, text="Your agenda", metadata=metadata)
        expired = utcnow() - timedelta(seconds=1)
        session.execute(update(OutboxMessage).values(locked_until=expired).where(OutboxMessage.id == row_id))
    return taken.id


@pytest.mark.parametrize("posted", [True, False])
def test_a_message_in_doubt_after_a_crash_is_looked_for_then_posted_once(served, people, fake_slack, posted):
    row_id = _in_doubt(served, "agenda:7", people.client, posted_by_the_dead_sender=posted)

    # this run or the app's own delivery loop (whichever takes the expired lease first) delivers it, once
    served.jane.services.delivery.run_due()
    wait_for(lambda: served.pending_outbox() == 0, timeout=15)

    [looked] = fake_slack.calls("conversations.history")  # a DM named by its person: opened first
    assert looked.params["channel"] == "D" + people.client[1:]
    assert len(fake_slack.calls("conversations.open")) == 1
    assert len(answers(fake_slack, people.client)) == 1  # by the dead sender, or now: once either way
    with served.sessions() as session:
        row = session.get(OutboxMessage, row_id)
        assert (row.status, row.in_doubt) == ("sent", False)
