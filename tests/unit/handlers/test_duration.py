"""Time spent as typed in the Done and Log time modals, the console and "log 30m on #12"."""

from __future__ import annotations

import pytest

from handlers.core.duration import MAX_ENTRY_MINUTES, UnreadableDuration, leading, read_minutes, show, spoken


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("45", 45), ("45m", 45), ("45 min", 45), ("45 minutes", 45), ("1h", 60), ("1h 15m", 75),
        ("1h15m", 75), ("1 hour and 15 minutes", 75), ("1h 15", 75), ("1.5h", 90), ("0.25 hours", 15),
        ("1:15", 75), ("an hour", 60), ("half an hour", 30), ("  2H  ", 120), ("24h", MAX_ENTRY_MINUTES),
    ],
)  # fmt: skip
def test_people_write_time_spent_in_many_ways(typed, minutes):
    assert read_minutes(typed) == minutes


@pytest.mark.parametrize(
    "typed", ["", "abc", "1.5m", "25h", "15m 1h", "1h 2h", "h", "m", "1,5h", "-15m", "45 reams", "1:75"]
)
def test_what_is_not_a_time_spent_is_refused(typed):
    with pytest.raises(UnreadableDuration):
        read_minutes(typed)


def test_a_correction_takes_time_off_only_where_it_may():
    assert read_minutes("-15m", signed=True) == -15
    assert read_minutes("− 1h", signed=True) == -60
    assert read_minutes("+30", signed=True) == 30


def test_time_reads_back_as_people_write_it():
    assert [show(m) for m in (45, 60, 75, 120, 0, -15, 1440)] == [
        "45m",
        "1h",
        "1h 15m",
        "2h",
        "0m",
        "-15m",
        "24h",
    ]


def test_the_console_takes_a_time_with_its_unit_before_the_note():
    assert leading("45m ordered paper") == (45, "ordered paper")
    assert leading("1h 15m called them twice") == (75, "called them twice")
    assert leading("5 reams arrived") == (None, "5 reams arrived"), "a note may start with a number"
    assert leading("") == (None, "")
    assert leading("-15m typo", signed=True) == (-15, "typo")
    with pytest.raises(UnreadableDuration):
        leading("25h far too long")


@pytest.mark.parametrize(
    ("minutes", "said"),
    [(30, "30 minutes"), (1, "1 minute"), (60, "an hour"), (120, "2 hours"), (90, "1h 30m")],
)
def test_a_length_is_said_in_words_where_it_is_round(minutes, said):
    assert spoken(minutes) == said
