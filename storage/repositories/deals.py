"""A client's deals and their history: every change is one append-only DealChange row per field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, false, func, select
from sqlalchemy.orm import Session

from storage.models import ClientProfile, Deal, DealChange, Person
from storage.types import utcnow

# The fields a person may change, in the order their history rows are written.
FIELDS = ("name", "stage", "next_step", "close_date", "amount", "notes")
CENTS = Decimal("0.01")


def add(
    session: Session,
    client: Person,
    name: str,
    stage: str,
    *,
    next_step: str | None = None,
    close_date: date | None = None,
    amount: Decimal | None = None,
    notes: str | None = None,
    by: Person | None = None,
    now: datetime | None = None,
) -> Deal:
    """Store a new deal for a client (the stage is checked by the caller against the pipeline)."""
    now = now or utcnow()
    deal = Deal(
        client_id=client.id,
        name=name,
        stage=stage,
        next_step=next_step,
        close_date=close_date,
        amount=_cents(amount),
        notes=notes,
        stage_changed_at=now,
        updated_at=now,
        updated_by_id=by.id if by else None,
        created_at=now,
    )
    session.add(deal)
    session.flush()
    return deal


def update(
    session: Session,
    deal: Deal,
    *,
    by: Person | None = None,
    note: str | None = None,
    now: datetime | None = None,
    **changes: Any,
) -> list[DealChange]:
    """Change some of a deal's FIELDS; one history row per field whose value really changed.

    Returns the rows written: empty when nothing changed, and then the deal is left untouched.
    """
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"deals have no field {sorted(unknown)[0]!r}")
    if "amount" in changes:
        changes["amount"] = _cents(changes["amount"])
    now = now or utcnow()
    written = []
    for field in (f for f in FIELDS if f in changes):
        old, new = getattr(deal, field), changes[field]
        if old == new:
            continue
        setattr(deal, field, new)
        written.append(
            DealChange(
                deal_id=deal.id,
                actor_id=by.id if by else None,
                field=field,
                from_value=_text(old),
                to_value=_text(new),
                note=note,
                at=now,
            )
        )
    if written:
        if "stage" in (c.field for c in written):
            deal.stage_changed_at = now
        deal.updated_at, deal.updated_by_id = now, by.id if by else None
        session.add_all(written)
        session.flush()
    return written


def get(session: Session, deal_id: int) -> Deal | None:
    return session.get(Deal, deal_id)


def find_by_name(session: Session, client: Person, name: str) -> Deal | None:
    """A client's deal by its exact name, ignoring case and surrounding spaces."""
    return session.scalars(
        select(Deal)
        .where(Deal.client_id == client.id, func.lower(Deal.name) == name.strip().lower())
        .order_by(Deal.id)
        .limit(1)
    ).first()


def history(session: Session, deal: Deal) -> Sequence[DealChange]:
    """A deal's changes, oldest first."""
    return session.scalars(
        select(DealChange).where(DealChange.deal_id == deal.id).order_by(DealChange.id)
    ).all()


# ---- scoped reads: each query names the client, or the VA, in SQL; nothing is filtered after ---


def of_client(session: Session, client: Person, deal_id: int) -> Deal | None:
    """One of this client's deals by id; None for anyone else's (a forged or stale button)."""
    return session.scalars(select(Deal).where(Deal.id == deal_id, Deal.client_id == client.id)).first()


def served_by(session: Session, person: Person, deal_id: int) -> Deal | None:
    """A deal by id if `person` keeps it up to date: the client's own VA, or any admin."""
    return session.scalars(_served(select(Deal).where(Deal.id == deal_id), person)).first()


