"""`jane serve`: HTTP on gunicorn's threaded workers, or Socket Mode when SLACK_APP_TOKEN is set.

HTTP: POST /slack/events (events, interactivity, commands), GET /healthz, /readyz and /metrics,
`--workers` processes of `--threads` threads each. Every worker builds its own app after the fork (its own
engine, thread pools, outbox sender and job loop); everything they must agree on lives in the database,
and their metrics meet in one PROMETHEUS_MULTIPROC_DIR that this command makes for them.

Socket Mode: one process connects out to Slack (slack_bolt's built-in SocketModeHandler, `--threads`
envelopes at a time) and serves no HTTP, but for the health checks on `--health-port` when given.

Every request is kept in the inbox before its ack and carried out by this process's workers, unless
`--no-work`: then this process only keeps and acks, and `jane worker` processes do the work. SIGTERM stops
the taking of new work; what is in hand gets JANE_SHUTDOWN_GRACE_SECONDS (inside gunicorn's own graceful
timeout), and the rest is left to the next process.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.commands._database import open_database
from bot.errors import JaneError, UsageError
from bot.settings import Settings, load_settings
from bot.telemetry.logs import configure_logging, gunicorn_logger_class

log = logging.getLogger(__name__)

ACK_SWITCH_INTERVAL = 0.001  # seconds
SOCKET_MODE_STARTED = (
    "jane serve: connected to Slack in Socket Mode (%s threads). No HTTP server in this mode: --host, "
    "--port and --workers are unused, there is no GET /healthz unless --health-port, and Google Calendar "
    "connect links need HTTP mode"
)
MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"  # prometheus_client reads it when first imported


def run(args) -> int:
    settings = load_settings()
    configure_logging(
        settings.log_level,
        settings.log_format,
        debug=getattr(args, "debug", False),
        secrets=settings.secrets(),
    )
    socket_mode = bool(settings.slack_app_token)
    settings.require("slack_bot_token", "slack_app_token" if socket_mode else "slack_signing_secret")
    if args.workers < 1 or args.threads < 1:
        raise UsageError("--workers and --threads must be at least 1")
    args.host = args.host or settings.host
    args.port = args.port or settings.port
    args.health_port = args.health_port or settings.health_port
    open_database(settings).dispose()  # upgrades SQLite, checks PostgreSQL, before any worker starts
    if socket_mode:
        _check_token(settings)
        return _socket_mode(settings, args)
    with _shared_metrics_folder():  # before anything imports prometheus_client, so every worker uses it
        _check_token(settings)
        _http(settings, args)
    return 0


@contextlib.contextmanager
def _shared_metrics_folder() -> Iterator[None]:
    """One folder where every worker process writes its metrics, emptied at start; one of our own (removed
    at exit) unless the operator named one."""
    given = os.environ.get(MULTIPROCESS_DIR)
    folder = Path(given) if given else Path(tempfile.mkdtemp(prefix="jane-metrics-"))
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.db"):  # a previous run's counts would be added to this run's
        stale.unlink()
    os.environ[MULTIPROCESS_DIR] = str(folder)
    try:
        yield
    finally:
        if not given:
            shutil.rmtree(folder, ignore_errors=True)


def _http(settings: Settings, args) -> None:
    from gunicorn.app.base import BaseApplication

    holder: dict[str, Any] = {}

    def build_worker_app():
        try:
            holder["running"] = _start(settings, args)
        except Exception as error:  # one line, and gunicorn stops (3: a worker that cannot boot)
            log.error("jane serve: could not start: %s", _first_line(error))
            sys.exit(3)
        return holder["running"].web

    def worker_exit(_server, worker) -> None:
        from bot.telemetry.metrics import process_ended

        running = holder.get("running")
        left = running.stop() if running is not None else 0
        process_ended(worker.pid)
        if left:  # their leases run out and the next process takes them; no reason to wait for them here
            logging.shutdown()
            os._exit(0)

    class Server(BaseApplication):
        def load_config(self) -> None:
            for name, value in _gunicorn_options(settings, args, worker_exit).items():
                self.cfg.set(name, value)

        def load(self):
            return build_worker_app()

    log.warning(
        "jane serve: http://%s:%s/slack/events (%s worker%s × %s threads)",
        args.host, args.port, args.workers, "" if args.workers == 1 else "s", args.threads,
    )  # fmt: skip
    Server().run()


def _gunicorn_options(settings: Settings, args, worker_exit) -> dict[str, Any]:
    return {
        "bind": f"{args.host}:{args.port}",
        "workers": args.workers,
        "worker_class": "gthread",
        "threads": args.threads,
        "timeout": 30,
        # Requests in flight finish, then the work in hand gets its grace period (Jane.stop).
        "graceful_timeout": math.ceil(settings.shutdown_grace_seconds) + 5,
        "keepalive": 5,
        "proc_name": "jane",
        "accesslog": None,
        "errorlog": "-",
        "loglevel": settings.log_level.lower(),
        "logger_class": gunicorn_logger_class(),  # gunicorn's lines in Jane's format (JANE_LOG_FORMAT)
        "worker_exit": worker_exit,
    }


def _socket_mode(settings: Settings, args) -> int:
    stopping = threading.Event()

    def stop(signum, _frame) -> None:
        log.warning("jane serve: %s received, stopping", signal.Signals(signum).name)
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    serve_socket_mode(settings, args, stopping)
    return 0


def serve_socket_mode(settings: Settings, args, stopping: threading.Event) -> None:
    """Serve Slack over Socket Mode until `stopping` is set, then disconnect and finish the work in hand.

    Raises JaneError, in one sentence, when Slack refuses the app token or the connection cannot be opened.
    """
    from bot.edge.socket_mode import CheckedSocketModeHandler

    running = _start(settings, args)
    health = None
    try:
        if getattr(args, "health_port", None):
            from bot.web.health_server import HealthServer

            health = HealthServer(running.jane.services, args.host or settings.host, args.health_port).start()
        handler = CheckedSocketModeHandler(running.bolt, settings.slack_app_token, concurrency=args.threads)
        try:
            _connect(handler, settings)
            log.warning(SOCKET_MODE_STARTED, args.threads)
            stopping.wait()
        finally:
            _close(handler)
    finally:
        if health is not None:
            health.stop()
        running.stop()


def _connect(handler, settings: Settings) -> None:
    """apps.connections.open with the app token, then the WebSocket, whose failure the SDK only logs."""
    errors: list[Exception] = []
    handler.client.on_error_listeners.append(errors.append)
    try:
        with _slack_accepts("SLACK_APP_TOKEN", settings):
            handler.connect()
    finally:
        handler.client.on_error_listeners.remove(errors.append)
    if not handler.client.is_connected():
        host = urlsplit(handler.client.wss_uri or "").netloc  # not the whole URL: its ticket is a credential
        reason = errors[-1] if errors else "the WebSocket handshake was refused"
        raise JaneError(f"could not open the Socket Mode connection to {host}: {reason}")


def _close(handler) -> None:
    """Disconnect at once rather than in up to 4 s: the SDK's reader waits up to 3 s on the socket, holding
    the lock that close() needs, and its message loop up to 1 s on its queue. Wake both (having marked the
    client closed, so neither reconnects nor waits again), then close. Should the SDK's insides change,
    this is a plain close()."""
    client = handler.client
    with contextlib.suppress(AttributeError, OSError):
        client.auto_reconnect_enabled = False
        client.closed = True
        client.current_session_state.terminated = True
        client.message_queue.put(None)
        if client.current_session is not None and client.current_session.sock is not None:
            client.current_session.sock.shutdown(socket.SHUT_RDWR)
    handler.close()


class _Running:
    """One process's Jane and its background loops."""

    def __init__(self, jane, jobs) -> None:
        self.jane, self.jobs = jane, jobs
        self.web, self.bolt = jane.web, jane.bolt

    def stop(self) -> int:
        """Stop taking work and finish what is in hand within the grace period; how many were left."""
        if self.jobs is not None:
            self.jobs.stop()
        return self.jane.stop()


