"""What people say in words about phases, settings, deals and the queue: words_phrasings.txt, each message
read against a named context (contexts.py, and the few below)."""

import pytest

from bot.parser import parse
from tests.unit.parser.contexts import CONTEXTS
from tests.unit.parser.expectations import mismatches, rows
from tests.unit.parser.support import CHICAGO, NOW

_JUST = "2026-11-25T08:58:00-06:00"
WORDS_CONTEXTS = {
    **CONTEXTS,
    # Jane asked which Jones deal, for "is the jones deal at offer yet?"
    "tie_jones_at_offer": {
        "last": {"intent": "deal.status", "slots": {"deal": "jones deal"}, "at": _JUST},
        "deals": {
            "names": ["Jones - 14 Elm St", "Jones - 9 Oak Ave"],
            "asked": {"ask": "stage", "stage": "offer", "question": "yes_no"},
            "at": _JUST,
        },
    },
    "deal_elm": {
        "last": {"intent": "deal.status", "at": _JUST},
        "deal": {"name": "Jones - 14 Elm St", "at": _JUST},
    },
    "va_client_tom_phase": {
        "last": {"intent": "client.info", "slots": {"client": "Tom", "ask": "phase"}, "at": _JUST},
        "client": {"name": "Tom", "at": _JUST},
    },
}


@pytest.mark.parametrize(("context", "text", "expected"), rows("words_phrasings.txt", 3))
def test_in_words(context, text, expected):
    parsed = parse(text, NOW, CHICAGO, WORDS_CONTEXTS[context])
    assert mismatches(expected, parsed.intent, dict(parsed.slots)) == [], dict(parsed.slots)


@pytest.mark.parametrize(("context", "text", "expected"), rows("words_phrasings.txt", 3))
def test_never_an_errand(context, text, expected):
    """None of these is ever work for the VA, with or without the conversation."""
    assert parse(text, NOW, CHICAGO).intent != "task.create"
    assert parse(text, NOW, CHICAGO, WORDS_CONTEXTS[context]).intent != "task.create"
