"""Things named by their words in the console's shell on the seeded demo: a reminder or a request cancelled
by its words (never filed as an errand), a waiting booking's length corrected, a request's status asked by
name or about whoever picked it up, a VA's clients and time taken off, and names that are nobody's here."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from storage.models import Request
from tests.demo_shell import run, shell_as

# What Jane reads and answers is the same on either database; the backends are compared where storage
# differs (tests/scenarios, tests/integration/storage), so these language cases run on SQLite alone.
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def requests(sessions) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Request)) or 0


def test_a_reminder_and_a_request_are_cancelled_by_their_words_and_nothing_is_filed(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    assert "call Priya" in run(maria, "remind me to call Priya tomorrow at 3pm")
    assert run(maria, "cancel the Priya reminder").startswith("Cancelled your reminder")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", run(maria, "can you order business cards?"))
    run(shell_as(sessions, seeded, "ana"), f"claim {number}")
    before = requests(sessions)
    cancelled = run(maria, "hmm actually cancel the business cards, I'll hold off")
    assert cancelled.startswith(f"Cancelled #{number}") and "→ to @ana (updated card)" in cancelled
    asked = run(maria, "cancel the flamingo thing")
    assert asked.startswith("You have no open requests to cancel") and "/claim" not in asked
    assert requests(sessions) == before


@pytest.mark.parametrize(
    ("said", "until"), [("make it a full hour", "3:00 PM"), ("make it 90 minutes", "3:30 PM")]
)
def test_a_waiting_bookings_length_is_corrected_on_the_same_request(sessions, seeded, said, until):
    maria = shell_as(sessions, seeded, "maria")
    drafted = run(maria, "book a meeting with Bob tomorrow at 2pm")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", drafted)
    before = requests(sessions)
    changed = run(maria, said)
    assert changed.startswith(f"Changed: Meeting with Bob is now Thu, Nov 26, 2:00 PM–{until}")
    assert f"/confirm {number}" in changed and requests(sessions) == before


def test_a_request_is_asked_after_by_its_words_or_by_who_picked_it_up(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    toner = run(maria, "did the toner get ordered?")
    assert toner.startswith("Yes — @ana finished your request to order office supplies. Their note:")
    assert "Recently finished" not in toner
    run(maria, "can you print 50 flyers for the open house?")
    for asked in ("has ben picked it up yet?", "has she started on it?", "are the flyers done yet?"):
        assert run(maria, asked).startswith("No, not yet — your request"), asked
    nothing = run(maria, "are the balloons done yet?")
    assert nothing.startswith("I don't see a request of yours about “balloons”.")


def test_a_request_named_with_filler_or_in_a_deal_question_is_found_by_its_words(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    filed = run(tom, "please add the Garcias to the newsletter list")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", filed)
    sam = shell_as(sessions, seeded, "sam")
    run(sam, f"claim #{number}")
    run(sam, f"done with #{number}, added both emails")
    for asked, lead in (
        ("is the garcias thing done?", "Yes"),
        ("what's the status of the garcias stuff?", "Done"),
    ):
        done = run(tom, asked)
        assert done.startswith(f"{lead} — @sam finished your request to update your mailing lists")
    maria = shell_as(sessions, seeded, "maria")  # she has deals: words that name none of them name a request
    run(maria, "can you mail a thank-you gift basket to the Hendersons by friday?")
    basket = run(maria, "what's the status of the gift basket?")
    assert basket.startswith("Not yet — your request to send the mailing") and "deal" not in basket
    assert "Jones" in run(maria, "what's the status of the jones deal?")


def test_a_va_asks_their_clients_a_phase_now_and_takes_time_off(sessions, seeded):
    ana = shell_as(sessions, seeded, "ana")
    assert run(ana, "which clients am I working with?").startswith("Your clients:")
    assert run(ana, "who am I working for?").startswith("Your clients:")
    assert run(ana, "what phase is maria on now?").startswith("@maria is in Phase III")
    assert run(ana, "what phase is tom on now?") == "“tom” isn't one of your clients."
    maria = shell_as(sessions, seeded, "maria")
    [number] = re.findall(r"\[Cancel: /cancel (\d+)\]", run(maria, "can you order business cards?"))
    run(ana, f"claim {number}")
    assert run(ana, f"log 30m on #{number}").startswith(f"Logged 30m on #{number}")
    assert run(ana, f"oops, too much - log -15m on #{number}").startswith(f"Took 15m off #{number}")
    assert "0m on it in all" in run(ana, f"take 15 minutes off #{number}")


def test_a_client_asking_the_hours_of_a_va_who_did_none_hears_so(sessions, seeded):
    tom = shell_as(sessions, seeded, "tom")
    assert run(tom, "how many hours did ben log this month?").startswith("@ben spent 40m")
    none_by_ana = "@ana hasn't logged any on them in November 2026."
    assert run(tom, "and ana?") == f"You see only the time spent on your own requests, and {none_by_ana}"
    assert "“zed” works on none of them" in run(tom, "and zed?")  # whoever zed is, nothing is told


def test_a_deal_not_found_offers_the_open_deals_and_one_is_picked_by_its_words(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    before = requests(sessions)
    offered = run(maria, "any update on the farmhouse?")
    assert offered.startswith("I couldn't find a deal matching “farmhouse”.") and "/pick" in offered
    picked = run(maria, "oh my bad, i meant the lakeview one")
    assert picked.startswith("Lakeview listing is at") and requests(sessions) == before
    assert run(maria, "and who handled it?").startswith("@ana, your VA, looks after Lakeview listing.")


def test_a_yes_no_about_a_request_named_by_its_words_opens_with_the_answer(sessions, seeded):
    maria = shell_as(sessions, seeded, "maria")
    done = run(maria, "and is the ad copy done yet?")
    assert done.startswith("Yes — @ana finished your request to write the ad copy")
    assert "> write ad copy for the Lakeview listing" in done
    run(maria, "can you print 50 flyers for the open house?")
    assert run(maria, "is the flyer one still on though?").startswith("Yes — your request to")
