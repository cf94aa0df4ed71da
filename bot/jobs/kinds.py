"""Every job kind by name."""

from __future__ import annotations

from datetime import datetime

from bot.jobs.runner import Kind
from handlers.proactive import checklists as confirmations
from handlers.proactive import morning_agenda as agenda
from handlers.proactive import nudges, weekly_review
from handlers.proactive.job_plan import RECONCILE_EVERY, sync_all
from handlers.proactive.job_run import JobRun
from handlers.reminders import job as reminder


def reconcile(run: JobRun) -> datetime:
    """Bring every client's jobs in line with their phase and settings (they change in many places)."""
    sync_all(run.session, run.now, run.world.settings.confirmations_at)
    return run.now + RECONCILE_EVERY


KINDS: dict[str, Kind] = {
    "agenda": agenda.run,
    "confirmations": confirmations.run,
    "nudges": nudges.run,
    "reconcile": reconcile,
    reminder.KIND: reminder.run,  # one job per reminder, dropped once it is sent or cancelled
    "review": weekly_review.run,
}
