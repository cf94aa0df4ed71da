"""The ack path, once per Slack request: keep it in the inbox, ack, hand it to this process's workers.

Bolt verifies the signature; the listener copies what it needs out of the payload (`Incoming`) and calls
`accept`, which keeps the verified payload in the inbox with one short insert (a retried delivery is
dropped by that same insert) and only then acks. When the database cannot take the insert within a
moment, the answer is 503 and Slack delivers the request again later: nothing is acked that is not kept.
The work itself runs after the ack (bot.edge.work), found again by its route name, so that any process
can carry out a request that another one acked.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from slack_bolt import Ack, BoltContext, BoltResponse
from slack_sdk import WebClient

from bot.edge.incoming import Incoming, order_key
from bot.edge.services import SLACK_SIDE, Services, Unit
from bot.telemetry import metrics
from bot.telemetry.tracing import current as current_request
from handlers.core.context import Thread
from handlers.core.reply import Reply
from storage.models import Person
from storage.repositories import inbox
from storage.types import utcnow

log = logging.getLogger(__name__)

# A listener's work: runs inside the unit of work; may return a callable to run after the commit
# (e.g. views.open, which must not hold a transaction open while it talks to Slack).
After = Callable[[], object]
Work = Callable[[Unit, Person, Incoming], After | None]
Listener = Callable[..., BoltResponse | None]  # Bolt passes a listener's arguments by parameter name

# Every listener's work by route name, so that the worker that takes a kept request finds its work.
ROUTES: dict[str, Work] = {}
# Routes whose person Jane may not know (a profile change): such a request is dropped, not welcomed.
QUIET_ROUTES: set[str] = set()
BUSY = "Jane could not keep this request just now; Slack will deliver it again."


@dataclass(frozen=True)
class OpenModal:
    """views.open after the commit: the one kind of after-work that must happen within Slack's 3 s trigger
    window, so the edge answers "click again" instead when the request was taken too late."""

    client: WebClient
    trigger_id: str | None
    view: dict[str, Any]

    def __call__(self) -> object:
        return self.client.views_open(trigger_id=self.trigger_id, view=self.view)


def route(name: str, work: Work, *, strangers: bool = True) -> str:
    """Register `work` under `name` (the same name always names the same work); returns the name.
    `strangers=False` ignores a person Jane does not know instead of welcoming them."""
    ROUTES[name] = work
    if not strangers:
        QUIET_ROUTES.add(name)
    return name


def inject_services(services: Services) -> Callable[..., BoltResponse]:
    """A global Bolt middleware: listeners receive `services` by parameter name (Bolt's kwargs injection)."""

    def services_middleware(context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse:
        context["services"] = services
        return next()

    return services_middleware


def accept(
    services: Services, ack: Ack, incoming: Incoming, body: dict[str, Any], name: str, **ack_args: Any
) -> BoltResponse | None:
    """Keep the request, then ack it (with `ack_args`) and hand it to this process's workers; a 503
    response, unacked, when it could not be kept."""
    if not incoming.user_id:
        log.info("ignored %s: no user", incoming.describe())
        ack()
        return None
    worker = services.inbox
    received = time.time()
    try:
        with (services.ack_sessions or services.sessions).begin() as session:
            item_id = inbox.keep(
                session, key=incoming.delivery, kind=incoming.kind, route=name, payload=body,
                user_id=incoming.user_id, team_id=incoming.team_id,
                order_key=order_key(incoming.kind, body, received),
                available_at=utcnow() + (worker.reservation if worker else timedelta(0)),
                reserved_for=worker.name if worker else None, request_id=current_request(),
            )  # fmt: skip
    except Exception as error:  # the database is away or busy: Slack will deliver it again
        metrics.NOT_KEPT.inc()
        log.warning("could not keep %s (%s): answered 503", incoming.describe(), _reason(error))
        return BoltResponse(status=503, body=BUSY)
    ack(**ack_args)
    if item_id is None:
        log.info("ignored %s: delivered before", incoming.describe())
    elif worker is not None:
        worker.submit(item_id)
    return None


def on_action(name: str, work: Work) -> Listener:
    """A Bolt action listener: keep, ack, then `work` after the ack (Bolt injects by parameter name)."""
    route(name, work)

    def listener(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], services: Services
    ) -> BoltResponse | None:
        return accept(services, ack, Incoming.from_action(body, action), body, name)

    return listener


def on_view(
    name: str, work: Work, check: Callable[[dict[str, Any]], dict[str, str] | None] | None = None
) -> Listener:
    """A Bolt view-submission listener: the ack closes the modal; the outcome is told in messages. `check`
    reads the form without the database: its errors (block id → sentence) keep the modal open to fix."""
    route(name, work)

    def listener(
        ack: Ack, body: dict[str, Any], view: dict[str, Any], services: Services
    ) -> BoltResponse | None:
        errors = check(view) if check is not None and isinstance(view, dict) else None
        if errors:
            ack(response_action="errors", errors=errors)
            return None
        return accept(services, ack, Incoming.from_view(body, view), body, name)

    return listener


def on_command(name: str, work: Work) -> Listener:
    """A Bolt slash-command listener: keep, ack, then `work` after the ack."""
    route(name, work)

    def listener(ack: Ack, body: dict[str, Any], services: Services) -> BoltResponse | None:
        return accept(services, ack, Incoming.from_command(body), body, name)

    return listener


def answer(
    unit: Unit, incoming: Incoming, reply: Reply, *, key: str, remember: dict[str, Any] | None = None
) -> None:
    """Answer the person: in the message's thread for events (to them alone, in a channel, when the reply
    is ephemeral), privately (ephemeral) for clicks."""
    if incoming.kind == "event":
        alone = incoming.user_id if reply.ephemeral and incoming.shared else None
        unit.notify.post(incoming.thread, reply, key=key, remember=remember, user=alone)
    elif incoming.extra.get("response_url"):
        unit.notify.respond(incoming.extra["response_url"], _ephemeral(reply), key=key)
    elif incoming.channel:
        unit.notify.post(incoming.thread, _ephemeral(reply), key=key, user=incoming.user_id)
    else:
        unit.notify.post(Thread(incoming.user_id, None), reply, key=key)


def open_modal(unit: Unit, incoming: Incoming, view: dict[str, Any]) -> OpenModal:
    client = unit.services.client
    assert client is not None, SLACK_SIDE
    return OpenModal(client, incoming.trigger_id, view)


def _ephemeral(reply: Reply) -> Reply:
    return Reply(
        reply.text, reply.sections, reply.buttons, reply.footnote, ephemeral=True, extras=reply.extras
    )


def _reason(error: Exception) -> str:
    """The first line of what the driver said, for the log."""
    cause = getattr(error, "orig", None) or error
    return (str(cause).strip().splitlines() or [cause.__class__.__name__])[0]
