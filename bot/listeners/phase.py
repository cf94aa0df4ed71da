"""`/phase` and the phase buttons: "Ask my VA about Phase N", Accept and Decline. Rights are re-checked
on the server for every command and click (handlers.trust); the listeners only ack and hand over.
"""

from __future__ import annotations

from slack_bolt import App
from sqlalchemy import select

from bot import render
from bot.middleware import Incoming, answer, on_action, on_command
from bot.services import Unit
from handlers import phase, trust
from handlers.reply import Reply
from storage.models import OutboxMessage, Person
from storage.repositories import outbox

COMMAND = "/phase"


def register(app: App) -> None:
    app.command(COMMAND)(on_command(run_command))
    app.action(render.action_pattern(phase.REQUEST))(on_action(ask_about_phase))
    for action in (trust.ACCEPT, trust.DECLINE):
        app.action(render.action_pattern(action))(on_action(decide))


def run_command(unit: Unit, person: Person, incoming: Incoming) -> None:
    reply = phase.command(unit.context(person, incoming.thread), incoming.text)
    answer(unit, incoming, reply, key=f"answer:{incoming.key}")


def ask_about_phase(unit: Unit, person: Person, incoming: Incoming) -> None:
    reply = phase.request(unit.context(person, incoming.thread), incoming.value or "")
    answer(unit, incoming, reply, key=f"answer:{incoming.key}")


def decide(unit: Unit, person: Person, incoming: Incoming) -> None:
    """Accept / Decline; once the proposal is closed, its card shows the outcome instead of the buttons."""
    accept = (incoming.action_id or "").split("#")[0] == trust.ACCEPT
    reply = phase.decide(unit.context(person, incoming.thread), incoming.value or "", accept)
    if reply.extras.get(trust.SETTLED) and incoming.channel and incoming.ts:
        _replace_card(unit, incoming, reply)
    else:
        answer(unit, incoming, reply, key=f"answer:{incoming.key}")


def _replace_card(unit: Unit, incoming: Incoming, reply: Reply) -> None:
    """chat.update through the outbox; keyed by the card, so only the first outcome is ever shown.

    (The notifier has no "update this message" call, so the row is written here and handed to it to send.)
    """
    payload = {"channel": incoming.channel, "ts": incoming.ts, **render.message(Reply(reply.text))}
    key = f"phase-card:{incoming.channel}:{incoming.ts}"
    if outbox.put(unit.session, key, "chat.update", payload):
        row_id = unit.session.scalar(select(OutboxMessage.id).where(OutboxMessage.key == key))
        unit.notify.written.append(row_id)
