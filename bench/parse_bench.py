"""Parser speed: warm `parse` latency (p50, p99) without and with a conversation context, and the wall time
of `jane parse` on a 1,000-line batch.

usage: python bench/parse_bench.py [--corpus PATH] [--calls 5000] [--runs 5]
Targets on a 2-core machine: p50 <= 1 ms, p99 <= 5 ms (with a context too), a 1,000-line batch (start-up
included) <= 3 s. With a context, the corpus's messages and the follow-ups below are parsed in turn against a
context holding every kind of topic (README.md, `jane parse --context`).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.parser import parse  # noqa: E402 - after the path is set, so the script runs from a checkout

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
ZONE, NOW = "America/Chicago", "2026-11-25T09:00:00-06:00"
FALLBACK = ["What's on my calendar for today?", "Am I free tomorrow at 11?", "order more toner by Friday"]
_AT = "2026-11-25T08:58:00-06:00"
CONTEXT = {
    "last": {"intent": "calendar.availability", "slots": {"question": "busy"}, "at": _AT},
    "window": {"start": "2026-11-26T00:00:00-06:00", "end": "2026-11-27T00:00:00-06:00", "at": _AT},
    "slot": {"start": "2026-11-26T10:15:00-06:00", "end": "2026-11-26T10:45:00-06:00", "at": _AT},
    "event": {"title": "Dentist", "start": "2026-11-26T16:30:00-06:00", "end": "2026-11-26T17:30:00-06:00",
              "at": "2026-11-25T08:30:00-06:00"},
    "deal": {"name": "Jones - 14 Elm St", "at": "2026-11-25T08:55:00-06:00"},
    "deals": {"names": ["Jones - 14 Elm St", "Jones - 9 Oak Ave"], "at": "2026-11-25T08:54:00-06:00"},
    "draft": {"request": 12, "start": "2026-11-26T14:00:00-06:00", "end": "2026-11-26T14:30:00-06:00",
              "duration_minutes": 30, "title": "Call with Linda", "at": "2026-11-25T08:50:00-06:00"},
    "request": {"id": 7, "duty": "office_supplies", "text": "order staples",
                "at": "2026-11-25T08:40:00-06:00"},
    "reminder": {"id": 3, "due": "2026-11-25T16:00:00-06:00", "title": "call the lender",
                 "at": "2026-11-25T08:20:00-06:00"},
    "refused": {"intent": "deal.status", "duty": "sales_tracking", "phase": 3,
                "at": "2026-11-25T08:10:00-06:00"},
    "agenda": {"time": "07:30", "weekdays": True, "at": "2026-11-25T08:00:00-06:00"},
    "offer": {"kind": "book", "start": "2026-11-26T12:30:00-06:00", "end": "2026-11-26T13:00:00-06:00",
              "title": "Lunch with Sam", "at": "2026-11-25T08:45:00-06:00"},
    "client": {"name": "Tom", "at": "2026-11-25T08:05:00-06:00"},
}  # fmt: skip
FOLLOW_UPS = [
    "and tomorrow?", "what about 11:30 then?", "and the day after that?", "sorry, I meant Friday",
    "move it to 4", "push it back an hour", "make it 45 minutes", "cancel that", "never mind", "yes please",
    "great, book it", "no thanks", "when does it close?", "what's it priced at again?", "the Oak Ave one",
    "and the other Jones one?", "is that slot actually free?", "why was it rejected?", "I'll take it",
    "what phase is he in?", "how do I get that unlocked?", "and only on weekdays", "actually, make it 7",
]  # fmt: skip


def messages(corpus: Path) -> list[str]:
    if not corpus.exists():
        return FALLBACK
    return [json.loads(line)["text"] for line in corpus.read_text().splitlines() if line.strip()]


def warm_latency(
    texts: list[str], calls: int, context: dict | None = None
) -> tuple[list[float], list[float]]:
    """Milliseconds per `parse` call, wall clock and CPU time, after one warm-up pass over the texts.

    On a busy machine the wall-clock tail is mostly time spent waiting for a core; CPU time shows the
    parser's own cost.
    """
    zone = ZoneInfo(ZONE)
    now = datetime.fromisoformat(NOW)
    for text in texts:
        parse(text, now, zone, context)
    wall, cpu = [], []
    for index in range(calls):
        started, started_cpu = time.perf_counter(), time.thread_time()
        parse(texts[index % len(texts)], now, zone, context)
        cpu.append((time.thread_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    return sorted(wall), sorted(cpu)


def batch_wall_times(texts: list[str], lines: int, runs: int) -> list[float]:
    """Seconds for one `jane parse` process to answer `lines` lines, start-up included."""
    batch = "".join(texts[index % len(texts)] + "\n" for index in range(lines))
    command = [sys.executable, "-m", "bot", "parse", "--tz", ZONE, "--now", NOW]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(command, input=batch, capture_output=True, text=True, cwd=ROOT, check=True)
        times.append(time.perf_counter() - started)
        if len(done.stdout.splitlines()) != lines:
            raise SystemExit(f"jane parse answered {len(done.stdout.splitlines())} of {lines} lines")
    return times


def percentile(sorted_values: list[float], fraction: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(fraction * len(sorted_values)))]


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    options.add_argument("--calls", type=int, default=5000)
    options.add_argument("--lines", type=int, default=1000)
    options.add_argument("--runs", type=int, default=5)
    args = options.parse_args()
    texts = messages(args.corpus)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    wall, cpu = warm_latency(texts, args.calls)
    p50, p99 = percentile(wall, 0.50), percentile(wall, 0.99)
    print(f"warm parse, {args.calls} calls over {len(texts)} messages: p50 {p50:.3f} ms, p99 {p99:.3f} ms")
    print(f"  (CPU time: p50 {percentile(cpu, 0.50):.3f} ms, p99 {percentile(cpu, 0.99):.3f} ms)")
    with_context = texts + FOLLOW_UPS
    wall, cpu = warm_latency(with_context, args.calls, CONTEXT)
    p50, p99 = percentile(wall, 0.50), percentile(wall, 0.99)
    print(
        f"warm parse with a context, {args.calls} calls over {len(with_context)} messages"
        f" ({len(FOLLOW_UPS)} follow-ups): p50 {p50:.3f} ms, p99 {p99:.3f} ms"
    )
    print(f"  (CPU time: p50 {percentile(cpu, 0.50):.3f} ms, p99 {percentile(cpu, 0.99):.3f} ms)")
    walls = batch_wall_times(texts, args.lines, args.runs)
    runs = ", ".join(f"{wall:.2f}" for wall in walls)
    print(
        f"jane parse, {args.lines}-line batch, {args.runs} runs: median {statistics.median(walls):.2f} s,"
        f" min {min(walls):.2f} s, max {max(walls):.2f} s (runs: {runs})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
