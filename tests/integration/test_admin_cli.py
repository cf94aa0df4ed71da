"""`jane admin` as operators and scripts use it (README, Commands): the real console script, then in-process.

The console-script test starts from an empty database: on SQLite `jane admin` upgrades it itself, on
PostgreSQL the operator's `jane db upgrade` comes first (as the contract asks). The in-process tests start
from a clean migrated database.
"""

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from bot.cli import main
from storage.db import make_engine, make_session_factory
from storage.repositories import deals, people, phases, requests

JANE = Path(sys.executable).with_name("jane")


@pytest.fixture
def database(migrated_db_url, monkeypatch, tmp_path):
    """The URL `jane` will use (via DATABASE_URL), in a working directory without a `.env`."""
    monkeypatch.setenv("DATABASE_URL", migrated_db_url)
    monkeypatch.chdir(tmp_path)
    return migrated_db_url


def jane(*argv: str) -> subprocess.CompletedProcess:
    """The installed console script, as a shell would run it."""
    assert JANE.exists(), f"no console script at {JANE}; install the project (pip install -e '.[dev]')"
    return subprocess.run([str(JANE), *argv], capture_output=True, text=True, timeout=60)


def admin(capsys, *argv: str) -> tuple[int, str, str]:
    """`jane admin …` in this process: exit status, stdout, stderr."""
    try:
        code = main(["admin", *argv])
    except SystemExit as exit_:  # argparse refuses before any command runs
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(url: str) -> dict:
    """Every row of every table: what "changes nothing" compares."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            names = inspect(connection).get_table_names()
            return {
                name: sorted(map(tuple, connection.execute(text(f'SELECT * FROM "{name}"')).all()), key=repr)
                for name in names
            }
    finally:
        engine.dispose()


def test_the_console_script_adds_a_va_and_a_client_and_lists_them(
    backend, empty_db_url, monkeypatch, tmp_path
):
    monkeypatch.setenv("DATABASE_URL", empty_db_url)
    monkeypatch.chdir(tmp_path)
    if backend == "postgresql":  # the operator's step; SQLite is upgraded by `jane admin` itself
        upgraded = jane("db", "upgrade")
        assert upgraded.returncode == 0, upgraded.stderr
    added = jane("admin", "va", "add", "U0VERA", "--name", "Vera Lopez")
    assert added.returncode == 0, added.stderr
    added = jane(
        "admin", "client", "add", "U0CARLA", "--phase", "2", "--va", "U0VERA", "--name", "Carla Diaz",
        "--email", "carla@example.com", "--tz", "America/Chicago", "--calendar", "carla@example.com",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = jane("admin", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == {
        "admins": [],
        "vas": [{"user_id": "U0VERA", "name": "Vera Lopez"}],
        "clients": [
            {
                "user_id": "U0CARLA",
                "name": "Carla Diaz",
                "email": "carla@example.com",
                "tz": "America/Chicago",
                "phase": 2,
                "va": "U0VERA",
                "calendar": "carla@example.com",
                "duties": [
                    "mailing_lists",
                    "office_supplies",
                    "mailings",
                    "general",
                    "appointment_confirmations",
                    "ad_copy",
                    "call_email_screening",
                ],
            }
        ],
    }

    before = snapshot(empty_db_url)
    refused = jane("admin", "client", "add", "U0DAN", "--phase", "1", "--va", "U0NOBODY")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "U0NOBODY is not a VA" in refused.stderr
    assert "Traceback" not in refused.stderr and refused.stdout == ""
    assert snapshot(empty_db_url) == before


@pytest.fixture
def seeded(database):
    """Vera, a VA, and her client Carla (phase 2, America/Chicago), as `jane admin` would store them."""
    engine = make_engine(database)
    try:
        with make_session_factory(engine).begin() as session:
            people.upsert(session, "U0VERA", name="Vera", tz="UTC", is_va=True)
            carla = people.upsert(session, "U0CARLA", tz="America/Chicago")
            profile = people.make_client(session, carla, phase=2)
            profile.va = people.find(session, "U0VERA")
            phases.record_start(session, profile, by=None)
    finally:
        engine.dispose()
    return database


# Refused from the arguments alone, before the database is opened.
@pytest.mark.parametrize(
    "argv, says",
    [
        (["va", "add", "u0lower"], "'u0lower' is not a Slack user id"),
        (["admin", "add", "C0CHANNEL"], "'C0CHANNEL' is not a Slack user id"),
        (["client", "add", "U0DAN", "--phase", "4"], "invalid choice: 4"),
        (["client", "add", "U0DAN", "--phase", "two"], "--phase"),
        (
            ["client", "add", "U0DAN", "--phase", "1", "--tz", "Mars/Olympus"],
            "unknown time zone 'Mars/Olympus'",
        ),
        (["client", "add", "U0DAN", "--phase", "1", "--tz", "America"], "unknown time zone 'America'"),
        (["client", "add", "U0DAN", "--phase", "1", "--va", "vera"], "--va 'vera' is not a Slack user id"),
        (["client", "add", "U0DAN", "--phase", "1", "--email", "dan at home"], "not an email address"),
        (["deal", "add", "U0CARLA", "Jones", "--stage", "haggling"], "lead, qualified, proposal, offer"),
        (["deal", "add", "U0CARLA", "Jones", "--stage", "lead", "--close-date", "soon"], "not a date"),
        (["deal", "add", "U0CARLA", "Jones", "--stage", "lead", "--amount", "-5"], "not an amount"),
        (["requests", "--status", "open"], "invalid choice: 'open'"),
    ],
)
@pytest.mark.parametrize("backend", ["sqlite"])
def test_malformed_input_exits_2_in_one_line_and_changes_nothing(seeded, capsys, argv, says):
    refused_without_change(seeded, capsys, argv, says)


# Refused after looking in the database.
@pytest.mark.parametrize(
    "argv, says",
    [
        (["client", "add", "U0DAN", "--phase", "1", "--va", "U0CARLA"], "U0CARLA is not a VA"),
        (["client", "add", "U0DAN", "--phase", "1", "--va", "U0NOBODY"], "U0NOBODY is not a VA"),
        (["client", "set", "U0NOBODY", "--phase", "3"], "U0NOBODY is not a client"),
        (["client", "set", "U0CARLA"], "nothing to change"),
        (["client", "set", "U0CARLA", "--phase", "3", "--va", "U0NOBODY"], "U0NOBODY is not a VA"),
        (["deal", "add", "U0VERA", "Jones", "--stage", "lead"], "U0VERA is not a client"),
        (["requests", "--client", "U0VERA"], "U0VERA is not a client"),
    ],
)
def test_unknown_people_exit_2_in_one_line_and_change_nothing(seeded, capsys, argv, says):
    refused_without_change(seeded, capsys, argv, says)


def refused_without_change(url, capsys, argv, says):
    before = snapshot(url)
    code, out, err = admin(capsys, *argv)
    assert code == 2
    assert says in err and err.count("\n") == 1 and err.startswith("jane")
    assert out == ""
    assert snapshot(url) == before


def test_adding_twice_updates_instead_of_duplicating(seeded, capsys):
    before = snapshot(seeded)
    code, out, _ = admin(capsys, "va", "add", "U0VERA", "--name", "Vera")
    assert code == 0 and out.startswith("Updated VA U0VERA")
    assert snapshot(seeded) == before
    code, out, _ = admin(capsys, "client", "add", "U0CARLA", "--phase", "3", "--email", "c@example.com")
    assert code == 0 and out.startswith("Updated client U0CARLA")
    listed = json.loads(admin(capsys, "list", "--json")[1])
    (carla,) = listed["clients"]
    assert (carla["phase"], carla["va"], carla["email"], carla["tz"]) == (
        3,
        "U0VERA",
        "c@example.com",
        "America/Chicago",
    )
    assert [v["user_id"] for v in listed["vas"]] == ["U0VERA"]


def test_client_set_changes_only_what_is_given_and_audits_the_phase(seeded, capsys):
    code, out, _ = admin(capsys, "client", "set", "U0CARLA", "--phase", "1", "--va", "none")
    assert code == 0 and "phase 1" in out and "no VA" in out
    sessions = make_session_factory(make_engine(seeded))
    with sessions() as session:
        carla = people.find(session, "U0CARLA")
        assert (carla.client.phase, carla.client.va_id, carla.tz) == (1, None, "America/Chicago")
        assert [(c.status, c.from_phase, c.to_phase) for c in phases.history(session, carla.client)] == [
            ("applied", None, 2),
            ("applied", 2, 1),
        ]


def test_removing_a_va_keeps_their_clients_and_says_so(seeded, capsys):
    code, out, _ = admin(capsys, "va", "remove", "U0VERA")
    assert code == 0 and "U0CARLA" in out and "no VA" in out
    listed = json.loads(admin(capsys, "list", "--json")[1])
    assert listed["vas"] == [] and listed["clients"][0]["va"] is None
    assert admin(capsys, "va", "remove", "U0VERA")[:2] == (0, "U0VERA is not a VA; nothing changed.\n")


def test_admins_are_listed(seeded, capsys):
    assert admin(capsys, "admin", "add", "W0ANN", "--name", "Ann")[0] == 0
    assert json.loads(admin(capsys, "list", "--json")[1])["admins"] == [{"user_id": "W0ANN", "name": "Ann"}]
    code, out, _ = admin(capsys, "list")
    assert code == 0 and "W0ANN (Ann)" in out and "U0VERA (Vera)" in out and "U0CARLA" in out


def test_deal_add_reads_the_stage_and_a_second_add_updates_with_history(seeded, capsys):
    code, out, _ = admin(
        capsys, "deal", "add", "U0CARLA", "Jones closing", "--stage", "Under Contract", "--amount", "450,000",
        "--close-date", "2026-12-15", "--next-step", "inspection",
    )  # fmt: skip
    assert code == 0 and out.startswith('Added deal "Jones closing"')
    code, out, _ = admin(capsys, "deal", "add", "U0CARLA", "jones closing", "--stage", "closing")
    assert code == 0 and "under_contract → closing" in out
    sessions = make_session_factory(make_engine(seeded))
    with sessions() as session:
        (deal,) = deals.for_client(session, people.find(session, "U0CARLA"))
        assert (deal.stage, str(deal.amount), deal.close_date.isoformat()) == (
            "closing",
            "450000.00",
            "2026-12-15",
        )
        assert [(c.field, c.from_value, c.to_value) for c in deals.history(session, deal)] == [
            ("stage", None, "under_contract"),
            ("stage", "under_contract", "closing"),
        ]


def test_deal_add_names_the_stage_as_the_deployments_pipeline_does(seeded, capsys, monkeypatch):
    monkeypatch.setenv("JANE_PIPELINE", "Lead, Listing agreement, Closed won, Closed lost")
    code, out, _ = admin(capsys, "deal", "add", "U0CARLA", "Elm lot", "--stage", "listing agreement")
    assert code == 0 and out == 'Added deal "Elm lot" for U0CARLA (Listing agreement).\n'


def test_requests_as_json_newest_first_with_due_in_the_clients_zone(seeded, capsys):
    sessions = make_session_factory(make_engine(seeded))
    with sessions.begin() as session:
        carla, vera = people.find(session, "U0CARLA"), people.find(session, "U0VERA")
        paper = requests.create(
            session, carla, "office_supplies", "order printer paper",
            due_at=datetime(2026, 11, 27, 6, 0, tzinfo=UTC), due_all_day=True,  # midnight in Chicago
        )  # fmt: skip
        paper.created_at = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
        flyers = requests.create(
            session, carla, "mailings", "send the flyers", due_at=datetime(2026, 11, 28, 21, 0, tzinfo=UTC)
        )
        flyers.created_at = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
        requests.move(session, flyers.id, "claim", vera)
        ids = paper.id, flyers.id
    code, out, _ = admin(capsys, "requests", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [ids[1], ids[0]]
    newest, oldest = rows
    assert set(newest) == {
        "id",
        "client",
        "duty",
        "status",
        "owner",
        "text",
        "due",
        "created_at",
        "updated_at",
    }
    assert (newest["client"], newest["duty"], newest["status"], newest["owner"]) == (
        "U0CARLA",
        "mailings",
        "claimed",
        "U0VERA",
    )
    assert newest["due"] == "2026-11-28T15:00:00-06:00"
    assert newest["created_at"] == "2026-11-26T09:00:00+00:00"
    assert datetime.fromisoformat(newest["updated_at"]) > datetime.fromisoformat(newest["created_at"])
    assert (oldest["due"], oldest["owner"], oldest["status"]) == ("2026-11-27", None, "queued")
    assert [r["id"] for r in json.loads(admin(capsys, "requests", "--status", "queued", "--json")[1])] == [
        ids[0]
    ]
    assert json.loads(admin(capsys, "requests", "--client", "U0CARLA", "--status", "done", "--json")[1]) == []
    code, out, _ = admin(capsys, "requests")
    assert code == 0 and len(out.splitlines()) == 2 and "order printer paper" in out


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_postgresql_not_upgraded_is_left_to_the_operator(empty_db_url, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("DATABASE_URL", empty_db_url)
    monkeypatch.chdir(tmp_path)
    code, out, err = admin(capsys, "list")
    assert code == 1 and "run `jane db upgrade`" in err and err.count("\n") == 1
    assert snapshot(empty_db_url) == {}


def test_an_unreachable_database_is_one_line(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://jane:s3cret@127.0.0.1:1/jane")
    monkeypatch.chdir(tmp_path)
    code, _, err = admin(capsys, "list")
    assert code == 1 and err.count("\n") == 1 and "127.0.0.1" in err and "s3cret" not in err


def test_a_fresh_working_directory_gets_a_sqlite_database(monkeypatch, tmp_path, capsys):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    assert admin(capsys, "va", "add", "U0VERA")[0] == 0
    assert (tmp_path / "jane.db").exists()
    assert json.loads(admin(capsys, "list", "--json")[1])["vas"] == [{"user_id": "U0VERA", "name": None}]
