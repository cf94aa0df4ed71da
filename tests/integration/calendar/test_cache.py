"""The per-client answer cache: one Calendar call per question, none for a repeat within 60 seconds."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from integrations.cache import AnswerCache, CachedCalendar
from integrations.calendar import CalendarError, EventChange, NewEvent
from tests.fakes.calendar import FakeCalendar

START = datetime(2026, 11, 25, 6, tzinfo=UTC)
END = START + timedelta(days=1)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def cached(gateway: FakeCalendar, clock: Clock, client=1) -> CachedCalendar:
    return CachedCalendar(gateway, AnswerCache(clock=clock), (client, "local"))


def test_a_repeat_within_60_seconds_costs_nothing_and_after_it_one_call(clock):
    gateway = FakeCalendar()
    calendar = cached(gateway, clock)
    calendar.agenda(START, END)
    clock.now += 59
    calendar.agenda(START, END)
    assert len(gateway.asked) == 1
    clock.now += 2
    calendar.agenda(START, END)
    assert len(gateway.asked) == 2


def test_different_questions_and_clients_are_asked_separately(clock):
    gateway, cache = FakeCalendar(), AnswerCache(clock=clock)
    maria, tom = CachedCalendar(gateway, cache, (1, "local")), CachedCalendar(gateway, cache, (2, "local"))
    maria.agenda(START, END)
    maria.busy(START, END)
    maria.agenda(START, END + timedelta(days=1))
    tom.agenda(START, END)
    assert [call[0] for call in gateway.asked] == ["agenda", "busy", "agenda", "agenda"]


def test_janes_own_booking_invalidates_that_clients_answers(clock):
    gateway = FakeCalendar()
    calendar = cached(gateway, clock)
    calendar.busy(START, END)
    calendar.create(NewEvent(key="k", title="Lunch", start=START, end=START + timedelta(hours=1)))
    calendar.busy(START, END)
    assert [call[0] for call in gateway.asked] == ["busy", "create", "busy"]


def test_a_change_invalidates_that_clients_answers_even_when_it_fails(clock):
    gateway, cache = FakeCalendar(), AnswerCache(clock=clock)
    maria, tom = CachedCalendar(gateway, cache, (1, "local")), CachedCalendar(gateway, cache, (2, "local"))
    maria.agenda(START, END)
    tom.agenda(START, END)

    maria.change(EventChange("lunch1", cancel=True))
    maria.agenda(START, END)
    with pytest.raises(CalendarError):  # the event is gone: a failed change forgets her answers too
        maria.change(EventChange("lunch1", start=START, end=END))
    maria.agenda(START, END)
    tom.agenda(START, END)

    asked = [call[0] for call in gateway.asked]
    assert asked == ["agenda", "agenda", "change", "agenda", "change", "agenda"]  # tom's answer was kept


def test_errors_are_not_cached(clock):
    gateway = FakeCalendar(error=CalendarError("down"))
    calendar = cached(gateway, clock)
    with pytest.raises(CalendarError):
        calendar.agenda(START, END)
    gateway.error = None
    calendar.agenda(START, END)
    assert len(gateway.asked) == 2


def test_the_same_question_asked_at_once_by_many_threads_is_one_call(clock):
    release = threading.Event()

    class Slow(FakeCalendar):
        def agenda(self, start, end):
            release.wait(5)
            return super().agenda(start, end)

    gateway = Slow()
    calendar = cached(gateway, clock)
    threads = [threading.Thread(target=calendar.agenda, args=(START, END)) for _ in range(8)]
    for thread in threads:
        thread.start()
    release.set()
    for thread in threads:
        thread.join()
    assert len(gateway.asked) == 1
