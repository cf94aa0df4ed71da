"""Without a context the parser reads every sentence of phrasings.txt and slot_phrasings.txt as it did
before follow-ups existed (no_context_snapshot.jsonl, recorded then), except for the changes listed here."""

import json
from pathlib import Path

import pytest

from bot.parser import parse
from tests.unit.parser.support import CHICAGO, NOW

SNAPSHOT = [
    json.loads(line) for line in (Path(__file__).parent / "no_context_snapshot.jsonl").open(encoding="utf-8")
]

# Sentences whose intent changed on purpose: a reminder is Jane's own, one event is asked about, not the day,
# and a request is withdrawn by naming it (README.md, intents).
NEW_INTENTS = {
    "remind me to call the lender tomorrow at 10": "reminder.create",
    "remind me to follow up with the Moores on Monday": "reminder.create",
    "when's my showing with the Lees": "calendar.event",
    "what time is my dentist appointment": "calendar.event",
    "what time's the inspection tomorrow": "calendar.event",
    "What time is my showing tomorrow?": "calendar.event",
    "cancel my request for envelopes": "request.cancel",
    "cancel my hotel request": "request.cancel",
}
# Slots an unchanged intent may have gained: yes/no polarity, the plan a timed availability question names
# ("can I squeeze in a call at four?": what Jane offers to book), what a deal question asks, the window that
# "my day" means, that a bare "cancel it" refers back, the one request a status question names, that it
# asks only about what is still open or the yes/no it asks (done, taken, still on), and the length of the
# earliest free stretch asked for ("what's my first opening tomorrow?"), and that the agenda's time is asked
# about, not set ("when do you send my agenda?": `ask: "when"`), and the day's first or last event asked
# about alone ("what's my first meeting tomorrow?": `pick`), and stage changes in a window told from closings
# in it ("what moved to offer this week?": `moved`), and that a move names a time of day alone ("move my
# dentist appointment to 5pm": `same_day`, the event's own day).
NEW_SLOTS = {
    "calendar.schedule": {"same_day"},
    "agenda.settings": {"ask"},
    "deal.pipeline": {"moved", "question"},
    "request.status": {"about", "open", "asked", "question"},
    "calendar.availability": {"question", "title", "attendees", "first_free"},
    "deal.status": {"ask", "stage", "question", "asked"},
    "calendar.agenda": {"start", "end", "pick", "question"},
    "unknown": {"follow_up"},
}

# "tomorrow am" and "tomorrow pm" mean the morning and the afternoon, no longer the whole day.
NARROWED = {"tmrw am schedule?", "do I have a free hour tomorrow pm"}
# A time said with "before" or "after" bounds a window that reaches up to it or on from it (README.md, "`jane
# parse`"): "a window before noon" is the morning up to noon, no longer the half hour at noon.
OPEN_ENDED = {"do I have a window before noon"}
# The words that name what is asked about end where a reason after the ask begins (README.md, "Follow-ups").
# A closing sentence of thanks is no part of what is booked (README.md, "Polite and indirect asks").
WITHOUT_THE_REASON = {
    "hey! any news on the Harper deal? the buyers were nervous": {"deal": "Harper deal"},
    # a deal named before a dash and then asked about: the name alone (README.md, "A thing named first")
    "garcia deal - any update?": {"deal": "garcia deal"},
    "Morning Jane, please schedule a call with Dana Friday at 10. Thanks so much!": {
        "title": "Call with Dana"
    },
}
# "Set to close" with a time is the expected close date, at any stage, not the Closing stage (README.md,
# `deal.pipeline`).
CLOSING_BY_DATE = {"what's set to close next week"}
# An emoji between words ends a clause, as "!" does: "Happy Monday :sunny: What does my day look like?" reads
# as "Happy Monday! What does my day look like?", a greeting and then today's agenda.
AS_WITH_A_STOP = {
    "Happy Monday :sunny: What does my day look like?": "Happy Monday! What does my day look like?",
}


@pytest.mark.parametrize("before", SNAPSHOT, ids=[row["text"] for row in SNAPSHOT])
def test_no_context_reading_is_unchanged(before):
    now = parse(before["text"], NOW, CHICAGO).as_dict()
    assert parse(before["text"], NOW, CHICAGO, None).as_dict() == now
    if before["text"] in NEW_INTENTS:
        assert now["intent"] == NEW_INTENTS[before["text"]]
        return
    assert (now["intent"], now["duty"], now["phase"]) == (before["intent"], before["duty"], before["phase"])
    if before["text"] in AS_WITH_A_STOP:
        assert now == parse(AS_WITH_A_STOP[before["text"]], NOW, CHICAGO).as_dict()
        return
    if before["text"] in CLOSING_BY_DATE:
        before = {**before, "slots": {key: value for key, value in before["slots"].items() if key != "stage"}}
    if before["text"] in WITHOUT_THE_REASON:
        before = {**before, "slots": {**before["slots"], **WITHOUT_THE_REASON[before["text"]]}}
    if before["text"] in NARROWED:
        window, narrowed = before["slots"], now["slots"]
        assert window["start"] <= narrowed["start"] < narrowed["end"] <= window["end"]
        assert (narrowed["start"], narrowed["end"]) != (window["start"], window["end"])
        return
    if before["text"] in OPEN_ENDED:
        slot, window = before["slots"], now["slots"]
        up_to, on_from = window["end"] == slot["start"], window["start"] == slot["start"]
        assert (up_to or on_from) and window["start"] < window["end"]
        assert (window["start"], window["end"]) != (slot["start"], slot["end"])
        return
    assert {key: now["slots"].get(key) for key in before["slots"]} == before["slots"]
    assert set(now["slots"]) - set(before["slots"]) <= NEW_SLOTS.get(now["intent"], set())


def test_the_snapshot_covers_the_tables():
    assert len(SNAPSHOT) > 1000
