"""The engine and session factory, built once from DATABASE_URL by the composition root."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, Delete, Engine, Executable, Update, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from storage.models import Base

SQLITE_BUSY_TIMEOUT_MS = 10_000
# How long the ack path waits for the database before it answers 503 (Slack then delivers again): well
# inside Slack's 3 s, with room for the rest of the ack.
ACK_WAIT_SECONDS = 1.5


POOL_SIZE, MAX_OVERFLOW = 10, 10  # connections per process on PostgreSQL, kept and beyond


def make_engine(
    url: str,
    *,
    pool_size: int = POOL_SIZE,
    max_overflow: int = MAX_OVERFLOW,
    wait: float | None = None,
    reading: bool = False,
    **options: Any,
) -> Engine:
    """An engine tuned for its backend: WAL and a busy timeout on SQLite; on PostgreSQL pre-ping and a pool
    of `pool_size` connections kept open plus up to `max_overflow` more at busy times.

    `wait` (seconds) bounds every wait of a statement on the database: for a lock (SQLite's writer, a
    PostgreSQL row or table), for a pool connection, and (on PostgreSQL) for the statement itself and
    for a new connection (at least 2 s, libpq's smallest). A `reading` engine's transactions on SQLite
    begin deferred and take no write lock (for code that only reads, such as building a view to send).
    """
    connect_args = dict(options.pop("connect_args", {}))
    if make_url(url).get_backend_name() == "sqlite":
        busy_ms = int(wait * 1000) if wait is not None else SQLITE_BUSY_TIMEOUT_MS
        connect_args.setdefault("timeout", busy_ms / 1000)
        connect_args.setdefault("check_same_thread", False)
        if wait is not None:
            options.setdefault("pool_timeout", wait)
        engine = create_engine(url, connect_args=connect_args, **options)
        event.listen(engine, "connect", lambda connection, record: _tune_sqlite(connection, busy_ms))
        if reading:
            event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
            return engine
        gate = _gate_for(make_url(url).database or "")
        urgent, patience = wait is not None, busy_ms / 1000
        event.listen(engine, "begin", lambda connection: _begin_immediate(connection, gate, urgent, patience))
        event.listen(engine, "commit", lambda connection: gate.leave())
        event.listen(engine, "rollback", lambda connection: gate.leave())
        return engine
    if "poolclass" not in options:  # a NullPool or StaticPool takes no sizes
        options.update(pool_size=pool_size, max_overflow=max_overflow)
        if wait is not None:
            options.setdefault("pool_timeout", wait)
    if wait is not None:
        connect_args.setdefault("connect_timeout", max(2, round(wait)))
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args, **options)
    if wait is not None:
        event.listen(engine, "connect", lambda connection, record: _bound_postgresql(connection, wait))
    return engine


def _bound_postgresql(dbapi_connection: DBAPIConnection, wait: float) -> None:
    cursor = dbapi_connection.cursor()
    milliseconds = int(wait * 1000)
    cursor.execute(f"SET lock_timeout = {milliseconds}")
    cursor.execute(f"SET statement_timeout = {milliseconds}")
    cursor.close()
    dbapi_connection.commit()


def _tune_sqlite(dbapi_connection: DBAPIConnection, busy_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={busy_ms}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_immediate(connection: Connection, gate: WriterGate, urgent: bool, patience: float) -> None:
    # Take the write lock at BEGIN: a deferred transaction that later writes can fail with "database is
    # locked" instead of waiting, and read-then-write races would slip through.
    started = time.monotonic()
    if not gate.enter(urgent, patience):
        locked = sqlite3.OperationalError("database is locked (by another transaction of this process)")
        raise OperationalError("BEGIN IMMEDIATE", None, locked)
    try:
        if urgent:  # what was spent in the queue is not waited again for another process's lock
            left = max(1, int((patience - (time.monotonic() - started)) * 1000))
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {left}")
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except BaseException:
        gate.leave()
        raise


class WriterGate:
    """SQLite's one writer, queued for inside this process: a thread waits on an event of its own, set the
    moment the writer before it commits and hands the lock over, instead of in SQLite's busy handler (which
    sleeps in steps of up to 100 ms) or on a condition that wakes every waiting thread at each commit;
    an urgent writer (the ack path: an engine made with `wait`) goes before the others, and each kind in
    the order it came. Other processes still meet at SQLite's own lock. Reentrant: a thread's second
    transaction on the same file waits on SQLite, as it always did."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: int | None = None
        self._depth = 0
        self._urgent: deque[_Turn] = deque()
        self._others: deque[_Turn] = deque()

    def enter(self, urgent: bool, patience: float) -> bool:
        """Become the writer within `patience` seconds; False when another one held on longer."""
        me = threading.get_ident()
        with self._lock:
            if self._owner == me:
                self._depth += 1
                return True
            if self._owner is None:
                self._owner, self._depth = me, 1
                return True
            turn = _Turn(me)
            (self._urgent if urgent else self._others).append(turn)
        if turn.given.wait(patience):
            return True
        with self._lock:
            if turn.given.is_set():  # handed over just as the patience ran out
                return True
            (self._urgent if urgent else self._others).remove(turn)
            return False

    def leave(self) -> None:
        with self._lock:
            if self._owner != threading.get_ident():
                return
            self._depth -= 1
            if self._depth:
                return
            waiting = self._urgent or self._others
            if not waiting:
                self._owner = None
                return
            turn = waiting.popleft()
            self._owner, self._depth = turn.thread, 1
            turn.given.set()


@dataclass
class _Turn:
    """A thread waiting to become the writer; `given` is set when the lock is handed to it."""

    thread: int
    given: threading.Event = field(default_factory=threading.Event)


_gates: dict[str, WriterGate] = {}
_gates_lock = threading.Lock()


def _gate_for(path: str) -> WriterGate:
    with _gates_lock:
        return _gates.setdefault(path, WriterGate())


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
    if statement.get_execution_options().get("synchronize_session") is False:
        return run(session, statement).rowcount
    # The session hands back a CursorResult for these statements, but its signature promises only a
    # Result, which has no rowcount.
    return cast(CursorResult[Any], session.execute(statement)).rowcount


def run(session: Session, statement: Executable) -> CursorResult[Any]:
    """Run an INSERT, UPDATE or DELETE that leaves the session's objects alone (no synchronisation, no
    objects returned) in the session's transaction, past the ORM's bulk layer, which costs more CPU than
    the statement itself; what is pending in the session is flushed first, as `session.execute` would."""
    if session.autoflush:
        session.flush()
    return session.connection().execute(statement)


def database_answers(engine: Engine) -> bool:
    """Whether the database answers a trivial query (for /healthz): a plain read on a raw connection, so
    that it never waits for a writer (the engine would begin SQLite's transactions with BEGIN IMMEDIATE)."""
    try:
        connection = engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute("SELECT 1")
            cursor.fetchall()
            cursor.close()
        finally:
            connection.close()  # back to the pool, which rolls back whatever the driver began
        return True
    except Exception:
        return False


def is_busy(error: BaseException) -> bool:
    """Whether a database error says another process holds a lock (SQLite's "database is locked")."""
    text_of = str(getattr(error, "orig", None) or error).lower()
    return "locked" in text_of or "busy" in text_of
