"""Every button in handlers/buttons.py: ack, then its handler in the work pool, with the answer sent
privately to the clicker. A note-first button (Done, Reject) opens its modal, and the submitted modal
runs the handler with the note. Every click and submission is re-checked on the server by the handler.
"""

from __future__ import annotations

from functools import partial

from slack_bolt import App

from bot.edge.handoff import After, Work, answer, on_action, on_view, open_modal
from bot.edge.incoming import Incoming
from bot.edge.services import Unit
from bot.slack import render
from handlers.buttons import BUTTONS
from handlers.core import messages
from handlers.core.buttons import Click, ClickHandler, NoteFirst
from handlers.core.context import Thread
from handlers.core.reply import Reply, record_id
from handlers.queue import requests
from storage.models import Person
from storage.repositories import requests as repo


def register(app: App) -> None:
    for button in BUTTONS:
        if button.handle is None:
            continue  # it opens a form, which its capability's listener builds
        pattern = render.action_pattern(button.action)
        if button.note_first is None:
            app.action(pattern)(on_action(f"click:{button.action}", clicked(button.handle)))
        else:
            note = button.note_first
            app.action(pattern)(on_action(f"note:{button.action}", ask_note(button.action, note)))
            check = partial(render.time_errors, time=note.time) if note.time else None
            app.view(button.action)(on_view(f"noted:{button.action}", submitted(button.handle, note), check))


def clicked(handle: ClickHandler) -> Work:
    def work(unit: Unit, person: Person, incoming: Incoming) -> None:
        click = Click(incoming.value or "", card=Thread(incoming.channel, incoming.ts), key=incoming.key)
        reply = handle(unit.context(person, incoming.thread, incoming.conversation), click)
        if reply is not None:
            answer(unit, incoming, reply, key=f"answer:{incoming.key}")

    return work


def ask_note(action: str, note: NoteFirst) -> Work:
    """Open the note modal about the clicked request, if the clicker may act on it (so nobody types a
    reason for nothing); the submission is checked again, since it is as forgeable as a click."""

    def note_modal(unit: Unit, person: Person, incoming: Incoming) -> After | None:
        request = repo.get(unit.session, record_id(incoming.value) or 0)
        if request is None or not repo.may_act(person, request, note.verb):
            refusal = messages.BUTTON_OUT_OF_DATE if request is None else messages.NOT_YOURS
            answer(unit, incoming, Reply(refusal), key=f"answer:{incoming.key}")
            return None
        view = render.note_modal(action, note, request.id, requests.card(request).text, incoming.channel)
        return open_modal(unit, incoming, view)

    return note_modal


def submitted(handle: ClickHandler, asked: NoteFirst) -> Work:
    def submit(unit: Unit, person: Person, incoming: Incoming) -> None:
        view = incoming.extra["view"]
        request_id, channel, note = render.read_note_modal(view)
        minutes = render.read_time(view, asked.time)
        click = Click(str(request_id or ""), note=note, key=incoming.key, minutes=minutes)
        reply = handle(unit.context(person, Thread(channel, None)), click)
        if reply is not None:
            answer(unit, incoming, reply, key=f"answer:{incoming.key}")

    return submit
