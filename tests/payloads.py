"""Signed Slack requests in Slack's exact shapes: Events API callbacks, block actions, view submissions and
slash commands. Build a payload, then `sign(...)` it into the bytes and headers Slack would send.

    request = sign(message_event("UCLIENT1", "help"), SECRET)
    status, body = served.post(request)
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

TEAM_ID = "T0TEST001"
APP_ID = "A0JANE001"
BOT_USER_ID = "UJANE0001"  # matches tests.fakes.slack_api
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"

_counter = itertools.count(1)


def _next() -> int:
    return next(_counter)


def new_ts() -> str:
    """A message ts unique within the test run."""
    return f"{1800000000 + _next()}.{_next():06d}"


@dataclass(frozen=True)
class SlackRequest:
    """What goes over the wire: the raw body and the headers."""

    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    def with_headers(self, **headers: str) -> SlackRequest:
        """The same request with more headers, e.g. with_headers(**{"X-Slack-Retry-Num": "1"})."""
        return SlackRequest(self.body, {**self.headers, **headers})


# --- Events API ---------------------------------------------------------------------------------------------


def event_callback(
    event: dict[str, Any], *, event_id: str | None = None, team: str = TEAM_ID
) -> dict[str, Any]:
    """The envelope Slack wraps every event in."""
    return {
        "token": "legacy-verification-token",
        "team_id": team,
        "context_team_id": team,
        "context_enterprise_id": None,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{_next():010d}",
        "event_time": int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": team,
                "user_id": BOT_USER_ID,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": f"4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJ{_next()}",
    }


def message_event(
    user: str,
    text: str,
    *,
    channel: str | None = None,
    ts: str | None = None,
    thread_ts: str | None = None,
    channel_type: str = "im",
    event_id: str | None = None,
    team: str = TEAM_ID,
    **extra: Any,
) -> dict[str, Any]:
    """A direct message to Jane (message.im), as an event_callback."""
    ts = ts or new_ts()
    event: dict[str, Any] = {
        "client_msg_id": f"{_next():08d}-aaaa-bbbb-cccc-{_next():012d}",
        "type": "message",
        "text": text,
        "user": user,
        "ts": ts,
        "blocks": [
            {
                "type": "rich_text",
                "block_id": "b1",
                "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}],
            }
        ],
        "team": team,
        "channel": channel or "D" + user[1:],
        "event_ts": ts,
        "channel_type": channel_type,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    event.update(extra)
    return event_callback(event, event_id=event_id, team=team)


def app_mention(
    user: str, text: str, *, channel: str = "C0GENERAL", ts: str | None = None, event_id: str | None = None
) -> dict[str, Any]:
    """A mention of Jane in a channel: `<@UJANE…> text`."""
    ts = ts or new_ts()
    event = {
        "client_msg_id": f"{_next():08d}-aaaa-bbbb-cccc-{_next():012d}",
        "type": "app_mention",
        "text": f"<@{BOT_USER_ID}> {text}",
        "user": user,
        "ts": ts,
        "team": TEAM_ID,
        "channel": channel,
        "event_ts": ts,
    }
    return event_callback(event, event_id=event_id)


# --- interactivity ------------------------------------------------------------------------------------------


def block_actions(
    user: str,
    action_id: str,
    value: str = "",
    *,
    channel: str = "C0QUEUE01",
    message_ts: str | None = None,
    thread_ts: str | None = None,
    response_url: str = "https://hooks.slack.com/actions/T0TEST001/1/abc",
    team: str = TEAM_ID,
) -> dict[str, Any]:
    """A button click on a message (interactivity `block_actions` payload)."""
    message_ts = message_ts or new_ts()
    message: dict[str, Any] = {
        "type": "message",
        "user": BOT_USER_ID,
        "bot_id": "BJANE0001",
        "ts": message_ts,
        "text": "…",
        "blocks": [],
    }
    if thread_ts:
        message["thread_ts"] = thread_ts
    container = {"type": "message", "message_ts": message_ts, "channel_id": channel, "is_ephemeral": False}
    if thread_ts:
        container["thread_ts"] = thread_ts
    return {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": team},
        "api_app_id": APP_ID,
        "token": "legacy-verification-token",
        "container": container,
        "trigger_id": f"{_next()}.{_next()}.abcdef0123456789",
        "team": {"id": team, "domain": "test"},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel, "name": "directmessage" if channel.startswith("D") else "va-queue"},
        "message": message,
        "state": {"values": {}},
        "response_url": response_url,
        "actions": [
            {
                "action_id": action_id,
                "block_id": f"blk{_next()}",
                "text": {"type": "plain_text", "text": action_id, "emoji": True},
                "value": value,
                "type": "button",
                "action_ts": f"{time.time():.6f}{_next()}",
            }
        ],
    }


def view_submission(
    user: str,
    callback_id: str,
    values: dict[str, dict[str, Any]],
    *,
    private_metadata: str = "",
    team: str = TEAM_ID,
) -> dict[str, Any]:
    """A modal's submission; `values` as Slack sends them: {block_id: {action_id: {"type", "value"}}}."""
    view_id = f"V{_next():08d}"
    return {
        "type": "view_submission",
        "team": {"id": team, "domain": "test"},
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": team},
        "api_app_id": APP_ID,
        "token": "legacy-verification-token",
        "trigger_id": f"{_next()}.{_next()}.fedcba9876543210",
        "view": {
            "id": view_id,
            "team_id": team,
            "type": "modal",
            "blocks": [],
            "private_metadata": private_metadata,
            "callback_id": callback_id,
            "state": {"values": values},
            "hash": f"{_next()}.abcdef",
            "title": {"type": "plain_text", "text": "Jane", "emoji": True},
            "clear_on_close": False,
            "notify_on_close": False,
            "close": None,
            "submit": {"type": "plain_text", "text": "Done", "emoji": True},
            "previous_view_id": None,
            "root_view_id": view_id,
            "app_id": APP_ID,
            "external_id": "",
            "app_installed_team_id": team,
            "bot_id": "BJANE0001",
        },
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }


