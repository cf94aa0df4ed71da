"""A small cast of people for the storage tests: an admin, two VAs and a client for each."""

import pytest

from tests.cast import Team, add_two_teams

IDS = {
    "admin": ("U0ADMIN", "Ann Admin"), "va": ("U0VERA", "Vera"), "other_va": ("U0OTTO", "Otto"),
    "client": ("U0CARLA", "Carla"), "other_client": ("W0DAN", "Dan"),
}  # fmt: skip


@pytest.fixture
def cast(session) -> Team:
    """The cast, committed, in the test's `session`."""
    result = add_two_teams(session, IDS)
    session.commit()
    return result
