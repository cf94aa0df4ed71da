"""Calendar questions through the real app: Google calls per question, ack time and reply latency.

usage: python bench/calendar_bench.py [--google-delay 1.0] [--database URL]
Serves Jane (create_app + bot.web.server) on loopback with a fake Slack and a fake Google whose Calendar API
answers after --google-delay seconds, then asks a Phase III client's agenda questions as signed Slack
events: each question once, then the same again at once. Prints, per question, the HTTP ack time, the
time until Jane's answer reached Slack, and how many Calendar API calls it cost.
Expected: 1 call for a new question and 0 for a repeat within 60 s; every ack in milliseconds, never
waiting for Google; a new question's reply ≈ the Google delay.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.app import create_app  # noqa: E402 - after the path is set, so the script runs from a checkout
from bot.settings import load_settings  # noqa: E402
from storage.db import make_engine, make_session_factory, unit_of_work  # noqa: E402
from storage.models import Base  # noqa: E402
from storage.repositories import people  # noqa: E402
from tests import payloads  # noqa: E402
from tests.fakes.google_api import FakeGoogle  # noqa: E402
from tests.fakes.slack_api import FakeSlack  # noqa: E402

CLIENT, VA = "UCLIENTB1", "UVABENCH1"
QUESTIONS = ("What's on my calendar today?", "What's on my calendar tomorrow?", "Am I free at 3 tomorrow?")


class Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class Quiet(WSGIRequestHandler):
    def log_message(self, *args) -> None:
        pass


def main() -> int:
    options = arguments()
    with tempfile.TemporaryDirectory() as scratch, FakeSlack() as slack:
        google = FakeGoogle().start()
        try:
            url = options.database or f"sqlite:///{scratch}/bench.db"
            served, jane = serve(url, google, slack, Path(scratch), options.google_delay)
            try:
                rows = [ask(served, slack, google, question) for question in QUESTIONS for _ in range(2)]
            finally:
                served.shutdown()
                jane.stop()
        finally:
            google.stop()
    report(rows, options.google_delay)
    return 0


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--google-delay", type=float, default=1.0, help="seconds the fake Calendar API takes")
    parser.add_argument("--database", help="SQLAlchemy URL (default: a scratch SQLite file)")
    return parser.parse_args()


def serve(url: str, google: FakeGoogle, slack: FakeSlack, scratch: Path, delay: float):
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    sessions = make_session_factory(engine)
    with unit_of_work(sessions) as session:
        va = people.upsert(session, VA, name="Ana", is_va=True, tz="America/Chicago")
        client = people.upsert(session, CLIENT, name="Maria", tz="America/Chicago", email="maria@example.com")
        people.make_client(session, client, 3).va_id = va.id
    key_file = scratch / "service-account.json"
    key_file.write_text(json.dumps(google.service_account_info()))
    now = datetime.now(UTC)
    for hours in (2, 5, 26):
        starts = now + timedelta(hours=hours)
        google.calendar.timed(f"Meeting in {hours} h", starts, starts + timedelta(hours=1))
    for kind in ("events.list", "freebusy"):
        google.delay[kind] = delay
    settings = load_settings(
        _env_file=None, DATABASE_URL=url, SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=payloads.SECRET,
        SLACK_API_URL=slack.url, JANE_VA_CHANNEL="C0QUEUE01", GOOGLE_SERVICE_ACCOUNT_FILE=str(key_file),
        GOOGLE_API_ENDPOINT=google.api_root,
    )  # fmt: skip
    jane = create_app(settings, engine=engine, sessions=sessions, delivery_interval=0.05)
    server = make_server("127.0.0.1", 0, jane.web, server_class=Server, handler_class=Quiet)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    jane.start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    return server, jane


def ask(served, slack: FakeSlack, google: FakeGoogle, question: str) -> tuple[str, float, float, int]:
    """(question, ack seconds, reply seconds, Calendar API calls) for one signed message event."""
    event = payloads.message_event(CLIENT, question)
    request = payloads.sign(event)
    before = len(google.calendar_calls())
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", served.server_address[1], timeout=10)
    connection.request("POST", "/slack/events", body=request.body, headers=request.headers)
    assert connection.getresponse().status == 200
    acked = time.perf_counter()
    ts = event["event"]["ts"]
    slack.wait_for(lambda: any(c.params.get("thread_ts") == ts for c in slack.calls("chat.postMessage")), 30)
    answered = time.perf_counter()
    return question, acked - started, answered - started, len(google.calendar_calls()) - before


def report(rows, delay: float) -> None:
    print(f"fake Google answers each Calendar call after {delay:.1f} s\n")
    print(f"{'question':<34} {'ask':>6} {'ack ms':>8} {'reply ms':>9} {'Google calls':>13}")
    for n, (question, ack, reply, calls) in enumerate(rows):
        which = "repeat" if n % 2 else "first"
        print(f"{question:<34} {which:>6} {ack * 1000:8.1f} {reply * 1000:9.1f} {calls:13d}")
    firsts, repeats = rows[0::2], rows[1::2]
    print()
    print(f"Google calls per new question: {statistics.mean(r[3] for r in firsts):.2f}; "
          f"per repeat within 60 s: {statistics.mean(r[3] for r in repeats):.2f}")  # fmt: skip
    print(f"ack: max {max(r[1] for r in rows) * 1000:.1f} ms (never waits for Google); "
          f"reply: new question median {statistics.median(r[2] for r in firsts) * 1000:.0f} ms, "
          f"repeat median {statistics.median(r[2] for r in repeats) * 1000:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
