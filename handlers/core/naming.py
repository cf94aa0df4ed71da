"""Finding a thing by the words it is named with: "the printer paper one", "my reminder about the lender"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from rapidfuzz.distance import OSA

T = TypeVar("T")

_WORD = re.compile(r"[a-z0-9]+")
# Words that name nothing on their own: "the chair one" names a chair.
_FILLER = frozenset(
    ("the", "a", "an", "to", "my", "our", "your", "about", "for", "of", "on", "at", "re", "with", "and")
    + ("from", "in", "into", "by")  # "the sign-ins from sunday's open house"
    + ("off", "up", "out", "back", "over", "down")  # "did ben take the hursts off yet?": a verb's particle
    + ("one", "request", "order", "task", "errand", "reminder", "booking", "bookings", "appointment")
    # what a calendar draft does, not which event: "the walkthrough move" is the move of the walkthrough
    + ("move", "change", "cancellation")
    # the kind of errand, not which one: "the postcard mailing" is the request to send the postcards
    + ("mailing", "mailings", "supplies", "errands")
    # "is the garcias thing done?": words that say only that something was asked for
    + ("thing", "things", "stuff", "job", "item", "matter", "business", "bit", "whatever", "that", "this")
)


def telling_words(text: str) -> frozenset[str]:
    """The words of `text` that tell one thing from another (all of them when every one is filler)."""
    words = frozenset(_WORD.findall(text.lower()))
    return words - _FILLER or words


def names(words: str, text: str) -> bool:
    """Whether every telling word of `words` is in `text`, in any of its forms: a plural matches its singular,
    "the walkthrough confirmation" the request to "confirm tomorrow's walkthrough"."""
    wanted, present = telling_words(words), frozenset(_WORD.findall(text.lower()))
    stems = {_stem(w) for w in present}
    return bool(wanted) and all(w in present or _stem(w) in stems or _misspelt(w, present) for w in wanted)


def _misspelt(word: str, present: frozenset[str]) -> bool:
    """Whether a long word is one slip of the keys away from one that is there: a letter more, less or other,
    or two swapped ("tonner" for "toner", "keybaord" for "keyboard"; two words of five letters, "tones" and
    "toner", are words of their own)."""
    return any(
        min(len(word), len(other)) >= 5 and max(len(word), len(other)) >= 6 and OSA.distance(word, other) <= 1
        for other in present
    )


# Endings that make a noun or a tense of a verb; what is left must still be a word of its own (4 letters)
_ENDINGS = ("ations", "ation", "ments", "ment", "ings", "ing", "ed")
# Nouns that only look like a verb's "-ing": "the mailing list" is no "listing", "the team meeting" no "meet"
_ING_NOUNS = frozenset(
    ("listing", "listings", "closing", "closings", "building", "meeting", "meetings", "setting", "settings")
    + ("morning", "evening", "wedding", "ceiling", "housing", "clothing", "opening", "painting", "thing")
)


def _stem(word: str) -> str:
    """`word` without the ending that makes it a plural, a noun or a tense: "confirmation" and "confirmed"
    are "confirm", "screening" "screen", "pods" "pod", "reserve" and "reservation" "reserv"."""
    if word not in _ING_NOUNS:
        for ending in _ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                return word[: -len(ending)]
    word = word.removesuffix("s")
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


def named(words: str, things: Iterable[T], text_of: Callable[[T], str]) -> list[T]:
    """The things that `words` names, in their order."""
    return [thing for thing in things if names(words, text_of(thing))]
