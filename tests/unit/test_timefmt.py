"""Days in plain words, as the console and notification fallbacks show them."""

from __future__ import annotations

from datetime import date

from handlers.core.timefmt import plain_day

TODAY = date(2026, 12, 5)


def test_nearby_days_are_named_and_other_days_carry_their_weekday():
    assert plain_day(date(2026, 12, 6), TODAY) == "tomorrow"
    assert plain_day(date(2026, 12, 4), TODAY) == "yesterday"
    assert plain_day(date(2026, 12, 14), TODAY) == "Monday, December 14"


def test_a_day_in_another_year_names_the_year():
    assert plain_day(date(2027, 11, 1), TODAY) == "Monday, November 1, 2027"
    assert plain_day(date(2025, 11, 3), TODAY) == "Monday, November 3, 2025"
