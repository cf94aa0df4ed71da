"""`jane admin …`: people, deals and requests, for operators and scripts (CONTRACT.md).

Every input is checked before anything is written, and each command is one transaction, so a refused
command changes nothing. Adding what exists updates it, so scripts can run the same command twice.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.commands._database import sessions_for
from bot.errors import UsageError
from bot.settings import Settings, is_time_zone, load_settings
from handlers.duties import granted_duties
from handlers.pipeline import DEFAULT, Pipeline, configured, label
from storage.db import unit_of_work
from storage.models import ClientProfile, Person, Request
from storage.repositories import deals, people, phases, requests

USER_ID = re.compile(r"^[UW][A-Z0-9]{2,}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NO_VA = "none"
MAX_AMOUNT = Decimal("999999999999.99")  # what Numeric(14, 2) holds

Action = Callable[[Session, argparse.Namespace, Settings], list[str]]


def run(args: argparse.Namespace) -> int:
    settings = load_settings()
    _check(args, configured(settings))  # deal stages come from the deployment's JANE_PIPELINE
    action = ACTIONS[(args.kind, args.action)]
    with sessions_for(settings) as sessions, unit_of_work(sessions) as session:
        lines = action(session, args, settings)
    # Printed only once committed, so what the operator reads is what was stored.
    for line in lines:
        print(line)
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


# ---- people ---------------------------------------------------------------------------------------


def va_add(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    person, verb = _upsert(session, args, settings, is_va=True)
    return [f"{verb} VA {_who(person)}."]


def va_remove(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    person = people.find(session, args.user_id)
    if person is None or not person.is_va:
        return [f"{args.user_id} is not a VA; nothing changed."]
    orphans = people.remove_va(session, person)
    if not orphans:
        return [f"{_who(person)} is no longer a VA."]
    ids = ", ".join(profile.person.user_id for profile in orphans)
    return [
        f"{_who(person)} is no longer a VA; their clients {ids} have no VA now "
        "(give them one with `jane admin client set USER_ID --va VA_USER_ID`)."
    ]


def admin_add(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    person, verb = _upsert(session, args, settings, is_admin=True)
    return [f"{verb} admin {_who(person)}."]


def client_add(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    va = _va(session, args.va)  # checked before anything is written
    person, _ = _upsert(session, args, settings)
    profile = person.client
    if profile is None:
        profile = people.make_client(session, person, args.phase)
        phases.record_start(session, profile, by=None)
        verb = "Added"
    else:
        if profile.phase != args.phase:
            phases.apply(session, profile, args.phase, by=None, note="jane admin client add")
        verb = "Updated"
    _set_client(profile, args, va)
    session.flush()
    return [f"{verb} client {_who(person)}: {_describe(profile)}."]


def client_set(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    fields = ("phase", "va", "name", "email", "tz", "calendar")
    if all(getattr(args, name) is None for name in fields):
        raise UsageError("nothing to change; give at least one of --" + ", --".join(fields))
    profile = _client(session, args.user_id)
    va = _va(session, args.va)
    person = profile.person
    name = args.name.strip() if args.name else None
    people.upsert(session, person.user_id, person.team_id, name=name, email=args.email, tz=args.tz)
    if args.phase is not None and args.phase != profile.phase:
        phases.apply(session, profile, args.phase, by=None, note="jane admin client set")
    _set_client(profile, args, va)
    session.flush()
    return [f"Updated client {_who(person)}: {_describe(profile)}."]


def _upsert(session: Session, args: argparse.Namespace, settings: Settings, **role) -> tuple[Person, str]:
    existing = people.find(session, args.user_id)
    tz = getattr(args, "tz", None) or (None if existing else settings.default_tz)
    name = args.name.strip() if args.name else None
    person = people.upsert(
        session, args.user_id, name=name, email=getattr(args, "email", None), tz=tz, **role
    )
    return person, "Updated" if existing else "Added"


def _va(session: Session, user_id: str | None) -> Person | None:
    """The VA named by --va: None when not given or `none`; refused when not a VA."""
    if user_id is None or user_id == NO_VA:
        return None
    va = people.find(session, user_id)
    if va is None or not va.is_va:
        raise UsageError(f"{user_id} is not a VA; add them first with `jane admin va add {user_id}`")
    return va


def _client(session: Session, user_id: str) -> ClientProfile:
    person = people.find(session, user_id)
    if person is None or person.client is None:
        raise UsageError(
            f"{user_id} is not a client; add them with `jane admin client add {user_id} --phase N`"
        )
    return person.client


def _set_client(profile: ClientProfile, args: argparse.Namespace, va: Person | None) -> None:
    if args.va is not None:
        profile.va = va
    if args.calendar is not None:
        profile.calendar_id = args.calendar.strip()


def _who(person: Person) -> str:
    return f"{person.user_id} ({person.name})" if person.name else person.user_id


def _describe(profile: ClientProfile) -> str:
    va = profile.va.user_id if profile.va else "no VA"
    calendar = profile.calendar_id or "primary"
    return f"phase {profile.phase}, {va}, time zone {profile.person.tz}, calendar {calendar}"


# ---- deals ----------------------------------------------------------------------------------------


def deal_add(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    client = _client(session, args.client_user_id).person
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
        return [f'Added deal "{deal.name}" for {client.user_id} ({label(deal.stage)}).']
    changes = deals.update(session, deal, note="jane admin deal add", **given)
    if not changes:
        return [f'Deal "{deal.name}" for {client.user_id} is already so; nothing changed.']
    what = "; ".join(f"{c.field} {c.from_value or '-'} → {c.to_value or '-'}" for c in changes)
    return [f'Updated deal "{deal.name}" for {client.user_id}: {what}.']


# ---- listings -------------------------------------------------------------------------------------


def listing(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    admins = [{"user_id": p.user_id, "name": p.name} for p in people.admins(session)]
    vas = [{"user_id": p.user_id, "name": p.name} for p in people.vas(session)]
    clients = [_client_json(profile) for profile in people.clients(session)]
    if args.json:
        return [json.dumps({"admins": admins, "vas": vas, "clients": clients}, indent=2)]
    lines = [f"Admins: {_names(admins)}", f"VAs: {_names(vas)}", "Clients:" if clients else "Clients: none"]
    for c in clients:
        lines.append(
            f"  {c['user_id']}  {c['name'] or '-'}  phase {c['phase']}  VA {c['va'] or '-'}  {c['tz']}  "
            f"{c['email'] or '-'}  calendar {c['calendar'] or 'primary'}  duties {', '.join(c['duties'])}"
        )
    return lines


def _client_json(profile: ClientProfile) -> dict:
    person = profile.person
    return {
        "user_id": person.user_id,
        "name": person.name,
        "email": person.email,
        "tz": person.tz,
        "phase": profile.phase,
        "va": profile.va.user_id if profile.va else None,
        "calendar": profile.calendar_id,
        "duties": granted_duties(profile.phase, profile.override_map),
    }


def _names(rows: list[dict]) -> str:
    return ", ".join(f"{r['user_id']} ({r['name']})" if r["name"] else r["user_id"] for r in rows) or "none"


def request_listing(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    client = _client(session, args.client).person if args.client else None
    rows = [_request_json(r) for r in requests.list_requests(session, client=client, status=args.status)]
    if args.json:
        return [json.dumps(rows, indent=2)]
    if not rows:
        return ["No requests."]
    return [
        f"#{r['id']}  {r['status']}  {r['client']}  {r['duty']}  owner {r['owner'] or '-'}  "
        f"due {r['due'] or '-'}  {_short(r['text'])}"
        for r in rows
    ]


def _request_json(request: Request) -> dict:
    return {
        "id": request.id,
        "client": request.client.user_id,
        "duty": request.duty,
        "status": request.status,
        "owner": request.owner.user_id if request.owner else None,
        "text": request.text,
        "due": _due(request),
        "created_at": request.created_at.isoformat(),
        "updated_at": request.updated_at.isoformat(),
    }


def _due(request: Request) -> str | None:
    """A date for an all-day due date, else a moment in the client's own zone."""
    if request.due_at is None:
        return None
    zone = request.client.tz if is_time_zone(request.client.tz) else "UTC"
    local = request.due_at.astimezone(ZoneInfo(zone))
    return local.date().isoformat() if request.due_all_day else local.isoformat()


def _short(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


ACTIONS: dict[tuple[str, str], Action] = {
    ("va", "add"): va_add,
    ("va", "remove"): va_remove,
    ("admin", "add"): admin_add,
    ("client", "add"): client_add,
    ("client", "set"): client_set,
    ("deal", "add"): deal_add,
    ("list", "list"): listing,
    ("requests", "requests"): request_listing,
}
