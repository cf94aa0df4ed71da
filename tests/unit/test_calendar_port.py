"""The calendar port: a change asked inside a unit of work is made outside it, then answered from memory."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.edge.calendar_port import Answers, NeedsCalendar
from integrations.calendar import CalendarError, Event, EventChange
from integrations.sentences import EVENT_GONE
from storage.models import ClientProfile, Person
from tests.fakes.calendar import FakeCalendar

NOON = datetime(2026, 3, 10, 12, tzinfo=UTC)


def maria() -> ClientProfile:
    profile = ClientProfile(person_id=7, phase=3)
    profile.person = Person(id=7, team_id="T1", user_id="UMARIA", name="maria", tz="America/Chicago")
    return profile


def lunch() -> Event:
    return Event(id="lunch1", title="Lunch", start=NOON, end=NOON + timedelta(hours=1))


def test_a_change_is_made_outside_the_transaction_once_and_then_answered_with_none():
    gateway, answers = FakeCalendar(events=[lunch()]), Answers()
    port = answers.port(lambda profile: gateway)(maria())
    cancel = EventChange("lunch1", cancel=True)

    with pytest.raises(NeedsCalendar) as need:
        port.change(cancel)
    assert gateway.asked == [] and need.value.key == (7, "change", cancel.key)
    answers.fetch(need.value)

    assert port.change(cancel) is None  # the next round: from what was fetched, no second call
    assert gateway.asked == [("change", cancel)] and gateway.events == []


def test_a_move_to_other_times_is_another_question_and_its_error_an_answer():
    gateway, answers = FakeCalendar(), Answers()
    port = answers.port(lambda profile: gateway)(maria())
    move = EventChange("lunch1", start=NOON, end=NOON + timedelta(hours=2))
    later = EventChange("lunch1", start=NOON, end=NOON + timedelta(hours=3))

    with pytest.raises(NeedsCalendar) as need:
        port.change(move)
    answers.fetch(need.value)

    with pytest.raises(CalendarError, match=EVENT_GONE):
        port.change(move)
    with pytest.raises(NeedsCalendar):
        port.change(later)
    assert move.key != later.key and len(gateway.asked) == 1


def test_a_change_key_names_the_exact_change_and_a_move_needs_both_times():
    assert EventChange("lunch1", cancel=True).key == "lunch1 cancel"
    moved = EventChange("lunch1", start=NOON, end=NOON + timedelta(hours=1))
    assert moved.key == "lunch1 2026-03-10 12:00:00+00:00 2026-03-10 13:00:00+00:00"
    with pytest.raises(ValueError):
        EventChange("lunch1", start=NOON)
