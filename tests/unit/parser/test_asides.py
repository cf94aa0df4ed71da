"""Asides around an ask (bot.parser.asides): apologies, thanks, exclamations and statements that ask nothing,
told apart from corrections, answers and asks in the form of a statement."""

import pytest

from bot.parser import parse
from bot.parser.asides import leading_asides, trailing_asides
from tests.unit.parser.contexts import CONTEXTS
from tests.unit.parser.support import CHICAGO, NOW


def _read(part: str):
    return parse(part, NOW, CHICAGO, CONTEXTS["agenda_today"])


@pytest.mark.parametrize(
    ("said", "story", "ask"),
    [
        ("Sorry, last thing. When does it close?", "Sorry, last thing.", "When does it close?"),
        ("Darn. Sorry to keep asking. And at 1?", "Darn. Sorry to keep asking.", "And at 1?"),
        ("Sorry Maria, bad news. Reject the dana call.", "Sorry Maria, bad news.", "Reject the dana call."),
        ("Quick one, sorry — how long is the gap?", "Quick one, sorry", "how long is the gap?"),
        ("Thanks for sorting that. What's on Friday?", "Thanks for sorting that.", "What's on Friday?"),
        (
            "Dana's office just called. She's away. Cancel it",
            "Dana's office just called. She's away.",
            "Cancel it",
        ),
    ],
)
def test_what_only_surrounds_the_ask_is_set_apart(said, story, ask):
    assert leading_asides(said, _read) == (story, ask)


@pytest.mark.parametrize(
    "said",
    [
        "Sorry, tomorrow. What's on then?",  # a correction, not an apology
        "Sorry, Friday. What's on then?",  # a day in capitals is no name said in apology
        "I'd like lunch with Sam. Can you book it?",  # an ask in the form of a statement
        "I meant the Oak Ave one. What stage is it at?",
        "We have 3 showings. Am I free at 5?",  # a number belongs to some ask
        "What's on today? Thanks!",  # the ask comes first
        "Sorry about that",  # one sentence: nothing around it
    ],
)
def test_corrections_answers_and_asks_are_never_asides(said):
    assert leading_asides(said, _read) is None


def test_asides_after_the_ask_are_set_apart_too():
    assert trailing_asides("I meant Dana, not Linda. Long morning.", _read) == "I meant Dana, not Linda."
    assert trailing_asides("is it free? sorry, I'm paranoid about clashes", _read) == "is it free?"
    assert trailing_asides("book lunch at 1. I'd like it with Sam.", _read) is None


def test_a_question_with_only_asides_after_it_is_asked_as_it_was():
    asked = parse(
        "is that slot actually free? sorry, I'm paranoid about clashes", NOW, CHICAGO, CONTEXTS["draft_linda"]
    )
    assert asked.intent == "calendar.availability" and "question" not in asked.slots  # free, not busy


def test_a_window_in_the_story_stays_out_of_a_last_sentence_that_asks_on_its_own():
    said = (
        "I'm meeting my broker on Monday to go over the quarter, so I want to walk in prepared. "
        "Give me a rundown of my pipeline."
    )
    parsed = parse(said, NOW, CHICAGO)
    # the whole pipeline, not the quarter the story names
    assert parsed.intent == "deal.pipeline" and "start" not in parsed.slots
