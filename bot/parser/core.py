"""`parse(text, now, tz)`: a pure function from a client's message to what they mean (DESIGN.md §5)."""

from __future__ import annotations

from datetime import datetime, tzinfo
from types import MappingProxyType
from zoneinfo import ZoneInfo

from bot.parser.model import UNKNOWN, Parsed
from bot.parser.normalize import casing, normalize, strip_markup
from bot.parser.recognize import recognise
from bot.parser.slots import Message, slots_for
from bot.parser.template import body, templated, within
from bot.parser.times import scan
from handlers.phases.duties import phase_of


def parse(text: str, now: datetime, tz: str | tzinfo) -> Parsed:
    """What a client means by `text`, with times resolved in their zone `tz` against `now`."""
    clean = strip_markup(text or "")
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
    message = Message(clean, words, request, cased, within(words, pieces, template, request), now, zone)
    slots = slots_for(found.intent, found.subject, message)
    return Parsed(found.intent, found.duty, phase_of(found.duty), MappingProxyType(slots))
