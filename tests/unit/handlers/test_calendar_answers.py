"""Calendar answers as asked: yes/no the right way round, clashes named, the offer to book, one event."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from handlers.calendar import availability, event_question, offer
from handlers.core.context import Thread
from integrations.calendar import Event
from storage.models import DutyOverride
from tests.fakes.calendar import FakeCalendar
from tests.unit.handlers.test_calendar import NOW, TODAY, World, all_day, at, timed

TOMORROW = TODAY + timedelta(days=1)


@pytest.fixture
def gateway() -> FakeCalendar:
    return FakeCalendar()


@pytest.fixture
def world(gateway) -> World:
    return World(gateway)


def ask_slot(world: World, start, end=None, **slots) -> str:
    window = {"start": start.isoformat(), **({"end": end.isoformat()} if end else {})}
    return world.ask(availability.availability, **window, **slots)


# --- yes or no, the way round it was asked ---------------------------------------------------------------


def test_am_i_busy_on_a_free_slot_answers_no_youre_free(world):
    text = ask_slot(world, at(TOMORROW, 14), question="busy")
    assert text == "No — you're free Thu, Nov 26, 2:00 PM–2:30 PM."


def test_am_i_busy_on_a_taken_slot_answers_yes_and_names_the_event(world, gateway):
    gateway.events = [timed("Dentist", at(TOMORROW, 16, 30), at(TOMORROW, 17, 15))]
    text = ask_slot(world, at(TOMORROW, 16, 30), question="busy")
    assert text.splitlines()[0] == "Yes — you have *Dentist* 4:30 PM–5:15 PM on Thu, Nov 26."


def test_am_i_free_on_a_taken_slot_answers_no(world, gateway):
    gateway.events = [timed("Dentist", at(TOMORROW, 16, 30), at(TOMORROW, 17, 15))]
    assert ask_slot(world, at(TOMORROW, 17)).startswith("No — you have *Dentist*")


def test_is_my_afternoon_clear_lists_what_is_on_and_the_free_time_inside_it(world, gateway):
    gateway.events = [timed("Dentist", at(TOMORROW, 16, 30), at(TOMORROW, 17, 15))]
    text = ask_slot(world, at(TOMORROW, 12), at(TOMORROW, 17))
    assert text.splitlines() == [
        "No — you have *Dentist* 4:30 PM–5:15 PM on Thu, Nov 26.",
        "Free in that time: 12:00 PM–4:30 PM.",
    ]
    busy_way = ask_slot(world, at(TOMORROW, 12), at(TOMORROW, 17), question="busy")
    assert busy_way.startswith("Yes — you have *Dentist*")


def test_a_clear_afternoon_is_yes_and_says_what_it_covers(world):
    text = ask_slot(world, at(TOMORROW, 12), at(TOMORROW, 17))
    assert text == "Yes — you're free Thu, Nov 26, 12:00 PM–5:00 PM."
    assert world.reply.extras["topics"] == {
        "slot": {"start": at(TOMORROW, 12).isoformat(), "end": at(TOMORROW, 17).isoformat()}
    }


def test_several_clashes_are_listed_each_by_name(world, gateway):
    gateway.events = [
        timed("Standup", at(TOMORROW, 9), at(TOMORROW, 9, 30)),
        timed("Call with Linda", at(TOMORROW, 9, 15), at(TOMORROW, 10)),
    ]
    text = ask_slot(world, at(TOMORROW, 9), at(TOMORROW, 10))
    assert text.splitlines()[:3] == [
        "No — Thu, Nov 26, 9:00 AM–10:00 AM overlaps 2 things on your calendar:",
        "• *Standup* 9:00 AM–9:30 AM",
        "• *Call with Linda* 9:15 AM–10:00 AM",
    ]


def test_free_all_day_and_out_of_window_events_do_not_clash_and_hidden_ones_are_not_named(world, gateway):
    gateway.events = [
        timed("Focus time", at(TOMORROW, 14), at(TOMORROW, 15), free=True),
        all_day("Conference", TOMORROW, TOMORROW + timedelta(days=1)),
        timed("Yesterday's dinner", at(TODAY, 19), at(TODAY, 21)),
    ]
    assert ask_slot(world, at(TOMORROW, 14)).startswith("Yes — you're free")
    gateway.events.append(timed("Private event", at(TOMORROW, 14), at(TOMORROW, 15), private=True))
    assert ask_slot(world, at(TOMORROW, 14)).splitlines()[0] == (
        "No — you have a private event 2:00 PM–3:00 PM on Thu, Nov 26."
    )


def test_a_whole_day_answers_for_the_day_the_way_round_it_was_asked(world, gateway):
    assert world.ask(availability.availability, start="2026-11-26", question="busy") == (
        "No — nothing on your calendar for tomorrow during your working hours."
    )
    assert world.reply.extras["topics"]["window"]["start"] == at(TOMORROW, 0).isoformat()
    gateway.events = [timed("Walkthrough", at(TOMORROW, 10), at(TOMORROW, 11))]
    text = world.ask(availability.availability, start="2026-11-26", question="busy")
    assert text.splitlines()[:2] == [
        "Yes — you have 1 thing for tomorrow during your working hours:",
        "• *Walkthrough* 10:00 AM–11:00 AM",
    ]


def test_several_days_are_answered_over_the_whole_span_day_by_day(world, gateway):
    gateway.events = [timed("Walkthrough", at(TOMORROW, 10), at(TOMORROW, 11))]
    start, end = at(TODAY, 0), at(TODAY + timedelta(days=3), 0)
    text = world.ask(availability.availability, start=start.isoformat(), end=end.isoformat())
    lines = text.splitlines()
    assert (
        lines[0]
        == "No, not entirely — you have 1 thing from today to Friday, November 27 during your working hours:"
    )
    assert lines[1:3] == ["*today*", "Nothing during your working hours."]
    assert "*Friday, November 27*" in lines


def test_any_gap_in_a_morning_is_yes_while_some_half_hour_is_free_and_lists_it(world, gateway):
    gateway.events = [
        timed("Coffee", at(TOMORROW, 8, 30), at(TOMORROW, 9)),
        timed("Showing", at(TOMORROW, 11), at(TOMORROW, 12)),
    ]
    text = ask_slot(world, at(TOMORROW, 6), at(TOMORROW, 12), question="gap")
    assert text.splitlines() == [
        "Yes — there's free time on Thu, Nov 26 from 6:00 AM–12:00 PM: 6:00 AM–8:30 AM, 9:00 AM–11:00 AM.",
        "The rest is taken by:",
        "• *Coffee* 8:30 AM–9:00 AM",
        "• *Showing* 11:00 AM–12:00 PM",
    ]
    # asked as "am I free?" the same morning is not free
    assert ask_slot(world, at(TOMORROW, 6), at(TOMORROW, 12)).startswith("No — ")


def test_any_gap_is_no_only_when_no_half_hour_is_free(world, gateway):
    gateway.events = [
        timed("Coffee", at(TOMORROW, 9), at(TOMORROW, 10, 45)),
        timed("Showing", at(TOMORROW, 11), at(TOMORROW, 12)),
    ]
    text = ask_slot(world, at(TOMORROW, 9), at(TOMORROW, 12), question="gap")
    assert (
        text.splitlines()[0]
        == "No — nothing on Thu, Nov 26 from 9:00 AM–12:00 PM is free for half an hour or more."
    )
    gateway.events = []
    assert ask_slot(world, at(TOMORROW, 9), at(TOMORROW, 12), question="gap") == (
        "Yes — nothing is on your calendar on Thu, Nov 26 from 9:00 AM–12:00 PM."
    )


def test_any_free_time_over_a_whole_day_counts_only_working_hours(world, gateway):
    gateway.events = [timed("Walkthrough", at(TOMORROW, 10), at(TOMORROW, 11))]
    text = world.ask(availability.availability, start="2026-11-26", question="gap")
    assert text.splitlines()[0] == (
        "Yes — there's free time for tomorrow: 9:00 AM–10:00 AM, 11:00 AM–6:00 PM."
    )
    assert world.reply.extras["topics"]["window"]["start"] == at(TOMORROW, 0).isoformat()


def test_one_agenda_call_per_question_for_the_slots_whole_day(world, gateway):
    ask_slot(world, at(TOMORROW, 14), question="busy")
    assert gateway.asked == [("agenda", at(TOMORROW, 0), at(TOMORROW + timedelta(days=1), 0))]


# --- "lunch with Sam tomorrow at 12:30 — am I free?": the answer and the offer to book it ---------------


def asked_in_a_thread(world: World, **slots) -> str:
    world.thread = Thread("D1", "1700000000.000100")
    return ask_slot(world, at(TOMORROW, 12, 30), at(TOMORROW, 13), **slots)


def test_a_compound_question_answers_for_the_lunchs_length_and_offers_to_book_it(world):
    text = asked_in_a_thread(world, title="Lunch with Sam", attendees=["Sam"])
    assert text.splitlines() == [
        "Yes — you're free Thu, Nov 26, 12:30 PM–1:30 PM.",  # a lunch takes an hour, as a booking would
        "Shall I book *Lunch with Sam* then?",
    ]
    [button] = world.reply.buttons
    assert (button.label, button.action, button.value) == ("Book it", offer.BOOK_OFFER, "1700000000.000100")
    assert world.reply.extras["topics"]["offer"] == {
        "kind": "book", "start": at(TOMORROW, 12, 30).isoformat(), "end": at(TOMORROW, 13, 30).isoformat(),
        "title": "Lunch with Sam",
    }  # fmt: skip
    kept = world.reply.extras["remember"][
        "offer"
    ]  # the parser's slots, as "book lunch with Sam …" gives them
    assert kept == {
        "start": at(TOMORROW, 12, 30).isoformat(), "end": at(TOMORROW, 13).isoformat(),
        "title": "Lunch with Sam", "attendees": ["Sam"],
    }  # fmt: skip


def test_a_compound_question_over_a_clash_offers_to_book_it_anyway(world, gateway):
    gateway.events = [timed("Dentist", at(TOMORROW, 13), at(TOMORROW, 14))]
    text = asked_in_a_thread(world, title="Lunch with Sam")
    assert text.splitlines()[0] == "No — you have *Dentist* 1:00 PM–2:00 PM on Thu, Nov 26."
    assert "Shall I book *Lunch with Sam* anyway? Your VA will see the overlap." in text
    assert [b.label for b in world.reply.buttons] == ["Book it"]


def test_no_offer_without_booking_among_the_duties_or_for_a_time_gone_by(world):
    world.maria.client.overrides = [DutyOverride(client_id=1, duty="appointment_scheduling", granted=False)]
    asked_in_a_thread(world, title="Lunch with Sam")
    assert world.reply.buttons == () and "offer" not in world.reply.extras["topics"]
    world.maria.client.overrides = []
    world.now = NOW + timedelta(days=2)
    assert "Shall I book" not in asked_in_a_thread(world, title="Lunch with Sam")


# --- "when is my haircut?", "where is the closing?" ----------------------------------------------------


def test_when_is_my_haircut_answers_with_its_next_occurrence(world, gateway):
    gateway.events = [
        timed("Haircut with Joe", at(TODAY, 8), at(TODAY, 8, 45)),  # already over today
        timed("Team call", at(TOMORROW, 9), at(TOMORROW, 10)),
        timed("Haircut with Joe", at(date(2026, 12, 3), 14), at(date(2026, 12, 3), 15), location="Salon 9"),
    ]
    text = world.ask(event_question.event, event="haircut", ask="when")
    assert text == "*Haircut with Joe* is Thursday, December 3, 2:00 PM–3:00 PM, at Salon 9."
    (_, start, end) = gateway.asked[0]
    assert (start, end) == (at(TODAY, 0), at(TODAY + timedelta(weeks=4), 0))
    assert world.reply.extras["topics"]["event"] == {
        "title": "Haircut with Joe",
        "start": at(date(2026, 12, 3), 14).isoformat(),
        "end": at(date(2026, 12, 3), 15).isoformat(),
    }


def test_who_an_event_is_with_comes_from_its_people_else_its_title(world, gateway):
    gateway.events = [
        timed("Coffee with Priya (lender)", at(TOMORROW, 8, 30), at(TOMORROW, 9)),
        timed("Walkthrough", at(TOMORROW, 10), at(TOMORROW, 11), attendees=("Dana Lee", "Sam Ortiz")),
        timed("Dentist", at(TOMORROW, 16, 30), at(TOMORROW, 17)),
    ]
    assert world.ask(event_question.event, event="coffee", ask="who").startswith(
        "*Coffee with Priya (lender)* is with Priya — tomorrow"
    )
    assert "is with Dana Lee, Sam Ortiz" in world.ask(event_question.event, event="walkthrough", ask="who")
    assert "doesn't list anyone else on *Dentist*" in world.ask(
        event_question.event, event="dentist", ask="who"
    )


def test_whether_one_event_is_before_another_is_answered_the_way_round_it_was_asked(world, gateway):
    gateway.events = [
        timed("Walkthrough", at(TOMORROW, 10), at(TOMORROW, 11)),
        timed("Dentist", at(TOMORROW, 16, 30), at(TOMORROW, 17)),
    ]
    before = world.ask(event_question.event, event="walkthrough", ask="before", other="dentist")
    assert before == "Yes — *Walkthrough* (10:00 AM tomorrow) is before *Dentist* (4:30 PM tomorrow)."
    after = world.ask(event_question.event, event="walkthrough", ask="after", other="dentist")
    assert after.startswith("No — *Walkthrough* (10:00 AM tomorrow) is before")
    missing = world.ask(event_question.event, event="walkthrough", ask="after", other="haircut")
    assert missing == "I don't see a “haircut” on your calendar in the next 4 weeks."


def test_titles_fit_loosely_but_not_wrongly(world, gateway):
    gateway.events = [
        timed("Hair cut", at(TOMORROW, 9), at(TOMORROW, 10)),
        timed("Clothing drive", at(TOMORROW, 11), at(TOMORROW, 12)),
    ]
    assert world.ask(event_question.event, event="haircut", ask="when").startswith("*Hair cut* is tomorrow")
    assert world.ask(event_question.event, event="closing", ask="where") == (
        "I don't see a “closing” on your calendar in the next 4 weeks."
    )


def test_where_is_the_closing_gives_the_place_or_the_link_or_says_there_is_none(world, gateway):
    gateway.events = [
        timed("Closing – Baker St", at(TOMORROW, 10), at(TOMORROW, 11), location="Title Co, 5 Main St")
    ]
    assert world.ask(event_question.event, event="closing", ask="where") == (
        "*Closing – Baker St* is at Title Co, 5 Main St — tomorrow, 10:00 AM–11:00 AM."
    )
    gateway.events = [timed("Closing", at(TOMORROW, 10), at(TOMORROW, 11), link="https://meet.example/c")]
    assert "is online: <https://meet.example/c|Join>" in world.ask(
        event_question.event, event="closing", ask="where"
    )
    gateway.events = [timed("Closing", at(TOMORROW, 10), at(TOMORROW, 11))]
    assert world.ask(event_question.event, event="closing", ask="where") == (
        "Your calendar doesn't say where *Closing* is — it's tomorrow, 10:00 AM–11:00 AM."
    )


def test_other_events_that_fit_as_well_are_mentioned(world, gateway):
    gateway.events = [
        timed("Closing – Oak Ave", at(date(2026, 12, 4), 10), at(date(2026, 12, 4), 11)),
        timed("Closing – Elm St", at(TOMORROW, 10), at(TOMORROW, 11)),
    ]
    text = world.ask(event_question.event, event="closing", ask="when")
    assert text.splitlines() == [
        "*Closing – Elm St* is tomorrow, 10:00 AM–11:00 AM.",
        "Also on your calendar: *Closing – Oak Ave* (Fri, Dec 4).",
    ]


def test_a_named_day_is_searched_alone_and_a_miss_says_which_day(world, gateway):
    gateway.events = [timed("Showing — 14 Lakeview Dr", at(TODAY, 11), at(TODAY, 12))]
    text = world.ask(
        event_question.event,
        event="showing",
        ask="when",
        start="2026-11-26T00:00:00-06:00",
        end="2026-11-27T00:00:00-06:00",
    )
    assert text == "I don't see a “showing” on your calendar for tomorrow."
    assert gateway.asked[-1][1:] == (at(TOMORROW, 0), at(TOMORROW + timedelta(days=1), 0))


def test_is_the_dentist_tomorrow_is_yes_or_no_with_when_it_is(world, gateway):
    gateway.events = [timed("Dentist", at(TOMORROW, 16, 30), at(TOMORROW, 17))]
    tomorrow = {"start": "2026-11-26T00:00:00-06:00", "end": "2026-11-27T00:00:00-06:00"}
    today = {"start": "2026-11-25T00:00:00-06:00", "end": "2026-11-26T00:00:00-06:00"}
    asked = {"event": "dentist", "ask": "when", "question": "yes_no"}
    assert world.ask(event_question.event, **asked, **tomorrow) == (
        "Yes — *Dentist* is tomorrow, 4:30 PM–5:00 PM."
    )
    assert world.ask(event_question.event, **asked, **today) == "No — *Dentist* is tomorrow, 4:30 PM–5:00 PM."
    assert world.reply.extras["topics"]["event"]["title"] == "Dentist"
    haircut = {**asked, "event": "haircut"}
    assert world.ask(event_question.event, **haircut, **today) == (
        "No — I don't see a “haircut” on your calendar for today, nor in the next 4 weeks."
    )


def test_at_a_time_with_no_day_asks_whether_the_next_one_starts_then(world, gateway):
    gateway.events = [timed("Dentist", at(TOMORROW, 16, 30), at(TOMORROW, 17))]
    asked = {"event": "dentist", "ask": "when", "question": "yes_no"}
    assert world.ask(event_question.event, **asked, time="16:30") == (
        "Yes — *Dentist* is tomorrow, 4:30 PM–5:00 PM."
    )
    assert world.ask(event_question.event, **asked, time="15:00") == (
        "No — *Dentist* is tomorrow, 4:30 PM–5:00 PM."
    )


def test_today_or_tomorrow_is_answered_with_when_it_is_or_neither(world, gateway):
    gateway.events = [timed("Dentist", at(TOMORROW, 16, 30), at(TOMORROW, 17))]
    asked = {"event": "dentist", "ask": "when", "question": "either"}
    both = {"start": "2026-11-25T00:00:00-06:00", "end": "2026-11-27T00:00:00-06:00"}
    assert world.ask(event_question.event, **asked, **both) == "*Dentist* is tomorrow, 4:30 PM–5:00 PM."
    later = {"start": "2026-11-27T00:00:00-06:00", "end": "2026-11-29T00:00:00-06:00"}
    assert world.ask(event_question.event, **asked, **later) == (
        "Neither — *Dentist* is tomorrow, 4:30 PM–5:00 PM."
    )


def test_asked_about_another_day_an_event_earlier_today_is_no_with_when_it_was(world, gateway):
    gateway.events = [timed("Team call", at(TODAY, 7), at(TODAY, 8))]
    tomorrow = {"start": "2026-11-26T00:00:00-06:00", "end": "2026-11-27T00:00:00-06:00"}
    asked = {"event": "team call", "ask": "when", "question": "yes_no"}
    assert world.ask(event_question.event, **asked, **tomorrow) == (
        "No — *Team call* was today, 7:00 AM–8:00 AM; I don't see another in the next 4 weeks."
    )


def test_an_event_only_earlier_today_is_said_to_have_been(world, gateway):
    gateway.events = [timed("Inspection", at(TODAY, 7), at(TODAY, 8))]
    assert world.ask(event_question.event, event="inspection", ask="when") == (
        "*Inspection* was today, 7:00 AM–8:00 AM; I don't see another in the next 4 weeks."
    )
    gateway.events = [timed("Coffee with Priya", at(TODAY, 7), at(TODAY, 8), location="Blue Bottle")]
    assert world.ask(event_question.event, event="priya", ask="where") == (
        "*Coffee with Priya* was today, 7:00 AM–8:00 AM, at Blue Bottle; "
        "I don't see another in the next 4 weeks."
    )
    gateway.events = [timed("Team call", at(TODAY, 7), at(TODAY, 8))]
    assert world.ask(event_question.event, event="team call", ask="where") == (
        "*Team call* was today, 7:00 AM–8:00 AM (your calendar doesn't say where); "
        "I don't see another in the next 4 weeks."
    )


def test_all_day_and_hidden_events(world, gateway):
    gateway.events = [
        Event(id="p", title="Private event", start=at(TOMORROW, 9), end=at(TOMORROW, 10), private=True),
        all_day("Open house", date(2026, 11, 28), date(2026, 11, 30)),
    ]
    assert world.ask(event_question.event, event="open house", ask="when") == (
        "*Open house* is from Saturday, November 28 to Sunday, November 29."
    )
    assert world.ask(event_question.event, event="private event", ask="when").startswith("I don't see")
