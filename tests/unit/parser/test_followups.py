"""Follow-ups in followup_phrasings.txt, each read against a named context of contexts.py."""

import json

import pytest

from bot.parser import parse
from tests.unit.parser.contexts import CONTEXTS
from tests.unit.parser.expectations import mismatches, rows
from tests.unit.parser.support import CHICAGO, NOW


@pytest.mark.parametrize(("context", "text", "expected"), rows("followup_phrasings.txt", 3))
def test_follow_up(context, text, expected):
    parsed = parse(text, NOW, CHICAGO, CONTEXTS[context])
    assert mismatches(expected, parsed.intent, dict(parsed.slots)) == [], dict(parsed.slots)


FOLLOW_UPS = sorted(
    {
        text
        for _, text, expected in rows("followup_phrasings.txt", 3)
        if not expected.startswith("task.create")
    }
)


@pytest.mark.parametrize("text", FOLLOW_UPS)
def test_an_unresolved_follow_up_is_never_an_errand(text):
    """Whatever topic is missing, a follow-up is asked back, never handed to the VA as work."""
    for context in ({}, {"last": CONTEXTS["deal_baker"]["last"]}, CONTEXTS["pipeline"]):
        assert (
            parse(text, NOW, CHICAGO, context).intent != "task.create"
            or "refers_to" in parse(text, NOW, CHICAGO, context).slots
        )


@pytest.mark.parametrize("name", sorted(CONTEXTS))
def test_parse_with_a_context_is_pure(name):
    """The same message, moment and context always read the same, and the context is left as it was."""
    context = CONTEXTS[name]
    before = json.dumps(context, sort_keys=True)
    for text, *_ in [("and tomorrow?",), ("move it to 4",), ("cancel that",), ("when does it close?",)]:
        first = parse(text, NOW, CHICAGO, context)
        assert parse(text, NOW, CHICAGO, json.loads(before)) == first
        assert first.as_dict() == parse(text, NOW, CHICAGO, context).as_dict()
    assert json.dumps(context, sort_keys=True) == before


@pytest.mark.parametrize(
    "context",
    [
        {"deal": "Baker"},
        {"deal": {"name": "Baker"}},
        {"deal": {"name": "Baker", "at": "yesterday"}},
        {"draft": {"start": "soon", "end": 3, "at": "2026-11-25T08:00:00-06:00"}},
        {"nonsense": {"at": "2026-11-25T08:00:00-06:00"}},
        {"last": {"intent": 4, "slots": [], "at": "2026-11-25T08:00:00-06:00"}},
    ],
)
def test_a_topic_that_cannot_be_read_is_as_good_as_absent(context):
    assert parse("when does it close?", NOW, CHICAGO, context).intent == "unknown"
    assert parse("move it to 4", NOW, CHICAGO, context).intent == "unknown"


def test_an_empty_context_is_no_context():
    for text in ("and tomorrow?", "book it", "am I free at 2?", "order more toner"):
        assert parse(text, NOW, CHICAGO, {}) == parse(text, NOW, CHICAGO, None) == parse(text, NOW, CHICAGO)


def test_the_latest_topic_of_its_kind_wins():
    draft = dict(CONTEXTS["draft_and_old_request"])
    assert parse("cancel that", NOW, CHICAGO, draft).slots["refers_to"] == "draft"
    newer_request = {**draft, "request": {**draft["request"], "at": "2026-11-25T08:59:00-06:00"}}
    assert parse("cancel that", NOW, CHICAGO, newer_request).slots["refers_to"] == "request"


def test_time_taken_off_after_an_apology_is_logged_on_the_request_talked_about():
    """ "oops, that was too much — log -15m on it": the apology first, then the follow-up that found its
    topic."""
    parsed = parse("oops, that was too much — log -15m on it", NOW, CHICAGO, CONTEXTS["logged_time"])
    assert (parsed.intent, parsed.slots.get("request"), parsed.slots.get("minutes")) == ("time.log", 21, -15)


@pytest.mark.parametrize(
    ("context", "text", "intent", "about"),
    [
        ("asked_which_claim", "the mailing list one", "queue.claim", "mailing list"),
        ("asked_which_cancel", "the toner one", "request.cancel", "toner"),
        ("asked_which_claim", "ok the chair", "queue.claim", "chair"),
        ("reminder_lender", "drop the lender one", "reminder.cancel", "lender"),
        ("reminder_lender", "drop the priya one pls", "reminder.cancel", "priya"),
    ],
)
def test_words_that_alone_read_as_an_errand_name_the_thing_asked_about(context, text, intent, about):
    """Alone these words would read as an errand; after Jane asked a VA which request, or right after a
    reminder, they name one."""
    parsed = parse(text, NOW, CHICAGO, CONTEXTS[context])
    assert (parsed.intent, parsed.slots.get("about")) == (intent, about)


@pytest.mark.parametrize(
    ("context", "text", "among"),
    [
        ("none", "so which closes first, oak or baker", ["oak", "baker"]),
        ("pipeline", "which closes first: oak or the Baker Street duplex?", ["oak", "Baker Street duplex"]),
        ("pipeline", "which of those closes first?", None),
    ],
)
def test_which_closes_first_between_deals_named_after_it(context, text, among):
    parsed = parse(text, NOW, CHICAGO, CONTEXTS[context])
    assert (parsed.intent, parsed.slots.get("order"), parsed.slots.get("among")) == (
        "deal.pipeline",
        "close",
        among,
    )


def test_which_closes_first_after_a_closing_window_is_asked_among_the_deals_listed():
    parsed = parse("which one closes first?", NOW, CHICAGO, CONTEXTS["pipeline_closing_30"])
    assert parsed.intent == "deal.pipeline" and parsed.slots["order"] == "close"
    assert parsed.slots["among"] == ["Jones – 14 Elm St", "Jones – 9 Oak Ave", "Baker Street duplex"]
