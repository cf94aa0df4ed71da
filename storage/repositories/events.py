"""Slack event ids taken in once: the unique key makes a retried delivery harmless."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from storage.db import affected_rows, insert
from storage.models import SlackEvent


def record_once(session: Session, event_id: str) -> bool:
    """Store an event id; True the first time it is seen, False for every repeat, on any process."""
    statement = (
        insert(session, SlackEvent)
        .values(event_id=event_id)
        .on_conflict_do_nothing()
        .returning(SlackEvent.event_id)
    )
    # A returned row, not rowcount: SQLAlchemy reports no rowcount for INSERT on psycopg.
    return session.execute(statement).first() is not None


def forget_older_than(session: Session, moment: datetime) -> int:
    """Drop ids older than Slack's retry window; returns how many went."""
    return affected_rows(session, delete(SlackEvent).where(SlackEvent.received_at < moment))


def count_with_prefix(session: Session, prefix: str) -> int:
    """How many event ids starting with `prefix` were recorded (the console numbers its lines so)."""
    return session.execute(
        select(func.count()).where(SlackEvent.event_id.startswith(prefix))
    ).scalar_one()
