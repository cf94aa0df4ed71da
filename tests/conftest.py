"""Shared fixtures: databases for storage-backed tests, on SQLite and on PostgreSQL alike.

A test that asks for any database fixture runs once per backend: `test_x[sqlite]` and
`test_x[postgresql]`.

- `backend`: "sqlite" or "postgresql", the parameter itself. To run a test on one backend only,
  parametrize it: `@pytest.mark.parametrize("backend", ["sqlite"])`.
- `db_url`: the URL of a clean database that holds the models' schema (`Base.metadata`) and no rows.
  SQLite: a new file under `tmp_path`. PostgreSQL: this run's own schema, emptied before the test (every
  row deleted, id sequences restarted, as TRUNCATE … RESTART IDENTITY would). The URL names the schema itself
  (`?options=-csearch_path%3D…`), so `make_engine(db_url)` and a subprocess given
  `DATABASE_URL=db_url` both land in it.
- `migrated_db_url`: like `db_url`, but the schema was built by the Alembic migrations and is at their
  head, as `jane db upgrade` leaves it (for code that insists on a current schema, such as
  `bot.commands._database.open_database`, which refuses an un-migrated PostgreSQL database).
- `empty_db_url`: the URL of a database without any table (for migrations, and for `jane` commands that
  upgrade a database themselves). SQLite: a file not yet created. PostgreSQL: a schema of its own,
  dropped after the test.
- `engine`: `storage.db.make_engine(db_url)`, disposed after the test.
- `sessions`: `storage.db.make_session_factory(engine)`.
- `session`: one `Session` from `sessions`, closed (uncommitted work rolled back) after the test. On
  SQLite a transaction holds the write lock from its first statement to its end (BEGIN IMMEDIATE), so
  commit before other sessions or threads touch the database.

- `google`: a fake Google (token endpoint and Calendar v3) on loopback, `tests.fakes.google_api.FakeGoogle`.

Every test also runs under `_loopback_only` (autouse): a socket to an address off this machine fails it.

PostgreSQL is the server at TEST_DATABASE_URL (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
Each pytest run creates its own schemas, `jane_test_<pid>_<random>…`, and drops them at the end, so several
people can run the tests against one server at once. Where the server is unreachable the PostgreSQL cases
are skipped with the reason (`-ra` shows it), except under CI (CI=true), where they fail. The PostgreSQL
cases carry the `postgres` marker: `pytest -m "not postgres"` runs the SQLite cases only.
"""

from __future__ import annotations

import ipaddress
import itertools
import logging
import os
import secrets
import shutil
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, MetaData, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from storage import migrate
from storage.db import make_engine, make_session_factory
from storage.models import Base
from tests.fakes.google_api import FakeGoogle

DEFAULT_TEST_DATABASE_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
_SQLITE_TEMPLATES = pytest.StashKey[dict]()


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def with_schema(url: str, schema: str) -> str:
    """The URL of `url`'s database with `schema` as the only schema searched (and written)."""
    options = {"options": f"-csearch_path={schema}"}
    return make_url(url).update_query_dict(options).render_as_string(hide_password=False)


class Postgres:
    """This run's PostgreSQL: schemas of its own, built once and emptied per test, or new and empty."""

    def __init__(self, url: str, admin: Engine) -> None:
        self.url, self.admin = url, admin
        self.schema = f"jane_test_{os.getpid()}_{secrets.token_hex(3)}"
        self._emptying: dict[str, str] = {}
        self._empty = itertools.count(1)

    def create(self, schema: str) -> str:
        with self.admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        return with_schema(self.url, schema)

    def drop(self, schema: str) -> None:
        with self.admin.begin() as connection:
            connection.execute(text("SET LOCAL lock_timeout = '10s'"))
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))

    def clean(self, schema: str, build: Callable[[Engine], None]) -> str:
        """The URL of `schema`, built by `build` the first time and emptied of every row since."""
        if schema not in self._emptying:
            engine = make_engine(self.create(schema), poolclass=NullPool)
            try:
                build(engine)
            finally:
                engine.dispose()
            self._emptying[schema] = self._emptying_statement(schema)
        else:
            with self.admin.begin() as connection:
                connection.exec_driver_sql(self._emptying[schema])
        return with_schema(self.url, schema)

    def _emptying_statement(self, schema: str) -> str:
        # DELETE and a sequence restart: the effect of TRUNCATE … RESTART IDENTITY at a fraction of its cost
        # on tables this small; children first, so no foreign key is ever dangling. The lock timeout fails a
        # test that left a transaction open in seconds instead of hanging.
        tables = MetaData()
        with self.admin.connect() as connection:
            tables.reflect(connection, schema=schema)
            sequences = connection.execute(
                text("SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = :s"),
                {"s": schema},
            ).scalars()
            restarts = [f'ALTER SEQUENCE "{schema}"."{name}" RESTART' for name in sequences]
        deletes = [
            f'DELETE FROM "{schema}"."{table.name}"'
            for table in reversed(tables.sorted_tables)
            if table.name != "alembic_version"
        ]
        return "; ".join(["SET LOCAL lock_timeout = '10s'", *deletes, *restarts])

    def new_empty(self) -> str:
        return f"{self.schema}_e{next(self._empty)}"


