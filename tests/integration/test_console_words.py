"""Phases, deals, settings and the queue in words, typed in the console's shell on the seeded demo: the same
handlers and rights checks as the buttons (README.md, "Follow-ups in a conversation")."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from bot.console.shell import Shell
from storage.models import Request
from tests.demo_shell import run, shell_as

# What Jane reads and answers is the same on either database; the backends are compared where storage
# differs (tests/scenarios, tests/integration/storage), so these language cases run on SQLite alone.
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


@pytest.fixture
def shell(sessions, seeded) -> Shell:
    return shell_as(sessions, seeded, "maria")


def statuses(sessions, words: str) -> list[str]:
    with sessions() as session:
        found = session.scalars(select(Request).where(Request.text.contains(words)).order_by(Request.id))
        return [request.status for request in found]


def test_a_phase_already_reached_is_described_then_said_to_be_yours(shell):
    for asked in ("what did phase two give me again?", "what exactly does phase 2 unlock?"):
        answer = run(shell, asked)
        assert "confirm" in answer.lower() and "screen" in answer.lower() and "ad copy" in answer.lower()
        assert "You already have everything in Phase II" in answer
        assert "/ask" not in answer
    run(shell, "/as tom")
    answer = run(shell, "what exactly does phase 3 unlock?")
    assert "deal" in answer.lower() and "[Ask my VA about Phase 3: /ask 3]" in answer


@pytest.mark.parametrize("said", ["ok, thanks — I'll think about it", "cool, I'll let you know"])
def test_closing_a_topic_gets_a_short_answer_and_changes_nothing(shell, said):
    run(shell, "/as tom")
    refused = run(shell, "could you screen my calls while I'm away next week?")
    assert "Phase II" in refused
    answer = run(shell, said)
    assert answer.startswith("Of course — take your time")
    assert "→" not in answer and "/forward" not in answer
    assert "Phase II" in run(shell, "which phase would unlock that?")  # the refusal is still the topic


def test_deals_closed_in_a_window_and_a_stage_asked_yes_or_no(shell):
    assert "Maple" in run(shell, "did anything close this month?")
    assert "No deals closed" in run(shell, "did we close anything in October?")
    assert run(shell, "has the Elm one gone under contract yet?").startswith("Yes")
    assert run(shell, "hey! quick one — is 9 Oak Ave under contract yet?").startswith("No, not yet")
    other = run(shell, "and the other Jones one?")  # the one not just talked about, asked the same question
    assert other.startswith("Yes — Jones – 14 Elm St is at Under contract") and "Which deal" not in other


def test_a_tie_is_asked_back_and_the_pick_answers_the_question(shell):
    asked = run(shell, "is the jones deal at offer yet?")
    assert asked.startswith("Which deal do you mean?") and "Elm" in asked and "Oak" in asked
    [oak] = re.findall(r"\[Jones – 9 Oak Ave: /pick (\d+)\]", asked)
    assert run(shell, f"/pick {oak}").startswith("Yes — Jones – 9 Oak Ave is at Offer")
    run(shell, "is the jones deal at offer yet?")
    assert run(shell, "the Elm one").startswith("Yes — Jones – 14 Elm St is past that")


def test_a_va_takes_the_newest_in_words_and_finishes_it_with_a_note(shell, sessions):
    run(shell, "/as tom")
    run(shell, "we're nearly out of printer paper — could you grab a few reams?")
    run(shell, "could you mail the December newsletter to everyone on my list?")
    run(shell, "/as ana")
    assert "Nothing" in run(shell, "ok I'll take the newest one then")  # tom's requests are not hers
    assert statuses(sessions, "newsletter") == ["queued"]
    run(shell, "/as ben")
    taken = run(shell, "ok I'll take the newest one then")
    assert "→ to @tom" in taken and "newsletter" not in statuses(sessions, "printer paper")
    assert statuses(sessions, "newsletter") == ["claimed"]
    [number] = re.findall(r"/done (\d+)", taken)
    done = run(shell, f"all done with #{number} — sent it to all 212 contacts")
    assert "→ to @tom" in done and "212" in done
    assert statuses(sessions, "newsletter") == ["done"]


def test_a_claim_by_button_is_what_the_va_then_talks_about(shell, sessions):
    [number] = re.findall(r"/cancel (\d+)", run(shell, "please order more printer paper"))
    run(shell, "/as ana")
    run(shell, f"/claim {number}")
    done = run(shell, "done with that one, arriving thursday")
    assert done.startswith(f"Marked #{number} done") and "thursday" in done
    assert statuses(sessions, "printer paper") == ["done"]


def test_an_admin_sees_everyone_and_a_named_person_replaces_the_last_one(shell):
    run(shell, "/as tom")
    run(shell, "could you order 2 boxes of envelopes")
    run(shell, "/as sam")
    everyone = run(shell, "what's open across everyone?")
    assert "envelopes" in everyone
    assert "Phase I " in run(shell, "what phase is Tom in?")
    assert "Phase III" in run(shell, "thanks. and maria — what phase is she on?")
    assert "Phase I " in run(shell, "and tom?")


def test_a_leading_actually_cancels_the_request_named(shell, sessions):
    run(shell, "/as tom")
    run(shell, "need more printer paper, can you order some?")
    run(shell, "please update my mailing list with the 6 new referrals")
    answer = run(shell, "actually cancel my printer paper order")
    assert "cancel" in answer.lower() and "(card)" not in answer
    assert statuses(sessions, "printer paper") == ["cancelled"]
    assert statuses(sessions, "referrals") == ["queued"]
    assert "referrals" in run(shell, "what's still open for me?")


def test_the_agenda_days_and_the_review_time_in_words(shell):
    assert "every day" in run(shell, "send me the agenda every day, weekends included")
    assert "weekdays" in run(shell, "actually just weekdays")
    assert "every day" in run(shell, "send me my agenda every day please, saturdays and sundays included")
    run(shell, "/as tom")
    moved = run(shell, "can my weekly review come monday mornings at 9 instead?")
    assert "Mon" in moved and "9:00 AM" in moved
    assert "4:00 PM" in run(shell, "make it 4 instead")


def test_the_weekly_reviews_day_against_the_old_one_in_the_plural_or_counted_from_it(shell):
    assert "Mondays at 4:00 PM" in run(shell, "can my weekly review come mondays at 4pm?")
    assert "Wednesdays at 4:00 PM" in run(shell, "wednesday, not monday")
    assert "Thursdays at 4:00 PM" in run(shell, "ugh sorry, the day after")
    assert "weekly review" in run(shell, "pause it for a bit")
    assert "Thursdays at 4:00 PM" in run(shell, "resume it please")
    moved = run(shell, "saturdays would suit me better")
    assert "Saturdays at 4:00 PM" in moved and "(card)" not in moved


def test_a_reason_with_a_time_of_its_own_leaves_the_time_asked_for(shell):
    run(shell, "/as tom")
    assert "Fridays at 4:00 PM" in run(shell, "could my weekly review come on fridays?")
    assert "Fridays at 2:00 PM" in run(shell, "make it 2 instead, I've got a meeting at 3")
    run(shell, "/as ben")
    assert "today at 5:00 PM" in run(shell, "remind me to phone the sign shop at 5")  # 3 PM in London now
    moved = run(shell, "ok make it tomorrow at 10, the shop's closed today")
    assert moved.startswith("Moved — I'll remind you tomorrow at 10:00 AM")


def test_a_reason_after_the_reminder_named_is_no_part_of_its_name(shell):
    run(shell, "remind me at 5 to text the stager about the photos")
    run(shell, "remind me tomorrow at 9 to order lockbox codes")
    cancelled = run(shell, "cancel my reminder about the stager - she texted me first")
    assert cancelled.startswith("Cancelled your reminder “text the stager about the photos”")
    assert "lockbox" in run(shell, "what reminders have I got?")


@pytest.mark.parametrize(
    ("asked", "deal"),
    [
        ("is the Oak Avenue deal under contract yet?", "Jones – 9 Oak Ave"),
        ("where are we on the Bakr duplex?", "Baker Street duplex"),
        ("is the Lakeveiw listing under contract yet?", "Lakeview listing"),
    ],
)
def test_the_one_deal_that_comes_close_is_the_answer_never_a_choice_of_one(shell, asked, deal):
    answer = run(shell, asked)
    assert "Which deal" not in answer and "/pick" not in answer
    assert deal in answer.splitlines()[0]


def test_a_client_steps_down_for_a_while_politely_and_asks_what_each_phase_brings(shell, sessions):
    down = run(shell, "would you mind knocking me down to phase 2 for a couple of weeks?")
    assert "you're now in Phase II" in down and "(card)" not in down and "/forward" not in down
    had = run(shell, "what else does phase two come with?")
    assert "ad copy" in had.lower() and "You already have everything in Phase II" in had
    more = run(shell, "what kind of stuff is covered by phase 3?")
    assert "deal" in more.lower() and "[Ask my VA about Phase 3: /ask 3]" in more
    back = run(shell, "could you put me back on phase 3 till the end of the month")
    assert "→ to @ana:" in back and "/accept" in back
    assert statuses(sessions, "phase") == []  # none of it became an errand for the VA


def test_the_clients_as_a_whole_are_a_vas_own_and_everyone_for_an_admin(shell):
    run(shell, "/as ben")
    for asked in ("right, which clients are mine now?", "who are all our clients?"):
        assert run(shell, asked) == "Your clients:\n• @tom — Phase I"
    brings = run(shell, "what does phase 2 come with?")  # the catalogue, not the VA's clients again
    assert brings.startswith("Phase II — trusted admin adds:") and "Ad copy" in brings
    assert "@tom" not in brings
    run(shell, "/as sam")
    everyone = run(shell, "pull up the client list")
    assert "@maria — Phase III · VA @ana" in everyone and "@tom — Phase I · VA @ben" in everyone
    assert everyone == run(shell, "show me every client")


def test_what_a_phase_just_asked_for_would_give(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    assert "asked @ben about Phase II" in run(tom, "can i move up to phase 2?")
    brings = run(tom, "what would that give me?")
    assert brings.startswith("Phase II — trusted admin adds:") and "Ad copy" in brings
    # asked already: no second "Ask my VA" button, and the answer says it is awaited
    assert "/ask 2" not in brings and "You've already asked about Phase II" in brings
    assert "[Ask my VA about Phase 3: /ask 3]" in run(tom, "and what does phase 3 add?")
