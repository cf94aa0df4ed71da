"""Opening the database for a command: one engine, its schema current, failures told in one line."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.errors import JaneError
from bot.settings import Settings
from storage import migrate
from storage.db import is_busy, is_sqlite, make_engine, make_session_factory

log = logging.getLogger(__name__)


def open_database(settings: Settings, *, upgrade_sqlite: bool = True, wait: bool = True) -> Engine:
    """The engine for DATABASE_URL with the newest schema.

    A SQLite database is upgraded in place (the embedded default needs no operator); a PostgreSQL one
    is only checked, because several servers may share it and its upgrade is the operator's decision.
    A database that is busy (another process holds SQLite's write lock) or not answering yet is waited
    for, up to JANE_STARTUP_WAIT_SECONDS, and then refused in one line; with `wait=False` (the short
    commands an operator types) it is refused at once.
    """
    engine = engine_for(settings)
    deadline = time.monotonic() + (settings.startup_wait_seconds if wait else 0)
    while True:
        try:
            _check_schema(engine, upgrade_sqlite)
            return engine
        except OperationalError as error:
            # SQLite: only a lock is worth waiting for (a missing folder will not appear); PostgreSQL: a
            # server that is starting or restarting will answer.
            if (is_sqlite(engine) and not is_busy(error)) or time.monotonic() >= deadline:
                engine.dispose()
                if is_sqlite(engine) and not is_busy(error):
                    raise unreachable(engine, error) from None
                if not wait:
                    raise unreachable(engine, error) from None
                raise JaneError(
                    f"the database at {describe(engine)} is busy or not answering ({_first_line(error)}); "
                    f"gave up after waiting {settings.startup_wait_seconds:g} s (JANE_STARTUP_WAIT_SECONDS)"
                ) from None
            log.warning("waiting for the database at %s: %s", describe(engine), _first_line(error))
            time.sleep(1)


def _check_schema(engine: Engine, upgrade_sqlite: bool) -> None:
    try:
        revision = refuse_newer_schema(engine)
        if revision != migrate.head():
            if not (upgrade_sqlite and is_sqlite(engine)):
                raise JaneError(
                    f"the database at {describe(engine)} is at revision {revision or 'none'}, older than "
                    f"this code ({migrate.head()}); run `jane db upgrade`"
                )
            migrate.upgrade(engine)
        if is_sqlite(engine):
            with engine.begin():  # BEGIN IMMEDIATE: the write lock is free (no other process holds it)
                pass
    except OperationalError:
        raise  # busy or not answering yet: open_database waits
    except DBAPIError as error:
        engine.dispose()
        raise unreachable(engine, error) from None
    except BaseException:
        engine.dispose()
        raise


def engine_for(settings: Settings) -> Engine:
    """The engine for DATABASE_URL, its pool sized by JANE_DB_POOL_SIZE and JANE_DB_MAX_OVERFLOW."""
    return make_engine(
        settings.database_url, pool_size=settings.pool_size, max_overflow=settings.db_max_overflow
    )


def refuse_newer_schema(engine: Engine) -> str | None:
    """The database's revision; refused in one line when a newer release wrote it (after a rollback of
    the code, say), since no upgrade can help and this code must not write to a schema it does not know."""
    revision = migrate.current(engine)
    if revision is not None and not migrate.is_known(revision):
        raise JaneError(
            f"the database at {describe(engine)} is at revision {revision}, newer than this code "
            f"({migrate.head()}); run the release that upgraded it, or restore the backup taken before "
            "that upgrade"
        )
    return revision


@contextmanager
def sessions_for(settings: Settings, *, upgrade_sqlite: bool = True) -> Iterator[sessionmaker[Session]]:
    """A session factory for the length of one command; the engine is closed after it."""
    engine = open_database(settings, upgrade_sqlite=upgrade_sqlite, wait=False)
    try:
        yield make_session_factory(engine)
    except DBAPIError as error:
        raise unreachable(engine, error) from None
    finally:
        engine.dispose()


def describe(engine: Engine) -> str:
    """The database's URL without its password, for messages."""
    return engine.url.render_as_string(hide_password=True)


def _first_line(error: DBAPIError) -> str:
    return str(error.orig).strip().splitlines()[0] if error.orig else error.__class__.__name__


def unreachable(engine: Engine, error: DBAPIError) -> JaneError:
    """A database error as one line: the first line of the driver's own message."""
    reason = str(error.orig).strip().splitlines()[0] if error.orig else error.__class__.__name__
    return JaneError(f"the database at {describe(engine)} failed: {reason}")
