"""Reads the `intent key=value ...` expectations of the follow-up and service tables, as README.md's
`jane parse` output would be checked by a reader: local days and minutes, other slots as written."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.unit.parser.support import CHICAGO

_PAIR = re.compile(r"(\w+)=(.*?)(?=\s+\w+=|$)")


def rows(name: str, columns: int) -> list[tuple[str, ...]]:
    lines = (Path(__file__).parent / name).read_text(encoding="utf-8").splitlines()
    return [
        tuple(part.strip() for part in line.split(" | ", columns - 1))
        for line in lines
        if line and line[0] != "#"
    ]


def _local(value: str) -> datetime:
    if len(value) == 10:
        return datetime.fromisoformat(value).replace(tzinfo=CHICAGO)
    return datetime.fromisoformat(value).astimezone(CHICAGO)


def _seen(key: str, slots: dict[str, Any]) -> str | None:
    if key == "dates":
        if "start" not in slots or "end" not in slots:
            return None
        last = _local(slots["end"]) - timedelta(seconds=1)
        return f"{_local(slots['start']).date()},{last.date()}"
    if key not in slots:
        return None
    value = slots[key]
    if (
        key in ("start", "end", "due", "from_start", "from_end")
        and isinstance(value, str)
        and len(value) > 10
    ):
        return _local(value).strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, list):  # "times=09:00,11:00": a list's items as written, by commas
        return ",".join(map(str, value))
    return str(value).lower() if isinstance(value, bool) else str(value)


def mismatches(expected: str, intent: str, slots: dict[str, Any]) -> list[str]:
    """What differs between `expected` ("intent key=value ...") and a parse's intent and slots."""
    want_intent, _, pairs = expected.partition(" ")
    faults = [f"intent {intent} != {want_intent}"] if intent != want_intent else []
    for key, value in _PAIR.findall(pairs):
        seen = _seen(key, slots)
        if seen != value.strip():
            faults.append(f"{key}: {seen!r} != {value.strip()!r}")
    return faults
