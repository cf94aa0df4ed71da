"""`jane parse`: how Jane understands messages, one JSON object per line (README, Commands)."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import UsageError
from bot.parser import parse
from bot.parser.context import ContextError, read_topics


def run(args: Any) -> int:
    """Answers `args.text`, or every line of standard input in order (an empty line too), each read against
    the same `--context` when one is given."""
    zone = _zone(args.tz) if args.tz else local_zone()
    now = _moment(args.now, zone) if args.now else datetime.now(zone)
    context = _context(args.context, zone) if getattr(args, "context", None) is not None else None
    out = _utf8(sys.stdout)
    if args.text is not None:
        _answer(args.text, now, zone, context, out)
        return 0
    lines = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    for line in lines:
        _answer(line.rstrip("\r\n"), now, zone, context, out)
    return 0


def _answer(text: str, now: datetime, zone: tzinfo, context: Mapping[str, Any] | None, out: TextIO) -> None:
    answer = {"text": text, **parse(text, now, zone, context).as_dict()}
    out.write(json.dumps(answer, ensure_ascii=False) + "\n")
    out.flush()  # a pipe reading one answer per question must not wait for the buffer


def _context(value: str, zone: tzinfo) -> Mapping[str, Any]:
    """The `--context` JSON, checked topic by topic so that a mistake is named rather than ignored."""
    try:
        context = json.loads(value)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise UsageError(f"--context is not JSON: {error.msg} ({where})") from None
    if not isinstance(context, dict):
        example = '{"deal": {"name": "Baker", "at": "2026-11-25T08:58:00-06:00"}}'
        raise UsageError(f"--context must be a JSON object of topics, e.g. {example}")
    try:
        read_topics(context, zone, strict=True)
    except ContextError as error:
        raise UsageError(f"--context: {error}") from None
    return context


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
    return datetime.now().astimezone().tzinfo or UTC


def _utf8(stream: TextIO) -> TextIO:
    if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
        stream.reconfigure(encoding="utf-8")
    return stream
