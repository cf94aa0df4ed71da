"""The small pieces every Block Kit builder here uses: text objects, and text clipped to Slack's limits."""

from __future__ import annotations

from typing import Any


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, ending in an ellipsis when cut (Slack refuses longer text outright)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_text(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


def mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": text}
