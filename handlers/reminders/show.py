"""How a reminder reads: its moment in the person's zone, its label, its line in a list, its topic."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from handlers.core import messages as say
from handlers.core.mrkdwn import escape, quote
from handlers.core.timefmt import clock, day_name
from storage.models import Reminder

LINE_LIMIT = 80  # characters of a title in a list line or a button


def moment(at: datetime, zone: ZoneInfo, now: datetime) -> str:
    """ "today at 4:00 PM", "tomorrow at 9:00 AM", "Friday, November 27 at 9:00 AM"."""
    local = at.astimezone(zone)
    return f"{day_name(local.date(), zone, now.astimezone(zone).date())} at {clock(local, zone)}"


def label(reminder: Reminder, zone: ZoneInfo, now: datetime) -> str:
    when = moment(reminder.due_at, zone, now)
    if not reminder.title:
        return say.REMINDER_LABEL_UNTITLED.format(when=when)
    return say.REMINDER_LABEL.format(title=quote(reminder.title, LINE_LIMIT), when=when)


def line(reminder: Reminder, zone: ZoneInfo, now: datetime) -> str:
    when = moment(reminder.due_at, zone, now)
    if not reminder.title:
        return say.REMINDER_LINE_UNTITLED.format(when=when)
    return say.REMINDER_LINE.format(when=when, title=quote(reminder.title, LINE_LIMIT))


def title(reminder: Reminder) -> str:
    return escape(reminder.title)


def topic(reminder: Reminder, zone: ZoneInfo) -> dict[str, Any]:
    """The conversation topic a reminder leaves behind, for "make it 5" or "cancel that" next."""
    return {"id": reminder.id, "due": reminder.due_at.astimezone(zone).isoformat(), "title": reminder.title}
