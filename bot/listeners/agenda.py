"""The morning agenda's App Home buttons: a time, weekdays or every day, stop. Re-checked on every click."""

from __future__ import annotations

from slack_bolt import App

from bot.edge.handoff import answer, on_action
from bot.edge.incoming import Incoming
from bot.edge.services import Unit
from bot.slack import render
from handlers.proactive import agenda_settings
from storage.models import Person


def register(app: App) -> None:
    for action in (agenda_settings.TIME_ACTION, agenda_settings.DAYS_ACTION, agenda_settings.STOP_ACTION):
        app.action(render.action_pattern(action))(on_action(change))


def change(unit: Unit, person: Person, incoming: Incoming) -> None:
    """Apply the click; the refreshed Home shows the outcome, so only a refusal is answered."""
    action = (incoming.action_id or "").split("#")[0]
    reply = agenda_settings.clicked(unit.context(person, incoming.thread), action, incoming.value or "")
    if reply is not None:
        answer(unit, incoming, reply, key=f"answer:{incoming.key}")
