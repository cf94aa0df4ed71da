"""Migrations: upgrading an empty database yields exactly the models' schema, on both backends."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from bot.commands._database import open_database
from bot.errors import JaneError
from bot.settings import load_settings
from storage import migrate
from storage.db import make_engine
from storage.models import Base

JANE = Path(sys.executable).with_name("jane")


@pytest.fixture
def empty_engine(empty_db_url):
    engine = make_engine(empty_db_url)
    yield engine
    engine.dispose()


def test_upgrading_an_empty_database_yields_the_models_schema(empty_engine):
    assert not migrate.is_current(empty_engine)
    migrate.upgrade(empty_engine)
    assert migrate.is_current(empty_engine)
    with empty_engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    described = [
        f"{d[0]} {getattr(d[1], 'name', d[1:])}" if isinstance(d, tuple) else str(d) for d in differences
    ]
    assert not differences, f"storage/models.py and the migrations disagree (regenerate 0001): {described}"
    assert set(inspect(empty_engine).get_table_names()) == set(Base.metadata.tables) | {"alembic_version"}


def test_upgrading_twice_changes_nothing(empty_engine):
    migrate.upgrade(empty_engine)
    revision = migrate.current(empty_engine)
    migrate.upgrade(empty_engine)
    assert migrate.current(empty_engine) == revision == migrate.head(empty_engine)


def test_commands_upgrade_sqlite_by_themselves_but_only_check_postgresql(backend, empty_db_url):
    settings = load_settings(database_url=empty_db_url, _env_file=None)
    if backend == "postgresql":
        with pytest.raises(JaneError, match="run `jane db upgrade`"):
            open_database(settings)
        migrate.upgrade(make_engine(empty_db_url))
    engine = open_database(settings)
    try:
        assert migrate.is_current(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite"])  # on PostgreSQL: see test_admin_cli.py
def test_jane_db_upgrade_through_the_console_script(empty_db_url, tmp_path):
    assert JANE.exists(), f"no console script at {JANE}; install the project (pip install -e .)"
    env = {**os.environ, "DATABASE_URL": empty_db_url}
    upgraded = subprocess.run([JANE, "db", "upgrade"], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert upgraded.returncode == 0, upgraded.stderr
    assert upgraded.stdout.startswith("Upgraded the database") and len(upgraded.stdout.splitlines()) == 1
    engine = make_engine(empty_db_url)
    try:
        assert migrate.is_current(engine)
    finally:
        engine.dispose()


def test_a_database_ahead_of_the_code_is_refused_in_one_line_naming_both_revisions(empty_db_url, tmp_path):
    """A rolled-back release meets a schema a newer one wrote: no upgrade can help, so none is suggested."""
    engine = make_engine(empty_db_url)
    try:
        migrate.upgrade(engine)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    finally:
        engine.dispose()
    expected = (
        f"is at revision 0099_from_the_future, newer than this code ({migrate.head()}); run the release "
        "that upgraded it, or restore the backup taken before that upgrade"
    )

    with pytest.raises(JaneError) as refused:
        open_database(load_settings(database_url=empty_db_url, _env_file=None))
    assert str(refused.value).endswith(expected) and "\n" not in str(refused.value)

    env = {**os.environ, "DATABASE_URL": empty_db_url}
    upgrade = subprocess.run([JANE, "db", "upgrade"], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert upgrade.returncode == 1
    assert upgrade.stderr.endswith(expected + "\n") and len(upgrade.stderr.splitlines()) == 1
    assert "Can't locate revision" not in upgrade.stderr


def test_a_database_behind_the_code_is_told_to_upgrade(backend, empty_db_url):
    engine = make_engine(empty_db_url)
    try:
        migrate.upgrade(engine)
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    finally:
        engine.dispose()
    if backend == "postgresql":
        with pytest.raises(
            JaneError, match=r"is at revision 0001, older than this code .*run `jane db upgrade`"
        ):
            open_database(load_settings(database_url=empty_db_url, _env_file=None))
