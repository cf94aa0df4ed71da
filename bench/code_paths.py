#!/usr/bin/env python3
"""How many of Jane's source files run to handle one thing: a client's DM, a VA's Claim click, and the
morning agenda job. The count is of files one reads to follow the path, measured by tracing the real code.

Each path runs twice through the real Bolt app (signed requests, a fake Slack Web API on loopback, the
local calendar, SQLite): once to load everything, then traced. The work after the ack runs inline, so the
trace covers ack → parse → gate → handler → storage → outbox → send.

    python bench/code_paths.py [-v]      # -v lists the files of each path
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import Executor, Future
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from slack_bolt.request import BoltRequest  # noqa: E402
from slack_sdk import WebClient  # noqa: E402

from bot.app import create_app  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from storage import migrate  # noqa: E402
from storage.db import make_engine, make_session_factory  # noqa: E402
from storage.models import Job, OutboxMessage, Request  # noqa: E402
from storage.repositories import jobs, people  # noqa: E402
from tests import payloads  # noqa: E402
from tests.fakes.slack_api import FakeSlack  # noqa: E402

PACKAGES = ("bot", "handlers", "integrations", "storage")
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


class Inline(Executor):
    """Runs submitted work at once, so a request's whole path happens inside the traced call."""

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[override]
        future: Future = Future()
        future.set_result(fn(*args, **kwargs))
        return future


def traced(action: Callable[[], object]) -> set[str]:
    """The project source files whose functions ran during `action`."""
    seen: set[str] = set()

    def tracer(frame, event, arg):
        path = frame.f_code.co_filename
        if path.startswith(str(ROOT)):
            relative = Path(path).relative_to(ROOT).as_posix()
            if relative.startswith(PACKAGES):
                seen.add(relative)
        return None

    sys.setprofile(tracer)
    try:
        action()
    finally:
        sys.setprofile(None)
    return seen


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("-v", "--verbose", action="store_true", help="list the files of each path")
    verbose = options.parse_args().verbose
    with tempfile.TemporaryDirectory() as folder, FakeSlack() as slack:
        url = f"sqlite:///{folder}/paths.db"
        engine = make_engine(url)
        migrate.upgrade(engine)
        sessions = make_session_factory(engine)
        with sessions.begin() as session:
            va = people.upsert(session, "UVA000001", name="ana", is_va=True, tz="UTC")
            client = people.upsert(session, "UCLIENT01", name="maria", tz="UTC")
            profile = people.make_client(session, client, 3)
            profile.va_id = va.id
            profile.agenda_time = "11:59"
            client_id = client.id
        settings = load_settings(
            _env_file=None, SLACK_BOT_TOKEN="xoxb-paths", SLACK_SIGNING_SECRET=payloads.SECRET,
            SLACK_API_URL=slack.url, DATABASE_URL=url,
        )  # fmt: skip
        jane = create_app(
            settings, engine=engine, sessions=sessions, clock=lambda: NOW, work=Inline(),
            listener_executor=Inline(), web_client=WebClient(token="xoxb-paths", base_url=slack.url),
        )  # fmt: skip

        def send(payload: dict) -> Callable[[], object]:
            signed = payloads.sign(payload)
            return lambda: jane.bolt.dispatch(BoltRequest(body=signed.body.decode(), headers=signed.headers))

        def dm() -> Callable[[], object]:
            return send(payloads.message_event("UCLIENT01", "what's on my calendar today?"))

        def claim() -> Callable[[], object]:
            send(payloads.message_event("UCLIENT01", "please order more printer paper"))()
            with sessions() as session:
                newest = max(r.id for r in session.query(Request).all())
            return send(payloads.block_actions("UVA000001", "request.claim", str(newest)))

        def agenda() -> Callable[[], object]:
            with sessions.begin() as session:
                jobs.schedule(session, f"agenda:{client_id}", "agenda", NOW, {"client_id": client_id})
            return lambda: runner().run_due()

        def runner():
            from bot.jobs.background import make_runner

            return make_runner(jane.services, worker="paths")

        counts = {}
        for name, path in (("a DM", dm), ("a Claim click", claim), ("the morning agenda", agenda)):
            path()()  # loads every module and warms every cache on the way
            with sessions.begin() as session:  # the agenda is sent once a day: let it be sent again
                session.query(Job).filter(Job.key == f"agenda:{client_id}").delete()
                session.query(OutboxMessage).filter(OutboxMessage.key.startswith("agenda:")).delete()
            files = traced(path())
            counts[name] = len(files)
            if verbose:
                print(f"{name}:", *sorted(files), sep="\n  ")
        jane.stop()
    for name, count in counts.items():
        print(f"{name}: {count} files")


if __name__ == "__main__":
    main()
