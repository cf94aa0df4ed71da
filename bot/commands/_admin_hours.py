"""`jane admin hours`: the month's time on requests, per client and per person, as text or CSV (invoicing).

A month is each client's own: from midnight on the 1st to midnight on the 1st of the next month in the
client's time zone (handlers/hours/report.py), so the hours match what the client sees in their App Home.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from bot.commands._admin_people import client_of
from bot.errors import UsageError
from bot.settings import Settings
from handlers.core.duration import show
from handlers.hours.report import Days, Line, month, totals
from storage.repositories import people

MONTH = re.compile(r"^(\d{4})-(\d{2})$")
CSV_COLUMNS = (
    "month", "client", "client_name", "client_tz", "person", "person_name", "minutes", "hours", "entries",
)  # fmt: skip


def the_month(text: str | None) -> Days:
    """`--month YYYY-MM` (this month, by UTC, when not given); a bad one is a usage error."""
    if text is None:
        now = datetime.now(UTC)
        return month(now.year, now.month)
    found = MONTH.match(text.strip())
    if found is None or not 1 <= int(found[2]) <= 12 or int(found[1]) < 1:
        raise UsageError(f"--month {text!r} is not a month; use YYYY-MM, e.g. 2026-11")
    return month(int(found[1]), int(found[2]))


def hours_report(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    days = the_month(args.month)
    clients = [client_of(session, args.client)] if args.client else people.clients(session)
    lines = totals(session, days, clients)
    return _csv(lines, days) if args.csv else _text(lines, days)


def _csv(lines: list[Line], days: Days) -> list[str]:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for line in lines:
        writer.writerow(
            (
                f"{days.first:%Y-%m}",
                line.client.user_id,
                line.client.name or "",
                line.client.tz,
                line.person.user_id if line.person else "",
                (line.person.name or "") if line.person else "",
                line.minutes,
                f"{Decimal(line.minutes) / 60:.2f}",
                line.entries,
            )
        )
    return [out.getvalue().rstrip("\n")]


def _text(lines: list[Line], days: Days) -> list[str]:
    out = [f"Hours for {days.label()} (each client's month in their own time zone):"]
    if not lines:
        return [*out, "  no time logged."]
    current = None
    for line in lines:
        if line.client.id != current:
            current = line.client.id
            of_client = sum(other.minutes for other in lines if other.client.id == current)
            out.append(f"  {line.client.user_id}  {line.client.label}  ({line.client.tz}): {show(of_client)}")
        who = f"{line.person.user_id}  {line.person.label}" if line.person else "(removed)"
        entries = f"{line.entries} entr{'y' if line.entries == 1 else 'ies'}"
        out.append(f"    {who}: {show(line.minutes)} in {entries}")
    out.append(f"  Total: {show(sum(line.minutes for line in lines))}")
    return out
