"""Opening the database for a command: one engine, its schema current, failures told in one line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from bot.errors import JaneError
from bot.settings import Settings
from storage import migrate
from storage.db import is_sqlite, make_engine, make_session_factory


def open_database(settings: Settings, *, upgrade_sqlite: bool = True) -> Engine:
    """The engine for DATABASE_URL with the newest schema.

    A SQLite database is upgraded in place (the embedded default needs no operator); a PostgreSQL one
    is only checked, because several servers may share it and its upgrade is the operator's decision.
    """
    engine = make_engine(settings.database_url)
    try:
        if not migrate.is_current(engine):
            if not (upgrade_sqlite and is_sqlite(engine)):
                raise JaneError(
                    f"the database at {describe(engine)} is not up to date; run `jane db upgrade`"
                )
            migrate.upgrade(engine)
    except DBAPIError as error:
        engine.dispose()
        raise unreachable(engine, error) from None
    except BaseException:
        engine.dispose()
        raise
    return engine


@contextmanager
def sessions_for(settings: Settings, *, upgrade_sqlite: bool = True) -> Iterator[sessionmaker[Session]]:
    """A session factory for the length of one command; the engine is closed after it."""
    engine = open_database(settings, upgrade_sqlite=upgrade_sqlite)
    try:
        yield make_session_factory(engine)
    except DBAPIError as error:
        raise unreachable(engine, error) from None
    finally:
        engine.dispose()


def describe(engine: Engine) -> str:
    """The database's URL without its password, for messages."""
    return engine.url.render_as_string(hide_password=True)


def unreachable(engine: Engine, error: DBAPIError) -> JaneError:
    """A database error as one line: the first line of the driver's own message."""
    reason = str(error.orig).strip().splitlines()[0] if error.orig else error.__class__.__name__
    return JaneError(f"the database at {describe(engine)} failed: {reason}")
