"""`jane admin va|admin|client …`: adding and changing the people Jane knows, and their roles."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bot.errors import JaneError, UsageError
from bot.settings import Settings, is_time_zone
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


@dataclass(frozen=True)
class SlackProfile:
    """What Slack's users.info says of a person (email only with the users:read.email scope)."""

    name: str | None
    tz: str | None
    email: str | None


def fill_from_slack(args: argparse.Namespace, settings: Settings) -> None:
    """`client add`: what was not given (name, time zone, email) from Slack's profile, when a bot token is
    set; without one, a note (printed after the commit) that a new client got the default zone."""
    args.notes = []
    if args.tz and args.name and args.email:
        return
    if not settings.slack_bot_token:
        args.assume_tz_note = True
        return
    profile = slack_profile(settings, args.user_id)
    args.name = args.name or profile.name
    args.email = args.email or profile.email
    args.tz = args.tz or (profile.tz if profile.tz and is_time_zone(profile.tz) else None)


def slack_profile(settings: Settings, user_id: str) -> SlackProfile:
    """users.info through Jane's one Web API client; a refusal or no answer is one line."""
    from slack_sdk.errors import SlackApiError

    from bot.app import make_web_client  # Slack's libraries load only for commands that talk to Slack

    try:
        user = make_web_client(settings).users_info(user=user_id)["user"]
    except SlackApiError as error:
        code = error.response.get("error") or f"HTTP {error.response.status_code}"
        if code == "user_not_found":
            raise UsageError(f"Slack knows no user {user_id} (user_not_found)") from None
        raise JaneError(
            f"Slack did not say who {user_id} is ({code}); give --tz (and --name, --email) to add them "
            "without asking Slack"
        ) from None
    except OSError as error:
        raise JaneError(f"could not reach Slack at {settings.slack_api_url}: {error}") from None
    details = user.get("profile") or {}
    name = user.get("real_name") or details.get("real_name") or details.get("display_name") or None
    return SlackProfile(name=name, tz=user.get("tz"), email=details.get("email") or None)


def client_add(session: Session, args: argparse.Namespace, settings: Settings) -> list[str]:
    va = _va(session, args.va)  # checked before anything is written
    if getattr(args, "assume_tz_note", False) and not args.tz and people.find(session, args.user_id) is None:
        args.notes.append(
            f"no --tz for {args.user_id} and no SLACK_BOT_TOKEN to ask Slack: assumed {settings.default_tz} "
            "(JANE_DEFAULT_TZ); change it with `jane admin client set --tz`"
        )
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
