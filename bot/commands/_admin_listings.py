"""`jane admin list|requests`: who is who, and the requests, as text or JSON."""

from __future__ import annotations

import argparse
import json
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.commands._admin_people import client_of
from bot.settings import Settings, is_time_zone
from handlers.phases.duties import granted_duties
from storage.models import ClientProfile, Request
from storage.repositories import people, requests


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
    client = client_of(session, args.client).person if args.client else None
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
