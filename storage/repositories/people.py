"""People and client profiles: who is an admin, a VA or a client, and a client's phase and VA."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, contains_eager

from storage.models import ClientProfile, DutyOverride, Person


def find(session: Session, user_id: str, team_id: str = "") -> Person | None:
    """The person with a Slack user id; a person stored without a team matches any team."""
    rows = session.scalars(
        select(Person).where(Person.user_id == user_id, Person.team_id.in_((team_id, "")))
    ).unique()
    people = sorted(rows, key=lambda p: p.team_id != team_id)  # an exact team wins
    return people[0] if people else None


def get(session: Session, person_id: int) -> Person | None:
    return session.get(Person, person_id)


def upsert(session: Session, user_id: str, team_id: str = "", **fields: object) -> Person:
    """Create the person or update the given fields (None leaves a field as it is)."""
    person = find(session, user_id, team_id)
    if person is None:
        person = Person(user_id=user_id, team_id=team_id)
        session.add(person)
    for name, value in fields.items():
        if value is not None:
            setattr(person, name, value)
    session.flush()
    return person


def make_client(session: Session, person: Person, phase: int | None = None) -> ClientProfile:
    """Give a person a client profile (or return theirs), optionally at a phase."""
    profile = person.client or session.get(ClientProfile, person.id)
    if profile is None:
        profile = ClientProfile(person_id=person.id, phase=phase or 1)
        session.add(profile)
        person.client = profile
    elif phase is not None:
        profile.phase = phase
    session.flush()
    return profile


def admins(session: Session) -> Sequence[Person]:
    return session.scalars(select(Person).where(Person.is_admin).order_by(Person.user_id)).unique().all()


def vas(session: Session) -> Sequence[Person]:
    return session.scalars(select(Person).where(Person.is_va).order_by(Person.user_id)).unique().all()


def clients(session: Session, va: Person | None = None) -> Sequence[ClientProfile]:
    """Every client, or only those a VA serves."""
    # The join that orders them also loads each client's person, instead of one query per client later.
    query = (
        select(ClientProfile)
        .join(ClientProfile.person)
        .options(contains_eager(ClientProfile.person))
        .order_by(Person.user_id)
    )
    if va is not None:
        query = query.where(ClientProfile.va_id == va.id)
    return session.scalars(query).unique().all()


def serves(va: Person, client: ClientProfile) -> bool:
    """Whether this person may act for this client: their own VA, or any admin."""
    return va.is_admin or (va.is_va and client.va_id == va.id)


def set_override(session: Session, client: ClientProfile, duty: str, granted: bool | None) -> None:
    """Grant (True) or withhold (False) one duty on top of the phase; None removes the override."""
    current = session.get(DutyOverride, (client.person_id, duty))
    if granted is None:
        if current is not None:
            client.overrides.remove(current)
    elif current is None:
        client.overrides.append(DutyOverride(client_id=client.person_id, duty=duty, granted=granted))
    else:
        current.granted = granted
    session.flush()


def remove_va(session: Session, person: Person) -> Sequence[ClientProfile]:
    """Take away a person's VA role; their clients keep everything but have no VA until given one."""
    orphans = clients(session, va=person)
    for profile in orphans:
        profile.va_id = None
        profile.va = None
    person.is_va = False
    session.flush()
    return orphans


def everyone(session: Session) -> Sequence[Person]:
    """Every person Jane knows, in the order they were added."""
    return session.scalars(select(Person).order_by(Person.id)).unique().all()


def anyone(session: Session) -> bool:
    return session.scalars(select(Person.id).limit(1)).first() is not None


def remove_client(session: Session, person: Person) -> None:
    """Take away a person's client role: their profile and duty overrides go; their requests, deals and
    history stay, since they are the agency's record."""
    profile = person.client or session.get(ClientProfile, person.id)
    if profile is not None:
        session.delete(profile)
        person.client = None
        session.flush()
