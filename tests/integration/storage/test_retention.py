"""Retention: the sweep deletes what is finished and old, and keeps what still matters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.jobs.retention import retention
from handlers.proactive.job_run import JobRun
from storage.models import InboxItem, Job, OutboxMessage, SlackEvent
from storage.repositories import inbox, outbox

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
OLD, RECENT = NOW - timedelta(days=20), NOW - timedelta(days=2)


def _kept(session, key: str, status: str, received: datetime) -> None:
    item_id = inbox.keep(
        session, key=key, kind="event", route="converse", payload={}, user_id="U1", team_id="T1",
        order_key="000000000001.000000", available_at=received,
    )  # fmt: skip
    row = session.get(InboxItem, item_id)
    row.status, row.received_at = status, received


def _message(session, key: str, status: str, written: datetime) -> None:
    row = session.get(OutboxMessage, outbox.put(session, key, "chat.postMessage", {"channel": "D1"}))
    row.status, row.created_at = status, written


def test_the_sweep_purges_old_finished_rows_and_keeps_the_rest(sessions):
    with sessions.begin() as session:
        for key, status, when in (
            ("old-done", "done", OLD), ("old-failed", "failed", OLD), ("old-pending", "pending", OLD),
            ("new-done", "done", RECENT),
        ):  # fmt: skip
            _kept(session, key, status, when)
        session.add_all([SlackEvent(event_id="Ev-old", received_at=OLD), SlackEvent(event_id="Ev-new")])
        for key, status, when in (
            ("reply:old", "sent", OLD), ("card:7", "sent", OLD), ("home:3", "sent", OLD),
            ("tell:waiting", "pending", OLD), ("tell:given-up", "dead", OLD), ("reply:new", "sent", RECENT),
        ):  # fmt: skip
            _message(session, key, status, when)

    with sessions.begin() as session:
        job = Job(key="retention", kind="retention", run_at=NOW, payload={})
        next_run = retention(14)(JobRun(session, job, NOW, world=None))  # type: ignore[arg-type]

    assert next_run == NOW + timedelta(hours=6)
    with sessions() as session:
        assert set(session.scalars(select(InboxItem.key))) == {"old-pending", "new-done"}
        assert set(session.scalars(select(SlackEvent.event_id))) == {"Ev-new"}
        assert set(session.scalars(select(OutboxMessage.key))) == {
            "card:7", "home:3", "tell:waiting", "tell:given-up", "reply:new"
        }  # fmt: skip
