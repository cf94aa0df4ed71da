"""What the parser returns: a frozen value that handlers, the gate and `jane parse` all read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

_NO_SLOTS: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Parsed:
    """How Jane understood one message (README, `jane parse`); `slots` is read-only and JSON-friendly."""

    intent: str
    duty: str | None = None
    phase: int | None = None
    slots: Mapping[str, Any] = field(default_factory=lambda: _NO_SLOTS, hash=False)

    def as_dict(self) -> dict[str, Any]:
        """A plain dict, as `jane parse` prints it (without the text)."""
        slots = {key: list(value) if isinstance(value, tuple) else value for key, value in self.slots.items()}
        return {"intent": self.intent, "duty": self.duty, "phase": self.phase, "slots": slots}


UNKNOWN = Parsed("unknown")
# Readings that leave a message to be asked back or filed as a general errand: nothing Jane answers herself,
# so a follow-up, a reason or an aside may still say what the message meant.
CAUGHT_ALL = frozenset(("unknown", "task.create"))
