"""Carrying out one kept request (ARCHITECTURE.md, A request's path): who is asking, the listener's work in
one unit of work that also marks the inbox row done, and one error path for all.

No slow call happens inside the transaction: a calendar question not answered yet rolls the round back,
is asked with no transaction open (bot.edge.calendar_port), and the work runs again with the answer;
Slack is only called after the commit (the outbox sender, views.open). A database outage is waited out
with backoff; a failure of the work itself is told to the person at once (a retry would fail the same way),
and a row that was taken again and again without finishing (its workers died on it) is given up too.
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from slack_sdk.errors import SlackApiError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session

from bot.edge.calendar_port import Answers, NeedsCalendar
from bot.edge.handoff import QUIET_ROUTES, ROUTES, After, OpenModal, answer
from bot.edge.incoming import Incoming
from bot.edge.services import SLACK_SIDE, Services, Unit, no_calendar
from bot.slack import deal_views, people_views, render
from bot.telemetry import metrics
from bot.telemetry.tracing import new_id, request_scope
from handlers.buttons import BUTTONS, BY_ACTION
from handlers.core import messages
from handlers.core.buttons import base_action
from handlers.core.context import Thread
from handlers.core.reply import Button, Reply
from handlers.people import buttons as people_buttons
from storage.models import InboxItem, OutboxMessage
from storage.repositories import inbox, people
from storage.repositories.inbox import Taken
from storage.types import utcnow

log = logging.getLogger(__name__)

COMMANDS = ("/phase", "/deal")  # the slash commands in manifest.yaml
# The callback ids of the modals Jane opens.
FORMS = {*(b.action for b in BUTTONS if b.note_first), deal_views.VIEW, people_views.VIEW}

TRIGGER_WINDOW = timedelta(seconds=2.5)  # Slack's trigger_id lives 3 s from the click; views.open needs some
MAX_TAKES = 5  # a row taken this often without finishing took its workers down with it: it is given up
MAX_OUTAGE_WAIT = 10.0  # seconds between tries while the database is away


@dataclass(frozen=True)
class Kept:
    """A taken inbox row, read in the transaction that took it."""

    taken: Taken
    route: str
    kind: str
    payload: dict[str, Any]
    user_id: str
    received_at: datetime
    attempts: int
    request_id: str | None
    taken_at: float = field(default_factory=time.monotonic)  # when this process took it

    @classmethod
    def read(cls, session: Session, taken: Taken) -> Kept:
        row = session.get_one(InboxItem, taken.id)
        return cls(
            taken, row.route, row.kind, row.payload, row.user_id, row.received_at, row.attempts,
            row.request_id,
        )  # fmt: skip


class LeaseLost(Exception):
    """Another worker took the row over (this one was too slow, or presumed dead): its outcome counts."""


class TakenTooOften(Exception):
    """Every worker that took the row died or lost it before finishing."""


class UnknownRoute(Exception):
    """The row names a work this code does not have (written by another version of Jane)."""


def take(services: Services, item_id: int, worker: str) -> Kept | None:
    """Take one row in a short transaction; None when it is not free, not due or not its person's first."""
    with services.sessions.begin() as session:
        taken = inbox.take(session, item_id, worker)
        return Kept.read(session, taken) if taken is not None else None


def take_due(services: Services, worker: str, limit: int) -> list[Kept]:
    with services.sessions.begin() as session:
        return [Kept.read(session, taken) for taken in inbox.take_due(session, worker, limit=limit)]


def carry_out(services: Services, kept: Kept, worker: str, stopping: threading.Event) -> Kept | None:
    """Do what the row asks, under the id of the request that acked it; returns the person's next row
    when this worker took it on along with this one's outcome (so it runs next, in order)."""
    with request_scope(kept.request_id or new_id()):
        incoming = Incoming.from_kept(kept.kind, kept.payload)
        if kept.attempts > MAX_TAKES:
            _failed(services, kept, incoming, TakenTooOften(f"taken {kept.attempts} times without finishing"))
            return None
        with metrics.timing_work(_label(incoming)):
            started = time.perf_counter()
            following = _until_done(services, kept, incoming, worker, stopping)
            elapsed = time.perf_counter() - started
            log.info("handled %s as %s in %.0f ms", incoming.describe(), metrics.work_label(), elapsed * 1000)
    return following


