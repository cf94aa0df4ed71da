"""Time spent, hours and the weekly review in words: `time.log`, `hours.report`, `review.week` and
`review.settings`, and what must stay as it was."""

import pytest

from tests.unit.parser.support import understood

NOVEMBER = {"start": "2026-11-01T00:00:00-05:00", "end": "2026-12-01T00:00:00-06:00"}
THIS_WEEK = {"start": "2026-11-23T00:00:00-06:00", "end": "2026-11-30T00:00:00-06:00"}
LAST_WEEK = {"start": "2026-11-16T00:00:00-06:00", "end": "2026-11-23T00:00:00-06:00"}

EXPECTED = [
    ("log 30m on #12", "time.log", {"request": 12, "minutes": 30}),
    ("log 1h 15m on #12", "time.log", {"request": 12, "minutes": 75}),
    ("can you log 45 minutes on request 12 please", "time.log", {"request": 12, "minutes": 45}),
    ("add 30 min to #12", "time.log", {"request": 12, "minutes": 30}),
    ("log 1.5h on #7 called the vendor twice", "time.log",
     {"request": 7, "minutes": 90, "note": "called the vendor twice"}),
    ("log -15m on #12", "time.log", {"request": 12, "minutes": -15}),
    ("I spent 2 hours on #7", "time.log", {"request": 7, "minutes": 120}),
    ("log 99h on #3", "time.log", {"request": 3, "spent": "99h"}),
    ("how many hours did Ana spend this month?", "hours.report", {**NOVEMBER, "who": "Ana"}),
    ("how many hours has my VA spent this month", "hours.report", {**NOVEMBER, "who": "my VA"}),
    ("how much time did I log last week", "hours.report", {**LAST_WEEK, "who": "I"}),
    ("hours for Maria this month", "hours.report", {**NOVEMBER, "who": "Maria"}),
    ("my hours", "hours.report", {}),
    ("how much time has been logged for tom this month?", "hours.report", {**NOVEMBER, "who": "tom"}),
    ("how much time was spent on Tom this month", "hours.report", {**NOVEMBER, "who": "Tom"}),
    ("how many hours for Tom?", "hours.report", {"who": "Tom"}),
    ("how much time on maria's requests this month?", "hours.report", {**NOVEMBER, "who": "maria"}),
    ("what has been logged for tom this month", "hours.report", {**NOVEMBER, "who": "tom"}),
    ("how much time did Ana log for Maria this month?", "hours.report",
     {**NOVEMBER, "who": "Ana", "client": "Maria"}),
    ("what did ben log for tom?", "hours.report", {"who": "ben", "client": "tom"}),
    ("how much time did I spend on Maria last week?", "hours.report",
     {**LAST_WEEK, "who": "I", "client": "Maria"}),
    ("how much time was logged on tom by ben this month?", "hours.report",
     {**NOVEMBER, "who": "ben", "client": "tom"}),
    ("how many hours did ben put in this month?", "hours.report", {**NOVEMBER, "who": "ben"}),
    ("how much has been logged against tom this month?", "hours.report", {**NOVEMBER, "who": "tom"}),
    ("how many hours have we billed Tom this month?", "hours.report",
     {**NOVEMBER, "who": "we", "client": "Tom"}),
    ("what's Tom's total this month?", "hours.report", {**NOVEMBER, "who": "Tom"}),
    ("time spent for tom this month?", "hours.report", {**NOVEMBER, "who": "tom"}),
    ("how much work did Ben do for Tom?", "hours.report", {"who": "Ben", "client": "Tom"}),
    ("what did you do for me this week?", "review.week", THIS_WEEK),
    ("what did Ana do for me last week", "review.week", LAST_WEEK),
    ("what got done this week", "review.week", THIS_WEEK),
    ("show me my weekly review", "review.week", {}),
    ("send my weekly review on Thursday at 3pm", "review.settings", {"day": 3, "time": "15:00"}),
    ("send the weekly review fridays at 4", "review.settings", {"day": 4, "time": "16:00"}),
    ("move my weekly review to monday 9am", "review.settings", {"day": 0, "time": "09:00"}),
    ("stop the weekly review", "review.settings", {"stop": True}),
    ("turn off my weekly summary", "review.settings", {"stop": True}),
    ("start the weekly review", "review.settings", {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "intent", "slots"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_time_hours_and_the_review_are_understood(text, intent, slots):
    parsed = understood(text)
    assert (parsed.intent, parsed.duty, dict(parsed.slots)) == (intent, None, slots)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("stop the morning agenda", "agenda.settings"),
        ("send my agenda at 7:30", "agenda.settings"),
        ("send the holiday cards", "task.create"),
        ("what's on my calendar this week?", "calendar.agenda"),
        ("done with #12, ordered 5 reams", "queue.done"),
        ("how long has the Jones deal been in offer?", "deal.status"),
    ],
)
def test_the_neighbours_keep_their_meaning(text, intent):
    assert understood(text).intent == intent
