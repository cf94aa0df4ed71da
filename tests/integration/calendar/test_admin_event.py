"""`jane admin event add`: events on a client's local calendar, from the operator's command line."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from bot.cli import main
from storage import migrate
from storage.db import make_engine, make_session_factory
from storage.models import CalendarEvent


@pytest.fixture
def database(backend, empty_db_url, monkeypatch, tmp_path):
    if backend == "postgresql":  # the contract: on PostgreSQL the operator upgrades first
        engine = make_engine(empty_db_url)
        migrate.upgrade(engine)
        engine.dispose()
    monkeypatch.setenv("DATABASE_URL", empty_db_url)
    monkeypatch.chdir(tmp_path)  # no .env here
    assert main(["admin", "client", "add", "UMARIA01", "--phase", "3", "--tz", "America/Chicago"]) == 0
    return empty_db_url


def admin(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["admin", "event", "add", *argv])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def rows(url: str) -> list[CalendarEvent]:
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            return list(session.scalars(select(CalendarEvent).order_by(CalendarEvent.id)))
    finally:
        engine.dispose()


def test_a_timed_event_in_the_clients_zone_added_once(database, capsys):
    argv = ("UMARIA01", "Lunch with Sam", "--start", "2026-03-10T12:00", "--end", "2026-03-10T13:00",
            "--location", "Blue Bottle", "--link", "https://meet.example/x")  # fmt: skip
    code, out, _ = admin(capsys, *argv)
    again, out_again, _ = admin(capsys, *argv)
    assert (code, again) == (0, 0)
    assert out == "Added “Lunch with Sam” for UMARIA01: Tue, Mar 10, 12:00 PM–1:00 PM (America/Chicago).\n"
    assert out_again.startswith("Already there:")
    [row] = rows(database)
    assert row.starts_at == datetime(2026, 3, 10, 17, 0, tzinfo=UTC) and row.link == "https://meet.example/x"


def test_an_all_day_event_includes_its_last_day(database, capsys):
    code, out, _ = admin(
        capsys, "UMARIA01", "Conference", "--start", "2026-03-10", "--end", "2026-03-12", "--all-day"
    )
    assert code == 0 and "all day, Tuesday, March 10 to Thursday, March 12" in out
    [row] = rows(database)
    assert row.all_day and (row.starts_at.date(), row.ends_at.date()) == (
        date(2026, 3, 10),
        date(2026, 3, 13),
    )


@pytest.mark.parametrize(
    "argv",
    [
        ("UMARIA01", "No end", "--start", "2026-03-10T12:00"),
        ("UMARIA01", "Backwards", "--start", "2026-03-10T12:00", "--end", "2026-03-10T11:00"),
        ("UMARIA01", "Bad date", "--start", "next tuesday", "--end", "2026-03-10T11:00"),
        ("UNOBODY1", "Nobody", "--start", "2026-03-10T12:00", "--end", "2026-03-10T13:00"),
        (
            "UMARIA01",
            "Bad link",
            "--start",
            "2026-03-10T12:00",
            "--end",
            "2026-03-10T13:00",
            "--link",
            "ftp://x",
        ),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(database, capsys, argv):
    code, out, err = admin(capsys, *argv)
    assert code == 2 and out == "" and err.startswith("jane: ") and err.count("\n") == 1
    assert rows(database) == []
