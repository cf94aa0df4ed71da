"""The reminders' one button: Cancel, on the confirmation, in a list of reminders and in the App Home."""

from __future__ import annotations

from handlers.core import messages
from handlers.core.buttons import ButtonAction, on_record
from handlers.reminders import requests

BUTTONS = (
    ButtonAction(
        requests.CANCEL,
        "/unremind",
        on_record(lambda ctx, reminder, _: requests.cancel(ctx, reminder), messages.REMINDER_GONE),
        numbers="the number is on the reminder's Cancel button",
    ),
)
