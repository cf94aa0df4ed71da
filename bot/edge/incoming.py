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
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def thread(self) -> Thread:
        return Thread(self.channel, self.thread_ts)

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
            return _str(authorization.get("user_id"))
    return None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
