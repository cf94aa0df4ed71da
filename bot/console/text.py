"""The console's renderer: Reply values, the App Home and outbox rows as terminal text.

Slack markup becomes plain text: `<@U…>` → @name, date tokens → their fallback, `<url|label>` → label,
*bold* → bold. A button becomes the console command that does what clicking it would (a link button, its
link).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping

from handlers.buttons import BY_ACTION
from handlers.core.buttons import base_action
from handlers.core.home import Home
from handlers.core.mrkdwn import MENTION
from handlers.core.reply import Button, Reply
from handlers.core.timefmt import plain_dates
from storage.models import OutboxMessage

INDENT = "    "
_LINK = re.compile(r"<(?!@|!)[^<>|]+\|([^<>]+)>")
_BARE_LINK = re.compile(r"<((?:https?|mailto):[^<>|]+)>")
_BOLD = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")


def plain(text: str, names: Mapping[str, str]) -> str:
    """Slack mrkdwn → terminal text."""
    text = MENTION.sub(lambda m: "@" + names.get(m.group(1), m.group(1)), plain_dates(text))
    text = _BARE_LINK.sub(r"\1", _LINK.sub(r"\1", text))
    return html.unescape(_BOLD.sub(r"\1", text))


def button_hint(button: Button) -> str:
    """The console command that does what clicking the button would (every button has one, but the App
    Home's "Connect Google Calendar": the console never sets up Google sign-in, so it never shows it)."""
    known = BY_ACTION.get(base_action(button.action))
    command = known.command if known else None
    if button.url or command is None:
        return f"[{button.label}: {button.url}]" if button.url else f"[{button.label}]"
    return f"[{button.label}: {command} {button.value or ''}]".replace(" ]", "]")


def reply_text(reply: Reply, names: Mapping[str, str]) -> str:
    parts = [reply.text, *reply.sections]
    if reply.buttons:
        parts.append(" ".join(button_hint(b) for b in reply.buttons))
    if reply.footnote:
        parts.append(reply.footnote)
    return "\n".join(plain(part, names) for part in parts if part)


def home_text(home: Home, names: Mapping[str, str]) -> str:
    lines = [plain(home.title, names)]
    for section in home.sections:
        lines += ["", f"== {plain(section.title, names)} =="]
        for item in section.items:
            hints = " ".join(button_hint(b) for b in item.buttons)
            lines += [line for line in (plain(item.text, names), hints) if line]
    return "\n".join(lines)


def outbox_lines(rows: Iterable[OutboxMessage], names: Mapping[str, str]) -> list[str]:
    """What Jane sent to other people, as indented "→ to @name: …" lines (buttons as commands)."""
    lines = []
    for row in rows:
        payload = row.payload
        channel = str(payload.get("channel") or payload.get("user_id") or "")
        who = "@" + names[channel] if channel in names else channel or "someone"
        if "_card" in payload:
            what = "updated card" if row.revision else "card"
        else:
            what = "updated message" if row.method == "chat.update" else ""
        text = plain(str(payload.get("text") or ""), names)
        hints = " ".join(button_hint(b) for b in _buttons(payload.get("blocks")))
        body = "\n".join(part for part in (text, hints) if part)
        head = f"{INDENT}→ to {who}{f' ({what})' if what else ''}: "
        lines.append(head + body.replace("\n", "\n" + " " * len(head)))
    return lines


def _buttons(blocks) -> list[Button]:
    found = []
    for block in blocks or ():
        elements = (
            block.get("elements", []) if block.get("type") == "actions" else [block.get("accessory") or {}]
        )
        for element in elements:
            if element.get("type") == "button":
                label, action = element["text"]["text"], element["action_id"]
                found.append(Button(label, action, element.get("value", ""), url=element.get("url")))
    return found
