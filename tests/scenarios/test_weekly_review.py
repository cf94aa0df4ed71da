"""Time on requests and the weekly review through the real app, over signed HTTP: a VA closes two requests
with the time spent, the review comes once on Friday at 16:00 in Chicago however many runners look, and a
client's phase decides whether it shows deals and the calendar."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta

import pytest

from bot.jobs.background import make_runner
from bot.slack import render
from handlers.proactive import job_plan
from handlers.queue.requests import DONE, LOG_TIME
from integrations.calendar import Event
from storage.models import TimeEntry
from storage.repositories import deals
from storage.repositories import people as people_repo
from tests import payloads
from tests.integration.jobs.conftest import FakeCalendar
from tests.scenarios.conftest import VA_CHANNEL, serving, wait_for

FRIDAY_FOUR_IN_CHICAGO = datetime.fromisoformat("2026-11-27T22:00:00+00:00")


@pytest.fixture
def calendar() -> FakeCalendar:
    return FakeCalendar()


@pytest.fixture
def app(settings, engine, sessions, people, clock, calendar):
    with serving(settings, engine, sessions, clock=clock, calendar_for=calendar.for_client) as served:
        yield served


def ask(app, client: str, text: str):
    app.send(payloads.message_event(client, text))
    app.settle()
    return max(app.requests(), key=lambda r: r.id)


def click(app, user: str, action: str, request) -> None:
    card = payloads.block_actions(
        user, action, str(request.id), channel=VA_CHANNEL, message_ts=request.card_ts
    )
    app.send(card)
    app.settle()


def submit(app, fake_slack, user: str, callback: str, time: str, note: str) -> str:
    """Fill in the modal the last click opened; the ack's body (Slack's response_action, if any)."""
    view = fake_slack.calls("views.open")[-1].params["view"]
    values = {
        render.TIME_BLOCK: {render.TIME_INPUT: payloads.text_input(time)},
        render.NOTE_BLOCK: {render.NOTE_INPUT: payloads.text_input(note)},
    }
    status, body = app.post(
        payloads.view_submission(user, callback, values, private_metadata=view["private_metadata"])
    )
    assert status == 200
    app.settle()
    return body


def close_with_time(app, fake_slack, va: str, request, time: str, note: str) -> None:
    click(app, va, "request.claim", request)
    click(app, va, DONE, request)
    assert submit(app, fake_slack, va, DONE, time, note) == ""


def said_to(fake_slack, user: str) -> list[str]:
    """Everything Jane posted to a person: by DM (to their user id) and in their DM's threads."""
    channels = (user, "D" + user[1:])
    return [c.text for c in fake_slack.calls("chat.postMessage") if c.params["channel"] in channels]


def reviews_to(fake_slack, user: str) -> list:
    calls = fake_slack.calls("chat.postMessage")
    return [
        c for c in calls if c.params["channel"] == user and c.text.startswith(("Your week", "A quiet week"))
    ]


def run_two_runners_at_once(app) -> None:
    runners = [make_runner(app.jane.services, worker=name) for name in ("runner-a", "runner-b")]
    threads = [threading.Thread(target=runner.run_due) for runner in runners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)


def test_two_requests_closed_with_time_are_in_the_one_friday_review(app, people, fake_slack, clock, sessions):
    paper = ask(app, people.client, "please order more printer paper")
    cards = ask(app, people.client, "please send the holiday cards")
    close_with_time(app, fake_slack, people.va, paper, "45m", "Ordered 5 reams.")

    click(app, people.va, "request.claim", cards)
    click(app, people.va, DONE, cards)
    refused = json.loads(submit(app, fake_slack, people.va, DONE, "lots", "Posted them all."))
    assert refused["response_action"] == "errors" and "“lots”" in refused["errors"][render.TIME_BLOCK]
    assert {r.id: r.status for r in app.requests()}[cards.id] == "claimed", "a bad time changes nothing"
    assert submit(app, fake_slack, people.va, DONE, "1h 15m", "Posted them all.") == ""

    told = said_to(fake_slack, people.client)
    assert any("Ordered 5 reams." in t and "Time spent: 45m." in t for t in told)
    assert app.count(TimeEntry) == 2

    with sessions.begin() as session:
        client = people_repo.find(session, people.client)
        assert client is not None and client.client is not None
        job_plan.sync_client(session, client.client, clock(), "15:00")
    clock.set(FRIDAY_FOUR_IN_CHICAGO - timedelta(minutes=1))
    run_two_runners_at_once(app)
    assert reviews_to(fake_slack, people.client) == [], "not before Friday 16:00"

    clock.set(FRIDAY_FOUR_IN_CHICAGO)
    run_two_runners_at_once(app)
    run_two_runners_at_once(app)
    [review] = wait_for(lambda: reviews_to(fake_slack, people.client))
    app.settle()
    assert len(reviews_to(fake_slack, people.client)) == 1, "once, however many runners look"

    va = f"<@{people.va}>"
    assert "Done this week (2, 2h):" in review.text
    assert f"please order more printer paper — {va} (45m): “Ordered 5 reams.”" in review.text
    assert f"please send the holiday cards — {va} (1h 15m): “Posted them all.”" in review.text
    assert "Deals" not in review.text and "Next week" not in review.text, "Phase I: no deals, no calendar"
    assert "Fridays at 4:00 PM" in review.text


