"""Matches the client's words for a deal against their deals' names, asking back rather than guessing.

Names and words are compared after normalising both the same way (case, punctuation, possessive and
plural "s", filler words such as "deal" or "closing"), with rapidfuzz's token-set ratio. That ratio is
100 whenever one side's words are a subset of the other's, so "Jones" scores 100 against both
"Jones – 14 Elm St" and "Jones – 9 Oak Ave": a match needs a high score *and* a clear lead, otherwise the
close names come back as candidates for Jane to ask about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

ACCEPT = 90  # a score this high can be taken without asking ("Thompson" for "Thomson" still asks)
LEAD = 8  # and it must beat the runner-up by this much
CONSIDER = 65  # below this a deal is not even worth asking about ("Johnson" is not "Jones")
FILLER = frozenset(
    ("the", "a", "an", "my", "our", "their", "his", "her", "this", "that", "on", "with", "for", "of", "and")
    + ("in", "at", "deal", "deals", "closing", "close", "purchase", "purchases", "listing", "listings")
    + ("sale", "sales", "transaction", "escrow", "file", "account")
    # "the Elm St place", "the Oak house": what the deal is, said of any deal
    + ("place", "property", "house", "home")
)
# An address's street type as its usual abbreviation, so "the elm street deal" names "14 Elm St", not the
# "Baker Street duplex" its full word would share.
_STREET_TYPES = {
    "street": "st", "avenue": "ave", "av": "ave", "drive": "dr", "road": "rd", "boulevard": "blvd",
    "lane": "ln", "court": "ct", "terrace": "ter", "parkway": "pkwy", "highway": "hwy",
}  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+")
_POSSESSIVE = re.compile(r"['\u2019]s?\b")


@dataclass(frozen=True)
class DealMatch:
    """The deal meant (`match`), or the names close enough to ask about (`candidates`)."""

    match: str | None
    candidates: tuple[str, ...] = ()


def normalise(name: str) -> str:
    """The words that identify a deal: "the Joneses' closing" and "Jones" both read "jone"."""
    words = _WORD.findall(_POSSESSIVE.sub("", name.lower()))
    return " ".join(_singular(_STREET_TYPES.get(word, word)) for word in words if word not in FILLER)


def match_deal(words: str, deal_names: Sequence[str]) -> DealMatch:
    """The one deal `words` clearly names, else the candidates to ask about (none if nothing is close)."""
    query = normalise(words or "")
    if not deal_names:
        return DealMatch(None)
    if not query:  # "my deal", "the listing": only words every deal could be called
        return DealMatch(deal_names[0]) if len(deal_names) == 1 else _by_kind(words or "", deal_names)
    choices = _normalised(tuple(deal_names))
    exact = [index for index, choice in enumerate(choices) if choice == query]
    if len(exact) == 1:
        return DealMatch(deal_names[exact[0]])
    scored = _scores(query, choices)
    if not scored:
        return DealMatch(None)
    best, runner_up = scored[0][1], scored[1][1] if len(scored) > 1 else 0
    if best >= ACCEPT and best - runner_up >= LEAD:
        return DealMatch(deal_names[scored[0][2]])
    return DealMatch(None, tuple(deal_names[index] for _, score, index in scored if best - score < LEAD))


# Filler words that still tell deals apart when they are all that was said: "the listing" is the one deal
# called a listing ("Lakeview listing"); where several are, they are the ones to ask about.
KINDS = frozenset(("listing", "closing", "purchase", "sale", "transaction", "escrow"))


def _by_kind(words: str, deal_names: Sequence[str]) -> DealMatch:
    said = {_singular(word) for word in _WORD.findall(words.lower())} & KINDS
    if not said:
        return DealMatch(None)
    called = [name for name in deal_names if said & {_singular(w) for w in _WORD.findall(name.lower())}]
    return DealMatch(called[0]) if len(called) == 1 else DealMatch(None, tuple(called))


def _scores(query: str, choices: Sequence[str]) -> list[tuple[str, float, int]]:
    from rapidfuzz import fuzz, process  # noqa: PLC0415 - keeps `jane parse` start-up light

    return process.extract(query, choices, scorer=fuzz.token_set_ratio, limit=6, score_cutoff=CONSIDER)


@lru_cache(maxsize=64)
def _normalised(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normalise(name) for name in names)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith(("ses", "xes", "zes", "ches", "shes")):
        word = word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
