"""What the serving benches share: the fakes (Slack, and Google behind a service account), a seeded
workspace, `jane serve` / `jane worker` as subprocesses of their own process group, signed events sent by
concurrent senders, and counting the answers each event got in Slack.

Not a test module: the benches (bench/ack_bench.py, bench/crash_bench.py, bench/outage_bench.py) run it.
"""

from __future__ import annotations

import http.client
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, delete, text  # noqa: E402 - after the path is set
from sqlalchemy.engine import make_url  # noqa: E402

from storage import migrate  # noqa: E402
from storage.db import make_engine, make_session_factory  # noqa: E402
from storage.models import Base  # noqa: E402
from storage.repositories import people  # noqa: E402
from tests import payloads  # noqa: E402
from tests.fakes.google_api import FakeGoogle  # noqa: E402
from tests.fakes.slack_api import FakeSlack  # noqa: E402

QUEUE = "C0BENCHQ1"
CALENDAR_QUESTIONS = ("what's on my calendar today?", "what's on my calendar tomorrow?")
TASK = "please order more printer paper"


@dataclass
class Fakes:
    """A fake Slack and a fake Google (its Calendar answering after `google_delay` seconds)."""

    slack: FakeSlack
    google: FakeGoogle
    key_file: Path

    def env(self, url: str) -> dict[str, str]:
        environment = {
            **os.environ,
            "DATABASE_URL": url,
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "SLACK_SIGNING_SECRET": payloads.SECRET,
            "SLACK_API_URL": self.slack.url,
            "JANE_VA_CHANNEL": QUEUE,
            "JANE_LOG_LEVEL": os.environ.get("JANE_LOG_LEVEL", "WARNING"),
            "GOOGLE_SERVICE_ACCOUNT_FILE": str(self.key_file),
            "GOOGLE_API_ENDPOINT": self.google.api_root,
        }
        environment.pop("SLACK_APP_TOKEN", None)
        return environment


@contextmanager
def fakes(google_delay: float) -> Iterator[Fakes]:
    with tempfile.TemporaryDirectory() as folder, FakeSlack() as slack:
        google = FakeGoogle().start()
        for kind in ("events.list", "freebusy"):
            google.delay[kind] = google_delay
        key_file = Path(folder) / "service-account.json"
        key_file.write_text(json.dumps(google.service_account_info()))
        now = datetime.now(UTC)
        google.calendar.timed("Standup", now + timedelta(hours=2), now + timedelta(hours=3))
        try:
            yield Fakes(slack, google, key_file)
        finally:
            google.stop()


