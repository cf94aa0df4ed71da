"""The App Home in Block Kit: handlers.home's plain sections → a `views.publish` view.

`home_views(settings, clock)` is what the composition root hands the outbox sender: it builds someone's
Home when the row is sent, from the database as it is then, never from a stale snapshot.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.slack.render import clip
from handlers import home
from handlers.core.context import Context, Settings, Thread
from handlers.core.home import Home, Item
from handlers.core.reply import Button, Reply
from integrations.calendar import CalendarGateway
from storage.models import ClientProfile, Person, Request

MAX_BLOCKS = 100  # Slack's limit for a Home view
TEXT_LIMIT = 3000
HEADER_LIMIT = 150
LABEL_LIMIT = 75
MAX_BUTTONS = 25  # per actions block


HomeView = Callable[[Session, Person], dict[str, Any]]


def home_views(settings: Settings | None, clock: Callable[[], datetime]) -> HomeView:
    """The deployment's Home builder: its settings (pipeline, Google sign-in) and its clock, bound once."""

    def build(session: Session, person: Person) -> dict[str, Any]:
        return home_view(session, person, settings, clock())

    return build


def home_view(session: Session, person: Person, settings: Settings | None, now: datetime) -> dict[str, Any]:
    """The person's Home view at `now`, built from the database."""
    ctx = Context(session, person, now, _Silent(), _no_calendar, Thread(), settings)
    return view(home.build(ctx))


def view(built: Home) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = [_header(built.title)]
    for section in built.sections:
        section_blocks = [{"type": "divider"}, _header(section.title)]
        for item in section.items:
            section_blocks += _item(item)
        if len(blocks) + len(section_blocks) > MAX_BLOCKS:
            break  # drop whole sections rather than cut one in the middle
        blocks += section_blocks
    _number_actions(blocks)
    return {"type": "home", "blocks": blocks}


def _item(item: Item) -> list[dict[str, Any]]:
    actions = {"type": "actions", "elements": [_button(b) for b in item.buttons[:MAX_BUTTONS]]}
    if not item.text.strip():  # Slack refuses a section without text: a row of buttons only
        return [actions] if item.buttons else []
    text = {"type": "section", "text": {"type": "mrkdwn", "text": clip(item.text, TEXT_LIMIT)}}
    if len(item.buttons) == 1:
        return [{**text, "accessory": _button(item.buttons[0])}]
    return [text, actions] if item.buttons else [text]


def _button(button: Button) -> dict[str, Any]:
    element: dict[str, Any] = {
        "type": "button",
        "text": {"type": "plain_text", "text": clip(button.label, LABEL_LIMIT), "emoji": True},
        "action_id": button.action,
        "value": button.value,
    }
    if button.style in ("primary", "danger"):
        element["style"] = button.style
    return element


def _number_actions(blocks: list[dict[str, Any]]) -> None:
    """Repeated action ids get the `#n` suffix bot.slack.render adds, so every listener pattern matches."""
    seen: dict[str, int] = {}
    elements = [b["accessory"] for b in blocks if "accessory" in b]
    elements += [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    for element in elements:
        seen[element["action_id"]] = count = seen.get(element["action_id"], 0) + 1
        if count > 1:
            element["action_id"] = f"{element['action_id']}#{count}"


def _header(text: str) -> dict[str, Any]:
    plain = text.replace("*", "")  # a header is plain text: mrkdwn bold would show as asterisks
    return {
        "type": "header",
        "text": {"type": "plain_text", "text": clip(plain, HEADER_LIMIT), "emoji": True},
    }


class _Silent:
    """Building a view tells nobody anything; a section that tried would be a bug, so it is ignored."""

    def tell(
        self,
        person: Person,
        reply: Reply,
        *,
        key: str,
        request: Request | None = None,
        not_before: datetime | None = None,
    ) -> None:
        pass

    def post(self, thread: Thread, reply: Reply, *, key: str) -> None:
        pass

    def update(self, channel: str, ts: str, reply: Reply, *, key: str) -> None:
        pass

    def remembered(self, thread: Thread) -> dict[str, Any] | None:
        return None

    def post_card(self, request: Request, reply: Reply) -> None:
        pass

    def update_card(self, request: Request, reply: Reply) -> None:
        pass

    def refresh_home(self, person: Person) -> None:
        pass


def _no_calendar(profile: ClientProfile) -> CalendarGateway:
    """Sections say whether a calendar is connected from the database; none may call Google per render."""
    from integrations.calendar import CalendarNotConnected

    raise CalendarNotConnected("No calendar is connected here.")