@pytest.fixture(scope="session")
def _postgres() -> Iterator[Postgres]:
    url = os.environ.get("TEST_DATABASE_URL") or DEFAULT_TEST_DATABASE_URL
    admin = create_engine(url, pool_size=1, connect_args={"connect_timeout": 5})
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:
        admin.dispose()
        shown = make_url(url).render_as_string(hide_password=True)
        first_line = (str(getattr(error, "orig", None) or error).strip().splitlines() or ["?"])[0]
        reason = f"PostgreSQL at {shown} is unreachable ({first_line})"
        if in_ci():
            pytest.fail(
                f"{reason}; CI requires it (start it, or point TEST_DATABASE_URL at one)", pytrace=False
            )
        pytest.skip(f"{reason}; set TEST_DATABASE_URL to a reachable server to run these cases")
    postgres = Postgres(url, admin)
    yield postgres
    for schema in postgres._emptying:
        postgres.drop(schema)
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


def _build_from_models(engine: Engine) -> None:
    Base.metadata.create_all(engine)


def _build_by_migrations(engine: Engine) -> None:
    migrate.upgrade(engine)


def _sqlite_copy(request: pytest.FixtureRequest, tmp_path: Path, build: Callable[[Engine], None]) -> str:
    """A SQLite file built once per run by `build`, copied for each test (cheaper than building it)."""
    cache = request.config.stash.setdefault(_SQLITE_TEMPLATES, {})
    if build not in cache:
        template = request.getfixturevalue("tmp_path_factory").mktemp("template") / "jane.db"
        engine = make_engine(f"sqlite:///{template}")
        try:
            build(engine)
        finally:
            engine.dispose()  # closing the last connection folds the WAL into the file
        cache[build] = template
    path = tmp_path / "jane.db"
    shutil.copyfile(cache[build], path)
    return f"sqlite:///{path}"


def _clean_database(backend: str, request: pytest.FixtureRequest, tmp_path: Path, build, suffix: str) -> str:
    if backend == "postgresql":
        postgres: Postgres = request.getfixturevalue("_postgres")
        return postgres.clean(postgres.schema + suffix, build)
    return _sqlite_copy(request, tmp_path, build)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return _clean_database(backend, request, tmp_path, _build_from_models, "")


@pytest.fixture
def migrated_db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return _clean_database(backend, request, tmp_path, _build_by_migrations, "_m")


@pytest.fixture
def empty_db_url(backend: str, request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    postgres: Postgres = request.getfixturevalue("_postgres")
    schema = postgres.new_empty()
    yield postgres.create(schema)
    postgres.drop(schema)


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    with sessions() as session:
        yield session


def _is_loopback(address) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX paths and the like never leave the machine
        return True
    host = str(address[0]).split("%")[0]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it would need DNS, which is the network
        return False


@pytest.fixture(autouse=True)
def _root_logging_restored() -> Iterator[None]:
    """A test that runs a command in-process (`jane serve`, `jane worker`) points the root logger at the
    stderr pytest captures for that test, which is closed after it: the logger is put back as it was, so a
    later test's thread never logs to a closed file."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test that tries to reach an address off this machine (fakes listen on 127.0.0.1 only)."""
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex
    create_connection = socket.create_connection

    def refuse(address) -> None:
        if not _is_loopback(address):
            raise PermissionError(f"tests may only connect to loopback addresses, not {address!r}")

    def guarded(original):
        def attempt(self, address):
            refuse(address)
            return original(self, address)

        return attempt

    def guarded_create_connection(address, *args, **kwargs):
        refuse(address)  # before the name lookup, which would itself reach a DNS server
        return create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded(connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(connect_ex))
    monkeypatch.setattr(socket, "create_connection", guarded_create_connection)


@pytest.fixture
def google() -> Iterator[FakeGoogle]:
    """A fake Google (OAuth token endpoint and Calendar v3) on loopback, for adapter and scenario tests."""
    fake = FakeGoogle().start()
    yield fake
    fake.stop()
