"""What a handler answers: plain values that the edge renders to Block Kit or to console text."""

from __future__ import annotations

from dataclasses import dataclass, field


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
