"""Applies Alembic migrations from the package, with no alembic.ini needed on disk."""

from __future__ import annotations

import functools
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

MIGRATIONS = Path(__file__).with_name("migrations")
# Any constant: processes upgrading the same PostgreSQL database at once take turns on this lock.
UPGRADE_LOCK = 0x4A414E45


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # ConfigParser reads "%" as interpolation, and a password may contain one.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    return config


def head(engine: Engine | None = None) -> str | None:
    """The newest revision this code knows."""
    return _head()


@functools.cache  # the scripts ship with the code: read them once per process
def _head() -> str | None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config).get_current_head()


def current(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision, in one transaction."""
    from alembic import command  # only here: it is the slow part of importing Alembic

    config = alembic_config(engine)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def is_current(engine: Engine) -> bool:
    """Whether the database is already at the newest revision."""
    return current(engine) == head()


def is_known(revision: str) -> bool:
    """Whether this code has the migration `revision`; a database at an unknown one was upgraded by a
    newer release (this code is older than its schema)."""
    return revision in _known()


@functools.cache
def _known() -> frozenset[str]:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return frozenset(script.revision for script in ScriptDirectory.from_config(config).walk_revisions())
