from __future__ import annotations

import pytest

from bot.console import demo
from tests.demo_shell import NOW


@pytest.fixture
def seeded(sessions) -> dict[str, int]:
    """The demo seeded at NOW: each person's id by name."""
    with sessions.begin() as session:
        return {name: person.id for name, person in demo.seed(session, NOW).items()}
