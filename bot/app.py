"""The composition root: `create_app(settings, **overrides)` wires Jane together; tests swap any part."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.signature import SignatureVerifier

from bot import conversation
from bot.edge.handoff import inject_services
from bot.edge.inbox_worker import InboxWorker
from bot.edge.services import SLACK_SIDE, Services, Unit
from bot.listeners import register_listeners
from bot.outbox.delivery import HOME_INTERVAL, HOME_PATIENCE, Delivery
from bot.outbox.token import TokenState
from bot.settings import Settings
from bot.slack import render
from bot.slack.home_view import home_views
from bot.telemetry import metrics
from bot.telemetry.tracing import CarryingExecutor, new_id, request_scope
from bot.web.server import Web
from handlers.core.context import Thread
from integrations.factory import calendar_factory
from storage.db import ACK_WAIT_SECONDS, make_engine, make_session_factory
from storage.models import Person
from storage.repositories import people
from storage.types import utcnow

log = logging.getLogger(__name__)

WEB_TIMEOUT_SECONDS = 10
RETRIES = 3  # per kind of failure, for every Web API call
# The longest Retry-After a call waits out in place. A longer one fails the call and the outbox schedules
# the next try by it: RETRIES such waits must stay well inside the outbox lease (60 s), or a second sender
# could take the row and send it twice, and a work thread would sleep meanwhile.
MAX_RATE_LIMIT_WAIT = 10
LISTENER_THREADS = 16  # Bolt's own pool, for lazy listeners only: every ack is made in its request's thread
TRANSACTION_SLOTS = 4  # units of work in a transaction at once, per process (Services.transaction_slots)
WARM_UP_TEXTS = (
    "help",
    "hi Jane",
    "please order more printer paper by Friday at 3pm",
    "what's the status of my requests?",
    "what's on my calendar tomorrow?",
    "where are we on the Jones closing?",
    "purple elephants",
)


@dataclass
class Jane:
    """One running Jane: the Bolt app, what its listeners use, and the WSGI app that serves it."""

    bolt: App
    services: Services
    web: Web
    closers: list[Callable[[], None]] = field(default_factory=list)  # for what create_app built itself

    def start(self, *, delivery: bool = True) -> None:
        """Background work of a serving process: the outbox retry loop and the inbox poll."""
        assert self.services.delivery is not None, SLACK_SIDE
        if delivery:
            self.services.delivery.start()
        if self.services.inbox is not None:
            self.services.inbox.start()

    def warm_up(self) -> None:
        """Load what the first requests would otherwise load while others wait for their ack: the parser's
        data and patterns, the ORM, the handlers and renderer (a conversation rolled back), Bolt's path."""
        services = self.services
        with services.sessions() as session:  # never committed: closing rolls it all back
            person = Person(user_id="UWARMUP00", name="Warm Up", tz=services.settings.default_tz)
            session.add(person)
            session.flush()
            people.make_client(session, person, 1)
            unit = Unit(session, services.notifier(session), services)
            for text in WARM_UP_TEXTS:
                render.message(conversation.answer(unit.context(person, Thread("DWARMUP00", "1.0")), text))
            session.rollback()
        if services.ack_sessions is not None:  # its first connection is made now, not in an ack
            with services.ack_sessions.begin():
                pass
        self.bolt.dispatch(_ping(services.settings))

    def stop(self, grace: float | None = None) -> int:
        """Take no more requests, give those in hand `grace` seconds (JANE_SHUTDOWN_GRACE_SECONDS), stop
        sending, then release the pools and engines create_app made; returns how many requests were left
        in hand (their leases run out and another process takes them)."""
        assert self.services.delivery is not None and self.services.work is not None, SLACK_SIDE
        grace = self.services.settings.shutdown_grace_seconds if grace is None else grace
        left = self.services.inbox.stop(grace) if self.services.inbox is not None else 0
        self.services.delivery.stop()
        self.services.work.shutdown(wait=not left, cancel_futures=True)
        for close in self.closers:
            close()
        return left


