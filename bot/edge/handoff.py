"""The edge, once per Slack request: services into Bolt's context, then — after the ack, in the work pool —
dedupe, load who is asking, run the listener's work in one unit of work, and one error path for all.

The ack path does no database or Web API work: Bolt verifies the signature and acks, and the listener
only copies what it needs out of the payload (`bot.edge.incoming.Incoming`) and hands it to `handoff`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, BoltContext, BoltResponse

from bot.edge.incoming import Incoming
from bot.edge.services import SLACK_SIDE, Services, Unit
from bot.slack import deal_views, people_views
from bot.telemetry import metrics
from handlers.buttons import BUTTONS, BY_ACTION
from handlers.core import messages
from handlers.core.buttons import base_action
from handlers.core.context import Thread
from handlers.core.reply import Button, Reply
from handlers.people import buttons as people_buttons
from storage.models import Person
from storage.repositories import events, people

log = logging.getLogger(__name__)

COMMANDS = ("/phase", "/deal")  # the slash commands in manifest.yaml
# The callback ids of the modals Jane opens.
FORMS = {*(b.action for b in BUTTONS if b.note_first), deal_views.VIEW, people_views.VIEW}

# A listener's work: runs inside the unit of work; may return a callable to run after the commit
# (e.g. views.open, which must not hold a transaction open while it talks to Slack).
After = Callable[[], object]
Work = Callable[[Unit, Person, Incoming], After | None]
Listener = Callable[..., None]  # Bolt passes a listener's arguments by parameter name


def inject_services(services: Services) -> Callable[..., BoltResponse]:
    """A global Bolt middleware: listeners receive `services` by parameter name (Bolt's kwargs injection)."""

    def services_middleware(context: BoltContext, next: Callable[[], BoltResponse]) -> BoltResponse:
        context["services"] = services
        return next()

    return services_middleware


def handoff(
    services: Services, incoming: Incoming, work: Work, *, dedupe: str | None = None, strangers: bool = True
) -> None:
    """Run `work` in the work pool after the ack. `dedupe` names a delivery to act on only once;
    `strangers=False` ignores a person Jane does not know instead of welcoming them (a profile change)."""
    assert services.work is not None, SLACK_SIDE
    services.work.submit(run, services, incoming, work, dedupe, strangers)


def on_action(work: Work) -> Listener:
    """A Bolt action listener: ack at once, then `work` in the work pool (Bolt injects by parameter name)."""

    def listener(ack: Ack, body: dict[str, Any], action: dict[str, Any], services: Services) -> None:
        ack()
        handoff(services, Incoming.from_action(body, action), work)

    return listener


def on_view(work: Work, check: Callable[[dict[str, Any]], dict[str, str] | None] | None = None) -> Listener:
    """A Bolt view-submission listener: the ack closes the modal; the outcome is told in messages. `check`
    reads the form without the database: its errors (block id → sentence) keep the modal open to fix."""

    def listener(ack: Ack, body: dict[str, Any], view: dict[str, Any], services: Services) -> None:
        errors = check(view) if check is not None and isinstance(view, dict) else None
        if errors:
            ack(response_action="errors", errors=errors)
            return
        ack()
        handoff(services, Incoming.from_view(body, view), work)

    return listener


def on_command(work: Work) -> Listener:
    """A Bolt slash-command listener: ack at once, then `work` in the work pool."""

    def listener(ack: Ack, body: dict[str, Any], services: Services) -> None:
        ack()
        handoff(services, Incoming.from_command(body), work)

    return listener


def run(
    services: Services, incoming: Incoming, work: Work, dedupe: str | None = None, strangers: bool = True
) -> None:
    """The once-per-request edge, timed by what the work turns out to be (see `_label`)."""
    with metrics.timing_work(_label(incoming)):
        started = time.perf_counter()
        _run(services, incoming, work, dedupe, strangers)
        elapsed = time.perf_counter() - started
        log.info("handled %s as %s in %.0f ms", incoming.describe(), metrics.work_label(), elapsed * 1000)


def _label(incoming: Incoming) -> str:
    """The work's metric label until it is named better: a message's intent replaces "message"."""
    if incoming.kind == "event":
        return "message"
    # A label takes only the values Jane knows: anything a payload says would grow the metric without bound.
    if incoming.kind == "command":
        command = incoming.extra.get("command")
        return f"command:{command if command in COMMANDS else 'other'}"
    if incoming.kind == "action":
        action = base_action(incoming.action_id or "")
        return f"button:{action if action in BY_ACTION else 'other'}"
    view = incoming.extra.get("view") or {}
    form = base_action(str(view.get("callback_id") or ""))
    return f"form:{form if form in FORMS else 'other'}"


def _run(services: Services, incoming: Incoming, work: Work, dedupe: str | None, strangers: bool) -> None:
    """Dedupe, who is asking, the unit of work, and the one error path."""
    try:
        if not incoming.user_id:
            log.info("ignored %s: no user", incoming.describe())
            return
        if dedupe and not first_time(services, dedupe):
            log.info("ignored %s: event %s was taken in before", incoming.describe(), dedupe)
            return
        with services.unit_of_work() as unit:
            person = people.find(unit.session, incoming.user_id, incoming.team_id)
            after: After | None = None
            if person is None:
                if strangers:
                    welcome_stranger(unit, incoming)
            else:
                after = work(unit, person, incoming)
        if after is not None:
            after()
    except Exception:
        log.exception("failed to handle %s", incoming.describe())
        apologise(services, incoming)


def first_time(services: Services, event_id: str) -> bool:
    """Record the event id in its own short transaction, before any side effect; False for a repeat."""
    with services.sessions.begin() as session:
        return events.record_once(session, event_id)


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


def apologise(services: Services, incoming: Incoming) -> None:
    """Tell the person in plain words that something failed; never the exception's text."""
    try:
        with services.unit_of_work() as unit:
            answer(unit, incoming, Reply(messages.SOMETHING_WENT_WRONG), key=f"error:{incoming.key}")
    except Exception:
        log.exception("could not even apologise for %s", incoming.describe())


def _ephemeral(reply: Reply) -> Reply:
    return Reply(
        reply.text, reply.sections, reply.buttons, reply.footnote, ephemeral=True, extras=reply.extras
    )
