"""Ack latency of `jane serve`: signed message events from concurrent senders, on loopback, with a fake Slack.

usage: python bench/ack_bench.py [--events 200] [--senders 20] [--workers 1] [--threads 8]
                                 [--database URL] [--runs 1]
Starts a fake Slack Web API in this process and `jane serve` as a subprocess (a fresh SQLite file unless
--database names another database, whose tables it empties), sends the events, and prints the ack latency
p50 / p99 / max, the time to the answer in Slack, and whether every event got exactly one answer.
Exits 1 when the target is missed: p99 under 300 ms, no ack over 3 s, exactly one answer per event.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import delete  # noqa: E402 - after the path is set, so the script runs from a checkout

from storage import migrate  # noqa: E402
from storage.db import make_engine, make_session_factory  # noqa: E402
from storage.models import Base  # noqa: E402
from storage.repositories import people  # noqa: E402
from tests import payloads  # noqa: E402
from tests.fakes.slack_api import FakeSlack  # noqa: E402

TEXTS = ("please order more printer paper", "help", "hi Jane", "what's the status of my requests?")
QUEUE = "C0BENCHQ1"
P99_TARGET, MAX_TARGET = 0.300, 3.0


def seed(url: str, clients: int) -> list[str]:
    engine = make_engine(url)
    migrate.upgrade(engine)
    Base.metadata.create_all(engine)  # tables newer than the migration, while it is being regenerated
    with make_session_factory(engine).begin() as session:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name != "alembic_version":
                session.execute(delete(table))
        va = people.upsert(session, "UBENCHVA1", name="Ana", is_va=True)
        users = [f"UBENCH{n:03d}" for n in range(clients)]
        for n, user in enumerate(users):
            person = people.upsert(session, user, name=f"client {n}", tz="America/Chicago")
            people.make_client(session, person, 1).va_id = va.id
    engine.dispose()
    return users


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_serve(url: str, fake: FakeSlack, port: int, args) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": payloads.SECRET,
        "SLACK_API_URL": fake.url,
        "JANE_VA_CHANNEL": QUEUE,
        "JANE_LOG_LEVEL": "WARNING",
    }
    env.pop("SLACK_APP_TOKEN", None)
    command = [sys.executable, "-m", "bot", "serve", "--port", str(port), "--workers", str(args.workers)]
    command += ["--threads", str(args.threads), "--no-jobs"]
    return subprocess.Popen(command, cwd=tempfile.gettempdir(), env=env)


def wait_healthy(port: int, server: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"jane serve exited with status {server.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit("jane serve did not become healthy in time")


def post(port: int, request: payloads.SlackRequest) -> tuple[int, float]:
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("POST", "/slack/events", body=request.body, headers=request.headers)
        response = connection.getresponse()
        response.read()
        return response.status, time.monotonic() - started
    finally:
        connection.close()


def send_all(port: int, users: list[str], events: int, senders: int) -> list[dict]:
    """Each sender posts its share of events one after another; returns what was sent and measured."""
    results: list[dict] = []
    lock = threading.Lock()
    start = threading.Barrier(senders)

    def sender(index: int) -> None:
        mine = range(index, events, senders)
        start.wait()
        for n in mine:
            user = users[n % len(users)]
            event = payloads.message_event(user, TEXTS[n % len(TEXTS)])
            sent = time.monotonic()
            status, ack = post(port, payloads.sign(event))
            with lock:
                results.append({"event": event["event"], "status": status, "ack": ack, "sent": sent})

    threads = [threading.Thread(target=sender, args=(i,)) for i in range(senders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def answers_by_thread(fake: FakeSlack) -> dict[tuple[str, str], list]:
    found: dict[tuple[str, str], list] = {}
    for call in fake.calls("chat.postMessage"):
        if call.params.get("thread_ts"):
            found.setdefault((call.params["channel"], call.params["thread_ts"]), []).append(call)
    return found


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def one_run(args, url: str, fake: FakeSlack) -> dict:
    users = seed(url, args.senders)
    fake.reset()
    port = free_port()
    server = start_serve(url, fake, port, args)
    try:
        wait_healthy(port, server)
        results = send_all(port, users, args.events, args.senders)
        keys = {(r["event"]["channel"], r["event"]["ts"]) for r in results}
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(keys & answers_by_thread(fake).keys()) < len(keys):
            time.sleep(0.05)
        time.sleep(0.5)  # let any duplicate answer show itself before counting
        answers = answers_by_thread(fake)
    finally:
        server.terminate()
        server.wait(timeout=30)
    acks = [r["ack"] for r in results]
    counts = Counter(len(answers.get((r["event"]["channel"], r["event"]["ts"]), [])) for r in results)
    to_answer = [
        answers[(r["event"]["channel"], r["event"]["ts"])][0].at - r["sent"]
        for r in results
        if answers.get((r["event"]["channel"], r["event"]["ts"]))
    ]
    return {
        "events": len(results),
        "statuses": dict(Counter(r["status"] for r in results)),
        "ack_ms": {
            "p50": round(statistics.median(acks) * 1000, 1),
            "p99": round(percentile(acks, 0.99) * 1000, 1),
            "max": round(max(acks) * 1000, 1),
        },
        "answer_ms": {
            "p50": round(statistics.median(to_answer) * 1000, 1) if to_answer else None,
            "p99": round(percentile(to_answer, 0.99) * 1000, 1) if to_answer else None,
        },
        "answers_per_event": {str(k): v for k, v in sorted(counts.items())},
        "exactly_one_answer_each": set(counts) == {1},
        "queue_cards": len([c for c in fake.calls("chat.postMessage") if c.params.get("channel") == QUEUE]),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--senders", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--database", help="a database URL (default: a fresh SQLite file)")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as folder, FakeSlack() as fake:
        url = args.database or f"sqlite:///{folder}/bench.db"
        for run in range(1, args.runs + 1):
            result = one_run(args, url, fake)
            print(json.dumps({"run": run, "workers": args.workers, "threads": args.threads, **result}))
            ok &= (
                result["ack_ms"]["p99"] < P99_TARGET * 1000
                and result["ack_ms"]["max"] < MAX_TARGET * 1000
                and result["exactly_one_answer_each"]
                and result["statuses"] == {200: args.events}
            )
    print("target met" if ok else "TARGET MISSED: p99 < 300 ms, max < 3 s, exactly one answer per event")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