def create_app(settings: Settings, **overrides: Any) -> Jane:
    """Build the Bolt app and everything it needs.

    Overrides (all optional): engine, sessions, ack_sessions (the ack path's, with a short wait), clock,
    web_client, calendar_for, home_view, work (an Executor), listener_executor, delivery_interval and
    delivery_grace (seconds: how often the outbox retry loop runs, and how long it leaves a new row to its
    writer), home_interval and home_patience (seconds between two publishes of one App Home, and how long
    a changed Home may wait for the requests in hand), retry_interval (seconds, for tests), inbox_work
    (False: this process only acks, as `jane serve --no-work`), inbox_poll (seconds), worker_name.
    """
    closers: list[Callable[[], None]] = []
    services = _services(settings, overrides, closers)
    acks = overrides.get("listener_executor") or _owned(
        ThreadPoolExecutor(LISTENER_THREADS, thread_name_prefix="jane-ack"), closers, "shutdown"
    )
    bolt = _bolt(settings, services, CarryingExecutor(acks))
    return Jane(bolt=bolt, services=services, web=Web(bolt, services), closers=closers[::-1])


def _services(settings: Settings, overrides: dict[str, Any], closers: list[Callable[[], None]]) -> Services:
    engine = overrides.get("engine") or _owned(
        make_engine(
            settings.database_url, pool_size=settings.pool_size, max_overflow=settings.db_max_overflow
        ),
        closers,
        "dispose",
    )
    sessions = overrides.get("sessions") or make_session_factory(engine)
    ack_sessions = overrides.get("ack_sessions") or make_session_factory(
        _owned(
            make_engine(  # the same database as `engine`, which a test may have given
                engine.url.render_as_string(hide_password=False),
                pool_size=LISTENER_THREADS,
                max_overflow=0,
                wait=ACK_WAIT_SECONDS,
            ),
            closers,
            "dispose",
        )
    )
    token_state = TokenState()
    client = overrides.get("web_client") or make_web_client(
        settings, overrides.get("retry_interval"), token_state=token_state
    )
    read_sessions = sessions
    if engine.dialect.name == "sqlite":  # building a view to send needs no write lock
        read_engine = make_engine(engine.url.render_as_string(hide_password=False), reading=True)
        read_sessions = make_session_factory(_owned(read_engine, closers, "dispose"))
    clock = overrides.get("clock") or utcnow
    home_view = overrides.get("home_view") or home_views(settings, clock)
    work = overrides.get("work") or ThreadPoolExecutor(settings.work_threads, thread_name_prefix="jane-work")
    services = Services(
        settings=settings,
        engine=engine,
        sessions=sessions,
        clock=clock,
        client=client,
        delivery=Delivery(
            sessions,
            client,
            home_view=home_view,
            interval=overrides.get("delivery_interval", 2.0),
            grace=overrides.get("delivery_grace", 5.0),
            token_state=token_state,
            horizon=timedelta(hours=settings.outbox_horizon_hours),
            read_sessions=read_sessions,
            home_interval=overrides.get("home_interval", HOME_INTERVAL),
            home_patience=overrides.get("home_patience", HOME_PATIENCE),
        ),
        work=CarryingExecutor(work),  # the request's id goes along into the work thread
        calendar_for=overrides.get("calendar_for")
        or calendar_factory(settings, sessions, on_call=metrics.google_call),
        home_view=home_view,
        token_state=token_state,
        ack_sessions=ack_sessions,
        google_slots=threading.BoundedSemaphore(settings.google_concurrency),
        transaction_slots=threading.BoundedSemaphore(TRANSACTION_SLOTS),
    )
    if overrides.get("inbox_work", True):
        services.inbox = InboxWorker(
            services,
            services.work or work,
            threads=settings.work_threads,
            poll=overrides.get("inbox_poll", settings.inbox_poll_seconds),
            name=overrides.get("worker_name"),
        )
        worker = services.inbox
        assert services.delivery is not None, SLACK_SIDE
        services.delivery.defer_homes_while(lambda: worker.in_hand > 0)  # Homes wait for the answers
    return services


