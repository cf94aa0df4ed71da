"""The engine and session factory: tuned per backend, and timestamps that keep their zone."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from storage.db import database_answers, make_engine, unit_of_work
from storage.models import SlackEvent


@pytest.mark.parametrize("backend", ["sqlite"])
def test_sqlite_runs_in_wal_mode_with_a_busy_timeout_and_foreign_keys(engine):
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_postgresql_pings_pooled_connections_before_use(engine):
    assert engine.pool._pre_ping
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1


def test_the_database_answers(engine):
    assert database_answers(engine)
    assert not database_answers(make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none"))


def test_a_unit_of_work_commits_or_rolls_back_as_a_whole(sessions):
    with unit_of_work(sessions) as session:
        session.add(SlackEvent(event_id="Ev1"))
    with pytest.raises(RuntimeError), unit_of_work(sessions) as session:
        session.add(SlackEvent(event_id="Ev2"))
        session.flush()
        raise RuntimeError("half-way")
    with sessions() as session:
        assert session.scalars(select(SlackEvent.event_id)).all() == ["Ev1"]


def test_moments_come_back_aware_and_equal_whatever_zone_went_in(sessions):
    chicago = timezone(timedelta(hours=-6))
    moment = datetime(2026, 11, 26, 15, 0, tzinfo=chicago)
    with unit_of_work(sessions) as session:
        session.add(SlackEvent(event_id="Ev1", received_at=moment))
    with sessions() as session:
        stored = session.get(SlackEvent, "Ev1").received_at
    assert stored == moment
    assert stored.tzinfo == UTC


def test_a_naive_moment_is_refused(sessions):
    with pytest.raises(Exception, match="naive"), unit_of_work(sessions) as session:
        session.add(SlackEvent(event_id="Ev1", received_at=datetime(2026, 11, 26, 15, 0)))
