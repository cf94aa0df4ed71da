"""The slots of each intent: deal words, due dates, titles and attendees, stages."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parser import parse
from tests.unit.parser.support import understood


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        ("where are we on the Jones closing?", "Jones closing"),
        ("how's the Maple Ave listing coming along", "Maple Ave listing"),
        ("any news on Initech?", "Initech"),
        ("status of the 14 Elm St purchase", "14 Elm St purchase"),
        ("any word from the Garcia deal?", "Garcia deal"),
        ("is the O'Brien sale still on track", "O'Brien sale"),
        ("what's happening with <@U123> the Lakeview condo :house:", "Lakeview condo"),
        ("Jones deal status?", "Jones deal"),
    ],
)
def test_deal_words_keep_the_client_spelling(text, deal):
    parsed = understood(text)
    assert (parsed.intent, parsed.slots) == ("deal.status", {"deal": deal})


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("order toner by Friday", "2026-11-27"),
        ("mail the postcards due Monday", "2026-11-30"),
        ("screen my calls today", "2026-11-25"),
        ("send the holiday cards by Dec 15", "2026-12-15"),
        ("we need envelopes by the end of the week", "2026-11-27"),
        ("renew my license by the end of the month", "2026-11-30"),
        ("pay the HOA invoice by Friday 5pm", "2026-11-27T17:00:00-06:00"),
        ("fedex the contract to the title company by eod", "2026-11-25T17:00:00-06:00"),
        ("write the listing ad by 12-1-2026", "2026-12-01"),
    ],
)
def test_task_due(text, due):
    parsed = understood(text)
    assert parsed.intent == "task.create"
    assert parsed.slots == {"due": due}


@pytest.mark.parametrize(
    ("text", "title", "attendees"),
    [
        ("schedule lunch with Sam on Friday at noon", "Lunch with Sam", ["Sam"]),
        ("add lunch to my calendar", "Lunch", None),
        (
            "set up a call with Mark and Julie next Tuesday at 2",
            "Call with Mark and Julie",
            ["Mark", "Julie"],
        ),
        ("set up a zoom with the carters on Dec 2 at 9", "Zoom with the carters", ["Carters"]),
        ("book a 2 hour inspection at 19 Birch Lane on Monday at 1pm", "Inspection at 19 Birch Lane", None),
        ("Put 'Q4 planning' on my calendar Friday 3-4pm", "Q4 planning", None),
        ("create an event called Open House on Sunday 1-4pm", "Open House", None),
        ("can you schedule my haircut for Saturday morning?", "Haircut", None),
        ("pencil in coffee w/ Dana & Lee thursday", "Coffee with Dana and Lee", ["Dana", "Lee"]),
        ("book a meeting with Priya Saturday 9 to 12", "Meeting with Priya", ["Priya"]),
    ],
)
def test_schedule_title_and_attendees(text, title, attendees):
    slots = understood(text).slots
    assert slots.get("title") == title
    assert slots.get("attendees") == attendees


@pytest.mark.parametrize(
    ("text", "title", "attendees"),
    [
        ("am I free for lunch with Greg tomorrow at 12:30?", "Lunch with Greg", ["Greg"]),
        ("am I free tomorrow at 12:30 for lunch with Greg?", "Lunch with Greg", ["Greg"]),
        ("do I have time for coffee with Priya on friday at 9?", "Coffee with Priya", ["Priya"]),
        ("am I available for a call with Linda friday at 3pm?", "Call with Linda", ["Linda"]),
        ("can I fit in lunch with Greg and Sam at 12:30?", "Lunch with Greg and Sam", ["Greg", "Sam"]),
        ("is tomorrow at 12:30 ok for lunch with Greg?", "Lunch with Greg", ["Greg"]),
        ("do I have time for a zoom with Mark Jones at 10", "Zoom with Mark Jones", ["Mark Jones"]),
        ("can I squeeze in a call at four", "Call", None),
        ("would lunch with Greg tomorrow at 12:30 work?", "Lunch with Greg", ["Greg"]),
        ("am I free at 3?", None, None),
        ("am I free for lunch tomorrow?", None, None),  # whole days: nothing to offer to book
        ("when's a good time for a call this week", None, None),
    ],
)
def test_an_availability_question_names_the_plan_it_asks_about(text, title, attendees):
    """What Jane then offers to book ("Shall I book Lunch with Greg then?")."""
    parsed = understood(text)
    assert parsed.intent == "calendar.availability"
    assert (parsed.slots.get("title"), parsed.slots.get("attendees")) == (title, attendees)


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        (
            "reschedule my 2pm with Linda to Thursday",
            {
                "action": "move", "start": "2026-11-26T14:00:00-06:00", "end": "2026-11-26T14:30:00-06:00",
                "from_start": "2026-11-25T14:00:00-06:00", "from_end": "2026-11-25T14:30:00-06:00",
                "event": "Meeting with Linda", "attendees": ["Linda"],
            },
        ),
        (
            "move my dentist appointment to 5pm",
            {
                "action": "move", "start": "2026-11-25T17:00:00-06:00", "end": "2026-11-25T17:30:00-06:00",
                "event": "Dentist appointment", "same_day": True,
            },
        ),
        ("reschedule the dentist", {"action": "move", "event": "Dentist"}),
        (
            "cancel my 3pm tomorrow",
            {
                "action": "cancel", "from_start": "2026-11-26T15:00:00-06:00",
                "from_end": "2026-11-26T15:30:00-06:00",
            },
        ),
        (
            "cancel the dentist tomorrow",
            {
                "action": "cancel", "from_start": "2026-11-26T00:00:00-06:00",
                "from_end": "2026-11-27T00:00:00-06:00", "event": "Dentist",
            },
        ),
        ("call off lunch with Sam", {"action": "cancel", "event": "Lunch with Sam", "attendees": ["Sam"]}),
    ],
)  # fmt: skip
def test_moving_or_cancelling_an_event_names_it_as_the_event_not_a_new_title(text, slots):
    parsed = understood(text)
    assert (parsed.intent, parsed.duty) == ("calendar.schedule", "appointment_scheduling")
    assert dict(parsed.slots) == slots


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "book a meeting with Priya Saturday 9 to 12",
            "2026-11-28T09:00:00-06:00",
            "2026-11-28T12:00:00-06:00",
        ),
        ("lunch with Sam friday noon to 1:30", "2026-11-27T12:00:00-06:00", "2026-11-27T13:30:00-06:00"),
        ("meeting with Jo friday 10 till 2", "2026-11-27T10:00:00-06:00", "2026-11-27T14:00:00-06:00"),
        ("meeting with Jo friday 11-1", "2026-11-27T11:00:00-06:00", "2026-11-27T13:00:00-06:00"),
        ("meeting with Jo friday 9-11am", "2026-11-27T09:00:00-06:00", "2026-11-27T11:00:00-06:00"),
        ("meeting with Jo friday 10 to noon", "2026-11-27T10:00:00-06:00", "2026-11-27T12:00:00-06:00"),
    ],
)
def test_a_bare_hour_range_ends_at_the_first_such_hour_after_its_start(text, start, end):
    slots = understood(text).slots
    assert (slots["start"], slots["end"]) == (start, end)


@pytest.mark.parametrize("text", ["move my 2 to 4", "move Priya 2 to 4", "push the 10 to 11"])
def test_moving_one_bare_hour_to_another_is_two_times_not_a_range(text):
    slots = understood(text).slots
    assert slots["action"] == "move"
    assert "duration_minutes" not in slots


def test_schedule_slots_in_full():
    parsed = understood("Schedule a 30 minute call with Linda tomorrow at 10am")
    assert parsed.slots == {
        "start": "2026-11-26T10:00:00-06:00",
        "end": "2026-11-26T10:30:00-06:00",
        "duration_minutes": 30,
        "title": "Call with Linda",
        "attendees": ["Linda"],
    }


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("what deals are under contract?", "under contract"),
        ("which deals closed last month", "closed"),
        ("what's closing this week", "closing"),
        ("which deals are pending", "pending"),
        ("list my active listings", "active"),
        ("any new leads?", "lead"),
        ("what's in escrow", "in escrow"),
        ("which deals are in proposal?", "proposal"),
        ("any qualified deals?", "qualified"),
        ("summary of all my deals", None),
    ],
)
def test_pipeline_stage(text, stage):
    parsed = understood(text)
    assert parsed.intent == "deal.pipeline"
    assert parsed.slots.get("stage") == stage


def test_pipeline_window():
    slots = understood("which deals closed last month?").slots
    assert (slots["start"], slots["end"]) == ("2026-10-01T00:00:00-05:00", "2026-11-01T00:00:00-05:00")


@pytest.mark.parametrize(
    "text",
    ["what's going on with my requests?", "help", "thanks!", "how tall is Everest?", "any news on Globex?"],
)
def test_only_found_slots_appear(text):
    slots = understood(text).slots
    assert set(slots) <= {"deal"}


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("Happy Friday! order toner by monday", {"due": "2026-11-30"}),
        ("Hi Jane\nHope your weekend was good\nCan you order more toner", {}),
        ("hope your weekend was good, what's on today", {"start": "2026-11-25T00:00:00-06:00",
                                                         "end": "2026-11-26T00:00:00-06:00"}),
    ],
)  # fmt: skip
def test_greetings_before_the_request_lend_it_no_time(text, slots):
    assert dict(understood(text).slots) == slots


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("when's my first free hour tomorrow?", 60),
        ("what's my next opening on friday", 30),
        ("earliest free slot tomorrow afternoon?", 30),
        ("when is my first free 45 minutes tomorrow", 45),
        ("next free 2 hours this week", 120),
        ("when do I next have an hour free tomorrow?", 60),
    ],
)
def test_the_earliest_free_stretch_asked_for_has_its_length(text, minutes):
    parsed = understood(text)
    assert (parsed.intent, parsed.slots.get("first_free")) == ("calendar.availability", minutes)


def test_a_time_asked_about_is_no_search_for_the_earliest_free_stretch():
    assert "first_free" not in understood("is my first slot tomorrow at 9 free?").slots


def test_a_bound_already_past_asks_about_the_stretch_before_it_whole():
    afternoon = datetime(2026, 11, 25, 15, 0, tzinfo=ZoneInfo("America/Chicago"))
    slots = parse("anything before noon today?", afternoon, "America/Chicago").slots
    assert (slots["start"], slots["end"]) == ("2026-11-25T00:00:00-06:00", "2026-11-25T12:00:00-06:00")
    morning = afternoon.replace(hour=9)
    slots = parse("anything before noon today?", morning, "America/Chicago").slots
    assert slots["start"] == "2026-11-25T09:00:00-06:00"  # from now on, while the bound is ahead
