"""The parser's `agenda.settings` intent: setting or stopping the morning agenda, in plain words."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parser import parse

NOW = datetime(2026, 11, 25, 9, tzinfo=ZoneInfo("America/Chicago"))


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("send my agenda at 7:30", {"time": "07:30"}),
        ("Send me my agenda at 7:30 every morning", {"time": "07:30"}),
        ("please send my daily agenda at 6:45am", {"time": "06:45"}),
        ("change my morning agenda to 8", {"time": "08:00"}),
        ("send my agenda at 7 on weekdays", {"time": "07:00", "weekdays": True}),
        ("send me my agenda every day at 7:15", {"time": "07:15", "weekdays": False}),
        ("stop the morning agenda", {"stop": True}),
        ("no more morning agenda", {"stop": True}),
        ("I don't want the morning agenda anymore", {"stop": True}),
        ("turn off the daily agenda", {"stop": True}),
        ("could my morning agenda come at 7:15 instead?", {"time": "07:15"}),
        ("can my agenda arrive by 7 please", {"time": "07:00"}),
        ("have the daily agenda come at 6:45", {"time": "06:45"}),
        ("actually just stop the morning agenda for now", {"stop": True}),
        ("you know what, pause my agenda for the time being", {"stop": True}),
    ],
)
def test_agenda_settings(text, slots):
    parsed = parse(text, NOW, "America/Chicago")
    assert (parsed.intent, parsed.duty, parsed.phase) == ("agenda.settings", "daily_schedule", 3)
    assert dict(parsed.slots) == slots


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what's on my agenda today", "calendar.agenda"),
        ("send me my agenda for tomorrow", "calendar.agenda"),
        ("send me my agenda", "calendar.agenda"),
        ("cancel my 3pm meeting", "calendar.schedule"),
    ],
)
def test_agenda_questions_stay_agenda_questions(text, intent):
    assert parse(text, NOW, "America/Chicago").intent == intent
