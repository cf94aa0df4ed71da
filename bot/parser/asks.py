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

from bot.parser.core import parse
from bot.parser.indirect import direct
from bot.parser.model import Parsed

_OPENS_AN_ASK = (
    r"(?:how|what|whats|when|whens|where|wheres|who|whos|which|is|are|am|do|does|did|can|could|will|would"
    r"|has|have|order|book|schedule|send|remind|cancel|move|add|get|print|mail|set|tell|show|find|check"
    r"|pull|give|let)\b"
)
_JOIN = re.compile(
    rf"\s*,?\s+(?:and also|and then|oh and|and|also|plus)\s*,?\s+(?={_OPENS_AN_ASK})"
    rf"|(?<=\?)\s+(?={_OPENS_AN_ASK})",
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
    for join in list(_JOIN.finditer(said))[:_TRIED]:
        first, second = said[: join.start()].strip(" ,"), said[join.end() :].strip(" ,")
        if not first or not second:
            continue
        one, two = parse(first, now, tz, context), parse(second, now, tz, context)
        if one.intent == two.intent == "task.create":
            continue  # one errand in two parts
        if _an_ask(one) and (_an_ask(two) or _pointing(two)):
            return first, second
    return (text,)


def _an_ask(reading: Parsed) -> bool:
    """A reading Jane answers or files, not one she would ask back about."""
    return reading.intent not in _NOT_ASKS


def _pointing(reading: Parsed) -> bool:
    """ "when is it supposed to close?": a question about what the first ask will have talked about."""
    return reading.intent == "unknown" and reading.slots.get("follow_up") == "pronoun"
