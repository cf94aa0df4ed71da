"""The retention sweep: kept requests, Slack event ids and sent messages older than JANE_RETENTION_DAYS
are deleted, so that the tables do not grow forever (README, "Kept requests")."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from bot.jobs.runner import Kind
from bot.outbox.notify import LIVING
from handlers.proactive.job_run import JobRun
from storage.repositories import events, inbox, jobs, outbox

log = logging.getLogger(__name__)

KEY = KIND = "retention"
EVERY = timedelta(hours=6)


def retention(days: int) -> Kind:
    """The job kind that purges what is older than `days`."""

    def purge(run: JobRun) -> datetime:
        before = run.now - timedelta(days=days)
        kept = inbox.purge(run.session, before)
        ids = events.forget_older_than(run.session, before)
        # A request's card and a person's Home are re-armed for as long as they live: never purged.
        sent = outbox.purge_sent(run.session, before, keep=LIVING)
        if kept or ids or sent:
            log.info(
                "retention: purged %d finished requests, %d event ids, %d sent messages (older than %d days)",
                kept, ids, sent, days,
            )  # fmt: skip
        return run.now + EVERY

    return purge


def ensure(session: Session, now: datetime) -> None:
    """Schedule the sweep once (several processes may start at once)."""
    jobs.schedule_once(session, KEY, KIND, now)
