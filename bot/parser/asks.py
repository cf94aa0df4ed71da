"""Two asks in one message: "how is the baker street duplex doing and when is it supposed to close?", "can u
get the open house flyers printed and also am i free tmrw at 2". Jane answers them in turn, the second read
against what the first talked about (README.md, "Two asks in one message").

A message is split only where a second ask plainly begins (a joining word and a question word or a verb
Jane acts on, or a new question after a question mark) and both halves read as asks of their own; an
errand with two parts ("order paper and get toner") stays one errand, and anything else stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Any

from bot.parser.core import parse, subject_asked_after
from bot.parser.indirect import direct
from bot.parser.model import Parsed

_OPENS_AN_ASK = (
    r"(?:how|hows|what|whats|when|whens|where|wheres|who|whos|which|is|are|am|do|does|did|can|could|will|would"
    r"|has|have|order|book|schedule|send|remind|cancel|move|add|get|print|mail|set|tell|show|find|check"
    r"|pull|give|let)\b"
)
# Words between two asks that ask nothing: "and while I've got you, what did ben do?", "if not, 11:30?"
_ASIDE = (
    r"(?:while i(?: ha|')?ve got you|while i have you|while i(?:'m| am|m) (?:here|at it)"
    r"|while we(?:'re| are) at it|btw|by the way|one more thing|another thing|if not"
    r"|otherwise|failing that|if that(?:'s| is) taken|if i(?:'m| am) not)"
)
_JOIN = re.compile(
    rf"\s*,?\s+(?:and also|and then|oh and|and|also|plus)\s*,?\s+(?:{_ASIDE}\s*,?\s+)?(?={_OPENS_AN_ASK})"
    rf"|(?<=\?)\s+(?:(?:and also|oh and|and|also|plus)\s*,?\s+)?(?:(?:and |or )?{_ASIDE}\s*,?\s+)?"
    rf"(?={_OPENS_AN_ASK})",
    re.IGNORECASE,
)
# "how are the Oak Ave deal and the Baker Street duplex both doing?": one question of two things
_TWO_THINGS = re.compile(
    r"^(?P<lead>.*?\b(?:how are|how're|what(?:'s| is) the status (?:of|on)|status (?:of|on)|any news on"
    r"|where are we (?:at )?(?:on|with)|updates? on))\s+(?P<a>[^,?]+?)\s+and\s+(?P<b>[^,?]+?)"
    r"(?P<both>\s+both)?"
    r"(?P<tail>\s+(?:doing|going|looking|coming along|getting on))?\s*\?*\s*$",
    re.IGNORECASE,
)
_STATUS_ASKS = frozenset(("deal.status", "request.status"))
_NOW_FIRST = re.compile(r"^\s*(?:(?:and|so|ok|okay|what about)\s+)?now\s*\?+\s+(?=\w)", re.IGNORECASE)
# "let me know soon", "tell me asap": the first ask's answer wanted, no errand of its own
_ANSWER_WANTED = re.compile(
    r"^(?:(?:please|pls|and|so|just)\s+)*(?:let me know|tell me|lmk|keep me posted|get back to me)\b"
    r"(?!\s+(?:what|when|where|who|which|how|if|whether)\b)",
    re.IGNORECASE,
)
_TRIED = 3  # places a second ask could begin; a long message is read a bounded number of times
_NOT_ASKS = frozenset(("unknown", "smalltalk", "help"))


def asks(
    text: str, now: datetime, tz: str | tzinfo, context: Mapping[str, Any] | None = None
) -> tuple[str, ...]:
    """The asks of a message in the order they were made: two when it plainly holds two, else the message.
    Two asks asked indirectly ("could you tell me which phase I'm on, and what the next one gives me?") are
    split as they would be asked straight out."""
    said = direct(text)
    if (bare := _NOW_FIRST.match(said)) is not None:
        # "and now? has he picked it up?": "now?" only says the question is asked again
        return asks(said[bare.end() :], now, tz, context)
    both = _each_of_two(said, now, tz, context)
    if both is not None:
        return both
    for join in list(_JOIN.finditer(said))[:_TRIED]:
        first, second = said[: join.start()].strip(" ,"), said[join.end() :].strip(" ,")
        if not first or not second:
            continue
        one, two = parse(first, now, tz, context), parse(second, now, tz, context)
        if one.intent == two.intent == "task.create":
            continue  # one errand in two parts
        if two.intent == "task.create" and two.duty == "general" and _ANSWER_WANTED.match(second):
            continue  # "am I busy at 10:30? let me know soon, they're holding it": the question, urged
        if (_an_ask(one) or _asked_after(one, first, now, tz)) and (_an_ask(two) or _pointing(two, second)):
            return first, second
    return (text,)


def _each_of_two(
    said: str, now: datetime, tz: str | tzinfo, context: Mapping[str, Any] | None
) -> tuple[str, str] | None:
    """ "how are the Oak Ave deal and the Baker Street duplex both doing?" asked of each in turn, when each
    reads as a question about one deal or request; None otherwise."""
    two = _TWO_THINGS.match(said)
    if two is None:
        return None
    lead = re.sub(r"\bhow(?: are|'re)$", "how is", two.group("lead"), flags=re.IGNORECASE)
    tail = two.group("tail") or ""
    first, second = (f"{lead} {two.group(key)}{tail}?" for key in ("a", "b"))
    readings = parse(first, now, tz, context), parse(second, now, tz, context)
    if all(reading.intent in _STATUS_ASKS for reading in readings):
        return first, second
    # "how are oak and baker both doing?": words that could name a person as well as a deal, asked of both
    # together; the client's deals decide (README.md, "A question of a word or two")
    both = two.group("both") is not None
    asked_of_each = all(
        reading.intent in _STATUS_ASKS or reading.intent == "unknown" and subject_asked_after(part, now, tz)
        for reading, part in zip(readings, (first, second), strict=True)
    )
    return (first, second) if both and asked_of_each else None


def _an_ask(reading: Parsed) -> bool:
    """A reading Jane answers or files, not one she would ask back about."""
    return reading.intent not in _NOT_ASKS


def _asked_after(reading: Parsed, said: str, now: datetime, tz: str | tzinfo) -> bool:
    """ "hows lakeview doing": a question about something the client's deals may name, which Jane answers
    when they do (README.md, "A question of a word or two")."""
    return (
        reading.intent == "unknown" and not reading.slots and subject_asked_after(said, now, tz) is not None
    )


def _pointing(reading: Parsed, said: str) -> bool:
    """ "when is it supposed to close?", "what time does it start?": a question about what the first ask
    will have talked about."""
    if reading.intent != "unknown":
        return False
    return reading.slots.get("follow_up") in ("pronoun", "ellipsis") or bool(_ASKED_OF_IT.match(said))


# A question that points back: "what time does it start?", "where is that?"
_ASKED_OF_IT = re.compile(
    r"^(?:when|where|what time|how long|who|what)\b.*\b(?:it|that|there|that one|this one|they)\b",
    re.IGNORECASE,
)
