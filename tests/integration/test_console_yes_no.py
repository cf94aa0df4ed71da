"""Yes/no questions answered with the word that answers them, typed in the console's shell on the seeded
demo (README.md, "Yes/no questions"): the calendar, deals, people and phases, and the queue."""

from __future__ import annotations

import pytest

from tests.demo_shell import run, shell_as

# What Jane reads and answers is the same on either database (see test_console_words.py).
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def test_whether_there_is_anything_on_the_calendar_is_answered_yes_or_no_first(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    after_four = run(maria, "anything tomorrow after 4?")
    assert after_four.startswith("Yes — ") and "Dentist" in after_four
    before_ten = run(maria, "and before 10?")
    assert before_ten.startswith("No — ") and "Dentist" not in before_ten
    assert run(maria, "is there anything on my calendar the day after tomorrow?").startswith("No — nothing")
    listed = run(maria, "what's on my calendar tomorrow?")
    assert listed.startswith("Your calendar for tomorrow") and "walkthrough" in listed


def test_anything_asked_after_an_empty_day_question_still_answers_yes_or_no(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "is my calendar empty the day after tomorrow?")
    run(maria, "and tomorrow?")
    after_four = run(maria, "anything tomorrow after 4?")
    assert after_four.startswith("Yes — your calendar for tomorrow, 4:00 PM") and "Dentist" in after_four
    assert run(maria, "and before 10?").startswith("No — nothing scheduled")
    assert run(maria, "anything tomorrow after 5:30pm?").startswith("No — nothing scheduled")


def test_an_event_asked_at_one_time_or_two_says_when_it_is(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "is the dentist tomorrow?")
    assert run(maria, "is it at 4?").startswith("No — Dentist is tomorrow, 4:30 PM")
    assert run(maria, "it's at 4:30, right?").startswith("Yes — Dentist is tomorrow, 4:30 PM")
    neither = run(maria, "is the walkthrough tomorrow at 9 or 11?")
    assert neither.startswith("Neither — Jones final walkthrough is tomorrow, 10:00 AM")
    assert run(maria, "is the walkthrough at 10 or 11?").startswith(
        "Jones final walkthrough is tomorrow, 10:00"
    )
    assert run(maria, "is there an inspection on my calendar tomorrow?").startswith("No — I don't see")
    run(maria, "is my walkthrough tomorrow at 11?")
    assert run(maria, "so is 11 free then?").startswith("Yes — you're free")


def test_a_deal_s_amount_against_a_figure_and_its_stage_are_answered_yes_or_no(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "is the Baker Street duplex over 500k?") == (
        "Yes — Baker Street duplex is at $534,000, over $500,000."
    )
    assert run(maria, "and the Oak Ave one?") == "No — Jones – 9 Oak Ave is at $365,000, under $500,000."
    assert run(maria, "is the Lakeview listing under $300,000?").startswith(
        "Yes — Lakeview listing is at $289,500"
    )
    assert run(maria, "is the baker street duplex under contract yet?").startswith(
        "No, not yet — Baker Street"
    )
    assert run(maria, "any still at the lead stage?").startswith("No deals in Lead")
    assert run(maria, "anything under contract?").startswith("Yes — 1 deal in Under contract")


def test_whether_someone_is_the_va_or_a_client_is_in_a_phase_is_answered_yes_or_no(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "is ben my VA?") == "No — your VA is @ana."
    assert run(maria, "is it ana then?") == "Yes — @ana is your VA."
    sam = shell_as(sessions, seeded, "sam")
    assert run(sam, "is tom on phase 1?").startswith("Yes — @tom is in Phase I")
    assert run(sam, "and maria?").startswith("No — @maria is in Phase III")
    assert run(sam, "is ben tom's VA?") == "Yes — @ben looks after @tom."
    assert run(sam, "is ana his VA too?") == "No — @tom's VA is @ben."
    ben = shell_as(sessions, seeded, "ben")
    assert run(ben, "is maria on phase 3?") == "“maria” isn't one of your clients."


def test_whether_the_queue_is_empty_or_anything_is_waiting_is_answered_yes_or_no(sessions, seeded):
    ana = shell_as(sessions, seeded, "ana")
    assert run(ana, "is my queue empty?").startswith("Yes — the queue is empty")
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "is anything of mine still waiting on ana?").startswith(
        "No — you have no open requests"
    )
    run(maria, "could you order a new desk lamp for the office?")
    assert run(maria, "is anything of mine still waiting on ana?").startswith("Yes — you have 1 open request")
    assert run(ana, "is it still empty?").startswith("No — open requests of your clients (1)")
    waiting = run(ana, "has anyone claimed the lamp one yet?")
    assert waiting.startswith("No, not yet — @maria's request to order office supplies is waiting for a VA")
    run(ana, "I'll take the lamp one")
    assert run(ana, "who has the lamp one?").startswith("@ana has picked up @maria's request")


