"""Scheduled jobs: each due occurrence is taken by exactly one process, with a lease for crashes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from storage.db import affected_rows, insert
from storage.models import Job
from storage.types import utcnow

LEASE = timedelta(minutes=5)


def schedule(
    session: Session, key: str, kind: str, run_at: datetime, payload: dict[str, Any] | None = None
) -> Job:
    """Create the job named `key` or move it to `run_at`, atomically even when two processes race."""
    changes: dict[str, Any] = {"kind": kind, "run_at": run_at}
    if payload is not None:
        changes["payload"] = payload
    statement = (
        insert(session, Job)
        .values(key=key, kind=kind, run_at=run_at, payload=payload or {}, attempts=0)
        .on_conflict_do_update(index_elements=["key"], set_=changes)
    )
    session.execute(statement)
    return session.scalars(select(Job).where(Job.key == key).execution_options(populate_existing=True)).one()


def schedule_once(session: Session, key: str, kind: str, run_at: datetime) -> None:
    """Create a job unless one with that key exists; safe when several processes start at once."""
    session.execute(
        insert(session, Job)
        .values(key=key, kind=kind, run_at=run_at, payload={}, attempts=0)
        .on_conflict_do_nothing(index_elements=["key"])
    )


def unschedule(session: Session, key: str) -> bool:
    return affected_rows(session, delete(Job).where(Job.key == key)) > 0


def find(session: Session, key: str) -> Job | None:
    return session.scalars(select(Job).where(Job.key == key)).one_or_none()


def take_due(session: Session, worker: str, *, now: datetime | None = None, limit: int = 50) -> Sequence[Job]:
    """Lease the due jobs to `worker`; a job another live worker holds is skipped, not waited for."""
    now = now or utcnow()
    free = or_(Job.locked_until.is_(None), Job.locked_until < now)
    due = select(Job.id).where(Job.run_at <= now, free).order_by(Job.run_at).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    taken = []
    for job_id in session.scalars(due).all():
        claimed = affected_rows(
            session,
            update(Job)
            .where(Job.id == job_id, Job.run_at <= now, free)
            .values(locked_until=now + LEASE, locked_by=worker, attempts=Job.attempts + 1)
            .execution_options(synchronize_session=False),
        )
        if claimed:
            taken.append(job_id)
    jobs = [session.get_one(Job, job_id) for job_id in taken]
    for job in jobs:
        session.refresh(job)
    return jobs


def oldest_due(session: Session, now: datetime) -> datetime | None:
    """When the longest-waiting due job was due (None when none is due): how far behind the runners are."""
    return session.scalar(select(func.min(Job.run_at)).where(Job.run_at <= now))


def finish(
    session: Session, job_id: int, worker: str, next_run_at: datetime | None, *, now: datetime | None = None
) -> bool:
    """Release a job after a run: reschedule it, or delete it when it has no next occurrence.

    Only the worker holding the lease may finish it, so a worker whose lease expired and was taken over
    cannot clobber the new holder's schedule.
    """
    now = now or utcnow()
    held = (Job.id == job_id) & (Job.locked_by == worker)
    if next_run_at is None:
        return affected_rows(session, delete(Job).where(held)) == 1
    return (
        affected_rows(
            session,
            update(Job)
            .where(held)
            .values(
                run_at=next_run_at,
                locked_until=None,
                locked_by=None,
                attempts=0,
                last_run_at=now,
                last_error=None,
            )
            .execution_options(synchronize_session=False),
        )
        == 1
    )


def fail(
    session: Session,
    job_id: int,
    worker: str,
    error: str,
    retry_at: datetime,
    payload: dict[str, Any] | None = None,
) -> bool:
    """Release a failed job for a retry at `retry_at` (with a new payload if given); only its holder may."""
    values: dict[str, Any] = {"run_at": retry_at, "locked_until": None, "locked_by": None}
    values.update(last_error=error[:2000], **({} if payload is None else {"payload": payload}))
    held = (Job.id == job_id) & (Job.locked_by == worker)
    statement = update(Job).where(held).values(**values).execution_options(synchronize_session=False)
    return affected_rows(session, statement) == 1
