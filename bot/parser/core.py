"""`parse(text, now, tz, context)`: a pure function from a message to what its writer means.

The intents and slots are the README's, section "`jane parse`".
"""

from __future__ import annotations

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
