"""`jane admin va|admin|client …`: adding and changing the people Jane knows, and their roles."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from bot.errors import UsageError
from bot.settings import Settings
from storage.models import ClientProfile, Person
from storage.repositories import people, phases

NO_VA = "none"


def va_add(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    person, verb = _upsert(session, args, settings, is_va=True)
    return [f"{verb} VA {_who(person)}."]


def va_remove(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    person = people.find(session, args.user_id)
    if person is None or not person.is_va:
        return [f"{args.user_id} is not a VA; nothing changed."]
    orphans = people.remove_va(session, person)
    if not orphans:
        return [f"{_who(person)} is no longer a VA."]
    ids = ", ".join(profile.person.user_id for profile in orphans)
    return [
        f"{_who(person)} is no longer a VA; their clients {ids} have no VA now "
        "(give them one with `jane admin client set USER_ID --va VA_USER_ID`)."
    ]


def admin_add(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    person, verb = _upsert(session, args, settings, is_admin=True)
    return [f"{verb} admin {_who(person)}."]


def client_add(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    va = _va(session, args.va)  # checked before anything is written
    person, _ = _upsert(session, args, settings)
    profile = person.client
    if profile is None:
        profile = people.make_client(session, person, args.phase)
        phases.record_start(session, profile, by=None)
        verb = "Added"
    else:
        if profile.phase != args.phase:
            phases.apply(session, profile, args.phase, by=None, note="jane admin client add")
        verb = "Updated"
    _set_client(profile, args, va)
    session.flush()
    return [f"{verb} client {_who(person)}: {_describe(profile)}."]


def client_set(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    fields = ("phase", "va", "name", "email", "tz", "calendar")
    if all(getattr(args, name) is None for name in fields):
        raise UsageError("nothing to change; give at least one of --" + ", --".join(fields))
    profile = client_of(session, args.user_id)
    va = _va(session, args.va)
    person = profile.person
    name = args.name.strip() if args.name else None
    people.upsert(session, person.user_id, person.team_id, name=name, email=args.email, tz=args.tz)
    if args.phase is not None and args.phase != profile.phase:
        phases.apply(session, profile, args.phase, by=None, note="jane admin client set")
    _set_client(profile, args, va)
    session.flush()
    return [f"Updated client {_who(person)}: {_describe(profile)}."]


def _upsert(session: Session, args: argparse.Namespace, settings: Settings, **role) -> tuple[Person, str]:
    existing = people.find(session, args.user_id)
    tz = getattr(args, "tz", None) or (None if existing else settings.default_tz)
    name = args.name.strip() if args.name else None
    person = people.upsert(
        session, args.user_id, name=name, email=getattr(args, "email", None), tz=tz, **role
    )
    return person, "Updated" if existing else "Added"


def _va(session: Session, user_id: str | None) -> Person | None:
    """The VA named by --va: None when not given or `none`; refused when not a VA."""
    if user_id is None or user_id == NO_VA:
        return None
    va = people.find(session, user_id)
    if va is None or not va.is_va:
        raise UsageError(f"{user_id} is not a VA; add them first with `jane admin va add {user_id}`")
    return va


def client_of(session: Session, user_id: str) -> ClientProfile:
    person = people.find(session, user_id)
    if person is None or person.client is None:
        raise UsageError(
            f"{user_id} is not a client; add them with `jane admin client add {user_id} --phase N`"
        )
    return person.client


def _set_client(profile: ClientProfile, args: argparse.Namespace, va: Person | None) -> None:
    if args.va is not None:
        profile.va = va
    if args.calendar is not None:
        profile.calendar_id = args.calendar.strip()


def _who(person: Person) -> str:
    return f"{person.user_id} ({person.name})" if person.name else person.user_id


def _describe(profile: ClientProfile) -> str:
    va = profile.va.user_id if profile.va else "no VA"
    calendar = profile.calendar_id or "primary"
    return f"phase {profile.phase}, {va}, time zone {profile.person.tz}, calendar {calendar}"
