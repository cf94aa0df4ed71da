"""One time expression found in a message, before it is resolved against "now"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.parser.timewords import NUMBERS


@dataclass(frozen=True)
class Piece:
    """What one time expression says and where it sits; only the fields its kind uses are set."""

    kind: str  # day | span | clock | range | moment | part | length | hint
    at: tuple[int, int]
    day: date | None = None
    until: date | None = None  # a span's exclusive end
    minute: int | None = None  # minutes after midnight; a range's start
    minute_end: int | None = None
    meridiem: str | None = None  # "am"/"pm" when the client said it, "24h" when unambiguous
    hours: tuple[int, int] | None = None  # a part of the day
    minutes: int | None = None  # a length
    moment: datetime | None = None
    weekday: bool = False  # a bare weekday, which moves on a week rather than fall in the past
    guess: bool = False  # a bare number taken for a time from the words around it


def count(word: str) -> float:
    """A number the client wrote in digits or words ("3", "three", "a couple")."""
    return float(word) if word[0].isdigit() else NUMBERS[word]