def test_a_phase_one_review_has_no_deals_or_calendar_where_phase_three_has_both(
    app, people, fake_slack, clock, sessions, calendar
):
    monday = datetime.fromisoformat("2026-11-30T15:00:00+00:00")
    with sessions.begin() as session:
        for user_id in (people.client, people.exec_client):
            client = people_repo.find(session, user_id)
            assert client is not None and client.client is not None
            deal = deals.add(session, client, f"Oak Ave for {user_id}", "offer", now=clock())
            deals.update(session, deal, stage="under_contract", now=clock() + timedelta(hours=1))
            calendar.events[client.id] = [Event("e1", "Dentist", monday, monday + timedelta(hours=1))]
            job_plan.sync_client(session, client.client, clock(), "15:00")

    clock.set(FRIDAY_FOUR_IN_CHICAGO)
    run_two_runners_at_once(app)

    [phase_one] = wait_for(lambda: reviews_to(fake_slack, people.client))
    [phase_three] = wait_for(lambda: reviews_to(fake_slack, people.exec_client))
    assert "Oak Ave" not in phase_one.text and "Dentist" not in phase_one.text
    quiet = phase_one.params["text"]
    assert quiet.startswith("A quiet week") and "\n" not in quiet and phase_one.buttons() == [], "one line"
    assert "Deals that moved (1):" in phase_three.text and "Offer → Under contract" in phase_three.text
    assert "Next week at a glance (1 event):" in phase_three.text and "Dentist" in phase_three.text


def test_time_is_logged_later_in_words_and_by_button_and_only_by_the_clients_va(app, people, fake_slack):
    paper = ask(app, people.client, "please order more printer paper")
    click(app, people.va, "request.claim", paper)

    app.send(payloads.message_event(people.va, f"log 30m on #{paper.id} called two suppliers"))
    app.send(payloads.message_event(people.other_va, f"log 2h on #{paper.id}"))
    app.settle()
    click(app, people.va, LOG_TIME, paper)
    assert json.loads(submit(app, fake_slack, people.va, LOG_TIME, "", "x"))["response_action"] == "errors"
    assert submit(app, fake_slack, people.va, LOG_TIME, "-10m", "typo") == ""

    to_va = said_to(fake_slack, people.va) + [c.text for c in fake_slack.calls("chat.postEphemeral")]
    assert any(f"Logged 30m on #{paper.id}" in t and "30m on it in all" in t for t in to_va)
    assert any(f"Took 10m off #{paper.id}" in t and "20m on it in all" in t for t in to_va)
    to_ben = said_to(fake_slack, people.other_va)
    assert any("Only the client's VA can do that" in t for t in to_ben)
    assert app.count(TimeEntry) == 2


def test_the_client_asks_what_was_done_this_week_and_how_many_hours(app, people, fake_slack):
    paper = ask(app, people.client, "please order more printer paper")
    close_with_time(app, fake_slack, people.va, paper, "1.5h", "Ordered 5 reams.")

    app.send(payloads.message_event(people.client, "what did you do for me this week?"))
    app.send(payloads.message_event(people.client, "how many hours did Ana spend this month?"))
    app.send(payloads.message_event(people.exec_client, "what did you do for me this week?"))
    app.settle()

    to_tom, to_maria = said_to(fake_slack, people.client), said_to(fake_slack, people.exec_client)
    assert any(f"<@{people.va}> spent *1h 30m* on your requests in November 2026." in t for t in to_tom), (
        to_tom
    )
    assert any(f"<@{people.va}> spent *1h 30m* on your requests in November 2026." in t for t in to_tom)
    assert all("printer paper" not in t for t in to_maria), "a client sees only their own"
    assert any("A quiet week" in t for t in to_maria)
