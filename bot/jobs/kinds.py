"""Every job kind by name, and the outside world the kinds work in."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.jobs.runner import Kind
from handlers.core.context import Notifier
from handlers.proactive import checklists as confirmations
from handlers.proactive import morning_agenda as agenda
from handlers.proactive import nudges
from handlers.proactive.job_plan import RECONCILE_EVERY, sync_all
from handlers.proactive.job_run import JobRun
from integrations.calendar import CalendarGateway
from storage.models import ClientProfile


@dataclass
class World:
    """What job kinds need from outside: settings, the outbox notifier and calendars."""

    settings: Any
    notifier_for: Callable[[Session], Notifier]
    calendar_for: Callable[[ClientProfile], CalendarGateway]
    deliver: Callable[[Iterable[int]], Any] | None = None  # sends outbox rows right after a run commits


def reconcile(run: JobRun) -> datetime:
    """Bring every client's jobs in line with their phase and settings (they change in many places)."""
    sync_all(run.session, run.now, run.world.settings.confirmations_at)
    return run.now + RECONCILE_EVERY


KINDS: dict[str, Kind] = {
    "agenda": agenda.run,
    "confirmations": confirmations.run,
    "nudges": nudges.run,
    "reconcile": reconcile,
}
