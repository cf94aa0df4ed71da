"""Reminders: created pending, then sent or cancelled exactly once.

Every change of state is a conditional UPDATE on the state read, so a cancel and the job that sends the
reminder, on any number of processes, can never both win: the loser sees what the winner left.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from storage.db import affected_rows
from storage.models import Person, Reminder
from storage.types import utcnow

PENDING, SENT, CANCELLED = "pending", "sent", "cancelled"


def create(session: Session, person: Person, title: str, due_at: datetime, *, exact: bool = True) -> Reminder:
    reminder = Reminder(person_id=person.id, title=title, due_at=due_at, due_exact=exact, status=PENDING)
    session.add(reminder)
    session.flush()
    return reminder


def get(session: Session, reminder_id: int) -> Reminder | None:
    """The reminder as the database has it now (another process may have changed it)."""
    return session.get(Reminder, reminder_id, populate_existing=True)


def pending(session: Session, person: Person) -> Sequence[Reminder]:
    """A person's reminders still to be sent, soonest first."""
    query = select(Reminder).where(Reminder.person_id == person.id, Reminder.status == PENDING)
    return session.scalars(query.order_by(Reminder.due_at, Reminder.id)).unique().all()


def cancel(session: Session, reminder_id: int) -> bool:
    """Cancel a pending reminder; False when it was already sent or cancelled."""
    return _settle(session, reminder_id, CANCELLED)


def mark_sent(session: Session, reminder_id: int, now: datetime) -> bool:
    """Claim a due reminder for sending; False when it is no longer pending or was moved past `now`."""
    return _settle(session, reminder_id, SENT, Reminder.due_at <= now)


def move(session: Session, reminder_id: int, due_at: datetime, *, exact: bool = True) -> bool:
    """Give a pending reminder a new time; False when it was already sent or cancelled."""
    statement = (
        update(Reminder)
        .where(Reminder.id == reminder_id, Reminder.status == PENDING)
        .values(due_at=due_at, due_exact=exact, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return affected_rows(session, statement) == 1


def _settle(session: Session, reminder_id: int, status: str, *conditions: ColumnElement[bool]) -> bool:
    statement = (
        update(Reminder)
        .where(Reminder.id == reminder_id, Reminder.status == PENDING, *conditions)
        .values(status=status, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    return affected_rows(session, statement) == 1
