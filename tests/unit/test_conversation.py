"""The conversation turn without Slack: Slack markup cleaned, the gate before the handler table."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot import conversation
from handlers.core.context import Ask, Context, Thread
from handlers.core.reply import Reply
from storage.models import ClientProfile, Person


@pytest.mark.parametrize(
    "text, expected",
    [
        ("<@UJANE0001> order paper", "order paper"),
        ("<@UJANE0001|jane>   help ", "help"),
        ("email <mailto:dana@example.com|dana@example.com> the list", "email dana@example.com the list"),
        ("see <https://example.com/x>", "see https://example.com/x"),
        ("book lunch with <@U0PRIYA01>", "book lunch with @U0PRIYA01"),
        ("Q&amp;A &lt;draft&gt;", "Q&A <draft>"),
        ("nul\x00byte", "nulbyte"),
    ],
)
def test_slack_markup_becomes_what_the_person_typed(text, expected):
    assert conversation.clean(text, "UJANE0001") == expected


def context(phase: int) -> Context:
    person = Person(user_id="UCLIENT01", name="Tom", tz="America/Chicago")
    person.client = ClientProfile(phase=phase, overrides=[])
    return Context(
        None, person, datetime(2026, 11, 25, 15, tzinfo=UTC), None, lambda p: None, Thread("D1", "1.0")
    )


def test_the_gate_refuses_before_the_handler_table_is_consulted(monkeypatch):
    called = []
    monkeypatch.setitem(
        conversation.HANDLERS, "calendar.agenda", lambda ctx, ask: called.append(ask) or Reply("x")
    )

    refused = conversation.respond(context(1), Ask("today?", "calendar.agenda", "daily_schedule"))
    allowed = conversation.respond(context(3), Ask("today?", "calendar.agenda", "daily_schedule"))

    assert refused.buttons[0].action == "phase.request" and allowed.text == "x" and len(called) == 1


def test_an_intent_without_a_handler_falls_back_by_whether_it_names_a_duty(monkeypatch):
    monkeypatch.setattr(conversation.intake, "handle", lambda ctx, ask: Reply("queued"))
    monkeypatch.setattr(conversation.intake, "offer", lambda ctx, ask: Reply("offered"))

    assert conversation.respond(context(1), Ask("…", "some.new.intent", "mailings")).text == "queued"
    assert conversation.respond(context(1), Ask("…", "some.new.intent", None)).text == "offered"
