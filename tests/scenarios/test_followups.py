"""Follow-ups over signed HTTP: the conversation's topics live in the database, so the next message may be
taken by another process; "move it to 4" re-times the waiting draft and redraws the VA's card in place;
"cancel that" withdraws it; a follow-up that refers to nothing is asked back and never becomes a request;
and asked in a channel, an answer about the asker's deals or requests is theirs alone."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from handlers.core import messages
from handlers.queue.booking_card import draft_of
from storage.db import make_engine, make_session_factory
from storage.models import Conversation
from storage.repositories import deals
from storage.repositories import people as people_repo
from tests import payloads
from tests.scenarios.conftest import VA_CHANNEL, serving

CHICAGO = ZoneInfo("America/Chicago")


def say(served, user: str, text: str) -> dict:
    """A direct message to Jane, answered (the event as Slack sent it)."""
    event = payloads.message_event(user, text)
    served.send(event)
    served.settle()
    return event["event"]


def answers(fake_slack, message: dict) -> list[str]:
    """Jane's answers in the message's thread, each as its headline (the notification text)."""
    return [
        c.params["text"]
        for c in fake_slack.calls("chat.postMessage")
        if (c.params["channel"], c.params.get("thread_ts")) == (message["channel"], message["ts"])
    ]


def card_text(fake_slack, request) -> str:
    card = fake_slack.message(VA_CHANNEL, request.card_ts)
    return "\n".join(b.get("text", {}).get("text", "") for b in card["blocks"] if b.get("type") == "section")


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_follow_up_taken_by_another_process_reads_the_first_turns_topics(
    db_url, settings, engine, sessions, people, fake_slack, clock
):
    second_engine = make_engine(db_url)
    try:
        with (
            serving(settings, engine, sessions, clock=clock) as first,
            serving(settings, second_engine, make_session_factory(second_engine), clock=clock) as second,
        ):
            asked = say(first, people.exec_client, "am I free tomorrow at 10?")
            followed = say(second, people.exec_client, "and at 2?")
            requests = first.requests()
    finally:
        second_engine.dispose()

    [first_answer], [second_answer] = answers(fake_slack, asked), answers(fake_slack, followed)
    assert first_answer.startswith("Yes") and "10:00 AM" in first_answer
    assert second_answer.startswith("Yes") and "2:00 PM" in second_answer and "Thu, Nov 26" in second_answer
    assert requests == []


def test_move_it_to_4_re_times_the_waiting_draft_and_redraws_the_vas_card_in_place(
    served, people, fake_slack
):
    say(served, people.exec_client, "book a call with Linda tomorrow at 2pm")
    [drafted] = served.requests()
    assert "2:00 PM" in card_text(fake_slack, drafted)

    moved = say(served, people.exec_client, "move it to 4")

    [request] = served.requests()
    draft = draft_of(request)
    assert request.id == drafted.id and request.status == "awaiting_confirmation" and draft is not None
    assert datetime.fromisoformat(draft["start"]).astimezone(CHICAGO).hour == 16
    assert length(request) == length(drafted)
    cards = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == VA_CHANNEL]
    assert len(cards) == 1, "one card, redrawn: no second request for the VA"
    assert [c.params["ts"] for c in fake_slack.calls("chat.update")] == [request.card_ts]
    assert "4:00 PM" in card_text(fake_slack, request) and "2:00 PM" not in card_text(fake_slack, request)
    [answer] = answers(fake_slack, moved)
    assert answer.startswith("Changed: *Call with Linda* is now") and "4:00 PM" in answer


def length(request):
    draft = draft_of(request)
    assert draft is not None
    return datetime.fromisoformat(draft["end"]) - datetime.fromisoformat(draft["start"])


def test_cancel_that_withdraws_the_draft_and_its_card_says_so(served, people, fake_slack):
    say(served, people.exec_client, "book a call with Linda tomorrow at 2pm")
    withdrawn = say(served, people.exec_client, "actually, cancel that")
    again = say(served, people.exec_client, "cancel that")

    [request] = served.requests()
    assert request.status == "cancelled"
    assert "Not booked: cancelled" in card_text(fake_slack, request)
    [answer] = answers(fake_slack, withdrawn)
    assert answer.startswith("Cancelled: I won't book *Call with Linda*")
    assert answers(fake_slack, again) == [messages.NOTHING_TO_CANCEL]


def test_a_follow_up_that_refers_to_nothing_is_asked_back_and_never_becomes_a_request(
    served, people, fake_slack, clock
):
    unmoored = say(served, people.exec_client, "move it to 4")
    say(served, people.exec_client, "am I free tomorrow at 10?")
    clock.advance(minutes=31)  # the conversation has been quiet for longer than JANE_CONVERSATION_MINUTES
    forgotten = say(served, people.exec_client, "and the day after that?")

    assert answers(fake_slack, unmoored) == [messages.ASK_BACK["correction"]]
    assert answers(fake_slack, forgotten) == [messages.ASK_BACK["ellipsis"]]
    assert served.requests() == []
    assert not any(c.params.get("blocks") and "request.forward" in str(c.params["blocks"])
                   for c in fake_slack.calls("chat.postMessage"))  # fmt: skip


def test_asked_in_a_channel_a_deal_is_answered_to_the_asker_alone(
    served, people, fake_slack, sessions, clock
):
    with sessions.begin() as session:
        client = people_repo.find(session, people.exec_client)
        deals.add(session, client, "Baker Street duplex", "offer", amount=Decimal("534000"), now=clock())

    event = payloads.app_mention(people.exec_client, "where are we on the Baker Street duplex?")
    served.send(event)
    served.settle()

    [private] = fake_slack.calls("chat.postEphemeral")
    message = event["event"]
    assert private.params["user"] == people.exec_client
    assert (private.params["channel"], private.params["thread_ts"]) == (message["channel"], message["ts"])
    assert "Baker Street duplex" in private.text and "534,000" in private.text
    assert not any("Baker" in c.text for c in fake_slack.calls("chat.postMessage"))
    with served.sessions() as session:
        [conversation] = session.query(Conversation).all()
    assert conversation.key.endswith(f":{message['channel']}:{message['ts']}:{people.exec_client}")


def test_a_request_made_in_a_channel_is_confirmed_privately_and_followed_up_by_dm(served, people, fake_slack):
    event = payloads.app_mention(people.client, "please order more printer paper")
    served.send(event)
    served.settle()

    [request] = served.requests()
    [private] = fake_slack.calls("chat.postEphemeral")
    assert private.params["user"] == people.client and "office supplies" in private.text
    assert (request.channel, request.thread_ts) == (None, None), "news of it goes to the client's DM"
    assert not any(c.params["channel"] == "C0GENERAL" for c in fake_slack.calls("chat.postMessage"))
