"""The queue over HTTP: single-winner claims across two app instances sharing one database, Done with a
note in a modal, Release and Cancel — the card updated in place and the client told in their thread."""

from __future__ import annotations

import threading

import pytest

from bot.slack import render
from handlers.queue.requests import DONE
from storage.db import make_engine, make_session_factory
from storage.models import RequestTransition
from storage.repositories import requests as repo
from tests import payloads
from tests.scenarios.conftest import VA_CHANNEL, serving, wait_for

PAPER = "please order more printer paper"


def ask_for_paper(served, people, fake_slack):
    event = payloads.message_event(people.client, PAPER)
    served.send(event)
    served.settle()
    [request] = served.requests()
    assert request.card_ts, "the card was posted and its ts recorded"
    return request, event["event"]


def click(served, user: str, action: str, request, **extra):
    return served.post(
        payloads.block_actions(
            user, action, str(request.id), channel=VA_CHANNEL, message_ts=request.card_ts, **extra
        )
    )


def told_in_thread(fake_slack, message: dict) -> list[str]:
    return [
        c.text
        for c in fake_slack.calls("chat.postMessage")
        if c.params["channel"] == message["channel"] and c.params.get("thread_ts") == message["ts"]
    ]


def card_now(fake_slack, request) -> str:
    card = fake_slack.message(VA_CHANNEL, request.card_ts)
    return "\n".join(b.get("text", {}).get("text", "") for b in card["blocks"] if b.get("type") == "section")


def test_two_claims_at_the_same_moment_on_two_instances_have_one_winner(
    db_url, settings, engine, sessions, people, fake_slack, clock
):
    second_engine = make_engine(db_url)
    try:
        with (
            serving(settings, engine, sessions, clock=clock) as first,
            serving(settings, second_engine, make_session_factory(second_engine), clock=clock) as second,
        ):
            request, message = ask_for_paper(first, people, fake_slack)
            start = threading.Barrier(2)
            statuses: dict[str, int] = {}

            def claim(served, user):
                start.wait()
                statuses[user] = click(served, user, "request.claim", request)[0]

            threads = [
                threading.Thread(target=claim, args=(first, people.va)),
                threading.Thread(target=claim, args=(second, people.admin)),
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            first.settle()
            second.settle()

            with first.sessions() as session:
                claimed = repo.get(session, request.id)
                winner = claimed.owner.user_id
                claims = [t for t in repo.transitions(session, request.id) if t.to_status == "claimed"]
    finally:
        second_engine.dispose()

    assert statuses == {people.va: 200, people.admin: 200}
    assert claimed.status == "claimed" and winner in (people.va, people.admin) and len(claims) == 1
    loser = people.admin if winner == people.va else people.va
    [ephemeral] = fake_slack.calls("chat.postEphemeral")
    assert ephemeral.params["user"] == loser and f"Already claimed by <@{winner}>" in ephemeral.text
    assert f"Claimed by <@{winner}>" in card_now(fake_slack, request)
    assert any(
        f"<@{winner}> has picked up your request" in text for text in told_in_thread(fake_slack, message)
    )


def test_done_opens_a_modal_and_its_note_reaches_the_client(served, people, fake_slack):
    request, message = ask_for_paper(served, people, fake_slack)
    click(served, people.va, "request.claim", request)
    served.settle()

    click(served, people.va, "request.done", request)
    served.settle()
    [opened] = fake_slack.calls("views.open")
    view = opened.params["view"]
    assert view["callback_id"] == DONE
    note = {
        render.NOTE_BLOCK: {render.NOTE_INPUT: payloads.text_input("Ordered 5 reams; arriving Thursday.")}
    }
    submitted = payloads.view_submission(people.va, DONE, note, private_metadata=view["private_metadata"])
    assert served.post(submitted)[0] == 200
    served.settle()

    [done] = served.requests()
    assert (done.status, done.note) == ("done", "Ordered 5 reams; arriving Thursday.")
    told = told_in_thread(fake_slack, message)
    assert any("Done: your request to order office supplies" in t and "arriving Thursday" in t for t in told)
    assert f"Done by <@{people.va}>" in card_now(fake_slack, request)
    assert fake_slack.message(VA_CHANNEL, request.card_ts)["blocks"][-1]["type"] != "actions"


def test_release_puts_it_back_and_the_card_offers_claim_again(served, people, fake_slack):
    request, message = ask_for_paper(served, people, fake_slack)
    click(served, people.va, "request.claim", request)
    served.settle()
    click(served, people.va, "request.release", request)
    served.settle()

    [released] = served.requests()
    assert (released.status, released.owner_id) == ("queued", None)
    assert "Waiting for someone to claim it." in card_now(fake_slack, request)
    assert any("back in the queue" in t for t in told_in_thread(fake_slack, message))
    assert served.count(RequestTransition, RequestTransition.request_id == request.id) == 3


def test_the_client_cancels_from_their_thread_and_the_va_is_told(served, people, fake_slack):
    request, message = ask_for_paper(served, people, fake_slack)
    click(served, people.va, "request.claim", request)
    served.settle()
    served.post(
        payloads.block_actions(
            people.client, "request.cancel", str(request.id), channel=message["channel"], message_ts="1.2",
            thread_ts=message["ts"],
        )
    )  # fmt: skip
    served.settle()

    [cancelled] = served.requests()
    assert cancelled.status == "cancelled"
    assert "Cancelled." in card_now(fake_slack, request)
    assert any("Cancelled: your request" in t for t in told_in_thread(fake_slack, message))
    to_va = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == people.va]
    assert len(to_va) == 1 and "cancelled their request" in to_va[0].text


def test_a_double_click_on_claim_claims_once_and_says_so(served, people, fake_slack):
    request, _ = ask_for_paper(served, people, fake_slack)
    click(served, people.va, "request.claim", request)
    click(served, people.va, "request.claim", request)
    served.settle()

    with served.sessions() as session:
        assert len([t for t in repo.transitions(session, request.id) if t.to_status == "claimed"]) == 1
    [ephemeral] = fake_slack.calls("chat.postEphemeral")
    assert f"Already claimed by <@{people.va}>" in ephemeral.text


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_claim_before_the_card_is_posted_ends_with_one_card_showing_the_claim(served, people, fake_slack):
    fake_slack.delay("chat.postMessage", 0.3)
    event = payloads.message_event(people.client, PAPER)
    served.send(event)
    request = wait_for(lambda: next(iter(served.requests()), None))
    served.post(payloads.block_actions(people.va, "request.claim", str(request.id), channel=VA_CHANNEL))
    served.settle()
    wait_for(lambda: served.pending_outbox() == 0)

    cards = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == VA_CHANNEL]
    assert len(cards) == 1
    [request] = served.requests()
    assert f"Claimed by <@{people.va}>" in card_now(fake_slack, request)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_app_homes_of_the_client_the_va_and_the_admins_follow_the_request(served, people, fake_slack):
    request, _ = ask_for_paper(served, people, fake_slack)
    fake_slack.reset()
    click(served, people.va, "request.claim", request)
    served.settle()

    published = {c.params["user_id"] for c in fake_slack.calls("views.publish")}
    assert published == {people.client, people.va, people.admin}  # an admin's queue lists every request
