"""Calendar questions through the real Slack app: signed requests, fake Slack, fake Google on loopback."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime

import pytest

from bot.slack import render
from handlers.queue.booking_card import REJECT
from integrations.factory import calendar_factory
from integrations.google_calendar import READ_RETRIES
from storage.models import Request
from storage.repositories import people as people_repo
from tests import payloads
from tests.scenarios.conftest import VA_CHANNEL, scenario_settings, serving

CHICAGO_MORNING = datetime(2026, 11, 25, 16, 0, tzinfo=UTC)  # 10:00 in Chicago, on the scenario's today


@pytest.fixture
def on_google(db_url, engine, sessions, people, fake_slack, clock, google, tmp_path):
    """Jane serving with a service account (domain-wide delegation) pointed at the fake Google."""
    key_file = tmp_path / "service-account.json"
    key_file.write_text(json.dumps(google.service_account_info()))
    settings = scenario_settings(
        db_url, fake_slack, GOOGLE_SERVICE_ACCOUNT_FILE=str(key_file), GOOGLE_API_ENDPOINT=google.api_root
    )
    with sessions.begin() as session:
        people_repo.find(session, people.exec_client).email = "maria@example.com"
    google.calendar.timed("Showing — 14 Lakeview Dr", CHICAGO_MORNING, CHICAGO_MORNING.replace(hour=17),
                          location="14 Lakeview Dr")  # fmt: skip
    google.calendar.timed("Team call", CHICAGO_MORNING.replace(hour=21), CHICAGO_MORNING.replace(hour=22),
                          hangoutLink="https://meet.example/team")  # fmt: skip
    calendar_for = calendar_factory(settings, sessions, sleep=lambda seconds: None)  # backoff without waiting
    with serving(settings, engine, sessions, clock=clock, calendar_for=calendar_for) as served:
        yield served


def replies(fake_slack, message: dict) -> list:
    return [
        c for c in fake_slack.calls("chat.postMessage")
        if (c.params["channel"], c.params.get("thread_ts")) == (message["channel"], message["ts"])
    ]  # fmt: skip


def ask(served, people, text: str) -> dict:
    event = payloads.message_event(people.exec_client, text)
    served.send(event)
    return event["event"]


def test_the_agenda_lists_googles_events_in_the_clients_zone_and_a_repeat_costs_no_call(
    on_google, people, fake_slack, google
):
    first = ask(on_google, people, "What's on my calendar today?")
    on_google.settle()
    second = ask(on_google, people, "what's on my calendar today")
    on_google.settle()

    [answer] = replies(fake_slack, first)
    assert "Your calendar for" in answer.text
    assert "|10:00 AM>–<!date^" in answer.text and "Showing — 14 Lakeview Dr* · 14 Lakeview Dr" in answer.text
    assert "|3:00 PM>" in answer.text and "<https://meet.example/team|Join>" in answer.text
    [again] = replies(fake_slack, second)
    assert again.text == answer.text
    assert len(google.calls_of("events.list")) == 1
    assert google.tokens.subjects == ["maria@example.com"]


def test_the_ack_never_waits_for_google(on_google, people, fake_slack, google):
    google.hold["events.list"] = threading.Event()
    message = ask(on_google, people, "What's on my calendar today?")  # acknowledged (200) already
    assert replies(fake_slack, message) == []
    google.hold["events.list"].set()
    on_google.settle()
    assert len(replies(fake_slack, message)) == 1


def test_book_lunch_then_the_va_confirms_and_one_event_is_inserted(on_google, people, fake_slack, google):
    message = ask(on_google, people, "Book lunch with Sam next Tuesday at noon")
    on_google.settle()
    [request] = on_google.requests()
    assert request.status == "awaiting_confirmation"
    [drafted] = replies(fake_slack, message)
    assert "Lunch with Sam" in drafted.text and google.calls_of("events.insert") == []
    [card] = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == VA_CHANNEL]
    assert [b["action_id"] for b in card.buttons()] == ["booking.confirm", "booking.reject"]

    for _ in range(2):  # a double click
        on_google.send(payloads.block_actions(people.other_va, "booking.confirm", str(request.id),
                                              channel=VA_CHANNEL, message_ts=request.card_ts))  # fmt: skip
    on_google.settle()

    [insert] = google.calls_of("events.insert")
    assert insert.body["summary"] == "Lunch with Sam"
    assert insert.body["start"] == {"dateTime": "2026-12-01T12:00:00-06:00", "timeZone": "America/Chicago"}
    assert "sendUpdates" not in insert.params  # "Sam" is a name, not an address: nobody is invited
    with on_google.sessions() as session:
        assert session.get(Request, request.id).status == "done"
    booked = [c for c in replies(fake_slack, message) if "Booked" in c.text]
    assert len(booked) == 1 and f"eid={insert.body['id']}" in booked[0].text


def test_a_move_of_an_event_on_google_is_drafted_then_patched_once_the_va_confirms(
    on_google, people, fake_slack, google
):
    [showing] = [e for e in google.calendar.events["primary"] if e["summary"].startswith("Showing")]
    message = ask(on_google, people, "can you move the showing today to 2pm?")
    on_google.settle()
    [request] = on_google.requests()
    assert request.status == "awaiting_confirmation"
    assert request.details["booking"]["changes"] == showing["id"]
    [drafted] = replies(fake_slack, message)
    assert drafted.text.startswith("I'll move *Showing — 14 Lakeview Dr* from ")
    assert google.calls_of("events.patch") == []  # nothing changes before a VA confirms

    for _ in range(2):  # a double click
        on_google.send(payloads.block_actions(people.other_va, "booking.confirm", str(request.id),
                                              channel=VA_CHANNEL, message_ts=request.card_ts))  # fmt: skip
    on_google.settle()

    [patch] = google.calls_of("events.patch")
    assert patch.path.endswith(f"/events/{showing['id']}") and patch.params["sendUpdates"] == "all"
    assert patch.body["start"] == {"dateTime": "2026-11-25T14:00:00-06:00", "timeZone": "America/Chicago"}
    assert patch.body["end"] == {"dateTime": "2026-11-25T15:00:00-06:00", "timeZone": "America/Chicago"}
    with on_google.sessions() as session:
        assert session.get(Request, request.id).status == "done"
    done = [c for c in replies(fake_slack, message) if c.text.startswith("Done: ")]
    assert len(done) == 1 and "is now" in done[0].text


def test_another_vas_confirm_books_nothing(on_google, people, fake_slack, google):
    ask(on_google, people, "Book lunch with Sam next Tuesday at noon")
    on_google.settle()
    [request] = on_google.requests()
    on_google.send(payloads.block_actions(people.va, "booking.confirm", str(request.id), channel=VA_CHANNEL))
    on_google.settle()
    assert google.calls_of("events.insert") == []
    with on_google.sessions() as session:
        assert session.get(Request, request.id).status == "awaiting_confirmation"


def test_google_down_is_a_plain_sentence(on_google, people, fake_slack, google):
    google.fail("events.list", 500)
    message = ask(on_google, people, "What's on my calendar tomorrow?")
    on_google.settle()
    [answer] = replies(fake_slack, message)
    assert "Google Calendar isn't answering right now" in answer.text
    assert len(google.calls_of("events.list")) == 1 + READ_RETRIES


def test_reject_asks_why_then_updates_the_card_tells_the_client_the_reason_and_books_nothing(
    on_google, people, fake_slack, google
):
    message = ask(on_google, people, "Book lunch with Sam next Tuesday at noon")
    on_google.settle()
    [request] = on_google.requests()
    click = payloads.block_actions(people.other_va, "booking.reject", str(request.id), channel=VA_CHANNEL,
                                   message_ts=request.card_ts)  # fmt: skip
    on_google.send(click)
    on_google.settle()
    [opened] = fake_slack.calls("views.open")
    view = opened.params["view"]
    assert view["callback_id"] == REJECT and "Lunch with Sam" in json.dumps(view["blocks"])
    assert on_google.requests()[0].status == "awaiting_confirmation"  # nothing moves until the reason

    reason = {render.NOTE_BLOCK: {render.NOTE_INPUT: payloads.text_input("Sam is away that week.")}}
    submitted = payloads.view_submission(
        people.other_va, REJECT, reason, private_metadata=view["private_metadata"]
    )
    assert on_google.post(submitted)[0] == 200
    on_google.settle()
    assert google.calls_of("events.insert") == []
    [rejected] = on_google.requests()
    assert (rejected.status, rejected.note) == ("cancelled", "Sam is away that week.")
    told = [c.text for c in replies(fake_slack, message) if "didn't book *Lunch with Sam*" in c.text]
    assert len(told) == 1 and "Sam is away that week." in told[0]
    card = fake_slack.message(VA_CHANNEL, request.card_ts)
    shown = json.dumps(card["blocks"])
    assert f"rejected by <@{people.other_va}>" in shown and "booking.confirm" not in shown
    assert "Reason: Sam is away that week." in shown


def test_only_the_clients_va_gets_the_reject_modal(on_google, people, fake_slack, google):
    ask(on_google, people, "Book lunch with Sam next Tuesday at noon")
    on_google.settle()
    [request] = on_google.requests()
    on_google.send(payloads.block_actions(people.va, "booking.reject", str(request.id), channel=VA_CHANNEL))
    on_google.settle()
    assert fake_slack.calls("views.open") == []
    [refused] = fake_slack.calls("chat.postEphemeral")
    assert refused.params["user"] == people.va and "Only the client's VA" in refused.text
