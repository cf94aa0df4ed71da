"""The answer to a yes/no question: its first word answers what was asked ("No — your VA is @ana.")."""

from __future__ import annotations

from handlers.core import messages


def led(yes: bool, text: str) -> str:
    """`text` after "Yes —" or "No —", its first letter lowered as it now runs on from the dash."""
    return messages.YES_NO_LEAD[yes].format(text=text[:1].lower() + text[1:])
