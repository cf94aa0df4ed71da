"""`jane console`: the embedded demo — a seeded SQLite workspace, and Jane's replies as text in the terminal.

It needs no Slack and no Google settings and never touches the network: the calendar is the local one
and outgoing messages are shown instead of sent.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from bot.commands._database import sessions_for
from bot.console import demo
from bot.console.edge import find
from bot.console.shell import Quit, Shell
from bot.errors import UsageError
from bot.settings import Settings
from handlers.core import messages
from storage.repositories import people
from storage.types import utcnow

log = logging.getLogger(__name__)

DEFAULT_DATABASE = "sqlite:///jane-demo.db"
WELCOME = "Jane's demo workspace ({database}). Type /help for commands, /quit to leave."
NOT_SQLITE = "--fresh deletes a SQLite file; empty {database} yourself to start over"
FAILED_HINT = "(Jane hit an error on that line; `jane --debug console` stops there with the traceback.)"
NOT_A_URL = "--database {database!r} is not a database URL; for a SQLite file write sqlite:///{database}"


def run(args: argparse.Namespace) -> int:
    url = args.database or DEFAULT_DATABASE
    try:
        make_url(url)
    except ArgumentError:
        raise UsageError(NOT_A_URL.format(database=url)) from None
    if args.fresh:
        _delete_sqlite_file(url)
    with sessions_for(Settings.model_construct(database_url=url)) as sessions:
        person_id = _start(sessions, args.as_user)
        print(WELCOME.format(database=make_url(url).render_as_string(hide_password=True)))
        return _loop(Shell(sessions, person_id), debug=args.debug)


def _start(sessions: sessionmaker[Session], as_user: str | None) -> int:
    """Seed an empty database; the id of the person to speak as (--as, else the Phase III client)."""
    with sessions.begin() as session:
        if not people.anyone(session):
            demo.seed(session, utcnow())
        person = find(session, as_user or demo.FIRST_PERSON)
        if person is None:
            everyone = ", ".join(sorted(p.label for p in people.everyone(session)))
            raise UsageError(f"nobody here is called {as_user!r}; try one of: {everyone}")
        return person.id


def _loop(shell: Shell, *, debug: bool = False) -> int:
    # Piped input is echoed after the prompt, so a scripted session reads like a typed one.
    echo = not sys.stdin.isatty()
    _line_editing(not echo)
    while True:
        try:
            line = input(shell.prompt())
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if echo:
            print(line)
        try:
            for text in shell.handle(line):
                print(text)
        except Quit:
            return 0
        except Exception:  # one error path: say it plainly, keep the session going
            if debug:
                raise
            log.debug("console line %r failed", line, exc_info=True)
            print(messages.SOMETHING_WENT_WRONG)
            print(FAILED_HINT)


def _line_editing(typed: bool) -> bool:
    """At a terminal, arrow keys move along the line and through earlier lines (without readline,
    input() takes them as text: "hello^[[D"). Whether it is on; never for piped input."""
    if not typed:
        return False
    try:
        import readline  # noqa: F401, PLC0415 — importing it is what switches input() to line editing
    except ImportError:  # Windows' Python has no readline; plain input() still works
        return False
    return True


def _delete_sqlite_file(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise UsageError(NOT_SQLITE.format(database=parsed.render_as_string(hide_password=True)))
    if parsed.database and parsed.database != ":memory:":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(parsed.database + suffix).unlink(missing_ok=True)
