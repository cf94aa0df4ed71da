"""The outbox: outgoing Slack calls written in the same transaction as the change they announce.

A row is taken by one sender at a time (a lease), sent, and marked sent; a failed send is retried with
capped backoff until its horizon, then given up. The unique key makes writing the same notification twice
a no-op. A row whose send may have reached Slack without an answer (its sender died holding the lease, or
the call was cut off) is "in doubt": the sender looks for it in Slack before posting it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from storage.db import affected_rows, insert, run
from storage.models import OutboxMessage
from storage.types import utcnow

LEASE = timedelta(seconds=60)
MAX_BACKOFF = timedelta(minutes=5)
HORIZON = timedelta(hours=24)  # JANE_OUTBOX_HORIZON_HOURS' default


STUCK = ("pending", "dead")  # what an operator may have to look at: not sent yet, or given up
DROPPED = "dropped"  # given up by an operator; the row stays so that its key still dedupes


def put(
    session: Session,
    key: str,
    method: str,
    payload: dict[str, Any],
    *,
    not_before: datetime | None = None,
    request_id: str | None = None,
) -> int | None:
    """Queue a Web API call under an idempotency key, to be sent from `not_before` on (at once by default);
    the new row's id, or None when that key was queued before."""
    statement = (
        insert(session, OutboxMessage)
        .values(
            key=key,
            method=method,
            payload=payload,
            status="pending",
            attempts=0,
            next_attempt_at=not_before or utcnow(),
            queued_at=utcnow(),
            request_id=request_id,
        )
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(OutboxMessage.id)
    )
    # A returned row, not rowcount: SQLAlchemy reports no rowcount for INSERT on psycopg.
    return run(session, statement).scalar_one_or_none()


def by_key(session: Session, key: str) -> OutboxMessage | None:
    return session.scalars(select(OutboxMessage).where(OutboxMessage.key == key)).one_or_none()


def revision_of(session: Session, row_id: int) -> int | None:
    """A row's revision as the database has it now (None: no such row)."""
    return session.scalar(select(OutboxMessage.revision).where(OutboxMessage.id == row_id))


def refill(
    session: Session, row: OutboxMessage, changes: dict[str, Any], *, request_id: str | None = None
) -> None:
    """Give a living row new content and send it again.

    The UPDATE bumps the revision in the database, so a concurrent sender sees that the row changed.
    """
    session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == row.id)
        .values(
            payload={**row.payload, **changes},
            status="pending",
            attempts=0,
            next_attempt_at=utcnow(),
            queued_at=utcnow(),
            revision=OutboxMessage.revision + 1,
            request_id=request_id,
        )
        .execution_options(synchronize_session=False)
    )
    session.expire(row)


def rearm(
    session: Session, key: str, method: str, payload: dict[str, Any], *, request_id: str | None = None
) -> int:
    """Queue a living row (one per key, such as a person's App Home) or send it again; its id.

    One statement either way, so refreshing many Homes in a transaction costs one upsert each.
    """
    now = utcnow()
    again = {
        "status": "pending", "attempts": 0, "next_attempt_at": now, "queued_at": now, "request_id": request_id
    }
    statement = (
        insert(session, OutboxMessage)
        .values(key=key, method=method, payload=payload, **again)
        # The revision bump tells a sender still holding the older build to leave the row pending.
        .on_conflict_do_update(index_elements=["key"], set_={**again, "revision": OutboxMessage.revision + 1})
        .returning(OutboxMessage.id)
    )
    return run(session, statement).scalar_one()


