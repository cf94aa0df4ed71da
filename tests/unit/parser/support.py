"""Shared reference moment for the parser tests: Wednesday 2026-11-25 09:00 in Chicago."""

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.parser import Parsed, parse

CHICAGO = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=CHICAGO)


def understood(text: str, now: datetime = NOW, tz: str | ZoneInfo = CHICAGO) -> Parsed:
    return parse(text, now, tz)


def table(block: str) -> list[str]:
    """One sentence per non-blank line of a literal block."""
    return [line.strip() for line in block.strip().splitlines() if line.strip()]
