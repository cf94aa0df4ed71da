"""Every Slack listener Jane registers, in one visible list (one `register(app)` per module)."""

from __future__ import annotations

import re

from slack_bolt import App

from bot.listeners import buttons, calendar, deals, home, messages, people, phase


def register_listeners(app: App) -> None:
    messages.register(app)  # direct messages and mentions → the conversation
    buttons.register(app)  # every button in handlers/buttons.py (and the note modals of Done and Reject)
    phase.register(app)  # /phase
    home.register(app)  # App Home: publish on app_home_opened
    calendar.register(app)  # the Connect Google Calendar link button (a URL: ack only)
    deals.register(app)  # /deal and the deal form, opened by /deal and the App Home's Update / New deal
    people.register(app)  # the people form (admins add and change people); user_change keeps profiles current
    # A new listener module adds one line above this comment.
    _acknowledge_other_events(app)  # keep last: it matches every event


def _acknowledge_other_events(app: App) -> None:
    """Ack events nobody listens to, so Slack neither retries them nor counts them as failures."""

    @app.event(re.compile(".*"))
    def ignore_event():
        pass
