"""Two asks in one message are split where the second plainly begins, and only then (README.md, "Two asks in
one message")."""

from __future__ import annotations

import importlib
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parser import asks

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=CHICAGO)
# the module itself (the package exports its function under the same name)
asks_module = importlib.import_module("bot.parser.asks")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "how is the baker street duplex doing and when is it supposed to close",
            "how is the baker street duplex doing",
            "when is it supposed to close",
        ),
        (
            "How many deals have I got open right now and which one closes first",
            "How many deals have I got open right now",
            "which one closes first",
        ),
        (
            "can u get the open house flyers printed and also am i free tmrw at 2",
            "can u get the open house flyers printed",
            "am i free tmrw at 2",
        ),
        ("what phase am i in and what does the next phase give me", "what phase am i in",
         "what does the next phase give me"),
        ("is the dentist tomorrow? and when's the walkthrough", "is the dentist tomorrow?",
         "when's the walkthrough"),
        ("remind me at 4 to call the lender and order more printer paper",
         "remind me at 4 to call the lender", "order more printer paper"),
        # an aside between the two, a second ask only if the first is no, one question of two things
        ("hi Jane, could you order more envelopes? and while I've got you, what did ben do for me this week?",
         "hi Jane, could you order more envelopes?", "what did ben do for me this week?"),
        ("am I free tomorrow at 10:30? if not, how about 11:30?", "am I free tomorrow at 10:30?",
         "how about 11:30?"),
        ("hey, how are the Oak Ave deal and the Baker Street duplex both doing?",
         "hey, how is the Oak Ave deal doing?", "hey, how is the Baker Street duplex doing?"),
        ("morning Jane! where's the walkthrough tomorrow and what time does it start?",
         "morning Jane! where's the walkthrough tomorrow", "what time does it start?"),
        # words the client's deals may name (Jane asks them which), asked of both or then pointed at
        ("how are oak and baker both doing", "how is oak doing?", "how is baker doing?"),
        ("hows lakeview doing and who updated it last", "hows lakeview doing", "who updated it last"),
    ],
)  # fmt: skip
def test_two_asks_are_answered_in_turn(text, first, second):
    assert asks_module.asks(text, NOW, CHICAGO) == (first, second)


@pytest.mark.parametrize(
    "text",
    [
        "order printer paper and get some toner too",  # one errand in two parts
        "what's on today and tomorrow?",  # one question about two days
        "am I free tomorrow at 2 and 3?",
        "book lunch with Sam and Priya tomorrow at noon",
        "when does it close? the buyers keep asking",  # a reason after the question
        "send the holiday cards to the Garcias and the Parkers",
        "how are mom and dad doing?",  # two people, not "both" asked of things a client's deals may name
        # the question's answer urged, no errand of its own
        "Am I busy at 10:30 tomorrow? Let me know soon. The buyers are holding the slot for me.",
        "is the duplex under contract? please tell me asap",
    ],
)
def test_one_ask_stays_whole(text):
    assert asks(text, NOW, CHICAGO) == (text,)


def test_a_long_message_is_read_a_bounded_number_of_times(monkeypatch):
    calls = []
    real = asks_module.parse

    def counted(text, *args):
        calls.append(text)
        return real(text, *args)

    monkeypatch.setattr(asks_module, "parse", counted)
    errands = " and ".join(["order more printer paper"] * 200)  # one errand said over and over: never split
    assert asks(errands, NOW, CHICAGO) == (errands,)
    assert len(calls) <= 2 * asks_module._TRIED  # each place a second ask could begin, both halves


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "could you get us a box of envelopes? oh and while I'm here, what did ben do for me this week?",
            "could you get us a box of envelopes?",
            "what did ben do for me this week?",
        ),
        (
            "can u order printer toner? also hows the farmhouse deal looking",
            "can u order printer toner?",
            "hows the farmhouse deal looking",
        ),
        (
            "where's tmrw's walkthrough and when does it start",
            "where's tmrw's walkthrough",
            "when does it start",
        ),
    ],
)
def test_a_second_ask_after_a_question_mark_an_also_or_an_aside(text, first, second):
    assert asks_module.asks(text, NOW, CHICAGO) == (first, second)
