"""Time entries on both backends: append-only, totals per client and person in each client's own month,
and `jane admin hours`, whose CSV adds up to exactly the entries."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest
from sqlalchemy import select

from bot.cli import main
from handlers.hours.report import month, totals
from storage.db import make_engine, make_session_factory
from storage.models import TimeEntry
from storage.repositories import people, time_entries
from storage.repositories import requests as repo

# (client, minutes, moment): Chicago's November starts at 05:00 UTC on Nov 1 and ends at 06:00 UTC on Dec 1;
# Tokyo's November starts at 15:00 UTC on Oct 31.
ENTRIES = (
    ("UCHI", 45, "2026-11-01T04:30:00+00:00"),  # Oct 31, 23:30 in Chicago: October's
    ("UCHI", 30, "2026-11-01T05:30:00+00:00"),  # Nov 1, 00:30 in Chicago
    ("UCHI", 90, "2026-11-30T23:00:00+00:00"),  # Nov 30, 17:00
    ("UCHI", -15, "2026-12-01T05:59:00+00:00"),  # Nov 30, 23:59: a correction, still November's
    ("UCHI", 60, "2026-12-01T06:00:00+00:00"),  # Dec 1, 00:00: December's
    ("UTYO", 20, "2026-10-31T16:00:00+00:00"),  # Nov 1, 01:00 in Tokyo: November's
    ("UTYO", 25, "2026-11-30T16:00:00+00:00"),  # Dec 1, 01:00 in Tokyo: December's
)
NOVEMBER = {("UCHI", "UANA"): 105, ("UTYO", "UBEN"): 20}


def seed(sessions) -> None:
    with sessions.begin() as session:
        ana = people.upsert(session, "UANA", name="Ana", is_va=True)
        ben = people.upsert(session, "UBEN", name="Ben", is_va=True)
        for user_id, tz, va in (("UCHI", "America/Chicago", ana), ("UTYO", "Asia/Tokyo", ben)):
            client = people.upsert(session, user_id, name=user_id.lower(), tz=tz)
            people.make_client(session, client, 1).va_id = va.id
        session.flush()
        for user_id, minutes, at in ENTRIES:
            client = people.find(session, user_id)
            assert client is not None and client.client is not None and client.client.va is not None
            request = repo.create(session, client, "general", f"errand for {user_id}")
            time_entries.add(session, request, client.client.va, minutes, at=datetime.fromisoformat(at))


def test_entries_are_append_only(sessions):
    seed(sessions)
    with sessions() as session:
        entry = session.scalars(select(TimeEntry)).first()
        assert entry is not None
        entry.minutes = 1
        with pytest.raises(ValueError, match="append-only"):
            session.flush()
        session.rollback()
        session.delete(session.scalars(select(TimeEntry)).first())
        with pytest.raises(ValueError, match="append-only"):
            session.flush()


def test_a_month_is_counted_in_each_clients_own_time_zone(sessions):
    seed(sessions)
    with sessions() as session:
        lines = totals(session, month(2026, 11), people.clients(session))
        found = {
            (line.client.user_id, line.person.user_id if line.person else None): line.minutes
            for line in lines
        }
    assert found == NOVEMBER


@pytest.fixture
def database(migrated_db_url, monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", migrated_db_url)
    monkeypatch.chdir(tmp_path)
    return migrated_db_url


def admin(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["admin", *argv])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def test_the_csv_for_invoicing_adds_up_to_the_entries_of_the_month(database, capsys):
    engine = make_engine(database)
    try:
        seed(make_session_factory(engine))
    finally:
        engine.dispose()

    code, out, err = admin(capsys, "hours", "--month", "2026-11", "--csv")

    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {(r["client"], r["person"]): int(r["minutes"]) for r in rows} == NOVEMBER
    assert sum(int(r["minutes"]) for r in rows) == sum(NOVEMBER.values())
    assert [r["hours"] for r in rows] == ["1.75", "0.33"] and [r["entries"] for r in rows] == ["3", "1"]
    assert {r["month"] for r in rows} == {"2026-11"}


def test_the_text_report_totals_by_client_and_one_client_alone(database, capsys):
    engine = make_engine(database)
    try:
        seed(make_session_factory(engine))
    finally:
        engine.dispose()

    code, out, _ = admin(capsys, "hours", "--month", "2026-11", "--client", "UTYO")
    assert code == 0 and "UTYO  utyo  (Asia/Tokyo): 20m" in out and "UCHI" not in out and "Total: 20m" in out
    code, out, _ = admin(capsys, "hours", "--month", "2026-12")
    assert "UCHI  uchi  (America/Chicago): 1h" in out and "Total: 1h 25m" in out


@pytest.mark.parametrize("bad", ["2026-13", "Nov", "2026-1", "0000-01"])
def test_a_bad_month_is_a_usage_error(database, capsys, bad):
    code, out, err = admin(capsys, "hours", "--month", bad)
    assert code == 2 and out == "" and "is not a month; use YYYY-MM" in err


def test_an_unknown_client_is_a_usage_error(database, capsys):
    code, _, err = admin(capsys, "hours", "--client", "UNOBODY1")
    assert code == 2 and "UNOBODY1 is not a client" in err
