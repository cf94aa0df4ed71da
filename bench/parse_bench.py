"""Parser speed: warm `parse` latency (p50, p99) and the wall time of `jane parse` on a 1,000-line batch.

usage: python bench/parse_bench.py [--corpus PATH] [--calls 5000] [--runs 5]
Targets on a 2-core machine: p50 <= 1 ms, p99 <= 5 ms, a 1,000-line batch (start-up included) <= 3 s.
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


def messages(corpus: Path) -> list[str]:
    if not corpus.exists():
        return FALLBACK
    return [json.loads(line)["text"] for line in corpus.read_text().splitlines() if line.strip()]


def warm_latency(texts: list[str], calls: int) -> tuple[list[float], list[float]]:
    """Milliseconds per `parse` call, wall clock and CPU time, after one warm-up pass over the texts.

    On a busy machine the wall-clock tail is mostly time spent waiting for a core; CPU time shows the
    parser's own cost.
    """
    zone = ZoneInfo(ZONE)
    now = datetime.fromisoformat(NOW)
    for text in texts:
        parse(text, now, zone)
    wall, cpu = [], []
    for index in range(calls):
        started, started_cpu = time.perf_counter(), time.thread_time()
        parse(texts[index % len(texts)], now, zone)
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
    walls = batch_wall_times(texts, args.lines, args.runs)
    runs = ", ".join(f"{wall:.2f}" for wall in walls)
    print(
        f"jane parse, {args.lines}-line batch, {args.runs} runs: median {statistics.median(walls):.2f} s,"
        f" min {min(walls):.2f} s, max {max(walls):.2f} s (runs: {runs})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
