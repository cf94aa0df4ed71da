"""Requests and their audited transitions (ARCHITECTURE.md, Requests).

Every move is a conditional UPDATE on the current status, so two people acting at once on any number of
processes can never both win; the loser learns the state the winner left.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session, defaultload

from storage.db import affected_rows
from storage.models import OPEN_REQUEST_STATUSES, ClientProfile, Person, Request, RequestTransition
from storage.types import utcnow

# action: (statuses it may start from, status it leads to)
TRANSITIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "claim": (("queued",), "claimed"),
    "release": (("claimed",), "queued"),
    "done": (("claimed",), "done"),
    "cancel": (("queued", "claimed", "awaiting_confirmation"), "cancelled"),
    "confirm": (("awaiting_confirmation",), "done"),
    "reject": (("awaiting_confirmation",), "cancelled"),
}


# Who may take each action: the client's own VA (or an admin), or also the client themself.
VA_ACTIONS = frozenset({"claim", "release", "done", "confirm", "reject"})
START_STATUSES = ("queued", "awaiting_confirmation")
# How often `move` re-reads a request that another process changed between its read and its update.
MAX_RACES = 5


class NotAllowed(Exception):
    """The actor has no right to move this request."""


@dataclass(frozen=True)
class Outcome:
    """What became of an attempted transition."""

    moved: bool
    request: Request

    @property
    def status(self) -> str:
        return self.request.status


def create(
    session: Session,
    client: Person,
    duty: str,
    text: str,
    *,
    status: str = "queued",
    due_at: datetime | None = None,
    due_all_day: bool = False,
    channel: str | None = None,
    thread_ts: str | None = None,
    details: dict[str, Any] | None = None,
) -> Request:
    """Store a new request and the first line of its audit trail.

    An all-day due date (`due_all_day`) is stored as the start of that day in the client's time zone.
    """
    if status not in START_STATUSES:
        raise ValueError(f"a request starts as one of {START_STATUSES}, not {status!r}")
    request = Request(
        client_id=client.id,
        duty=duty,
        text=text,
        status=status,
        due_at=due_at,
        due_all_day=due_all_day,
        channel=channel,
        thread_ts=thread_ts,
        details=details,
    )
    session.add(request)
    session.flush()
    session.add(RequestTransition(request_id=request.id, actor_id=client.id, to_status=status))
    session.flush()
    return request


def get(session: Session, request_id: int) -> Request | None:
    return session.get(Request, request_id)


def move(
    session: Session,
    request_id: int,
    action: str,
    actor: Person,
    note: str | None = None,
    *,
    now: datetime | None = None,
) -> Outcome:
    """Apply an action atomically; `moved` is False when the request is no longer in a state it applies to.
    `now` is the moment recorded on the request and its audit trail (the caller's clock).

    Raises NotAllowed when the actor has no right to take the action, LookupError for an unknown request.
    """
    sources, target = TRANSITIONS[action]
    request = session.get(Request, request_id, populate_existing=True)
    if request is None:
        raise LookupError(f"no request {request_id}")
    if not may_act(actor, request, action):
        raise NotAllowed(f"{actor.user_id} may not {action} request {request_id}")
    moment = now or utcnow()
    values: dict[str, Any] = {"status": target, "updated_at": moment}
    if action == "claim":
        values["owner_id"] = actor.id
    elif action == "release":
        values["owner_id"] = None
    if note is not None:
        values["note"] = note
    for _ in range(MAX_RACES):
        from_status = request.status
        if from_status not in sources:
            break
        # Conditional on the exact status read, so the audit trail records the state really left.
        moved = affected_rows(
            session,
            update(Request)
            .where(Request.id == request_id, Request.status == from_status)
            .values(**values)
            .execution_options(synchronize_session=False),
        )
        session.refresh(request)
        if moved:
            session.add(
                RequestTransition(
                    request_id=request_id,
                    actor_id=actor.id,
                    from_status=from_status,
                    to_status=target,
                    note=note,
                    at=moment,
                )
            )
            session.flush()
            return Outcome(True, request)
    return Outcome(False, request)


def may_act(actor: Person, request: Request, action: str) -> bool:
    """Whether a person may take an action on a request: checked on every click, never trusted."""
    if actor.is_admin:
        return True
    serving_va = actor.is_va and request.client.client is not None and request.client.client.va_id == actor.id
    if action in VA_ACTIONS:
        return serving_va
    return serving_va or actor.id == request.client_id


def transitions(session: Session, request_id: int) -> Sequence[RequestTransition]:
    return session.scalars(
        select(RequestTransition)
        .where(RequestTransition.request_id == request_id)
        .order_by(RequestTransition.id)
    ).all()


# A list of requests comes with each one's client and owner (joined), but not their duty overrides: those
# were read again for every list (a second query), even for a client whose overrides are already loaded;
# the few who need them read them when they do.
_WITHOUT_OVERRIDES = (
    defaultload(Request.client).defaultload(Person.client).lazyload(ClientProfile.overrides),
    defaultload(Request.owner).defaultload(Person.client).lazyload(ClientProfile.overrides),
)


def _requests() -> Select[Request]:
    return select(Request).options(*_WITHOUT_OVERRIDES)


def list_requests(
    session: Session,
    *,
    client: Person | None = None,
    status: str | None = None,
    statuses: Sequence[str] | None = None,
    limit: int | None = None,
) -> Sequence[Request]:
    """Requests, newest first, optionally of one client and in some states."""
    query = _requests().order_by(Request.created_at.desc(), Request.id.desc())
    if client is not None:
        query = query.where(Request.client_id == client.id)
    if status is not None:
        query = query.where(Request.status == status)
    if statuses is not None:
        query = query.where(Request.status.in_(statuses))
    if limit is not None:
        query = query.limit(limit)
    return session.scalars(query).unique().all()


def open_requests(session: Session, client: Person) -> Sequence[Request]:
    return list_requests(session, client=client, statuses=OPEN_REQUEST_STATUSES)


def finished_since(session: Session, client: Person, since: datetime, limit: int) -> Sequence[Request]:
    """A client's done or cancelled requests last moved at or after `since`, the latest first."""
    query = _requests().where(
        Request.client_id == client.id,
        Request.status.in_(("done", "cancelled")),
        Request.updated_at >= since,
    )
    return (
        session.scalars(query.order_by(Request.updated_at.desc(), Request.id.desc()).limit(limit))
        .unique()
        .all()
    )


def open_served(session: Session, person: Person) -> Sequence[Request]:
    """The open requests of every client `person` serves (all clients for an admin), newest first."""
    if not (person.is_admin or person.is_va):
        return []
    served = select(ClientProfile.person_id)
    if not person.is_admin:
        served = served.where(ClientProfile.va_id == person.id)
    query = _requests().where(Request.status.in_(OPEN_REQUEST_STATUSES), Request.client_id.in_(served))
    return session.scalars(query.order_by(Request.created_at.desc(), Request.id.desc())).unique().all()


def finished_by(session: Session, person: Person, since: datetime) -> Sequence[Request]:
    """The requests `person` held and finished at or after `since`, the latest first ("put 15 minutes on the
    coffee pods one" once it is done)."""
    query = _requests().where(
        Request.owner_id == person.id, Request.status == "done", Request.updated_at >= since
    )
    return session.scalars(query.order_by(Request.updated_at.desc(), Request.id.desc())).unique().all()


def set_card(session: Session, request_id: int, channel: str, ts: str) -> None:
    """Remember where the VA queue card was posted, so it can be updated in place (one UPDATE: a request
    loaded in this session keeps its old values)."""
    statement = update(Request).where(Request.id == request_id).values(card_channel=channel, card_ts=ts)
    affected_rows(session, statement.execution_options(synchronize_session=False))


def card_of(session: Session, request_id: int) -> tuple[str, str] | None:
    """Where a request's VA queue card was posted (channel, ts), once it was; without loading the request."""
    query = select(Request.card_channel, Request.card_ts).where(Request.id == request_id)
    found = session.execute(query).one_or_none()
    return (found.card_channel, found.card_ts) if found is not None and found.card_ts else None


def unclaimed_since(session: Session, moment: datetime) -> Sequence[Request]:
    """Requests still waiting for a VA that were made at or before `moment`."""
    query = _requests().where(Request.status == "queued", Request.created_at <= moment)
    return session.scalars(query).unique().all()


def past_due(session: Session, now: datetime) -> Sequence[Request]:
    """Open requests whose due date has passed."""
    query = _requests().where(
        Request.status.in_(OPEN_REQUEST_STATUSES), Request.due_at.is_not(None), Request.due_at < now
    )
    return session.scalars(query).unique().all()


def done_between(
    session: Session, client: Person, start: datetime, end: datetime
) -> Sequence[tuple[Request, datetime]]:
    """A client's requests that were finished in [start, end) and are still done, with when: oldest first."""
    query = (
        select(Request, RequestTransition.at)
        .join(RequestTransition, RequestTransition.request_id == Request.id)
        .where(
            Request.client_id == client.id,
            Request.status == "done",
            RequestTransition.to_status == "done",
            RequestTransition.at >= start,
            RequestTransition.at < end,
        )
        .order_by(RequestTransition.at, Request.id)
    )
    return [(request, at) for request, at in session.execute(query).unique()]


def locked(session: Session, request_id: int) -> Request | None:
    """The request with its row locked to the end of the unit of work, so that a confirm, a reject and the
    client's cancel cannot interleave (PostgreSQL; SQLite's write lock already serialises them)."""
    session.execute(select(Request.id).where(Request.id == request_id).with_for_update())
    return session.get(Request, request_id, populate_existing=True)
