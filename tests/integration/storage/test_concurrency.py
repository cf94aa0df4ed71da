"""Races decided by the database itself: 20 threads, each with its own session, reach for one thing.

On PostgreSQL these are real concurrent transactions (as on several servers); on SQLite the same code
is serialised by BEGIN IMMEDIATE. Either way exactly one thread may win.
"""

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from storage.db import is_sqlite
from storage.repositories import events, jobs, outbox, people, phases, requests

THREADS = 20
NOW = datetime(2026, 11, 27, 14, 0, tzinfo=UTC)


def race(sessions, attempt: Callable) -> list:
    """Run `attempt(session, i)` in THREADS threads started together, each in its own transaction."""
    barrier = threading.Barrier(THREADS)
    results: list = [None] * THREADS
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait(timeout=30)
            with sessions.begin() as session:
                results[i] = attempt(session, i)
        except BaseException as error:  # surfaced by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


def test_twenty_claims_one_winner_and_everyone_learns_who(sessions):
    with sessions.begin() as session:
        admins = [people.upsert(session, f"U0ADMIN{i:02d}", is_admin=True).id for i in range(THREADS)]
        client = people.upsert(session, "U0CARLA")
        people.make_client(session, client, phase=1)
        request_id = requests.create(session, client, "general", "pick up the dry cleaning").id

    def claim(session, i):
        outcome = requests.move(session, request_id, "claim", people.get(session, admins[i]))
        return outcome.moved, outcome.status, outcome.request.owner.user_id

    results = race(sessions, claim)
    winners = [i for i, (moved, _, _) in enumerate(results) if moved]
    assert len(winners) == 1
    winner = f"U0ADMIN{winners[0]:02d}"
    assert all(status == "claimed" and owner == winner for _, status, owner in results)
    with sessions() as session:
        trail = requests.transitions(session, request_id)
        assert [(t.from_status, t.to_status) for t in trail] == [(None, "queued"), ("queued", "claimed")]
        assert requests.get(session, request_id).owner.user_id == winner


def test_twenty_asks_about_one_phase_one_open_proposal(sessions):
    with sessions.begin() as session:
        client = people.upsert(session, "U0CARLA")
        people.make_client(session, client, phase=1)
        client_id = client.id

    everyone_read = threading.Barrier(THREADS)

    def ask(session, i):
        profile = people.get(session, client_id).client
        if not is_sqlite(session):  # SQLite's BEGIN IMMEDIATE lets one transaction in at a time
            everyone_read.wait(timeout=30)  # all transactions open before any proposes: the widest race
        return phases.propose(session, profile, 2, by=None).id

    results = race(sessions, ask)
    with sessions() as session:
        [proposal] = phases.open_proposals(session, people.get(session, client_id).client)
    assert results == [proposal.id] * THREADS, "every ask is answered with the one open proposal"


def test_twenty_deliveries_of_one_event_one_first_time(sessions):
    results = race(sessions, lambda session, i: events.record_once(session, "Ev0RETRIED"))
    assert results.count(True) == 1 and results.count(False) == THREADS - 1


def test_twenty_senders_one_outbox_row_one_taker(sessions):
    with sessions.begin() as session:
        outbox.put(session, "tell:race", "chat.postMessage", {"channel": "D1", "text": "once"})
    later = datetime.now(UTC) + timedelta(seconds=1)
    results = race(sessions, lambda session, i: [m.key for m in outbox.take(session, now=later)])
    assert sorted(results, key=len) == [[]] * (THREADS - 1) + [["tell:race"]]


def test_twenty_workers_one_due_job_one_taker(sessions):
    with sessions.begin() as session:
        jobs.schedule(session, "agenda:client:1", "agenda", NOW)
    results = race(
        sessions, lambda session, i: [j.locked_by for j in jobs.take_due(session, f"w{i}", now=NOW)]
    )
    taken = [i for i, got in enumerate(results) if got]
    assert len(taken) == 1 and results[taken[0]] == [f"w{taken[0]}"]
    with sessions() as session:
        job = jobs.find(session, "agenda:client:1")
        assert (job.locked_by, job.attempts) == (f"w{taken[0]}", 1)
