"""Reply values → Slack Block Kit: the only place Jane builds blocks and views."""

from __future__ import annotations

import re
from typing import Any

from handlers.core import messages
from handlers.core.buttons import NoteFirst, TimeAsked
from handlers.core.duration import UnreadableDuration, read_minutes
from handlers.core.reply import Button, Reply, record_id

SECTION_LIMIT = 3000  # characters Slack accepts in one section
TEXT_LIMIT = 3000  # the notification fallback text
MAX_BUTTONS = 25  # per actions block
MAX_SECTIONS = 45  # a message holds at most 50 blocks
BUTTON_LABEL_LIMIT = 75
VALUE_LIMIT = 2000
MODAL_TITLE_LIMIT = 24

NOTE_BLOCK, NOTE_INPUT = "note", "note_input"
TIME_BLOCK, TIME_INPUT = "time_spent", "time_spent_input"
TIME_INPUT_LIMIT = 40


def action_pattern(action: str) -> re.Pattern[str]:
    """The action_ids a Button(action=…) renders to (repeats get a #n suffix); listeners match with this."""
    return re.compile(rf"^{re.escape(action)}(#\d+)?$")


def message(reply: Reply) -> dict[str, Any]:
    """The `text` and `blocks` arguments of chat.postMessage / chat.update / chat.postEphemeral."""
    return {"text": clip(reply.plain(), TEXT_LIMIT), "blocks": blocks(reply)}


def blocks(reply: Reply) -> list[dict[str, Any]]:
    texts = [text for text in (reply.text, *reply.sections[:MAX_SECTIONS]) if text and text.strip()]
    result = [_section(text) for text in texts]
    if reply.buttons:
        result.append({"type": "actions", "elements": _buttons(reply.buttons[:MAX_BUTTONS])})
    if reply.footnote:
        result.append({"type": "context", "elements": [mrkdwn(reply.footnote)]})
    return result


def note_modal(
    action: str, modal: NoteFirst, request_id: int, summary: str, channel: str | None
) -> dict[str, Any]:
    """The modal a note-first button opens about one request: its callback_id is the button's action, and
    private_metadata carries only ids."""
    return {
        "type": "modal",
        "callback_id": action,
        "private_metadata": f"{request_id}|{channel or ''}",
        "title": plain_text(modal.title[:MODAL_TITLE_LIMIT]),
        "submit": plain_text(modal.submit),
        "close": plain_text(messages.CANCEL),
        "blocks": [
            _section(summary),
            *([_time_input(modal.time)] if modal.time else []),
            {
                "type": "input",
                "block_id": NOTE_BLOCK,
                "optional": not modal.required,
                "label": plain_text(modal.label),
                "element": {
                    "type": "plain_text_input",
                    "action_id": NOTE_INPUT,
                    "multiline": True,
                    "max_length": 2000,
                    "placeholder": plain_text(modal.hint),
                },
            },
        ],
    }


def _time_input(time: TimeAsked) -> dict[str, Any]:
    return {
        "type": "input",
        "block_id": TIME_BLOCK,
        "optional": not time.required,
        "label": plain_text(time.label),
        "element": {
            "type": "plain_text_input",
            "action_id": TIME_INPUT,
            "max_length": TIME_INPUT_LIMIT,
            "placeholder": plain_text(time.hint),
        },
    }


def time_errors(view: dict[str, Any], time: TimeAsked) -> dict[str, str] | None:
    """The inline error for the modal's time field (Slack's response_action "errors"), or None when the
    time is fine: empty where optional, or a time spent handlers/core/duration.py reads."""
    typed = _typed(view, TIME_BLOCK, TIME_INPUT)
    if typed is None:
        return {TIME_BLOCK: messages.TIME_MISSING} if time.required else None
    try:
        minutes = read_minutes(typed, signed=time.signed)
    except UnreadableDuration:
        return {TIME_BLOCK: messages.TIME_UNREADABLE.format(text=typed[:TIME_INPUT_LIMIT])}
    return {TIME_BLOCK: messages.TIME_NOTHING} if minutes == 0 and time.required else None


def read_time(view: dict[str, Any], time: TimeAsked | None) -> int | None:
    """The minutes typed in a submitted modal's time field; None when there is no (readable) time."""
    typed = _typed(view, TIME_BLOCK, TIME_INPUT) if time else None
    try:
        return read_minutes(typed, signed=time.signed) if typed and time else None
    except UnreadableDuration:
        return None


def _typed(view: dict[str, Any], block: str, action: str) -> str | None:
    """What was typed in one input of a submitted view, stripped; None when empty, missing or malformed."""
    value: Any = view.get("state") if isinstance(view, dict) else None
    for step in ("values", block, action, "value"):
        value = value.get(step) if isinstance(value, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def read_note_modal(view: dict[str, Any]) -> tuple[int | None, str | None, str | None]:
    """(request id, channel, note) of a submitted note modal; None for what is missing or malformed."""
    request_part, _, channel = str(view.get("private_metadata") or "").partition("|")
    request_id = record_id(request_part)
    return request_id, channel or None, _typed(view, NOTE_BLOCK, NOTE_INPUT)


def _buttons(buttons: tuple[Button, ...]) -> list[dict[str, Any]]:
    seen: dict[str, int] = {}
    elements = []
    for button in buttons:
        seen[button.action] = seen.get(button.action, 0) + 1
        count = seen[button.action]
        element: dict[str, Any] = {
            "type": "button",
            "text": plain_text(clip(button.label, BUTTON_LABEL_LIMIT)),
            # Slack rejects a message whose buttons repeat an action_id.
            "action_id": button.action if count == 1 else f"{button.action}#{count}",
        }
        if button.value:
            element["value"] = button.value[:VALUE_LIMIT]
        if button.style in ("primary", "danger"):
            element["style"] = button.style
        if button.url:
            element["url"] = button.url
        elements.append(element)
    return elements


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": mrkdwn(clip(text, SECTION_LIMIT))}


# --- the small pieces every Block Kit builder here uses (home_view and deal_views too) ---


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, ending in an ellipsis when cut (Slack refuses longer text outright)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_text(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


def mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": text}