def take(
    session: Session, *, now: datetime | None = None, limit: int = 20, ids: Sequence[int] | None = None
) -> list[OutboxMessage]:
    """Lease due rows to this sender: each row goes to exactly one taker, on any number of processes."""
    now = now or utcnow()
    due = select(OutboxMessage.id).where(
        OutboxMessage.status == "pending",
        OutboxMessage.next_attempt_at <= now,
        or_(OutboxMessage.locked_until.is_(None), OutboxMessage.locked_until < now),
    )
    if ids is not None:
        due = due.where(OutboxMessage.id.in_(ids))
    due = due.order_by(OutboxMessage.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    taken = []
    for row_id in session.scalars(due).all():
        # The conditional update is the real guard; SKIP LOCKED only spares PostgreSQL the waiting.
        claimed = affected_rows(
            session,
            update(OutboxMessage)
            .where(
                OutboxMessage.id == row_id,
                OutboxMessage.status == "pending",
                or_(OutboxMessage.locked_until.is_(None), OutboxMessage.locked_until < now),
            )
            # A lease that ran out without being released: its sender may have posted it and died.
            .values(
                locked_until=now + LEASE,
                in_doubt=or_(OutboxMessage.in_doubt, OutboxMessage.locked_until.is_not(None)),
            )
            .execution_options(synchronize_session=False),
        )
        if claimed:
            taken.append(session.get_one(OutboxMessage, row_id))
    for row in taken:
        session.refresh(row)
    return taken


def take_written(session: Session, ids: Sequence[int], *, now: datetime | None = None) -> list[OutboxMessage]:
    """Lease rows written in this same transaction to its writer, in one statement: those due now and
    not held by another sender (a living row may be); the rows, loaded."""
    now = now or utcnow()
    claimed = run(
        session,
        update(OutboxMessage)
        .where(
            OutboxMessage.id.in_(ids),
            OutboxMessage.status == "pending",
            OutboxMessage.next_attempt_at <= now,
            or_(OutboxMessage.locked_until.is_(None), OutboxMessage.locked_until < now),
        )
        .values(locked_until=now + LEASE)
        .returning(OutboxMessage.id)
        .execution_options(synchronize_session=False)
    ).scalars().all()
    if not claimed:
        return []
    statement = select(OutboxMessage).where(OutboxMessage.id.in_(claimed)).order_by(OutboxMessage.id)
    return list(session.scalars(statement.execution_options(populate_existing=True)))


def mark_sent(session: Session, message_id: int, result: dict[str, Any] | None = None) -> None:
    message = session.get_one(OutboxMessage, message_id)
    message.status, message.sent_at, message.result, message.locked_until = "sent", utcnow(), result, None
    message.attempts += 1


def mark_failed(
    session: Session,
    message_id: int,
    error: str,
    *,
    now: datetime | None = None,
    horizon: timedelta = HORIZON,
    in_doubt: bool = False,
    waited_until: datetime | None = None,
) -> bool:
    """Record a failed send and schedule the next try with exponential backoff (capped at 5 minutes);
    once the message has been waiting longer than `horizon` at `waited_until` (the wall clock, as its
    queued_at was written), it is given up instead (returns True)."""
    now = now or utcnow()
    message = session.get_one(OutboxMessage, message_id)
    message.attempts += 1
    message.last_error = error[:2000]
    message.locked_until = None
    message.in_doubt = message.in_doubt or in_doubt
    if (waited_until or utcnow()) - (message.queued_at or message.created_at) >= horizon:
        message.status = "dead"
        return True
    message.next_attempt_at = now + min(timedelta(seconds=2 ** min(message.attempts, 20)), MAX_BACKOFF)
    return False


def mark_dead(session: Session, message_id: int, error: str) -> None:
    """Give up on a message Slack will never accept (e.g. channel_not_found)."""
    message = session.get_one(OutboxMessage, message_id)
    message.status, message.last_error, message.locked_until = "dead", error[:2000], None
    message.attempts += 1


def hold(session: Session, message_id: int, error: str) -> None:
    """Leave a message pending, untried, with the reason it could not go (e.g. a refused bot token)."""
    message = session.get_one(OutboxMessage, message_id)
    message.last_error, message.locked_until = error[:2000], None


def purge_sent(session: Session, before: datetime, *, keep: Sequence[str] = ()) -> int:
    """Delete sent rows written before `before`, except those whose key starts with one of `keep`;
    returns how many went."""
    old = (OutboxMessage.status == "sent") & (OutboxMessage.created_at < before)
    kept = [OutboxMessage.key.startswith(prefix) for prefix in keep]
    statement = delete(OutboxMessage).where(old, *(~condition for condition in kept))
    return affected_rows(session, statement)


def pending_count(session: Session) -> int:
    return session.execute(select(func.count()).where(OutboxMessage.status == "pending")).scalar_one()


@dataclass(frozen=True)
class Backlog:
    """How the outbox stands: messages waiting, messages given up, and when the oldest waiting was written."""

    pending: int
    dead: int
    oldest_pending_at: datetime | None


def backlog(session: Session) -> Backlog:
    counts = dict(
        session.execute(
            select(OutboxMessage.status, func.count())
            .where(OutboxMessage.status.in_(STUCK))
            .group_by(OutboxMessage.status)
        ).all()
    )
    oldest = session.scalar(
        select(func.min(OutboxMessage.created_at)).where(OutboxMessage.status == "pending")
    )
    return Backlog(counts.get("pending", 0), counts.get("dead", 0), oldest)


def stuck(session: Session) -> Sequence[OutboxMessage]:
    """Pending and dead messages, oldest first."""
    return session.scalars(
        select(OutboxMessage).where(OutboxMessage.status.in_(STUCK)).order_by(OutboxMessage.id)
    ).all()


def get(session: Session, message_id: int) -> OutboxMessage | None:
    return session.get(OutboxMessage, message_id)


def is_being_sent(message: OutboxMessage, now: datetime | None = None) -> bool:
    """Whether a sender holds the message's lease right now (it may be on its way to Slack)."""
    return message.locked_until is not None and message.locked_until > (now or utcnow())


def retry_now(message: OutboxMessage) -> None:
    """Make a pending or dead message due now, with its attempts counted afresh."""
    message.status, message.attempts, message.next_attempt_at = "pending", 0, utcnow()
    message.locked_until, message.queued_at = None, utcnow()


def drop(message: OutboxMessage) -> None:
    """Give up a pending or dead message for good (its key still dedupes, so it is never written again)."""
    message.status, message.locked_until = DROPPED, None


def rows(session: Session, ids: Sequence[int]) -> Sequence[OutboxMessage]:
    """The rows with these ids, in the order they were written."""
    return session.scalars(
        select(OutboxMessage).where(OutboxMessage.id.in_(ids)).order_by(OutboxMessage.id)
    ).all()


def release(session: Session, row_id: int, *, revision: int | None = None, **values: Any) -> bool:
    """End a sender's lease on a row, setting `values`; only if the row is still at `revision`, when given
    (a newer build of a living row must not be marked with an older one's outcome)."""
    statement = update(OutboxMessage).where(OutboxMessage.id == row_id)
    if revision is not None:
        statement = statement.where(OutboxMessage.revision == revision)
    statement = statement.values(locked_until=None, **values).execution_options(synchronize_session=False)
    return affected_rows(session, statement) > 0
