"""Thousands of generated hostile requests against the real app on loopback (tests/hostile.py, seeded):
never a 5xx, never a logged traceback, and nothing changed by an actor without standing.

A failure names the case number and what it was; the same seed regenerates exactly that request.
The figures (cases, 5xx, tracebacks, seconds) are printed at the end: `pytest -s -k fuzz`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Base
from storage.repositories import deals, phases
from storage.repositories import people as people_repo
from storage.repositories import requests as repo
from tests import payloads
from tests.hostile import Case, Hostile, World

# Both backends, each with its own seed: PostgreSQL is stricter about what text and ids it stores.
SEEDS = {"sqlite": 20261125, "postgresql": 20261126}
UNSIGNED, FORGED, BROKEN = 250, 300, 800  # per backend
SENDERS = 4  # requests in flight at once, as Slack sends them
OTHER_CLIENT, IDLE_VA = "UCLIENT02", "UVA000003"
# Rows that answering anyone may write: outgoing messages, the record of which requests arrived (the
# inbox keeps every verified one before its ack), and what the asker's own conversation was about.
ANSWER_TABLES = frozenset({"outbox", "slack_events", "conversations", "inbox"})


class Tracebacks(logging.Handler):
    """Every log record that carries a traceback, from any logger, at any level."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []  # appended under the handler's own lock (handle())

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info or "Traceback (most recent call last)" in record.getMessage():
            self.records.append(record)


@pytest.fixture
def tracebacks():
    handler, root = Tracebacks(), logging.getLogger()
    root.addHandler(handler)
    uncaught: list[BaseException] = []
    previous_hook = threading.excepthook
    threading.excepthook = lambda hook_args: uncaught.append(hook_args.exc_value)
    try:
        yield handler.records, uncaught
    finally:
        threading.excepthook = previous_hook
        root.removeHandler(handler)


@pytest.fixture
def world(served, people, sessions, fake_slack) -> World:
    """People of every standing, and records of every kind for the forged actors to aim at."""
    with sessions.begin() as session:
        people_repo.make_client(session, people_repo.upsert(session, OTHER_CLIENT, name="Other Client"), 1)
        people_repo.upsert(session, IDLE_VA, name="Idle VA", is_va=True)
        client, va = people_repo.find(session, people.client), people_repo.find(session, people.va)
        executive = people_repo.find(session, people.exec_client)
        queued = repo.create(session, client, "office_supplies", "order paper")
        claimed = repo.create(session, client, "mailings", "send the cards")
        repo.move(session, claimed.id, "claim", va)
        proposal = phases.propose(session, client.client, 2, va)
        deal = deals.add(session, executive, "Jones closing", "offer")
        ids = {queued.id, claimed.id, proposal.id, deal.id}
    served.send(payloads.message_event(people.exec_client, "book lunch with Sam tomorrow at noon"))
    served.settle()
    booking = max(r.id for r in served.requests())
    records = tuple(str(i) for i in sorted(ids | {booking})) + ("999", "0", "-1", "x", "")
    users = (people.client, people.exec_client, people.va, people.other_va, people.admin, OTHER_CLIENT,
             IDLE_VA, people.stranger)  # fmt: skip
    outsiders = (people.stranger, IDLE_VA)
    return World(users, outsiders, (*outsiders, OTHER_CLIENT), records, fake_slack.response_url("fuzz"))


def snapshot(session: Session) -> dict[str, list[tuple]]:
    """Every row of every table but the answers: what an actor without standing must leave as it was."""
    return {
        table.name: [tuple(row) for row in session.execute(select(table).order_by(*table.primary_key))]
        for table in Base.metadata.sorted_tables
        if table.name not in ANSWER_TABLES
    }


@dataclass
class Outcome:
    statuses: Counter = field(default_factory=Counter)
    server_errors: list[Case] = field(default_factory=list)
    wrong: list[tuple[Case, int]] = field(default_factory=list)  # unsigned but not refused


def fire(served, cases: list[Case], outcome: Outcome, *, expect: int | None = None) -> None:
    def one(case: Case) -> None:
        status, _ = served.post(case.request)
        outcome.statuses[status] += 1
        if status >= 500:
            outcome.server_errors.append(case)
        if expect is not None and status != expect:
            outcome.wrong.append((case, status))

    with ThreadPoolExecutor(SENDERS) as senders:
        list(senders.map(one, cases))
    served.settle(timeout=60)


def _last_frames(record: logging.LogRecord) -> str:
    """Where a logged traceback ended and why (enough to tell the distinct failures apart)."""
    if not record.exc_info:
        return record.getMessage()[-600:]
    return logging.Formatter().formatException(record.exc_info)[-600:]


def describe(cases) -> str:
    return "\n".join(f"#{case.number} {case.what}" for case in list(cases)[:10])


def test_hostile_requests_never_break_jane_nor_change_what_they_may_not(served, world, tracebacks, backend):
    logged, uncaught = tracebacks
    hostile = Hostile(SEEDS[backend], world)
    outcome = Outcome()
    started = time.monotonic()

    with served.sessions() as session:
        before = snapshot(session)
    fire(served, hostile.unsigned(UNSIGNED), outcome, expect=401)
    fire(served, hostile.forged(FORGED), outcome)
    with served.sessions() as session:
        after_forged = snapshot(session)
    fire(served, hostile.broken(BROKEN), outcome)
    elapsed = time.monotonic() - started

    cases = UNSIGNED + FORGED + BROKEN
    statuses = dict(sorted(outcome.statuses.items()))
    print(
        f"\nfuzz ({backend}, seed {SEEDS[backend]}): {cases} cases in {elapsed:.1f}s; statuses {statuses}; "
        f"5xx {len(outcome.server_errors)}; tracebacks {len(logged)}; uncaught {len(uncaught)}"
    )
    assert sum(outcome.statuses.values()) == cases
    assert outcome.wrong == [], describe(case for case, _ in outcome.wrong)
    assert outcome.server_errors == [], describe(outcome.server_errors)
    assert logged == [], "\n\n".join(sorted({_last_frames(record) for record in logged}))
    assert uncaught == []
    changed = [name for name in before if before[name] != after_forged[name]]
    assert changed == [], f"forged actors changed {changed}"
