"""One run of one job: what a job kind is handed, and what survives into the job's next run."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from handlers.core.context import Notifier, Settings
from handlers.core.timefmt import zone_of
from handlers.proactive.schedule import local_day
from integrations.calendar import Agenda, CalendarAccessLost, CalendarGateway, CalendarNotConnected
from storage.models import ClientProfile, Job

log = logging.getLogger(__name__)


@dataclass
class World:
    """What job kinds need from outside: settings, the outbox notifier and calendars."""

    settings: Settings
    notifier_for: Callable[[Session], Notifier]
    calendar_for: Callable[[ClientProfile], CalendarGateway]
    deliver: Callable[[Iterable[int]], object] | None = None  # sends outbox rows right after a run commits


@dataclass
class JobRun:
    """One run of one job: its unit of work, the moment, and what the kinds need from outside."""

    session: Session
    job: Job
    now: datetime
    world: World
    deferred: bool = field(default=False, init=False)
    _notify: Notifier | None = field(default=None, init=False, repr=False)

    @property
    def notify(self) -> Notifier:
        """One outbox notifier for the whole run, so its rows can be sent as soon as the run commits."""
        if self._notify is None:
            self._notify = self.world.notifier_for(self.session)
        return self._notify

    @property
    def written(self) -> list[int]:
        return list(getattr(self._notify, "written", []) or [])

    @property
    def payload(self) -> dict[str, Any]:
        return self.job.payload or {}

    @property
    def due(self) -> datetime:
        """The occurrence this run stands for, even when a retry or a deferral moved `run_at`."""
        return kept_due(self.job)

    def calendar_day(self, profile: ClientProfile, day: date, purpose: str) -> Agenda | None:
        """A client's calendar for one of their days; None (logged) when it is not connected or access was
        lost: a message about that every morning would only nag, and the client hears it when they ask."""
        start, end = local_day(day, zone_of(profile.person))
        return self.calendar_between(profile, start, end, purpose)

    def calendar_between(
        self, profile: ClientProfile, start: datetime, end: datetime, purpose: str
    ) -> Agenda | None:
        """A client's calendar over [start, end); None (logged) when it is not connected or access is lost."""
        zone = zone_of(profile.person)
        # In the client's zone, as the agenda handler asks: the same window is the same cached answer,
        # and a calendar that reads all-day events by the window's dates sees the client's own days.
        try:
            return self.world.calendar_for(profile).agenda(start.astimezone(zone), end.astimezone(zone))
        except (CalendarNotConnected, CalendarAccessLost) as error:
            log.info("no %s for client %s: %s", purpose, profile.person_id, type(error).__name__)
            return None

    def defer(self, at: datetime) -> datetime:
        """Run this same occurrence again at `at` (e.g. when the VA's working day starts)."""
        self.deferred = True
        return at


def kept_due(job: Job) -> datetime:
    """The occurrence a job stands for: its own, or the one a retry or deferral kept in the payload."""
    kept = (job.payload or {}).get("due")
    return datetime.fromisoformat(kept) if kept else job.run_at


def carry(run: JobRun) -> dict[str, Any]:
    """The payload for the next run: a deferral keeps its occurrence, a finished run forgets it."""
    payload = {k: v for k, v in run.payload.items() if k not in ("due", "replan")}
    if run.deferred:
        payload["due"] = run.due.isoformat()
    return payload
