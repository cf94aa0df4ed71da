"""Time spent as people type it ("45", "45m", "1h 15m", "1.5h", "an hour") and as Jane writes it back."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

MAX_ENTRY_MINUTES = 24 * 60  # one entry covers at most a day's work: a bigger number is a typo

_HOURS = r"h|hr|hrs|hour|hours"
_MINUTES = r"m|min|mins|minute|minutes"
_AMOUNT = r"\d+(?:\.\d+)?|half an?|an?"
_PART = re.compile(rf"(?P<amount>{_AMOUNT})\s*(?P<unit>{_HOURS}|{_MINUTES})?(?![a-z])")
_CLOCK = re.compile(r"(?P<hours>\d+):(?P<minutes>[0-5]\d)")
_SIGN = re.compile(r"^(?P<sign>[-+−])\s*")
_JOINERS = re.compile(r"\s*(?:,|\band\b)\s*")
_WITH_UNIT = re.compile(rf"(?:\d|\ban?)\s*(?:{_HOURS}|{_MINUTES})$|\d:[0-5]\d$")
_LOOKS_TIMED = re.compile(rf"[-+−]?\d[\d.:]*(?:{_HOURS}|{_MINUTES})")


class UnreadableDuration(ValueError):
    """The words are not a time spent that Jane can read (or not one she accepts)."""


def read_minutes(text: str, *, signed: bool = False) -> int:
    """Whole minutes in `text`: a bare number is minutes, hours may be decimal ("1.5h"), "1:15" is h:mm.

    A leading minus (a correction) is read only when `signed`; more than a day is refused.
    """
    words = _JOINERS.sub(" ", " ".join(text.lower().split())).strip()
    sign = 1
    found_sign = _SIGN.match(words)
    if found_sign:
        if found_sign["sign"] != "+" and not signed:
            _refuse(text)
        sign = 1 if found_sign["sign"] == "+" else -1
        words = words[found_sign.end() :]
    minutes = _clock(words) if _CLOCK.fullmatch(words) else _parts(words, text)
    if minutes > MAX_ENTRY_MINUTES:
        raise UnreadableDuration(text)
    return sign * minutes


def _clock(words: str) -> int:
    found = _CLOCK.fullmatch(words)
    assert found is not None
    return int(found["hours"]) * 60 + int(found["minutes"])


def _parts(words: str, text: str) -> int:
    """ "1h 15m", "1 hour 15 minutes", "1h 15", "90": hours then minutes, each at most once; a bare number
    is minutes."""
    total, position, units = Decimal(0), 0, []
    for part in _PART.finditer(words):
        if words[position : part.start()].strip() or (
            part["unit"] is None and not part["amount"][0].isdigit()
        ):
            _refuse(text)  # words between the parts, or "an" with no unit
        unit = "h" if part["unit"] in _HOURS.split("|") else "m"
        amount = _amount(part["amount"], text)
        if unit == "m" and amount != amount.to_integral_value():
            _refuse(text)  # "1.5m": minutes are whole
        units.append(unit)
        total += amount * (60 if unit == "h" else 1)
        position = part.end()
    if words[position:].strip() or units not in (["h"], ["m"], ["h", "m"]):
        _refuse(text)
    return int(total.to_integral_value())


def _amount(amount: str, text: str) -> Decimal:
    if amount in ("a", "an"):
        return Decimal(1)
    if amount.startswith("half"):
        return Decimal("0.5")
    try:
        return Decimal(amount)
    except InvalidOperation:
        _refuse(text)
        raise  # unreachable: _refuse raises


def _refuse(text: str) -> int:
    raise UnreadableDuration(text)


def show(minutes: int) -> str:
    """ "1h 15m", "45m", "2h"; a negative total (a correction shown alone) keeps its sign."""
    sign, minutes = ("-" if minutes < 0 else ""), abs(minutes)
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{sign}{hours}h {rest}m"
    return f"{sign}{hours}h" if hours else f"{sign}{rest}m"


def spoken(minutes: int) -> str:
    """A length as said: "30 minutes", "an hour", "2 hours", "1h 30m" (a mixed length stays short)."""
    hours, rest = divmod(abs(minutes), 60)
    if not hours:
        return f"{rest} minute{'s' if rest != 1 else ''}"
    if rest:
        return show(minutes)
    return "an hour" if hours == 1 else f"{hours} hours"


def leading(words: str, *, signed: bool = False) -> tuple[int | None, str]:
    """A time spent at the start of `words`, written with its unit (so a note may begin with a number),
    and the rest: "45m ordered paper" → (45, "ordered paper"); "5 reams" → (None, "5 reams").

    A first word that is a number with a unit Jane cannot accept ("25h") raises UnreadableDuration.
    """
    tokens = words.split()
    for count in range(min(len(tokens), 5), 0, -1):
        head = " ".join(tokens[:count])
        if not _WITH_UNIT.search(head.lower()):
            continue
        try:
            return read_minutes(head, signed=signed), " ".join(tokens[count:])
        except UnreadableDuration:
            continue
    if tokens and _LOOKS_TIMED.fullmatch(tokens[0].lower()):
        raise UnreadableDuration(tokens[0])
    return None, words
