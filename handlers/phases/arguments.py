"""Reading `/phase`'s text: `[@client] [N | +duty | -duty | =duty]`, as a pure function."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

from handlers.core import messages
from handlers.core.mrkdwn import MENTION
from handlers.phases import duties

T = TypeVar("T")

_DUTY = re.compile(r"^([+\-=~−])([a-z_\-]+)$")
PHASES = {"1": 1, "2": 2, "3": 3, "i": 1, "ii": 2, "iii": 3}
_OPS = {"+": True, "-": False, "−": False, "=": None, "~": None}
_FILLER = frozenset({"phase", "to"})


class BadArgs(ValueError):
    """The command's text could not be read; the message is the sentence to answer with."""


@dataclass(frozen=True)
class PhaseArgs:
    """A client (by Slack user id), and either a phase or one duty granted / withheld / reset (None)."""

    user_id: str | None = None
    phase: int | None = None
    duty: str | None = None
    granted: bool | None = None

    @property
    def is_change(self) -> bool:
        return self.phase is not None or self.duty is not None


def parse_args(text: str) -> PhaseArgs:
    """The arguments of `/phase`; BadArgs with the sentence to answer when they can't be read."""
    user_id, phase, duty, granted = None, None, None, None
    for word in (text or "").split():
        lowered = word.lower()
        if found := MENTION.fullmatch(word):  # what Slack sends for a picked person
            user_id = _only(user_id, found.group(1))
        elif word.startswith("@"):
            # With escaping off Slack sends the display name, which names nobody for certain.
            raise BadArgs(messages.PHASE_PICK_PERSON.format(name=word))
        elif lowered in _FILLER:
            continue
        elif lowered in PHASES or lowered.isdigit():
            phase = _only(phase, _phase_number(lowered))
        elif found := _DUTY.match(lowered):
            duty = _only(duty, _duty_id(found.group(2)))
            granted = _OPS[found.group(1)]
        else:
            raise BadArgs(messages.PHASE_USAGE)
    if phase is not None and duty is not None:
        raise BadArgs(messages.PHASE_USAGE)
    return PhaseArgs(user_id, phase, duty, granted)


def _only(current: T | None, new: T) -> T:
    """One client and one change per command; a second one is a usage error, not a silent pick."""
    if current is not None and current != new:
        raise BadArgs(messages.PHASE_USAGE)
    return new


def _phase_number(word: str) -> int:
    if word not in PHASES:
        raise BadArgs(messages.PHASE_BAD_PHASE)
    return PHASES[word]


def _duty_id(word: str) -> str:
    duty_id = word.replace("-", "_")
    if duty_id not in duties.BY_ID:
        valid = ", ".join(f"`{d.id}`" for d in duties.DUTIES)
        raise BadArgs(messages.PHASE_UNKNOWN_DUTY.format(duty=word, valid=valid))
    return duty_id
