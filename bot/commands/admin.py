"""`jane admin …`: people, deals and requests, for operators and scripts (README, Commands).

Every input is checked before anything is written, and each command is one transaction, so a refused
command changes nothing. Adding what exists updates it, so scripts can run the same command twice.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from bot.commands._admin_hours import hours_report
from bot.commands._admin_listings import listing, request_listing
from bot.commands._admin_outbox import inbox_listing, outbox_action, rotate_key
from bot.commands._admin_people import (
    NO_VA,
    admin_add,
    client_add,
    client_of,
    client_set,
    fill_from_slack,
    va_add,
    va_remove,
)
from bot.commands._database import sessions_for
from bot.errors import UsageError
from bot.settings import Settings, is_time_zone, load_settings
from handlers.deals.stages import DEFAULT, Pipeline, configured
from storage.db import unit_of_work
from storage.repositories import deals

USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_AMOUNT = Decimal("999999999999.99")  # what Numeric(14, 2) holds
NOTE = "jane admin deal add"  # on the deal's history, so a reader knows the change came from the CLI

Action = Callable[[Session, argparse.Namespace, Settings], list[str]]


def run(args: argparse.Namespace) -> int:
    settings = load_settings()
    _check(args, configured(settings))  # deal stages come from the deployment's JANE_PIPELINE
    action = ACTIONS[(args.kind, args.action)]
    if action is client_add:
        fill_from_slack(args, settings)  # before the transaction, which must not wait on Slack
    with sessions_for(settings) as sessions, unit_of_work(sessions) as session:
        lines = action(session, args, settings)
    # Printed only once committed, so what the operator reads is what was stored.
    for line in lines:
        print(line)
    for note in getattr(args, "notes", ()):
        print(f"jane: {note}", file=sys.stderr)
    return 0


# ---- checks that need no database: done before it is opened --------------------------------------


def _check(args: argparse.Namespace, pipe: Pipeline = DEFAULT) -> None:
    for flag, what in (("user_id", ""), ("client_user_id", ""), ("client", "--client "), ("va", "--va ")):
        value = getattr(args, flag, None)
        if value is not None and not (flag == "va" and value == NO_VA):
            _user_id(value, what)
    if getattr(args, "tz", None) is not None and not is_time_zone(args.tz):
        raise UsageError(f"unknown time zone {args.tz!r}; use an IANA name such as America/Chicago")
    if getattr(args, "email", None) is not None and not EMAIL.match(args.email):
        raise UsageError(f"{args.email!r} is not an email address")
    for flag in ("name", "calendar") if args.kind != "deal" else ():
        value = getattr(args, flag, None)
        if value is not None and not 0 < len(value.strip()) <= 200:
            raise UsageError(f"--{flag} must be 1 to 200 characters")
    if args.kind == "deal":
        args.stage = _stage(args.stage, pipe)
        args.close_date = _date(args.close_date)
        args.amount = _amount(args.amount)


def _user_id(value: str, what: str) -> None:
    if not USER_ID.match(value):
        raise UsageError(f"{what}{value!r} is not a Slack user id (U… or W…, e.g. U012AB3CD)")


def _stage(text: str, pipe: Pipeline) -> str:
    stage = pipe.normalise(text)
    if stage is None:
        raise UsageError(f"unknown stage {text!r}; the stages are {', '.join(pipe.ids)}")
    return stage


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--close-date {text!r} is not a date; use YYYY-MM-DD") from None


def _amount(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        amount = Decimal(text.replace(",", ""))
    except InvalidOperation:
        amount = None
    if amount is None or not amount.is_finite() or not 0 <= amount <= MAX_AMOUNT:
        raise UsageError(f"--amount {text!r} is not an amount; use a plain number such as 450000")
    return amount


# ---- deals (people are in _admin_people, listings in _admin_listings) -------------------------------


def deal_add(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    client = client_of(session, args.client_user_id).person
    name = args.name.strip()
    if not 0 < len(name) <= 200:
        raise UsageError("the deal's name must be 1 to 200 characters")
    given = {
        field: value
        for field, value in (
            ("stage", args.stage),
            ("next_step", args.next_step),
            ("close_date", args.close_date),
            ("amount", args.amount),
        )
        if value is not None
    }
    deal = deals.find_by_name(session, client, name)
    if deal is None:
        deal = deals.add(session, client, name, **given)
        deals.record_opened(session, deal, by=None, note=NOTE)
        stage = configured(settings).label(deal.stage)
        return [f'Added deal "{deal.name}" for {client.user_id} ({stage}).']
    changes = deals.update(session, deal, note=NOTE, **given)
    if not changes:
        return [f'Deal "{deal.name}" for {client.user_id} is already so; nothing changed.']
    what = "; ".join(f"{c.field} {c.from_value or '-'} → {c.to_value or '-'}" for c in changes)
    return [f'Updated deal "{deal.name}" for {client.user_id}: {what}.']


ACTIONS: dict[tuple[str, str], Action] = {
    ("va", "add"): va_add,
    ("va", "remove"): va_remove,
    ("admin", "add"): admin_add,
    ("client", "add"): client_add,
    ("client", "set"): client_set,
    ("deal", "add"): deal_add,
    ("list", "list"): listing,
    ("requests", "requests"): request_listing,
    ("outbox", "outbox"): outbox_action,
    ("inbox", "inbox"): inbox_listing,
    ("rotate-key", "rotate-key"): rotate_key,
    ("hours", "hours"): hours_report,
}
