"""The console's shell in-process on the seeded demo: a two-sided phase change typed line by line."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot import demo
from bot.console_shell import Quit, Shell
from storage.models import OutboxMessage

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


@pytest.fixture
def shell(sessions) -> Shell:
    with sessions.begin() as session:
        cast = demo.seed(session, NOW)
        ben = cast["ben"].id
    return Shell(sessions, ben, clock=lambda: NOW)


def run(shell: Shell, line: str) -> str:
    return "\n".join(shell.handle(line))


def test_a_va_proposes_and_the_client_accepts_in_the_console(shell, sessions):
    assert shell.prompt() == "ben (VA)> "
    proposed = run(shell, "/phase @tom 2")
    assert "I've asked @tom about Phase II" in proposed
    [number] = re.findall(r"\[Accept: /accept (\d+)\]", proposed)
    assert "→ to @tom: @ben proposes moving you up to Phase II" in proposed

    assert run(shell, f"/accept {number}").startswith("That one is for @tom to decide")
    run(shell, "/as tom")
    assert shell.prompt() == "tom (client, Phase I)> "
    accepted = run(shell, f"/accept {number}")

    assert accepted.startswith("Accepted — you're now in Phase II")
    assert "→ to @ben: @tom accepted the move: @tom is now in Phase II" in accepted
    assert shell.prompt() == "tom (client, Phase II)> "
    with sessions() as session:
        assert {row.status for row in session.query(OutboxMessage)} == {"sent"}, "shown means sent"


def test_unknown_commands_people_and_numbers_are_answered(shell):
    assert run(shell, "/dance") == "I don't know /dance. Type /help to see the commands."
    assert run(shell, "/as nobody") == "Nobody here is called nobody. Type /who to see everyone."
    assert run(shell, "/claim first") == "Which one? Give its number, e.g. /claim 3 (/queue lists them)."
    assert "* ben (VA) (UVA000002)" in run(shell, "/who")
    assert run(shell, "   ") == ""
    with pytest.raises(Quit):
        shell.handle("/quit")
