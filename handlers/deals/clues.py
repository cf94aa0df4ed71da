"""A deal named by something other than its name: its price ("the 365k one"), its next step ("the one with the
walkthrough"), or the title of an event about it ("Jones final walkthrough" is the Elm St deal's walkthrough,
not the other Jones deal's).

Used only after the name alone has not settled it (status.status): to break a tie between deals whose names
fit equally, or to find the deal when no name fits at all. A clue that fits two deals as well settles nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation

from handlers.core.context import Context
from storage.models import Deal
from storage.repositories import deals as repo

_PRICE = re.compile(r"\$?(?P<number>\d+(?:[.,]\d+)*)\s*(?P<unit>k|m|thousand|million|mil)?\b", re.IGNORECASE)
_UNITS = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mil": 1_000_000, "million": 1_000_000}
CLOSE_ENOUGH = Decimal("0.01")  # "the 365k one" is a deal of $365,000 (or $365,400)
_WORD = re.compile(r"[a-z]{3,}")
# Words any deal or event could be described with: they tell no deal apart.
_SAID_OF_ANY = frozenset(
    ("the", "and", "one", "with", "for", "that", "this", "deal", "deals", "about", "due", "back", "our")
    + ("their", "his", "her")
    + ("listing", "property", "place", "house", "home", "call", "meeting", "appointment", "next", "step")
)


def deals_behind(ctx: Context, titles: Iterable[str]) -> dict[str, str]:
    """For each event title about one of the asker's deals ("Jones final walkthrough"), that deal's name."""
    described = _words_of(repo.for_client(ctx.session, ctx.asker))  # read once for every title
    found = {title: _best(_stems(title), described) for title in set(titles)}
    return {title: deal.name for title, deal in found.items() if deal is not None}


def by_clue(words: str, deals: Sequence[Deal]) -> Deal | None:
    """The one deal among `deals` that `words` point to by price or by the words of its next step and name."""
    return _by_price(words, deals) or _by_words(words, deals)


def _by_price(words: str, deals: Sequence[Deal]) -> Deal | None:
    said = [amount for match in _PRICE.finditer(words) if (amount := _amount(match)) is not None]
    fitting = [
        deal
        for deal in deals
        if deal.amount is not None and any(_near(Decimal(deal.amount), amount) for amount in said)
    ]
    return fitting[0] if len(fitting) == 1 else None


def _amount(match: re.Match[str]) -> Decimal | None:
    try:
        number = Decimal(match.group("number").replace(",", ""))
    except InvalidOperation:
        return None
    unit = (match.group("unit") or "").lower()
    if unit:
        return number * _UNITS[unit]
    return number * 1_000 if number < 10_000 else number  # "the 365 one": prices are said in thousands


def _near(amount: Decimal, said: Decimal) -> bool:
    return amount > 0 and abs(amount - said) / amount <= CLOSE_ENOUGH


def _by_words(words: str, deals: Sequence[Deal]) -> Deal | None:
    return _best(_stems(words), _words_of(deals))


def _words_of(deals: Sequence[Deal]) -> list[tuple[Deal, set[str]]]:
    """Each deal with the telling words of its name and next step."""
    return [(deal, _stems(f"{deal.name} {deal.next_step or ''}")) for deal in deals]


def _best(said: set[str], described: Sequence[tuple[Deal, set[str]]]) -> Deal | None:
    """The deal sharing the most of the words said, when it shares some and no other shares as many."""
    scored = sorted(((len(said & words), deal) for deal, words in described), key=lambda pair: -pair[0])
    if not said or not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _stems(text: str) -> set[str]:
    """Words cut to five letters, so "walkthrough" and "walk-through", "inspection" and "inspector" meet."""
    return {word[:5] for word in _WORD.findall(text.lower().replace("-", "")) if word not in _SAID_OF_ANY}
