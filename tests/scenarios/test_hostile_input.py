"""Hostile input, case by case (the fuzz suite, test_fuzz.py, generates thousands more): refused before
parsing when unsigned, cleaned or answered when signed, and a response_url only ever Slack's."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from handlers.queue.requests import DONE
from storage.models import OutboxMessage, Request, SlackEvent
from tests import payloads

# The rules tested here live in Python, not in the database: one backend is enough.
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def tracebacks(caplog) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.exc_info]


def replies_to(fake_slack, event: dict) -> list:
    message = event["event"]
    return [
        c
        for c in fake_slack.calls("chat.postMessage")
        if (c.params["channel"], c.params.get("thread_ts")) == (message["channel"], message["ts"])
    ]


@pytest.mark.parametrize("stamp", ["abc", "1.5e9", "0x10", "", " 1800000000", "+1800000000", "²³", "-1"])
def test_a_timestamp_that_is_not_digits_is_refused_with_401_before_the_body_is_read(
    served, people, fake_slack, caplog, stamp
):
    good = payloads.sign(payloads.message_event(people.client, "please order paper"))
    garbage = payloads.sign(b"{not json at all")

    for request in (good, garbage):
        status, _ = served.post(request.with_headers(**{"X-Slack-Request-Timestamp": stamp}))
        assert status == 401  # not a 400 for the garbage: its content was never looked at
    served.settle()

    assert [served.count(model) for model in (SlackEvent, Request, OutboxMessage)] == [0, 0, 0]
    assert tracebacks(caplog) == []


def test_a_lone_surrogate_in_a_direct_message_is_answered(served, people, fake_slack, caplog):
    event = payloads.message_event(people.client, "please order more printer paper \ud800")

    served.send(event)
    served.settle()

    [reply] = replies_to(fake_slack, event)
    assert "order office supplies" in reply.text
    [request] = served.requests()
    assert request.text == "please order more printer paper \ufffd"
    assert tracebacks(caplog) == []


def test_a_lone_surrogate_in_a_done_note_reaches_the_client_cleaned(served, people, fake_slack, caplog):
    from bot.slack import render

    served.send(payloads.message_event(people.client, "please order more printer paper"))
    served.settle()
    [request] = served.requests()
    served.send(payloads.block_actions(people.va, "request.claim", str(request.id)))
    note = {render.NOTE_BLOCK: {render.NOTE_INPUT: payloads.text_input("ordered \udc00 5 reams\x00")}}
    served.send(payloads.view_submission(people.va, DONE, note, private_metadata=f"{request.id}|C1"))
    served.settle()

    [done] = served.requests()
    assert (done.status, done.note) == ("done", "ordered \ufffd 5 reams")
    assert tracebacks(caplog) == []


@pytest.mark.parametrize("subtype", [["message_changed"], {"a": 1}, 5])
def test_a_subtype_that_is_not_text_is_not_a_person_talking_and_raises_nothing(
    served, people, fake_slack, caplog, subtype
):
    assert served.post(payloads.message_event(people.client, "please order paper", subtype=subtype))[0] == 200
    served.settle()

    assert served.count(OutboxMessage) == 0 and tracebacks(caplog) == []


@pytest.mark.parametrize(
    "payload",
    [
        {
            "type": "workflow_step_edit",
            "callback_id": "x",
            "trigger_id": "1.2.3",
            "user": {"id": "UVA000001"},
        },
        payloads.event_callback({"type": "workflow_step_execute", "callback_id": "x"}),
        payloads.event_callback({"type": "workflow_published", "workflow_id": 5}),
    ],
    ids=["step edit without workflow_step", "step execute without workflow_step", "workflow published"],
)
def test_retired_workflow_step_payloads_are_acknowledged_and_ignored(
    served, people, fake_slack, caplog, payload
):
    status, _ = served.post(payload)
    served.settle()

    assert status == 200
    assert [served.count(model) for model in (SlackEvent, OutboxMessage)] == [0, 0]
    assert fake_slack.calls() == [] and tracebacks(caplog) == []


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "ftp://hooks.slack.com/commands/1",
        "http://hooks.slack.com/commands/1",
        "https://hooks.slack.com.evil.example/commands/1",
        "https://evil.example/hooks.slack.com",
        "https://user@hooks.slack.com/commands/1",
    ],
)
def test_a_response_url_that_is_not_slacks_is_given_up_at_once(served, people, fake_slack, url):
    served.send(payloads.slash_command(people.va, "/phase", response_url=url))
    served.settle()

    with served.sessions() as session:
        [row] = session.scalars(select(OutboxMessage)).all()
    assert (row.status, row.attempts, row.last_error) == ("dead", 1, "response_url_not_slack")
    assert fake_slack.calls("response_url") == []


def test_a_response_url_on_slack_api_urls_host_is_used(served, people, fake_slack):
    served.send(payloads.slash_command(people.va, "/phase", response_url=fake_slack.response_url("ok")))
    served.settle()

    [answer] = fake_slack.calls("response_url")
    assert "Your clients" in answer.text
