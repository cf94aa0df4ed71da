"""`jane worker [--once]`: kept Slack requests, scheduled jobs and the outbox, without serving HTTP.

It carries out the requests that a `jane serve --no-work` kept (and any that a stopped or crashed process
left), runs the due jobs and sends the outbox. SIGTERM or SIGINT stops the taking of new work; what is in
hand gets JANE_SHUTDOWN_GRACE_SECONDS, and the rest is left to the next process.
"""

from __future__ import annotations

import logging
import os
import signal
import threading

from bot.commands._database import open_database
from bot.edge.services import SLACK_SIDE
from bot.jobs.background import JobLoop, make_runner
from bot.settings import load_settings
from bot.telemetry.logs import configure_logging

log = logging.getLogger(__name__)


def run(args) -> int:
    settings = load_settings()
    configure_logging(
        settings.log_level,
        settings.log_format,
        debug=getattr(args, "debug", False),
        secrets=settings.secrets(),
    )
    settings.require("slack_bot_token")
    engine = open_database(settings)
    from bot.app import create_app  # Slack's libraries load only for commands that talk to Slack

    jane = create_app(settings, engine=engine)
    loop = JobLoop(make_runner(jane.services), settings.job_poll_seconds)
    delivery, kept = jane.services.delivery, jane.services.inbox
    assert delivery is not None and kept is not None, SLACK_SIDE
    left = 0
    health_port = getattr(args, "health_port", None) or settings.health_port
    health = None
    try:
        if health_port and not args.once:
            from bot.web.health_server import HealthServer

            health = HealthServer(jane.services, settings.host, health_port).start()
        if args.once:
            while kept.run_due() or kept.in_hand:  # every kept request due now, to the end
                kept.stopping.wait(0.05)
            loop.run_pending()
            while delivery.run_due():
                pass
            return 0
        _stop_on_signals(loop.stopping)
        jane.start()
        log.warning(
            "jane worker: carrying out kept requests (%s threads), running jobs every %ss",
            settings.work_threads, settings.job_poll_seconds,
        )  # fmt: skip
        loop.run_forever()
        return 0
    finally:
        if health is not None:
            health.stop()
        left = jane.stop()
        engine.dispose()
        if left:  # their leases run out and the next process takes them; no reason to wait for them here
            logging.shutdown()
            os._exit(0)


def _stop_on_signals(stopping: threading.Event) -> None:
    """SIGTERM or SIGINT ends the loop after the job in hand, so its transaction is never cut short."""

    def stop(signum, _frame):
        log.warning("jane worker: %s received, stopping", signal.Signals(signum).name)
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
