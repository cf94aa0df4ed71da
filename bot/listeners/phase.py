"""`/phase` and the phase buttons: "Ask my VA about Phase N", Accept and Decline. Rights are re-checked
on the server for every command and click (handlers.phases.trust); the listeners only ack and hand over.
"""

from __future__ import annotations

from slack_bolt import App

from bot.edge.handoff import answer, on_action, on_command
from bot.edge.incoming import Incoming
from bot.edge.services import Unit
from bot.slack import render
from handlers.core.reply import Reply
from handlers.phases import commands as phase
from handlers.phases import trust
from storage.models import Person

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
        # Keyed by the card, so only the first outcome is ever shown on it.
        key = f"phase-card:{incoming.channel}:{incoming.ts}"
        unit.notify.update(incoming.channel, incoming.ts, Reply(reply.text), key=key)
    else:
        answer(unit, incoming, reply, key=f"answer:{incoming.key}")
