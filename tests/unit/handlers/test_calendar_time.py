"""Calendar windows, free time and Slack date tokens: pure functions."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from handlers.calendar.windows import agenda_window, days_in, free_periods, read, slot_window
from handlers.core.timefmt import clock, day_name, day_window, plain_dates
from integrations.calendar import Busy

CHICAGO, KOLKATA = ZoneInfo("America/Chicago"), ZoneInfo("Asia/Kolkata")
TODAY = date(2026, 11, 25)


def at(hour: int, minute: int = 0, day: date = TODAY, zone=CHICAGO) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def test_tokens_carry_the_moment_and_fall_back_to_the_clients_zone():
    token = clock(at(9, 30), KOLKATA)
    assert token == f"<!date^{int(at(9, 30).timestamp())}^{{time}}|9:00 PM>"
    assert plain_dates(f"At {token}, on {day_name(TODAY, CHICAGO, TODAY)}.") == "At 9:00 PM, on today."
    assert plain_dates(day_name(date(2026, 12, 1), CHICAGO, TODAY)) == "Tuesday, December 1"


@pytest.mark.parametrize(("day", "hours"), [(date(2026, 3, 8), 23), (date(2026, 11, 1), 25), (TODAY, 24)])
def test_a_local_day_is_as_long_as_it_is(day, hours):
    start, end = day_window(day, CHICAGO)
    assert end.timestamp() - start.timestamp() == hours * 3600


@pytest.mark.parametrize(
    ("slots", "expected"),
    [
        ({}, (at(0), at(0, day=TODAY + timedelta(days=1)))),
        ({"start": "2026-11-26"}, (at(0, day=date(2026, 11, 26)), at(0, day=date(2026, 11, 27)))),
        (
            {"start": "2026-11-26", "end": "2026-11-28"},
            (at(0, day=date(2026, 11, 26)), at(0, day=date(2026, 11, 28))),
        ),
        ({"start": "2026-11-25T15:00:00-06:00"}, (at(0), at(0, day=TODAY + timedelta(days=1)))),
        ({"start": "2026-11-25T08:00:00-06:00", "end": "2026-11-25T12:00:00-06:00"}, (at(8), at(12))),
        ({"start": "garbage"}, (at(0), at(0, day=TODAY + timedelta(days=1)))),
    ],
)
def test_agenda_windows(slots, expected):
    assert agenda_window(slots, CHICAGO, TODAY) == expected


def test_a_slot_is_half_an_hour_unless_its_end_is_given():
    assert slot_window({"start": "2026-11-25T15:00:00-06:00"}, CHICAGO, TODAY) == (at(15), at(15, 30), False)
    whole = slot_window(
        {"start": "2026-11-25T00:00:00-06:00", "end": "2026-11-26T00:00:00-06:00"}, CHICAGO, TODAY
    )
    assert whole[2] is True


def test_read_keeps_dates_and_puts_moments_in_the_clients_zone():
    assert read("2026-11-25", CHICAGO) == TODAY
    assert read("2026-11-25T21:00:00+00:00", CHICAGO) == at(15)
    assert read(None, CHICAGO) is None and read(42, CHICAGO) is None


def test_free_periods_between_busy_blocks():
    busy = [Busy(at(9), at(10)), Busy(at(10, 30), at(12)), Busy(at(12), at(13))]
    assert free_periods(busy, at(9), at(18), 30) == [(at(10), at(10, 30)), (at(13), at(18))]
    assert free_periods(busy, at(9), at(18), 60) == [(at(13), at(18))]
    assert free_periods([Busy(at(8), at(19))], at(9), at(18), 30) == []


def test_days_in_a_window():
    assert days_in(at(0), at(0, day=TODAY + timedelta(days=2)), CHICAGO) == [TODAY, TODAY + timedelta(days=1)]
