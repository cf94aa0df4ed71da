"""Event ids taken in once, the outbox and the job table: the single-process behaviour."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import event

from storage.models import Job, OutboxMessage
from storage.repositories import events, jobs, outbox

NOW = datetime(2026, 11, 27, 14, 0, tzinfo=UTC)


def test_an_event_id_is_recorded_once(sessions):
    with sessions.begin() as session:
        assert events.record_once(session, "Ev01")
        assert not events.record_once(session, "Ev01")
    with sessions.begin() as session:
        assert not events.record_once(session, "Ev01")
        assert events.record_once(session, "Ev02")


def test_old_event_ids_are_forgotten(sessions):
    with sessions.begin() as session:
        events.record_once(session, "Ev01")
    with sessions.begin() as session:
        assert events.forget_older_than(session, datetime.now(UTC) + timedelta(seconds=1)) == 1
        assert events.record_once(session, "Ev01")


def test_outbox_put_is_idempotent_per_key_and_take_leases(sessions):
    with sessions.begin() as session:
        assert outbox.put(session, "tell:1", "chat.postMessage", {"channel": "D1", "text": "hi"})
        assert not outbox.put(session, "tell:1", "chat.postMessage", {"channel": "D1", "text": "again"})
        assert outbox.pending_count(session) == 1
    with sessions.begin() as session:
        (message,) = outbox.take(session, now=datetime.now(UTC) + timedelta(seconds=1))
        assert message.payload == {"channel": "D1", "text": "hi"} and message.locked_until is not None
        message_id = message.id
    with sessions.begin() as session:  # leased: nobody else takes it
        assert outbox.take(session, now=datetime.now(UTC) + timedelta(seconds=2)) == []
        outbox.mark_sent(session, message_id, {"ok": True, "ts": "1.2"})
    with sessions() as session:
        sent = session.get(OutboxMessage, message_id)
        assert (sent.status, sent.attempts, sent.result["ts"]) == ("sent", 1, "1.2")
        assert outbox.pending_count(session) == 0


def test_a_living_row_is_queued_then_re_armed_in_place_by_one_statement(sessions, engine):
    with sessions.begin() as session:
        first = outbox.rearm(session, "home:7", "views.publish", {"user_id": "U7"})
    with sessions.begin() as session:
        outbox.mark_sent(session, first, {"ok": True})
    sql: list[str] = []

    def record(conn, cursor, statement, *rest) -> None:
        sql.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        with sessions.begin() as session:
            again = outbox.rearm(session, "home:7", "views.publish", {"user_id": "U7"})
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert again == first and len([s for s in sql if "outbox" in s]) == 1
    with sessions() as session:
        row = session.get(OutboxMessage, first)
        assert (row.status, row.attempts, row.revision, row.payload) == ("pending", 0, 1, {"user_id": "U7"})


def test_a_failed_send_is_retried_later(sessions):
    with sessions.begin() as session:
        outbox.put(session, "tell:2", "chat.postMessage", {"channel": "D1", "text": "hi"})
        (message,) = outbox.take(session, now=datetime.now(UTC) + timedelta(seconds=1))
        outbox.mark_failed(session, message.id, "ratelimited", now=NOW)
        assert message.next_attempt_at == NOW + timedelta(seconds=2) and message.status == "pending"
        assert outbox.take(session, now=NOW + timedelta(seconds=1)) == []
        assert [m.id for m in outbox.take(session, now=NOW + timedelta(seconds=3))] == [message.id]


def test_schedule_creates_or_moves_a_job_by_key(sessions):
    with sessions.begin() as session:
        job = jobs.schedule(session, "agenda:client:1", "agenda", NOW, {"client": 1})
        moved = jobs.schedule(session, "agenda:client:1", "agenda", NOW + timedelta(days=1))
        assert moved.id == job.id and moved.run_at == NOW + timedelta(days=1)
        assert moved.payload == {"client": 1}
    with sessions() as session:
        assert jobs.find(session, "agenda:client:1").run_at == NOW + timedelta(days=1)


def test_a_due_job_is_leased_then_finished_or_failed(sessions):
    with sessions.begin() as session:
        jobs.schedule(session, "a", "agenda", NOW)
        jobs.schedule(session, "b", "nudge", NOW + timedelta(hours=1))
    with sessions.begin() as session:
        (taken,) = jobs.take_due(session, "w1", now=NOW)
        assert (taken.key, taken.locked_by, taken.attempts) == ("a", "w1", 1)
        assert jobs.take_due(session, "w2", now=NOW) == []  # w1 holds it
        assert not jobs.finish(session, taken.id, "w2", NOW + timedelta(days=1), now=NOW)  # not w2's
        assert jobs.finish(session, taken.id, "w1", NOW + timedelta(days=1), now=NOW)
    with sessions.begin() as session:
        job = jobs.find(session, "a")
        assert (job.run_at, job.locked_by, job.attempts, job.last_run_at) == (
            NOW + timedelta(days=1),
            None,
            0,
            NOW,
        )
        (later,) = jobs.take_due(session, "w2", now=NOW + timedelta(hours=2))
        jobs.fail(session, later.id, "w2", "boom", NOW + timedelta(hours=3))
    with sessions.begin() as session:
        job = jobs.find(session, "b")
        assert (job.last_error, job.locked_by, job.run_at) == ("boom", None, NOW + timedelta(hours=3))
        (again,) = jobs.take_due(session, "w3", now=NOW + timedelta(hours=3))
        assert jobs.finish(session, again.id, "w3", None)
        assert session.get(Job, again.id) is None


def test_an_expired_lease_lets_another_worker_take_the_job(sessions):
    with sessions.begin() as session:
        jobs.schedule(session, "a", "agenda", NOW)
        jobs.take_due(session, "crashed", now=NOW)
    with sessions.begin() as session:
        assert jobs.take_due(session, "w2", now=NOW + jobs.LEASE - timedelta(seconds=1)) == []
        (taken,) = jobs.take_due(session, "w2", now=NOW + jobs.LEASE + timedelta(seconds=1))
        assert taken.locked_by == "w2" and taken.attempts == 2


def test_a_failure_reported_after_a_takeover_leaves_the_new_holders_job_alone(sessions):
    with sessions.begin() as session:
        jobs.schedule(session, "a", "agenda", NOW, {"client_id": 7})
        (job,) = jobs.take_due(session, "w1", now=NOW)
        (job,) = jobs.take_due(session, "w2", now=NOW + timedelta(minutes=6))  # w1's lease ran out
        assert not jobs.fail(session, job.id, "w1", "late", NOW, {"client_id": 7, "due": "stale"})
    with sessions.begin() as session:
        job = jobs.find(session, "a")
        assert (job.payload, job.locked_by, job.last_error) == ({"client_id": 7}, "w2", None)
        assert jobs.fail(
            session, job.id, "w2", "boom", NOW + timedelta(hours=1), {"client_id": 7, "due": "x"}
        )
    with sessions.begin() as session:
        job = jobs.find(session, "a")
        assert (job.last_error, job.payload, job.locked_by) == ("boom", {"client_id": 7, "due": "x"}, None)


def test_a_failing_message_is_retried_with_capped_backoff_until_its_horizon_then_given_up(sessions):
    with sessions.begin() as session:
        row_id = outbox.put(session, "tell:3", "chat.postMessage", {"channel": "D1", "text": "hi"})
        queued = session.get(OutboxMessage, row_id).queued_at
        horizon = timedelta(hours=6)
        for attempt in range(1, 30):  # far past the old limit of 12 attempts
            later = queued + timedelta(minutes=attempt * 5)
            failed = outbox.mark_failed(
                session, row_id, "HTTP 503", now=later, horizon=horizon, waited_until=later
            )
            assert failed is False
            row = session.get(OutboxMessage, row_id)
            assert row.status == "pending" and row.next_attempt_at - later <= timedelta(minutes=5)
        at = queued + horizon
        assert outbox.mark_failed(session, row_id, "HTTP 503", now=at, horizon=horizon, waited_until=at)
        assert session.get(OutboxMessage, row_id).status == "dead"
