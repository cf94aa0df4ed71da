"""A choice picked by its place in the list Jane just showed: "the second one", "the last one", "2nd"."""

from __future__ import annotations

import re

_PLACES = {
    "first": 0, "1st": 0, "top": 0, "former": 0,
    "second": 1, "2nd": 1,
    "third": 2, "3rd": 2,
    "fourth": 3, "4th": 3,
    "fifth": 4, "5th": 4,
    "last": -1, "bottom": -1, "latter": -1,
}  # fmt: skip
_PLACED = re.compile(
    r"^(?:(?:ok|okay|um|uh|hmm|oh|so|yes|yeah|sure|just)(?: ,)? )*(?:the |that )?(?:very )?"
    rf"(?P<place>{'|'.join(_PLACES)})(?: (?:one|request|reminder|deal|option|choice|of those|of them))?"
    r"(?: (?:please|thanks|thank you|i think|then))*$"
)


def place_in(words: str, count: int) -> int | None:
    """The index `words` pick among `count` choices shown in order ("the last one" is the last); None when
    they name no place, or one past the end of the list."""
    said = _PLACED.match(words.strip(" ,.!?"))
    if said is None or count <= 0:
        return None
    index = _PLACES[said.group("place")]
    index = index if index >= 0 else count + index
    return index if 0 <= index < count else None
