"""Ack latency and time to answer of `jane serve` against a bare Bolt app, with a slow Google, on loopback.

usage: python bench/ack_bench.py [--events 200] [--senders 20] [--clients 50] [--google-delay 2.0]
                                 [--backend sqlite|postgresql] [--database URL] [--runs 3] [--no-work N]
Starts a fake Slack and a fake Google (Calendar answering after --google-delay seconds, behind a service
account), then per run: the bare Bolt app (bench/bare_bolt.py, on waitress; needs `pip install waitress`)
and `jane serve` (its own process group, on a fresh database: a SQLite file, or a schema of its own on the
PostgreSQL at TEST_DATABASE_URL), each sent the same mix by `--senders` concurrent senders: half calendar
questions from `--clients` clients (each client's two questions different, so each one asks Google), half
task requests. `--no-work N` serves Jane as `jane serve --no-work` with N `jane worker` processes instead.
Prints one JSON line per run and the medians. Targets: every event answered exactly once within 10 s of
the first event; Jane's ack p99 within 2x the bare app's of the same run; no ack over 3 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402 - after the path is set, so the script runs from a checkout

ANSWER_WITHIN, ACK_RATIO, MAX_ACK = 10.0, 2.0, 3.0


def acks(sent: list[harness.Sent]) -> dict[str, float]:
    times = [s.ack for s in sent]
    return {
        "p50_ms": round(statistics.median(times) * 1000, 1),
        "p99_ms": round(harness.percentile(times, 0.99) * 1000, 1),
        "max_ms": round(max(times) * 1000, 1),
    }


def bare_run(fakes: harness.Fakes, events, args) -> dict:
    port = harness.free_port()
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("bare_bolt.py")), "--port", str(port)],
        env=fakes.env("sqlite://"), start_new_session=True,
    )  # fmt: skip
    try:
        harness.wait_healthy(port, process)
        fakes.slack.reset()
        sent = harness.send_all(port, events, args.senders)
        first = min(s.at for s in sent)
        harness.wait_until(lambda: harness.tally(fakes.slack, sent).lost == 0, args.bare_wait)
        answered = [c.at for c in fakes.slack.calls("chat.postMessage")]
        result = harness.tally(fakes.slack, sent)
    finally:
        harness.stop(process, group=True, timeout=10)
    return {
        "ack": acks(sent),
        "answered": result.answered,
        "all_answered_after_s": round(max(answered) - first, 1) if result.lost == 0 else None,
    }


def jane_run(fakes: harness.Fakes, events, args, url: str) -> dict:
    users = harness.seed(url, args.clients)
    assert len(users) == args.clients
    port = harness.free_port()
    extra = ("--no-work",) if args.no_work else ()
    server = harness.serve(fakes, url, port, *extra)
    workers = [harness.start(["worker"], fakes.env(url)) for _ in range(args.no_work)]
    try:
        harness.wait_healthy(port, server)
        time.sleep(1.0 if args.no_work else 0)  # the workers' start-up
        fakes.slack.reset()
        google_before = len(fakes.google.calendar_calls())
        sent = harness.send_all(port, events, args.senders)
        first = min(s.at for s in sent)
        harness.wait_until(lambda: harness.tally(fakes.slack, sent).lost == 0, args.jane_wait)
        time.sleep(1.0)  # a duplicate answer would show itself by now
        found = harness.answers(fakes.slack)
        last = max((calls[0].at for s in sent if (calls := found.get(harness.where(s)))), default=first)
        result = harness.tally(fakes.slack, sent)
        latency: dict[str, list[float]] = {"calendar": [], "task": []}
        for s in sent:
            if calls := found.get(harness.where(s)):
                latency[s.kind].append(calls[0].at - s.at)
    finally:
        for worker in workers:
            harness.stop(worker, group=True)
        harness.stop(server, group=True)
    return {
        "ack": acks(sent),
        "statuses": {str(k): v for k, v in sorted(_count(s.status for s in sent).items())},
        "acks_over_3s": sum(s.ack > MAX_ACK for s in sent),
        "lost": result.lost,
        "doubled": result.doubled,
        "queue_cards": result.cards,
        "google_calls": len(fakes.google.calendar_calls()) - google_before,
        "all_answered_after_s": round(last - first, 2) if result.lost == 0 else None,
        "answer_s": {
            kind: {"p50": round(statistics.median(times), 2), "max": round(max(times), 2)}
            for kind, times in latency.items()
            if times
        },
    }


def _count(values) -> dict:
    counted: dict = {}
    for value in values:
        counted[value] = counted.get(value, 0) + 1
    return counted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--senders", type=int, default=20)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--google-delay", type=float, default=2.0)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--database", help="a database URL (its tables are emptied)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-work", type=int, default=0, metavar="N")
    parser.add_argument("--bare-wait", type=float, default=15.0, help="seconds to wait for the bare app")
    parser.add_argument("--jane-wait", type=float, default=60.0, help="seconds to wait for Jane's answers")
    args = parser.parse_args()
    runs = []
    with harness.fakes(args.google_delay) as fakes, harness.database(args.database, args.backend) as url:
        for run in range(1, args.runs + 1):
            users = [f"UBENCH{n:03d}" for n in range(args.clients)]
            events = harness.mixed_events(users, args.events)
            bare = bare_run(fakes, events, args)
            events = harness.mixed_events(users, args.events)  # fresh ids and ts for Jane
            jane = jane_run(fakes, events, args, url)
            ratio = round(jane["ack"]["p99_ms"] / max(bare["ack"]["p99_ms"], 0.1), 2)
            met = (
                jane["lost"] == 0 and jane["doubled"] == 0 and jane["acks_over_3s"] == 0
                and jane["all_answered_after_s"] is not None
                and jane["all_answered_after_s"] <= ANSWER_WITHIN and ratio <= ACK_RATIO
            )  # fmt: skip
            line = {"run": run, "backend": args.backend, "no_work": args.no_work, "bare": bare, "jane": jane}
            print(json.dumps({**line, "p99_ratio": ratio, "target_met": met}), flush=True)
            runs.append((bare, jane, ratio, met))
    medians = {
        "bare_ack_p99_ms": statistics.median(b["ack"]["p99_ms"] for b, _, _, _ in runs),
        "jane_ack_p50_ms": statistics.median(j["ack"]["p50_ms"] for _, j, _, _ in runs),
        "jane_ack_p99_ms": statistics.median(j["ack"]["p99_ms"] for _, j, _, _ in runs),
        "p99_ratio": statistics.median(r for _, _, r, _ in runs),
        "jane_all_answered_after_s": statistics.median(
            j["all_answered_after_s"] if j["all_answered_after_s"] is not None else float("inf")
            for _, j, _, _ in runs
        ),
    }
    ok = all(met for _, _, _, met in runs)
    print(json.dumps({"medians": medians, "runs": len(runs), "all_runs_met_the_targets": ok}))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
