"""Bad input gets a clear answer or a 4xx — never a 500, never a stack trace, never a half-written record."""

from __future__ import annotations

import json
import random
from urllib.parse import urlencode

import pytest

from handlers.core import messages
from handlers.queue.requests import DONE
from storage.models import OutboxMessage, Request
from tests import payloads

# The rules tested here live in Python, not in the database: one backend is enough.
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def said(fake_slack) -> list[str]:
    return [c.text for c in fake_slack.calls() if c.method in ("chat.postMessage", "chat.postEphemeral")]


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"{not json", "application/json"),
        (b"\xff\xfe\x00binary\x00", "application/json"),
        (b"payload=%7Bnot+json", "application/x-www-form-urlencoded"),
        (urlencode({"payload": json.dumps([1, 2, 3])}).encode(), "application/x-www-form-urlencoded"),
        (json.dumps([1, 2]).encode(), "application/json"),
        (b"", "application/json"),
        (json.dumps({"type": "event_callback", "event_id": "Ev1"}).encode(), "application/json"),
        (json.dumps({"type": "event_callback", "event": "nope"}).encode(), "application/json"),
        (urlencode({"payload": json.dumps({"type": "block_actions", "user": {"id": "U1"}})}).encode(),
         "application/x-www-form-urlencoded"),
        (urlencode({"payload": json.dumps({"type": "block_actions", "actions": "x", "user": "x"})}).encode(),
         "application/x-www-form-urlencoded"),
        (urlencode({"payload": json.dumps({"type": "view_submission", "view": None})}).encode(),
         "application/x-www-form-urlencoded"),
    ],
    ids=[
        "broken json", "binary", "payload not json", "payload a list", "body a list", "empty",
        "event without event", "event not an object", "action without actions", "actions not a list",
        "view missing",
    ],
)  # fmt: skip
def test_a_malformed_but_signed_payload_is_answered_without_a_server_error(
    served, people, fake_slack, body, content_type
):
    status, _ = served.post(payloads.sign(body, content_type=content_type))
    served.settle()

    assert status < 500
    assert served.count(Request) == 0


def test_garbage_on_other_paths_and_methods_is_a_4xx(served):
    assert served.get("/nope")[0] == 404
    assert served.get("/slack/events")[0] == 405
    assert served.post(payloads.sign(b"{}"), path="/healthz")[0] == 405


def test_an_oversized_body_is_refused(served):
    status, _ = served.post(payloads.sign(b"x" * (2 << 20)))
    assert status == 413


def test_an_unknown_person_is_answered_politely_and_the_admins_are_told_once(served, people, fake_slack):
    for text in ("hi", "please order more paper"):
        served.send(payloads.message_event(people.stranger, text))
    served.settle()

    to_stranger = [
        c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == "D" + people.stranger[1:]
    ]
    assert len(to_stranger) == 2 and all(messages.UNKNOWN_PERSON in c.text for c in to_stranger)
    to_admin = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == people.admin]
    assert len(to_admin) == 1 and people.stranger in to_admin[0].text
    assert served.count(Request) == 0


def test_an_unknown_person_clicking_a_button_is_told_the_same(served, people, fake_slack):
    served.send(payloads.block_actions(people.stranger, "request.claim", "1"))
    served.settle()

    [ephemeral] = fake_slack.calls("chat.postEphemeral")
    assert messages.UNKNOWN_PERSON in ephemeral.text and ephemeral.params["user"] == people.stranger


@pytest.mark.parametrize(
    "text", ["", "   ", f"<@{payloads.BOT_USER_ID}>"], ids=["empty", "blank", "mention only"]
)
def test_an_empty_message_gets_a_clear_answer(served, people, fake_slack, text):
    served.send(payloads.message_event(people.client, text))
    served.settle()

    assert said(fake_slack) == [messages.EMPTY_MESSAGE + "\n" + messages.EMPTY_MESSAGE]


def test_a_huge_message_gets_a_clear_answer_and_no_request(served, people, fake_slack):
    served.send(payloads.message_event(people.client, "please order paper " * 1000))
    served.settle()

    assert any(messages.TOO_LONG in text for text in said(fake_slack))
    assert served.count(Request) == 0


