"""Who Jane works with, changed by an admin from Slack: add a client or a VA, change a client's VA or email,
remove someone. Name, time zone and email come from Slack's profile (the edge looks it up and passes it in).

A client's phase is set when they are added; after that it changes only through `/phase`, where raising it
needs both sides (ARCHITECTURE.md, Phase changes).
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.core import messages
from handlers.core.context import Context
from handlers.core.mrkdwn import escape, mention
from handlers.core.reply import Reply
from handlers.phases import duties
from storage.models import Person
from storage.repositories import people

CLIENT, VA = "client", "va"


@dataclass(frozen=True)
class Profile:
    """What Slack's profile says of a person (the email only with the users:read.email scope)."""

    name: str | None = None
    tz: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Change:
    """What an admin asked for one person: their role, a new client's phase, their VA, email, or removal."""

    user_id: str
    role: str = CLIENT
    phase: int | None = None  # a new client's; None when not said (Phase I)
    va_user_id: str | None = None
    email: str | None = None
    remove: bool = False


def save(ctx: Context, change: Change, profile: Profile) -> Reply:
    """Add, change or remove one person; admins only. The people affected are told."""
    if not ctx.asker.is_admin:
        return Reply(messages.PEOPLE_ADMINS_ONLY, ephemeral=True)
    if change.remove:
        return _remove(ctx, change.user_id)
    va = people.find(ctx.session, change.va_user_id) if change.va_user_id else None
    if change.va_user_id and (va is None or not va.is_va):
        return Reply(messages.PEOPLE_NOT_A_VA.format(user=change.va_user_id), ephemeral=True)
    known = people.find(ctx.session, change.user_id)
    person = people.upsert(
        ctx.session, change.user_id, name=profile.name, tz=profile.tz, email=change.email or profile.email
    )
    if change.role == VA:
        return _add_va(ctx, person, was_va=known is not None and known.is_va)
    return _save_client(ctx, person, change, va, new=known is None or known.client is None)


def refresh(ctx: Context, user_id: str, profile: Profile) -> None:
    """Slack says a person's profile changed (`user_change`): keep their name, zone and email current."""
    person = people.find(ctx.session, user_id)
    if person is not None:
        people.upsert(ctx.session, user_id, name=profile.name, tz=profile.tz, email=profile.email)
        ctx.notify.refresh_home(person)


def _add_va(ctx: Context, person: Person, *, was_va: bool) -> Reply:
    person.is_va = True
    if not was_va:
        ctx.notify.tell(person, Reply(messages.PEOPLE_WELCOME_VA), key=f"people:welcome-va:{person.id}")
    _refresh_admins(ctx)
    return Reply(messages.PEOPLE_VA_ADDED.format(who=mention(person)), ephemeral=True)


def _save_client(ctx: Context, person: Person, change: Change, va: Person | None, *, new: bool) -> Reply:
    profile = people.make_client(ctx.session, person, (change.phase or 1) if new else None)
    before = profile.va
    if va is not None:
        profile.va_id, profile.va = va.id, va
    if new:
        welcome = messages.PEOPLE_WELCOME_CLIENT.format(
            phase_name=duties.PHASE_NAMES[profile.phase],
            va=mention(va) if va else messages.PEOPLE_NO_VA_YET,
        )
        ctx.notify.tell(person, Reply(welcome), key=f"people:welcome-client:{person.id}")
    if va is not None and (before is None or before.id != va.id):
        told = Reply(messages.PEOPLE_NEW_CLIENT_FOR_VA.format(client=mention(person)))
        ctx.notify.tell(va, told, key=f"people:va:{person.id}:{va.id}")
        ctx.notify.refresh_home(va)
    ctx.notify.refresh_home(person)
    _refresh_admins(ctx)
    template = messages.PEOPLE_CLIENT_ADDED if new else messages.PEOPLE_CLIENT_CHANGED
    # an existing client's phase changes only through /phase (both sides agree): a phase given here is not
    # taken, and the admin is told so rather than left to think it was
    asked = change.phase if not new and change.phase != profile.phase else None
    phase_kept = messages.PEOPLE_PHASE_KEPT.format(asked=duties.PHASE_NAMES[asked]) if asked else None
    return Reply(
        template.format(
            who=mention(person),
            phase_name=duties.PHASE_NAMES[profile.phase],
            va=mention(profile.va) if profile.va else messages.PEOPLE_NO_VA_YET,
            zone=escape(person.tz),
        ),
        sections=(phase_kept,) if phase_kept else (),
        ephemeral=True,
    )


def _remove(ctx: Context, user_id: str) -> Reply:
    person = people.find(ctx.session, user_id)
    if person is None or not (person.is_va or person.client is not None):
        return Reply(messages.PEOPLE_NOBODY.format(user=user_id), ephemeral=True)
    lines = []
    if person.is_va:
        orphans = people.remove_va(ctx.session, person)
        if orphans:
            lines.append(
                messages.PEOPLE_ORPHANS.format(clients=", ".join(mention(p.person) for p in orphans))
            )
    if person.client is not None:
        people.remove_client(ctx.session, person)
    ctx.notify.refresh_home(person)
    _refresh_admins(ctx)
    return Reply(messages.PEOPLE_REMOVED.format(who=mention(person)), sections=tuple(lines), ephemeral=True)


def _refresh_admins(ctx: Context) -> None:
    for admin in people.admins(ctx.session):
        ctx.notify.refresh_home(admin)
