"""`jane db upgrade`: bring the database's schema to the newest revision."""

from __future__ import annotations

import argparse

from sqlalchemy.exc import DBAPIError

from bot.commands._database import describe, engine_for, refuse_newer_schema, unreachable
from bot.settings import load_settings
from storage import migrate


def run(args: argparse.Namespace) -> int:
    settings = load_settings()
    engine = engine_for(settings)
    try:
        before = refuse_newer_schema(engine)
        migrate.upgrade(engine)
        after = migrate.current(engine)
    except DBAPIError as error:
        raise unreachable(engine, error) from None
    finally:
        engine.dispose()
    if before == after:
        print(f"The database at {describe(engine)} is up to date (revision {after}).")
    else:
        print(f"Upgraded the database at {describe(engine)} from revision {before or 'none'} to {after}.")
    return 0
