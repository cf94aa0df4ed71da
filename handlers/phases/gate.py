"""The gate: the one place that decides whether a duty may be carried out for this person (ARCHITECTURE.md,
People, phases and duties).

It sits before the handler, so a refused ask never reaches a handler or an integration.
"""

from __future__ import annotations

from typing import Any

from handlers.core import messages
from handlers.core.context import Ask
from handlers.core.reply import Button, Reply
from handlers.core.topics import with_topics
from handlers.phases import duties
from storage.models import Person

# Intents anyone may use whatever their phase (and whatever their role).
ALWAYS_ALLOWED = frozenset({"help", "request.status", "smalltalk", "unknown", "cancel"})

PHASE_REQUEST = "phase.request"  # the action of "Ask my VA about Phase N" (value: the phase number)


def check(asker: Person, ask: Ask) -> Reply | None:
    """None lets the ask through; otherwise the refusal to send instead of calling the handler."""
    if ask.intent in ALWAYS_ALLOWED or ask.duty is None:
        return None
    profile = asker.client
    if profile is None:
        return Reply(messages.NOT_A_CLIENT.format(role=role_name(asker)))
    if ask.duty not in duties.BY_ID:
        return Reply(messages.UNKNOWN_INTENT)
    if duties.is_granted(ask.duty, profile.phase, profile.override_map):
        return None
    # Named as the conversation's `refused` topic: "how do I get that unlocked?" asks about its phase, and
    # "can you book that call now?" once the phase is granted asks it again, as it was asked (its slots).
    refused: dict[str, Any] = {"intent": ask.intent, "duty": ask.duty, "phase": duties.phase_of(ask.duty)}
    refused.update({"slots": dict(ask.slots)} if ask.slots else {})
    return with_topics(refusal(ask.duty, profile.phase), refused=refused)


def refusal(duty_id: str, current_phase: int) -> Reply:
    """Name the duty and the phase that unlocks it, and offer to ask the VA about that phase."""
    duty = duties.duty(duty_id)
    if duty.phase <= current_phase:  # the phase grants it, but the client's job description withholds it
        return Reply(messages.DUTY_WITHHELD.format(label=duty.label), sections=(messages.DUTY_WITHHELD_HINT,))
    return Reply(
        messages.DUTY_LOCKED.format(
            label=duty.label,
            covers=duty.covers,
            phase_name=duties.PHASE_NAMES[duty.phase],
            current_name=duties.PHASE_NAMES.get(current_phase, f"Phase {current_phase}"),
        ),
        sections=(messages.DUTY_LOCKED_HINT,),
        buttons=(
            Button(
                messages.ASK_ABOUT_PHASE.format(phase=duty.phase), PHASE_REQUEST, str(duty.phase), "primary"
            ),
        ),
    )


def role_name(person: Person) -> str:
    """ "a VA" or "an admin", for a person who is not a client."""
    return messages.ROLE_NAMES["admin" if person.is_admin else "va"]
