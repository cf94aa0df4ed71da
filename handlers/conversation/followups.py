"""Follow-ups that are about the conversation itself: "cancel that", "book it", "no thanks", and the
ones Jane cannot tie to anything, which she asks back — an unresolved follow-up never becomes work for
the VA (README.md, "Follow-ups: `--context`")."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.reply import Reply
from handlers.queue import in_words, intake

BOOKING_DUTY = "appointment_scheduling"
REMINDERS = "handlers.reminders.requests"  # the reminders capability, in deployments that have it


def concrete(ask: Ask) -> Ask:
    """A follow-up that is another capability's ask in other words, as that ask (so the gate checks it):
    "great, book it" after an offer is a booking of the offered slot; "yes please" after a refusal asks
    the VA about the phase that would allow it. Anything else is answered here."""
    slots = ask.slots or {}
    marks = {key: slots[key] for key in ("follow_up", "refers_to") if key in slots}
    if ask.intent != "conversation.confirm":
        return ask
    if slots.get("refers_to") == "offer" and "start" in slots:
        booking = {key: slots[key] for key in ("start", "end", "title") if key in slots}
        return replace(ask, intent="calendar.schedule", duty=BOOKING_DUTY, slots={**booking, **marks})
    if slots.get("refers_to") == "refused" and "phase" in slots:
        return replace(ask, intent="phase.request", duty=None, slots={"phase": slots["phase"], **marks})
    return ask


def withdraw(ctx: Context, ask: Ask) -> Reply:
    """ "cancel that": the request, booking draft or reminder the conversation talked about last."""
    slots = ask.slots or {}
    if _number(slots, "reminder") is not None:
        return _cancel_reminder(ctx, _number(slots, "reminder") or 0)
    request = _number(slots, "request")
    return in_words.withdraw(ctx, request) if request is not None else in_words.which_to_cancel(ctx)


def confirm(ctx: Context, ask: Ask) -> Reply:
    """ "book it" about a draft already with the VA: where it stands (offers and refusals became asks)."""
    request = _number(ask.slots or {}, "request")
    if request is None:
        return ask_back(ctx, "confirm")
    return in_words.already_asked(ctx, request)


def decline(ctx: Context, ask: Ask) -> Reply:
    """ "no thanks" to an offer or to asking the VA about a phase: nothing happens."""
    return Reply(say.DECLINED)


def not_understood(ctx: Context, ask: Ask) -> Reply:
    """An unresolved follow-up is asked back; anything else Jane didn't understand may go to the VA."""
    kind = (ask.slots or {}).get("follow_up")
    return ask_back(ctx, str(kind)) if kind else intake.offer(ctx, ask)


def ask_back(ctx: Context, kind: str) -> Reply:
    """What Jane asks when a follow-up refers to nothing she can find; with buttons where she can offer
    the readings ("cancel that": each open request's Cancel)."""
    if kind == "withdraw":
        return in_words.which_to_cancel(ctx)
    return Reply(say.ASK_BACK.get(kind, say.ASK_BACK_DEFAULT))


def _cancel_reminder(ctx: Context, reminder_id: int) -> Reply:
    """A reminder is Jane's own; the reminders capability cancels it, where this deployment has one."""
    cancel = _reminders_cancel()
    return cancel(ctx, reminder_id) if cancel is not None else Reply(say.NOTHING_TO_CANCEL)


def _reminders_cancel() -> Callable[[Context, int], Reply] | None:
    # Looked up rather than imported: reminders are a capability of their own, and without it there is
    # simply no reminder to cancel.
    try:
        module = importlib.import_module(REMINDERS)
    except ModuleNotFoundError:
        return None
    cancel = getattr(module, "cancel", None)
    return cancel if callable(cancel) else None


def _number(slots: Mapping[str, Any], key: str) -> int | None:
    value = slots.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None
