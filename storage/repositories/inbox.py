"""The inbox: every verified Slack request, kept before its ack, until the work it asks for is done.

A row is kept by one short insert whose unique key also drops a retried delivery. A worker takes it with a
lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL, a conditional update everywhere); each take names its holder
afresh, so only that take may renew, finish or release it. A row is taken only when no earlier pending row
of the same person exists, so one person's requests run in order on any number of workers. The work's
transaction marks the row done itself: a crash at any point leaves it pending, never half done.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, exists, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from storage.db import affected_rows, insert, run
from storage.models import InboxItem
from storage.types import utcnow

LEASE = timedelta(seconds=30)
PENDING, DONE, FAILED = "pending", "done", "failed"


@dataclass(frozen=True)
class Taken:
    """One take of a row: its id and the holder name that this take alone may finish it under."""

    id: int
    holder: str


def keep(
    session: Session,
    *,
    key: str,
    kind: str,
    route: str,
    payload: dict[str, Any],
    user_id: str,
    team_id: str,
    order_key: str,
    available_at: datetime,
    reserved_for: str | None = None,
    request_id: str | None = None,
) -> int | None:
    """Keep a request; its id, or None when a delivery with this key was kept before (a retry).

    `reserved_for` names the worker that will take it at once (the process that acked it): other workers
    leave it alone until `available_at`, and take it then if that worker has not.
    """
    now = utcnow()
    statement = (
        insert(session, InboxItem)
        .values(
            key=key, kind=kind, route=route, payload=payload, user_id=user_id, team_id=team_id,
            order_key=order_key, status=PENDING, attempts=0, available_at=available_at, received_at=now,
            locked_by=reserved_for, request_id=request_id,
        )  # fmt: skip
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(InboxItem.id)
    )
    return run(session, statement).scalar_one_or_none()


def _free(now: datetime):
    return or_(InboxItem.locked_until.is_(None), InboxItem.locked_until < now)


def _first_of_its_person():
    """No earlier row of the same person is still pending (taken or not)."""
    earlier = aliased(InboxItem)
    return ~exists().where(
        earlier.user_id == InboxItem.user_id,
        earlier.status == PENDING,
        or_(
            earlier.order_key < InboxItem.order_key,
            and_(earlier.order_key == InboxItem.order_key, earlier.id < InboxItem.id),
        ),
    )


# Built once and shared by every take: an alias of the table makes a proxy of each of its columns, which
# cost more CPU than the rest of the take.
FIRST_OF_ITS_PERSON = _first_of_its_person()


def holder_name(worker: str) -> str:
    return f"{worker}/{secrets.token_hex(4)}"


def take(
    session: Session, item_id: int, worker: str, *, now: datetime | None = None, lease: timedelta = LEASE
) -> Taken | None:
    """Lease one row to `worker` if it is pending, free, due (or reserved for this worker) and first of its
    person's; else None."""
    now = now or utcnow()
    holder = holder_name(worker)
    due = or_(InboxItem.available_at <= now, InboxItem.locked_by == worker)
    claimed = affected_rows(
        session,
        update(InboxItem)
        .where(InboxItem.id == item_id, InboxItem.status == PENDING, due, _free(now), FIRST_OF_ITS_PERSON)
        .values(locked_until=now + lease, locked_by=holder, attempts=InboxItem.attempts + 1)
        .execution_options(synchronize_session=False),
    )
    return Taken(item_id, holder) if claimed else None


