"""The App Home: every capability's sections, in the order a person reads them.

To add a section, write `def my_section(ctx) -> Section | None` in the capability's `home.py` (None when
it does not apply to the person) and list it in SECTIONS. bot/slack/home_view.py renders the result to
Block Kit; the console renders it as text.
"""

from __future__ import annotations

from handlers.calendar import home as calendar_home
from handlers.core import messages
from handlers.core.context import Context
from handlers.core.home import Builder, Home
from handlers.deals import home as deals_home
from handlers.hours import home as hours_home
from handlers.people import home as people_home
from handlers.phases import home as phases_home
from handlers.proactive import agenda_settings, review_settings
from handlers.queue import home as queue_home
from handlers.reminders import home as reminders_home

SECTIONS: list[Builder] = [
    phases_home.phase_section,
    phases_home.decisions_section,
    phases_home.duties_section,
    phases_home.next_phase_section,
    queue_home.requests_section,
    reminders_home.home_section,  # what Jane will remind the person of, with Cancel
    agenda_settings.home_section,  # the morning agenda's time (Phase III)
    review_settings.home_section,  # the weekly review's day and time (every client)
    hours_home.home_section,  # hours this month: a client's, a VA's by client, an admin's all
    phases_home.clients_section,
    queue_home.queue_section,
    deals_home.home_section,  # open deals: a VA's clients' with Update buttons; a Phase III client's own
    calendar_home.home_section,  # Google Calendar: connected, or a Connect button (per-client sign-in)
    people_home.people_section,  # an admin's: every client and VA, with Add and Change
]


def build(ctx: Context) -> Home:
    """The asker's Home: every section that applies to them, in SECTIONS order."""
    sections = tuple(section for builder in SECTIONS if (section := builder(ctx)) is not None)
    return Home(messages.HOME_TITLE.format(name=ctx.asker.label), sections)
