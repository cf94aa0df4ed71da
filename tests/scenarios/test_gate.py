"""The gate over HTTP: a duty the client has not been granted is refused before any handler or calendar."""

from __future__ import annotations

import pytest

from bot import conversation
from handlers.core.reply import Reply
from storage.models import Request
from tests import payloads
from tests.scenarios.conftest import serving


class Spy:
    """Stands in for a handler and a calendar gateway factory; records every call."""

    def __init__(self) -> None:
        self.handled: list[str] = []
        self.calendars: list[int] = []

    def handler(self, ctx, ask) -> Reply:
        self.handled.append(ask.text)
        ctx.calendar_for(ctx.client)
        return Reply("Here is your day.")

    def calendar_for(self, profile):
        self.calendars.append(profile.person_id)
        return object()


@pytest.fixture
def spy(monkeypatch) -> Spy:
    spy = Spy()
    monkeypatch.setitem(conversation.HANDLERS, "calendar.agenda", spy.handler)
    return spy


@pytest.fixture
def served_with_spy(settings, engine, sessions, people, clock, spy):
    with serving(settings, engine, sessions, clock=clock, calendar_for=spy.calendar_for) as served:
        yield served


def test_a_phase_one_client_asking_for_the_calendar_is_refused_with_the_unlock_button(
    served_with_spy, people, fake_slack, spy
):
    event = payloads.message_event(people.client, "what's on my calendar today?")
    served_with_spy.send(event)
    served_with_spy.settle()

    [reply] = fake_slack.calls("chat.postMessage")
    assert reply.params["thread_ts"] == event["event"]["ts"]
    assert "Daily schedule" in reply.text and "Phase III" in reply.text
    assert [(b["action_id"], b["value"], b["text"]["text"]) for b in reply.buttons()] == [
        ("phase.request", "3", "Ask my VA about Phase 3")
    ]
    assert spy.handled == [] and spy.calendars == []
    assert served_with_spy.count(Request) == 0


def test_a_phase_three_client_gets_through_to_the_handler(served_with_spy, people, fake_slack, spy):
    served_with_spy.send(payloads.message_event(people.exec_client, "what's on my calendar today?"))
    served_with_spy.settle()

    assert spy.handled == ["what's on my calendar today?"]
    [reply] = fake_slack.calls("chat.postMessage")
    assert "Here is your day." in reply.text


def test_a_withheld_duty_is_refused_even_within_the_phase(served_with_spy, people, fake_slack, spy, sessions):
    from storage.repositories import people as people_repo

    with sessions.begin() as session:
        profile = people_repo.find(session, people.exec_client).client
        people_repo.set_override(session, profile, "daily_schedule", False)
    served_with_spy.send(payloads.message_event(people.exec_client, "what's on my calendar today?"))
    served_with_spy.settle()

    [reply] = fake_slack.calls("chat.postMessage")
    assert "Daily schedule" in reply.text and reply.buttons() == []
    assert spy.handled == [] and spy.calendars == []


def test_a_granted_duty_without_a_handler_yet_becomes_a_request_for_the_va(
    served, people, fake_slack, monkeypatch
):
    monkeypatch.delitem(conversation.HANDLERS, "deal.status", raising=False)
    served.send(payloads.message_event(people.exec_client, "where are we on the Jones closing?"))
    served.settle()

    [request] = served.requests()
    assert request.duty == "sales_tracking"
    assert len(fake_slack.calls("chat.postMessage")) == 2  # the answer and the VA's card
