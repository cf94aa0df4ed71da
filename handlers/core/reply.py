"""What a handler answers: plain values that the edge renders to Block Kit or to console text."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_ID = 2**31 - 1  # ids are 32-bit INTEGER columns: a larger number would overflow the query on PostgreSQL


def answered_first(yes: bool, said: str) -> str:
    """ "is my agenda on?": Yes or No first, then the sentence that says how it stands."""
    return f"{'Yes' if yes else 'No'} — {said[:1].lower()}{said[1:]}"


def record_id(value: str | None) -> int | None:
    """A database id read back from a button, modal or command; None for anything that cannot be one.

    Only ASCII digits: str.isdigit() also accepts "²", which int() refuses.
    """
    text = (value or "").strip()
    if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_ID)):
        return None
    number = int(text)
    return number if number <= MAX_ID else None


@dataclass(frozen=True)
class Button:
    """A button carries only an action id and an opaque value; the server re-checks rights on click."""

    label: str
    action: str
    value: str = ""
    style: str | None = None  # "primary" or "danger"
    url: str | None = None


@dataclass(frozen=True)
class Reply:
    """One message: a headline, optional further paragraphs (Slack mrkdwn), buttons and a footnote."""

    text: str
    sections: tuple[str, ...] = ()
    buttons: tuple[Button, ...] = ()
    footnote: str | None = None
    ephemeral: bool = False
    extras: dict = field(default_factory=dict, compare=False)  # e.g. {"modal": …} for the edge

    def plain(self) -> str:
        """The whole message as plain text (notification fallback, console, logs)."""
        parts = [self.text, *self.sections]
        if self.footnote:
            parts.append(self.footnote)
        return "\n".join(parts)
