"""Booking drafts' Confirm / Reject buttons, and the "Connect Google Calendar" link button.

Every click is re-checked on the server (handlers/booking.py), after the ack: the Google call that a
Confirm makes never delays the acknowledgement.
"""

from __future__ import annotations

from slack_bolt import App

from bot import render
from bot.middleware import Incoming, answer, handoff
from bot.services import Services, Unit
from handlers import booking, messages
from handlers.calendar_home import CONNECT_LINK
from handlers.calendar_problems import CONNECT, connect_buttons
from handlers.reply import Reply
from storage.models import Person


def register(app: App) -> None:
    app.action(render.action_pattern(booking.CONFIRM))(on_decision)
    app.action(render.action_pattern(booking.REJECT))(on_decision)
    app.action(render.action_pattern(CONNECT))(on_connect)
    app.action(render.action_pattern(CONNECT_LINK))(on_connect_link)


def on_decision(ack, body: dict, action: dict, services: Services) -> None:
    ack()
    handoff(services, Incoming.from_action(body, action), decide)


def on_connect(ack) -> None:
    """A link button: the browser opens the page; Slack still reports the click, which only needs an ack."""
    ack()


def on_connect_link(ack, body: dict, action: dict, services: Services) -> None:
    ack()
    handoff(services, Incoming.from_action(body, action), send_connect_link)


def send_connect_link(unit: Unit, person: Person, incoming: Incoming) -> None:
    """App Home's Connect: a fresh one-time link, by DM, to the client who clicked (and only to them)."""
    buttons = connect_buttons(unit.context(person), person, messages.CAL_CONNECT)
    if buttons:
        reply = Reply(messages.CAL_CONNECT_LINK, buttons=buttons)
        unit.notify.tell(person, reply, key=f"calendar-connect:{incoming.key}")


def decide(unit: Unit, person: Person, incoming: Incoming) -> None:
    request_id = _request_id(incoming.value)
    ctx = unit.context(person, incoming.thread)
    if request_id is None:
        reply = Reply(messages.BUTTON_OUT_OF_DATE)
    elif (incoming.action_id or "").split("#")[0] == booking.CONFIRM:
        reply = booking.confirm(ctx, request_id)
    else:
        reply = booking.reject(ctx, request_id)
    answer(unit, incoming, reply, key=f"answer:{incoming.key}")


def _request_id(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) < 12 else None
