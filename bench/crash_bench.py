"""Acked means kept: `jane serve` stopped right after acking a burst, then started again; nothing is lost
and nothing is answered twice.

usage: python bench/crash_bench.py [--runs 3] [--backend sqlite|postgresql] [--signal kill|term|both]
                                   [--events 80] [--clients 20] [--google-delay 2.0] [--database URL]
Per run: a fresh database (a SQLite file, or a schema of its own on the PostgreSQL at TEST_DATABASE_URL),
`jane serve` in a process group of its own, `--events` signed events from `--clients` clients sent by as
many concurrent senders (half calendar questions, Google answering after --google-delay s, half task
requests), every one acked 200; then, the moment the last is acked, SIGKILL to the whole process tree (a
crash) or SIGTERM to gunicorn's master (a deploy); then `jane serve` again on the same database, until
every event is answered or --wait seconds pass. Counts events never answered (lost) and answered more
than once (doubled), and queue cards posted twice. Prints one JSON line per run and the medians; exits 1
unless every run lost and doubled nothing.
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402 - after the path is set, so the script runs from a checkout


def one_run(fakes: harness.Fakes, url: str, how: int, args, logs: Path) -> dict:
    users = harness.seed(url, args.clients)
    fakes.slack.reset()
    port = harness.free_port()
    first = harness.serve(fakes, url, port, log=logs / "first.log")
    harness.wait_healthy(port, first)
    events = harness.mixed_events(users, args.events)
    sent = harness.send_all(port, events, args.clients, retry_until=10.0)
    acked_at = time.monotonic()
    answered_before = harness.tally(fakes.slack, sent).answered
    harness.stop(first, how, group=how == signal.SIGKILL)
    stopped_after = time.monotonic() - acked_at
    answered_by_first = harness.tally(fakes.slack, sent).answered
    second = harness.serve(fakes, url, port, log=logs / "second.log")
    try:
        harness.wait_healthy(port, second)
        restarted = time.monotonic()
        harness.wait_until(lambda: harness.tally(fakes.slack, sent).lost == 0, args.wait)
        recovered = time.monotonic() - restarted
        time.sleep(3.0)  # a doubled answer would show itself by now
    finally:
        harness.stop(second)
    result = harness.tally(fakes.slack, sent)
    return {
        "signal": signal.Signals(how).name,
        "acked": sum(s.status == 200 for s in sent),
        "events": len(sent),
        "answered_when_signalled": answered_before,
        "answered_by_the_first_process": answered_by_first,
        "first_stopped_after_s": round(stopped_after, 1),
        "lost": result.lost,
        "doubled": result.doubled,
        "queue_cards": result.cards,
        "doubled_cards": result.doubled_cards,
        "second_answered_the_rest_in_s": round(recovered, 1) if result.lost == 0 else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--signal", choices=("kill", "term", "both"), default="both")
    parser.add_argument("--events", type=int, default=80)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--google-delay", type=float, default=2.0)
    parser.add_argument("--wait", type=float, default=120.0)
    parser.add_argument("--database", help="a database URL (its tables are emptied)")
    args = parser.parse_args()
    signals = {"kill": [signal.SIGKILL], "term": [signal.SIGTERM]}.get(
        args.signal, [signal.SIGKILL, signal.SIGTERM]
    )
    results = []
    with (
        harness.fakes(args.google_delay) as fakes,
        harness.database(args.database, args.backend) as url,
        tempfile.TemporaryDirectory() as logs,
    ):
        for how in signals:
            for run in range(1, args.runs + 1):
                result = one_run(fakes, url, how, args, Path(logs))
                print(json.dumps({"run": run, "backend": args.backend, **result}), flush=True)
                results.append(result)
    ok = all(r["lost"] == 0 and r["doubled"] == 0 and r["doubled_cards"] == 0 for r in results)
    for name in {r["signal"] for r in results}:
        mine = [r for r in results if r["signal"] == name]
        summary = {
            "signal": name,
            "runs": len(mine),
            "median_lost": statistics.median(r["lost"] for r in mine),
            "median_doubled": statistics.median(r["doubled"] for r in mine),
            "median_unanswered_when_signalled": statistics.median(
                r["events"] - r["answered_when_signalled"] for r in mine
            ),
            "median_second_answered_the_rest_in_s": statistics.median(
                r["second_answered_the_rest_in_s"] or float("inf") for r in mine
            ),
        }
        print(json.dumps({"medians": summary}))
    print("target met: 0 lost, 0 doubled" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
