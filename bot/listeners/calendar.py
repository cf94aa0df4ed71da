"""The "Connect Google Calendar" link button: the browser opens the page, and Slack still reports the
click, which needs only an ack. (The calendar's other buttons are in handlers/calendar/buttons.py.)
"""

from __future__ import annotations

from slack_bolt import App

from bot.slack import render
from handlers.calendar.problems import CONNECT


def register(app: App) -> None:
    app.action(render.action_pattern(CONNECT))(on_connect)


def on_connect(ack) -> None:
    ack()
