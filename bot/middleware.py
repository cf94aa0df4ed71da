"""The edge, once per Slack request: services into Bolt's context, then — after the ack, in the work pool —
dedupe, load who is asking, run the listener's work in one unit of work, and one error path for all.

The ack path does no database or Web API work: Bolt verifies the signature and acks, and the listener
only copies what it needs out of the payload (`Incoming`) and hands it to `handoff`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.services import Services, Unit
from handlers import messages
from handlers.context import Thread
from handlers.reply import Reply
from storage.models import Person
from storage.repositories import events, people

log = logging.getLogger(__name__)

# A listener's work: runs inside the unit of work; may return a callable to run after the commit
# (e.g. views.open, which must not hold a transaction open while it talks to Slack).
Work = Callable[[Unit, Person, "Incoming"], Callable[[], Any] | None]


def inject_services(services: Services):
    """A global Bolt middleware: listeners receive `services` by parameter name (Bolt's kwargs injection)."""

    def services_middleware(context, next):
        context["services"] = services
        return next()

    return services_middleware


@dataclass(frozen=True)
class Incoming:
    """What the edge took out of one Slack payload; plain values, safe to hand to another thread."""

    kind: str  # "event", "action", "view" or "command"
    key: str  # deterministic and unique per delivery attempt of this request's intent
    user_id: str | None
    team_id: str = ""
    channel: str | None = None
    ts: str | None = None  # the message itself (events), or the message holding the button (actions)
    thread_ts: str | None = None  # the thread to answer in
    text: str = ""
    event_id: str | None = None
    trigger_id: str | None = None
    action_id: str | None = None
    value: str | None = None
    bot_user_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def thread(self) -> Thread:
        return Thread(self.channel, self.thread_ts)

    def describe(self) -> str:
        return f"{self.kind} {self.key} from {self.user_id} in {self.channel}"

    @classmethod
    def from_event(cls, body: dict, event: dict) -> Incoming:
        ts = _str(event.get("ts"))
        return cls(
            kind="event",
            key=f"{event.get('channel')}:{ts}",
            user_id=_str(event.get("user")),
            team_id=_str(body.get("team_id") or event.get("team")) or "",
            channel=_str(event.get("channel")),
            ts=ts,
            thread_ts=_str(event.get("thread_ts")) or ts,
            text=event.get("text") if isinstance(event.get("text"), str) else "",
            event_id=_str(body.get("event_id")),
            bot_user_id=_bot_user_id(body),
        )

    @classmethod
    def from_action(cls, body: dict, action: dict) -> Incoming:
        user, message, container = (
            _dict(body.get("user")),
            _dict(body.get("message")),
            _dict(body.get("container")),
        )
        channel = _str(_dict(body.get("channel")).get("id") or container.get("channel_id"))
        message_ts = _str(message.get("ts") or container.get("message_ts"))
        return cls(
            kind="action",
            key=f"action:{action.get('action_ts') or body.get('trigger_id')}:{user.get('id')}",
            user_id=_str(user.get("id")),
            team_id=_str(_dict(body.get("team")).get("id") or user.get("team_id")) or "",
            channel=channel,
            ts=message_ts,
            thread_ts=_str(message.get("thread_ts") or container.get("thread_ts")) or message_ts,
            trigger_id=_str(body.get("trigger_id")),
            action_id=_str(action.get("action_id")),
            value=_str(action.get("value")),
        )

    @classmethod
    def from_view(cls, body: dict, view: dict) -> Incoming:
        user = _dict(body.get("user"))
        return cls(
            kind="view",
            key=f"view:{view.get('id')}:{view.get('hash')}:{user.get('id')}",
            user_id=_str(user.get("id")),
            team_id=_str(_dict(body.get("team")).get("id") or user.get("team_id")) or "",
            trigger_id=_str(body.get("trigger_id")),
            extra={"view": view},
        )

    @classmethod
    def from_command(cls, body: dict) -> Incoming:
        return cls(
            kind="command",
            key=f"command:{body.get('trigger_id')}",
            user_id=_str(body.get("user_id")),
            team_id=_str(body.get("team_id")) or "",
            channel=_str(body.get("channel_id")),
            text=body.get("text") if isinstance(body.get("text"), str) else "",
            trigger_id=_str(body.get("trigger_id")),
            extra={"command": body.get("command"), "response_url": body.get("response_url")},
        )


def handoff(services: Services, incoming: Incoming, work: Work, *, dedupe: str | None = None) -> None:
    """Run `work` in the work pool after the ack. `dedupe` names a delivery to act on only once."""
    services.work.submit(run, services, incoming, work, dedupe)


def on_action(work: Work):
    """A Bolt action listener: ack at once, then `work` in the work pool (Bolt injects by parameter name)."""

    def listener(ack, body: dict, action: dict, services: Services) -> None:
        ack()
        handoff(services, Incoming.from_action(body, action), work)

    return listener


def on_view(work: Work):
    """A Bolt view-submission listener: the ack closes the modal; the outcome is told in messages."""

    def listener(ack, body: dict, view: dict, services: Services) -> None:
        ack()
        handoff(services, Incoming.from_view(body, view), work)

    return listener


def on_command(work: Work):
    """A Bolt slash-command listener: ack at once, then `work` in the work pool."""

    def listener(ack, body: dict, services: Services) -> None:
        ack()
        handoff(services, Incoming.from_command(body), work)

    return listener


def run(services: Services, incoming: Incoming, work: Work, dedupe: str | None = None) -> None:
    """The once-per-request edge: dedupe, who is asking, the unit of work, and the one error path."""
    try:
        if not incoming.user_id:
            log.info("ignored %s: no user", incoming.describe())
            return
        if dedupe and not first_time(services, dedupe):
            log.info("ignored %s: event %s was taken in before", incoming.describe(), dedupe)
            return
        with services.unit_of_work() as unit:
            person = people.find(unit.session, incoming.user_id, incoming.team_id)
            after = welcome_stranger(unit, incoming) if person is None else work(unit, person, incoming)
        if after is not None:
            after()
    except Exception:
        log.exception("failed to handle %s", incoming.describe())
        apologise(services, incoming)


def first_time(services: Services, event_id: str) -> bool:
    """Record the event id in its own short transaction, before any side effect; False for a repeat."""
    with services.sessions.begin() as session:
        return events.record_once(session, event_id)


def answer(unit: Unit, incoming: Incoming, reply: Reply, *, key: str, remember: dict | None = None) -> None:
    """Answer the person: in the message's thread for events, privately (ephemeral) for clicks."""
    if incoming.kind == "event":
        unit.notify.post(incoming.thread, reply, key=key, remember=remember)
    elif incoming.extra.get("response_url"):
        unit.notify.respond(incoming.extra["response_url"], _ephemeral(reply), key=key)
    elif incoming.channel:
        unit.notify.post(incoming.thread, _ephemeral(reply), key=key, user=incoming.user_id)
    else:
        unit.notify.post(Thread(incoming.user_id, None), reply, key=key)


def welcome_stranger(unit: Unit, incoming: Incoming) -> None:
    """Someone Jane does not know: a polite answer, and the admins are told (once per person)."""
    answer(unit, incoming, Reply(messages.UNKNOWN_PERSON), key=f"stranger:{incoming.key}")
    note = Reply(messages.UNKNOWN_PERSON_ADMIN.format(user=incoming.user_id))
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


def _bot_user_id(body: dict) -> str | None:
    for authorization in body.get("authorizations") or ():
        if isinstance(authorization, dict) and authorization.get("is_bot"):
            return _str(authorization.get("user_id"))
    return None


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
