"""The README documents every extension of the operator contract: each `jane` command and each flag."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

from bot.cli import build_parser

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, list[str]]]:
    """("jane admin client set", its --flags) for `jane` and every command below it, read from argparse."""
    flags = [o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"]
    yield " ".join(("jane", *path)), flags
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name))


def test_every_command_and_flag_has_a_readme_line():
    """A flag counts as documented on a line that names its command (a synopsis, as `--help` shows)."""
    tree = dict(commands(build_parser()))
    assert tree["jane admin client set"] == ["--phase", "--va", "--name", "--email", "--tz", "--calendar"]
    missing = []
    for command, flags in tree.items():
        lines = [line for line in README.splitlines() if re.search(rf"{re.escape(command)}(?![\w-])", line)]
        missing += [command] if not lines else [f"{command} {f}" for f in flags if not _on(f, lines)]
    assert missing == []


def test_the_agenda_settings_intent_is_documented_with_its_slots():
    parse = README.split("### `jane parse`", 1)[1].split("\n### ", 1)[0]
    assert all(f"`{word}`" in parse for word in ("agenda.settings", "time", "weekdays", "stop"))


def _on(flag: str, lines: list[str]) -> bool:
    return any(re.search(rf"{re.escape(flag)}(?![\w-])", line) for line in lines)
