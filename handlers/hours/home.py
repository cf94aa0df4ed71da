"""The hours section of the App Home: a client's hours this month, a VA's by client, an admin's all."""

from __future__ import annotations

from collections import defaultdict

from handlers.core import duration
from handlers.core import messages as say
from handlers.core.context import Context
from handlers.core.home import Item, Section, clipped
from handlers.core.mrkdwn import mention
from handlers.hours.report import Line, clients_of, month_of, totals


def home_section(ctx: Context) -> Section | None:
    """This month's hours (the asker's month, counted in each client's zone); None for nobody's."""
    asker = ctx.asker
    if not (asker.is_admin or asker.is_va or asker.client is not None):
        return None
    days = month_of(ctx.now, asker)
    month = days.label()
    if asker.is_admin or asker.is_va:
        lines = totals(ctx.session, days, clients_of(ctx.session, asker), None if asker.is_admin else asker)
        return Section(say.HOURS_HOME_TITLE, _served(lines, month, show_people=asker.is_admin))
    lines = totals(ctx.session, days, clients_of(ctx.session, asker))
    if not lines:
        return Section(say.HOURS_HOME_TITLE, (Item(say.HOURS_HOME_NONE.format(month=month)),))
    text = say.HOURS_HOME_CLIENT.format(month=month, spent=_sum(lines), by=_by_person(lines))
    return Section(say.HOURS_HOME_TITLE, (Item(text),))


def _served(lines: list[Line], month: str, *, show_people: bool) -> tuple[Item, ...]:
    """One line per client; an admin also sees who spent it."""
    if not lines:
        return (Item(say.HOURS_HOME_NONE.format(month=month)),)
    by_client: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        by_client[line.client.id].append(line)
    items = [
        Item(
            say.HOURS_HOME_ADMIN_LINE.format(
                client=mention(group[0].client),
                spent=_sum(group),
                by=_by_person(group) if show_people else "",
            )
        )
        for group in by_client.values()
    ]
    head = Item(say.HOURS_HOME_VA.format(month=month, spent=_sum(lines), by=""))
    return (head, *clipped(items))


def _sum(lines: list[Line]) -> str:
    return duration.show(sum(line.minutes for line in lines))


def _by_person(lines: list[Line]) -> str:
    minutes: dict[str, int] = defaultdict(int)
    for line in lines:
        minutes[mention(line.person) if line.person else say.SOMEONE] += line.minutes
    people = ", ".join(
        say.HOURS_HOME_PERSON.format(who=who, spent=duration.show(m)) for who, m in minutes.items()
    )
    return say.HOURS_HOME_BY.format(people=people)
