"""`jane admin outbox`, `jane admin inbox` and `jane admin rotate-key`: what an operator looks at and fixes
by hand on day 2."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sqlalchemy.orm import Session

from bot.errors import JaneError, UsageError
from bot.outbox.notify import RESPONSE_URL
from bot.settings import Settings
from integrations.token_crypto import reseal
from storage.models import InboxItem, OutboxMessage
from storage.repositories import grants, inbox, outbox
from storage.types import utcnow


def outbox_action(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    if args.retry is not None:
        message = _stuck(session, args.retry, "retry")
        outbox.retry_now(message)
        return [
            f"Message {message.id} is due again: a running `jane serve` or `jane worker` sends it within "
            "seconds."
        ]
    if args.drop is not None:
        message = _stuck(session, args.drop, "drop")
        outbox.drop(message)
        return [f"Dropped message {message.id}; it will never be sent."]
    rows = [_as_json(message) for message in outbox.stuck(session)]
    if args.json:
        return [json.dumps(rows, indent=2)]
    if not rows:
        return ["No message is waiting or given up."]
    return [_as_line(row) for row in rows]


def inbox_listing(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    """Kept Slack requests that are waiting (and whether a worker holds one now) or were given up."""
    rows = [_kept_as_json(item) for item in inbox.stuck(session)]
    if args.json:
        return [json.dumps(rows, indent=2)]
    if not rows:
        return ["No kept request is waiting or given up."]
    return [_kept_as_line(row) for row in rows]


def _kept_as_json(item: InboxItem) -> dict[str, Any]:
    held = item.locked_until is not None and item.locked_until > utcnow()
    return {
        "id": item.id,
        "status": "in hand" if item.status == inbox.PENDING and held else item.status,
        "kind": item.kind,
        "route": item.route,
        "user": item.user_id,
        "received_at": item.received_at.isoformat(),
        "attempts": item.attempts,
        "held_by": item.locked_by if held else None,
        "last_error": item.last_error,
        "request_id": item.request_id,
    }


def _kept_as_line(row: dict[str, Any]) -> str:
    received = row["received_at"][:19].replace("T", " ")
    holder = f"  held by {row['held_by']}" if row["held_by"] else ""
    error, request = row["last_error"] or "-", row["request_id"] or "-"
    return (
        f"{row['id']}  {row['status']}  {row['kind']} {row['route']} from {row['user']}  "
        f"received {received} UTC  taken {row['attempts']}×{holder}  last error {error}  request {request}"
    )


def rotate_key(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    """Seal every stored Google grant anew with the newest key of JANE_SECRET_KEY."""
    settings.require("secret_key")
    resealed, unreadable = 0, []
    for person_id, blob in grants.sealed(session):
        fresh = reseal(settings.secret_key or "", blob)  # require() made sure there is one
        if fresh is None:
            unreadable.append(person_id)
        elif grants.replace(session, person_id, blob, google_token=fresh):
            resealed += 1
    lines = [
        f"Re-encrypted {resealed} stored Google grant{'' if resealed == 1 else 's'} with the newest key."
    ]
    if unreadable:
        lines.append(
            f"{len(unreadable)} grant(s) opened with no key in JANE_SECRET_KEY and were left as they are: "
            "those clients must connect Google Calendar again, unless you add the key they were sealed with."
        )
    else:
        lines.append("Every grant opens with the newest key: the older keys can leave JANE_SECRET_KEY.")
    return lines


def _stuck(session: Session, message_id: int, verb: str) -> OutboxMessage:
    message = outbox.get(session, message_id)
    if message is None:
        raise UsageError(f"there is no outbox message {message_id}; `jane admin outbox` lists them")
    if message.status not in outbox.STUCK:
        raise UsageError(f"message {message_id} is {message.status}, not pending or dead; nothing to {verb}")
    if outbox.is_being_sent(message):
        raise JaneError(f"message {message_id} is being sent right now; look again in a minute")
    return message


def _as_json(message: OutboxMessage) -> dict[str, Any]:
    return {
        "id": message.id,
        "status": message.status,
        "method": message.method,
        "to": _recipient(message),
        "key": message.key,
        "attempts": message.attempts,
        "last_error": message.last_error,
        "created_at": message.created_at.isoformat(),
        "next_attempt_at": message.next_attempt_at.isoformat(),
        "request_id": message.request_id,
    }


def _as_line(row: dict[str, Any]) -> str:
    written = row["created_at"][:16].replace("T", " ")
    error, request = row["last_error"] or "-", row["request_id"] or "-"
    return (
        f"{row['id']}  {row['status']}  {row['method']} to {row['to'] or '-'}  written {written} UTC  "
        f"attempts {row['attempts']}  last error {error}  request {request}"
    )


def _recipient(message: OutboxMessage) -> str | None:
    """Where it goes: a channel or person id (never a response_url, which is a credential for 30 minutes)."""
    if message.method == RESPONSE_URL:
        return "response_url"
    return message.payload.get("channel") or message.payload.get("user_id")
