"""What Jane says on her own initiative: appointment checklists, their confirmation, and nudges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.core import messages as say
from handlers.core.context import Context
from handlers.core.mrkdwn import escape, quote
from handlers.core.reply import Button, Reply
from handlers.core.timefmt import plain_time, zone_of
from handlers.phases.duties import BY_ID
from handlers.queue.requests import CARD_SNIPPET, CLAIM, phrase, when
from storage.models import AppointmentCheck, ClientProfile, Deal, Person, Request
from storage.repositories import checks, people

CONFIRM_ACTION = "appointment.confirm"


def clock(moment: datetime, zone: ZoneInfo) -> str:
    """'9:30 AM' in the client's zone: a checklist is about the client's day, wherever the VA is."""
    return plain_time(moment.astimezone(zone))


def day_label(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


# --- appointment confirmations (Phase II) -------------------------------------------------------------


def checklist(client: Person, day: date, listed: Sequence[AppointmentCheck]) -> Reply:
    """The VA's checklist: one line per appointment, one Confirmed button per unconfirmed one."""
    tz = zone_of(client)
    lines, buttons = [], []
    for check in listed:
        when = _when(check, tz)
        where = say.CHECKLIST_WHERE.format(where=escape(check.location)) if check.location else ""
        if check.confirmed_at is not None:
            who = escape(check.confirmed_by.label) if check.confirmed_by else say.SOMEONE
            lines.append(say.CHECKLIST_LINE_DONE.format(when=when, title=escape(check.title), who=who))
        else:
            lines.append(say.CHECKLIST_LINE.format(when=when, title=escape(check.title), where=where))
            label = say.CHECKLIST_BUTTON.format(when=when, title=check.title)
            buttons.append(Button(label, CONFIRM_ACTION, str(check.id), "primary"))
    footnote = say.CHECKLIST_HINT.format(client=client.user_id) if buttons else say.CHECKLIST_ALL_DONE
    headline = say.CHECKLIST_HEADLINE.format(client=client.user_id, day=day_label(day))
    return Reply(headline, sections=("\n".join(lines),), buttons=tuple(buttons), footnote=footnote)


@dataclass(frozen=True)
class Confirmation:
    """The outcome of a Confirmed click: the refreshed checklist, or a refusal; and what the client hears."""

    card: Reply | None
    refusal: Reply | None = None
    client: Person | None = None
    client_note: Reply | None = None


def confirm(ctx: Context, check_id: int) -> Confirmation:
    """The VA confirms one appointment; the first click wins and only the client's VA (or an admin) may."""
    check = ctx.session.get(AppointmentCheck, check_id)
    profile = ctx.session.get(ClientProfile, check.client_id) if check else None
    if check is None or profile is None:
        return Confirmation(None, Reply(say.CHECK_GONE, ephemeral=True))
    client = profile.person
    if not people.serves(ctx.asker, profile):
        return Confirmation(None, Reply(say.CHECK_NOT_YOURS.format(client=client.user_id), ephemeral=True))
    moved = checks.confirm(ctx.session, check.id, ctx.asker, ctx.now)
    card = checklist(client, check.day, checks.of_day(ctx.session, client.id, check.day))
    if not moved:
        who = escape(check.confirmed_by.label) if check.confirmed_by else say.SOMEONE
        return Confirmation(card, Reply(say.CHECK_ALREADY.format(who=who), ephemeral=True))
    note = say.CLIENT_CONFIRMED.format(
        va=escape(ctx.asker.label),
        title=escape(check.title),
        day=day_label(check.day),
        when=_when(check, zone_of(client)),
    )
    return Confirmation(card, None, client, Reply(note))


def _when(check: AppointmentCheck, tz: ZoneInfo) -> str:
    return clock(check.starts_at, tz) if check.starts_at else say.CHECKLIST_ALL_DAY


# --- nudges -------------------------------------------------------------------------------------------


def duty_label(duty_id: str) -> str:
    return BY_ID[duty_id].label if duty_id in BY_ID else duty_id


def ago(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    if minutes < 120:
        return say.AGO_MINUTES.format(n=minutes)
    if minutes < 48 * 60:
        return say.AGO_HOURS.format(n=minutes // 60)
    return say.AGO_DAYS.format(n=minutes // (24 * 60))


def unclaimed(request: Request, now: datetime, *, can_claim: bool) -> Reply:
    text = say.NUDGE_UNCLAIMED.format(
        client=request.client.user_id, ago=ago(now - request.created_at), label=duty_label(request.duty)
    )
    words = say.TASK_YOUR_WORDS.format(text=quote(request.text, CARD_SNIPPET))
    claim = (Button(say.CLAIM, CLAIM, str(request.id), "primary"),) if can_claim else ()
    return Reply(text, sections=(words,), buttons=claim)


def due_label(request: Request) -> str:
    """The due date of an overdue request (only a request with a due date is overdue)."""
    assert request.due_at is not None, "only a request with a due date is overdue"
    return when(request.due_at, request.due_all_day, zone_of(request.client))


def overdue_for_va(request: Request) -> Reply:
    text = say.NUDGE_OVERDUE_VA.format(
        client=request.client.user_id, label=duty_label(request.duty), due=due_label(request)
    )
    return Reply(text, sections=(say.TASK_YOUR_WORDS.format(text=quote(request.text, CARD_SNIPPET)),))


def overdue_for_client(request: Request) -> Reply:
    what, due = phrase(request.duty), due_label(request)
    if request.owner is not None:
        text = say.NUDGE_OVERDUE_CLIENT_OWNED.format(phrase=what, due=due, owner=escape(request.owner.label))
    else:
        text = say.NUDGE_OVERDUE_CLIENT_UNOWNED.format(phrase=what, due=due)
    return Reply(text)


def stale_deal(deal: Deal, client: Person, days: int, stage: str) -> Reply:
    return Reply(
        say.NUDGE_STALE_DEAL.format(client=client.user_id, deal=escape(deal.name), stage=stage, days=days)
    )
