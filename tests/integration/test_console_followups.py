"""Follow-ups as asked in the console's shell on the seeded demo: hours for one client and then another, the
days of a review asked again and added up, a booking offered in a question and taken with a yes, the VA's
reason for turning a booking down, and a list of one thing made the thing talked about."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from storage.models import Request, TimeEntry
from tests.demo_shell import run, shell_as

# What Jane reads and answers is the same on either database; the backends are compared where storage
# differs (tests/scenarios, tests/integration/storage), so these language cases run on SQLite alone.
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


@pytest.mark.parametrize(
    "asked",
    [
        "how much time has been logged for tom this month?",
        "how many hours for tom?",
        "how much time was spent on Tom's requests this month?",
    ],
)
def test_an_admin_asks_the_hours_of_one_client_then_of_another_by_ellipsis(sessions, seeded, asked):
    sam = shell_as(sessions, seeded, "sam")
    tom = run(sam, asked)
    assert "40m" in tom and "@tom's requests" in tom and "3h 15m" not in tom
    maria = run(sam, "and for maria?")
    assert "3h 15m" in maria and "@maria's requests" in maria and "40m" not in maria
    assert run(sam, "thanks") and "40m" in run(sam, "what about tom?")
    ben = run(sam, "ben this month")
    assert ben.startswith("@ben spent 40m on @tom's requests in November 2026")  # his one client


def test_a_va_asks_their_own_hours_for_one_client(sessions, seeded):
    ana = shell_as(sessions, seeded, "ana")
    answer = run(ana, "how much time did I spend on maria this month?")
    assert answer.startswith("You spent 3h 15m on @maria's requests")
    assert run(ana, "and for nobody?") == "“nobody” isn't one of your clients."


def test_after_a_weekly_review_the_total_and_another_week_stay_on_the_review(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    review = run(maria, "what got done for me this week?")
    assert "toner" in review and "ad copy" in review
    assert "3h 15m" in run(maria, "and how much time was that in total?")
    last_week = run(maria, "and last week?")
    assert "16 Nov" in last_week and "calendar" not in last_week.lower()
    assert "toner" not in last_week  # last week's review, not this week's again
    assert "no time" in run(maria, "how many hours did that take?")


@pytest.mark.parametrize("yes", ["yes please", "sure", "great, book it"])
def test_a_plan_asked_about_is_offered_and_a_yes_drafts_it_for_the_va(sessions, seeded, yes):
    maria = shell_as(sessions, seeded, "maria")
    asked = run(maria, "am I free for lunch with Greg tomorrow at 12:30?")
    assert asked.startswith("Yes — you're free Thu, Nov 26, 12:30 PM")
    assert re.search(r"\[Book it: /book \d+\]", asked)
    booked = run(maria, yes)
    assert booked.startswith("I've drafted Lunch with Greg for Thu, Nov 26, 12:30 PM")
    assert "→ to @ana (card): Booking for @maria: Lunch with Greg" in booked
    with sessions() as session:
        [draft] = session.scalars(select(Request).where(Request.duty == "appointment_scheduling")).all()
    assert draft.text == f"Book Lunch with Greg — “{yes}”"


@pytest.mark.parametrize(
    "why",
    [
        "why did that get turned down?",
        "how come it was rejected?",
        "what was the reason?",
        "did she say why?",
    ],
)
def test_the_vas_reason_for_turning_a_booking_down_is_given_back(sessions, seeded, why):
    maria = shell_as(sessions, seeded, "maria")
    drafted = run(maria, "book a viewing at 22 Birch Rd tomorrow at 11am")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", drafted)
    rejected = run(shell_as(sessions, seeded, "ana"), f"reject #{number}, the seller can't do tomorrow")
    assert "→ to @maria" in rejected
    assert "the seller can't do tomorrow" in run(maria, why)


def test_a_list_of_one_deal_or_one_event_makes_it_the_one_talked_about(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "Elm" in run(maria, "which of my deals are under contract?")
    assert "Final walkthrough" in run(maria, "what's the next step on it?")
    assert "Jones final walkthrough" in run(maria, "what's on tomorrow morning?")
    assert "88 Jones Ave" in run(maria, "where is it?")
    several = run(maria, "which of my deals are at offer?")
    assert "Oak" in several and "Baker" in several
    assert run(maria, "what's the next step on it?").startswith("Which one do you mean?")
    assert "Counter-offer" in run(maria, "the Oak Ave one")


def test_the_agenda_or_review_just_set_is_stopped_and_started_again_by_pronoun(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "7:30 AM" in run(maria, "send my agenda at 7:30")
    assert run(maria, "stop it").startswith("Okay, I've turned off your morning agenda.")
    assert "7:30 AM" in run(maria, "start it again")
    assert "Thursdays at 3:00 PM" in run(maria, "send my weekly review on thursday at 3pm")
    assert run(maria, "hmm, actually turn it off").startswith("Okay, I've turned off your weekly review.")
    assert "Thursdays at 3:00 PM" in run(maria, "turn it back on")


def test_why_not_after_a_refusal_explains_and_asks_nobody(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    assert "Phase III" in run(tom, "what's on my calendar today?")
    why = run(tom, "why not?")
    assert "→ to @ben" not in why and "[Ask my VA about Phase 3: /ask 3]" in why
    assert "Daily schedule comes with Phase III" in why  # the duty refused, and the phase it needs
    assert "→ to @ben" in run(tom, "ok ask ben about it")


def test_how_come_after_a_refusal_names_the_duty_and_a_no_then_sends_nothing(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    run(tom, "could you book me lunch with carla on tuesday at noon")
    why = run(tom, "hmm, how come?")
    assert "Appointment scheduling comes with Phase III" in why and "you're in Phase I" in why
    declined = run(tom, "nah that's fine, not right now")
    assert "→ to @ben" not in declined and "not sure I understood" not in declined


def test_more_of_the_same_errand_is_added_to_the_request_not_filed_again(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    run(tom, "please order more printer paper")
    added = run(tom, "and some pens too")
    assert added.startswith("I've added “some pens” to your request")
    assert "please order more printer paper and some pens too" in added
    assert "[Cancel: /cancel" not in added  # no second request
    with sessions() as session:
        assert len(session.scalars(select(Request).where(Request.status == "queued")).all()) == 1


def test_a_va_logs_time_on_the_request_just_claimed_by_pronoun(sessions, seeded):
    run(shell_as(sessions, seeded, "tom"), "please order more printer paper")
    ben = shell_as(sessions, seeded, "ben")
    run(ben, "anything I need to pick up?")
    assert run(ben, "I'll take it").startswith("It's yours")
    logged = run(ben, "log 20m on it")
    assert logged.startswith("Logged 20m on #") and "30m" in run(ben, "add another 10 minutes to it")


def test_when_and_whether_a_waiting_booking_is_confirmed_say_where_it_stands(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "book a call with Linda tomorrow at 2")
    for asked in ("when is it again?", "who is it with?", "is it confirmed yet?", "who's handling it?"):
        answer = run(maria, asked)
        lead = "No, not yet" if asked == "is it confirmed yet?" else "Not yet"  # only the yes/no says No
        assert answer.startswith(f"{lead} — Call with Linda")
        assert "waiting for your VA, @ana, to check it" in answer


def test_is_it_confirmed_after_the_va_confirmed_says_yes_booked_and_by_whom(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    drafted = run(maria, "pls book a showing at 22 birch lane tomorrow at 2:30")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", drafted)
    run(shell_as(sessions, seeded, "ana"), f"confirm #{number}")
    for asked in ("is it confirmed yet?", "what happened to my booking?"):
        answer = run(maria, asked)
        assert answer.startswith("Yes — booked Showing at 22 birch lane") and "confirmed by @ana" in answer


def test_book_it_after_a_plain_yes_asks_what_and_a_named_booking_then_takes_that_time(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "am I free friday at 3?").startswith("Yes — you're free Fri, Nov 27, 3:00 PM")
    asked = run(maria, "ok book it")
    assert asked.startswith("What shall I book for Fri, Nov 27, 3:00 PM–3:30 PM?")
    booked = run(maria, "book a call with Linda then")
    assert booked.startswith("I've drafted Call with Linda for Fri, Nov 27, 3:00 PM–3:30 PM.")
    assert "→ to @ana (card): Booking for @maria: Call with Linda" in booked


@pytest.mark.parametrize(
    "asked",
    ["what happened with it?", "what happened to my booking?", "is it booked yet?", "any reason given?"],
)
def test_a_turned_down_booking_asked_after_in_other_words_gives_the_reason(sessions, seeded, asked):
    maria = shell_as(sessions, seeded, "maria")
    drafted = run(maria, "book a viewing at 22 Birch Rd tomorrow at 11am")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", drafted)
    run(shell_as(sessions, seeded, "ana"), f"reject #{number}, the seller can't do tomorrow")
    said = "@ana rejected Viewing at 22 Birch Rd, so it wasn't booked: the seller can't do tomorrow"
    assert run(maria, asked) == (f"No — {said}" if asked.startswith("is ") else said)  # a yes/no says No


def test_a_turned_down_booking_is_named_by_its_words_and_listed_as_turned_down(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    drafted = run(maria, "book a viewing at 22 Birch Rd tomorrow at 11am")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", drafted)
    run(shell_as(sessions, seeded, "ana"), f"reject #{number}, the seller can't do tomorrow")
    said = "@ana rejected Viewing at 22 Birch Rd, so it wasn't booked: the seller can't do tomorrow"
    assert run(maria, "hey, what happened with my viewing booking?") == said
    listed = run(maria, "what are my requests?")
    assert "book a viewing at 22 Birch Rd tomorrow at 11am — not booked: turned down by @ana" in listed


@pytest.mark.parametrize(
    ("why", "again", "when"),
    [
        ("how come the viewing got turned down?", "ok let's do friday instead then", "Fri, Nov 27, 11:00 AM"),
        ("why didn't my viewing get booked?", "ugh ok, let's do the day after at 2 instead then",
         "Fri, Nov 27, 2:00 PM"),
        ("what happened with it?", "fine, monday then", "Mon, Nov 30, 11:00 AM"),
    ],
)  # fmt: skip
def test_a_turned_down_booking_tried_again_at_another_time_is_drafted_afresh(
    sessions, seeded, why, again, when
):
    maria = shell_as(sessions, seeded, "maria")
    drafted = run(maria, "book a viewing at 22 Birch Rd tomorrow at 11am")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", drafted)
    run(shell_as(sessions, seeded, "ana"), f"reject #{number}, the seller can't do tomorrow")
    assert "the seller can't do tomorrow" in run(maria, why)
    redrafted = run(maria, again)
    assert redrafted.startswith(f"I've drafted Viewing at 22 Birch Rd for {when}")
    assert "→ to @ana (card): Booking for @maria: Viewing at 22 Birch Rd" in redrafted
    assert f"/cancel {number}]" not in redrafted  # a new request; the one turned down stays as it was


@pytest.mark.parametrize(
    ("wish", "when"),
    [
        ("monday would be better", "Mon, Nov 30, 11:00 AM"),
        ("hmm could it be at 3:30 instead?", "Thu, Nov 26, 3:30 PM"),
        ("I'd rather do friday tbh", "Fri, Nov 27, 11:00 AM"),
    ],
)
def test_a_new_time_said_as_a_wish_changes_the_booking_just_drafted(sessions, seeded, wish, when):
    maria = shell_as(sessions, seeded, "maria")
    drafted = run(maria, "book a showing at 22 Birch Lane tomorrow at 11am")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", drafted)
    changed = run(maria, wish)
    assert changed.startswith(f"Changed: Showing at 22 Birch Lane is now {when}")
    assert f"[Cancel: /cancel {number}]" in changed and "(updated card)" in changed


def test_a_waiting_booking_moved_by_a_day_alone_keeps_its_time_on_the_same_card(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    drafted = run(maria, "book a showing at 22 Birch Lane tomorrow at 11am")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", drafted)
    moved = run(maria, "actually can we do the day after instead?")
    assert moved.startswith("Changed: Showing at 22 Birch Lane is now Fri, Nov 27, 11:00 AM")
    assert "(updated card)" in moved and f"[Cancel: /cancel {number}]" in moved


def test_the_agenda_set_in_words_is_restarted_by_name_and_its_days_changed(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "7:15 AM" in run(maria, "pls send the morning agenda at 7:15 from now on")
    assert run(maria, "ugh, stop it").startswith("Okay, I've turned off your morning agenda.")
    assert "7:15 AM" in run(maria, "ok turn the morning agenda back on")
    weekdays = run(maria, "and just weekdays actually")
    assert "7:15 AM" in weekdays and weekdays != run(maria, "weekends too")


@pytest.mark.parametrize("free", ["wait, am I even free then?", "hmm, do I actually have time then?"])
def test_whether_a_waiting_booking_is_free_is_asked_of_its_own_time(sessions, seeded, free):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "can you book lunch with Greg tomorrow at 12:30")
    run(maria, "actually make it 1 instead")
    assert "1:00 PM–2:00 PM" in run(maria, "it'll probably run long, make it an hour")
    answer = run(maria, free)
    assert answer.startswith("Yes — you're free Thu, Nov 26, 1:00 PM–2:00 PM") and "→ to @ana" not in answer


@pytest.mark.parametrize(
    "again", ["ugh ok, send it at 7:15 then", "fine, 7:15 then", "ok have it come at 7:15"]
)
def test_an_agenda_time_refused_at_night_then_another_sets_the_agenda_not_an_errand(sessions, seeded, again):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "send my agenda at 6:30 every day").startswith("I don't send messages between")
    answer = run(maria, again)
    assert answer == "Done — I'll send your agenda at 7:15 AM every day."  # the days asked for come along
    assert "→ to @ana" not in answer


def test_a_review_day_asked_at_a_time_refused_at_night_is_kept_for_the_next_time(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    refused = run(maria, "can you send my weekly review sunday nights at 10pm instead")
    assert refused.startswith("I don't send messages between")
    assert run(maria, "ok make it 8pm then") == "Done — your weekly review will come Sundays at 8:00 PM."
    assert run(maria, "turn it off for now, on vacation next wk").startswith("Okay, I've turned off")
    back = run(maria, "ok im back, turn it back on")
    assert back == "Done — your weekly review will come Sundays at 8:00 PM."


@pytest.mark.parametrize(
    "stop",
    [
        "actually just turn it off for now",
        "ugh, you know what, stop it altogether",
        "actually stop it for now, i'm on vacation next week",
        "actually just stop the morning agenda for now",
    ],
)
def test_the_agenda_just_set_is_stopped_for_now_in_many_words(sessions, seeded, stop):
    maria = shell_as(sessions, seeded, "maria")
    assert "7:15 AM" in run(maria, "send my agenda at 7:15")
    assert "weekdays" in run(maria, "and only weekdays pls")
    assert run(maria, stop).startswith("Okay, I've turned off your morning agenda.")


@pytest.mark.parametrize(
    "cancel", ["actually can you cancel it for me?", "could you cancel that for me please"]
)
def test_an_event_asked_about_is_cancelled_by_pronoun_through_the_va(sessions, seeded, cancel):
    maria = shell_as(sessions, seeded, "maria")
    assert "4:30 PM" in run(maria, "what time's the dentist?")
    assert run(maria, "ok thx") == "You're welcome!"
    asked = run(maria, cancel)
    assert asked.startswith("I'll take Dentist (") and "off your calendar as soon as your VA" in asked
    assert "→ to @ana (card): Cancellation for @maria: take Dentist" in asked


@pytest.mark.parametrize(
    "asked", ["what's on today and tomorrow?", "what do I have today and the day after?"]
)
def test_two_days_named_together_are_both_shown(sessions, seeded, asked):
    maria = shell_as(sessions, seeded, "maria")
    both = run(maria, asked)
    assert both.startswith("Your calendar from today to tomorrow:")
    assert "Jones final walkthrough" in both and "Dentist" in both


def test_the_first_free_hour_found_is_the_time_a_booking_then_takes(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    found = run(maria, "when's my first free hour tomorrow?")
    assert found == "Your first free hour is Thu, Nov 26, 9:00 AM–10:00 AM."
    booked = run(maria, "ok book a call with Dana then")
    assert booked.startswith("I've drafted Call with Dana for Thu, Nov 26, 9:00 AM–10:00 AM.")
    assert "→ to @ana (card): Booking for @maria: Call with Dana" in booked


def test_a_booking_then_after_a_whole_day_asks_what_time_that_day_and_files_nothing(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "Free:" in run(maria, "am I free tomorrow?")
    asked = run(maria, "ok book a call with Dana then")
    assert asked.startswith("What time on Thu, Nov 26 should I book Call with Dana?")
    assert "→ to @ana" not in asked and "/forward" not in asked


def test_an_event_talked_about_gives_its_start_and_the_rest_of_its_day(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "Jones final walkthrough" in run(maria, "what's on tomorrow morning?")
    assert "88 Jones Ave" in run(maria, "where is it?")
    start = run(maria, "and what time's it start?")
    assert "Jones final walkthrough" in start or re.search(r"\d:\d\d", start), start
    day = run(maria, "anything else that day?")
    assert "Jones final walkthrough" in day, day


@pytest.mark.parametrize(
    "wish",
    [
        "I think I'm ready to move up to phase 2, can you ask for me?",
        "can I move up to phase 2?",
        "I'd like phase II please",
    ],
)
def test_a_phase_wished_for_in_words_is_asked_of_the_va_once(sessions, seeded, wish):
    tom = shell_as(sessions, seeded, "tom")
    asked = run(tom, wish)
    assert "→ to @ben" in asked and "Phase II" in asked and "[Accept: /accept" in asked
    screening = run(tom, "could you screen my calls tomorrow, I'm swamped")
    assert "Call and email screening" in screening and "Phase II" in screening
    maria = shell_as(sessions, seeded, "maria")
    assert "→ to @" not in run(maria, wish)  # already past it: nothing to ask


@pytest.mark.parametrize("take", ["ok i'll grab that one", "i can do that one", "I'm on it"])
def test_a_va_takes_the_one_request_listed_by_pronoun_and_finishes_it_with_a_note(sessions, seeded, take):
    run(shell_as(sessions, seeded, "tom"), "can u order a pack of AA batteries for the office")
    ben = shell_as(sessions, seeded, "ben")
    listed = run(ben, "whats waiting for me?")
    [number] = re.findall(r"\[#\d+ [^\]]*: /claim (\d+)\]", listed)
    taken = run(ben, take)
    assert taken.startswith(f"It's yours: #{number}") and "→ to @tom: @ben has picked up" in taken
    done = run(ben, "done with that one, got a 24 pack, arrives tuesday")
    assert done.startswith(f"Marked #{number} done") and "@ben says: got a 24 pack, arrives tuesday" in done


def test_a_va_greeting_then_taking_and_finishing_the_one_card_waiting(sessions, seeded):
    run(shell_as(sessions, seeded, "tom"), "we're out of staples, can you order a couple boxes?")
    ben = shell_as(sessions, seeded, "ben")
    assert "staples" in run(ben, "morning! anything 4 me?")
    taken = run(ben, "ill take it")  # the one card waiting for him, though no list was talked about
    assert taken.startswith("It's yours") and "→ to @tom" in taken
    finished = run(ben, "done with that one, got 2 boxes of the heavy duty ones")
    assert "→ to @tom" in finished and "got 2 boxes" in finished


def test_a_va_saying_i_will_take_it_after_several_listed_is_asked_which_with_buttons(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    run(tom, "please order more printer paper")
    run(tom, "please mail the flyers to the westside list")
    ben = shell_as(sessions, seeded, "ben")
    run(ben, "what's in my queue?")
    asked = run(ben, "I'll take it")
    assert asked.startswith("Which one do you mean?") and len(re.findall(r"/claim \d+\]", asked)) == 2
    assert "→ to @tom" not in asked  # nothing claimed on a guess


def test_time_logged_by_pronoun_keeps_the_vas_note_and_adds_up(sessions, seeded):
    run(shell_as(sessions, seeded, "maria"), "send the monthly newsletter to my past clients")
    ana = shell_as(sessions, seeded, "ana")
    [number] = re.findall(r"/claim (\d+)\]", run(ana, "what's waiting for me?"))
    run(ana, f"claim #{number}")
    assert run(ana, "log 25m on it, formatting the template").startswith(f"Logged 25m on #{number}")
    assert "35m on it in all" in run(ana, "add another 10 minutes to it")
    with sessions() as session:
        notes = session.scalars(select(TimeEntry.note).where(TimeEntry.request_id == int(number))).all()
    assert "formatting the template" in notes


def test_a_client_cancels_a_claimed_request_by_its_words_with_a_reason_and_the_va_hears(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    [number] = re.findall(
        r"/cancel (\d+)\]", run(tom, "can you order a toner cartridge for the brother printer")
    )
    run(shell_as(sessions, seeded, "ben"), f"/claim {number}")
    cancelled = run(shell_as(sessions, seeded, "tom"), "actually cancel my toner order, found a spare one")
    assert cancelled.startswith(f"Cancelled #{number}") and "→ to @ben:" in cancelled


def test_never_mind_with_nothing_open_is_a_shrug_and_a_later_errand_is_filed(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    for shrug in ("lol never mind", "nvm", "forget it"):
        answer = run(tom, shrug)
        assert answer.startswith("No problem") and "/forward" not in answer
    assert "Phase III" in run(tom, "book a meeting with the sellers friday at 10")
    pens = run(tom, "ok forget it, just order a box of pens")
    assert "→ to @ben (card): Office supplies for @tom" in pens
    added = run(tom, "and add staples to that")
    assert added.startswith("I've added “staples” to your request") and "(card)" not in added


def test_an_addition_with_no_request_just_made_is_asked_back(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    asked = run(tom, "oh and some highlighters too")
    assert asked.startswith("Add “some highlighters” to what?") and "→ to @ben" not in asked


def test_a_va_asking_about_someone_named_first_gets_nothing_of_a_client_not_theirs(sessions, seeded):
    ben = shell_as(sessions, seeded, "ben")
    assert "Phase I" in run(ben, "what phase is tom in?")
    maria = run(ben, "what about maria, which phase is she in?")
    assert maria == "“maria” isn't one of your clients."
    own = run(ben, "ok what about my own hours this month")
    assert "40m" in own and "maria" not in own


def test_remind_me_to_do_a_duty_is_a_reminder_for_any_phase_and_cancel_that_reminder_cancels_it(
    sessions, seeded
):
    tom = shell_as(sessions, seeded, "tom")
    run(tom, "send me my agenda every morning at 7:30am")
    run(tom, "nah, not now")
    reminded = run(tom, "just remind me tomorrow at 7:30am to check my email then")
    assert "I'll remind you tomorrow at 7:30 AM: check my email" in reminded
    assert "Call and email screening" not in reminded and "→ to @ben" not in reminded
    assert run(tom, "actually cancel that reminder").startswith("Cancelled your reminder “check my email”")


def test_a_client_steps_down_in_words_at_once_and_asks_to_be_put_back_as_a_proposal(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    down = run(maria, "please drop me down to phase 2 for a while")
    assert "you're now in Phase II" in down and "(card)" not in down and "/accept" not in down
    assert "Phase III" in run(maria, "whats on my calendar today")  # the calendar is now refused
    back = run(maria, "ok fair, ask ana to put me back on phase 3")
    assert "→ to @ana:" in back and "/accept" in back and "General errands" not in back
    assert run(maria, "so am i on phase 3 now?").startswith("No, not Phase III. You're in Phase II")


@pytest.mark.parametrize(
    "asked", ["what did it go for?", "what did they sell it for?", "so what did it close at?"]
)
def test_the_price_a_deal_went_for_asked_by_pronoun_after_a_list_of_one(sessions, seeded, asked):
    maria = shell_as(sessions, seeded, "maria")
    assert "Maple Court condo" in run(maria, "which deals have closed?")
    price = run(maria, asked)
    assert "Maple Court condo" in price and "$248,000" in price and "not sure I understood" not in price


def test_cancel_that_after_several_open_requests_were_listed_asks_which(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    run(tom, "order some envelopes, the long business ones")
    run(tom, "add the Garcias to my newsletter list")
    assert "2 open requests" in run(tom, "whats still open for me?")
    which = run(tom, "cancel that")
    assert which.startswith("Which one should I cancel?") and "→ to @ben" not in which
    assert "/cancel 5]" in which and "/cancel 6]" in which


def test_two_asks_in_one_message_are_answered_in_turn(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    both = run(maria, "quick one how is the baker street duplex doing and when is it supposed to close")
    assert both.startswith("Baker Street duplex is at Offer — for 3 days.")
    assert both.rstrip().endswith("Baker Street duplex is expected to close Wed, Dec 16 — in 21 days.")
    errand_and_question = run(maria, "can u get the open house flyers printed and also am i free tmrw at 2")
    assert "I've asked your VA, ana" in errand_and_question
    assert "Yes — you're free Thu, Nov 26, 2:00 PM" in errand_and_question
    assert "> can u get the open house flyers printed\n" in errand_and_question  # the card quotes its own ask


def test_a_span_from_a_nearby_day_names_its_weekday_too(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "what have I got tomorrow through friday").startswith(
        "Your calendar from tomorrow (Thursday) to Friday, November 27:"
    )


def test_what_comes_after_a_time_on_the_day_talked_about(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "Jones final walkthrough" in run(maria, "what does tomorrow look like?")
    after = run(maria, "ok and what's after the 10 o'clock?")
    assert "Dentist" in after and "Coffee with Priya" not in after


def test_another_event_is_asked_the_same_question(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "Blue Bottle" in run(maria, "where's my coffee with Priya today?")
    assert "14 Lakeview Dr" in run(maria, "and the showing?")


def test_a_waiting_booking_named_by_its_words_is_changed_on_the_same_card(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "book a call with the Hendersons tomorrow at 2pm").startswith("I've drafted")
    assert "Lakeview" in run(maria, "what stage is the Lakeview listing at?")
    moved = run(maria, "back to the Hendersons call — can we push it back an hour?")
    assert moved.startswith("Changed: Call with the Hendersons is now") and "3:00 PM" in moved
    with sessions() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(Request).where(Request.duty == "appointment_scheduling")
            )
            == 1
        )


def test_the_listing_is_the_deal_called_a_listing(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "Baker Street duplex" in run(maria, "the Baker Street one — when does it close?")
    assert run(maria, "and the listing?").startswith("Lakeview listing is expected to close")


def test_a_correction_then_a_question_pointing_at_the_deal_it_names(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "Oak Ave" in run(maria, "where's the oak ave deal at?")
    answer = run(
        maria, "so sorry, I actually meant the Elm Street one. Could you tell me about that one instead?"
    )
    assert answer.startswith("*Jones – 14 Elm St*") or "14 Elm St" in answer.splitlines()[0]


def test_a_waiting_booking_named_among_several_is_the_one_moved(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "set up a call with the Hendersons tomorrow at 1pm").startswith("I've drafted")
    assert run(maria, "also book coffee with Priya tomorrow at 9").startswith("I've drafted")
    moved = run(maria, "push the Hendersons call back an hour")
    assert moved.startswith("Changed: Call with the Hendersons is now") and "2:00 PM–2:30 PM" in moved
    with sessions() as session:
        drafts = session.scalars(select(Request).where(Request.status == "awaiting_confirmation")).all()
        assert len(drafts) == 2


def test_a_remark_about_the_deal_talked_about_is_answered_not_offered_to_the_va(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "Baker Street duplex" in run(maria, "where are we on the baker street duplex?")
    said = run(maria, "ugh, that one's been dragging on forever")
    assert said == "Noted — just say if you'd like me to do anything about it."


def test_a_reminder_counted_back_from_the_event_talked_about(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "4:30 PM" in run(maria, "what time's the dentist?")
    set_ = run(maria, "remind me half an hour before then to leave")
    assert "4:00 PM" in set_ and "leave" in set_


def test_after_a_whole_status_and_one_part_of_it_another_deal_gets_the_whole_status(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    both = run(maria, "how is the baker street duplex doing and when is it supposed to close?")
    assert "Baker Street duplex is at Offer" in both and "expected to close" in both
    lakeview = run(maria, "and the lakeview one?")
    assert lakeview.startswith("Lakeview listing is at Proposal") and "Next step" in lakeview
    assert run(maria, "when does oak close?").startswith("Jones – 9 Oak Ave is expected to close")
    assert run(maria, "and elm?").startswith("Jones – 14 Elm St is expected to close")


def test_an_admin_corrects_the_client_then_points_at_the_one_named(sessions, seeded):
    sam = shell_as(sessions, seeded, "sam")
    assert "Phase I " in run(sam, "what phase is tom in?")
    maria = run(sam, "sorry, I meant maria — what phase is she on?")
    assert maria.startswith("@maria is in Phase III")


def test_the_person_a_waiting_booking_is_with_is_corrected_on_the_same_card(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    drafted = run(maria, "book a call with Linda tomorrow at 2:30pm")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", drafted)
    changed = run(maria, "oops, not Linda — I meant Dana")
    assert changed.startswith("Changed: Call with Dana is now") and "(updated card)" in changed
    assert "With: Dana" in changed and "(card)" not in changed.replace("(updated card)", "")
    booked = run(shell_as(sessions, seeded, "ana"), f"confirm #{number}")
    assert "Booked: Call with Dana" in booked


def test_a_correction_after_its_reason_moves_the_draft_by_what_it_says(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "could you schedule a call with Dana tomorrow at 11am?")
    moved = run(
        maria, "Oh no, Dana's flight only lands at noon — would it be possible to push it back two hours?"
    )
    assert "1:00 PM–1:30 PM" in moved


def test_who_has_a_thing_asks_after_the_request_or_else_the_deal_it_names(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "who has the baker street duplex?").startswith("Baker Street duplex is at Offer")
    toner = run(maria, "who has the toner?")
    assert toner.startswith("Done — @ana finished your request") and "printer toner" in toner


def test_a_deal_named_alone_gets_the_last_deal_question_and_other_words_are_not_deals(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "is the lakeview listing under contract yet?").startswith("No, not yet")
    assert run(maria, "baker?").startswith("No, not yet — Baker Street duplex is at Offer")
    assert run(maria, "and elm?").startswith("Yes — Jones – 14 Elm St is at Under contract")
    assert "not sure I understood" in run(maria, "really?")
    assert "@ana" in run(maria, "who?")  # who handles the deal talked about last


def test_a_deal_asked_after_as_a_person_would_be_is_the_deal_its_word_names(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "hows lakeview doing").startswith("Lakeview listing is at")
    assert run(maria, "how's jones doing?").startswith("Which deal do you mean?")
    assert "not sure I understood" in run(maria, "how's Sarah doing?")  # no deal of hers: a person


def test_how_long_an_event_runs_asked_in_full_in_a_follow_up_and_in_two_words(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "how long is the dentist?").startswith("Dentist runs 30 minutes — tomorrow")
    run(maria, "where is the jones walkthrough tomorrow?")
    assert run(maria, "and how long will it take?").startswith("Jones final walkthrough runs an hour")
    assert run(maria, "how long?").startswith("Jones final walkthrough runs an hour")


def test_a_plan_said_then_checked_in_its_own_sentence_is_offered(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    asked = run(maria, "Lunch with Eva tomorrow at 12:30. Am I free?")
    assert asked.startswith("Yes") and "Lunch with Eva" in asked


def test_cancelling_a_request_by_its_words_with_a_reason_withdraws_the_request(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "please screen my calls this afternoon")
    cancelled = run(maria, "actually cancel the call screening, my afternoon freed up")
    assert "Cancelled" in cancelled and "(card)" not in cancelled.replace("(updated card)", "")


def test_after_two_parts_of_one_deal_another_deal_gets_the_whole_status(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "what stage is lakeview at and who's handling it?")
    duplex = run(maria, "and the duplex?")
    assert duplex.startswith("Baker Street duplex is at Offer") and "Last updated" in duplex


def test_the_phase_a_thing_needs_is_answered_yes_or_no_as_guessed(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    assert run(tom, "does my phase cover mailing lists?").startswith("Yes — Mailing lists comes with Phase I")
    run(tom, "what's on my calendar today?")
    guessed = run(tom, "is that a phase 2 thing?")
    assert guessed.startswith("No — Daily schedule comes with Phase III") and "→ to @ben" not in guessed
    assert run(tom, "so it's phase 3 I need for that?").startswith(
        "Yes — Daily schedule comes with Phase III"
    )
    assert "@ben" in run(tom, "who do i talk to to get that turned on?")
    assert "→ to @ben" in run(tom, "ok, can you ask ben about getting that turned on?")


def test_when_an_event_ends_is_answered_by_name_and_by_pronoun(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    ends = run(maria, "when's the walkthrough over?")
    assert ends.startswith("Jones final walkthrough ends at 11:00 AM — tomorrow")
    run(maria, "what time is the dentist tomorrow?")
    assert run(maria, "what time does it end?").startswith("Dentist ends at 5:00 PM")


def test_whether_a_waiting_booking_clashes_is_asked_not_chosen(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "book a call with Dana tomorrow at 3pm")
    renamed = run(maria, "sorry, Diana not Dana")
    assert "Call with Diana" in renamed and renamed.count("→ to @ana") == 1
    assert run(maria, "does that clash with anything?").startswith("No")
    asked = run(maria, "and is 10:30 definitely free?")
    assert (
        asked.startswith("No") and "walkthrough" in asked and "updated card" not in asked
    )  # asked, not moved


def test_a_move_taken_back_withdraws_the_request_to_move_it(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "can you move the dentist to 5:30")
    kept = run(maria, "hmm no, leave it at 4:30 after all")
    assert "→ to @ana" in kept and "not sure I understood" not in kept


def test_a_va_asking_what_is_waiting_in_shorthand_hears_the_queue(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "please order a new office chair")
    for asked in ("anything 4 me?", "whats open rn?"):
        assert "office chair" in run(ana, asked)
    assert "set up as a VA" in run(ana, "what's on my calendar today?")  # a calendar question stays one


def test_an_answer_to_janes_own_when_books_or_reminds_at_that_time(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "what's on my calendar tomorrow?")
    assert run(maria, "book a call with Dana then").startswith("What time on")
    booked = run(maria, "2pm please")
    assert "I've drafted Call with Dana" in booked and "2:00 PM–2:30 PM" in booked and "→ to @ana" in booked
    assert run(maria, "remind me to call the lender").startswith("When should I remind you")
    reminded = run(maria, "tomorrow at 8:15am")
    assert "8:15 AM" in reminded and "call the lender" in reminded and "→ to @ana" not in reminded


def test_a_va_confirms_the_one_booking_listed_by_pronoun(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "book a call with Linda tomorrow at 2pm")
    assert "Call with Linda" in run(ana, "anything waiting on me?")
    confirmed = run(ana, "looks fine, confirm it")
    assert "→ to @maria: Booked: Call with Linda" in confirmed


def test_a_move_onto_another_event_comes_with_a_heads_up(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    moved = run(maria, "move my dentist appointment tomorrow to 10:30")
    assert (
        "→ to @ana" in moved and "Heads-up: at the new time it would overlap Jones final walkthrough" in moved
    )
    assert "Heads-up" not in run(maria, "move the dentist to 5:30")  # onto its own old time or free time


def test_which_of_those_closes_first_keeps_to_the_deals_just_listed(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "what's at offer right now?")
    first = run(maria, "which of those closes first?")
    assert first.startswith("Jones – 9 Oak Ave is expected to close first") and "Lakeview" not in first


def test_a_va_answers_which_one_by_its_words(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "could you order a new desk chair for the office?")
    run(maria, "please add the Hendersons to my mailing list")
    assert run(ana, "I'll take it").startswith("Which one do you mean?")
    claimed = run(ana, "the mailing list one")
    assert "Hendersons" in claimed and "→ to @maria" in claimed and "desk chair" not in claimed


def test_the_next_step_of_the_deal_talked_about_is_asked_by_its_words(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "how's the Baker Street duplex doing?")
    assert "Inspection report due Friday" in run(maria, "when's that inspection report due?")
    run(maria, "where are we on the lakeview listing?")
    assert "Photos Tuesday" in run(maria, "when are the photos?")


def test_a_move_drafted_for_the_va_and_re_timed_changes_that_draft_in_place(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "can you move the Jones walkthrough to 4:30 tomorrow?")
    retimed = run(maria, "never mind, make it 2 instead")
    assert retimed.startswith("I'll move Jones final walkthrough from ") and "to Thu, Nov 26, 2:00" in retimed
    assert "→ to @ana (updated card)" in retimed and "General errands" not in retimed
    with sessions() as session:
        moves = session.scalars(select(Request).where(Request.duty == "appointment_scheduling")).all()
    assert len(moves) == 1 and moves[0].details["booking"]["start"].startswith("2026-11-26T14:00")


def test_a_move_the_va_asked_in_words_when_the_event_is_not_on_the_calendar(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    asked = run(maria, "can you move my haircut to friday at 3?")
    assert asked.startswith("I've asked your VA, ana, to move Haircut to Fri") and "→ to @ana (card)" in asked
    retimed = run(maria, "never mind, make it 4 instead")
    assert "I've changed your request: move Haircut to" in retimed and "4:00 PM" in retimed
    assert "→ to @ana (updated card)" in retimed


def test_a_deal_is_picked_by_its_next_step_or_its_price_when_jane_asks_which(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "Which" in run(maria, "how's the jones deal?")
    assert run(maria, "the one with the walkthrough").startswith("Jones – 14 Elm St is at Under contract")
    assert "Which" in run(maria, "what's the jones deal at?")
    assert "9 Oak Ave" in run(maria, "the 365k one")


def test_the_deal_behind_an_event_and_the_events_of_a_deal(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "when's the walkthrough?")
    closes = run(maria, "and when does that deal close?")
    assert closes.startswith("Jones – 14 Elm St") and "Oak" not in closes
    run(maria, "how's the lakeview listing?")
    showing = run(maria, "anything on my calendar for it?")
    assert "Showing" in showing and "walkthrough" not in showing


def test_how_long_a_finished_request_took_is_the_time_logged_on_it(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    took = run(maria, "how long did the ad copy take?")
    assert took.startswith("@ana spent 1h 15m on your request") and "ad copy" in took  # a correction counted
    run(maria, "please order a box of pens")
    assert run(maria, "how long did that take?").startswith("No time has been logged")


def test_how_long_asked_of_words_two_requests_fit_is_the_one_worked_on_last(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "could you write some ad copy for the open house on Saturday?")
    with sessions() as session:
        number = session.scalar(select(func.max(Request.id)))
    run(ana, f"/claim {number}")
    run(ana, f"/done {number} 1h Two versions are in your inbox")
    took = run(maria, "how long did the ad copy end up taking?")
    assert took.startswith("@ana spent 1h on your request") and "could you write some ad copy" in took


def test_a_va_asks_what_one_client_is_waiting_on(sessions, seeded):
    tom, ben = shell_as(sessions, seeded, "tom"), shell_as(sessions, seeded, "ben")
    run(tom, "please send the newsletter")
    waiting = run(ben, "what's tom waiting on?")
    assert waiting.startswith("Open requests of @tom (1)") and "newsletter" in waiting and "/claim" in waiting
    assert "isn't one of your clients" in run(ben, "what does maria need?")


def test_an_event_pushed_back_by_so_much_is_moved_from_its_own_time(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    pushed = run(maria, "push tomorrow's walkthrough back an hour")
    assert pushed.startswith("I'll move Jones final walkthrough from Thu, Nov 26, 10:00 AM–11:00 AM to Thu")
    assert "11:00 AM–12:00 PM" in pushed
    later = run(maria, "move the dentist 30 minutes later")
    assert "from Thu, Nov 26, 4:30 PM–5:00 PM to Thu, Nov 26, 5:00 PM–5:30 PM" in later


def test_when_the_agenda_and_the_review_come_is_answered_from_the_settings(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "when do you send my agenda?") == "Your morning agenda comes at 8:00 AM on weekdays."
    run(maria, "send my weekly review on thursday at 3pm")
    assert run(maria, "so when's my review sent now?") == "Your weekly review comes Thursdays at 3:00 PM."
    run(maria, "stop the weekly review")
    assert run(maria, "when does the weekly review come?").startswith("Your weekly review is off")


def test_a_days_events_counted_one_end_of_it_and_the_time_between_two(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "how many meetings have I got tomorrow?").startswith("2 events.")
    assert run(maria, "and today?").startswith("3 events.")
    last = run(maria, "what's my last appointment tomorrow?")
    assert last.startswith("Your last event tomorrow is Dentist, 4:30 PM")
    assert run(maria, "and the first one?").startswith("Your first event tomorrow is Jones final walkthrough")
    assert "88 Jones Ave" in run(maria, "where's that?")
    gap = run(maria, "tomorrow, how long is the gap between the walkthrough and the dentist?")
    assert gap.startswith("You have 5h 30m free between Jones final walkthrough (ends 11:00 AM)")
    assert run(maria, "could I fit a 2 hour meeting in there?").startswith("Yes — 2 hours fits")
    assert run(maria, "what about a 6 hour one?").startswith("No — the longest free stretch then is 5h 30m")


def test_a_va_decides_a_booking_named_in_words(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "book a call with Linda tomorrow at 1pm")
    run(maria, "book a call with Dana tomorrow at 2:30pm")
    assert "→ to @maria: Booked: Call with Linda" in run(ana, "confirm the Linda call")
    rejected = run(ana, "reject the Dana one, she is away that day")
    assert "→ to @maria: Your VA didn't book Call with Dana: she is away that day" in rejected
    assert "I've asked your VA" in run(maria, "confirm the Linda call")  # a client's words: an errand


def test_a_va_asking_whats_new_after_a_cancellation_hears_the_queue(sessions, seeded):
    tom, ben = shell_as(sessions, seeded, "tom"), shell_as(sessions, seeded, "ben")
    run(tom, "please order a mouse")
    run(ben, "what's tom waiting on?")
    assert run(ben, "and which phase is he on?").startswith("@tom is in Phase I")
    run(tom, "cancel that")
    assert run(ben, "anything new?").startswith("The queue is empty")


def test_deals_that_moved_this_week_are_stage_changes_not_closings(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(ana, "/deal 3 offer Photos done")
    moved = run(maria, "what moved in my pipeline this week?")
    assert moved.startswith("1 deal changed stage") and "Lakeview" in moved


def test_a_deals_close_date_is_the_day_talked_about_next(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    closes = run(maria, "when does the elm st deal close?")
    booked = run(maria, "put the closing on my calendar for that day at 2pm")
    day = closes.split(" — ")[0].rsplit(",", 1)[-1].strip(" .")  # "… Fri, Dec 4 — in 9 days": the date
    assert "I've drafted Closing" in booked and day in booked and "2:00 PM" in booked


def test_a_client_asks_how_long_a_va_spent_on_a_request_named_like_a_deal(sessions, seeded):
    tom, ben = shell_as(sessions, seeded, "tom"), shell_as(sessions, seeded, "ben")
    run(tom, "can you print the lease renewal for the Garcias")
    run(ben, "/claim 5")
    run(ben, "log 20m on it")
    assert run(tom, "how long did ben spend on the lease?").startswith("@ben spent 20m on your request")


def test_an_errand_given_another_due_date_is_the_same_request_with_its_va_told(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "please order more pens")
    run(ana, "/claim 5")
    changed = run(maria, "oh, make that by Friday")
    assert changed.startswith("Done — your request to order office supplies is now due")
    assert "→ to @ana (updated card)" in changed and "→ to @ana: @maria moved the due date" in changed
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Request)) == 5  # the four done, and this one


def test_a_reminder_before_an_event_named_is_timed_from_the_calendar(sessions, seeded):
    maria, tom = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "tom")
    set_ = run(maria, "remind me an hour before the walkthrough to print the disclosure packet")
    assert "9:00 AM" in set_ and "print the disclosure packet" in set_ and "→ to @ana" not in set_
    assert "don't see yoga class" in run(maria, "remind me an hour before the yoga class")
    assert run(tom, "remind me an hour before the walkthrough").startswith("I can't read your calendar")


def test_a_reminder_after_an_event_counts_from_its_end_and_one_retimed_by_an_event_moves(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    after = run(maria, "remind me an hour after the walkthrough tomorrow to email the buyers")
    assert "12:00 PM" in after and "email the buyers" in after  # the walkthrough ends at 11:00
    another = run(maria, "and one 2 hours before the walkthrough to print the offer sheets")
    assert "8:00 AM" in another and "print the offer sheets" in another
    moved = run(maria, "actually make it half an hour before the walkthrough instead")
    assert moved.startswith("Moved") and "9:30 AM" in moved and "print the offer sheets" in moved
    listed = run(maria, "do I still have any reminders?")
    assert "9:30 AM" in listed and "12:00 PM" in listed
    dropped = run(maria, "actually cancel the one about the buyers")
    assert dropped.startswith("Cancelled your reminder") and "email the buyers" in dropped
    assert "print the offer sheets" in run(maria, "any left?")


def test_a_reminder_right_after_or_the_day_after_an_event_and_one_moved_to_another_event(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "tomorrow at 11:00 AM" in run(
        maria, "remind me right after the walkthrough tomorrow to send a recap"
    )
    day_after = run(maria, "remind me the day after the walkthrough to send the sellers a card")
    assert "9:00 AM" in day_after and "tomorrow" not in day_after.splitlines()[0]
    assert "9:15 AM" in run(maria, "remind me 45 minutes before the walkthrough tomorrow to grab the keys")
    moved = run(maria, "oops, not the walkthrough, I meant the dentist")
    assert moved.startswith("Moved") and "3:45 PM" in moved and "grab the keys" in moved


def test_a_refusal_leaves_the_request_just_filed_the_one_talked_about(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    run(tom, "can u order a box of pens and whats on my calendar tomorrow")
    assert run(tom, "is it done yet?").startswith("No, not yet")


def test_what_about_now_asks_again_and_never_moves_a_booking_to_this_minute(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "book a call with the Hendersons tomorrow at 1")
    run(maria, "is it booked yet?")
    again = run(maria, "ok what about now?")
    assert again.startswith("No, not yet") and "updated card" not in again


def test_a_va_asking_in_shorthand_for_work_hears_the_queue(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "book a call with the Hendersons tomorrow at 1")
    assert "Hendersons" in run(ana, "got anything for me to pick up?")


def test_a_client_who_may_not_track_deals_asking_after_a_deal_is_refused_whatever_request_shares_its_words(
    sessions, seeded
):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "/phase 2")
    run(maria, "write ad copy for the baker street duplex")
    refused = run(maria, "how's the baker street duplex doing?")
    assert "Phase III" in refused and "ad copy" not in refused and "534" not in refused


def test_a_va_rejects_a_booking_in_words_with_a_reason_that_names_a_day(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "book a call with Dana tomorrow at 1pm")
    rejected = run(ana, "reject the dana call, she's travelling tomorrow")
    assert "→ to @maria: Your VA didn't book Call with Dana: she's travelling tomorrow" in rejected


def test_deals_named_loosely_asked_of_both_then_counted_to_and_compared(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    both = run(maria, "how are oak and baker both doing")
    assert "Jones – 9 Oak Ave is at Offer" in both and "Baker Street duplex is at Offer" in both
    assert run(maria, "how many days till oak closes").startswith("Jones – 9 Oak Ave is expected to close")
    first = run(maria, "so which closes first, oak or baker")
    assert first.startswith("Jones – 9 Oak Ave is expected to close first")
    assert "Elm" not in first and "Lakeview" not in first


def test_a_length_fitted_after_a_time_asked_about_counts_from_that_time(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "am i free tomorrow at 4:30, no wait, I mean 2:30")
    fits = run(maria, "could I fit a 2 hour meeting in there?")
    assert fits.startswith("Yes — 2 hours fits") and "2:30 PM–4:30 PM" in fits  # the dentist is at 4:30


def test_a_length_fitted_into_a_whole_day_counts_only_working_hours(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "got any free time tomorrow?")
    two = run(maria, "could I fit a 2 hour meeting in there?")
    assert two.startswith("Yes — 2 hours fits") and "11:00 AM–4:30 PM" in two  # not from midnight
    six = run(maria, "what about a 6 hour one?")
    assert six.startswith("No — the longest free stretch then is 5h 30m")


def test_a_booking_stays_pending_after_a_reminder_and_is_scrapped_by_name(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "set up a call with Dana tomorrow at 1pm")
    run(maria, "also remind me tomorrow at 4 to print the contract")
    scrapped = run(maria, "actually, scrap that booking")
    assert "Call with Dana" in scrapped and "Which one" not in scrapped
    assert "print the contract" in run(maria, "what reminders have I got?")


def test_a_reminder_named_after_another_question_is_re_timed_not_filed(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "remind me tomorrow at 2 to send the disclosures")
    run(maria, "what's on my calendar tomorrow?")
    moved = run(maria, "actually make that reminder 2:30")
    assert "2:30 PM" in moved and "→ to @ana" not in moved


def test_a_move_asked_after_the_booking_was_confirmed_is_re_timed_in_place(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    drafted = run(maria, "book coffee with Priya tomorrow at 1:30pm")
    number = re.search(r"/cancel (\d+)", drafted)
    assert number is not None
    run(ana, f"/confirm {number.group(1)}")
    run(maria, "can you move it to 4:15?")
    retimed = run(maria, "ok, make it 3:30 instead")
    assert "3:30 PM" in retimed and "→ to @ana (updated card)" in retimed
    assert "→ to @ana (card)" not in retimed


def test_a_choice_picked_by_its_place_in_the_list_jane_showed(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "is the jones deal at offer yet?")
    assert run(maria, "the second one").startswith("Yes — Jones – 9 Oak Ave is at Offer")
    run(maria, "remind me tomorrow at 4 to call the lender")
    run(maria, "remind me tomorrow at 5 to print the contract")
    run(maria, "cancel one of my reminders")
    assert "print the contract" in run(maria, "the second one")
    assert "print the contract" not in run(maria, "what reminders have I got?")


def test_which_of_two_events_comes_first_and_who_one_is_with(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    before = run(maria, "is the walkthrough before the dentist?")
    assert before.startswith("Yes — Jones final walkthrough (10:00 AM tomorrow) is before Dentist")
    assert run(maria, "is the dentist before the walkthrough?").startswith(
        "No — Dentist (4:30 PM tomorrow) is after"
    )
    assert "anyone else" in run(maria, "who is the dentist with?")


def test_an_event_moved_to_right_after_another_is_timed_by_it(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    moved = run(maria, "can you move the dentist to right after the walkthrough?")
    assert "move Dentist from" in moved and "to Thu, Nov 26, 11:00" in moved and "→ to @ana (card)" in moved
    before = run(maria, "never mind, make it just before the walkthrough instead")
    assert "9:30 AM" in before and "→ to @ana (updated card)" in before and "→ to @ana (card)" not in before
    run(maria, "book a call with Sam tomorrow at 2")
    after = run(maria, "actually make it right after the walkthrough")
    assert after.startswith("Changed: Call with Sam is now Thu, Nov 26, 11:00 AM–11:30 AM")


def test_a_va_in_words_confirms_finishes_logs_and_proposes(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "book a call with Linda tomorrow at 2pm")
    waiting = run(ana, "any bookings I need to confirm?")
    assert waiting.startswith("Bookings waiting for a VA to confirm (1)") and "Call with Linda" in waiting
    assert run(ana, "looks fine, confirm it").startswith("Booked")
    tom, ben = shell_as(sessions, seeded, "tom"), shell_as(sessions, seeded, "ben")
    run(tom, "please order more envelopes")
    run(ben, "I'll take it")
    logged = run(ben, "I've spent 20 minutes on the envelopes one so far")
    assert logged.startswith("Logged 20m on #")
    finished = run(ben, "done with the envelopes, ordered 3 boxes")
    assert "→ to @tom" in finished and "ordered 3 boxes" in finished
    proposed = run(ben, "let's move tom up to phase 2")
    assert "→ to @tom" in proposed and "Phase II" in proposed


def test_a_va_rejecting_in_words_gives_the_reason_typed_without_a_comma(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "book a call w dana tmrw at 9")
    rejected = run(ana, "reject the dana call shes travelling tmrw")
    assert rejected.startswith("Rejected") and "shes travelling tmrw" in rejected


def test_deals_closing_in_a_window_then_another_window_and_which_of_them_closes_first(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    two_weeks = run(maria, "anything set to close in the next two weeks?")
    assert "14 Elm St" in two_weeks and "Oak Ave" not in two_weeks
    twenty = run(maria, "what about the next 20 days?")
    assert "14 Elm St" in twenty and "9 Oak Ave" in twenty and "Baker" not in twenty
    run(maria, "which deals close in the next 30 days?")
    first = run(maria, "which one closes first?")
    assert first.startswith("Jones – 14 Elm St is expected to close first") and "Lakeview" not in first


def test_a_clients_who_is_handling_names_a_deal_of_theirs_not_a_client(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    assert run(maria, "k and who's handling oak?").startswith("@ana, your VA, looks after Jones – 9 Oak Ave")
    assert run(maria, "who's handling sarah?") == "I keep track of clients for VAs and admins."
    assert run(ana, "who's handling maria?").startswith("@maria is in Phase III")


def test_an_admin_asks_which_clients_a_va_looks_after_and_a_va_hears_only_of_their_own(sessions, seeded):
    sam, ana = shell_as(sessions, seeded, "sam"), shell_as(sessions, seeded, "ana")
    assert run(sam, "which clients is ben looking after?").splitlines() == [
        "@ben looks after:",
        "• @tom — Phase I",
    ]
    run(sam, "how many hours did ben log this week?")
    assert run(sam, "his clients?").startswith("@ben looks after:")
    assert run(sam, "which clients does bob have?") == "None of the VAs is called “bob”."
    assert run(ana, "who are ben's clients?").startswith("I can tell you about your own clients")
    assert "@maria" in run(ana, "who does ana look after?")


def test_a_va_asks_the_total_time_on_the_request_just_logged(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "please screen my calls tomorrow, I'm in back-to-back showings")
    run(ana, "/claim 5")
    run(ana, "log 1:15 on it, lots of lender calls")
    assert run(ana, "how much time was that in total?").startswith("1h 15m on #5 (@maria:")


def test_whether_the_agenda_or_the_review_is_on_is_answered_yes_or_no_first(sessions, seeded):
    maria, tom = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "tom")
    assert run(maria, "is my morning agenda on?").startswith("Yes — your morning agenda comes at 8:00 AM")
    assert run(tom, "is my weekly review still on?").startswith("Yes — your weekly review comes Fridays")
    run(tom, "stop my weekly review")
    assert run(tom, "is my weekly review still on?").startswith("No — your weekly review is off")


def test_a_statement_before_the_question_names_what_it_points_at(sessions, seeded):
    maria, tom = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "tom")
    assert "4:30 PM" in run(maria, "Ugh, not looking forward to the dentist. What time is that one again?")
    filed = run(
        tom, "Had a great turnout at the farmhouse open house! Can you add the sign-ups to the mailing list?"
    )
    assert "→ to @ben (card)" in filed


def test_a_va_logs_time_on_a_request_they_just_finished_named_by_its_words(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "could you please order more coffee pods?")
    run(ana, "/claim 5")
    run(ana, "Done with the coffee pods, ordered a 48 pack. Thank you kindly!")
    logged = run(ana, "Would you mind putting 15 minutes on the coffee pods one?")
    assert logged.startswith("Logged 15m on #5")


def test_a_va_rejects_a_booking_courteously_with_the_reason_after_a_comma(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(maria, "book lunch with Dana tomorrow at 12:30")
    told = run(ana, "Would you mind rejecting the Dana lunch, she's away that day?")
    assert "→ to @maria: Your VA didn't book Lunch with Dana: she's away that day." in told


def test_is_the_walkthrough_before_it_after_the_last_appointment_was_named(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "what's my last appointment tomorrow?")
    assert run(maria, "is the walkthrough before it?").startswith("Yes — Jones final walkthrough")


def test_a_bare_price_after_a_refused_deal_question_is_refused_again_with_nothing_leaked(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    run(tom, "where are we on the jones farmhouse?")
    again = run(tom, "price?")
    assert "unlocks in Phase III" in again and "$" not in again


def test_the_gap_between_it_and_another_event_and_whether_it_is_still_on(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "where's the walkthrough tomorrow?")
    assert run(maria, "is it still on?").startswith("Yes")
    assert run(maria, "how long is the gap between it and the dentist?").startswith("You have 5h 30m free")


def test_a_va_asks_for_their_queue_with_typos(sessions, seeded):
    ana = shell_as(sessions, seeded, "ana")
    assert run(ana, "mornin, anything 4 me?").startswith("The queue is empty")
    assert run(ana, "anythng 4 me?").startswith("The queue is empty")


def test_apologies_and_statements_before_an_ask_are_only_asides(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    drafted = run(
        maria, "Dana's only free after lunch. She asked for tomorrow. Could you book a call with Dana at 1pm?"
    )
    assert "Call with Dana for Thu, Nov 26, 1:00 PM" in drafted  # the day the story named
    told = run(
        ana, "Sorry Maria, bad news. Dana's office just called. Reject the dana call, she's travelling."
    )
    assert "→ to @maria: Your VA didn't book Call with Dana: she's travelling." in told
    run(maria, "where are we on the baker street duplex?")
    assert "Baker Street duplex" in run(
        maria, "Sorry, last thing. My broker needs it. When is it expected to close?"
    )


def test_a_question_urged_on_files_no_errand(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    answer = run(
        maria, "Am I busy at 10:30 tomorrow? Let me know soon. The buyers are holding the slot for me."
    )
    assert answer.startswith("Yes — you have Jones final walkthrough") and "→ to @ana" not in answer


def test_a_reminder_counted_before_the_event_talked_about_is_counted_again_when_corrected(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "what's first up tomorrow?")
    assert "9:15 AM" in run(maria, "remind me 45 minutes before it to leave")
    assert "9:00 AM" in run(maria, "actually make it an hour before")


def test_the_agenda_turned_back_on_after_its_time_was_forgotten_comes_at_the_usual_time(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "stop the morning agenda, I'm on vacation next week")
    assert run(maria, "is my morning agenda still on?").startswith("No")
    assert run(maria, "start it again").startswith("Done — I'll send your agenda at 8:00 AM")


def test_free_right_after_an_event_named_other_than_the_one_talked_about(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "How long is the gap between the walkthrough and the dentist?")
    assert run(maria, "and am I free right after the walkthrough?").startswith(
        "Yes — you're free Thu, Nov 26, 11:00 AM"
    )
    assert run(maria, "am I free right after the haircut?").startswith(
        "I don't see “haircut” on your calendar"
    )


def test_a_client_accepting_their_own_ask_to_move_up_hears_which_va_decides(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    asked = run(tom, "could you ask ben to move me up to phase 2?")
    number = re.search(r"/accept (\d+)", asked)
    assert number is not None
    told = run(tom, f"/accept {number.group(1)}")
    assert told == "That one is for @tom's VA, @ben, to decide, so I left it as it was."


def test_a_va_totals_the_request_just_logged_on_by_its_words_and_confirms_a_booking_by_name(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    run(ana, "Would you mind putting 15 minutes on the toner one? I forgot to log the follow-up call.")
    assert run(ana, "How much time was that in total?").startswith("1h on #1")
    run(maria, "book a call with Dana tomorrow at 2pm")
    assert "→ to @maria" in run(ana, "Please confirm the Dana call.")


def test_a_cancel_that_fits_two_requests_is_answered_by_naming_one(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "order a new ink cartridge for the HP printer")
    run(maria, "please order a toner cartridge for the copier")
    assert run(maria, "cancel my cartridge order").startswith("Which one do you mean?")
    cancelled = run(maria, "the toner one")
    assert cancelled.startswith("Cancelled #") and "toner cartridge" in cancelled
    still_open = run(maria, "what's still open for me?")
    assert "ink cartridge" in still_open and "toner cartridge" not in still_open


def test_a_client_asking_after_another_clients_hours_hears_they_see_only_their_own(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    answer = run(tom, "how much time has been logged for maria this week?")
    assert answer.startswith("You see only the time spent on your own requests") and "3h 15m" not in answer


def test_right_after_it_after_asking_about_right_after_an_event_is_right_after_that_event(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert run(maria, "am I free right after the walkthrough?").startswith(
        "Yes — you're free Thu, Nov 26, 11:00"
    )
    drafted = run(maria, "book a call with Sam right after it")
    assert drafted.startswith("I've drafted Call with Sam for Thu, Nov 26, 11:00 AM")


def test_the_agenda_turned_back_on_after_asking_whether_it_is_on_comes_at_its_old_time(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "send my agenda at 7:45")
    run(maria, "stop the morning agenda, I'm on vacation next week")
    assert run(maria, "is my morning agenda on?").startswith("No")
    assert run(maria, "ok, turn the morning agenda back on").startswith(
        "Done — I'll send your agenda at 7:45 AM"
    )


def test_an_event_moved_shortened_and_cancelled_on_the_calendar_once_the_va_confirms(sessions, seeded):
    maria, ana = shell_as(sessions, seeded, "maria"), shell_as(sessions, seeded, "ana")
    moved = run(maria, "can you move my dentist tomorrow to 5:30?")
    assert moved.startswith("I'll move Dentist from Thu, Nov 26, 4:30 PM–5:00 PM to Thu, Nov 26, 5:30 PM")
    assert "4:30 PM" in run(maria, "what's on tomorrow?")  # nothing changes before the VA confirms
    assert "→ to @maria: Done: Dentist is now Thu, Nov 26, 5:30 PM–6:00 PM." in run(ana, "/confirm 5")
    tomorrow = run(maria, "what's on tomorrow?")
    assert "5:30 PM–6:00 PM · Dentist" in tomorrow and "4:30 PM" not in tomorrow
    shortened = run(maria, "shorten tomorrow's walkthrough to half an hour")
    assert shortened.startswith("I'll change Jones final walkthrough from Thu, Nov 26, 10:00 AM–11:00 AM to")
    run(maria, "ugh cancel my dentist tomorrow, I can't make it")
    assert run(maria, "never mind").startswith("Cancelled: I'll leave Dentist as it is")
    assert "Dentist" in run(maria, "what's on tomorrow?")
    turned_down = run(ana, "/reject 6 the sellers asked for the full hour")
    assert "Your VA didn't change Jones final walkthrough: the sellers asked for the full hour" in turned_down
    why = run(maria, "why wasn't the walkthrough changed?")
    assert why.startswith("@ana turned down the change to Jones final walkthrough") and "full hour" in why


def test_a_due_date_changed_on_second_thoughts_and_asked_after(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    run(tom, "please send out the newsletter by Thursday")
    changed = run(tom, "on second thought, Friday not Thursday")
    assert "Fri 27 Nov" in changed and "→ to @ben (updated card)" in changed
    assert run(tom, "when's it due now?").startswith("Your request to send the mailing")
    assert "is due Fri 27 Nov — waiting for a VA." in run(tom, "when's the newsletter due?")
    assert run(tom, "sorry for the back and forth!") == "Happy to help — just tell me what you need."
    assert "Phase III" in run(tom, "ok, ask ben about unlocking the calendar")


def test_an_errand_named_again_with_a_day_after_another_ask_changes_its_due_date(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    run(maria, "please order more toner, and what's on tomorrow?")
    changed = run(maria, "oh — I need the toner by Friday, sorry")
    assert "Fri 27 Nov" in changed and "(card)" not in changed and "updated card" in changed


def test_the_agenda_time_corrected_for_the_agenda_after_a_day_was_shown(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    both = run(maria, "pls send my agenda at 730 from now on, and whats on tmrw?")
    assert both.startswith("Done — I'll send your agenda at 7:30 AM") and "walkthrough" in both
    assert run(maria, "oops, meant 7:45 for the agenda").startswith("Done — I'll send your agenda at 7:45 AM")


def test_a_move_with_no_new_time_asked_of_the_va_is_re_worded_by_the_time_said_next(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    asked = run(maria, "can you reschedule the dentist? something came up")
    assert asked.startswith("I've asked your VA, ana, to move Dentist to a new time")
    retimed = run(maria, "never mind, make it 5:30")
    assert retimed.startswith("I've changed your request: move Dentist to Thu 26 Nov, 5:30 PM")


def test_a_move_beside_another_event_on_a_day_said_and_again_beside_it_the_other_way(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    after = run(maria, "could you move my dentist to right after the walkthrough tomorrow?")
    assert "to Thu, Nov 26, 11:00 AM–11:30 AM" in after and "→ to @ana (card)" in after
    before = run(maria, "move the dentist to right before the walkthrough")
    assert "to Thu, Nov 26, 9:30 AM–10:00 AM" in before and "→ to @ana (updated card)" in before
