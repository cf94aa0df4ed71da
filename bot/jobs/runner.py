"""The job runner: takes due jobs atomically, runs their kind, and reschedules them from *now*.

Each job runs in one transaction together with the outbox rows it writes and its own rescheduling, so a
crash leaves either everything or nothing. A calendar question rolls that transaction back, is asked with
no transaction open, and the job runs again with the answer (bot.edge.calendar_port). A crashed runner's
lease expires and another runner retakes the job; the crashed runner, if it wakes, finds its lease gone
and rolls back. Because the next occurrence is computed from now, a runner that was down catches up once,
not once per missed interval.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from bot.edge.calendar_port import Answers, NeedsCalendar
from bot.telemetry.tracing import new_id, request_scope
from handlers.proactive.job_run import JobRun, World, carry, kept_due
from storage.db import unit_of_work
from storage.models import Job
from storage.repositories import jobs
from storage.types import utcnow

log = logging.getLogger(__name__)

MAX_RETRY_DELAY = timedelta(hours=1)


Kind = Callable[[JobRun], datetime | None]


def retry_delay(attempts: int) -> timedelta:
    return min(timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_RETRY_DELAY)


def default_worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Runner:
    """Runs due jobs on behalf of one named worker; many runners may share one database."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        world: World,
        kinds: Mapping[str, Kind],
        *,
        clock: Callable[[], datetime] = utcnow,
        worker: str | None = None,
        batch: int = 10,
        google_slots: threading.Semaphore | None = None,
    ) -> None:
        self.sessions, self.world, self.kinds, self.clock = sessions, world, kinds, clock
        self.google_slots = google_slots  # shared with the process's other Google callers
        self.worker = worker or default_worker_name()
        self.batch = batch
        self._outgoing: list[int] = []  # outbox rows written by this batch, sent when it is done

    def run_due(self, stopping: threading.Event | None = None) -> int:
        """Take and run every job due now, a batch at a time, until none is left or `stopping` is set."""
        ran = 0
        while not (stopping and stopping.is_set()):
            with unit_of_work(self.sessions) as session:
                due = jobs.take_due(session, self.worker, now=self.clock(), limit=self.batch)
                taken = [job.id for job in due]
            for job_id in taken:
                ran += self.run_one(job_id)
            self._deliver()
            if len(taken) < self.batch:
                break
        return ran

    def run_one(self, job_id: int) -> bool:
        """Run one job this worker holds; False when the job vanished or its lease was lost. Its log lines
        and the messages it writes carry an id of their own, as a Slack request's do."""
        with request_scope(new_id()):
            return self._run_held(job_id)

    def _run_held(self, job_id: int) -> bool:
        answers = Answers()
        while True:
            session = self.sessions()
            try:
                job = session.get(Job, job_id)
                if job is None or job.locked_by != self.worker:
                    return False
                return self._run(session, job, answers)
            except NeedsCalendar as asked:
                need = asked
            except Exception as error:  # a kind's bug or an outage must not stop the other jobs
                session.rollback()
                log.exception("job %s failed", job_id)
                self._fail(job_id, error)
                return False
            finally:
                session.close()  # rolls back what the round did, so no transaction is open below
            try:
                answers.fetch(need, self.google_slots)
            except Exception as error:
                log.exception("job %s failed", job_id)
                self._fail(job_id, error)
                return False

    def _run(self, session: Session, job: Job, answers: Answers) -> bool:
        kind = self.kinds.get(job.kind)
        if kind is None:
            raise LookupError(f"no job kind {job.kind!r}")
        calendar_for = getattr(self.world, "calendar_for", None)  # kinds without calendars may have no world
        world = replace(self.world, calendar_for=answers.port(calendar_for)) if calendar_for else self.world
        run = JobRun(session, job, self.clock(), world)
        next_at = kind(run)
        job.payload = carry(run)
        if jobs.finish(session, job.id, self.worker, next_at, now=run.now):
            session.commit()
            self._outgoing += run.written
            return True
        # Our lease expired and another runner holds the job: its run, not ours, counts.
        session.rollback()
        log.warning("job %s lost its lease; rolled back", job.key)
        return False

    def _deliver(self) -> None:
        """Send what the batch wrote right away; whatever fails stays in the outbox for the retry loop."""
        ids, self._outgoing = self._outgoing, []
        deliver = getattr(self.world, "deliver", None)
        if ids and deliver is not None:
            try:
                deliver(ids)
            except Exception:
                log.exception("sending %d outbox rows failed; the retry loop will", len(ids))

    def _fail(self, job_id: int, error: Exception) -> None:
        now = self.clock()
        with unit_of_work(self.sessions) as session:
            job = session.get(Job, job_id)
            if job is None:
                return
            # Keep the occurrence the retry stands for: an agenda retried at 08:05 is still 08:00's.
            payload = {**(job.payload or {}), "due": kept_due(job).isoformat()}
            reason = f"{type(error).__name__}: {error}"
            # In one conditional update: a worker that took over the job meanwhile keeps it as it is.
            jobs.fail(session, job_id, self.worker, reason, now + retry_delay(job.attempts), payload)
