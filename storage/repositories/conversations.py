"""Conversations' last topics: one row per conversation, written by whichever process took the message."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.db import affected_rows, insert, run
from storage.models import Conversation


def topics(session: Session, key: str) -> dict[str, Any]:
    """The topics kept for a conversation (empty for one never seen)."""
    found = session.scalar(select(Conversation.topics).where(Conversation.key == key))
    return dict(found) if isinstance(found, dict) else {}


def keep(session: Session, key: str, person_id: int, topics: dict[str, Any], now: datetime) -> None:
    """Store a conversation's topics, replacing what was kept; one row per key on every process."""
    statement = insert(session, Conversation).values(
        key=key, person_id=person_id, topics=topics, updated_at=now
    )
    run(
        session,
        statement.on_conflict_do_update(
            index_elements=["key"], set_={"topics": topics, "updated_at": now, "person_id": person_id}
        ),
    )


def forget_quiet(session: Session, person_id: int, before: datetime) -> int:
    """Drop a person's conversations quiet since `before` (their topics have all expired); how many went."""
    statement = delete(Conversation).where(
        Conversation.person_id == person_id, Conversation.updated_at < before
    )
    return affected_rows(session, statement)