def _until_done(
    services: Services, kept: Kept, incoming: Incoming, worker: str, stopping: threading.Event
) -> Kept | None:
    wait = 0.5
    while True:
        try:
            return _rounds(services, kept, incoming, worker, chain=not stopping.is_set())
        except LeaseLost:
            log.warning("%s was taken over by another worker; its outcome counts", incoming.describe())
            return None
        except Exception as error:
            if not is_outage(error):
                _failed(services, kept, incoming, error)
                return None
            if stopping.is_set():  # the lease runs out and the next process takes the row
                log.warning("left %s to the next process: the database is away", incoming.describe())
                return None
            metrics.WORK_OUTAGES.inc()
            log.warning(
                "the database is away while handling %s (%s); trying again in %.1f s",
                incoming.describe(), first_line(error), wait,
            )  # fmt: skip
            stopping.wait(wait)
            wait = min(wait * 2, MAX_OUTAGE_WAIT)


def _rounds(services: Services, kept: Kept, incoming: Incoming, worker: str, *, chain: bool) -> Kept | None:
    """The work in one transaction, again after each calendar question it could not have answered."""
    work = ROUTES.get(kept.route)
    if work is None:
        raise UnknownRoute(f"no work is named {kept.route!r}")
    answers = Answers()
    calendar_for = services.calendar_for or no_calendar
    slots = services.transaction_slots or nullcontext()
    renewed = kept.taken_at
    while True:
        try:
            with slots, services.sessions.begin() as session:
                notify, port = services.notifier(session), answers.port(calendar_for)
                unit = Unit(session, notify, services, calendar_for=port)
                after = _work_once(unit, incoming, work, strangers=kept.route not in QUIET_ROUTES)
                if isinstance(after, OpenModal) and utcnow() - kept.received_at > TRIGGER_WINDOW:
                    log.info("%s was taken too late to open its form", incoming.describe())
                    _click_again(unit, incoming)
                    after = None
                if not inbox.finish(session, kept.taken):
                    raise LeaseLost()
                following = _next_of(session, kept.user_id, worker) if chain else None
                # Leased here, so that sending them right after the commit needs no transaction of its own.
                assert services.delivery is not None, SLACK_SIDE
                leased = services.delivery.lease(session, unit.notify.written)
        except NeedsCalendar as need:
            if time.monotonic() - renewed > inbox.LEASE.total_seconds() / 3:  # it must outlast the call
                with services.sessions.begin() as session:
                    if not inbox.renew(session, kept.taken):
                        raise LeaseLost() from None
                renewed = time.monotonic()
            answers.fetch(need, services.google_slots)
            continue
        _after_commit(services, leased, incoming, after)
        return following


def _work_once(unit: Unit, incoming: Incoming, work: Any, *, strangers: bool = True) -> After | None:
    assert incoming.user_id is not None, "only requests with a person are kept"
    person = people.find(unit.session, incoming.user_id, incoming.team_id)
    if person is None:
        if strangers:
            welcome_stranger(unit, incoming)
        return None
    return work(unit, person, incoming)


def _next_of(session: Session, user_id: str, worker: str) -> Kept | None:
    taken = inbox.take_next_of(session, user_id, worker)
    return Kept.read(session, taken) if taken is not None else None


def _after_commit(
    services: Services, leased: list[OutboxMessage], incoming: Incoming, after: After | None
) -> None:
    """Send what the work wrote, then its after-work; the row is done, so nothing here may fail it."""
    try:
        assert services.delivery is not None, SLACK_SIDE
        services.delivery.send_leased(leased)
    except Exception:
        log.exception("sending the answer to %s failed; the outbox retries it", incoming.describe())
    if after is None:
        return
    try:
        after()
    except Exception as error:
        log.warning("after-work of %s failed: %s", incoming.describe(), _slack_reason(error))
        if isinstance(after, OpenModal):  # most often the trigger expired: the person can click again
            try:
                with services.unit_of_work() as again:
                    _click_again(again, incoming)
            except Exception:
                log.exception("could not ask to click again for %s", incoming.describe())


