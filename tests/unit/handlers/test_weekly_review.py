"""The weekly review's content: a client's own week, summarised within Slack's limits, never cut mid-item."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from slack_sdk.models.blocks import Block

from bot.slack import render
from handlers.core import messages
from handlers.deals.stages import DEFAULT
from handlers.proactive import weekly_review
from handlers.proactive.weekly_review import Period
from integrations.calendar import Agenda, Event
from storage.repositories import deals, time_entries
from storage.repositories import requests as repo
from tests.unit.handlers.trust_cast import NOW, add_cast

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])
WEEK = Period(NOW - timedelta(days=7), NOW, (NOW + timedelta(days=2), NOW + timedelta(days=9)))
SLACK_TEXT_LIMIT = 3000  # what bot/slack/render.py gives a message's fallback text


@pytest.fixture
def cast(session):
    return add_cast(session)


def finish(session, client, va, text, note=None, minutes=(), at=NOW - timedelta(days=1)):
    request = repo.create(session, client, "general", text)
    repo.move(session, request.id, "claim", va, now=at - timedelta(minutes=5))
    repo.move(session, request.id, "done", va, note, now=at)
    for spent in minutes:
        time_entries.add(session, request, va, spent, at=at)
    return request


def test_a_week_of_200_requests_is_summarised_in_one_message_slack_accepts(cast, session):
    client = cast.client
    for n in range(200):
        long_words = f"request {n:03d} " + "please sort out the quarterly mailing for the east region " * 10
        finish(session, client, cast.va, long_words, note="Done and dusted, " * 40, minutes=(30,))
    for n in range(60):
        repo.create(session, client, "general", f"open errand {n:02d} " + "x" * 300)

    reply = weekly_review.review(session, client.client, WEEK, pipeline=DEFAULT)
    message = render.message(reply)

    assert len(message["text"]) <= SLACK_TEXT_LIMIT and len(reply.plain()) <= SLACK_TEXT_LIMIT, (
        "never clipped"
    )
    assert len(message["blocks"]) <= 50
    for block in message["blocks"]:
        Block.parse(block).validate_json()  # raises when a block breaks one of Slack's limits
    done = reply.sections[0].splitlines()
    assert done[0] == "*Done this week (200, 100h):*"
    shown = [line for line in done[1:] if line.startswith("• ")]
    more = re.fullmatch(r"…and (\d+) more, (\d+)h(?: (\d+)m)?\.", done[-1])
    assert more, done[-1]
    rest = int(more[2]) * 60 + int(more[3] or 0)
    assert len(shown) + int(more[1]) == 200 and rest == (200 - len(shown)) * 30
    for line in shown:  # each item whole: its words clipped by design (…), then its owner, time and note
        assert line.endswith("”") and f"<@{cast.va.user_id}> (30m)" in line
    still_open = next(s for s in reply.sections if s.startswith("*Still open (60)"))
    assert re.search(r"…and \d+ more\.$", still_open)


def test_the_review_lists_what_was_done_with_notes_and_time_what_is_open_and_who_has_it(cast, session):
    client = cast.client
    finish(session, client, cast.va, "order printer paper", note="5 reams, Thursday", minutes=(45, 30, -15))
    claimed = repo.create(session, client, "general", "book the van")
    repo.move(session, claimed.id, "claim", cast.va)
    finish(session, client, cast.va, "an old one", at=NOW - timedelta(days=8))  # last week's

    reply = weekly_review.review(session, client.client, WEEK, pipeline=DEFAULT, footnote="when")

    va = f"<@{cast.va.user_id}>"
    assert (
        reply.sections[0]
        == f"*Done this week (1, 1h):*\n• order printer paper — {va} (1h): “5 reams, Thursday”"
    )
    assert reply.sections[1] == f"*Still open (1):*\n• book the van — {va} is on it"
    assert reply.footnote == "when" and "an old one" not in reply.plain()


def test_deals_and_the_calendar_appear_only_where_the_phase_grants_them(cast, session):
    client = cast.client  # Phase II: neither sales tracking nor the daily schedule
    deal = deals.add(session, client, "Oak Ave", "offer", now=NOW - timedelta(days=2))
    deals.update(session, deal, stage="under_contract", now=NOW - timedelta(days=1))
    finish(session, client, cast.va, "order toner")
    upcoming = Agenda((Event("e1", "Dentist", NOW + timedelta(days=3), NOW + timedelta(days=3, hours=1)),))

    phase_two = weekly_review.review(session, client.client, WEEK, pipeline=DEFAULT, upcoming=upcoming)
    client.client.phase = 3
    phase_three = weekly_review.review(session, client.client, WEEK, pipeline=DEFAULT, upcoming=upcoming)

    assert "Deals" not in phase_two.plain() and "Dentist" not in phase_two.plain()
    assert "*Deals that moved (1):*\n• Oak Ave: Offer → Under contract" in phase_three.sections
    assert any(
        s.startswith("*Next week at a glance (1 event):*") and "Dentist" in s for s in phase_three.sections
    )


def test_an_empty_week_is_one_line(cast, session):
    reply = weekly_review.review(session, cast.client.client, WEEK, pipeline=DEFAULT, footnote="when")
    assert reply.sections == () and reply.footnote is None and reply.buttons == ()
    assert reply.text == messages.REVIEW_EMPTY.format(start="Wed 18 Nov", end="Wed 25 Nov")


def test_a_client_sees_only_their_own_requests(cast, session):
    finish(session, cast.other_client, cast.other_va, "the other client's errand")
    reply = weekly_review.review(session, cast.client.client, WEEK, pipeline=DEFAULT)
    assert "other client" not in reply.plain() and reply.sections == ()


def test_the_scheduled_week_runs_from_the_last_review_and_glances_at_next_monday_to_sunday(backend):
    chicago = ZoneInfo("America/Chicago")
    friday_four = NOW.replace(day=27, hour=22)  # Fri 27 Nov 2026, 16:00 in Chicago
    period = weekly_review.scheduled_period(friday_four, chicago)
    assert period.start == friday_four - timedelta(days=7) and period.end == friday_four
    assert period.ahead is not None
    assert [m.astimezone(chicago).isoformat() for m in period.ahead] == [
        "2026-11-30T00:00:00-06:00", "2026-12-07T00:00:00-06:00",
    ]  # fmt: skip
