"""Time spent on requests: appended, never edited; totals by request, by person and by client."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import Person, Request, TimeEntry


@dataclass(frozen=True)
class Total:
    """One person's time on one client's requests in a window."""

    client_id: int
    person_id: int | None
    minutes: int
    entries: int


def add(
    session: Session, request: Request, person: Person, minutes: int, *, at: datetime, note: str | None = None
) -> TimeEntry:
    entry = TimeEntry(
        request_id=request.id,
        client_id=request.client_id,
        person_id=person.id,
        minutes=minutes,
        note=note,
        at=at,
    )
    session.add(entry)
    session.flush()
    return entry


def spent_on(session: Session, request_id: int, person_id: int | None = None) -> int:
    """Minutes logged on a request (by one person when given), corrections included."""
    query = select(func.coalesce(func.sum(TimeEntry.minutes), 0)).where(TimeEntry.request_id == request_id)
    if person_id is not None:
        query = query.where(TimeEntry.person_id == person_id)
    return int(session.scalar(query) or 0)


def spent_by_request(session: Session, request_ids: Iterable[int]) -> dict[int, int]:
    """Minutes logged on each of the requests that has any."""
    ids = list(request_ids)
    if not ids:
        return {}
    query = (
        select(TimeEntry.request_id, func.sum(TimeEntry.minutes))
        .where(TimeEntry.request_id.in_(ids))
        .group_by(TimeEntry.request_id)
    )
    return {request_id: int(minutes) for request_id, minutes in session.execute(query)}


def totals_of_clients(
    session: Session, windows: Mapping[int, tuple[datetime, datetime]], person_id: int | None = None
) -> dict[int, list[Total]]:
    """Each person's minutes on each client's requests, for entries written in the client's own window
    [start, end), by client id (persons in id order): one query per distinct window (the clients of one
    time zone share theirs), not one per client."""
    by_window: dict[tuple[datetime, datetime], list[int]] = {}
    for client_id, window in windows.items():
        by_window.setdefault(window, []).append(client_id)
    found: dict[int, list[Total]] = {}
    for (start, end), client_ids in by_window.items():
        minutes, count = func.sum(TimeEntry.minutes), func.count(TimeEntry.id)
        query = (
            select(TimeEntry.client_id, TimeEntry.person_id, minutes, count)
            .where(TimeEntry.client_id.in_(client_ids), TimeEntry.at >= start, TimeEntry.at < end)
            .group_by(TimeEntry.client_id, TimeEntry.person_id)
            .order_by(TimeEntry.client_id, TimeEntry.person_id)
        )
        if person_id is not None:
            query = query.where(TimeEntry.person_id == person_id)
        for client_id, who, spent, entries in session.execute(query):
            found.setdefault(client_id, []).append(Total(client_id, who, int(spent), int(entries)))
    return found


def entries(session: Session, client_id: int, start: datetime, end: datetime) -> Sequence[TimeEntry]:
    """One client's entries written in [start, end), oldest first."""
    query = (
        select(TimeEntry)
        .where(TimeEntry.client_id == client_id, TimeEntry.at >= start, TimeEntry.at < end)
        .order_by(TimeEntry.at, TimeEntry.id)
    )
    return session.scalars(query).unique().all()


def clients_with_time(session: Session, person_id: int | None = None) -> list[int]:
    """The clients anyone (or one person) ever logged time for."""
    query = select(TimeEntry.client_id).distinct()
    if person_id is not None:
        query = query.where(TimeEntry.person_id == person_id)
    return list(session.scalars(query))


def workers(session: Session, client_id: int) -> list[int]:
    """Everyone who ever logged time on one client's requests."""
    query = select(TimeEntry.person_id).where(
        TimeEntry.client_id == client_id, TimeEntry.person_id.is_not(None)
    )
    return [person_id for person_id in session.scalars(query.distinct()) if person_id is not None]
