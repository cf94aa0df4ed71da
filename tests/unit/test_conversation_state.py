"""A conversation's memory as a pure function: what a turn keeps, drops, refreshes and lets expire."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import MappingProxyType

from handlers.core.context import Ask
from handlers.core.conversation import after, fresh
from handlers.core.reply import Reply
from handlers.core.topics import with_topics

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
EARLIER = (NOW - timedelta(minutes=5)).isoformat()
QUIET = timedelta(minutes=30)


def ask(intent: str, **slots) -> Ask:
    return Ask("…", intent, None, MappingProxyType(slots))


def test_a_new_subject_drops_the_older_topics_of_its_family_and_keeps_the_others():
    before = {
        "slot": {"start": "2026-11-26T10:00:00-06:00", "end": "2026-11-26T10:30:00-06:00", "at": EARLIER},
        "offer": {"kind": "book", "start": "x", "end": "y", "at": EARLIER},
        "deal": {"name": "Baker Street duplex", "at": EARLIER},
    }
    window = {"start": "2026-11-27T00:00:00-06:00", "end": "2026-11-28T00:00:00-06:00"}

    kept = after(before, ask("calendar.agenda"), with_topics(Reply("…"), window=window), NOW)

    assert set(kept) == {"window", "deal", "last"}
    assert kept["window"] == {**window, "at": NOW.isoformat()}
    assert kept["last"] == {"intent": "calendar.agenda", "slots": {}, "at": NOW.isoformat()}


def test_a_booking_an_errand_and_a_reminder_each_stay_pending_beside_the_others():
    draft = {"request": 7, "start": "a", "end": "b", "title": "Call with Dana", "at": EARLIER}
    reminder = {"id": 1, "due": "c", "title": "print the contract"}

    kept = after({"draft": draft}, ask("reminder.create"), with_topics(Reply("…"), reminder=reminder), NOW)

    assert kept["draft"] == draft and kept["reminder"] == {**reminder, "at": NOW.isoformat()}


def test_a_follow_up_keeps_the_family_and_marks_the_topic_it_used_as_just_talked_about():
    before = {
        "deals": {"names": ["Jones – 14 Elm St", "Jones – 9 Oak Ave"], "at": EARLIER},
        "deal": {"name": "Jones – 14 Elm St", "at": EARLIER},
    }
    used = ask("deal.status", deal="Jones – 14 Elm St", ask="age", follow_up="pronoun", refers_to="deal")

    kept = after(before, used, Reply("…"), NOW)

    assert kept["deals"] == before["deals"] and kept["deal"]["at"] == NOW.isoformat()
    assert kept["last"]["slots"] == {"deal": "Jones – 14 Elm St", "ask": "age"}


def test_what_was_withdrawn_or_answered_is_forgotten():
    draft = {"request": 7, "start": "a", "end": "b", "title": "Call", "at": EARLIER}
    offer = {"kind": "book", "start": "a", "end": "b", "at": EARLIER}

    withdrawn = after({"draft": draft}, ask("conversation.withdraw", request=7, follow_up="withdraw",
                                            refers_to="draft"), Reply("…"), NOW)  # fmt: skip
    booked = after({"offer": offer}, ask("calendar.schedule", follow_up="confirm", refers_to="offer"),
                   with_topics(Reply("…"), draft=draft), NOW)  # fmt: skip

    assert "draft" not in withdrawn and "offer" not in booked and booked["draft"]["request"] == 7


def test_thanks_and_help_between_two_questions_change_nothing():
    before = {
        "deal": {"name": "Lakeview listing", "at": EARLIER},
        "last": {"intent": "deal.status", "at": EARLIER},
    }

    assert after(before, ask("smalltalk"), Reply("You're welcome!"), NOW) == before
    assert after(before, ask("unknown", follow_up="pronoun"), Reply("Which one?"), NOW) == before


def test_topics_expire_after_the_quiet_spell_and_unreadable_ones_are_left_out():
    stored = {
        "deal": {"name": "Baker", "at": (NOW - timedelta(minutes=29)).isoformat()},
        "window": {"start": "a", "end": "b", "at": (NOW - timedelta(minutes=31)).isoformat()},
        "slot": {"start": "a", "end": "b", "at": "yesterday-ish"},
        "draft": "not a topic",
    }

    assert list(fresh(stored, NOW, QUIET)) == ["deal"]


def test_a_handler_cannot_name_a_topic_the_parser_does_not_know():
    kept = after({}, ask("calendar.agenda"), with_topics(Reply("…"), mood={"happy": True}), NOW)

    assert set(kept) == {"last"}
