"""Prometheus metrics, served at GET /metrics (prometheus_client).

Counters and histograms are counted in the process that does the work; under several gunicorn workers
`jane serve` points PROMETHEUS_MULTIPROC_DIR at a fresh folder before the fork, so that every worker
writes there and a scrape of any worker reports all of them together. What lives in the database (the
outbox backlog, how late the jobs are) is read from it at each scrape, so it is the same whichever
process answers and includes what `jane worker` processes do.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily
from sqlalchemy.orm import Session, sessionmaker

from storage.repositories import inbox, jobs, outbox

MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"  # prometheus_client's own variable, read when it is imported
FAST = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
SLOW = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

ACK_SECONDS = Histogram(
    "jane_ack_seconds",
    "Time from a Slack request reaching Jane to its acknowledgement",
    ["kind"],
    buckets=FAST,
)
WORK_SECONDS = Histogram(
    "jane_work_seconds", "Time of the work done after the ack, by intent (or button, command, form)",
    ["intent"], buckets=SLOW,
)  # fmt: skip
SLACK_CALLS = Counter(
    "jane_slack_calls_total", "Slack Web API calls, by method and outcome (ok or Slack's error)",
    ["method", "outcome"],
)  # fmt: skip
GOOGLE_CALLS = Counter(
    "jane_google_calls_total", "Google Calendar API calls, by operation and outcome", ["operation", "outcome"]
)

NOT_KEPT = Counter(
    "jane_requests_not_kept_total",
    "Slack requests answered 503 because the database could not keep them in time (Slack delivers again)",
)
WORK_OUTAGES = Counter(
    "jane_work_outage_retries_total", "Tries of a kept request put off because the database was away"
)
INBOX_FAILED = Counter(
    "jane_inbox_failed_total", "Kept requests given up after their work failed again and again (person told)"
)
OUTBOX_DEAD_LETTERS = Counter(
    "jane_outbox_dead_letters_total",
    "Outgoing Slack messages given up, by reason: refused (Slack will never take it) or expired (horizon)",
    ["reason"],
)

_work: ContextVar[list[str] | None] = ContextVar("jane_work_intent", default=None)


@contextmanager
def timing_work(label: str) -> Iterator[None]:
    """Time the block as work labelled `label`, unless `name_work` names it more precisely meanwhile."""
    named = [label]
    token = _work.set(named)
    started = time.perf_counter()
    try:
        yield
    finally:
        _work.reset(token)
        WORK_SECONDS.labels(named[0]).observe(time.perf_counter() - started)


def name_work(intent: str) -> None:
    """Label the work in hand by what it turned out to be (a message's parsed intent)."""
    named = _work.get()
    if named is not None:
        named[0] = intent


def work_label() -> str | None:
    named = _work.get()
    return named[0] if named is not None else None


def google_call(operation: str, outcome: str) -> None:
    GOOGLE_CALLS.labels(operation, outcome).inc()


def slack_call(method: str, outcome: str) -> None:
    SLACK_CALLS.labels(method, outcome).inc()


class DatabaseGauges:
    """A collector reading, at each scrape, what every process shares: the outbox and the job table."""

    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], datetime]) -> None:
        self.sessions, self.clock = sessions, clock

    def collect(self):
        now = self.clock()
        with self.sessions() as session:
            backlog = outbox.backlog(session)
            kept = inbox.backlog(session)
            oldest_due = jobs.oldest_due(session, now)
        yield _gauge("jane_outbox_pending", "Outgoing Slack messages not sent yet", backlog.pending)
        yield _gauge(
            "jane_outbox_dead", "Outgoing Slack messages given up (see jane admin outbox)", backlog.dead
        )
        yield _gauge(
            "jane_outbox_oldest_pending_seconds",
            "Age of the oldest outgoing Slack message not sent yet (0: none waits)",
            _age(now, backlog.oldest_pending_at),
        )
        yield _gauge("jane_inbox_pending", "Kept Slack requests not carried out yet", kept.pending)
        yield _gauge("jane_inbox_failed", "Kept Slack requests given up (see jane admin inbox)", kept.failed)
        yield _gauge(
            "jane_inbox_oldest_pending_seconds",
            "Age of the oldest kept Slack request not carried out yet (0: none waits)",
            _age(now, kept.oldest_pending_at),
        )
        yield _gauge(
            "jane_job_lag_seconds", "How long the longest-waiting due job has waited (0: none is due)",
            _age(now, oldest_due),
        )  # fmt: skip


def exposition(sessions: sessionmaker[Session], clock: Callable[[], datetime]) -> tuple[bytes, str]:
    """The text a scrape gets: every process's counters and histograms, and the database's gauges."""
    registry = CollectorRegistry()
    if os.environ.get(MULTIPROCESS_DIR):
        multiprocess.MultiProcessCollector(registry)
    else:
        registry.register(_ThisProcess())
    registry.register(DatabaseGauges(sessions, clock))
    return generate_latest(registry), CONTENT_TYPE_LATEST


def process_ended(pid: int) -> None:
    """Tell the multiprocess files that a worker is gone (gunicorn's worker_exit)."""
    if os.environ.get(MULTIPROCESS_DIR):
        multiprocess.mark_process_dead(pid)


class _ThisProcess:
    """The default registry (this process's metrics), inside a registry of the scrape's own."""

    def collect(self):
        return REGISTRY.collect()


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)


def _age(now: datetime, since: datetime | None) -> float:
    return max((now - since).total_seconds(), 0.0) if since is not None else 0.0
