"""The outbox sender against the fake Slack: a failure is recorded for the revision that failed, and
Slack's Retry-After outlives the Web API client's own retries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from slack_sdk import WebClient

from bot.outbox.delivery import Delivery
from bot.outbox.notify import OutboxNotifier
from storage.models import OutboxMessage
from storage.repositories import outbox
from storage.types import utcnow
from tests.fakes.slack_api import FakeSlack

KEY = "card:1"


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


class RearmingClient(WebClient):
    """A client that, during its first call, has the row re-armed with newer content (as a click would)."""

    def __init__(self, sessions, **kwargs) -> None:
        super().__init__(**kwargs)
        self.sessions, self.rearmed = sessions, False

    def api_call(self, *args, **kwargs):
        if not self.rearmed:
            self.rearmed = True
            with self.sessions.begin() as session:
                OutboxNotifier(session)._rearm(KEY, {"text": "newer"})
        return super().api_call(*args, **kwargs)


def row(sessions) -> OutboxMessage:
    with sessions() as session:
        return session.query(OutboxMessage).one()


@pytest.mark.parametrize(
    "failure",
    [{"error": "msg_too_long"}, {"status": 503}],
    ids=["permanent", "transient"],
)
def test_a_failure_of_older_content_neither_kills_nor_delays_the_newer(sessions, fake_slack, failure):
    with sessions.begin() as session:
        outbox.put(session, KEY, "chat.postMessage", {"channel": "C1", "text": "older"})
        [row_id] = session.query(OutboxMessage.id).one()
    fake_slack.fail("chat.postMessage", **failure)
    client = RearmingClient(sessions, token="xoxb-test", base_url=fake_slack.url, retry_handlers=[])

    sent = Delivery(sessions, client).deliver([row_id])

    assert sent == 1
    assert [call.params["text"] for call in fake_slack.calls("chat.postMessage")] == ["newer"]
    assert (row(sessions).status, row(sessions).locked_until) == ("sent", None)


def test_a_rate_limited_row_waits_as_long_as_slack_asked(sessions, fake_slack):
    with sessions.begin() as session:
        outbox.put(session, "reply:1", "chat.postMessage", {"channel": "C1", "text": "hello"})
        [row_id] = session.query(OutboxMessage.id).one()
    fake_slack.fail("chat.postMessage", status=429, retry_after=120)
    client = WebClient(token="xoxb-test", base_url=fake_slack.url, retry_handlers=[])
    before = utcnow()

    assert Delivery(sessions, client).deliver([row_id]) == 0

    failed = row(sessions)
    assert failed.status == "pending" and failed.locked_until is None
    assert failed.next_attempt_at >= before + timedelta(seconds=120)
