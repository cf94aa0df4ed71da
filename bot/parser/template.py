"""Rewrites a message for the grammar: time expressions become tokens, polite openings go.

"can you schedule lunch with Sam tomorrow at noon please" reads as "schedule lunch with sam @h", so a
pattern names a time as `@h` (a clock time), `@d` (a day or window) or `@n` (a length) whatever words the
client used for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.parser.piece import Piece
from bot.parser.vocabulary import expand

_CONNECTOR = re.compile(r"(?:\s|,|-|\b(?:at|on|from|in the|in|the|of|this|around|by|starting)\b)*")
_CLOCKS = ("clock", "range", "moment")
_POLITE = re.compile(expand(r"^(?:{polite})(?:\s+|$)"))
_TRAILER = re.compile(expand(r"(?:\s+(?:{trailer}|,))+$"))
_PLEASANTRY = re.compile(expand(r"^(?:{pleasantry})\b[^,]* , "))


def templated(text: str, pieces: Sequence[Piece]) -> str:
    """`text` with each run of adjacent time pieces replaced by one token."""
    out, last = [], 0
    for start, end, token, _ in _runs(text, pieces):
        out += [text[last:start], f" {token} "]
        last = end
    out.append(text[last:])
    return " ".join("".join(out).split())


def within(text: str, pieces: Sequence[Piece], template: str, request: str) -> list[Piece]:
    """The pieces of the time tokens that `request` kept from `template`: "Happy Friday! order toner"
    is not due on Friday."""
    first = template[: template.find(request)].count("@")
    kept = [run[3] for run in _runs(text, pieces)][first : first + request.count("@")]
    hints = [piece for piece in pieces if piece.kind == "hint"]
    return [piece for run in kept for piece in run] + hints


def _runs(text: str, pieces: Sequence[Piece]) -> list[tuple[int, int, str, list[Piece]]]:
    runs: list[list] = []
    for piece in pieces:
        if piece.kind == "hint":
            continue
        joined = runs and runs[-1][2] != "@n" and piece.kind != "length"
        if joined and _CONNECTOR.fullmatch(text, runs[-1][1], piece.at[0]):
            runs[-1][1] = piece.at[1]
            runs[-1][2] = "@h" if piece.kind in _CLOCKS else runs[-1][2]
            runs[-1][3].append(piece)
        else:
            token = "@n" if piece.kind == "length" else "@h" if piece.kind in _CLOCKS else "@d"
            runs.append([piece.at[0], piece.at[1], token, [piece]])
    return [tuple(run) for run in runs]


def body(text: str) -> str:
    """The request itself, without "hey jane, hope you are well, can you please" before it or
    "thanks!" after it."""
    while True:
        match = _POLITE.match(text) or _pleasantry(text)
        if not match or not match.end():
            break
        text = text[match.end() :]
    return _TRAILER.sub("", text).strip(" ,")


def _pleasantry(text: str) -> re.Match | None:
    """A greeting clause before the request, when a request follows it ("hope you can order toner by
    Friday, thanks" is all request)."""
    match = _PLEASANTRY.match(text)
    return match if match and _TRAILER.sub("", " " + text[match.end() :]).strip(" ,") else None
