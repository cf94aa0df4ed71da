"""Deal queries on SQLite and PostgreSQL: scoped to the client or the VA in SQL, history only appended to,
and a client's open deals found through an index even among 100,000 deals."""

from __future__ import annotations

import time
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, select, text

from handlers.deals.stages import CLOSED_STAGES, STAGE_IDS
from storage.models import DealChange
from storage.repositories import deals

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


def names(found) -> list[str]:
    return [deal.name for deal in found]


@pytest.fixture
def book(session, cast):
    """Two deals each for the cast's two clients, in different stages; one closed."""
    jones = deals.add(session, cast.client, "Jones closing", "offer", close_date=date(2026, 12, 4), now=NOW)
    farm = deals.add(session, cast.client, "Old farm", "closed_lost", close_date=date(2026, 11, 2), now=NOW)
    loft = deals.add(session, cast.other_client, "Jones loft", "offer", close_date=date(2026, 12, 1), now=NOW)
    session.commit()
    return jones, farm, loft


def test_a_deal_is_read_by_id_only_within_its_client(session, cast, book):
    jones, _, loft = book
    assert deals.of_client(session, cast.client, jones.id) is jones
    assert deals.of_client(session, cast.client, loft.id) is None
    assert deals.of_client(session, cast.other_client, jones.id) is None


def test_a_deal_is_read_for_update_only_by_its_clients_va_or_an_admin(session, cast, book):
    jones, _, loft = book
    assert deals.served_by(session, cast.va, jones.id) is jones
    assert deals.served_by(session, cast.va, loft.id) is None
    assert deals.served_by(session, cast.other_va, loft.id) is loft
    assert deals.served_by(session, cast.admin, loft.id) is loft
    assert deals.served_by(session, cast.client, jones.id) is None  # a client updates nothing


def test_open_deals_per_client_and_per_va(session, cast, book):
    assert names(deals.open_for_client(session, cast.client, CLOSED_STAGES)) == ["Jones closing"]
    assert names(deals.open_for_va(session, cast.va, CLOSED_STAGES)) == ["Jones closing"]
    assert names(deals.open_for_va(session, cast.other_va, CLOSED_STAGES)) == ["Jones loft"]
    assert names(deals.open_for_va(session, cast.admin, CLOSED_STAGES)) == ["Jones closing", "Jones loft"]
    assert deals.open_for_va(session, cast.client, CLOSED_STAGES) == []


def test_windows_are_half_open_and_scoped(session, cast, book):
    december = (date(2026, 12, 1), date(2027, 1, 1))
    assert names(deals.for_client(session, cast.client, closing=december)) == ["Jones closing"]
    assert names(deals.for_client(session, cast.client, closing=(date(2026, 11, 2), date(2026, 12, 4)))) == [
        "Old farm"
    ]
    moved = deals.for_client(
        session, cast.client, stages=CLOSED_STAGES, stage_changed=(NOW, NOW + timedelta(1))
    )
    assert names(moved) == ["Old farm"]
    assert deals.for_client(session, cast.client, stage_changed=(NOW - timedelta(1), NOW)) == []


def test_history_is_only_ever_appended_to(session, cast, book):
    jones = book[0]
    deals.update(session, jones, by=cast.va, stage="under_contract", note="Signed", now=NOW)
    first = [(c.id, c.field, c.from_value, c.to_value) for c in deals.history(session, jones)]
    deals.update(session, jones, by=cast.va, stage="closing", next_step="Walkthrough", now=NOW + timedelta(1))
    deals.record_note(session, jones, "Called the buyers", by=cast.va, now=NOW + timedelta(2))
    later = [(c.id, c.field, c.from_value, c.to_value) for c in deals.history(session, jones)]
    assert later[: len(first)] == first and len(later) == 4
    assert [c.field for c in deals.recent_history(session, jones, 2)] == ["note", "next_step"]
    session.commit()


