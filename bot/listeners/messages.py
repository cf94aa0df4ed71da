"""Direct messages and mentions: parsed, gated, handled and answered in the message's thread (privately
to the asker in a channel, when the answer is about them)."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltResponse

from bot import conversation
from bot.edge.handoff import accept, answer, route
from bot.edge.incoming import Incoming
from bot.edge.services import Services, Unit
from bot.outbox.notify import reply_key
from handlers.core import messages
from handlers.core.reply import Reply
from storage.models import Person

# Message subtypes that are still a person talking to Jane; every other subtype (edits, joins, bots) is not.
PERSON_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})


CONVERSE = "converse"


def register(app: App) -> None:
    route(CONVERSE, converse)
    app.event("message")(on_message)
    app.event("app_mention")(on_mention)


def on_message(ack: Ack, body: dict, event: dict, services: Services) -> BoltResponse | None:
    # In channels Jane answers only when mentioned (the app_mention event); here, direct messages only.
    if event.get("channel_type") == "im" and _from_a_person(event):
        return accept(services, ack, Incoming.from_event(body, event), body, CONVERSE)
    return None


def on_mention(ack: Ack, body: dict, event: dict, services: Services) -> BoltResponse | None:
    if _from_a_person(event):
        return accept(services, ack, Incoming.from_event(body, event), body, CONVERSE)
    return None


def converse(unit: Unit, person: Person, incoming: Incoming) -> None:
    """One turn: what the person said → Jane's answer, written to the outbox in the same transaction."""
    text = conversation.clean(incoming.text, incoming.bot_user_id)
    if not text:
        reply = Reply(messages.EMPTY_MESSAGE)
    elif len(text) > conversation.MAX_TEXT:
        reply = Reply(messages.TOO_LONG)
    else:
        reply = conversation.answer(unit.context(person, incoming.thread, incoming.conversation), text)
    # What the answer offered (e.g. a slot to book) is kept with it too, for the answer's buttons.
    remember = {"user": person.user_id, "text": text, **reply.extras.get("remember", {})} if text else None
    answer(unit, incoming, reply, key=reply_key(incoming.channel, incoming.ts), remember=remember)


def _from_a_person(event: dict) -> bool:
    subtype = event.get("subtype")  # a signed payload may still carry any JSON here, even a list
    return (
        (subtype is None or isinstance(subtype, str))
        and subtype in PERSON_SUBTYPES
        and not event.get("bot_id")
        and isinstance(event.get("user"), str)
        and bool(event.get("user"))
    )
