"""The people most storage and handler tests start from: an admin, and two VAs each serving a client."""

from __future__ import annotations

from dataclasses import dataclass

from storage.models import Person
from storage.repositories import people


@dataclass
class Team:
    admin: Person
    va: Person
    other_va: Person
    client: Person  # Phase II, in Chicago, served by `va`
    other_client: Person  # Phase I, served by `other_va`


def add_two_teams(session, ids: dict[str, tuple[str, str]]) -> Team:
    """The team, flushed; `ids` gives each role's (Slack user id, name)."""

    def add(role: str, **fields) -> Person:
        user_id, name = ids[role]
        return people.upsert(session, user_id, name=name, **fields)

    admin, va, other_va = add("admin", is_admin=True), add("va", is_va=True), add("other_va", is_va=True)
    client, other_client = add("client", tz="America/Chicago"), add("other_client")
    people.make_client(session, client, phase=2).va_id = va.id
    people.make_client(session, other_client, phase=1).va_id = other_va.id
    session.flush()
    return Team(admin, va, other_va, client, other_client)
