"""Hostile Slack requests from a seeded generator: the same seed gives the same requests, so a failure
found by the fuzz suite (tests/scenarios/test_fuzz.py) reproduces with its case number.

    cases = Hostile(seed=12, world=…).forged(500)     # well-formed, signed, from actors with no standing
    cases = Hostile(seed=12, world=…).broken(2000)    # signed, any actor, any field of any type
    cases = Hostile(seed=12, world=…).unsigned(500)   # what Slack did not sign, or signed wrongly

Payloads start from tests/payloads.py's exact shapes; broken ones then get fields replaced by other types,
removed, or filled with lone surrogates, markup, NULs and very long text.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from bot.slack import deal_views, people_views, render
from handlers.buttons import BUTTONS
from handlers.calendar.problems import CONNECT
from handlers.deals import home as deal_home
from handlers.deals import status as deal_status
from handlers.people import buttons as people_buttons
from handlers.phases import trust
from handlers.proactive import notices
from handlers.queue import booking_card
from handlers.queue import requests as queue
from tests import payloads

# Every action id, view callback id and slash command Jane listens to (from the tables that define them).
ACTIONS = (*(button.action for button in BUTTONS), CONNECT)
# Of those, the ones that act on someone's record (the others act on the clicker's own settings).
RECORD_ACTIONS = (
    queue.CLAIM, queue.RELEASE, queue.DONE, queue.CANCEL, booking_card.CONFIRM, booking_card.REJECT,
    trust.ACCEPT, trust.DECLINE, notices.CONFIRM_ACTION, deal_home.UPDATE, deal_status.PICK,
    people_buttons.EDIT,
)  # fmt: skip
VIEWS = (*(button.action for button in BUTTONS if button.note_first), deal_views.VIEW, people_views.VIEW)
COMMANDS = ("/phase", "/deal")
EVENT_TYPES = (
    "message", "app_mention", "app_home_opened", "reaction_added", "member_joined_channel", "team_join",
    "tokens_revoked", "app_uninstalled", "user_change", "function_executed", "workflow_step_execute",
    "message_metadata_posted", "link_shared", "file_shared", "",
)  # fmt: skip
PAYLOAD_TYPES = (
    "block_actions", "view_submission", "view_closed", "shortcut", "message_action", "block_suggestion",
    "interactive_message", "dialog_submission", "workflow_step_edit", "url_verification", "app_rate_limited",
    "ssl_check", "event_callback", "", "BLOCK_ACTIONS",
)  # fmt: skip
SUBTYPES = (None, "message_changed", "message_deleted", "bot_message", "file_share", "thread_broadcast",
            "channel_join", "me_message", "huddle_thread")  # fmt: skip
# Values that stand in for any field: other types, odd strings, lone surrogates, markup.
ODD_VALUES: tuple[Any, ...] = (
    None, True, 0, -1, 1.5, 10**30, "", " ", "x", "\ud800", "a\udfffb", "\x00", "\u202e", "😀" * 3,
    "<!channel>", "<https://evil.example|click>", "&amp;&lt;", "x" * 5000, [], [1, "a"], {}, {"id": 5},
    {"type": "message"}, [{}], "1", "999999", "-5", "1e9", "0x10", "1|C1", "deal:1", "client:1", "NaN",
)  # fmt: skip
TEXTS = (
    "help", "please order more printer paper", "what's on my calendar today?", "book lunch tomorrow at noon",
    "where are we on the Jones closing?", "\ud800", "hi \udc00 there", "<!channel> <!here>", "",
    "send my agenda at 7:30", "\x00\x01", "order paper " * 300, "<@UJANE0001> help", "&lt;b&gt;",
)  # fmt: skip
FORM = "application/x-www-form-urlencoded"
# As a header carries them (latin-1): "²" passes str.isdigit(), "١٢٣" arrives as its UTF-8 bytes.
BAD_TIMESTAMPS = ("abc", "1.5e9", "0x10", "", " ", "+1", "²³", "١٢٣".encode().decode("latin-1"), "-1",
                  "99999999999999999999", "1e3", " 1800000000")  # fmt: skip


@dataclass(frozen=True)
class World:
    """Who may appear in a request and which records exist (ids as the buttons carry them)."""

    users: tuple[str, ...]  # every person Jane knows, plus strangers
    outsiders: tuple[str, ...]  # actors with no standing over anyone (a stranger, a VA with no clients)
    forged_actors: tuple[str, ...]  # outsiders, and people with no standing over `records`
    records: tuple[str, ...]  # values of buttons that name records (requests, proposals, deals …)
    response_url: str  # the fake Slack's response URL
    channels: tuple[str, ...] = ("C0QUEUE01", "C0GENERAL", "DUCLIENT01")


@dataclass(frozen=True)
class Case:
    """One generated request and what it is, for the failure message."""

    number: int
    what: str
    request: payloads.SlackRequest


class Hostile:
    def __init__(self, seed: int, world: World) -> None:
        self.random = random.Random(seed)
        self.world = world
        self._count = 0

    # --- batches ------------------------------------------------------------------------------------------

    def forged(self, count: int) -> list[Case]:
        """Well-formed, signed requests from actors who may not touch the records they name."""
        builders = (self._forged_click, self._forged_view, self._forged_command, self._stranger_message)
        return [self._case(self.random.choice(builders)) for _ in range(count)]

    def broken(self, count: int) -> list[Case]:
        """Signed requests of every kind, from anyone, with fields broken in every way."""
        return [self._case(self._broken) for _ in range(count)]

    def unsigned(self, count: int) -> list[Case]:
        """Requests that fail verification: no signature, a wrong one, a stale or malformed timestamp."""
        return [self._case(self._unsigned) for _ in range(count)]

    def _case(self, build: Callable[[], tuple[str, payloads.SlackRequest]]) -> Case:
        self._count += 1
        what, request = build()
        return Case(self._count, what, request)

    # --- forged actors ------------------------------------------------------------------------------------

    def _forged_click(self) -> tuple[str, payloads.SlackRequest]:
        actor, action = self._pick(self.world.forged_actors), self._pick(RECORD_ACTIONS)
        value = self._pick(self.world.records)
        click = payloads.block_actions(actor, action, value, channel=self._pick(self.world.channels))
        return f"forged click {action}={value} by {actor}", payloads.sign(click)

    def _forged_view(self) -> tuple[str, payloads.SlackRequest]:
        actor, view = self._pick(self.world.forged_actors), self._pick(VIEWS)
        record = self._pick(self.world.records)
        if view == deal_views.VIEW:
            metadata = self._pick((f"deal:{record}", f"client:{record}", record))
            values = {deal_views.STAGE: {deal_views.INPUT: self._select("closed_won")},
                      deal_views.NOTE: {deal_views.INPUT: payloads.text_input("forged")}}  # fmt: skip
        else:
            metadata = f"{record}|C0QUEUE01"
            values = {render.NOTE_BLOCK: {render.NOTE_INPUT: payloads.text_input("forged <!channel>")}}
        submission = payloads.view_submission(actor, view, values, private_metadata=metadata)
        return f"forged view {view} on {metadata} by {actor}", payloads.sign(submission)

    def _forged_command(self) -> tuple[str, payloads.SlackRequest]:
        # Only outsiders: a client's own `/phase 3` is a fair request, whoever else it names.
        actor, command = self._pick(self.world.outsiders), self._pick(COMMANDS)
        target = self._pick(self.world.users)
        text = self._pick(
            (
                f"<@{target}> 3",
                f"<@{target}|x> +ad_copy",
                f"<@{target}> 1",
                "3",
                f"new <@{target}> lead Forged",
                f"{self._pick(self.world.records)} closed_won",
            )
        )
        command_payload = payloads.slash_command(actor, command, text, response_url=self.world.response_url)
        return f"forged {command} {text!r} by {actor}", payloads.sign(command_payload)

    def _stranger_message(self) -> tuple[str, payloads.SlackRequest]:
        stranger = self.world.users[-1]
        event = payloads.message_event(stranger, self._pick(TEXTS))
        return f"message from stranger {stranger}", payloads.sign(event)

    # --- broken payloads ----------------------------------------------------------------------------------

    def _broken(self) -> tuple[str, payloads.SlackRequest]:
        kind, payload = self._any_payload()
        changes = [self._break(payload) for _ in range(self.random.choice((0, 1, 1, 2, 3)))]
        if self.random.random() < 0.08:
            return f"{kind} as raw bytes", self._raw(payload)
        return f"{kind}: {'; '.join(changes) or 'as is'}", _sign(payload)

    def _any_payload(self) -> tuple[str, dict[str, Any]]:
        users, pick = self.world.users, self._pick
        user = pick(users)
        kind = pick(("message", "mention", "event", "click", "view", "command", "retired", "type"))
        if kind == "message":
            extra = {"subtype": pick(SUBTYPES)} if self.random.random() < 0.3 else {}
            return kind, payloads.message_event(user, pick(TEXTS), **extra)
        if kind == "mention":
            return kind, payloads.app_mention(user, pick(TEXTS))
        if kind == "event":
            event_type = pick(EVENT_TYPES)
            return f"event {event_type}", payloads.event_callback(
                {"type": event_type, "user": user, "tab": "home"}
            )
        if kind == "click":
            action = pick(ACTIONS)
            return f"click {action}", payloads.block_actions(user, action, pick(self.world.records + TEXTS))
        if kind == "view":
            view = pick(VIEWS)
            values = {render.NOTE_BLOCK: {render.NOTE_INPUT: payloads.text_input(pick(TEXTS))},
                      deal_views.NAME: {deal_views.INPUT: payloads.text_input(pick(TEXTS))}}  # fmt: skip
            metadata = pick((f"{pick(self.world.records)}|C0QUEUE01", f"deal:{pick(self.world.records)}",
                             pick(TEXTS), "client:1"))  # fmt: skip
            return f"view {view}", payloads.view_submission(user, view, values, private_metadata=metadata)
        if kind == "command":
            command = pick((*COMMANDS, "/nope", ""))
            text = pick((*TEXTS, f"<@{pick(users)}> 2", "new <@UCLIENT03> lead \ud800 name"))
            return f"command {command}", payloads.slash_command(
                user, command, text, response_url=self._response_url()
            )
        if kind == "retired":
            return kind, {"type": "workflow_step_edit", "callback_id": "x", "trigger_id": "1.2.3",
                          "user": {"id": user}, "team": {"id": payloads.TEAM_ID}}  # fmt: skip
        payload = payloads.block_actions(user, pick(ACTIONS), "1")
        payload["type"] = pick(PAYLOAD_TYPES)
        return f"type {payload['type']!r}", payload

    def _response_url(self) -> str:
        return self._pick((self.world.response_url, "javascript:alert(1)", "ftp://hooks.slack.com/x",
                           "https://evil.example/hook", "http://hooks.slack.com/x", "", "not a url",
                           "https://hooks.slack.com.evil.example/x"))  # fmt: skip

    def _break(self, payload: dict[str, Any]) -> str:
        """Replace one field at any depth with an odd value, or remove it; says which."""
        paths = list(_paths(payload))
        if not paths:
            return "nothing to break"
        path = self._pick(paths)
        parent = payload
        for key in path[:-1]:
            parent = parent[key]
        if self.random.random() < 0.2 and isinstance(parent, dict):
            del parent[path[-1]]
            return f"removed {'.'.join(map(str, path))}"
        parent[path[-1]] = value = copy.deepcopy(self._pick(ODD_VALUES))
        return f"{'.'.join(map(str, path))} = {str(value)[:20]!r}"

    def _raw(self, payload: dict[str, Any]) -> payloads.SlackRequest:
        """The body cut short, in the wrong content type, or as form fields Slack never sends."""
        encoded = _sign(payload)
        body, content_type = encoded.body, encoded.headers["Content-Type"]
        pick = self.random.choice
        mangle = pick((
            lambda: (body[: self.random.randrange(len(body) + 1)], content_type),
            lambda: (body, "application/json" if "form" in content_type else FORM),
            lambda: (b"payload=" + quote(json.dumps(payload)).encode() + b"&payload=x", content_type),
            lambda: (b"text=%ED%A0%80%FF&command=%2Fphase&user_id=U1", FORM),
            lambda: (json.dumps(payload).encode("utf-8", "surrogatepass"), "application/json"),
            lambda: (urlencode({"payload": "null"}).encode(), content_type),
        ))  # fmt: skip
        raw, kind = mangle()
        return payloads.sign(raw, content_type=kind)

    # --- requests Slack did not sign ----------------------------------------------------------------------

    def _unsigned(self) -> tuple[str, payloads.SlackRequest]:
        kind, payload = self._any_payload()
        signed = _sign(payload)
        way = self._pick(("no headers", "wrong secret", "bad timestamp", "stale", "bad signature", "v1"))
        if way == "no headers":
            request = payloads.SlackRequest(signed.body, {"Content-Type": signed.headers["Content-Type"]})
        elif way == "wrong secret":
            request = _sign(payload, "not-the-signing-secret")
        elif way == "bad timestamp":
            stamp = self._pick(BAD_TIMESTAMPS)
            request = signed.with_headers(**{"X-Slack-Request-Timestamp": stamp})
            way = f"timestamp {stamp!r}"
        elif way == "stale":
            request = _sign(payload, timestamp=self.random.choice((0, 1, 1_500_000_000)))
        elif way == "bad signature":
            request = signed.with_headers(
                **{"X-Slack-Signature": self._pick(("", "v0=", "x" * 70, "v0=" + "g" * 64))}
            )
        else:
            request = signed.with_headers(
                **{"X-Slack-Signature": "v1" + signed.headers["X-Slack-Signature"][2:]}
            )
        return f"{kind}, {way}", request

    # --- helpers ------------------------------------------------------------------------------------------

    def _pick(self, options):
        return self.random.choice(options)

    @staticmethod
    def _select(value: str) -> dict[str, Any]:
        return {
            "type": "static_select",
            "selected_option": {"value": value, "text": {"type": "plain_text", "text": value}},
        }


def _sign(payload: dict[str, Any], *args: Any, **kwargs: Any) -> payloads.SlackRequest:
    """Signed as Slack sends it; form fields holding a lone surrogate go as the bytes UTF-8 cannot be."""
    try:
        return payloads.sign(payload, *args, **kwargs)
    except UnicodeEncodeError:
        body = urlencode({k: str(v) for k, v in payload.items()}, errors="surrogatepass").encode()
        return payloads.sign(body, *args, content_type=FORM, **kwargs)


def _paths(value: Any, path: tuple = ()) -> Iterator[tuple]:
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        yield path + (key,)
        yield from _paths(child, path + (key,))
