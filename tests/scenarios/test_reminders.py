"""Reminders and the queue in words over signed HTTP: a reminder set in one process is sent once by two
runners of another started after it, a Cancel click stops it, and a VA claims a request in words."""

from __future__ import annotations

import threading
from datetime import datetime

from bot.jobs.background import make_runner
from handlers.reminders.requests import CANCEL
from storage.db import make_engine, make_session_factory
from tests import payloads
from tests.scenarios.conftest import VA_CHANNEL, serving, wait_for

FOUR_PM_CHICAGO = datetime.fromisoformat("2026-11-25T22:00:00+00:00")


def dms_to(fake_slack, user: str) -> list:
    """What Jane posted to a person: answers in their DM channel ("D…"), and direct messages by user id."""
    return [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] in (user, "D" + user[1:])]


def run_together(*runners) -> None:
    threads = [threading.Thread(target=runner.run_due) for runner in runners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)


def test_a_reminder_set_before_a_restart_is_sent_once_by_two_runners(
    db_url, settings, engine, sessions, people, fake_slack, clock
):
    with serving(settings, engine, sessions, clock=clock) as first:
        first.send(payloads.message_event(people.client, "remind me at 4 to call the lender"))  # Phase I
        first.settle()
        [confirmation] = wait_for(lambda: dms_to(fake_slack, people.client))
        assert "I'll remind you" in confirmation.text and "call the lender" in confirmation.text
        assert [b["action_id"] for b in confirmation.buttons()] == [CANCEL]
        assert not [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == VA_CHANNEL]

    restarted = make_engine(db_url)  # a new process: its own engine, started after the first one stopped
    try:
        with serving(settings, restarted, make_session_factory(restarted), clock=clock) as second:
            clock.set(FOUR_PM_CHICAGO)
            services = second.jane.services
            run_together(make_runner(services, worker="a"), make_runner(services, worker="b"))
            second.settle()
            wait_for(lambda: len(dms_to(fake_slack, people.client)) == 2)
            run_together(make_runner(services, worker="a"), make_runner(services, worker="b"))
            second.settle()
    finally:
        restarted.dispose()
    reminders = [c.params["text"] for c in dms_to(fake_slack, people.client)][1:]
    assert reminders == ["⏰ Reminder: call the lender"]


def test_the_cancel_button_stops_the_reminder(served, people, fake_slack, clock):
    served.send(payloads.message_event(people.exec_client, "remind me at 4 to call the lender"))
    served.settle()
    [confirmation] = wait_for(lambda: dms_to(fake_slack, people.exec_client))
    [button] = confirmation.buttons()

    served.send(payloads.block_actions(people.client, button["action_id"], button["value"], channel="D1"))
    served.send(
        payloads.block_actions(people.exec_client, button["action_id"], button["value"], channel="D1")
    )
    served.settle()
    wait_for(lambda: len(fake_slack.calls("chat.postEphemeral")) == 2)  # one answer to each click
    by_user = {c.params["user"]: c.params["text"] for c in fake_slack.calls("chat.postEphemeral")}
    assert by_user[people.client] == "That reminder isn't yours, so I left it as it was."
    assert by_user[people.exec_client].startswith("Cancelled your reminder “call the lender”")

    clock.set(FOUR_PM_CHICAGO)
    make_runner(served.jane.services, worker="a").run_due()
    served.settle()
    assert not [c for c in fake_slack.calls() if c.text.startswith("⏰")]


def test_a_va_claims_in_words_and_the_card_and_client_follow(served, people, fake_slack):
    served.send(payloads.message_event(people.client, "please order more printer paper"))
    served.settle()
    [request] = served.requests()

    served.send(payloads.message_event(people.other_va, f"claim #{request.id}"))  # Ben doesn't serve Tom
    served.send(payloads.message_event(people.va, "I'll take the printer paper one"))
    served.settle()

    told = wait_for(lambda: [c.params["text"] for c in dms_to(fake_slack, people.va) if "yours:" in c.text])
    assert told == [f"It's yours: #{request.id} for <@{people.client}> — please order more printer paper. "
                    "I've told them."]  # fmt: skip
    assert any("Only the client's VA" in c.text for c in dms_to(fake_slack, people.other_va))
    wait_for(lambda: "Claimed by" in str(fake_slack.message(VA_CHANNEL, request.card_ts)))
    wait_for(
        lambda: any("has picked up your request" in c.text for c in fake_slack.calls("chat.postMessage"))
    )
    [claimed] = served.requests()
    assert claimed.status == "claimed"
