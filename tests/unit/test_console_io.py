"""The console's text: Slack markup read as plain text, buttons shown as the commands that do the same."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from bot.console import shell as console_shell
from bot.console.text import button_hint, plain, reply_text
from handlers.buttons import BUTTONS, BY_ACTION
from handlers.calendar import home as calendar_home
from handlers.core.reply import Button, Reply

ROOT = Path(__file__).resolve().parents[2]

NAMES = {"UANA": "ana", "UTOM": "tom"}


@pytest.mark.parametrize(
    ("mrkdwn", "text"),
    [
        ("<@UANA> picked it up for <@UTOM|tom>", "@ana picked it up for @tom"),
        ("<@UNOBODY> asked", "@UNOBODY asked"),
        ("Lunch at <!date^1764090000^{time}|9:00 AM>", "Lunch at 9:00 AM"),
        (
            "*Phase II — trusted admin* and *bold*, but 2*3*4 stays",
            "Phase II — trusted admin and bold, but 2*3*4 stays",
        ),
        ("<https://meet.example/x|Join> or <https://example.com>", "Join or https://example.com"),
        ("Q&amp;A &lt;soon&gt;", "Q&A <soon>"),
    ],
)
def test_slack_markup_reads_as_plain_text(mrkdwn, text):
    assert plain(mrkdwn, NAMES) == text


def test_buttons_show_the_command_that_does_the_same():
    assert button_hint(Button("Claim", "request.claim", "12")) == "[Claim: /claim 12]"
    assert button_hint(Button("Accept", "phase.accept#2", "4")) == "[Accept: /accept 4]"
    assert button_hint(Button("8:00 AM", "agenda.time", "08:00")) == "[8:00 AM: /agenda 08:00]"
    assert button_hint(Button("New deal", "deal.new")) == "[New deal: /deal new]"
    assert button_hint(Button("Connect", "calendar.connect", url="https://x.example/c")) == (
        "[Connect: https://x.example/c]"
    )
    assert button_hint(Button("Mystery", "nobody.listens", "1")) == "[Mystery]"


def test_every_button_jane_can_show_is_in_a_capability_table_and_the_console_types_it():
    """Found in the source, so a new button outside the tables, or without a console command, fails here."""
    shown = {action for action, has_url in _buttons_in_source() if not has_url}
    assert shown <= set(BY_ACTION), shown - set(BY_ACTION)
    assert len(shown) >= 15, "the scan found the buttons"
    typed = {b.command.split()[0] for b in BUTTONS if b.command}
    assert typed <= set(console_shell.COMMANDS), typed - set(console_shell.COMMANDS)
    # The console never sets up Google sign-in, so the App Home's Connect is the one it never shows.
    assert {b.action for b in BUTTONS if b.command is None} == {calendar_home.CONNECT_LINK}


def test_each_button_has_one_entry():
    assert len(BY_ACTION) == len(BUTTONS)


def _buttons_in_source():
    """(action, is a link button) of every Button(…) written in handlers/ and bot/, resolved in its module."""
    for path in sorted([*ROOT.glob("handlers/**/*.py"), *ROOT.glob("bot/**/*.py")]):
        if "Button(" not in path.read_text() or path.match("bot/console/text.py"):  # re-reads blocks
            continue
        module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Button":
                keywords = {k.arg: k.value for k in node.keywords}
                action = node.args[1] if len(node.args) > 1 else keywords["action"]
                # The action's expression (a constant or module.CONSTANT), evaluated in its own module.
                expression = compile(ast.Expression(action), str(path), "eval")
                yield eval(expression, vars(module)), "url" in keywords


def test_a_reply_reads_top_to_bottom():
    reply = Reply(
        "*Done*", sections=("for <@UTOM>",), buttons=(Button("Cancel", "request.cancel", "1"),), footnote="ok"
    )
    assert reply_text(reply, NAMES) == "Done\nfor @tom\n[Cancel: /cancel 1]\nok"
