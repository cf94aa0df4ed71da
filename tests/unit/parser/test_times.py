"""Times resolved in the client's zone against "now", preferring the future, daylight saving included."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parser.times import scan
from tests.unit.parser.support import CHICAGO, understood

NOW = datetime(2026, 11, 25, 9, tzinfo=CHICAGO)


def chicago(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=CHICAGO)


@pytest.mark.parametrize(
    ("asked_on", "expected"),
    [
        (chicago(2026, 3, 7, 12), "2026-03-08T09:00:00-05:00"),  # the night clocks spring forward
        (chicago(2026, 10, 30, 12), "2026-10-31T09:00:00-05:00"),  # still daylight time
        (chicago(2026, 10, 31, 12), "2026-11-01T09:00:00-06:00"),  # clocks fell back at 02:00 that Sunday
        (chicago(2026, 11, 1, 12), "2026-11-02T09:00:00-06:00"),
    ],
)
def test_tomorrow_at_nine_keeps_the_offset_of_that_day(asked_on, expected):
    parsed = understood("schedule a call with Ann tomorrow at 9am", now=asked_on)
    assert parsed.slots["start"] == expected


def test_a_window_across_the_change_has_both_offsets():
    parsed = understood("what's on my calendar this weekend", now=chicago(2026, 10, 30, 12))
    assert (parsed.slots["start"], parsed.slots["end"]) == (
        "2026-10-31T00:00:00-05:00",
        "2026-11-02T00:00:00-06:00",
    )


def test_a_time_skipped_by_spring_forward_moves_to_the_real_one():
    parsed = understood("am I free at 2:30am on March 8?", now=chicago(2026, 3, 1, 12))
    assert parsed.slots["start"] == "2026-03-08T03:30:00-05:00"


@pytest.mark.parametrize("zone", ["Asia/Kolkata", ZoneInfo("Asia/Kolkata")])
def test_half_hour_zones_work_the_same(zone):
    now = datetime(2026, 11, 25, 9, 0, tzinfo=ZoneInfo("Asia/Kolkata"))
    parsed = understood("am I free tomorrow at 9am?", now=now, tz=zone)
    assert (parsed.slots["start"], parsed.slots["end"]) == (
        "2026-11-26T09:00:00+05:30",
        "2026-11-26T09:30:00+05:30",
    )


def test_now_is_read_in_the_client_zone():
    late_evening_utc = datetime.fromisoformat("2026-11-26T03:00:00+00:00")  # 21:00 on the 25th in Chicago
    assert (
        understood("what's on tomorrow", now=late_evening_utc).slots["start"] == "2026-11-26T00:00:00-06:00"
    )


def test_a_naive_now_is_taken_as_the_client_zone():
    parsed = understood("what's on tomorrow", now=datetime(2026, 11, 25, 23, 30), tz="Asia/Kolkata")
    assert parsed.slots["start"] == "2026-11-26T00:00:00+05:30"


# Wednesday 2026-11-25 09:00: (message, start, end) of the window or slot asked about.
WINDOWS = [
    ("what's on today", "2026-11-25T00:00", "2026-11-26T00:00"),
    ("what's on tomorrow", "2026-11-26T00:00", "2026-11-27T00:00"),
    ("what do I have friday", "2026-11-27T00:00", "2026-11-28T00:00"),
    ("what do I have wednesday", "2026-11-25T00:00", "2026-11-26T00:00"),
    ("what do I have next Tuesday", "2026-12-01T00:00", "2026-12-02T00:00"),
    ("what do I have next Friday", "2026-12-04T00:00", "2026-12-05T00:00"),
    ("what do I have this coming Saturday", "2026-11-28T00:00", "2026-11-29T00:00"),
    ("what's on 12/2", "2026-12-02T00:00", "2026-12-03T00:00"),
    ("what's on December 3rd", "2026-12-03T00:00", "2026-12-04T00:00"),
    ("what's on the 3rd of December", "2026-12-03T00:00", "2026-12-04T00:00"),
    ("what's on the 1st", "2026-12-01T00:00", "2026-12-02T00:00"),
    ("what's on the 30th", "2026-11-30T00:00", "2026-12-01T00:00"),
    ("what's on Jan 5", "2027-01-05T00:00", "2027-01-06T00:00"),
    ("what's on 1/5/2027", "2027-01-05T00:00", "2027-01-06T00:00"),
    ("what's on 2026-12-10", "2026-12-10T00:00", "2026-12-11T00:00"),
    ("what's on 15.12.2026", "2026-12-15T00:00", "2026-12-16T00:00"),  # through dateparser
    ("what's on December twenty-fifth", "2026-12-25T00:00", "2026-12-26T00:00"),
    ("what's on the day after tomorrow", "2026-11-27T00:00", "2026-11-28T00:00"),
    ("what's on in 3 days", "2026-11-28T00:00", "2026-11-29T00:00"),
    ("what do I have a week from Friday", "2026-12-04T00:00", "2026-12-05T00:00"),
    ("what's on this afternoon", "2026-11-25T12:00", "2026-11-25T17:00"),
    ("what's on Thursday morning", "2026-11-26T06:00", "2026-11-26T12:00"),
    ("what's on tonight", "2026-11-25T18:00", "2026-11-26T00:00"),
    ("what's on this weekend", "2026-11-28T00:00", "2026-11-30T00:00"),
    ("what's on next weekend", "2026-12-05T00:00", "2026-12-07T00:00"),
    ("what's on this week", "2026-11-25T00:00", "2026-11-30T00:00"),
    ("what's on next week", "2026-11-30T00:00", "2026-12-07T00:00"),
    ("what's on the rest of the week", "2026-11-25T00:00", "2026-11-30T00:00"),
    ("what's on this month", "2026-11-25T00:00", "2026-12-01T00:00"),
    ("am I free at 3", "2026-11-25T15:00", "2026-11-25T15:30"),
    ("am I free at 8", "2026-11-26T08:00", "2026-11-26T08:30"),  # 08:00 today has passed
    ("am I free at 9", "2026-11-25T09:00", "2026-11-25T09:30"),  # asked at 09:00: now
    ("am I free at 8 tomorrow", "2026-11-26T08:00", "2026-11-26T08:30"),
    ("am I free at 12:30 on friday", "2026-11-27T12:30", "2026-11-27T13:00"),
    ("am I free at 17:00 friday", "2026-11-27T17:00", "2026-11-27T17:30"),
    ("am I free tomorrow at noon", "2026-11-26T12:00", "2026-11-26T12:30"),
    ("am I free this afternoon at 2", "2026-11-25T14:00", "2026-11-25T14:30"),
    ("am I free friday evening at 7", "2026-11-27T19:00", "2026-11-27T19:30"),
    ("am I free for dinner at 8 on friday", "2026-11-27T20:00", "2026-11-27T20:30"),
    ("am I free friday 3-4pm", "2026-11-27T15:00", "2026-11-27T16:00"),
    ("am I free friday from 2 to 3:30", "2026-11-27T14:00", "2026-11-27T15:30"),
    ("am I free between 11 and 1 tomorrow", "2026-11-26T11:00", "2026-11-26T13:00"),
    ("am I free 10am-12pm on Monday", "2026-11-30T10:00", "2026-11-30T12:00"),
    ("am I free in 2 hours", "2026-11-25T11:00", "2026-11-25T11:30"),
    ("am I free now", "2026-11-25T09:00", "2026-11-25T09:30"),
]


@pytest.mark.parametrize(("text", "start", "end"), WINDOWS)
def test_windows_and_moments(text, start, end):
    slots = understood(text).slots
    assert (slots["start"][:16], slots["end"][:16]) == (start, end)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("schedule a call with Bo on Friday at 2 for 30 minutes", 30),
        ("book a 1 hour review with Pat at 3", 60),
        ("schedule a 45 min call with Jo tomorrow at 10", 45),
        ("book a 2-hour inspection Monday at 1pm", 120),
        ("set up an hour and a half walkthrough Friday at 10am", 90),
        ("book a showing for half an hour at 4 tomorrow", 30),
        ("schedule a 1.5 hour consult Thursday at 1", 90),
        ("block off Friday 1-3pm for paperwork", 120),
    ],
)
def test_durations(text, minutes):
    parsed = understood(text)
    assert parsed.intent == "calendar.schedule"
    assert parsed.slots["duration_minutes"] == minutes
    start, end = (datetime.fromisoformat(parsed.slots[key]) for key in ("start", "end"))
    assert (end - start).total_seconds() == minutes * 60


@pytest.mark.parametrize(
    "text",
    [
        "show my calendar",
        "schedule a call with Linda",
        "order 10 reams of paper",
        "book a showing at 19 Birch Lane",
        "get quotes from three movers",
        "merge the two contact lists into one",
        "add 2 people to the list",
        "call 555-1234 about the 2-3 week delay",
    ],
)
def test_a_message_with_no_time_yields_no_time(text):
    slots = understood(text).slots
    assert not {"start", "end", "due"} & slots.keys()


def test_a_street_number_after_at_is_not_a_time():
    slots = understood("book a 2 hour inspection at 19 Birch Lane on Monday at 1pm").slots
    assert slots["start"] == "2026-11-30T13:00:00-06:00"
    assert understood("meet the buyers at 4 Elm St").slots.get("start") is None


def test_move_takes_the_new_day_and_keeps_the_old_time():
    slots = understood("move my 4pm today to tomorrow").slots
    assert slots["start"] == "2026-11-26T16:00:00-06:00"


def test_pipeline_months_look_back_when_asked_about_the_past():
    slots = understood("which deals closed in October?").slots
    assert (slots["start"], slots["end"]) == ("2026-10-01T00:00:00-05:00", "2026-11-01T00:00:00-05:00")
    upcoming = understood("what deals are closing in January?").slots
    assert upcoming["start"] == "2027-01-01T00:00:00-06:00"


@pytest.mark.parametrize(
    ("asked_on", "last_day"),
    [
        (chicago(2026, 11, 25, 9), "2026-11-30T00:00:00-06:00"),  # a Wednesday: to Sunday
        (chicago(2026, 11, 28, 9), "2026-11-30T00:00:00-06:00"),  # a Saturday: Saturday and Sunday
        (chicago(2026, 11, 29, 9), "2026-12-07T00:00:00-06:00"),  # a Sunday: the week ahead
    ],
)
def test_the_rest_of_the_week_asked_on_a_sunday_is_the_week_ahead(asked_on, last_day):
    parsed = understood("what does the rest of the week look like?", now=asked_on)
    assert (parsed.slots["start"], parsed.slots["end"]) == (asked_on.replace(hour=0).isoformat(), last_day)


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [("30m", 30), ("2h", 120), ("1h 15m", 75), ("1h15m", 75), ("45 mins", 45), ("an hour and a half", 90)],
)
def test_a_length_typed_short_or_long_is_read_in_minutes(typed, minutes):
    lengths = [piece.minutes for piece in scan(f"book a {typed} call", NOW) if piece.kind == "length"]
    assert lengths == [minutes]


@pytest.mark.parametrize("typed", ["$1.5m", "1.5m", "2026m", "$30m"])
def test_a_price_in_millions_is_no_length(typed):
    assert [piece for piece in scan(f"is it over {typed}?", NOW) if piece.kind == "length"] == []
