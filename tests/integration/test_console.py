"""`jane console` as a person would use it: typed lines on stdin, Jane's answers on stdout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]


def console(tmp_path: Path, *args: str, typed: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot console …` in an empty directory with no Slack or Google settings at all."""
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "GOOGLE_", "JANE_", "DATABASE_"))
    }
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", "console", *args],
        input=typed, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60,
    )  # fmt: skip


def test_a_demo_session_from_calendar_question_to_done(tmp_path):
    database = f"sqlite:///{tmp_path / 'demo.db'}"
    typed = "\n".join(
        [
            "what's on my calendar today?",  # maria, Phase III: answered from the local calendar
            "/as tom",
            "please order more printer paper",  # tom, Phase I: a request for his VA, ben
            "what's on my calendar today?",  # …but his calendar is Phase III
            "/as ben",
            "/queue",
            "/claim 5",  # the demo's requests 1 to 4 were done earlier this week
            "/done 5 20m Ordered 5 reams",
        ]
    )
    result = console(tmp_path, "--fresh", "--database", database, typed=typed + "\n")

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "maria (client, Phase III)> what's on my calendar today?" in out
    assert "Coffee with Priya (lender)" in out and "<!date" not in out and "<@" not in out
    assert "tom (client, Phase I)> please order more printer paper" in out
    assert "I've asked your VA, ben, to order office supplies." in out
    assert "→ to @ben (card): Office supplies for @tom" in out
    assert "which unlocks in Phase III" in out and "[Ask my VA about Phase 3: /ask 3]" in out
    assert "#5 @tom · Office supplies: please order more printer paper — waiting for a VA" in out
    assert "→ to @tom: @ben has picked up your request to order office supplies." in out
    assert "→ to @tom: Done: your request to order office supplies." in out
    assert "@ben says: Ordered 5 reams" in out and "Time spent: 20m." in out
    assert "→ to @ben (updated card)" in out and "Done by @ben" in out
    assert result.stderr == ""


def test_the_default_database_is_reused_and_fresh_starts_over(tmp_path):
    first = console(tmp_path, "--as", "tom", typed="please order more printer paper\n/as sam\n/queue\n")
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "jane-demo.db").exists()
    assert "sam (admin)> /queue" in first.stdout and "#5 @tom" in first.stdout

    again = console(tmp_path, "--as", "sam", typed="/queue\n")
    assert "#5 @tom" in again.stdout, "the same demo database, kept between runs"

    fresh = console(tmp_path, "--fresh", "--as", "UADMIN001", typed="/queue\n")
    assert "#5 @tom" not in fresh.stdout and "The queue is empty." in fresh.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("--as", "nobody"), "jane: nobody here is called 'nobody'; try one of: ana, ben, maria, sam, tom"),
        (("--fresh", "--database", "postgresql://db.example/jane"), "jane: --fresh deletes a SQLite file"),
        (("--database", "demo.db"), "jane: --database 'demo.db' is not a database URL; for a SQLite file"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, args, says):
    monkeypatch.chdir(tmp_path)  # in-process: the default demo database lands here
    assert main(["console", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith(says) and err.count("\n") == 1
