"""Conversation over HTTP: help by phase, smalltalk, "what's the status of my requests?", an ask Jane did
not understand passed on to the VA, and VAs talking to Jane."""

from __future__ import annotations

import pytest

from handlers.core import messages
from storage.models import Request
from tests import payloads
from tests.scenarios.conftest import VA_CHANNEL

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def answers(fake_slack, event: dict) -> list:
    message = event["event"]
    return [
        c
        for c in fake_slack.calls("chat.postMessage")
        if c.params["channel"] == message["channel"] and c.params.get("thread_ts") == message["ts"]
    ]


def ask(served, fake_slack, user: str, text: str):
    event = payloads.message_event(user, text)
    served.send(event)
    served.settle()
    return event, answers(fake_slack, event)


def test_help_lists_what_this_client_can_ask_by_phase(served, people, fake_slack):
    _, [phase_one] = ask(served, fake_slack, people.client, "help")
    _, [phase_three] = ask(served, fake_slack, people.exec_client, "help")

    assert "Office supplies" in phase_one.text and "*Later, in Phase III" in phase_one.text
    assert "“what's on my calendar today?”" not in phase_one.text
    assert "“what's on my calendar today?”" in phase_three.text and "Later, in" not in phase_three.text


def test_smalltalk_gets_a_short_human_answer(served, people, fake_slack):
    _, [hello] = ask(served, fake_slack, people.client, "hi Jane")
    _, [thanks] = ask(served, fake_slack, people.client, "thanks!")

    assert hello.text.startswith("Hi Tom!") and thanks.text.startswith(messages.SMALLTALK_THANKS)
    assert served.count(Request) == 0


def test_a_mention_in_a_channel_is_answered_in_its_thread(served, people, fake_slack):
    event = payloads.app_mention(people.client, "help")
    served.send(event)
    served.settle()

    [answer] = fake_slack.calls("chat.postMessage")
    assert (answer.params["channel"], answer.params["thread_ts"]) == ("C0GENERAL", event["event"]["ts"])
    assert "Here's what you can ask me" in answer.text


def test_an_ask_jane_did_not_understand_can_be_passed_to_the_va_once(served, people, fake_slack):
    event, [offer] = ask(served, fake_slack, people.client, "purple elephants are lovely")
    [button] = offer.buttons()
    assert (button["action_id"], button["value"]) == ("request.forward", event["event"]["ts"])
    assert served.count(Request) == 0

    click = payloads.block_actions(
        people.client, "request.forward", button["value"], channel=event["event"]["channel"],
        message_ts=offer.response["ts"], thread_ts=event["event"]["ts"],
    )  # fmt: skip
    served.send(click)
    served.send(
        payloads.block_actions(
            people.client, "request.forward", button["value"], channel=event["event"]["channel"]
        )
    )
    served.settle()

    [request] = served.requests()
    assert (request.duty, request.text) == ("general", "purple elephants are lovely")
    assert len([c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == VA_CHANNEL]) == 1
    assert any("I've asked your VA, Ana, to take care of it" in c.text for c in answers(fake_slack, event))


def test_nobody_else_can_pass_on_a_clients_words(served, people, fake_slack):
    event, [offer] = ask(served, fake_slack, people.client, "purple elephants are lovely")
    forged = payloads.block_actions(
        people.exec_client, "request.forward", offer.buttons()[0]["value"], channel=event["event"]["channel"]
    )
    served.send(forged)
    served.settle()

    assert served.count(Request) == 0
    [refusal] = fake_slack.calls("chat.postEphemeral")
    assert messages.OFFER_EXPIRED in refusal.text


def test_status_lists_open_and_recent_requests(served, people, fake_slack):
    ask(served, fake_slack, people.client, "please order more printer paper")
    ask(served, fake_slack, people.client, "please order toner too")
    _, [status] = ask(served, fake_slack, people.client, "what's the status of my requests?")

    assert "You have 2 open requests" in status.text
    assert "please order more printer paper" in status.text and "waiting for a VA" in status.text
    assert [b["action_id"] for b in status.buttons()] == ["request.cancel", "request.cancel#2"]


def test_a_va_asking_for_a_client_duty_is_told_politely_and_gets_va_help(served, people, fake_slack):
    _, [refusal] = ask(served, fake_slack, people.va, "please order more printer paper")
    _, [help_] = ask(served, fake_slack, people.va, "help")
    _, [status] = ask(served, fake_slack, people.va, "what's the status of my requests?")

    assert "set up as a VA" in refusal.text and served.count(Request) == 0
    assert "*Claim*" in help_.text
    # a VA's status question is their queue in words (numbered, so "I'll take it" can follow)
    assert messages.WORDS_QUEUE_NONE.format(whose=messages.WORDS_QUEUE_YOURS) in status.text
