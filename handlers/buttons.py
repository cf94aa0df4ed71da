"""Every button Jane shows, by capability: the one list that Slack's listeners and the console both read."""

from __future__ import annotations

from handlers.calendar import buttons as calendar
from handlers.core.buttons import ButtonAction
from handlers.deals import buttons as deals
from handlers.people import buttons as people
from handlers.phases import buttons as phases
from handlers.proactive import buttons as proactive
from handlers.queue import buttons as queue
from handlers.reminders import buttons as reminders

BUTTONS: tuple[ButtonAction, ...] = (
    *queue.BUTTONS,
    *calendar.BUTTONS,
    *phases.BUTTONS,
    *proactive.BUTTONS,
    *deals.BUTTONS,
    *people.BUTTONS,
    *reminders.BUTTONS,
)
BY_ACTION = {button.action: button for button in BUTTONS}
