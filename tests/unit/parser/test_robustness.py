"""Whatever a client types, the parser answers without an exception, quickly, and never invents a time."""

import dataclasses
import json
import time

import pytest

from bot.parser import Parsed, core
from tests.unit.parser.support import CHICAGO, NOW, understood


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "   \t  ",
        "\n",
        "🙂",
        "🙂🎉👍",
        ":tada: :wave::skin-tone-2:",
        "<@U0JANE01>",
        "<!here>",
        "¿Qué tengo mañana?",
        "Wie spät ist es morgen?",
        "今日の予定は？",
        "Какие у меня встречи завтра?",
        "مرحبا",
        "?!?!",
        "...",
        "\x00\x01\x02",
        "3",
        "at",
        "the",
        "@@@@",
        "&amp;&lt;&gt;",
    ],
)
def test_no_meaning_is_unknown(text):
    parsed = understood(text)
    assert parsed.intent == "unknown"
    assert (parsed.duty, parsed.phase, dict(parsed.slots)) == (None, None, {})


def test_a_40000_character_message_is_answered_quickly():
    text = "please order more printer paper and envelopes for the office " * 700
    assert len(text) >= 40_000
    started = time.perf_counter()
    parsed = understood(text)
    assert time.perf_counter() - started < 0.5
    assert (parsed.intent, parsed.duty) == ("task.create", "office_supplies")


def test_40000_characters_of_noise_is_unknown():
    text = ("zq:" + "9" * 37 + " ") * 1000
    assert understood(text).intent == "unknown"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("<@U0JANE01> what's on my calender tmrw?", "calendar.agenda"),
        ("WHAT'S ON MY CALENDAR TOMORROW!!!", "calendar.agenda"),
        ("whats on my calendar tomorrow", "calendar.agenda"),
        ("What’s on my calendar tomorrow?", "calendar.agenda"),
        ("lunch w/ Sam tmrw @ noon :fork_and_knife:", "calendar.schedule"),
        ("<https://example.com/listing|the Elm St listing> - any news?", "deal.status"),
        ("can u pls order more toner &amp; paper", "task.create"),
    ],
)
def test_markup_case_punctuation_and_typos_do_not_matter(text, intent):
    assert understood(text).intent == intent


def test_typos_resolve_the_same_times():
    plain, typed = understood("what's on my calendar tomorrow"), understood("whats on my calender tmrw")
    assert plain == typed


def test_parsed_is_frozen_and_its_slots_read_only():
    parsed = understood("am I free tomorrow at 11?")
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.intent = "help"
    with pytest.raises(TypeError):
        parsed.slots["start"] = "now"


def test_as_dict_is_plain_json():
    parsed = understood("set up a call with Mark and Julie next Tuesday at 2")
    assert json.loads(json.dumps(parsed.as_dict())) == parsed.as_dict()
    assert isinstance(parsed, Parsed)


def test_the_parser_is_deterministic():
    text = "book a 2 hour inspection at 19 Birch Lane on Monday at 1pm"
    assert len({json.dumps(understood(text).as_dict()) for _ in range(5)}) == 1


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("12/2", "calendar.agenda"),
        ("tomorrow?", "calendar.agenda"),
        ("3pm tomorrow?", "calendar.availability"),
    ],
)
def test_a_bare_date_or_time_asks_about_the_calendar(text, intent):
    assert understood(text).intent == intent


def test_a_message_with_many_commas_is_read_a_bounded_number_of_times(monkeypatch):
    calls = []
    real = core._parse

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(core, "_parse", counted)
    parsed = core.parse("order paper, i need it" + ", i need it" * 200, NOW, CHICAGO, {})
    assert parsed.intent == "task.create"
    # the whole, each head tried for a reason (and its tail), then the whole without hedges and each tail
    # after a possible preface
    assert len(calls) <= 1 + 2 * core._REASONS_TRIED + 1 + core._REASONS_TRIED
