"""A small cast of people for the storage tests: an admin, two VAs and a client for each."""

from dataclasses import dataclass

import pytest

from storage.models import Person
from storage.repositories import people


@dataclass
class Cast:
    admin: Person
    va: Person
    other_va: Person
    client: Person
    other_client: Person


def add_cast(session) -> Cast:
    admin = people.upsert(session, "U0ADMIN", name="Ann Admin", is_admin=True)
    va = people.upsert(session, "U0VERA", name="Vera", is_va=True)
    other_va = people.upsert(session, "U0OTTO", name="Otto", is_va=True)
    client = people.upsert(session, "U0CARLA", name="Carla", tz="America/Chicago")
    people.make_client(session, client, phase=2).va_id = va.id
    other_client = people.upsert(session, "W0DAN", name="Dan")
    people.make_client(session, other_client, phase=1).va_id = other_va.id
    session.flush()
    return Cast(admin, va, other_va, client, other_client)


@pytest.fixture
def cast(session) -> Cast:
    """The cast, committed, in the test's `session`."""
    result = add_cast(session)
    session.commit()
    return result