@pytest.mark.parametrize(
    "extra",
    [{"subtype": "message_changed"}, {"subtype": "bot_message", "bot_id": "B1"}, {"bot_id": "BJANE0001"}],
    ids=["edit", "bot message", "Jane herself"],
)
def test_messages_that_are_not_a_person_talking_are_ignored(served, people, fake_slack, extra):
    assert served.post(payloads.message_event(people.client, "please order paper", **extra))[0] == 200
    served.settle()

    assert said(fake_slack) == [] and served.count(OutboxMessage) == 0


def test_a_channel_message_without_a_mention_is_not_answered(served, people, fake_slack):
    served.send(payloads.message_event(people.client, "help", channel="C0GENERAL", channel_type="channel"))
    served.settle()

    assert said(fake_slack) == []


def test_events_nobody_listens_to_are_acknowledged(served, people):
    event = payloads.event_callback({"type": "reaction_added", "user": people.client, "reaction": "tada"})
    assert served.post(event)[0] == 200


def test_slacks_url_verification_is_answered(served):
    status, body = served.post({"type": "url_verification", "token": "t", "challenge": "abc123"})
    assert status == 200 and "abc123" in body


def test_a_click_on_a_request_that_does_not_exist_is_told_so(served, people, fake_slack):
    for value in ("999", "not-a-number", ""):
        served.send(payloads.block_actions(people.va, "request.claim", value))
    served.settle()

    assert [
        c.text.count(messages.BUTTON_OUT_OF_DATE) > 0 for c in fake_slack.calls("chat.postEphemeral")
    ] == [True] * 3


def test_a_failure_inside_a_handler_is_told_in_plain_words_and_serving_goes_on(
    served, people, fake_slack, monkeypatch
):
    from bot import conversation

    def broken(ctx, ask):
        raise RuntimeError("secret internals")

    monkeypatch.setitem(conversation.HANDLERS, "help", broken)
    served.send(payloads.message_event(people.client, "help"))
    served.settle()
    monkeypatch.undo()
    served.send(payloads.message_event(people.client, "help"))
    served.settle()

    texts = said(fake_slack)
    assert messages.SOMETHING_WENT_WRONG in texts[0] and "secret" not in texts[0]
    assert "Here's what you can ask me" in texts[1]


def broken_copies(payload: dict, sample: int, seed: int = 4) -> list[dict]:
    """Copies of a payload with one field (at any depth) replaced by a wrong type or removed."""
    paths: list[tuple] = []

    def walk(value, path):
        items = (
            value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        )
        for key, child in items:
            paths.append(path + (key,))
            walk(child, path + (key,))

    walk(payload, ())
    copies = []
    for path in paths:
        for wrong in (None, 5, "x", [], {}, [1], KeyError):
            broken = json.loads(json.dumps(payload))
            parent = broken
            for key in path[:-1]:
                parent = parent[key]
            if wrong is KeyError and isinstance(parent, dict):
                del parent[path[-1]]
            elif wrong is not KeyError:
                parent[path[-1]] = wrong
            copies.append(broken)
    return random.Random(seed).sample(copies, min(sample, len(copies)))


def test_payloads_with_any_field_broken_never_get_a_server_error(served, people, fake_slack):
    from bot.slack import render

    note = {render.NOTE_BLOCK: {render.NOTE_INPUT: payloads.text_input("x")}}
    originals = [
        payloads.message_event(people.client, "please order paper"),
        payloads.app_mention(people.client, "help"),
        payloads.block_actions(people.va, "request.claim", "1"),
        payloads.view_submission(people.va, DONE, note, private_metadata="1|C1"),
    ]
    failures = []
    for original in originals:
        for broken in broken_copies(original, sample=40):
            status, _ = served.post(broken)
            if status >= 500:
                failures.append(broken)
    served.settle()

    assert failures == []


@pytest.mark.parametrize(
    "state",
    [5, {"values": 5}, {"values": {"pick": 5}}, {"values": {"pick": {"value": 5}}},
     {"values": {"pick": {"value": {"selected_option": 5}}}}],
)  # fmt: skip
def test_a_deal_form_with_a_malformed_state_is_no_server_error(served, people, fake_slack, state):
    from bot.slack import deal_views

    submission = payloads.view_submission(people.va, deal_views.VIEW, {})
    submission["view"]["state"] = state

    status, _ = served.post(submission)
    served.settle()

    assert status < 500
