"""Appointment checklists: next-day appointments a VA confirms one by one (Phase II)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TypedDict

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage.db import affected_rows, insert
from storage.models import AppointmentCheck, Person


class Appointment(TypedDict):
    """One timed appointment as the checklist stores it (taken from the client's calendar)."""

    event_key: str
    title: str
    starts_at: datetime
    location: str | None


def record(
    session: Session, client_id: int, day: date, rows: Iterable[Appointment]
) -> Sequence[AppointmentCheck]:
    """Store each appointment once (a re-run adds only new ones) and return the day's list in time order."""
    keys = []
    for row in rows:
        keys.append(row["event_key"])
        session.execute(
            insert(session, AppointmentCheck)
            .values(client_id=client_id, day=day, **row)
            .on_conflict_do_nothing(index_elements=["client_id", "event_key"])
        )
    if not keys:
        return []
    query = select(AppointmentCheck).where(
        AppointmentCheck.client_id == client_id, AppointmentCheck.event_key.in_(keys)
    )
    return session.scalars(query.order_by(AppointmentCheck.starts_at, AppointmentCheck.id)).unique().all()


def of_day(session: Session, client_id: int, day: date) -> Sequence[AppointmentCheck]:
    mine = (AppointmentCheck.client_id == client_id) & (AppointmentCheck.day == day)
    query = select(AppointmentCheck).where(mine)
    return session.scalars(query.order_by(AppointmentCheck.starts_at, AppointmentCheck.id)).unique().all()


def confirm(session: Session, check_id: int, actor: Person, now: datetime) -> bool:
    """Mark one appointment confirmed; False when someone already had (the first click wins)."""
    moved = affected_rows(
        session,
        update(AppointmentCheck)
        .where(AppointmentCheck.id == check_id, AppointmentCheck.confirmed_at.is_(None))
        .values(confirmed_at=now, confirmed_by_id=actor.id)
        .execution_options(synchronize_session=False),
    )
    check = session.get(AppointmentCheck, check_id)
    if check is not None:
        session.refresh(check)
    return moved == 1
