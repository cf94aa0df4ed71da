"""`Incoming`: what the ack path copies out of a Slack payload for the work pool. Every field is read
defensively (missing or mistyped becomes None or ""): a failure here, before the hand-off, would escape
the edge's one error path (bot.edge.handoff.run)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from handlers.core.context import Thread


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

    @classmethod
    def from_event(cls, body: dict[str, Any], event: dict[str, Any]) -> Incoming:
        ts = _str(event.get("ts"))
        return cls(
            kind="event",
            key=f"{event.get('channel')}:{ts}",
            user_id=_str(event.get("user")),
            team_id=_str(body.get("team_id") or event.get("team")) or "",
            channel=_str(event.get("channel")),
            ts=ts,
            thread_ts=_str(event.get("thread_ts")) or ts,
            text=_text(event.get("text")),
            event_id=_str(body.get("event_id")),
            bot_user_id=_bot_user_id(body),
            channel_type=_str(event.get("channel_type")),
        )

    @classmethod
    def from_action(cls, body: dict[str, Any], action: dict[str, Any]) -> Incoming:
        user, message, container = (
            _dict(body.get("user")),
            _dict(body.get("message")),
            _dict(body.get("container")),
        )
        channel = _str(_dict(body.get("channel")).get("id") or container.get("channel_id"))
        message_ts = _str(message.get("ts") or container.get("message_ts"))
        return cls(
            kind="action",
            key=f"action:{action.get('action_ts') or body.get('trigger_id')}:{user.get('id')}",
            user_id=_str(user.get("id")),
            team_id=_str(_dict(body.get("team")).get("id") or user.get("team_id")) or "",
            channel=channel,
            ts=message_ts,
            thread_ts=_str(message.get("thread_ts") or container.get("thread_ts")) or message_ts,
            trigger_id=_str(body.get("trigger_id")),
            action_id=_str(action.get("action_id")),
            value=_str(action.get("value")),
        )

    @classmethod
    def from_view(cls, body: dict[str, Any], view: dict[str, Any]) -> Incoming:
        user = _dict(body.get("user"))
        return cls(
            kind="view",
            key=f"view:{view.get('id')}:{view.get('hash')}:{user.get('id')}",
            user_id=_str(user.get("id")),
            team_id=_str(_dict(body.get("team")).get("id") or user.get("team_id")) or "",
            trigger_id=_str(body.get("trigger_id")),
            extra={"view": view},
        )

    @classmethod
    def from_command(cls, body: dict[str, Any]) -> Incoming:
        return cls(
            kind="command",
            key=f"command:{body.get('trigger_id')}",
            user_id=_str(body.get("user_id")),
            team_id=_str(body.get("team_id")) or "",
            channel=_str(body.get("channel_id")),
            text=_text(body.get("text")),
            trigger_id=_str(body.get("trigger_id")),
            extra={"command": body.get("command"), "response_url": body.get("response_url")},
        )


def _bot_user_id(body: dict[str, Any]) -> str | None:
    authorizations = body.get("authorizations")
    for authorization in authorizations if isinstance(authorizations, list) else ():
        if isinstance(authorization, dict) and authorization.get("is_bot"):
            return _str(authorization.get("user_id"))
    return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