def take_due(
    session: Session, worker: str, *, now: datetime | None = None, limit: int = 10, lease: timedelta = LEASE
) -> list[Taken]:
    """Lease up to `limit` rows that nobody holds and that are due (or reserved for `worker`), oldest
    first, each the first of its person's; a row another live worker holds is skipped, not waited for."""
    now = now or utcnow()
    ready = or_(InboxItem.available_at <= now, InboxItem.locked_by == worker)
    due = (
        select(InboxItem.id)
        .where(InboxItem.status == PENDING, ready, _free(now), FIRST_OF_ITS_PERSON)
        .order_by(InboxItem.available_at, InboxItem.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    taken = []
    for item_id in session.scalars(due).all():
        # The conditional update is the real guard; SKIP LOCKED only spares PostgreSQL the waiting.
        got = take(session, item_id, worker, now=now, lease=lease)
        if got is not None:
            taken.append(got)
    return taken


def take_next_of(
    session: Session, user_id: str, worker: str, *, now: datetime | None = None, lease: timedelta = LEASE
) -> Taken | None:
    """Lease the person's next pending row, if nobody holds it (a worker goes on with the same person
    right after finishing one of their rows, instead of waiting for its next poll)."""
    now = now or utcnow()
    first = session.scalar(
        select(InboxItem.id)
        .where(InboxItem.user_id == user_id, InboxItem.status == PENDING)
        .order_by(InboxItem.order_key, InboxItem.id)
        .limit(1)
    )
    return take(session, first, worker, now=now, lease=lease) if first is not None else None


def get(session: Session, item_id: int) -> InboxItem | None:
    return session.get(InboxItem, item_id)


def _held(taken: Taken):
    return and_(InboxItem.id == taken.id, InboxItem.locked_by == taken.holder, InboxItem.status == PENDING)


def _set(session: Session, taken: Taken, **values: Any) -> bool:
    statement = update(InboxItem).where(_held(taken)).values(**values)
    return affected_rows(session, statement.execution_options(synchronize_session=False)) == 1


def renew(session: Session, taken: Taken, *, now: datetime | None = None, lease: timedelta = LEASE) -> bool:
    """Extend the lease before a slow call; False when this take no longer holds the row."""
    return _set(session, taken, locked_until=(now or utcnow()) + lease)


def finish(session: Session, taken: Taken, *, now: datetime | None = None) -> bool:
    """Mark the row done, in the transaction of its work; False (roll back!) when this take lost it."""
    return _set(session, taken, status=DONE, finished_at=now or utcnow(), locked_until=None, last_error=None)


def give_up(session: Session, taken: Taken, error: str, *, now: datetime | None = None) -> bool:
    """The work keeps failing the same way: the row is failed (and the person's next rows may run)."""
    values = dict(status=FAILED, locked_until=None, last_error=error[:2000], finished_at=now or utcnow())
    return _set(session, taken, **values)


def make_available(session: Session, worker: str, *, now: datetime | None = None) -> int:
    """Let any worker take now the rows reserved for `worker` and not taken (a stopping process hands
    them back); returns how many."""
    reserved = and_(InboxItem.locked_by == worker, InboxItem.locked_until.is_(None))
    statement = (
        update(InboxItem)
        .where(InboxItem.status == PENDING, reserved)
        .values(available_at=now or utcnow(), locked_by=None)
        .execution_options(synchronize_session=False)
    )
    return affected_rows(session, statement)


def purge(session: Session, before: datetime) -> int:
    """Delete finished rows received before `before`; returns how many went."""
    finished = InboxItem.status.in_((DONE, FAILED))
    return affected_rows(session, delete(InboxItem).where(finished, InboxItem.received_at < before))


@dataclass(frozen=True)
class Backlog:
    pending: int
    failed: int
    oldest_pending_at: datetime | None


def backlog(session: Session) -> Backlog:
    counts = dict(
        session.execute(
            select(InboxItem.status, func.count())
            .where(InboxItem.status.in_((PENDING, FAILED)))
            .group_by(InboxItem.status)
        ).all()
    )
    oldest = session.scalar(select(func.min(InboxItem.received_at)).where(InboxItem.status == PENDING))
    return Backlog(counts.get(PENDING, 0), counts.get(FAILED, 0), oldest)


def stuck(session: Session, limit: int = 200) -> Sequence[InboxItem]:
    """Pending and failed rows, oldest first (what `jane admin inbox` shows)."""
    return session.scalars(
        select(InboxItem)
        .where(InboxItem.status.in_((PENDING, FAILED)))
        .order_by(InboxItem.received_at, InboxItem.id)
        .limit(limit)
    ).all()
