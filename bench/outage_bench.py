"""Database outages during traffic: nothing acked is lost, nobody gets an apology, a Claim applies once.

usage: python bench/outage_bench.py [--part sqlite|postgresql|both] [--runs 1] [--lock 40] [--stop 20]
                                    [--events 60] [--clients 20] [--google-delay 0.5]
SQLite: `jane serve` on a SQLite file while another process holds the file's write lock for --lock
seconds. PostgreSQL: a private cluster that the bench makes itself (initdb and pg_ctl, in a temporary
folder, on a free loopback port; never the machine's own server), stopped for --stop seconds. In both,
senders keep sending events (half calendar questions, half task requests) before, during and after the
outage, each retried every 2 s until acked as Slack's retries would (in compressed time), and a VA clicks
Claim on an earlier request during the outage, retried the same way. Counts events acked but never
answered (lost), answered twice (doubled), apologies, and how often the Claim was applied.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402 - after the path is set, so the script runs from a checkout
from sqlalchemy import func, select  # noqa: E402

from handlers.core import messages  # noqa: E402
from storage.db import make_engine, make_session_factory  # noqa: E402
from storage.models import Request, RequestTransition  # noqa: E402
from tests import payloads  # noqa: E402

RETRY_EVERY, RETRY_FOR = 2.0, 120.0


class PrivatePostgres:
    """A PostgreSQL cluster of the bench's own, run as the `postgres` user (initdb refuses root)."""

    def __init__(self) -> None:
        self.bin = Path(sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1])
        self.folder = Path(tempfile.mkdtemp(prefix="jane-outage-pg-"))
        self.data = self.folder / "data"
        self.port = harness.free_port()
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            account = pwd.getpwnam(self.user)
            os.chown(self.folder, account.pw_uid, account.pw_gid)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        subprocess.run([*prefix, *command], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def init(self) -> PrivatePostgres:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres")
        return self

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-l",
                  str(self.folder / "log"), "start")  # fmt: skip

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def traffic(port: int, users: list[str], events: int, seconds: float) -> list[harness.Sent]:
    """`events` events spread over `seconds` by as many senders as clients, each retried until acked."""
    mix = harness.mixed_events(users, events)
    pause = seconds / max(1, events / len(users))
    return harness.send_all(port, mix, len(users), retry_until=RETRY_FOR, pause=pause)


def claim_until_acked(port: int, request: Request) -> dict:
    click = payloads.block_actions(
        "UBENCHVA1", "request.claim", str(request.id), channel=harness.QUEUE, message_ts=request.card_ts
    )
    tries, started = 0, time.monotonic()
    while True:
        tries += 1
        status, _ = harness.post(port, payloads.sign(click))
        if status == 200 or time.monotonic() - started > RETRY_FOR:
            return {"status": status, "tries": tries}
        time.sleep(RETRY_EVERY)


def first_request(url: str, fakes: harness.Fakes, timeout: float = 30.0) -> Request:
    sessions = make_session_factory(engine := make_engine(url))
    try:
        found: list[Request] = []

        def carded() -> bool:
            with sessions() as session:
                found[:] = list(session.scalars(select(Request).where(Request.card_ts.is_not(None))))
            return bool(found)

        harness.wait_until(carded, timeout)
        return found[0]
    finally:
        engine.dispose()


def claims(url: str, request_id: int) -> int:
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            return session.scalar(
                select(func.count()).where(
                    RequestTransition.request_id == request_id, RequestTransition.to_status == "claimed"
                )
            )
    finally:
        engine.dispose()


def one_run(part: str, fakes: harness.Fakes, args, outage, url: str, logs: Path) -> dict:
    users = harness.seed(url, args.clients)
    fakes.slack.reset()
    port = harness.free_port()
    server = harness.serve(fakes, url, port, log=logs / f"{part}.log")
    try:
        harness.wait_healthy(port, server)
        opener = payloads.message_event(users[0], harness.TASK)
        harness.post(port, payloads.sign(opener))
        request = first_request(url, fakes)
        results: dict = {}
        sender = threading.Thread(
            target=lambda: results.update(sent=traffic(port, users[1:], args.events, args.traffic))
        )
        sender.start()
        time.sleep(args.traffic / 4)
        with outage():  # the database is away now, during traffic …
            time.sleep(1.0)
            results["claim"] = claim_until_acked(port, request)  # … retried until it is back
        sender.join()
        sent: list[harness.Sent] = results["sent"]
        harness.wait_until(lambda: harness.tally(fakes.slack, sent).lost == 0, 90)
        time.sleep(3.0)
        tally = harness.tally(fakes.slack, sent)
        said = ("chat.postMessage", "chat.postEphemeral")
        texts = [c.text for c in fakes.slack.calls() if c.method in said]
    finally:
        harness.stop(server)
    return {
        "part": part,
        "events": len(sent),
        "acked": sum(s.status == 200 for s in sent),
        "answered_503_first": sum(s.tries > 1 for s in sent),
        "lost": tally.lost,
        "doubled": tally.doubled,
        "apologies": sum(messages.SOMETHING_WENT_WRONG in text for text in texts),
        "claim_acked": results["claim"]["status"] == 200,
        "claim_tries": results["claim"]["tries"],
        "claims_applied": claims(url, request.id),
    }


def sqlite_part(fakes: harness.Fakes, args, logs: Path) -> list[dict]:
    runs = []
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/outage.db"

        class Locked:
            def __enter__(self):
                self.connection = sqlite3.connect(
                    f"{folder}/outage.db", timeout=30, isolation_level=None, check_same_thread=False
                )
                self.connection.execute("BEGIN IMMEDIATE")  # another process takes the write lock …
                self.timer = threading.Timer(args.lock, self.connection.execute, ("COMMIT",))
                self.timer.start()  # … for --lock seconds

            def __exit__(self, *exc):
                self.timer.join()
                self.connection.close()

        for _ in range(args.runs):
            runs.append(one_run("sqlite", fakes, args, Locked, url, logs))
    return runs


def postgresql_part(fakes: harness.Fakes, args, logs: Path) -> list[dict]:
    cluster = PrivatePostgres().init()
    runs = []
    try:
        cluster.start()

        class Stopped:
            def __enter__(self):
                cluster.stop()  # the server goes away …
                self.timer = threading.Timer(args.stop, cluster.start)
                self.timer.start()  # … for --stop seconds

            def __exit__(self, *exc):
                self.timer.join()

        for _ in range(args.runs):
            runs.append(one_run("postgresql", fakes, args, Stopped, cluster.url, logs))
    finally:
        cluster.remove()
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--lock", type=float, default=40.0)
    parser.add_argument("--stop", type=float, default=20.0)
    parser.add_argument("--events", type=int, default=60)
    parser.add_argument("--clients", type=int, default=21)
    parser.add_argument("--traffic", type=float, default=40.0, help="seconds the events are spread over")
    parser.add_argument("--google-delay", type=float, default=0.5)
    args = parser.parse_args()
    results = []
    with harness.fakes(args.google_delay) as fakes, tempfile.TemporaryDirectory() as logs:
        if args.part in ("sqlite", "both"):
            results += sqlite_part(fakes, args, Path(logs))
        if args.part in ("postgresql", "both"):
            results += postgresql_part(fakes, args, Path(logs))
    for result in results:
        print(json.dumps(result))
    ok = all(
        r["lost"] == 0 and r["doubled"] == 0 and r["apologies"] == 0 and r["claims_applied"] == 1
        and r["acked"] == r["events"] and r["claim_acked"]
        for r in results
    )  # fmt: skip
    print("target met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
