"""A button that asks for a note in a modal before it moves a request: Done's note, Reject's reason.

The clicker's rights are checked before the modal opens (so nobody types a reason for nothing) and again
by the handler when it is submitted, since a submission is as forgeable as a click.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.edge.handoff import After, Work, answer
from bot.edge.incoming import Incoming
from bot.edge.services import SLACK_SIDE, Unit
from bot.slack import render
from handlers.core import messages
from handlers.core.context import Context, Thread
from handlers.core.reply import Reply, record_id
from handlers.queue import requests as queue
from storage.models import Person
from storage.repositories import requests as repo

Act = Callable[[Context, int, str | None], Reply | None]  # (ctx, request id, note) → answer to the actor


def opener(modal: render.NoteModal, verb: str) -> Work:
    """A click's work: open `modal` about the clicked request, if the clicker may `verb` it."""

    def open_modal(unit: Unit, person: Person, incoming: Incoming) -> After | None:
        request = repo.get(unit.session, record_id(incoming.value) or 0)
        if request is None or not repo.may_act(person, request, verb):
            refusal = messages.BUTTON_OUT_OF_DATE if request is None else messages.NOT_YOURS
            answer(unit, incoming, Reply(refusal), key=f"answer:{incoming.key}")
            return None
        view = render.note_modal(modal, request.id, queue.card(request).text, incoming.channel)
        client, trigger_id = unit.services.client, incoming.trigger_id
        assert client is not None, SLACK_SIDE
        return lambda: client.views_open(trigger_id=trigger_id, view=view)

    return open_modal


def submitter(act: Act) -> Work:
    """A submitted modal's work: `act` on its request with its note, and tell the actor what came of it."""

    def submit(unit: Unit, person: Person, incoming: Incoming) -> None:
        request_id, channel, note = render.read_note_modal(incoming.extra["view"])
        if request_id is None:
            reply: Reply | None = Reply(messages.BUTTON_OUT_OF_DATE)
        else:
            reply = act(unit.context(person, Thread(channel, None)), request_id, note)
        if reply is not None:
            answer(unit, incoming, reply, key=f"answer:{incoming.key}")

    return submit
