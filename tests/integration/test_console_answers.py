"""Answers as asked in the console's shell on the seeded demo: the offer to book, taken up with /book."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from bot.console.shell import Shell
from storage.models import Request
from tests.demo_shell import run, shell_as


@pytest.fixture
def shell(sessions, seeded) -> Shell:
    return shell_as(sessions, seeded, "maria")


def bookings():
    """The booking requests (the demo's own errands are there from the start)."""
    return select(Request).where(Request.duty == "appointment_scheduling")


def test_book_it_drafts_the_offered_booking_once_as_the_booking_sentence_would(shell, sessions):
    asked = run(shell, "lunch with Sam tomorrow at 12:30 — am I free?")
    assert asked.startswith("Yes — you're free Thu, Nov 26, 12:30 PM–1:30 PM.")
    [number] = re.findall(r"\[Book it: /book (\d+)\]", asked)

    booked = run(shell, f"/book {number}")
    assert booked.startswith("I've drafted Lunch with Sam for Thu, Nov 26, 12:30 PM–1:30 PM.")
    assert "→ to @ana (card): Booking for @maria: Lunch with Sam" in booked
    assert run(shell, f"/book {number}") == "I've drafted that one already — it's waiting for your VA."

    typed = run(shell, "book lunch with Sam tomorrow at 12:30")
    with sessions() as session:
        offered, said = session.scalars(bookings().order_by(Request.id)).all()
    assert offered.details == said.details  # the same draft: title, time, attendees, conflicts
    assert offered.text == "Book Lunch with Sam — “lunch with Sam tomorrow at 12:30 — am I free?”"
    assert "Lunch with Sam" in typed


def test_a_booking_drafted_with_the_button_is_what_is_talked_about_next(shell, sessions):
    asked = run(shell, "coffee w/ Dev at 2 tomorrow, am i free? ☕")
    [number] = re.findall(r"\[Book it: /book (\d+)\]", asked)
    run(shell, f"/book {number}")
    status = run(shell, "is it booked yet")
    assert status.startswith("No, not yet") and "Coffee with Dev" in status
    withdrawn = run(shell, "never mind, cancel it")
    assert withdrawn.startswith("Cancelled: I won't book Coffee with Dev (Thu, Nov 26")


def test_book_it_for_someone_else_or_for_nothing_offered_books_nothing(shell, sessions):
    asked = run(shell, "lunch with Sam tomorrow at 12:30 — am I free?")
    [number] = re.findall(r"\[Book it: /book (\d+)\]", asked)
    run(shell, "/as tom")
    assert run(shell, f"/book {number}") == "That offer has expired — just tell me again what you need."
    run(shell, "/as maria")
    plain = run(shell, "am I free tomorrow at 2?")
    assert "Book it" not in plain
    assert run(shell, "/book 3") == "That offer has expired — just tell me again what you need."
    with sessions() as session:
        assert session.scalars(bookings()).all() == []
