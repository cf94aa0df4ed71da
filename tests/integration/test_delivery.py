"""The outbox sender against the fake Slack: a failure is recorded for the revision that failed, Slack's
Retry-After outlives the Web API client's own retries, and a Home changed often is published seldom."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from slack_sdk import WebClient

from bot.outbox.delivery import Delivery
from bot.outbox.notify import OutboxNotifier
from storage.models import OutboxMessage
from storage.repositories import outbox, people
from storage.types import utcnow
from tests.fakes.slack_api import FakeSlack
from tests.scenarios.conftest import wait_for

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


def _home_sender(sessions, fake_slack, **timing) -> tuple[Delivery, Callable[[str], None]]:
    """A sender publishing one VA's Home (its name as the view), and a unit of work that renames the VA."""

    def home_view(session, person):
        text = {"type": "mrkdwn", "text": person.name}
        return {"type": "home", "blocks": [{"type": "section", "text": text}]}

    client = WebClient(token="xoxb-test", base_url=fake_slack.url, retry_handlers=[])
    delivery = Delivery(sessions, client, home_view=home_view, **timing)
    with sessions.begin() as session:
        people.upsert(session, "UVA000001", name="first", is_va=True)

    def change(name: str) -> None:
        with sessions.begin() as session:
            person = people.find(session, "UVA000001")
            person.name = name
            notifier = OutboxNotifier(session, homes=True)
            notifier.refresh_home(person)
            leased = delivery.lease(session, notifier.written)
        delivery.send_leased(leased)

    return delivery, change


def published(fake_slack) -> list[str]:
    return [call.params["view"]["blocks"][0]["text"]["text"] for call in fake_slack.calls("views.publish")]


def test_a_home_changed_again_and_again_is_published_at_once_then_once_with_its_newest_content(
    sessions, fake_slack
):
    delivery, change = _home_sender(sessions, fake_slack, home_interval=60)

    change("first")
    wait_for(lambda: row(sessions).status == "sent")
    change("second")
    change("third")
    assert delivery.busy and len(fake_slack.calls("views.publish")) == 1  # the interval holds the others
    delivery.stop()  # what is in hand goes out at once

    assert published(fake_slack) == ["first", "third"]  # built once more, and not again for "third"
    assert (row(sessions).status, row(sessions).locked_until, delivery.busy) == ("sent", None, False)


def test_a_home_waits_for_the_requests_in_hand_and_goes_out_when_they_are_done(sessions, fake_slack):
    delivery, change = _home_sender(sessions, fake_slack, home_interval=0, home_patience=60)
    in_hand = [True]
    delivery.defer_homes_while(lambda: in_hand[0])

    change("during the burst")
    time.sleep(0.3)
    assert fake_slack.calls("views.publish") == [] and delivery.busy
    in_hand[0] = False

    wait_for(lambda: not delivery.busy)
    assert published(fake_slack) == ["during the burst"]
    delivery.stop()


def test_a_home_waits_for_the_requests_in_hand_no_longer_than_its_patience(sessions, fake_slack):
    delivery, change = _home_sender(sessions, fake_slack, home_interval=0, home_patience=0.2)
    delivery.defer_homes_while(lambda: True)  # a process that is never idle

    change("under load")

    wait_for(lambda: not delivery.busy)
    assert len(fake_slack.calls("views.publish")) == 1
    delivery.stop()
