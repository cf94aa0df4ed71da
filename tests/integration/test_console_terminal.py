"""`jane console` at a terminal: arrow keys edit the line and recall earlier ones; piped input as is."""

from __future__ import annotations

import builtins
import importlib.util
import io

import pytest

from bot.commands import console


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Shell:
    def prompt(self) -> str:
        return "maria> "


@pytest.mark.parametrize("at_a_terminal", [True, False])
def test_line_editing_is_switched_on_only_at_a_terminal(monkeypatch, at_a_terminal):
    asked = []
    monkeypatch.setattr(console, "_line_editing", asked.append)
    monkeypatch.setattr("sys.stdin", Terminal() if at_a_terminal else io.StringIO())
    monkeypatch.setattr(builtins, "input", lambda prompt: (_ for _ in ()).throw(EOFError))

    assert console._loop(Shell()) == 0

    assert asked == [at_a_terminal]


def test_line_editing_uses_readline_where_python_has_it():
    assert console._line_editing(False) is False, "piped input is read as it comes"
    assert console._line_editing(True) is (importlib.util.find_spec("readline") is not None)


class Failing(Shell):
    def handle(self, line: str) -> list[str]:
        raise RuntimeError("a bug")


def typing(monkeypatch, *lines: str) -> None:
    """input() returns these lines, then end-of-file, as piped input would."""
    typed = iter(lines)
    monkeypatch.setattr("sys.stdin", io.StringIO())
    monkeypatch.setattr(
        builtins, "input", lambda prompt: next(typed, None) or (_ for _ in ()).throw(EOFError)
    )


def test_a_failing_line_is_one_plain_answer_and_the_session_goes_on(monkeypatch, capsys):
    typing(monkeypatch, "what's on today?", "hi")

    assert console._loop(Failing()) == 0

    out = capsys.readouterr().out
    assert out.count(console.messages.SOMETHING_WENT_WRONG) == 2, "the second line was still read"
    assert "`jane --debug console`" in out and "Traceback" not in out and "a bug" not in out
    typing(monkeypatch, "hi")
    with pytest.raises(RuntimeError):
        console._loop(Failing(), debug=True)
