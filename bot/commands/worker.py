"""`jane worker [--once]`: scheduled jobs and the outbox, without serving HTTP (a dedicated process)."""

from __future__ import annotations

import logging
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
    delivery = jane.services.delivery
    assert delivery is not None, SLACK_SIDE
    health_port = getattr(args, "health_port", None) or settings.health_port
    health = None
    try:
        if health_port and not args.once:
            from bot.web.health_server import HealthServer

            health = HealthServer(jane.services, settings.host, health_port).start()
        if args.once:
            loop.run_pending()
            while delivery.run_due():
                pass
            return 0
        _stop_on_signals(loop.stopping)
        delivery.start()
        log.warning("jane worker: running jobs every %ss", settings.job_poll_seconds)
        loop.run_forever()
        return 0
    finally:
        if health is not None:
            health.stop()
        jane.stop()
        engine.dispose()


def _stop_on_signals(stopping: threading.Event) -> None:
    """SIGTERM or SIGINT ends the loop after the job in hand, so its transaction is never cut short."""

    def stop(signum, _frame):
        log.warning("jane worker: %s received, stopping", signal.Signals(signum).name)
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