@pytest.mark.parametrize("tamper", ["edit", "delete"])
def test_a_history_row_cannot_be_edited_or_removed(session, cast, book, tamper):
    [change] = deals.update(session, book[0], by=cast.va, stage="under_contract", now=NOW)
    session.commit()
    if tamper == "edit":
        change.to_value = "closed_won"
    else:
        session.delete(change)
    with pytest.raises(ValueError, match="append-only"):
        session.flush()
    session.rollback()
    assert session.scalars(select(DealChange.to_value)).all() == ["under_contract"]


# --- indexes ----------------------------------------------------------------------------------------------


@contextmanager
def captured(engine):
    """The SQL and parameters of every SELECT on deals run inside the block (to EXPLAIN the real query)."""
    seen: list[tuple[str, object]] = []

    def keep(_connection, _cursor, statement, parameters, _context, _executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM deals" in statement:
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def plan(session, statement: str, parameters, prefix: str) -> str:
    rows = session.connection().exec_driver_sql(f"{prefix} {statement}", parameters).all()
    return "\n".join(" ".join(str(part) for part in row) for row in rows)


@pytest.mark.parametrize("backend", ["sqlite"])
def test_sqlite_finds_a_clients_open_deals_through_an_index(engine, session, cast, book):
    with captured(engine) as seen:
        deals.open_for_client(session, cast.client, CLOSED_STAGES)
    [(statement, parameters)] = seen
    shown = plan(session, statement, parameters, "EXPLAIN QUERY PLAN")
    assert "USING INDEX ix_deals_client" in shown, shown


BULK_DEALS = 100_000
BULK_CLIENTS = 1_000


BULK_PEOPLE = """
    INSERT INTO people (team_id, user_id, name, tz, is_admin, is_va, work_start, work_end, created_at)
    SELECT '', 'UBULK' || g, 'bulk ' || g, 'UTC', false, false, '09:00', '18:00', now()
    FROM generate_series(1, :clients) AS g
"""
BULK_DEALS_SQL = """
    INSERT INTO deals (client_id, name, stage, close_date, amount, stage_changed_at, updated_at, created_at)
    SELECT ids.all_ids[1 + g % cardinality(ids.all_ids)], 'Deal ' || g,
           (CAST(:stages AS text[]))[1 + (g * 7) % cardinality(CAST(:stages AS text[]))],
           DATE '2026-01-01' + (g % 700), g * 10, now(), now(), now()
    FROM generate_series(1, :deals) AS g,
         (SELECT array_agg(id) AS all_ids FROM people WHERE user_id LIKE 'UBULK%') AS ids
"""


def fill(session) -> None:
    """100,000 deals over 1,000 other clients in one INSERT … SELECT, most of them long closed; ANALYZE."""
    session.execute(text(BULK_PEOPLE), {"clients": BULK_CLIENTS})
    stages = list(STAGE_IDS) + ["closed_won"] * 8 + ["closed_lost"] * 4
    session.execute(text(BULK_DEALS_SQL), {"deals": BULK_DEALS, "stages": stages})
    session.execute(text("ANALYZE people"))
    session.execute(text("ANALYZE deals"))


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"])
def test_postgres_finds_a_clients_open_deals_by_index_among_100000(engine, session, cast, book):
    started = time.monotonic()
    fill(session)
    assert session.scalar(text("SELECT count(*) FROM deals")) == BULK_DEALS + len(book)
    with captured(engine) as seen:
        found = deals.open_for_client(session, cast.client, CLOSED_STAGES)
        deals.for_client(session, cast.client, closing=(date(2026, 12, 1), date(2027, 1, 1)))
    assert names(found) == ["Jones closing"]
    plans = [plan(session, statement, parameters, "EXPLAIN") for statement, parameters in seen]
    for shown in plans:
        print(shown)
        assert "Index" in shown and "ix_deals_client" in shown, shown
        assert "Seq Scan on deals" not in shown, shown
    assert time.monotonic() - started < 20
