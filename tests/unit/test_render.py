"""Rendering Reply values to Block Kit, and the "Mark done" modal there and back."""

from __future__ import annotations

from bot.slack import render
from handlers.calendar.buttons import REJECT_REASON
from handlers.core.reply import Button, Reply
from handlers.queue.booking_card import REJECT
from handlers.queue.buttons import DONE_NOTE
from handlers.queue.requests import DONE


def test_a_reply_becomes_sections_then_buttons_then_a_footnote_with_a_plain_fallback():
    reply = Reply(
        "Headline", sections=("One", "", "Two"), buttons=(Button("Claim", "request.claim", "7", "primary"),),
        footnote="small print",
    )  # fmt: skip

    message = render.message(reply)

    assert message["text"] == "Headline\nOne\n\nTwo\nsmall print"
    assert [b["type"] for b in message["blocks"]] == ["section", "section", "section", "actions", "context"]
    assert [b["text"]["text"] for b in message["blocks"][:3]] == ["Headline", "One", "Two"]
    [button] = message["blocks"][3]["elements"]
    assert button == {
        "type": "button",
        "text": {"type": "plain_text", "text": "Claim", "emoji": True},
        "action_id": "request.claim",
        "value": "7",
        "style": "primary",
    }


def test_repeated_actions_get_distinct_action_ids_that_the_listener_pattern_still_matches():
    reply = Reply("Open", buttons=tuple(Button("Cancel", "request.cancel", str(i)) for i in range(3)))

    ids = [e["action_id"] for e in render.blocks(reply)[-1]["elements"]]

    assert ids == ["request.cancel", "request.cancel#2", "request.cancel#3"]
    pattern = render.action_pattern("request.cancel")
    assert all(pattern.match(i) for i in ids)
    assert not pattern.match("request.cancelled") and not pattern.match("request.claim")


def test_text_longer_than_slack_accepts_is_clipped():
    message = render.message(Reply("x" * 5000))

    assert len(message["blocks"][0]["text"]["text"]) == render.SECTION_LIMIT
    assert message["blocks"][0]["text"]["text"].endswith("…") and len(message["text"]) == render.TEXT_LIMIT


def test_unknown_styles_and_empty_values_are_left_out():
    [button] = render.blocks(Reply("x", buttons=(Button("Go", "a.b", "", style="loud"),)))[-1]["elements"]

    assert "style" not in button and "value" not in button


def test_a_url_button_links_out():
    [button] = render.blocks(Reply("x", buttons=(Button("Open", "link", url="https://example.com/x"),)))[-1][
        "elements"
    ]
    assert button["url"] == "https://example.com/x"


def test_the_done_modal_carries_only_ids_and_reads_back_its_note():
    view = render.note_modal(DONE, DONE_NOTE, 42, "*Office supplies* for <@U1>", "C0QUEUE01")
    view["state"] = {
        "values": {render.NOTE_BLOCK: {render.NOTE_INPUT: {"type": "plain_text_input", "value": " ok "}}}
    }

    assert view["callback_id"] == DONE and view["private_metadata"] == "42|C0QUEUE01"
    assert render.read_note_modal(view) == (42, "C0QUEUE01", "ok")


def test_the_reject_modal_asks_a_reason_that_cannot_be_left_out():
    done = render.note_modal(DONE, DONE_NOTE, 7, "*Booking* for <@U1>", None)
    reject = render.note_modal(REJECT, REJECT_REASON, 7, "*Booking* for <@U1>", None)
    assert reject["callback_id"] == REJECT != done["callback_id"]
    assert [b.get("optional") for b in reject["blocks"]] == [None, False]
    assert [b.get("block_id") for b in done["blocks"]] == [None, render.TIME_BLOCK, render.NOTE_BLOCK]
    assert [b.get("optional") for b in done["blocks"]] == [None, True, True]  # time spent, note
    assert reject["private_metadata"] == "7|" and render.read_note_modal(reject) == (7, None, None)


def test_a_done_modal_without_a_note_or_with_garbage_reads_as_missing_parts():
    assert render.read_note_modal({"private_metadata": "42|"}) == (42, None, None)
    assert render.read_note_modal({"private_metadata": "x|y", "state": "nope"}) == (None, "y", None)
    assert render.read_note_modal({"private_metadata": "1" * 20, "state": {"values": []}}) == (
        None,
        None,
        None,
    )