@contextmanager
def database(given: str | None, backend: str) -> Iterator[str]:
    """A database URL for the bench: `given`, a fresh SQLite file, or a schema of its own on the
    PostgreSQL at TEST_DATABASE_URL (dropped afterwards)."""
    if given:
        yield given
        return
    if backend == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            yield f"sqlite:///{folder}/bench.db"
        return
    server = os.environ.get("TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
    schema = f"jane_bench_{os.getpid()}_{secrets.token_hex(3)}"
    admin = create_engine(server)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(server).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def seed(url: str, clients: int) -> list[str]:
    """An empty workspace with one VA and `clients` Phase III clients (calendars through Google)."""
    engine = make_engine(url)
    migrate.upgrade(engine)
    Base.metadata.create_all(engine)
    with make_session_factory(engine).begin() as session:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name != "alembic_version":
                session.execute(delete(table))
        va = people.upsert(session, "UBENCHVA1", name="Ana", is_va=True)
        users = [f"UBENCH{n:03d}" for n in range(clients)]
        for n, user in enumerate(users):
            person = people.upsert(
                session, user, name=f"client {n}", tz="America/Chicago", email=f"client{n}@example.com"
            )
            people.make_client(session, person, 3).va_id = va.id
    engine.dispose()
    return users


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(command: list[str], env: dict[str, str], log: Path | None = None) -> subprocess.Popen:
    """A Jane command in a process group of its own (so the whole tree can be signalled at once)."""
    output = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 - the child owns it
    return subprocess.Popen(
        [sys.executable, "-m", "bot", *command], cwd=tempfile.gettempdir(), env=env,
        stdout=output, stderr=output, start_new_session=True,
    )  # fmt: skip


def serve(fakes: Fakes, url: str, port: int, *extra: str, env: dict[str, str] | None = None, log=None):
    command = ["serve", "--port", str(port), "--workers", "1", "--threads", "8", "--no-jobs", *extra]
    return start(command, {**fakes.env(url), **(env or {})}, log)


def wait_healthy(port: int, server: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with status {server.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not become healthy in time")


def stop(process: subprocess.Popen, how: int = signal.SIGTERM, *, group: bool = False, timeout=60.0) -> None:
    """Signal the process (or its whole group) and wait for it."""
    if process.poll() is None:
        try:
            if group:
                os.killpg(process.pid, how)
            else:
                process.send_signal(how)
        except ProcessLookupError:
            pass
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def post(port: int, request: payloads.SlackRequest, timeout: float = 10.0) -> tuple[int, float]:
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST", "/slack/events", body=request.body, headers=request.headers)
        response = connection.getresponse()
        response.read()
        return response.status, time.monotonic() - started
    except OSError:
        return 0, time.monotonic() - started
    finally:
        connection.close()


@dataclass
class Sent:
    event: dict
    kind: str  # "calendar" or "task"
    status: int = 0
    ack: float = 0.0
    at: float = 0.0
    tries: int = 0


def mixed_events(users: list[str], count: int, calendar_share: int = 2) -> list[tuple[dict, str]]:
    """`count` message events: every `calendar_share`-th a calendar question (each client's different),
    the others task requests, spread over the clients."""
    events = []
    for n in range(count):
        user = users[(n // 2) % len(users)] if n % calendar_share == 0 else users[(n // 2 + 7) % len(users)]
        if n % calendar_share == 0:
            text_ = CALENDAR_QUESTIONS[(n // (2 * len(users))) % len(CALENDAR_QUESTIONS)]
            events.append((payloads.message_event(user, text_), "calendar"))
        else:
            events.append((payloads.message_event(user, TASK), "task"))
    return events


def send_all(
    port: int,
    events: list[tuple[dict, str]],
    senders: int,
    *,
    retry_until: float = 0.0,
    pause: float = 0.0,
) -> list[Sent]:
    """Each of `senders` posts its share of the events one after another; a non-200 is retried (as Slack
    would) until `retry_until` seconds after the start, every second."""
    results: list[Sent] = []
    lock = threading.Lock()
    barrier = threading.Barrier(senders)
    began = time.monotonic()

    def sender(index: int) -> None:
        barrier.wait()
        for n in range(index, len(events), senders):
            event, kind = events[n]
            sent = Sent(event, kind, at=time.monotonic())
            while True:
                sent.tries += 1
                sent.status, sent.ack = post(port, payloads.sign(event))
                if sent.status == 200 or time.monotonic() - began > retry_until:
                    break
                time.sleep(1.0)
            with lock:
                results.append(sent)
            if pause:
                time.sleep(pause)

    threads = [threading.Thread(target=sender, args=(i,)) for i in range(senders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def answers(slack: FakeSlack) -> dict[tuple[str, str], list]:
    """Jane's posts in each thread, by (channel, thread ts)."""
    found: dict[tuple[str, str], list] = {}
    for call in slack.calls("chat.postMessage"):
        if call.params.get("thread_ts"):
            found.setdefault((call.params["channel"], call.params["thread_ts"]), []).append(call)
    return found


def where(sent: Sent) -> tuple[str, str]:
    return sent.event["event"]["channel"], sent.event["event"]["ts"]


@dataclass
class Tally:
    lost: int
    doubled: int
    answered: int
    cards: int
    doubled_cards: int
    counts: dict[str, int] = field(default_factory=dict)


def tally(slack: FakeSlack, sent: list[Sent]) -> Tally:
    found = answers(slack)
    counts = Counter(len(found.get(where(s), [])) for s in sent)
    cards = [c for c in slack.calls("chat.postMessage") if c.params.get("channel") == QUEUE]
    by_text = Counter(c.params.get("metadata", {}).get("event_payload", {}).get("key") for c in cards)
    return Tally(
        lost=counts.get(0, 0),
        doubled=sum(v for k, v in counts.items() if k > 1),
        answered=sum(v for k, v in counts.items() if k >= 1),
        cards=len(cards),
        doubled_cards=sum(n - 1 for n in by_text.values() if n > 1),
        counts={str(k): v for k, v in sorted(counts.items())},
    )


def wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))] if ordered else 0.0
