"""The conversation's last topics, as `parse` receives them: read once into typed, read-only values.

The shape is documented in README.md (`jane parse --context`). Every topic is optional and carries `at`, the
moment it was set; the caller drops expired topics, so the parser needs no clock of its own. `parse` reads
leniently (a topic it cannot read is as good as absent: a follow-up then asks back), while `jane parse
--context` reads strictly and names the first fault.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

# Each topic and the fields that must be ISO 8601 date-times when present.
TOPICS: Mapping[str, tuple[str, ...]] = {
    "last": (),
    "window": ("start", "end"),
    "slot": ("start", "end"),
    "event": ("start", "end"),
    "deal": (),
    "deals": (),
    "draft": ("start", "end"),
    "request": (),
    "reminder": ("due",),
    "refused": (),
    "phase": (),
    "agenda": (),
    "review": (),
    "offer": ("start", "end"),
    "client": (),
    "question": ("start", "end"),  # Jane asked when: `intent` and `title` of what she asked about, the day
}


# The topics an answer asks something about: "shall I book it?", "ask your VA about Phase 3?".
ASKING = ("offer", "refused", "question")


class ContextError(ValueError):
    """A context that `jane parse --context` cannot use, with the reason in one sentence."""


@dataclass(frozen=True)
class Topic:
    """One thing talked about: its kind, when it was set, and its fields as the caller gave them."""

    kind: str
    at: datetime
    fields: Mapping[str, Any]
    times: Mapping[str, datetime]

    def text(self, key: str) -> str | None:
        value = self.fields.get(key)
        return value if isinstance(value, str) and value.strip() else None

    def number(self, key: str) -> int | None:
        value = self.fields.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None


class Topics:
    """The topics of one conversation, with "the latest of these kinds" decided by their `at`."""

    def __init__(self, topics: Mapping[str, Topic]) -> None:
        self._topics = topics

    def __bool__(self) -> bool:
        return bool(self._topics)

    def get(self, kind: str) -> Topic | None:
        return self._topics.get(kind)

    def latest(self, *kinds: str) -> Topic | None:
        """The most recently set topic among `kinds`; on a tie, the kind named first."""
        found = [topic for kind in kinds if (topic := self._topics.get(kind)) is not None]
        return max(found, key=lambda topic: topic.at, default=None)  # max keeps the first of equals

    def newest(self) -> Topic | None:
        """The topic set last of all (what Jane's last answer was about); of those one answer set together,
        what it offered or refused, since that is what it asked ("Yes — you're free. Shall I book it?")."""
        return self.latest(*ASKING, *(kind for kind in TOPICS if kind != "last" and kind not in ASKING))

    def last_intent(self) -> str | None:
        last = self._topics.get("last")
        return last.text("intent") if last else None

    def last_slot(self, key: str) -> Any:
        last = self._topics.get("last")
        slots = last.fields.get("slots") if last else None
        return slots.get(key) if isinstance(slots, Mapping) else None


NO_TOPICS = Topics({})


def read_topics(context: Mapping[str, Any] | None, zone: tzinfo, strict: bool = False) -> Topics:
    """The topics of `context`; with `strict`, a ContextError for the first one that cannot be read."""
    if not context:
        return NO_TOPICS
    if not isinstance(context, Mapping):
        _fault("the context must be a JSON object of topics", strict)
        return NO_TOPICS
    topics: dict[str, Topic] = {}
    for kind, value in context.items():
        topic = _topic(kind, value, zone, strict)
        if topic is not None:
            topics[kind] = topic
    return Topics(topics)


def _topic(kind: str, value: Any, zone: tzinfo, strict: bool) -> Topic | None:
    if kind not in TOPICS:
        _fault(f"unknown topic {kind!r} (known: {', '.join(TOPICS)})", strict)
        return None
    if not isinstance(value, Mapping):
        _fault(f"topic {kind!r} must be a JSON object", strict)
        return None
    at = _moment(value.get("at"), zone)
    if at is None:
        _fault(f'topic {kind!r} needs "at", an ISO 8601 date-time', strict)
        return None
    times: dict[str, datetime] = {}
    for key in TOPICS[kind]:
        if value.get(key) is None:
            continue
        moment = _moment(value[key], zone)
        if moment is None:
            _fault(f"{kind}.{key} must be an ISO 8601 date-time", strict)
            return None
        times[key] = moment
    return Topic(kind, at, value, times)


def _moment(value: Any, zone: tzinfo) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(zone) if moment.tzinfo else moment.replace(tzinfo=zone)


def _fault(reason: str, strict: bool) -> None:
    """Strictly read, a fault stops the reading; leniently, the topic is left out."""
    if strict:
        raise ContextError(reason)