def _start(settings: Settings, args) -> _Running:
    """Build this process's app (after any fork) and start its inbox workers and outbox sender (unless
    --no-work) and its jobs (unless --no-jobs or --no-work)."""
    from bot.app import create_app

    # A thread waiting to ack gets the interpreter back within 1 ms of CPU-bound work (parsing, rendering)
    # instead of Python's default 5 ms; the ack needs it a few times per request.
    sys.setswitchinterval(ACK_SWITCH_INTERVAL)
    working = not getattr(args, "no_work", False)
    jane = create_app(settings, inbox_work=working)
    jane.services.identity()  # auth.test once now, so no ack ever waits on it
    jane.warm_up()
    jane.start(delivery=working)
    jobs = None
    if working and not args.no_jobs:
        from bot.jobs.background import start_background

        jobs = start_background(jane.services)
    return _Running(jane, jobs)


def _first_line(error: BaseException) -> str:
    cause = getattr(error, "orig", None) or error
    return (str(cause).strip().splitlines() or [cause.__class__.__name__])[0]


def _check_token(settings: Settings) -> None:
    """Fail at start-up, in one line, when Slack does not accept the bot token."""
    from bot.app import make_web_client

    with _slack_accepts("SLACK_BOT_TOKEN", settings):
        make_web_client(settings).auth_test()


@contextlib.contextmanager
def _slack_accepts(token_name: str, settings: Settings):
    """Turn Slack refusing a token, or not answering at all, into one start-up line."""
    from slack_sdk.errors import SlackApiError

    try:
        yield
    except SlackApiError as error:
        refusal = error.response.get("error", "unknown error")
        raise JaneError(f"Slack refused {token_name}: {refusal}") from None
    except OSError as error:
        raise JaneError(f"could not reach Slack at {settings.slack_api_url}: {error}") from None
