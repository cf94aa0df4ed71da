"""How deals read to people: amounts, spans of time, stage names, one-line summaries and history lines."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from handlers.core import messages
from handlers.core.mrkdwn import escape, mention
from handlers.core.timefmt import short_day
from handlers.deals.stages import Pipeline
from storage.models import Deal, DealChange, Person

DAYS_BEFORE_MONTHS = 60  # "45 days" reads better than "1 month"; "3 months" better than "95 days"


def money(amount: Decimal | str | None) -> str:
    """An amount as currency: "$412,000", or "$412,000.50" when there are cents."""
    try:
        value = Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return str(amount)
    shown = f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,.2f}"
    return messages.DEAL_AMOUNT_FORMAT.format(amount=shown)


def span(delta: timedelta) -> str:
    """How long something has lasted, in the unit people would use: "5 hours", "12 days", "3 months"."""
    hours, days = int(delta.total_seconds() // 3600), delta.days
    if hours < 1:
        return messages.DEAL_SPANS["moments"]
    if days < 1:
        unit, n = "hours", hours
    elif days < DAYS_BEFORE_MONTHS:
        unit, n = "days", days
    else:
        unit, n = "months", days // 30
    return messages.DEAL_SPANS[unit].format(n=n, s="" if n == 1 else "s")


def plural(count: int) -> str:
    return "" if count == 1 else "s"


def deal_name(deal: Deal) -> str:
    """A deal's name as typed by a VA or admin, quoted into mrkdwn (never a live mention or link)."""
    return escape(deal.name)


def mention_or_someone(person: Person | None) -> str:
    return mention(person) if person is not None else messages.DEAL_HISTORY_SOMEONE


def is_closed(deal: Deal, pipe: Pipeline) -> bool:
    return deal.stage in pipe.closed_ids


def details(deal: Deal, pipe: Pipeline, zone: ZoneInfo, *, stage: bool = True) -> str:
    """The deal's stage, amount and expected close on one line: "Offer · $534,000 · closes Wed, Dec 16".

    A closed deal says when it closed (its stage change), whatever its expected close date said.
    """
    parts = [pipe.label(deal.stage)] if stage else []
    if deal.amount is not None:
        parts.append(money(deal.amount))
    if is_closed(deal, pipe):
        closed_on = deal.stage_changed_at.astimezone(zone).date()
        parts.append(messages.DEAL_CLOSED_ON.format(day=short_day(closed_on, zone)))
    elif deal.close_date is not None:
        parts.append(messages.DEAL_CLOSES.format(day=short_day(deal.close_date, zone)))
    return " · ".join(parts)


def history_line(change: DealChange, pipe: Pipeline, zone: ZoneInfo) -> str:
    """One change as a bullet: "• Mon, Nov 23 — <@U…>: Offer → Under contract — “Signed Friday”"."""
    note = messages.DEAL_HISTORY_NOTE.format(note=escape(change.note)) if change.note else ""
    day = short_day(change.at.astimezone(zone).date(), zone)
    text = change_text(change, pipe, zone)
    who = mention_or_someone(change.actor)
    return messages.DEAL_HISTORY_LINE.format(day=day, who=who, change=text, note=note)


def change_text(change: DealChange, pipe: Pipeline, zone: ZoneInfo) -> str:
    """What changed, in words: "Offer → Under contract", "next step: Call the lender"."""
    field = "opened" if change.field == "stage" and change.from_value is None else change.field
    template = messages.DEAL_CHANGES.get(field, field + ": {new}")
    old, new = (_value(change.field, value, pipe, zone) for value in (change.from_value, change.to_value))
    return template.format(old=old, new=new)


def _value(field: str, value: str | None, pipe: Pipeline, zone: ZoneInfo) -> str:
    """A stored history value (text) as people read it: stage labels, dates, currency."""
    if value is None:
        return messages.DEAL_NOTHING
    if field == "stage":
        return pipe.label(value)
    if field == "amount":
        return escape(money(value))  # stored as text: what does not read as a number is shown as it is
    if field == "close_date":
        return short_day(date.fromisoformat(value), zone)
    return escape(value)  # a name, next step or note, as typed


def since(moment: datetime, now: datetime) -> str:
    return span(max(now - moment, timedelta(0)))
