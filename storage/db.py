"""The engine and session factory, built once from DATABASE_URL by the composition root."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, Delete, Engine, Update, create_engine, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from storage.models import Base

SQLITE_BUSY_TIMEOUT_MS = 10_000


POOL_SIZE, MAX_OVERFLOW = 10, 10  # connections per process on PostgreSQL, kept and beyond


def make_engine(
    url: str, *, pool_size: int = POOL_SIZE, max_overflow: int = MAX_OVERFLOW, **options: Any
) -> Engine:
    """An engine tuned for its backend: WAL and a busy timeout on SQLite; on PostgreSQL pre-ping and a pool
    of `pool_size` connections kept open plus up to `max_overflow` more at busy times."""
    connect_args = dict(options.pop("connect_args", {}))
    if make_url(url).get_backend_name() == "sqlite":
        connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_MS / 1000)
        connect_args.setdefault("check_same_thread", False)
        engine = create_engine(url, connect_args=connect_args, **options)
        event.listen(engine, "connect", _tune_sqlite)
        event.listen(engine, "begin", _begin_immediate)
        return engine
    if "poolclass" not in options:  # a NullPool or StaticPool takes no sizes
        options.update(pool_size=pool_size, max_overflow=max_overflow)
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args, **options)


def _tune_sqlite(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    # Take the write lock at BEGIN: a deferred transaction that later writes can fail with "database is
    # locked" instead of waiting, and read-then-write races would slip through.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back if it raises."""
    with sessions.begin() as session:
        yield session


def is_sqlite(engine_or_session: Engine | Session) -> bool:
    bind = engine_or_session.get_bind() if isinstance(engine_or_session, Session) else engine_or_session
    return bind.dialect.name == "sqlite"


def insert(session: Session, model: type[Base]) -> postgresql.Insert | sqlite.Insert:
    """An INSERT with `on_conflict_do_nothing`/`on_conflict_do_update`, for the session's backend."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(model)
    if dialect == "sqlite":
        return sqlite.insert(model)
    raise NotImplementedError(f"Jane runs on SQLite and PostgreSQL, not {dialect}")


def affected_rows(session: Session, statement: Update | Delete) -> int:
    """How many rows an UPDATE or DELETE (without RETURNING) changed."""
    # The session hands back a CursorResult for these statements, but its signature promises only a
    # Result, which has no rowcount.
    return cast(CursorResult[Any], session.execute(statement)).rowcount


def database_answers(engine: Engine) -> bool:
    """Whether the database answers a trivial query (for /healthz)."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
