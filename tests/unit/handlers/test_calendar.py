"""The agenda and availability handlers as plain calls: a fake gateway, no Slack, no database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import MappingProxyType, SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from handlers.calendar import availability
from handlers.calendar import draft as booking_draft
from handlers.calendar import questions as calendar
from handlers.core import messages
from handlers.core.context import Ask, Context, Thread
from handlers.core.timefmt import plain_dates
from integrations.calendar import CalendarAccessLost, CalendarError, CalendarNotConnected, Event
from integrations.sentences import ACCESS_LOST, NOT_CONNECTED, UNAVAILABLE
from storage.models import ClientProfile, Person
from tests.fakes.calendar import FakeCalendar
from tests.unit.handlers.trust_cast import RecordingNotifier

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # Wednesday 09:00 in Chicago
TODAY = date(2026, 11, 25)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=CHICAGO)


def timed(title: str, start: datetime, end: datetime, **more) -> Event:
    return Event(id=title, title=title, start=start, end=end, **more)


def all_day(title: str, first: date, after_last: date) -> Event:
    return Event(id=title, title=title, start=first, end=after_last, all_day=True)


class World:
    def __init__(self, gateway: FakeCalendar, settings=None, now: datetime = NOW) -> None:
        self.va = Person(id=2, user_id="UVA", tz="America/Chicago", is_va=True)
        self.maria = Person(id=1, user_id="UMARIA", tz=CHICAGO.key, work_start="09:00", work_end="18:00")
        self.maria.client = ClientProfile(person_id=1, phase=3, va=self.va)
        self.gateway, self.notify, self.settings, self.now = gateway, RecordingNotifier(), settings, now
        self.thread = Thread()  # where the question was asked (a Slack DM and its ts, or none)

    def ask(self, handler, text: str = "…", **slots) -> str:
        calendar_for = lambda _: self.gateway  # noqa: E731
        ctx = Context(None, self.maria, self.now, self.notify, calendar_for, self.thread, self.settings)
        self.reply = handler(ctx, Ask(text, "calendar.agenda", "daily_schedule", MappingProxyType(slots)))
        return plain_dates(self.reply.plain())


@pytest.fixture
def gateway() -> FakeCalendar:
    return FakeCalendar()


@pytest.fixture
def world(gateway) -> World:
    return World(gateway)


def test_todays_agenda_lists_all_day_first_then_times_in_the_clients_zone(world, gateway):
    gateway.events = [
        timed("Standup", at(TODAY, 9, 30), at(TODAY, 9, 45), link="https://meet.example/x"),
        timed("Lunch <Priya> & co", at(TODAY, 12), at(TODAY, 13), location="Blue Bottle"),
        all_day("Thanksgiving prep", TODAY, TODAY + timedelta(days=1)),
    ]
    gateway.declined = 2

    text = world.ask(calendar.agenda)

    assert gateway.asked == [("agenda", at(TODAY, 0), at(TODAY + timedelta(days=1), 0))]
    lines = text.splitlines()
    assert lines[0] == "Your calendar for today:"
    assert lines[1] == "• All day · *Thanksgiving prep*"
    assert lines[2] == "• 9:30 AM–9:45 AM · *Standup* · <https://meet.example/x|Join>"
    assert lines[3] == "• 12:00 PM–1:00 PM · *Lunch &lt;Priya&gt; &amp; co* · Blue Bottle"
    assert lines[4] == "2 declined events not shown."
    assert f"<!date^{int(at(TODAY, 9, 30).timestamp())}^{{time}}|9:30 AM>" in world.reply.sections[0]


def test_nothing_scheduled_is_said_plainly(world):
    assert world.ask(calendar.agenda, start="2026-11-26") == messages.CAL_DAY_EMPTY.format(day="tomorrow")


def test_multi_day_events_show_on_every_day_they_cover(world, gateway):
    gateway.events = [
        all_day("Conference", date(2026, 11, 30), date(2026, 12, 3)),
        timed("Red-eye trip", at(date(2026, 11, 30), 20), at(date(2026, 12, 2), 10)),
    ]
    text = world.ask(calendar.agenda, start="2026-11-30T00:00:00-06:00", end="2026-12-03T00:00:00-06:00")
    days = text.split("\n*")[1:]
    assert len(days) == 3
    assert "All day (through Wed, Dec 2) · *Conference*" in days[0]
    assert "From 8:00 PM · *Red-eye trip*" in days[0]
    assert "• All day · *Red-eye trip*" in days[1]
    assert "Until 10:00 AM · *Red-eye trip*" in days[2]
    assert all("Conference" in day for day in days)


def test_a_day_across_daylight_saving_is_that_days_23_hours(world, gateway):
    # A parser that added 24 hours to midnight would end the window at 01:00 CDT; Jane asks for 23 hours.
    world.ask(calendar.agenda, start="2026-03-08T00:00:00-06:00", end="2026-03-09T01:00:00-05:00")
    (_, start, end) = gateway.asked[0]
    assert end.timestamp() - start.timestamp() == 23 * 3600
    assert (start.isoformat(), end.isoformat()) == ("2026-03-08T00:00:00-06:00", "2026-03-09T00:00:00-05:00")


def test_free_slot_is_a_plain_yes_with_the_default_half_hour(world, gateway):
    text = world.ask(availability.availability, start="2026-11-25T15:00:00-06:00")
    assert text == "Yes — you're free Wed, Nov 25, 3:00 PM–3:30 PM."
    (_, start, end) = gateway.asked[0]
    assert (start, end) == (at(TODAY, 0), at(TODAY + timedelta(days=1), 0))  # one call answers it all


def test_busy_slot_names_what_clashes_and_the_next_free_time_that_day(world, gateway):
    gateway.events = [
        timed("Dentist", at(TODAY, 14, 30), at(TODAY, 15, 30)),
        timed("Sync", at(TODAY, 16), at(TODAY, 17)),
    ]
    text = world.ask(
        availability.availability, start=at(TODAY, 15).isoformat(), end=at(TODAY, 16).isoformat()
    )
    assert text.splitlines() == [
        "No — you have *Dentist* 2:30 PM–3:30 PM on Wed, Nov 25.",
        "Free later that day: 5:00 PM–6:00 PM.",
    ]
    assert [call[0] for call in gateway.asked] == ["agenda"]  # one call, and it gives the titles


def test_a_whole_day_question_lists_what_is_on_and_the_free_time_in_working_hours(world, gateway):
    gateway.events = [
        timed("Walkthrough", at(TODAY, 10), at(TODAY, 11)),
        timed("Dinner", at(TODAY, 20), at(TODAY, 21)),
    ]
    text = world.ask(availability.availability, start="2026-11-25")
    assert text.splitlines() == [
        "No, not entirely — you have 1 thing for today during your working hours:",
        "• *Walkthrough* 10:00 AM–11:00 AM",
        "Free: 9:00 AM–10:00 AM, 11:00 AM–6:00 PM.",
    ]


def test_a_calendar_error_is_its_own_sentence(world, gateway):
    gateway.error = CalendarError(UNAVAILABLE)
    assert world.ask(calendar.agenda) == UNAVAILABLE
    assert world.reply.buttons == ()


def test_a_lost_grant_tells_the_client_and_their_va_and_offers_no_button_without_oauth(world, gateway):
    gateway.error = CalendarAccessLost(ACCESS_LOST)
    assert world.ask(availability.availability, start="2026-11-25T15:00:00-06:00") == ACCESS_LOST
    [told] = world.notify.told
    assert told.to == "UVA" and "UMARIA" in told.reply.text


def test_not_connected_without_oauth_configured_has_no_connect_button(gateway):
    world = World(gateway, settings=SimpleNamespace(google_oauth_client_file=None, public_url=None))
    gateway.error = CalendarNotConnected(NOT_CONNECTED)
    assert world.ask(calendar.agenda) == NOT_CONNECTED and world.reply.buttons == ()


def test_a_booking_lasts_its_duration_across_the_fall_back_night():
    start = datetime(2026, 11, 1, 0, 30, tzinfo=CHICAGO)  # 00:30 CDT; clocks go back at 02:00
    end = booking_draft.end_of({"duration_minutes": 180}, start, "Inventory count", CHICAGO)
    assert end - start.astimezone(UTC) == timedelta(hours=3) and f"{end:%H:%M %Z}" == "02:30 CST"
