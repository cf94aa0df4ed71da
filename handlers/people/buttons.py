"""The people buttons: the stranger notice's "Add as client" / "Add as VA" and the App Home's Add and
Change. Each opens the people form in Slack (bot/listeners/people.py builds it); the console types
`/person` instead."""

from __future__ import annotations

from handlers.core.buttons import ButtonAction

ADD = "people.add"  # value: "client:U…" or "va:U…" from the stranger notice; empty from the App Home
EDIT = "people.edit"  # value: the person's user id

BUTTONS = (
    ButtonAction(ADD, "/person", None),
    ButtonAction(EDIT, "/person", None),
)
