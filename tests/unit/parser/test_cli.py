"""`jane parse` as the README describes it, run as a real process."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
MOMENT = ["--tz", "America/Chicago", "--now", "2026-11-25T09:00:00-06:00"]


def jane_parse(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "bot", "parse", *args]
    environment = {**os.environ, **(env or {})}
    return subprocess.run(command, input=stdin, capture_output=True, text=True, cwd=ROOT, env=environment,
                          timeout=60, encoding="utf-8")  # fmt: skip


def test_one_message_as_an_argument():
    done = jane_parse("Am I free at 3 tomorrow?", *MOMENT)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "text": "Am I free at 3 tomorrow?",
        "intent": "calendar.availability",
        "duty": "daily_schedule",
        "phase": 3,
        "slots": {"start": "2026-11-26T15:00:00-06:00", "end": "2026-11-26T15:30:00-06:00"},
    }


def test_batch_answers_every_line_in_order_including_empty_ones():
    lines = [
        "what's on tomorrow",
        "",
        "order more toner by Friday",
        "   ",
        "¿Qué tengo mañana? 🙂",
        "thanks!",
    ]
    done = jane_parse(*MOMENT, stdin="\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert [answer["text"] for answer in answers] == lines
    assert [answer["intent"] for answer in answers] == [
        "calendar.agenda", "unknown", "task.create", "unknown", "unknown", "smalltalk",
    ]  # fmt: skip
    assert answers[2]["slots"] == {"due": "2026-11-27"}
    assert answers[1] == {"text": "", "intent": "unknown", "duty": None, "phase": None, "slots": {}}


def test_output_keeps_non_ascii_text_readable():
    done = jane_parse("café with Zoë friday at 10", *MOMENT)
    assert "Zoë" in done.stdout and "\\u" not in done.stdout


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["hi", "--tz", "Mars/Olympus_Mons"], "time zone"),
        (["hi", "--tz", "../../etc/passwd"], "time zone"),
        (["hi", "--now", "next tuesday-ish"], "--now"),
    ],
)
def test_bad_usage_exits_2_with_one_line(args, complaint):
    done = jane_parse(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert complaint in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_now_without_offset_is_taken_in_the_given_zone():
    done = jane_parse("what's on tomorrow", "--tz", "Asia/Kolkata", "--now", "2026-11-25T23:30")
    assert json.loads(done.stdout)["slots"]["start"] == "2026-11-26T00:00:00+05:30"


def test_zone_defaults_to_the_machine_zone():
    done = jane_parse("what's on tomorrow", "--now", "2026-11-25T09:00:00+00:00", env={"TZ": "Asia/Kolkata"})
    assert json.loads(done.stdout)["slots"]["start"] == "2026-11-26T00:00:00+05:30"


def test_the_parser_imports_no_slack_database_or_google_code():
    heavy = ("slack_bolt", "slack_sdk", "sqlalchemy", "googleapiclient", "dateparser", "rapidfuzz")
    probe = (
        "import sys, bot.parser, bot.commands.parse\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr


CONTEXT = json.dumps(
    {
        "last": {"intent": "calendar.availability", "at": "2026-11-25T08:58:00-06:00"},
        "slot": {
            "start": "2026-11-26T10:15:00-06:00",
            "end": "2026-11-26T10:45:00-06:00",
            "at": "2026-11-25T08:58:00-06:00",
        },
        "deal": {"name": "Baker Street duplex", "at": "2026-11-25T08:50:00-06:00"},
    }
)


def test_a_context_applies_to_every_line():
    done = jane_parse(
        *MOMENT, "--context", CONTEXT, stdin="and at 2?\nwhen does it close?\norder more toner\n"
    )
    assert done.returncode == 0, done.stderr
    first, second, third = (json.loads(line) for line in done.stdout.splitlines())
    assert (first["intent"], first["slots"]["start"]) == (
        "calendar.availability",
        "2026-11-26T14:00:00-06:00",
    )
    assert first["slots"]["refers_to"] == "slot" and first["slots"]["follow_up"] == "ellipsis"
    assert (second["intent"], second["slots"]["deal"]) == ("deal.status", "Baker Street duplex")
    assert (third["intent"], third["duty"]) == ("task.create", "office_supplies")


def test_a_context_applies_to_the_argument_too():
    done = jane_parse("what's it priced at?", *MOMENT, "--context", CONTEXT)
    assert json.loads(done.stdout)["slots"]["ask"] == "amount"


@pytest.mark.parametrize(
    ("context", "complaint"),
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "JSON object"),
        ('{"deal": {"name": "Baker"}}', '"at"'),
        ('{"dael": {"at": "2026-11-25T08:00:00"}}', "unknown topic"),
        ('{"slot": {"start": "soon", "at": "2026-11-25T08:00:00"}}', "slot.start"),
    ],
)
def test_a_bad_context_exits_2_with_one_line(context, complaint):
    done = jane_parse("hi", *MOMENT, "--context", context)
    assert done.returncode == 2 and done.stdout == ""
    assert complaint in done.stderr and len(done.stderr.strip().splitlines()) == 1
