"""Every job kind by name, and the outside world the kinds work in."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from bot.jobs import agenda, confirmations, nudges
from bot.jobs.run import JobRun
from bot.jobs.runner import Kind
from bot.jobs.sync import RECONCILE_EVERY, sync_all
from bot.settings import Settings
from handlers.core.context import Ask, Context, Notifier
from handlers.core.reply import Reply
from integrations.calendar import CalendarGateway
from storage.models import ClientProfile


@dataclass
class World:
    """What job kinds need from outside: settings, the outbox notifier, calendars, the agenda renderer."""

    settings: Settings
    notifier_for: Callable[[Session], Notifier]
    calendar_for: Callable[[ClientProfile], CalendarGateway]
    agenda_handler: Callable[[Context, Ask], Reply]
    deliver: Callable[[Iterable[int]], object] | None = None  # sends outbox rows right after a run commits


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
