"""The engine and session factory: tuned per backend, timestamps that keep their zone, and SQLite's one
writer handed from thread to thread."""

import threading
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from storage.db import WriterGate, database_answers, make_engine, unit_of_work
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


def test_the_writer_is_handed_on_to_urgent_writers_first_then_in_the_order_they_came():
    gate, order = WriterGate(), []
    assert gate.enter(urgent=False, patience=1.0)

    def writer(name: str, urgent: bool) -> None:
        if gate.enter(urgent, patience=5.0):
            order.append(name)
            gate.leave()

    threads = []
    for name, urgent in (("first", False), ("second", False), ("ack", True)):
        threads.append(threading.Thread(target=writer, args=(name, urgent)))
        threads[-1].start()
        waiting = len(threads)
        deadline = time.monotonic() + 5
        while len(gate._urgent) + len(gate._others) < waiting and time.monotonic() < deadline:
            time.sleep(0.001)
    gate.leave()
    for thread in threads:
        thread.join(5)
    assert order == ["ack", "first", "second"]


def test_a_writer_out_of_patience_gives_up_its_place():
    gate = WriterGate()
    assert gate.enter(urgent=False, patience=1.0)
    outcome: list[bool] = []
    waiter = threading.Thread(target=lambda: outcome.append(gate.enter(urgent=True, patience=0.05)))
    waiter.start()
    waiter.join(5)
    gate.leave()
    assert outcome == [False]
    assert gate.enter(urgent=False, patience=0.0)  # free: nobody was handed the lock meanwhile
    gate.leave()
