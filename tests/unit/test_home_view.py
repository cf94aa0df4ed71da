"""The App Home's Block Kit: what Slack accepts in a Home view, built from handlers.home's plain data."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.slack import render
from bot.slack.home_view import MAX_BLOCKS, home_views, view
from handlers import home
from handlers.core.home import Home, Item, Section
from handlers.core.reply import Button
from storage.models import Person
from tests.fakes.clock import FakeClock

CLAIM = Button("Claim", "request.claim", "7", "primary")


def test_sections_become_headers_and_items_become_sections_with_their_buttons():
    built = Home("Hi ana", (Section("*Open requests*", (Item("#7 paper", (CLAIM,)), Item("nothing else"))),))
    blocks = view(built)["blocks"]
    assert view(built)["type"] == "home"
    assert [b["type"] for b in blocks] == ["header", "divider", "header", "section", "section"]
    assert blocks[2]["text"]["text"] == "Open requests", "a header is plain text, without mrkdwn stars"
    assert blocks[3]["accessory"] == {
        "type": "button", "text": {"type": "plain_text", "text": "Claim", "emoji": True},
        "action_id": "request.claim", "value": "7", "style": "primary",
    }  # fmt: skip


def test_several_buttons_go_in_an_actions_block_and_a_textless_item_is_only_buttons():
    accept, decline = Button("Accept", "phase.accept", "3"), Button("Decline", "phase.decline", "3")
    blocks = view(Home("t", (Section("s", (Item("maria asks", (accept, decline)), Item("", (CLAIM,)))),)))[
        "blocks"
    ]
    assert [b["type"] for b in blocks[3:]] == ["section", "actions", "actions"]
    assert all(b.get("text", {}).get("text") != "" for b in blocks), "Slack refuses an empty section"


def test_repeated_actions_are_numbered_as_the_listeners_expect():
    items = tuple(Item(f"#{n}", (Button("Claim", "request.claim", str(n)),)) for n in range(3))
    blocks = view(Home("t", (Section("s", items),)))["blocks"]
    ids = [b["accessory"]["action_id"] for b in blocks if "accessory" in b]
    assert ids == ["request.claim", "request.claim#2", "request.claim#3"]
    assert all(render.action_pattern("request.claim").match(i) for i in ids)


def test_a_view_never_exceeds_slacks_block_limit():
    many = tuple(Section(f"s{n}", tuple(Item(f"line {i}") for i in range(15))) for n in range(10))
    blocks = view(Home("t", many))["blocks"]
    assert len(blocks) <= MAX_BLOCKS
    assert blocks[-1]["text"]["text"] == "line 14", "whole sections are dropped, never cut in half"


def test_the_home_builder_hands_every_section_the_deployments_settings_and_its_clock(monkeypatch):
    seen = []
    monkeypatch.setattr(home, "SECTIONS", [lambda ctx: seen.append((ctx.settings, ctx.now))])
    settings, clock = object(), FakeClock(datetime(2026, 11, 25, 15, tzinfo=UTC))
    build = home_views(settings, clock)

    build(None, Person(user_id="UANA", name="ana"))
    clock.advance(hours=1)
    build(None, Person(user_id="UANA", name="ana"))

    assert seen == [(settings, datetime(2026, 11, 25, 15, tzinfo=UTC)), (settings, clock())]
