"""`/phase`: rights are re-checked on the server for every command (handlers.phases.trust); the listener only
acks and hands over. (The phase buttons are in handlers/phases/buttons.py.)
"""

from __future__ import annotations

from slack_bolt import App

from bot.edge.handoff import answer, on_command
from bot.edge.incoming import Incoming
from bot.edge.services import Unit
from handlers.phases import commands as phase
from storage.models import Person

COMMAND = "/phase"


def register(app: App) -> None:
    app.command(COMMAND)(on_command("phase", run_command))


def run_command(unit: Unit, person: Person, incoming: Incoming) -> None:
    reply = phase.command(unit.context(person, incoming.thread), incoming.text)
    answer(unit, incoming, reply, key=f"answer:{incoming.key}")
