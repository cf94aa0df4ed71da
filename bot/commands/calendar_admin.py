"""`jane admin event add CLIENT_USER_ID TITLE --start ISO [--end ISO] [--all-day] [--location] [--link]`.

Adds an event to the client's local calendar (the embedded default and the demo). The event's key comes
from what it is, so running the same command twice leaves one event, as `jane admin` promises.
"""

from __future__ import annotations

import argparse
import hashlib
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.commands._database import sessions_for
from bot.commands.admin import USER_ID
from bot.errors import UsageError
from bot.settings import load_settings
from handlers.core.timefmt import plain_day, plain_span, zone_of
from storage.db import unit_of_work
from storage.models import CalendarEvent
from storage.repositories import calendar_events, people
from storage.repositories.calendar_events import utc_midnight

MAX_TEXT = 300


def run(args: argparse.Namespace) -> int:
    _check(args)
    with sessions_for(load_settings()) as sessions, unit_of_work(sessions) as session:
        client = people.find(session, args.client_user_id)
        if client is None or client.client is None:
            raise UsageError(f"{args.client_user_id} is not a client; add them with `jane admin client add`")
        zone = zone_of(client)
        line = _all_day(session, client, args, zone) if args.all_day else _timed(session, client, args, zone)
    print(line)
    return 0


def _timed(session, client, args: argparse.Namespace, zone: ZoneInfo) -> str:
    start, end = _moment(args.start, zone, "--start"), _moment(args.end, zone, "--end")
    if end <= start:
        raise UsageError("--end must be after --start")
    verb = _store(session, client, args, starts_at=start, ends_at=end, all_day=False)
    return f"{verb} “{args.title}” for {client.user_id}: {plain_span(start, end, zone)}."


def _all_day(session, client, args: argparse.Namespace, zone: ZoneInfo) -> str:
    first = _day(args.start, "--start")
    last = _day(args.end, "--end") if args.end else first
    if last < first:
        raise UsageError("--end must not be before --start")
    after_last = utc_midnight(last + timedelta(days=1))  # stored end-exclusive, as Google does
    verb = _store(session, client, args, starts_at=utc_midnight(first), ends_at=after_last, all_day=True)
    days = plain_day(first) if last == first else f"{plain_day(first)} to {plain_day(last)}"
    return f"{verb} “{args.title}” for {client.user_id}: all day, {days}."


def _store(session, client, args: argparse.Namespace, **when) -> str:
    """Insert unless the same command ran before (its key is derived from what it adds)."""
    what = "|".join(str(part) for part in (args.title, args.start, args.end, args.all_day))
    key = "admin-" + hashlib.sha256(what.encode()).hexdigest()[:24]
    if calendar_events.find(session, client.id, key) is None:
        session.add(CalendarEvent(client_id=client.id, event_key=key, title=args.title.strip(),
                                  location=args.location, link=args.link, **when))  # fmt: skip
        return "Added"
    return "Already there:"


def _check(args: argparse.Namespace) -> None:
    if not USER_ID.match(args.client_user_id):
        raise UsageError(f"{args.client_user_id!r} is not a Slack user id (U… or W…, e.g. U012AB3CD)")
    for flag in ("title", "location", "link"):
        value = getattr(args, flag)
        if value is not None and not 0 < len(value.strip()) <= MAX_TEXT:
            name = "the title" if flag == "title" else f"--{flag}"
            raise UsageError(f"{name} must be 1 to {MAX_TEXT} characters")
    if args.link is not None and not args.link.startswith(("https://", "http://")):
        raise UsageError("--link must be an http(s) URL")
    if not args.all_day and args.end is None:
        raise UsageError("--end is required for an event with times (or use --all-day)")


def _moment(text: str, zone: ZoneInfo, flag: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} {text!r} is not a date-time; use e.g. 2026-03-10T12:00") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _day(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{flag} {text!r} is not a date; use YYYY-MM-DD with --all-day") from None
