"""The App Home as plain values: sections of items with buttons; bot/slack/home_view.py renders them.

Each capability builds its own sections (`handlers/<capability>/home.py`); handlers/home.py lists them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from handlers.core import messages
from handlers.core.context import Context
from handlers.core.reply import Button

MAX_ITEMS = 15  # per section: a Home view holds at most 100 blocks


@dataclass(frozen=True)
class Item:
    """One line of a section, with the buttons that act on it."""

    text: str
    buttons: tuple[Button, ...] = ()


@dataclass(frozen=True)
class Section:
    title: str
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Home:
    title: str
    sections: tuple[Section, ...]


Builder = Callable[[Context], Section | None]


def clipped(items: list[Item]) -> tuple[Item, ...]:
    """At most MAX_ITEMS items, then one line saying how many more there are."""
    if len(items) <= MAX_ITEMS:
        return tuple(items)
    return (*items[:MAX_ITEMS], Item(messages.HOME_MORE.format(count=len(items) - MAX_ITEMS)))
