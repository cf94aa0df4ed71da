"""Finds the dates, clock times and lengths in a message, as pieces to resolve against "now".

Each shape of timewords.py has a builder here; where two shapes overlap the earlier one wins.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.parser import clockpieces, daypieces
from bot.parser.piece import Piece
from bot.parser.timewords import COMPILED

BUILDERS = {
    "through": daypieces.through,
    "weekdays": daypieces.weekdays,
    "fallback": daypieces.fallback,
    "day": daypieces.day,
    "span": daypieces.span,
    "range": clockpieces.clock_range,
    "moment": clockpieces.moment,
    "clock": clockpieces.clock,
    "part": clockpieces.part,
    "length": clockpieces.length,
    "hint": clockpieces.hint,
}

__all__ = ["Piece", "scan"]


def scan(text: str, now: datetime, past: bool = False) -> list[Piece]:
    """Every time expression in `text`, left to right; `past` reads "in March" as the last March."""
    taken: list[tuple[int, int]] = []
    pieces = []
    for kind, trigger, pattern in COMPILED:
        if not trigger.search(text):
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            piece = BUILDERS[kind](match, now, past)
            if piece is not None:
                pieces.append(piece)
                taken.append((start, end))
    return _joined_days(text, sorted(pieces, key=lambda piece: piece.at))


# "today and tomorrow", "monday or tuesday", "tomorrow and the day after": days named together, one window
_JOINING = re.compile(r"\s*,?\s*(?:and|or|&|\+)\s*(?:also\s+|on\s+)?")
_AND_THE_DAY_AFTER = re.compile(r"\s*,?\s*and\s+(?:the\s+)?(?:day after(?: that)?|next day|following day)\b")
_JOINED_AT_MOST = timedelta(days=6)  # days a week apart or more are two questions, not one window


def _joined_days(text: str, pieces: list[Piece]) -> list[Piece]:
    """Two whole days joined by "and" or "or" become one window from the first to the last, so "what's on
    today and tomorrow?" asks about both; a day and "the day after" are that day and the next. A message
    that also names a time of day ("today and tomorrow morning") is left as it was."""
    if any(piece.kind not in ("day", "span", "hint") for piece in pieces):
        return pieces
    joined: list[Piece] = []
    for piece in pieces:
        before = joined[-1] if joined else None
        if before is not None and _whole_day(before) and _whole_day(piece):
            assert before.day is not None and piece.day is not None
            between = text[before.at[1] : piece.at[0]]
            if _JOINING.fullmatch(between) and before.day < piece.day <= before.day + _JOINED_AT_MOST:
                until = _after(piece.day)
                joined[-1] = Piece("span", (before.at[0], piece.at[1]), day=before.day, until=until)
                continue
        joined.append(piece)
    return [_with_the_day_after(text, piece) for piece in joined]


def _with_the_day_after(text: str, piece: Piece) -> Piece:
    after = _AND_THE_DAY_AFTER.match(text, piece.at[1]) if _whole_day(piece) else None
    if after is None or piece.day is None:
        return piece
    until = _after(piece.day + timedelta(days=1))
    return Piece("span", (piece.at[0], after.end()), day=piece.day, until=until)


def _whole_day(piece: Piece) -> bool:
    return piece.kind == "day" and piece.day is not None and piece.hours is None


def _after(day: date) -> date:
    return day + timedelta(days=1)