def for_client(
    session: Session,
    client: Person,
    *,
    stages: Iterable[str] | None = None,
    excluded: Iterable[str] = (),
    closing: tuple[date, date] | None = None,
    stage_changed: tuple[datetime, datetime] | None = None,
) -> Sequence[Deal]:
    """A client's deals in `stages` (or not in `excluded`), closing or changing stage in half-open windows."""
    query = select(Deal).where(Deal.client_id == client.id)
    if stages is not None:
        query = query.where(Deal.stage.in_(list(stages)))
    if excluded:
        query = query.where(Deal.stage.not_in(list(excluded)))
    if closing is not None:
        first, end = closing
        query = query.where(Deal.close_date >= first, Deal.close_date < end)
    if stage_changed is not None:
        since, until = stage_changed
        query = query.where(Deal.stage_changed_at >= since, Deal.stage_changed_at < until)
    return session.scalars(_soonest_first(query)).unique().all()


def open_for_client(session: Session, client: Person, closed: Iterable[str]) -> Sequence[Deal]:
    """A client's deals in no closed stage (stages come from the deployment's pipeline)."""
    return for_client(session, client, excluded=closed)


def open_for_va(session: Session, person: Person, closed: Iterable[str]) -> Sequence[Deal]:
    """The open deals of every client `person` serves (all clients for an admin), client by client."""
    query = _served(select(Deal).where(Deal.stage.not_in(list(closed))), person).order_by(Deal.client_id)
    return session.scalars(_soonest_first(query)).unique().all()


def recent_history(session: Session, deal: Deal, limit: int) -> Sequence[DealChange]:
    """A deal's latest changes, newest first."""
    query = select(DealChange).where(DealChange.deal_id == deal.id)
    return session.scalars(query.order_by(DealChange.at.desc(), DealChange.id.desc()).limit(limit)).all()


def record_opened(
    session: Session, deal: Deal, *, by: Person | None, note: str | None = None, now: datetime | None = None
) -> DealChange:
    """A new deal's first history line: the stage it opened in (history is only ever appended to)."""
    change = DealChange(
        deal_id=deal.id, actor_id=by.id if by else None, field="stage", from_value=None,
        to_value=deal.stage, note=note, at=now or utcnow(),
    )  # fmt: skip
    session.add(change)
    session.flush()
    return change


def record_note(
    session: Session, deal: Deal, note: str, *, by: Person | None, now: datetime | None = None
) -> DealChange:
    """A note that changes no field ("Called the buyers") still goes on the history, as an update."""
    now = now or utcnow()
    change = DealChange(deal_id=deal.id, actor_id=by.id if by else None, field="note", note=note, at=now)
    deal.updated_at, deal.updated_by_id = now, by.id if by else None
    session.add(change)
    session.flush()
    return change


def _served(query: Select, person: Person) -> Select:
    if person.is_admin:
        return query
    if not person.is_va:
        return query.where(false())
    served = select(ClientProfile.person_id).where(ClientProfile.va_id == person.id)
    return query.where(Deal.client_id.in_(served))


def _soonest_first(query: Select) -> Select:
    return query.order_by(Deal.close_date.is_(None), Deal.close_date, func.lower(Deal.name), Deal.id)


def _cents(amount: Decimal | int | float | str | None) -> Decimal | None:
    return None if amount is None else Decimal(str(amount)).quantize(CENTS)


def _text(value: Any) -> str | None:
    """How a value reads in the history: ISO dates, plain decimals."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def untouched_since(session: Session, open_stages: Iterable[str], moment: datetime) -> Sequence[Deal]:
    """Open deals nobody has changed since `moment`."""
    query = select(Deal).where(Deal.stage.in_(list(open_stages)), Deal.updated_at <= moment)
    return session.scalars(query).unique().all()


def stage_moves(
    session: Session, client: Person, start: datetime, end: datetime
) -> Sequence[tuple[Deal, DealChange]]:
    """Stage changes (openings and closes included) of a client's deals in [start, end), oldest first."""
    query = (
        select(Deal, DealChange)
        .join(DealChange, DealChange.deal_id == Deal.id)
        .where(Deal.client_id == client.id, DealChange.field == "stage")
        .where(DealChange.at >= start, DealChange.at < end)
        .order_by(DealChange.at, DealChange.id)
    )
    return [(deal, change) for deal, change in session.execute(query).unique()]
