"""Availability and event questions against the fake Google, through the real adapter and the cache."""

from __future__ import annotations

from datetime import timedelta

import pytest

from handlers.calendar import availability, event_question
from integrations.cache import AnswerCache, CachedCalendar
from tests.unit.handlers.test_calendar import TODAY, World, at

TOMORROW = TODAY + timedelta(days=1)
DECLINED = [{"email": "maria@example.com", "self": True, "responseStatus": "declined"}]


@pytest.fixture
def world(google, calendar_in) -> World:
    day = google.calendar
    day.timed("Dentist", at(TOMORROW, 16, 30), at(TOMORROW, 17, 15), location="5 Main St")
    day.timed("Declined sync", at(TOMORROW, 14), at(TOMORROW, 15), attendees=DECLINED)
    day.timed("Focus time", at(TOMORROW, 15), at(TOMORROW, 16), transparency="transparent")
    day.timed("Cancelled lunch", at(TOMORROW, 12), at(TOMORROW, 13), status="cancelled")
    day.add(
        start={"dateTime": at(TOMORROW, 10).isoformat()},
        end={"dateTime": at(TOMORROW, 11).isoformat()},
        visibility="private",
    )  # another calendar's private event: only its time is shown
    return World(CachedCalendar(calendar_in(), AnswerCache(), "maria"))


def slot(world: World, hour: int, minute: int = 0) -> str:
    start = at(TOMORROW, hour, minute).isoformat()
    return world.ask(availability.availability, start=start, question="busy").splitlines()[0]


def test_a_clash_is_named_from_the_one_event_list_and_the_cache_answers_the_rest(world, google):
    assert slot(world, 16, 30) == "Yes — you have *Dentist* 4:30 PM–5:15 PM on Thu, Nov 26."
    assert slot(world, 14) == "No — you're free Thu, Nov 26, 2:00 PM–2:30 PM."  # declined
    assert slot(world, 15) == "No — you're free Thu, Nov 26, 3:00 PM–3:30 PM."  # shown as free
    assert slot(world, 12) == "No — you're free Thu, Nov 26, 12:00 PM–12:30 PM."  # cancelled
    assert slot(world, 10) == "Yes — you have a private event 10:00 AM–11:00 AM on Thu, Nov 26."
    assert [call.kind for call in google.calendar_calls()] == ["events.list"]
    assert "visibility" in google.calls_of("events.list")[0].params["fields"]


def test_the_agenda_for_that_day_comes_from_the_same_cached_answer(world, google):
    slot(world, 16, 30)
    text = world.ask(availability.availability, start="2026-11-26")
    assert "• *Dentist* 4:30 PM–5:15 PM" in text and "Declined sync" not in text and "Focus time" not in text
    assert len(google.calendar_calls()) == 1


def test_when_and_where_one_event_is(world, google):
    said = world.ask(event_question.event, event="dentist", ask="where")
    assert said == "*Dentist* is at 5 Main St — tomorrow, 4:30 PM–5:15 PM."
    assert world.ask(event_question.event, event="sync", ask="when").startswith("I don't see")  # declined
    assert [call.kind for call in google.calendar_calls()] == ["events.list"]  # asked once, then cached
