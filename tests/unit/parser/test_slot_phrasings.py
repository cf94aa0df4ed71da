"""The slot checks of slot_phrasings.txt, read the way the corpus scorer reads them."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.unit.parser.support import CHICAGO, understood


def local(value: str) -> datetime:
    if len(value) == 10:
        return datetime.fromisoformat(value).replace(tzinfo=CHICAGO)
    return datetime.fromisoformat(value).astimezone(CHICAGO)


def rows() -> list[tuple[str, str, str]]:
    lines = (Path(__file__).parent / "slot_phrasings.txt").read_text(encoding="utf-8").splitlines()
    return [tuple(part.strip() for part in line.split(" | ", 2)) for line in lines if line and line[0] != "#"]


def observed(check: str, slots) -> str:
    if check == "dates":
        last = local(slots["end"]) - timedelta(seconds=1)
        return f"{local(slots['start']).date()},{last.date()}"
    return {
        "start": lambda: local(slots["start"]).strftime("%Y-%m-%dT%H:%M"),
        "date": lambda: local(slots["start"]).date().isoformat(),
        "due": lambda: local(slots["due"]).date().isoformat(),
        "duration": lambda: str(slots["duration_minutes"]),
        "deal": lambda: slots["deal"].lower(),
        "stage": lambda: slots["stage"],
    }[check]()


@pytest.mark.parametrize(("check", "expected", "text"), rows())
def test_slot(check, expected, text):
    seen = observed(check, understood(text).slots)
    assert expected in seen if check == "deal" else seen == expected
