"""The request queue's buttons and the "Mark done" modal. Every click is re-checked on the server."""

from __future__ import annotations

import logging

from slack_bolt import App

from bot import conversation
from bot.edge.handoff import answer, on_action, on_view
from bot.edge.incoming import Incoming
from bot.edge.services import Unit
from bot.listeners.note_modal import opener, submitter
from bot.outbox.notify import remembered, reply_key
from bot.slack import render
from handlers.core import messages
from handlers.core.context import Ask, Context, Thread
from handlers.core.reply import Reply, record_id
from handlers.queue import requests as queue
from handlers.queue.intake import FORWARD, GENERAL
from storage.models import Person
from storage.repositories import events

log = logging.getLogger(__name__)


def register(app: App) -> None:
    for action in (queue.CLAIM, queue.RELEASE, queue.CANCEL):
        app.action(render.action_pattern(action))(on_action(transition))
    app.action(render.action_pattern(queue.DONE))(on_action(open_done_modal))
    app.view(render.DONE_VIEW)(on_view(finish))
    app.action(render.action_pattern(FORWARD))(on_action(forward))


def transition(unit: Unit, person: Person, incoming: Incoming) -> None:
    """Claim, release or cancel: the conditional transition is the single winner and the idempotency."""
    assert incoming.action_id is not None, "Bolt routed this click by its action id"
    verb = incoming.action_id.split("#")[0]
    clicked = record_id(incoming.value)
    reply: Reply | None
    if clicked is None:
        reply = Reply(messages.BUTTON_OUT_OF_DATE)
    else:
        reply = queue.act(unit.context(person, incoming.thread), clicked, verb)
    if reply is not None:
        answer(unit, incoming, reply, key=f"answer:{incoming.key}")


def _done(ctx: Context, target: int, note: str | None) -> Reply | None:
    return queue.act(ctx, target, queue.DONE, note=note)


# Done asks for an optional note for the client in a modal.
open_done_modal = opener(render.DONE_MODAL, "done")
finish = submitter(_done)


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
