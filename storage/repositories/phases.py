"""Phase changes and duty overrides: proposals, decisions and direct changes, all on one audit trail.

A raise is proposed by one side and decided by the other (ARCHITECTURE.md); a direct change (an admin's, or
a lowering) is applied at once. Who may do which is the caller's policy; this module keeps the record
straight and makes a decision atomic, so a double click on Accept changes the phase once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from storage.db import affected_rows, insert
from storage.models import OPEN_PROPOSAL, ClientProfile, Person, PhaseChange
from storage.repositories import people
from storage.types import utcnow

PROPOSED = "proposed"
ACCEPTED = "accepted"
DECLINED = "declined"
WITHDRAWN = "withdrawn"
APPLIED = "applied"


@dataclass(frozen=True)
class Decision:
    """What became of an attempt to decide a proposal; `decided` is False when it was no longer open."""

    decided: bool
    change: PhaseChange


def propose(
    session: Session, client: ClientProfile, to_phase: int, by: Person | None, note: str | None = None
) -> PhaseChange:
    """Record a proposal to move a client to `to_phase`; an open proposal for the same phase is reused.

    The partial unique index decides, not a read before the write: of simultaneous proposals (two clicks,
    two processes) one is inserted and the others get that one back.
    """
    inserted = session.execute(
        insert(session, PhaseChange)
        .values(
            client_id=client.person_id,
            status=PROPOSED,
            from_phase=client.phase,
            to_phase=to_phase,
            proposed_by_id=by.id if by else None,
            note=note,
        )
        .on_conflict_do_nothing(index_elements=["client_id", "to_phase"], index_where=text(OPEN_PROPOSAL))
        .returning(PhaseChange.id)
    ).scalar()
    if inserted is not None:
        return session.get_one(PhaseChange, inserted)
    return session.scalars(
        select(PhaseChange).where(
            PhaseChange.client_id == client.person_id,
            PhaseChange.to_phase == to_phase,
            PhaseChange.status == PROPOSED,
        )
    ).one()


def decide(
    session: Session,
    change_id: int,
    accepted: bool,
    by: Person | None,
    note: str | None = None,
    *,
    now: datetime | None = None,
) -> Decision:
    """Accept (and apply) or decline an open proposal; only the first decision counts.

    Accepting withdraws the client's other open proposals, as a direct change does.
    """
    now = now or utcnow()
    status = ACCEPTED if accepted else DECLINED
    values = {"status": status, "decided_by_id": by.id if by else None, "decided_at": now}
    if note is not None:
        values["note"] = note
    decided = affected_rows(
        session,
        update(PhaseChange)
        .where(PhaseChange.id == change_id, PhaseChange.status == PROPOSED)
        .values(**values)
        .execution_options(synchronize_session=False),
    )
    change = session.get(PhaseChange, change_id, populate_existing=True)
    if change is None:
        raise LookupError(f"no phase change {change_id}")
    if decided and accepted:
        if change.to_phase is None:  # only a duty override change has no phase, and it is never proposed
            raise ValueError(f"phase change {change_id} names no phase to move to")
        profile = session.get_one(ClientProfile, change.client_id)
        profile.phase = change.to_phase
        for other in open_proposals(session, profile):  # made against the phase that just changed
            withdraw(session, other.id, by, now=now)
    session.flush()
    return Decision(bool(decided), change)


def withdraw(session: Session, change_id: int, by: Person | None, *, now: datetime | None = None) -> bool:
    """Withdraw an open proposal; False when it was already decided or withdrawn."""
    return bool(
        affected_rows(
            session,
            update(PhaseChange)
            .where(PhaseChange.id == change_id, PhaseChange.status == PROPOSED)
            .values(status=WITHDRAWN, decided_by_id=by.id if by else None, decided_at=now or utcnow()),
        )
    )


def apply(
    session: Session,
    client: ClientProfile,
    to_phase: int,
    by: Person | None,
    note: str | None = None,
    *,
    now: datetime | None = None,
) -> PhaseChange:
    """Set a client's phase directly (an admin's change, or a lowering) and withdraw open proposals.

    Open proposals were made against the old phase, so they no longer mean what they said.
    """
    now = now or utcnow()
    for proposal in open_proposals(session, client):
        withdraw(session, proposal.id, by, now=now)
    change = PhaseChange(
        client_id=client.person_id,
        status=APPLIED,
        from_phase=client.phase,
        to_phase=to_phase,
        proposed_by_id=by.id if by else None,
        decided_by_id=by.id if by else None,
        note=note,
        created_at=now,
        decided_at=now,
    )
    client.phase = to_phase
    session.add(change)
    session.flush()
    return change


def record_start(session: Session, client: ClientProfile, by: Person | None) -> PhaseChange:
    """The first line of a new client's trail: the phase they start in."""
    change = PhaseChange(
        client_id=client.person_id,
        status=APPLIED,
        to_phase=client.phase,
        proposed_by_id=by.id if by else None,
        decided_by_id=by.id if by else None,
        decided_at=utcnow(),
    )
    session.add(change)
    session.flush()
    return change


def override(
    session: Session,
    client: ClientProfile,
    duty: str,
    granted: bool | None,
    by: Person | None,
    note: str | None = None,
) -> PhaseChange:
    """Grant (True) or withhold (False) one duty on top of the phase, or drop the override (None)."""
    people.set_override(session, client, duty, granted)
    change = PhaseChange(
        client_id=client.person_id,
        status=APPLIED,
        duty=duty,
        granted=granted,
        proposed_by_id=by.id if by else None,
        decided_by_id=by.id if by else None,
        note=note,
        decided_at=utcnow(),
    )
    session.add(change)
    session.flush()
    return change


def get(session: Session, change_id: int) -> PhaseChange | None:
    return session.get(PhaseChange, change_id)


def open_proposals(session: Session, client: ClientProfile) -> Sequence[PhaseChange]:
    return session.scalars(
        select(PhaseChange)
        .where(PhaseChange.client_id == client.person_id, PhaseChange.status == PROPOSED)
        .order_by(PhaseChange.id)
    ).all()


def open_proposals_of(session: Session, client_ids: Iterable[int]) -> dict[int, list[PhaseChange]]:
    """The open proposals of many clients in one query, by client id (oldest first; none: no entry)."""
    ids = list(client_ids)
    if not ids:
        return {}
    found: dict[int, list[PhaseChange]] = {}
    for proposal in session.scalars(
        select(PhaseChange)
        .where(PhaseChange.client_id.in_(ids), PhaseChange.status == PROPOSED)
        .order_by(PhaseChange.id)
    ):
        found.setdefault(proposal.client_id, []).append(proposal)
    return found


def history(session: Session, client: ClientProfile) -> Sequence[PhaseChange]:
    """Every proposal, decision and change for a client, oldest first."""
    return session.scalars(
        select(PhaseChange).where(PhaseChange.client_id == client.person_id).order_by(PhaseChange.id)
    ).all()