def test_a_goodbye_with_a_wish_is_wished_back(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "Lovely, that's everything for now. Have a wonderful day!") == "You too — talk soon!"
    assert run(maria, "that's all, bye") == "Talk soon!"


def test_a_duty_named_after_a_coverage_question_is_asked_of_the_phase(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    assert run(tom, "are confirmations covered?").startswith("No")
    calendar = run(tom, "and my calendar?")
    assert calendar.startswith("No") and "Phase III" in calendar


def test_a_request_s_status_shows_enough_of_its_words_to_tell_which_it_is(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    story = "Sorry to bother you Jane. The brochures ran out at the open house."
    run(tom, f"{story} Could you have 200 more printed by Thursday?")
    update = run(tom, "I'd be grateful for an update on the brochures")
    assert update.startswith("Not yet — your request") and "The brochures ran out" in update


def test_a_va_asks_after_a_client_s_request_by_its_words_and_sees_bookings_by_their_titles(sessions, seeded):
    ben = shell_as(sessions, seeded, "ben")
    assert (
        run(ben, "how long did the holiday cards take?") == "40m on #4 (@tom: send the holiday cards) in all."
    )
    maria = shell_as(sessions, seeded, "maria")
    run(
        maria,
        "Priya from the bank called about the rate lock. Could you book a call with her tomorrow at 2pm?",
    )
    ana = shell_as(sessions, seeded, "ana")
    assert "Call with Priya" in run(ana, "any bookings I need to confirm?")


def test_two_reminders_and_my_reminder_is_asked_back_by_which(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "remind me tomorrow at 9am to email the appraiser")
    run(maria, "and remind me tomorrow at 4pm to call the lender")
    which = run(maria, "cancel my reminder")
    assert "email the appraiser" in which and "call the lender" in which and not which.startswith("Cancelled")


def test_hours_asked_for_someone_else_s_client_and_her_va_after_them(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    assert run(tom, "how much time has ana logged for maria this week?").startswith("You see only the time")
    sam = shell_as(sessions, seeded, "sam")
    run(sam, "how much time was logged for tom this week?")
    run(sam, "and for maria?")
    assert run(sam, "who's her VA?").startswith("@maria is in Phase III")


def test_whether_anything_is_waiting_leaves_out_what_was_finished(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    waiting = run(maria, "could you let me know whether anything of mine is still waiting?")
    assert waiting == "No — you have no open requests."


def test_a_request_cancelled_by_its_duty_s_words_with_a_reason_and_please(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "I've got back-to-back showings this afternoon, so could you screen my calls?")
    cancelled = run(maria, "cancel the call screening please, my afternoon freed up after all")
    assert (
        "Cancelled: your request to screen your calls and email." in cancelled and "(card)" not in cancelled
    )
    assert run(maria, "how many hours did ben log this week?").startswith(
        "You see only the time spent on your"
    )


def test_a_second_time_offered_is_answered_after_the_first_and_becomes_the_slot_when_free(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    both = run(maria, "am i free tmrw at 1030 if not how abt 1130")
    assert both.startswith("No — you have Jones final walkthrough 10:00 AM–11:00 AM")
    assert both.splitlines()[-1] == "At 11:30 AM you're free."
    assert "11:30 AM–12:00 PM" in run(maria, "ok, book a call with the lender then")
    busy = run(maria, "am I busy tomorrow at 2 or 4:30?")
    assert busy.startswith("No — you're free") and "At 4:30 PM you have Dentist 4:30 PM–5:00 PM." in busy


def test_whether_any_deal_moved_is_answered_yes_first_and_a_summary_can_be_asked_for(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    moved = run(maria, "did any of my deals move in the past 7 days?")
    assert moved.startswith("Yes — ") and "changed stage" in moved
    summary = run(maria, "can I get a summary of all my deals?")
    assert "Baker Street duplex" in summary and "Lakeview" in summary


def test_a_va_asks_whether_a_client_is_theirs(sessions, seeded):
    ana = shell_as(sessions, seeded, "ana")
    assert run(ana, "is maria my client?") == "Yes — @ana looks after @maria."
    assert run(ana, "is tom one of my clients?").startswith("No — ")


def test_who_did_a_finished_errand_is_who_finished_it(sessions, seeded):
    maria, tom = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "tom")
    assert run(maria, "who ordered the toner?").startswith("Done — @ana finished your request")
    assert run(tom, "who sent the holiday cards?").startswith("Done — @ben finished your request")
