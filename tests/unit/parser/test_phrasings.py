"""The phrasings in phrasings.txt: each message must come out as the intent (and duty) written beside it."""

from pathlib import Path

import pytest

from handlers.phases.duties import phase_of
from tests.unit.parser.support import understood

INTENT_DUTIES = {
    "agenda.settings": "daily_schedule",
    "calendar.agenda": "daily_schedule",
    "calendar.availability": "daily_schedule",
    "calendar.event": "daily_schedule",
    "calendar.schedule": "appointment_scheduling",
    "deal.status": "sales_tracking",
    "deal.pipeline": "sales_tracking",
}


def phrasings() -> list[tuple[str, str | None, str]]:
    rows = []
    for line in (Path(__file__).parent / "phrasings.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, text = (part.strip() for part in line.split(" | ", 1))
            intent, _, duty = label.partition("/")
            rows.append((intent, duty or INTENT_DUTIES.get(intent), text))
    return rows


@pytest.mark.parametrize(("intent", "duty", "text"), phrasings())
def test_phrasing(intent, duty, text):
    parsed = understood(text)
    assert (parsed.intent, parsed.duty, parsed.phase) == (intent, duty, phase_of(duty))
