"""manifest.yaml declares everything the app listens to, so "From a manifest" yields a working app."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.listeners import register_listeners

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = ROOT / "manifest.yaml"
REQUEST_URL = "https://YOUR-HOST/slack/events"


class Recorder:
    """Stands in for the Bolt app: records what each listener module registers, and registers nothing."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def __getattr__(self, kind: str):
        def register(*args, **kwargs):
            self.calls.append((kind, args[0] if args else kwargs))
            return lambda *a, **k: a[0] if a else None  # used as a decorator, or called with ack=/lazy=

        return register

    def registered(self, kind: str) -> list[object]:
        return [what for called, what in self.calls if called == kind]


@pytest.fixture(scope="module")
def manifest() -> dict:
    return yaml.safe_load(MANIFEST.read_text())


@pytest.fixture(scope="module")
def app() -> Recorder:
    recorder = Recorder()
    register_listeners(recorder)
    return recorder


def test_every_registered_slash_command_is_declared(manifest, app):
    declared = {command["command"] for command in manifest["features"]["slash_commands"]}
    registered = set(app.registered("command"))
    assert registered, "the app registers its slash commands through app.command"
    assert registered <= declared
    assert {"/phase", "/deal"} <= declared


def test_every_event_the_app_listens_to_is_subscribed(manifest, app):
    subscribed = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    for event in app.registered("event"):
        if isinstance(event, re.Pattern):
            continue  # the catch-all that acknowledges whatever else arrives
        name = event["type"] if isinstance(event, dict) else event
        if name == "message":
            assert any(s.startswith("message.") for s in subscribed), "message events need a message.* event"
        else:
            assert name in subscribed, f"{name} is listened to but not subscribed"
    assert {"app_home_opened", "app_mention", "message.im", "user_change"} <= subscribed


def test_buttons_and_modals_need_interactivity_on_the_same_url(manifest, app):
    assert app.registered("action") and app.registered("view")
    settings = manifest["settings"]
    assert settings["interactivity"] == {"is_enabled": True, "request_url": REQUEST_URL}
    assert settings["event_subscriptions"]["request_url"] == REQUEST_URL
    assert {command["url"] for command in manifest["features"]["slash_commands"]} == {REQUEST_URL}
    assert settings["socket_mode_enabled"] is False


def test_the_bot_has_the_scopes_its_features_need(manifest):
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mentions:read", "chat:write", "commands", "im:history"} <= scopes
    home = manifest["features"]["app_home"]
    assert home["home_tab_enabled"] and home["messages_tab_enabled"]
    assert not home["messages_tab_read_only_enabled"], "clients write to Jane in the Messages tab"
    assert manifest["features"]["bot_user"]["display_name"] == "Jane"


def test_mentions_in_commands_reach_jane_as_user_ids(manifest):
    phase = next(c for c in manifest["features"]["slash_commands"] if c["command"] == "/phase")
    assert phase["should_escape"] is True


# Slack's documented bot-token scopes for each Web API method Jane may call (each method's reference page).
METHOD_SCOPES: dict[str, set[str]] = {
    "auth.test": set(),
    "chat.postMessage": {"chat:write"},
    "chat.postEphemeral": {"chat:write"},
    "chat.update": {"chat:write"},
    "views.open": set(),
    "views.publish": set(),
    "views.update": set(),
    "views.push": set(),
    "users.info": {"users:read", "users:read.email"},  # Jane reads the profile's email too
    "users.list": {"users:read"},
    "conversations.open": {"im:write"},
    "conversations.info": {"channels:read", "groups:read", "im:read", "mpim:read"},
    "conversations.history": {"channels:history", "groups:history", "im:history", "mpim:history"},
    "conversations.replies": {"channels:history", "groups:history", "im:history", "mpim:history"},
    "reactions.add": {"reactions:write"},
}
# Each bot event's scope (each event's reference page).
EVENT_SCOPES = {
    "app_home_opened": set(),
    "app_mention": {"app_mentions:read"},
    "message.im": {"im:history"},
    "user_change": {"users:read"},
}
FAMILIES = (
    "admin|apps|auth|bookmarks|bots|chat|conversations|dnd|emoji|files|pins|reactions|reminders|team|"
    "usergroups|users|views"
)
CALL = re.compile(rf"\.({FAMILIES})_([A-Za-z]+(?:_[A-Za-z]+)*)\(")  # client.users_info(…)
NAMED = re.compile(rf"[\"']((?:{FAMILIES})\.[A-Za-z]+)[\"']")  # "chat.postMessage", queued for the outbox


def web_api_methods() -> set[str]:
    """Every Web API method Jane's code names, as a call or as a string."""
    found = set()
    for package in ("bot", "handlers", "integrations", "storage"):
        for path in (ROOT / package).rglob("*.py"):
            source = path.read_text()
            found |= {f"{family}.{method}" for family, method in CALL.findall(source)}
            found |= set(NAMED.findall(source))
    return found


def test_the_manifest_requests_exactly_the_scopes_the_code_uses(manifest):
    methods = web_api_methods()
    assert {"chat.postMessage", "views.publish", "users.info"} <= methods  # the scan sees the code's calls
    unknown = methods - set(METHOD_SCOPES)
    assert not unknown, f"add the scopes of {sorted(unknown)} to METHOD_SCOPES"
    needed = set().union(*(METHOD_SCOPES[method] for method in methods))
    needed |= set().union(
        *(EVENT_SCOPES[e] for e in manifest["settings"]["event_subscriptions"]["bot_events"])
    )
    if manifest["features"]["slash_commands"]:
        needed.add("commands")
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == needed
