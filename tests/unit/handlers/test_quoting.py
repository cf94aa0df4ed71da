"""A client's words are quoted into mrkdwn escaped: typed markup never becomes a live @here or link."""

from __future__ import annotations

from datetime import timedelta

import pytest

from handlers import home
from handlers.proactive import notices
from handlers.queue import requests as queue
from storage.repositories import requests
from tests.unit.handlers.trust_cast import NOW, add_cast

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])
TYPED = "call them <!here> and pay <https://evil.example|x> & more"
LIVE = ("<!here>", "<https://evil.example|x>")
SAFE = "&lt;!here&gt;"


@pytest.fixture
def cast(session):
    return add_cast(session)


@pytest.fixture
def asked(cast, session):
    return requests.create(session, cast.client, "office_supplies", TYPED, due_at=NOW - timedelta(days=1))


def shown(*texts: str) -> str:
    joined = "\n".join(texts)
    assert not any(live in joined for live in LIVE)
    return joined


def test_the_queue_card_and_status_lists_escape_the_clients_words(cast, session, asked):
    card = queue.card(asked)
    assert SAFE in shown(card.text, *card.sections)
    for who in (cast.client, cast.va):
        status = queue.status(cast.ctx(session, who), None)
        assert SAFE in shown(status.text, *status.sections)


def test_the_home_tab_escapes_the_clients_words(cast, session, asked):
    for who in (cast.client, cast.va):
        lines = [
            item.text for section in home.build(cast.ctx(session, who)).sections for item in section.items
        ]
        assert SAFE in shown(*lines)


def test_nudges_escape_the_clients_words(asked):
    for nudge in (notices.unclaimed(asked, NOW, can_claim=True), notices.overdue_for_va(asked)):
        assert "&lt;https://evil.example|x&gt; &amp; more" in shown(nudge.text, *nudge.sections)