def _click_again(unit: Unit, incoming: Incoming) -> None:
    answer(unit, incoming, Reply(messages.CLICK_AGAIN, ephemeral=True), key=f"click-again:{incoming.key}")


def _failed(services: Services, kept: Kept, incoming: Incoming, error: Exception) -> None:
    """The work failed (not the database): the row is failed and the person told, in one transaction."""
    log.error("failed to handle %s", incoming.describe(), exc_info=error)
    reason = f"{error.__class__.__name__}: {error}"
    try:
        with services.unit_of_work() as unit:
            if inbox.give_up(unit.session, kept.taken, reason):
                metrics.INBOX_FAILED.inc()
                answer(unit, incoming, Reply(messages.SOMETHING_WENT_WRONG), key=f"error:{incoming.key}")
    except Exception:
        log.exception("could not record the failure of %s", incoming.describe())
        apologise_directly(services, incoming)


def welcome_stranger(unit: Unit, incoming: Incoming) -> None:
    """Someone Jane does not know: a polite answer, and the admins are told (once per person)."""
    answer(unit, incoming, Reply(messages.UNKNOWN_PERSON), key=f"stranger:{incoming.key}")
    who = incoming.user_id
    note = Reply(
        messages.UNKNOWN_PERSON_ADMIN.format(user=who),
        buttons=(
            Button(messages.PEOPLE_ADD_AS_CLIENT, people_buttons.ADD, f"client:{who}", "primary"),
            Button(messages.PEOPLE_ADD_AS_VA, people_buttons.ADD, f"va:{who}"),
        ),
    )
    for admin in people.admins(unit.session):
        unit.notify.tell(admin, note, key=f"stranger:{incoming.team_id}:{incoming.user_id}")


def apologise_directly(services: Services, incoming: Incoming) -> None:
    """Tell the person that something failed, straight through Slack's Web API: this path needs no
    database, since it is taken when the database could not even record the failure."""
    client = services.client
    if client is None:
        return
    reply = render.message(Reply(messages.SOMETHING_WENT_WRONG))
    try:
        if incoming.extra.get("response_url"):
            from slack_sdk.webhook import WebhookClient

            WebhookClient(incoming.extra["response_url"]).send_dict({**reply, "response_type": "ephemeral"})
        elif incoming.kind == "event" and incoming.channel:
            client.chat_postMessage(channel=incoming.channel, thread_ts=incoming.thread_ts, **reply)
        else:
            where = Thread(incoming.channel or incoming.user_id, None)
            client.chat_postMessage(channel=where.channel or "", **reply)
    except Exception:
        log.exception("could not even apologise for %s", incoming.describe())


def is_outage(error: BaseException) -> bool:
    """Whether the database was away or busy (a retry later will do), as opposed to the work failing."""
    if isinstance(error, (OperationalError, InterfaceError, PoolTimeout)):
        return True
    return isinstance(error, DBAPIError) and bool(error.connection_invalidated)


def _label(incoming: Incoming) -> str:
    """The work's metric label until it is named better: a message's intent replaces "message". A label
    takes only the values Jane knows: anything a payload says would grow the metric without bound."""
    if incoming.kind == "event":
        return "message"
    if incoming.kind == "command":
        command = incoming.extra.get("command")
        return f"command:{command if command in COMMANDS else 'other'}"
    if incoming.kind == "action":
        action = base_action(incoming.action_id or "")
        return f"button:{action if action in BY_ACTION else 'other'}"
    view = incoming.extra.get("view") or {}
    form = base_action(str(view.get("callback_id") or ""))
    return f"form:{form if form in FORMS else 'other'}"


def first_line(error: BaseException) -> str:
    cause = getattr(error, "orig", None) or error
    return (str(cause).strip().splitlines() or [cause.__class__.__name__])[0]


def _slack_reason(error: BaseException) -> str:
    if isinstance(error, SlackApiError):
        return str(error.response.get("error"))
    return first_line(error)
