"""The console's text: Slack markup read as plain text, buttons shown as the commands that do the same."""

from __future__ import annotations

import pytest

from bot.console_io import button_hint, plain, reply_text
from handlers.reply import Button, Reply

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
    assert button_hint(Button("8:00 AM", "agenda.time", "08:00")) == "[8:00 AM]"  # no console command


def test_a_reply_reads_top_to_bottom():
    reply = Reply(
        "*Done*", sections=("for <@UTOM>",), buttons=(Button("Cancel", "request.cancel", "1"),), footnote="ok"
    )
    assert reply_text(reply, NAMES) == "Done\nfor @tom\n[Cancel: /cancel 1]\nok"
