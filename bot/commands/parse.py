"""`jane parse`: how Jane understands messages, one JSON object per line (CONTRACT.md)."""

from __future__ import annotations

import io
import json
import os
import sys
from datetime import datetime, tzinfo
from typing import TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import UsageError
from bot.parser import parse


def run(args) -> int:
    """Answers `args.text`, or every line of standard input in order (an empty line too)."""
    zone = _zone(args.tz) if args.tz else local_zone()
    now = _moment(args.now, zone) if args.now else datetime.now(zone)
    out = _utf8(sys.stdout)
    if args.text is not None:
        _answer(args.text, now, zone, out)
        return 0
    lines = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    for line in lines:
        _answer(line.rstrip("\r\n"), now, zone, out)
    return 0


def _answer(text: str, now: datetime, zone: tzinfo, out: TextIO) -> None:
    answer = {"text": text, **parse(text, now, zone).as_dict()}
    out.write(json.dumps(answer, ensure_ascii=False) + "\n")
    out.flush()  # a pipe reading one answer per question must not wait for the buffer


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UsageError(f"unknown time zone {name!r} (use an IANA name such as America/Chicago)") from None


def _moment(value: str, zone: tzinfo) -> datetime:
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(
            f"--now {value!r} is not an ISO 8601 date-time (e.g. 2026-11-25T09:00:00-06:00)"
        ) from None
    return moment.astimezone(zone) if moment.tzinfo else moment.replace(tzinfo=zone)


def local_zone() -> tzinfo:
    """This machine's zone: $TZ or /etc/localtime as an IANA zone where it can tell, else its offset."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        link = os.readlink("/etc/localtime")
        candidates.append(link.partition("zoneinfo/")[2])
    except OSError:
        pass
    for name in filter(None, candidates):
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return datetime.now().astimezone().tzinfo


def _utf8(stream: TextIO) -> TextIO:
    if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
        stream.reconfigure(encoding="utf-8")
    return stream
