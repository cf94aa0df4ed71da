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
    """A person's words on one line, clipped to `limit` characters, then escaped (never a half entity). Words
    too long to show whole start at the ask, past the sentences before it that only set the scene: "Hi Jane,
    the team's been asking for a party. Can you get three caterer quotes?" shows "… Can you get three…"."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = _from_the_ask(flat, limit)
    return escape(flat if len(flat) <= limit else flat[: limit - 1] + "…")


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
_ASKING = re.compile(
    r"\?$|\b(?:can|could|would|will) (?:you|u|someone|somebody)\b|^(?:please|pls|kindly)\b", re.IGNORECASE
)


def _from_the_ask(flat: str, limit: int) -> str:
    """The words from the ask on, with as many sentences just before it as still fit ("… I noticed we're out
    of coffee pods. Could you order a couple of boxes?": the ask's "boxes" are the pods)."""
    sentences = _SENTENCE.split(flat)
    first = next((index for index, sentence in enumerate(sentences) if _ASKING.search(sentence)), 0)
    while first > 1 and len(" ".join(sentences[first - 1 :])) + 2 <= limit:
        first -= 1
    return "… " + " ".join(sentences[first:]) if first else flat


def link_target(url: str) -> str:
    """A URL to put in `<url|label>`: the characters that would end the link early, percent-encoded."""
    return url.replace(">", "%3E").replace("|", "%7C").replace("<", "%3C")
