"""Booking drafts' Confirm / Reject buttons (Reject asks the reason in a modal), and the "Connect Google
Calendar" link button.

Every click is re-checked on the server (handlers/booking.py), after the ack: the Google call that a
Confirm makes never delays the acknowledgement.
"""

from __future__ import annotations

from slack_bolt import App

from bot.edge.handoff import answer, on_action, on_view
from bot.edge.incoming import Incoming
from bot.edge.services import Unit
from bot.listeners.note_modal import opener, submitter
from bot.slack import render
from handlers.calendar import booking
from handlers.calendar.home import CONNECT_LINK
from handlers.calendar.problems import CONNECT, link_reply
from handlers.core import messages
from handlers.core.reply import Reply, record_id
from storage.models import Person


def register(app: App) -> None:
    app.action(render.action_pattern(booking.CONFIRM))(on_action(confirm))
    app.action(render.action_pattern(booking.REJECT))(on_action(open_reject_modal))
    app.view(render.REJECT_VIEW)(on_view(reject))
    app.action(render.action_pattern(CONNECT))(on_connect)
    app.action(render.action_pattern(CONNECT_LINK))(on_action(send_connect_link))


def on_connect(ack) -> None:
    """A link button: the browser opens the page; Slack still reports the click, which only needs an ack."""
    ack()


def send_connect_link(unit: Unit, person: Person, incoming: Incoming) -> None:
    """Connect / Reconnect: a fresh one-time link, by DM, to the client who clicked (and only to them)."""
    reply = link_reply(unit.context(person), person)
    if reply is not None:
        unit.notify.tell(person, reply, key=f"calendar-connect:{incoming.key}")


def confirm(unit: Unit, person: Person, incoming: Incoming) -> None:
    clicked = record_id(incoming.value)
    if clicked is None:
        reply = Reply(messages.BUTTON_OUT_OF_DATE)
    else:
        reply = booking.confirm(unit.context(person, incoming.thread), clicked)
    answer(unit, incoming, reply, key=f"answer:{incoming.key}")


# Reject asks the VA why (DESIGN.md §3: reject(VA, reason)); the client is told the reason.
open_reject_modal = opener(render.REJECT_MODAL, "reject")
reject = submitter(booking.reject)
