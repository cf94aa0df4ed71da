"""Local-time arithmetic across daylight-saving changes, weekends and windows that wrap midnight."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from handlers.proactive.schedule import (
    at_local,
    in_window,
    local_day,
    next_occurrence,
    next_open,
    parse_hhmm,
    previous_occurrence,
)

CHICAGO = ZoneInfo("America/Chicago")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_eight_oclock_chicago_stays_eight_oclock_across_the_fall_back():
    first = next_occurrence(utc(2026, 10, 31, 13, 0), time(8), CHICAGO)  # just after Sat 08:00 CDT
    second = next_occurrence(first, time(8), CHICAGO)
    assert first == utc(2026, 11, 1, 14, 0)  # Sunday 08:00 CST: the offset changed at 02:00
    assert second == utc(2026, 11, 2, 14, 0)
    assert [m.astimezone(CHICAGO).strftime("%d %H:%M") for m in (first, second)] == ["01 08:00", "02 08:00"]


def test_a_local_day_runs_midnight_to_midnight_there_even_when_it_has_25_hours():
    start, end = local_day(date(2026, 11, 1), CHICAGO)  # the fall-back Sunday
    assert (start, end) == (utc(2026, 11, 1, 5, 0), utc(2026, 11, 2, 6, 0))
    assert end - start == timedelta(hours=25)


def test_weekdays_only_skips_the_weekend():
    friday_evening = utc(2026, 11, 27, 20, 0)
    assert next_occurrence(friday_evening, time(8), CHICAGO, weekdays_only=True) == utc(2026, 11, 30, 14, 0)
    assert next_occurrence(friday_evening, time(8), CHICAGO) == utc(2026, 11, 28, 14, 0)


def test_a_time_in_the_spring_forward_gap_moves_forward():
    moment = at_local(datetime(2026, 3, 8).date(), time(2, 30), CHICAGO)
    assert moment == utc(2026, 3, 8, 8, 30)
    assert moment.astimezone(CHICAGO).strftime("%H:%M %Z") == "03:30 CDT"


def test_a_time_that_happens_twice_at_fall_back_is_the_first():
    assert at_local(datetime(2026, 11, 1).date(), time(1, 30), CHICAGO) == utc(2026, 11, 1, 6, 30)


def test_next_is_strictly_after_and_previous_is_at_or_before():
    eight = utc(2026, 11, 2, 14, 0)
    assert next_occurrence(eight, time(8), CHICAGO) == utc(2026, 11, 3, 14, 0)
    assert previous_occurrence(eight, time(8), CHICAGO) == eight
    assert previous_occurrence(utc(2026, 11, 2, 13, 59), time(8), CHICAGO) == utc(2026, 11, 1, 14, 0)


@pytest.mark.parametrize(
    ("hour", "inside"), [(20, False), (21, True), (23, True), (3, True), (6, True), (7, False), (12, False)]
)
def test_a_window_may_wrap_midnight(hour, inside):
    assert in_window(utc(2026, 11, 2, hour, 0), ZoneInfo("UTC"), time(21), time(7)) is inside


def test_next_open_waits_for_the_window_to_open():
    zone = ZoneInfo("UTC")
    assert next_open(utc(2026, 11, 2, 12), zone, time(9), time(18)) == utc(2026, 11, 2, 12)
    assert next_open(utc(2026, 11, 2, 19), zone, time(9), time(18)) == utc(2026, 11, 3, 9)
    assert next_open(utc(2026, 11, 2, 3), zone, time(9), time(18)) == utc(2026, 11, 2, 9)


@pytest.mark.parametrize(
    ("text", "expected"), [("07:30", time(7, 30)), ("8", time(8)), (" 18:05 ", time(18, 5))]
)
def test_parse_hhmm(text, expected):
    assert parse_hhmm(text) == expected


@pytest.mark.parametrize("text", ["", "25:00", "7:61", "noon"])
def test_parse_hhmm_rejects_nonsense(text):
    with pytest.raises(ValueError):
        parse_hhmm(text)
