"""The request queue's buttons and the "Mark done" modal. Every click is re-checked on the server."""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt import App

from bot import conversation, render
from bot.middleware import Incoming, answer, handoff
from bot.notify import remembered, reply_key
from bot.services import Services, Unit
from handlers import messages
from handlers import requests as queue
from handlers.context import Ask, Thread
from handlers.reply import Reply
from handlers.tasks import FORWARD, GENERAL
from storage.models import Person
from storage.repositories import events
from storage.repositories import requests as repo

log = logging.getLogger(__name__)


def register(app: App) -> None:
    for action in (queue.CLAIM, queue.RELEASE, queue.CANCEL):
        app.action(render.action_pattern(action))(on_transition)
    app.action(render.action_pattern(queue.DONE))(on_done_clicked)
    app.view(render.DONE_VIEW)(on_done_submitted)
    app.action(render.action_pattern(FORWARD))(on_forward)


def on_transition(ack, body: dict, action: dict, services: Services) -> None:
    ack()
    handoff(services, Incoming.from_action(body, action), transition)


def on_done_clicked(ack, body: dict, action: dict, services: Services) -> None:
    ack()
    handoff(services, Incoming.from_action(body, action), open_done_modal)


def on_done_submitted(ack, body: dict, view: dict, services: Services) -> None:
    ack()  # closes the modal; the outcome is told in messages
    handoff(services, Incoming.from_view(body, view), finish)


def on_forward(ack, body: dict, action: dict, services: Services) -> None:
    ack()
    handoff(services, Incoming.from_action(body, action), forward)


def transition(unit: Unit, person: Person, incoming: Incoming) -> None:
    """Claim, release or cancel: the conditional transition is the single winner and the idempotency."""
    verb = incoming.action_id.split("#")[0]
    request_id = _request_id(incoming.value)
    if request_id is None:
        reply = Reply(messages.BUTTON_OUT_OF_DATE)
    else:
        reply = queue.act(unit.context(person, incoming.thread), request_id, verb)
    if reply is not None:
        answer(unit, incoming, reply, key=f"answer:{incoming.key}")


def open_done_modal(unit: Unit, person: Person, incoming: Incoming) -> Callable[[], None] | None:
    """Done asks for an optional note in a modal; the rights are checked before it opens and on submit."""
    request = repo.get(unit.session, _request_id(incoming.value) or 0)
    if request is None:
        answer(unit, incoming, Reply(messages.BUTTON_OUT_OF_DATE), key=f"answer:{incoming.key}")
        return None
    if not repo.may_act(person, request, "done"):
        answer(unit, incoming, Reply(messages.NOT_YOURS), key=f"answer:{incoming.key}")
        return None
    view = render.done_modal(request.id, queue.card(request).text, incoming.channel)
    client, trigger_id = unit.services.client, incoming.trigger_id
    return lambda: client.views_open(trigger_id=trigger_id, view=view)


def finish(unit: Unit, person: Person, incoming: Incoming) -> None:
    request_id, channel, note = render.read_done_modal(incoming.extra["view"])
    if request_id is None:
        reply: Reply | None = Reply(messages.BUTTON_OUT_OF_DATE)
    else:
        reply = queue.act(unit.context(person, Thread(channel, None)), request_id, queue.DONE, note=note)
    if reply is not None:
        answer(unit, incoming, reply, key=f"answer:{incoming.key}")


def forward(unit: Unit, person: Person, incoming: Incoming) -> None:
    """ "Pass it to my VA": what the person asked becomes a general request, through the gate, once."""
    asked = remembered(unit.session, incoming.channel, incoming.value)
    if not asked or asked.get("user") != person.user_id or not asked.get("text"):
        answer(unit, incoming, Reply(messages.OFFER_EXPIRED), key=f"answer:{incoming.key}")
        return
    if not events.record_once(unit.session, f"forward:{incoming.channel}:{incoming.value}"):
        return  # a second click on the same offer
    thread = Thread(incoming.channel, incoming.value)
    ask = Ask(text=asked["text"], intent="task.create", duty=GENERAL)
    reply = conversation.respond(unit.context(person, thread), ask)
    unit.notify.post(thread, reply, key=f"forwarded:{reply_key(incoming.channel, incoming.value)}")


def _request_id(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) < 12 else None
