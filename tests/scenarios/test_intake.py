"""Task intake over HTTP: one request, one VA card, one answer in the client's thread — even when Slack
delivers the same event again."""

from __future__ import annotations

import pytest

from storage.models import InboxItem, Request
from tests import payloads
from tests.scenarios.conftest import VA_CHANNEL, scenario_settings, serving

PAPER = "please order more printer paper"


def replies_to(fake_slack, channel: str, thread_ts: str):
    return [
        c
        for c in fake_slack.calls("chat.postMessage")
        if (c.params["channel"], c.params.get("thread_ts")) == (channel, thread_ts)
    ]


def cards(fake_slack, channel: str = VA_CHANNEL):
    return [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == channel]


def test_a_request_is_stored_carded_and_answered_once_even_when_slack_retries(served, people, fake_slack):
    event = payloads.message_event(people.client, PAPER)
    message = event["event"]

    served.send(event)
    served.settle()
    retried = payloads.sign(event).with_headers(
        **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    )
    status, _ = served.post(retried)
    served.settle()

    assert status == 200
    [request] = served.requests()
    assert (request.duty, request.status, request.text) == ("office_supplies", "queued", PAPER)
    assert (request.channel, request.thread_ts) == (message["channel"], message["ts"])
    [reply] = replies_to(fake_slack, message["channel"], message["ts"])
    assert "order office supplies" in reply.text and "Ana" in reply.text
    assert [(b["action_id"], b["value"]) for b in reply.buttons()] == [("request.cancel", str(request.id))]
    [card] = cards(fake_slack)
    assert PAPER in card.text and f"<@{people.client}>" in card.text
    assert [(b["action_id"], b["value"]) for b in card.buttons()] == [("request.claim", str(request.id))]
    # The retry was dropped by the insert that kept the first delivery, under Slack's event id.
    assert served.count(InboxItem) == 1
    assert served.count(InboxItem, InboxItem.key == f"event:{event['event_id']}") == 1


def test_a_retry_whose_first_delivery_never_arrived_is_still_taken_in(served, people, fake_slack):
    event = payloads.message_event(people.client, PAPER)
    retried = payloads.sign(event).with_headers(
        **{"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "timeout"}
    )

    status, _ = served.post(retried)
    served.settle()

    assert status == 200
    assert served.count(Request) == 1
    assert len(replies_to(fake_slack, event["event"]["channel"], event["event"]["ts"])) == 1


def test_the_due_date_is_read_in_the_clients_zone_and_repeated_back(served, people, fake_slack):
    served.send(payloads.message_event(people.client, "please order more printer paper by Monday"))
    served.settle()

    [request] = served.requests()
    assert request.due_all_day and request.due_at is not None
    [reply] = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] != VA_CHANNEL]
    assert "(due Mon 30 Nov)" in reply.text
    [card] = cards(fake_slack)
    assert "due Mon 30 Nov" in card.text


@pytest.mark.parametrize("backend", ["sqlite"])
def test_without_a_queue_channel_the_card_goes_to_the_clients_va(
    db_url, engine, sessions, people, fake_slack, clock
):
    settings = scenario_settings(db_url, fake_slack, JANE_VA_CHANNEL="")
    with serving(settings, engine, sessions, clock=clock) as served:
        served.send(payloads.message_event(people.client, PAPER))
        served.settle()
        [request] = served.requests()

    [card] = cards(fake_slack, people.va)
    assert [b["action_id"] for b in card.buttons()] == ["request.claim"]
    assert (request.card_channel, request.card_ts) == ("D" + people.va[1:], card.response["ts"])


def test_a_client_without_a_va_is_still_queued_and_told_who_picks_it_up(served, people, fake_slack, sessions):
    from storage.repositories import people as people_repo

    with sessions.begin() as session:
        people_repo.find(session, people.client).client.va_id = None
    served.send(payloads.message_event(people.client, PAPER))
    served.settle()

    assert served.count(Request) == 1
    [reply] = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] != VA_CHANNEL]
    assert "I've asked the team to order office supplies" in reply.text
    assert len(cards(fake_slack)) == 1
