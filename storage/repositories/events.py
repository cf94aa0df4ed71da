"""Slack event ids taken in once: the unique key makes a retried delivery harmless."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from storage.models import SlackEvent


def record_once(session: Session, event_id: str) -> bool:
    """Store an event id; True the first time it is seen, False for every repeat, on any process."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(SlackEvent).values(event_id=event_id).on_conflict_do_nothing()
    return session.execute(statement).rowcount == 1


def forget_older_than(session: Session, moment: datetime) -> int:
    """Drop ids older than Slack's retry window; returns how many went."""
    return session.execute(delete(SlackEvent).where(SlackEvent.received_at < moment)).rowcount
