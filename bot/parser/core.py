"""`parse(text, now, tz, context)`: a pure function from a message to what its writer means.

The intents and slots are the README's, section "`jane parse`".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, tzinfo
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

from bot.parser.context import read_topics
from bot.parser.followup import follow_up, turn
from bot.parser.fronted import unfronted
from bot.parser.message import Message
from bot.parser.model import UNKNOWN, Parsed
from bot.parser.normalize import casing, normalize, strip_markup
from bot.parser.recognize import recognise
from bot.parser.slots import slots_for
from bot.parser.template import body, templated, within
from bot.parser.times import scan
from handlers.phases.duties import phase_of


def parse(text: str, now: datetime, tz: str | tzinfo, context: Mapping[str, Any] | None = None) -> Parsed:
    """What a client means by `text`, with times resolved in their zone `tz` against `now`; `context` holds
    the conversation's last topics (README.md, `jane parse --context`), against which follow-ups are read."""
    clean = unfronted(strip_markup(text or ""))
    if not clean:
        return UNKNOWN
    named = _named_then_asked(clean)
    if named is not None:
        return parse(named, now, tz, context)
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    now = now.astimezone(zone) if now.tzinfo else now.replace(tzinfo=zone)
    words = normalize(clean)
    pieces = scan(words, now)
    cased = casing(clean)
    template = templated(words, pieces)
    request = body(template)
    found = recognise(words, request, cased)
    request = found.body or request
    kept = within(words, pieces, template, request)
    message = Message(clean, words, request, cased, kept, now, zone, found.groups)
    slots = slots_for(found.intent, found.subject, message)
    followed = follow_up(turn(message, template, found, slots, read_topics(context, zone)))
    return followed or Parsed(found.intent, found.duty, phase_of(found.duty), MappingProxyType(slots))


# "what about maria, which phase is she in?": a person named first, then the question about them by pronoun
_NAMED_FIRST = re.compile(
    r"^\s*(?:(?:ok|okay|so|and|but|hmm|um|right)[\s,]+)*(?:what|how) about (?P<who>[a-z][\w'.-]*)"
    r"\s*[,;:\-–—]+\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_PERSON_PRONOUN = re.compile(r"\b(?:she|he|they|him|them|her)\b", re.IGNORECASE)
_NO_NAME = frozenset(
    ("it", "that", "this", "those", "these", "them", "him", "her", "me", "us", "you", "tomorrow", "today",
     "now", "then", "the", "my", "our", "your", "next", "last", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "lunch", "dinner", "breakfast")
)  # fmt: skip


def _named_then_asked(clean: str) -> str | None:
    """The question of a message that names a person and then asks about them by pronoun, with the name in
    the pronoun's place ("which phase is maria in?"), so it reads as if asked in full; None otherwise."""
    match = _NAMED_FIRST.match(clean)
    if match is None or match.group("who").lower() in _NO_NAME:
        return None
    rest = match.group("rest")
    if not _PERSON_PRONOUN.search(rest):
        return None
    return _PERSON_PRONOUN.sub(match.group("who"), rest, count=1)
