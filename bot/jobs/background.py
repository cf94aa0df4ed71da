"""Proactive work inside a running process: `jane serve` (a thread) and `jane worker` (the main loop)."""

from __future__ import annotations

import logging
import threading
from datetime import datetime

from bot.edge.services import Services
from bot.jobs import retention
from bot.jobs.kinds import KINDS
from bot.jobs.runner import Runner
from handlers.proactive import job_plan as sync
from handlers.proactive.job_run import World
from integrations.calendar import Agenda, Busy, CalendarGateway, Created, EventChange, NewEvent
from storage.db import unit_of_work
from storage.models import ClientProfile

log = logging.getLogger(__name__)


def make_world(services: Services) -> World:
    """The kinds' view of the app's services: its outbox notifier and calendars."""
    return World(
        settings=services.settings,
        notifier_for=services.notifier,
        calendar_for=services.calendar_for or _no_calendar,
        deliver=services.delivery.deliver if services.delivery else None,
    )


def make_runner(services: Services, *, worker: str | None = None) -> Runner:
    kinds = {**KINDS, retention.KIND: retention.retention(services.settings.retention_days)}
    return Runner(
        services.sessions, make_world(services), kinds, clock=services.clock, worker=worker,
        google_slots=services.google_slots,
    )  # fmt: skip


class JobLoop:
    """Runs due jobs every `poll` seconds until stopped; one per process, any number of processes."""

    def __init__(self, runner: Runner, poll: float) -> None:
        self.runner, self.poll = runner, poll
        self.stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def run_pending(self) -> int:
        """Make sure the sweeps exist, then run what is due now (stopping between batches if asked)."""
        with unit_of_work(self.runner.sessions) as session:
            sync.ensure_global(session, self.runner.clock())
            if retention.KIND in self.runner.kinds:
                retention.ensure(session, self.runner.clock())
        return self.runner.run_due(self.stopping)

    def run_forever(self) -> None:
        while not self.stopping.is_set():
            try:
                self.run_pending()
            except Exception:  # the database may be away for a moment; the loop must outlive it
                log.exception("the job loop failed; trying again in %ss", self.poll)
            self.stopping.wait(self.poll)

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run_forever, name="jane-jobs", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the job in hand (its transaction) and stop taking new ones."""
        self.stopping.set()
        if self._thread is not None:
            self._thread.join(timeout)


def start_background(services: Services) -> JobLoop:
    """What `jane serve` calls unless --no-jobs: the job loop in a thread of this process."""
    loop = JobLoop(make_runner(services), services.settings.job_poll_seconds)
    loop.start()
    return loop


def _no_calendar(profile: ClientProfile) -> CalendarGateway:
    from integrations.calendar import CalendarNotConnected
    from integrations.sentences import NOT_CONNECTED

    class NotConnected:
        def agenda(self, start: datetime, end: datetime) -> Agenda:
            raise CalendarNotConnected(NOT_CONNECTED)  # a CalendarError's message is for the client

        def busy(self, start: datetime, end: datetime) -> list[Busy]:
            raise CalendarNotConnected(NOT_CONNECTED)

        def create(self, event: NewEvent) -> Created:
            raise CalendarNotConnected(NOT_CONNECTED)

        def change(self, change: EventChange) -> None:
            raise CalendarNotConnected(NOT_CONNECTED)

    return NotConnected()
