"""The request queue's buttons: Claim, Release, Done (with a note for the client and the time spent), Cancel,
Log time (on a claimed request), and "Pass it to my VA" on a message Jane did not understand."""

from __future__ import annotations

from dataclasses import replace

from handlers.core import conversation as state
from handlers.core import messages
from handlers.core.buttons import ButtonAction, Click, NoteFirst, TimeAsked
from handlers.core.context import Ask, Context, Thread
from handlers.core.reply import Reply, record_id
from handlers.phases import gate
from handlers.queue import by_name, intake, requests, time_spent
from storage.repositories import events
from storage.repositories import requests as repo

DONE_NOTE = NoteFirst(
    verb="done", title=messages.DONE_MODAL_TITLE, submit=messages.DONE_MODAL_SUBMIT,
    label=messages.DONE_MODAL_NOTE, hint=messages.DONE_MODAL_NOTE_HINT, required=False,
    time=TimeAsked(messages.TIME_FIELD, messages.TIME_FIELD_HINT, required=False),
)  # fmt: skip
LOG_TIME_NOTE = NoteFirst(
    verb="done", title=messages.LOG_TIME_MODAL_TITLE, submit=messages.LOG_TIME_MODAL_SUBMIT,
    label=messages.LOG_TIME_MODAL_NOTE, hint=messages.LOG_TIME_MODAL_NOTE_HINT, required=False,
    time=TimeAsked(messages.TIME_FIELD, messages.TIME_FIELD_HINT, required=True, signed=True),
)  # fmt: skip


def _move(verb: str) -> ButtonAction:
    """Claim, release, done or cancel: the conditional transition is the single winner and the idempotency."""

    def handle(ctx: Context, click: Click) -> Reply | None:
        request = record_id(click.value)
        if request is None:
            return Reply(messages.BUTTON_OUT_OF_DATE, ephemeral=True)
        refused = requests.act(ctx, request, verb, note=click.note, minutes=click.minutes)
        if refused is None and verb == requests.CLAIM:
            _talked_about(ctx, request)
        return refused

    return ButtonAction(
        verb, "/" + verb.rpartition(".")[2], handle, DONE_NOTE if verb == requests.DONE else None
    )


def _talked_about(ctx: Context, request_id: int) -> None:
    """A claim by button makes the request the clicker's topic, as a claim in words does, so "done with that
    one, the toner arrives thursday" can follow it."""
    claimed = repo.get(ctx.session, request_id)
    if claimed is not None:
        state.note(ctx, Reply("", extras={"topics": {"request": by_name.topic(claimed)}}))


def log_time(ctx: Context, click: Click) -> Reply | None:
    """Log time: the time (and note) the modal asked for, on the clicked request."""
    request = record_id(click.value)
    if request is None:
        return Reply(messages.BUTTON_OUT_OF_DATE, ephemeral=True)
    return time_spent.log(ctx, request, click.minutes, click.note)


def forward(ctx: Context, click: Click) -> Reply | None:
    """ "Pass it to my VA": what the person asked becomes a general request, through the gate, once."""
    asked_in = Thread(ctx.thread.channel, click.value)
    asked = ctx.notify.remembered(asked_in)
    if not asked or asked.get("user") != ctx.asker.user_id or not asked.get("text"):
        return Reply(messages.OFFER_EXPIRED)
    if not events.record_once(ctx.session, f"forward:{asked_in.channel}:{asked_in.ts}"):
        return None  # a second click on the same offer
    ask = Ask(text=asked["text"], intent="task.create", duty=intake.GENERAL)
    in_its_thread = replace(ctx, thread=asked_in)  # the request lives in the thread of what was asked
    reply = gate.check(ctx.asker, ask) or intake.handle(in_its_thread, ask)
    ctx.notify.post(asked_in, reply, key=f"forwarded:{asked_in.channel}:{asked_in.ts}")
    return None


BUTTONS = (
    *(_move(verb) for verb in (requests.CLAIM, requests.RELEASE, requests.DONE, requests.CANCEL)),
    ButtonAction(intake.FORWARD, "/forward", forward, numbers="the number is on Jane's offer to pass it on"),
    ButtonAction(requests.LOG_TIME, "/log", log_time, LOG_TIME_NOTE),
)
