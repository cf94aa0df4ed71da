"""`Incoming`: what the ack path copies out of a Slack payload for the work pool. Every field is read
defensively (missing or mistyped becomes None or ""): a failure here, before the hand-off, would escape
the edge's one error path (bot.edge.handoff.run). Text is made plain too: a lone surrogate (which JSON can
carry but no database or UTF-8 encoder takes) becomes U+FFFD, and NUL characters go."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from handlers.core.context import Thread

# Slack's ids (users, teams, channels, message ts, event ids) are short; a longer value is no id at all, and
# would not fit the columns that store ids. Trigger ids and action stamps are longer, but not by much.
ID_LIMIT, STAMP_LIMIT = 32, 100


@dataclass(frozen=True)
class Incoming:
    """What the edge took out of one Slack payload; plain values, safe to hand to another thread."""

    kind: str  # "event", "action", "view" or "command"
    key: str  # deterministic and unique per delivery attempt of this request's intent
    user_id: str | None
    team_id: str = ""
    channel: str | None = None
    ts: str | None = None  # the message itself (events), or the message holding the button (actions)
    thread_ts: str | None = None  # the thread to answer in
    text: str = ""
    event_id: str | None = None
    trigger_id: str | None = None
    action_id: str | None = None
    value: str | None = None
    bot_user_id: str | None = None
    channel_type: str | None = None  # "im" for a direct message; Slack leaves it out of mentions and clicks
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def thread(self) -> Thread:
        return Thread(self.channel, self.thread_ts, shared=self.shared)

    @property
    def direct(self) -> bool:
        """A direct message with Jane (Slack's DM channel ids start with D)."""
        return self.channel_type == "im" or (self.channel or "").startswith("D")

    @property
    def shared(self) -> bool:
        """Somewhere other people read along: a channel or a group, not a DM with Jane."""
        return bool(self.channel) and not self.direct

    @property
    def conversation(self) -> str | None:
        """The key under which this person's conversation keeps its topics: a DM is one conversation with
        its threads; in a channel each thread is one, per person (nobody follows up on another's words)."""
        if not (self.user_id and self.channel):
            return None
        if self.direct:
            return f"{self.team_id}:{self.channel}:{self.user_id}"
        return f"{self.team_id}:{self.channel}:{self.thread_ts or self.ts}:{self.user_id}"

    def describe(self) -> str:
        return f"{self.kind} {self.key} from {self.user_id} in {self.channel}"

    @property
    def delivery(self) -> str:
        """What names this delivery for the inbox: Slack's event id (which a retry repeats), else the key."""
        return f"event:{self.event_id}" if self.event_id else self.key

    @classmethod
    def from_kept(cls, kind: str, body: dict[str, Any]) -> Incoming:
        """The Incoming of a payload kept in the inbox, as its listener made it at the ack."""
        if kind == "event":
            return cls.from_event(body, _dict(body.get("event")))
        if kind == "action":
            actions = body.get("actions")
            return cls.from_action(body, _dict(actions[0] if isinstance(actions, list) and actions else None))
        if kind == "view":
            return cls.from_view(body, _dict(body.get("view")))
        return cls.from_command(body)

    @classmethod
    def from_event(cls, body: dict[str, Any], event: dict[str, Any]) -> Incoming:
        ts, channel = _id(event.get("ts")), _id(event.get("channel"))
        user = event.get("user")
        # A profile event (user_change) carries the whole user object; a message, only the id.
        profile = plain(user) if isinstance(user, dict) else None
        return cls(
            kind="event",
            key=f"{channel}:{ts}",
            user_id=_id(_dict(user).get("id")) if profile is not None else _id(user),
            team_id=_id(body.get("team_id") or event.get("team")) or "",
            channel=channel,
            ts=ts,
            thread_ts=_id(event.get("thread_ts")) or ts,
            text=_str(event.get("text")) or "",
            event_id=_id(body.get("event_id")),
            bot_user_id=_bot_user_id(body),
            channel_type=_str(event.get("channel_type")),
            extra={"profile": profile} if profile is not None else {},
        )

    @classmethod
    def from_action(cls, body: dict[str, Any], action: dict[str, Any]) -> Incoming:
        user, message, container = (
            _dict(body.get("user")),
            _dict(body.get("message")),
            _dict(body.get("container")),
        )
        channel = _id(_dict(body.get("channel")).get("id") or container.get("channel_id"))
        message_ts = _id(message.get("ts") or container.get("message_ts"))
        trigger_id = _id(body.get("trigger_id"), STAMP_LIMIT)
        return cls(
            kind="action",
            key=f"action:{_id(action.get('action_ts'), STAMP_LIMIT) or trigger_id}:{_id(user.get('id'))}",
            user_id=_id(user.get("id")),
            team_id=_id(_dict(body.get("team")).get("id") or user.get("team_id")) or "",
            channel=channel,
            ts=message_ts,
            thread_ts=_id(message.get("thread_ts") or container.get("thread_ts")) or message_ts,
            trigger_id=trigger_id,
            action_id=_id(action.get("action_id"), STAMP_LIMIT),
            value=_str(action.get("value")),
        )

    @classmethod
    def from_view(cls, body: dict[str, Any], view: dict[str, Any]) -> Incoming:
        user = _dict(body.get("user"))
        return cls(
            kind="view",
            key=f"view:{_id(view.get('id'))}:{_id(view.get('hash'))}:{_id(user.get('id'))}",
            user_id=_id(user.get("id")),
            team_id=_id(_dict(body.get("team")).get("id") or user.get("team_id")) or "",
            trigger_id=_id(body.get("trigger_id"), STAMP_LIMIT),
            extra={"view": plain(view)},
        )

    @classmethod
    def from_command(cls, body: dict[str, Any]) -> Incoming:
        return cls(
            kind="command",
            key=f"command:{_id(body.get('trigger_id'), STAMP_LIMIT)}",
            user_id=_id(body.get("user_id")),
            team_id=_id(body.get("team_id")) or "",
            channel=_id(body.get("channel_id")),
            text=_str(body.get("text")) or "",
            trigger_id=_id(body.get("trigger_id"), STAMP_LIMIT),
            extra={"command": _str(body.get("command")), "response_url": _str(body.get("response_url"))},
        )


def order_key(kind: str, body: dict[str, Any], received: float) -> str:
    """When the person did it, by Slack's own clock where the payload says (a message's ts, a click's
    action_ts), else when it arrived: fixed-width text, so that text order is time order."""
    stamp: Any = None
    if kind == "event":
        stamp = _dict(body.get("event")).get("ts")
    elif kind == "action":
        actions = body.get("actions")
        stamp = _dict(actions[0] if isinstance(actions, list) and actions else None).get("action_ts")
    whole, _, fraction = (stamp if isinstance(stamp, str) else f"{received:.6f}").partition(".")
    if not whole.isdigit() or not (fraction.isdigit() or not fraction):
        whole, _, fraction = f"{received:.6f}".partition(".")
    return f"{whole.zfill(12)}.{fraction[:6].ljust(6, '0')}"


def _bot_user_id(body: dict[str, Any]) -> str | None:
    authorizations = body.get("authorizations")
    for authorization in authorizations if isinstance(authorizations, list) else ():
        if isinstance(authorization, dict) and authorization.get("is_bot"):
            return _id(authorization.get("user_id"))
    return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _id(value: Any, limit: int = ID_LIMIT) -> str | None:
    text = _str(value)
    return text if text is not None and len(text) <= limit else None


def _str(value: Any) -> str | None:
    return (plain_text(value) or None) if isinstance(value, str) else None


def plain_text(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD and NULs removed (paired surrogates are kept)."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").replace("\x00", "")


def plain(value: Any) -> Any:
    """A JSON value with every string in it made plain (keys too), for payload parts kept whole."""
    if isinstance(value, str):
        return plain_text(value)
    if isinstance(value, dict):
        return {plain_text(str(key)): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value
