"""The App Home as plain data: a list of section builders, each answering "what should this person see?".

To add a section (an agenda, deals, …), write `def my_section(ctx) -> Section | None` and add it to
SECTIONS; a builder returns None when its section does not apply to the person. bot/home_view.py renders
the result to Block Kit, the console renders it as text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from handlers.calendar import home as calendar_home
from handlers.core import messages
from handlers.core.context import Context
from handlers.core.mrkdwn import quote
from handlers.core.reply import Button
from handlers.deals import home as deal_home
from handlers.phases import duties
from handlers.phases.commands import client_line, describe
from handlers.phases.trust import may_decide, proposal_buttons
from handlers.proactive import agenda_settings
from handlers.queue import requests as queue
from storage.models import Request
from storage.repositories import people, phases
from storage.repositories import requests as repo

MAX_ITEMS = 15  # per section: a Home view holds at most 100 blocks


@dataclass(frozen=True)
class Item:
    """One line of a section, with the buttons that act on it."""

    text: str
    buttons: tuple[Button, ...] = ()


@dataclass(frozen=True)
class Section:
    title: str
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Home:
    title: str
    sections: tuple[Section, ...]


Builder = Callable[[Context], Section | None]


def build(ctx: Context) -> Home:
    """The asker's Home: every section that applies to them, in SECTIONS order."""
    sections = tuple(section for builder in SECTIONS if (section := builder(ctx)) is not None)
    return Home(messages.HOME_TITLE.format(name=ctx.asker.label), sections)


def phase_section(ctx: Context) -> Section | None:
    if ctx.client is None:
        return None
    return Section(messages.HOME_PHASE_TITLE, (Item(describe(ctx, ctx.client).text),))


def duties_section(ctx: Context) -> Section | None:
    if ctx.client is None:
        return None
    granted = duties.granted_duties(ctx.client.phase, ctx.client.override_map)
    lines = [
        messages.HOME_DUTY_LINE.format(label=d.label, covers=d.covers) for d in map(duties.duty, granted)
    ]
    return Section(messages.HOME_DUTIES_TITLE, (Item("\n".join(lines) or messages.HOME_NO_DUTIES),))


def next_phase_section(ctx: Context) -> Section | None:
    """What the next phase adds, with the same "Ask my VA" button the gate offers."""
    profile = ctx.client
    if profile is None:
        return None
    if profile.phase >= max(duties.PHASES):
        return Section(messages.HOME_NEXT_TITLE, (Item(messages.HOME_NEXT_TOP),))
    reply = describe(ctx, profile)
    asks = tuple(b for b in reply.buttons if b.action == "phase.request")
    labels = ", ".join(d.label for d in duties.duties_of_phase(profile.phase + 1))
    text = messages.HOME_NEXT.format(phase_name=duties.PHASE_NAMES[profile.phase + 1], labels=labels)
    return Section(messages.HOME_NEXT_TITLE, (Item(text, asks),))


def decisions_section(ctx: Context) -> Section | None:
    """Phase proposals this person is the one to accept or decline."""
    served = [ctx.client] if ctx.client else []
    if ctx.asker.is_va or ctx.asker.is_admin:
        served += people.clients(ctx.session, None if ctx.asker.is_admin else ctx.asker)
    items = []
    for profile in {p.person_id: p for p in served}.values():
        for proposal in phases.open_proposals(ctx.session, profile):
            if may_decide(ctx.asker, proposal, profile):
                items.append(Item(_proposal_line(ctx, profile, proposal), proposal_buttons(proposal)))
    return Section(messages.HOME_DECIDE_TITLE, tuple(items)) if items else None


def requests_section(ctx: Context) -> Section | None:
    """A client's open requests, each with Cancel while nobody has picked it up."""
    if ctx.client is None:
        return None
    items = [
        Item(
            _request_line(ctx, r),
            (Button(messages.CANCEL, queue.CANCEL, str(r.id)),) if r.status == "queued" else (),
        )
        for r in repo.open_requests(ctx.session, ctx.asker)
    ]
    return Section(messages.HOME_REQUESTS_TITLE, _clip(items) or (Item(messages.HOME_REQUESTS_NONE),))


def clients_section(ctx: Context) -> Section | None:
    if not (ctx.asker.is_va or ctx.asker.is_admin):
        return None
    served = people.clients(ctx.session, None if ctx.asker.is_admin else ctx.asker)
    title = messages.HOME_CLIENTS_ALL_TITLE if ctx.asker.is_admin else messages.HOME_CLIENTS_TITLE
    lines = [client_line(profile, ctx.asker.is_admin) for profile in served]
    return Section(title, (Item("\n".join(lines) or messages.PHASE_NO_CLIENTS),))


def queue_section(ctx: Context) -> Section | None:
    """The open requests of the clients this VA serves (an admin: everyone's), with their card's buttons."""
    if not (ctx.asker.is_va or ctx.asker.is_admin):
        return None
    open_ = repo.open_served(ctx.session, ctx.asker)
    items = [Item(_queue_line(ctx, r), queue.card(r).buttons) for r in reversed(open_)]  # oldest first
    return Section(messages.HOME_QUEUE_TITLE, _clip(items) or (Item(messages.HOME_QUEUE_NONE),))


SECTIONS: list[Builder] = [
    phase_section,
    decisions_section,
    duties_section,
    next_phase_section,
    requests_section,
    agenda_settings.home_section,  # the morning agenda's time (Phase III)
    clients_section,
    queue_section,
    deal_home.home_section,  # open deals: a VA's clients' with Update buttons; a Phase III client's own
    calendar_home.home_section,  # Google Calendar: connected, or a Connect button (per-client sign-in)
]


def _proposal_line(ctx: Context, profile, proposal) -> str:
    name = duties.PHASE_NAMES[proposal.to_phase]
    if proposal.proposed_by_id == profile.person_id:
        return messages.HOME_DECIDE_VA.format(client=queue.mention(profile.person), phase_name=name)
    proposer = people.get(ctx.session, proposal.proposed_by_id) if proposal.proposed_by_id else None
    who = queue.mention(proposer) if proposer else messages.TASK_WHO_TEAM
    return messages.HOME_DECIDE_CLIENT.format(who=who, phase_name=name)


def _request_line(ctx: Context, request: Request) -> str:
    return messages.HOME_REQUEST_LINE.format(id=request.id, text=quote(request.text), **_state(ctx, request))


def _queue_line(ctx: Context, request: Request) -> str:
    label = duties.BY_ID[request.duty].label if request.duty in duties.BY_ID else request.duty
    words = {"client": queue.mention(request.client), "label": label, **_state(ctx, request)}
    return messages.HOME_QUEUE_LINE.format(id=request.id, text=quote(request.text), **words)


def _state(ctx: Context, request: Request) -> dict[str, str]:
    owner = queue.mention(request.owner) if request.owner else messages.SOMEONE
    due = ""
    if request.due_at:
        due = messages.TASK_DUE.format(when=queue.when(request.due_at, request.due_all_day, ctx.zone))
    return {"state": messages.STATUS_STATE[request.status].format(owner=owner), "due": due}


def _clip(items: list[Item]) -> tuple[Item, ...]:
    if len(items) <= MAX_ITEMS:
        return tuple(items)
    return (*items[:MAX_ITEMS], Item(messages.HOME_MORE.format(count=len(items) - MAX_ITEMS)))
