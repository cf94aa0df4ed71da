"""The "Confirmed" buttons of a VA's appointment checklist (Phase II). Every click is re-checked."""

from __future__ import annotations

from datetime import datetime

from slack_bolt import App
from sqlalchemy import update

from bot.edge.handoff import answer, on_action
from bot.edge.incoming import Incoming
from bot.edge.services import Unit
from bot.jobs.hours import client_available_at
from bot.slack import render
from handlers.core import messages
from handlers.core.reply import Reply, record_id
from handlers.proactive import notices
from storage.models import OutboxMessage, Person


def register(app: App) -> None:
    app.action(render.action_pattern(notices.CONFIRM_ACTION))(on_action(confirm))


def confirm(unit: Unit, person: Person, incoming: Incoming) -> None:
    """The first click wins; the checklist is redrawn in place and the client is told (by day)."""
    value = incoming.value or ""
    check_id = record_id(value)
    if check_id is None:
        answer(unit, incoming, Reply(messages.CHECK_GONE), key=f"answer:{incoming.key}")
        return
    ctx = unit.context(person, incoming.thread)
    outcome = notices.confirm(ctx, check_id)
    if outcome.card is not None and incoming.channel and incoming.ts:
        unit.notify.update(incoming.channel, incoming.ts, outcome.card, key=f"checklist:{incoming.key}")
    if outcome.refusal is not None:
        answer(unit, incoming, outcome.refusal, key=f"answer:{incoming.key}")
    if outcome.client_note is not None and outcome.client is not None:
        _tell_by_day(unit, outcome.client, outcome.client_note, f"confirmed:{value}", ctx.now)


def _tell_by_day(unit: Unit, client: Person, reply: Reply, key: str, now: datetime) -> None:
    """DM the client now, or hold the message until their quiet hours end (a VA may work at their night)."""
    unit.notify.tell(client, reply, key=key)
    opens = client_available_at(client, now, unit.services.settings.client_quiet_hours)
    if opens > now:
        unit.session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.key == f"{key}>{client.user_id}", OutboxMessage.status == "pending")
            .values(next_attempt_at=opens)
            .execution_options(synchronize_session=False)
        )