def _bolt(settings: Settings, services: Services, listener_executor: Executor) -> App:
    _quiet_token_warning()
    bolt = _TracedApp(
        name="jane",
        signing_secret=settings.slack_signing_secret or "",
        client=services.client,
        authorize=_authorize(services),
        # The listener runs in the request's thread and its answer is the ack: the request is kept in the
        # inbox first, or answered 503 (bot.edge.handoff.accept).
        process_before_response=True,
        listener_executor=listener_executor,
    )
    bolt.use(inject_services(services))
    bolt.error(_on_error)
    register_listeners(bolt)
    return bolt


def _owned(resource: Any, closers: list[Callable[[], None]], close: str) -> Any:
    """Note that Jane.stop must release `resource` (by its method `close`): create_app made it."""
    closers.append(getattr(resource, close))
    return resource


def _ping(settings: Settings) -> BoltRequest:
    """A url_verification request as Slack delivers one: signed over HTTP, unsigned over Socket Mode (which
    needs no signing secret, so there may be none to sign with)."""
    payload = {"type": "url_verification", "token": "warm-up", "challenge": "warm-up"}
    if settings.slack_app_token:
        return BoltRequest(body=payload, mode="socket_mode")
    body = json.dumps(payload)
    timestamp = str(int(time.time()))
    signature = SignatureVerifier(settings.slack_signing_secret or "").generate_signature(
        timestamp=timestamp, body=body
    )
    headers = {"content-type": "application/json", "x-slack-request-timestamp": timestamp}
    return BoltRequest(body=body, headers={**headers, "x-slack-signature": signature or ""})


class _TracedApp(App):
    """Bolt's App, giving each Slack request an id (for every log line and message it leads to) and
    timing its acknowledgement."""

    def dispatch(self, req: BoltRequest) -> BoltResponse:
        with request_scope(new_id()):
            started = time.perf_counter()
            response = super().dispatch(req)
            elapsed = time.perf_counter() - started
            kind = _kind(req.body)
            metrics.ACK_SECONDS.labels(kind).observe(elapsed)
            log.info("acked %s with %s in %.1f ms", _what(kind, req.body), response.status, elapsed * 1000)
            return response


SLACK_KINDS = frozenset(
    {"event_callback", "url_verification", "app_rate_limited", "block_actions", "view_submission",
     "view_closed", "shortcut", "message_action", "block_suggestion", "interactive_message"}
)  # fmt: skip


def _kind(body: Any) -> str:
    """The kind of Slack request, for the ack metric: event_callback, block_actions, slash_command, …"""
    if not isinstance(body, dict):
        return "unknown"
    kind = body.get("type")
    if kind is None and "command" in body:
        return "slash_command"
    # A label takes only known values: anything a payload says would grow the metric without bound.
    return kind if kind in SLACK_KINDS else "unknown"


def _what(kind: str, body: Any) -> str:
    """A few words on which request it was, for the log (kind and ids, never text a person wrote)."""
    body = body if isinstance(body, dict) else {}
    event = body.get("event") if isinstance(body.get("event"), dict) else {}
    parts = (kind, body.get("event_id"), event.get("type"), body.get("command"), body.get("trigger_id"))
    return " ".join(part for part in parts if isinstance(part, str) and part)


def make_web_client(
    settings: Settings, retry_interval: float | None = None, *, token_state: TokenState | None = None
) -> WebClient:
    """The one Web API client: configurable base URL; retries 429 (Retry-After), 5xx and lost connections;
    counts every call by outcome, and notes when Slack refuses the token itself."""
    from slack_sdk.http_retry.builtin_interval_calculators import (
        BackoffRetryIntervalCalculator,
        FixedValueRetryIntervalCalculator,
    )

    interval = (
        FixedValueRetryIntervalCalculator(retry_interval)
        if retry_interval is not None
        else BackoffRetryIntervalCalculator(backoff_factor=0.5)
    )
    return _MeteredWebClient(
        token_state or TokenState(),
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=WEB_TIMEOUT_SECONDS,
        retry_handlers=[
            _BriefRateLimitWait(max_retry_count=RETRIES),
            _AnyServerError(max_retry_count=RETRIES, interval_calculator=interval),
            _UnsentConnectionError(max_retry_count=RETRIES, interval_calculator=interval),
        ],
    )


