"""Finds the dates, clock times and lengths in a message, as pieces to resolve against "now".

Each shape of timewords.py has a builder here; where two shapes overlap the earlier one wins.
"""

from __future__ import annotations

from datetime import datetime

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
    return sorted(pieces, key=lambda piece: piece.at)
