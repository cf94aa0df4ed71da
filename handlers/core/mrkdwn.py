"""Quoting people's words into Slack mrkdwn, so typed text never becomes a live mention or link."""

from __future__ import annotations

import re
from typing import Protocol

MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")  # how Slack writes a mention of a person


class HasUserId(Protocol):
    @property
    def user_id(self) -> str: ...


def mention(person: HasUserId) -> str:
    """A person as a Slack mention, which every reader sees as their name."""
    return f"<@{person.user_id}>"


def escape(text: str) -> str:
    """Slack mrkdwn control characters in text anyone could have typed (clients, calendar invites)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def quote(text: str, limit: int = 80) -> str:
    """A person's words on one line, clipped to `limit` characters, then escaped (never a half entity)."""
    flat = " ".join(text.split())
    return escape(flat if len(flat) <= limit else flat[: limit - 1] + "…")


def link_target(url: str) -> str:
    """A URL to put in `<url|label>`: the characters that would end the link early, percent-encoded."""
    return url.replace(">", "%3E").replace("|", "%7C").replace("<", "%3C")