class _MeteredWebClient(WebClient):
    """Every Web API call counted by method and outcome; a refused token is reported to `token_state`."""

    def __init__(self, token_state: TokenState, **options: Any) -> None:
        super().__init__(**options)
        self.token_state = token_state

    def api_call(self, api_method: str, **options: Any):
        try:
            response = super().api_call(api_method, **options)
        except SlackApiError as error:
            code = error.response.get("error")
            status = error.response.status_code
            metrics.slack_call(api_method, code if status == 200 and code else f"http_{status}")
            self.token_state.observe(code)
            raise
        except Exception:
            metrics.slack_call(api_method, "unreachable")
            raise
        metrics.slack_call(api_method, "ok")
        return response


class _AnyServerError(ServerErrorRetryHandler):
    """Retries every 5xx; the SDK's own handler retries only 500 and 503, not a proxy's 502 or 504."""

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        return response is not None and 500 <= response.status_code < 600


class _UnsentConnectionError(ConnectionErrorRetryHandler):
    """Retries lost connections, except a post whose request may have reached Slack (the connection was
    cut after it was sent): the outbox resolves that one by looking for it first."""

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        if not super()._can_retry(state=state, request=request, response=response, error=error):
            return False
        return not _is_post(request) or isinstance(getattr(error, "reason", error), ConnectionRefusedError)


def _is_post(request) -> bool:
    return str(getattr(request, "url", "")).rstrip("/").endswith("chat.postMessage")


class _BriefRateLimitWait(RateLimitErrorRetryHandler):
    """Retries a 429 after its Retry-After, when that is at most MAX_RATE_LIMIT_WAIT seconds."""

    def _can_retry(self, *, state, request, response=None, error=None) -> bool:
        if not super()._can_retry(state=state, request=request, response=response, error=error):
            return False
        # Header values come as lists here, as the SDK's own handler reads them.
        waits = [v for k, v in response.headers.items() if k.lower() == "retry-after"]
        try:
            return not waits or int(waits[0][0]) <= MAX_RATE_LIMIT_WAIT
        except (IndexError, TypeError, ValueError):
            return True  # no usable header: the SDK waits about a second


def _authorize(services: Services):
    """Single-workspace authorization from one cached auth.test, so no ack ever waits on Slack."""

    def authorize(enterprise_id, team_id, user_id) -> AuthorizeResult:
        identity = services.identity()
        assert services.client is not None, SLACK_SIDE
        return AuthorizeResult(
            enterprise_id=enterprise_id,
            team_id=team_id or identity.get("team_id"),
            bot_token=services.client.token,
            bot_id=identity.get("bot_id"),
            bot_user_id=identity.get("user_id"),
            user_id=user_id,
        )

    return authorize


def _on_error(error: Exception, body: dict, logger: logging.Logger) -> BoltResponse | None:
    """Errors inside Bolt itself (the listeners' own work has its error path in bot.edge.handoff)."""
    kind = body.get("type") if isinstance(body, dict) else None
    logger.exception("Bolt failed on a %s request: %s", kind, error.__class__.__name__, exc_info=error)
    return None


class _TokenWarning(logging.Filter):
    """Bolt warns that the token goes unused when `client` and `authorize` are given: here that is meant."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return "will be ignored" not in message and "will be unused" not in message


def _quiet_token_warning() -> None:
    bolt_logger = logging.getLogger("slack_bolt.App")
    if not any(isinstance(f, _TokenWarning) for f in bolt_logger.filters):
        bolt_logger.addFilter(_TokenWarning())
