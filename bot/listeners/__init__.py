"""Every Slack listener Jane registers, in one visible list (one `register(app)` per module)."""

from __future__ import annotations

import re

from slack_bolt import App

from bot.listeners import agenda, calendar, confirmations, deals, home, messages, phase, requests


def register_listeners(app: App) -> None:
    messages.register(app)  # direct messages and mentions → the conversation
    requests.register(app)  # the request queue: Claim / Release / Done (+ modal) / Cancel / Pass it on
    confirmations.register(app)  # the appointment checklist's Confirmed buttons (Phase II)
    agenda.register(app)  # the morning agenda's App Home buttons (Phase III)
    phase.register(app)  # /phase, "Ask my VA about Phase N", Accept / Decline
    home.register(app)  # App Home: publish on app_home_opened
    calendar.register(app)  # booking drafts: Confirm / Reject; the Connect Google Calendar link
    deals.register(app)  # /deal and its modal, the App Home's Update / New deal, "which deal?" buttons
    # A new listener module adds one line above this comment.
    _acknowledge_other_events(app)  # keep last: it matches every event


def _acknowledge_other_events(app: App) -> None:
    """Ack events nobody listens to, so Slack neither retries them nor counts them as failures."""

    @app.event(re.compile(".*"))
    def ignore_event():
        pass