def text_input(value: str | None) -> dict[str, Any]:
    """One plain_text_input's state, for view_submission values."""
    return {"type": "plain_text_input", "value": value}


def slash_command(
    user: str,
    command: str,
    text: str = "",
    *,
    channel: str = "C0GENERAL",
    response_url: str = "https://hooks.slack.com/commands/T0TEST001/1/abc",
    team: str = TEAM_ID,
) -> dict[str, str]:
    """A slash command's form fields."""
    return {
        "token": "legacy-verification-token",
        "team_id": team,
        "team_domain": "test",
        "channel_id": channel,
        "channel_name": "general",
        "user_id": user,
        "user_name": user.lower(),
        "command": command,
        "text": text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": f"{_next()}.{_next()}.0123456789abcdef",
    }


# --- the wire -----------------------------------------------------------------------------------------------


def encode(payload: dict[str, Any]) -> tuple[bytes, str]:
    """The body and content type Slack uses for this payload."""
    if payload.get("type") in ("event_callback", "url_verification", "app_rate_limited"):
        return json.dumps(payload).encode(), "application/json"
    if "command" in payload and "type" not in payload:
        return urlencode(payload).encode(), "application/x-www-form-urlencoded"
    return urlencode({"payload": json.dumps(payload)}).encode(), "application/x-www-form-urlencoded"


def sign(
    payload: dict[str, Any] | bytes,
    secret: str = SECRET,
    *,
    timestamp: int | None = None,
    content_type: str | None = None,
) -> SlackRequest:
    """Slack's v0 signature over `v0:{timestamp}:{body}` with the signing secret."""
    if isinstance(payload, bytes):
        body, kind = payload, content_type or "application/json"
    else:
        body, kind = encode(payload)
    timestamp = int(time.time()) if timestamp is None else timestamp
    base = b"v0:" + str(timestamp).encode() + b":" + body
    signature = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return SlackRequest(
        body,
        {
            "Content-Type": content_type or kind,
            "X-Slack-Request-Timestamp": str(timestamp),
            "X-Slack-Signature": signature,
            "User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
        },
    )
