"""The console's shell on the seeded demo, for tests that type lines as one of its people."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.console.shell import Shell

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # Wednesday 09:00 in Chicago; the demo's work was this week


def shell_as(sessions, seeded: dict[str, int], name: str) -> Shell:
    return Shell(sessions, seeded[name], clock=lambda: NOW)


def run(shell: Shell, line: str) -> str:
    return "\n".join(shell.handle(line))
