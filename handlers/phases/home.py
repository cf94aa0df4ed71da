"""The phase sections of the App Home: a client's phase, duties and next phase; proposals to decide;
a VA's or admin's clients."""

from __future__ import annotations

from handlers.core import messages
from handlers.core.context import Context
from handlers.core.home import Item, Section
from handlers.core.mrkdwn import mention
from handlers.phases import duties
from handlers.phases.commands import client_line, describe
from handlers.phases.trust import may_decide, proposal_buttons
from storage.models import ClientProfile, PhaseChange
from storage.repositories import people, phases


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
    profiles = {p.person_id: p for p in served}
    proposals = phases.open_proposals_of(ctx.session, profiles)
    items = []
    for profile in profiles.values():
        for proposal in proposals.get(profile.person_id, ()):
            if may_decide(ctx.asker, proposal, profile):
                items.append(Item(_proposal_line(ctx, profile, proposal), proposal_buttons(proposal)))
    return Section(messages.HOME_DECIDE_TITLE, tuple(items)) if items else None


def clients_section(ctx: Context) -> Section | None:
    if not (ctx.asker.is_va or ctx.asker.is_admin):
        return None
    served = people.clients(ctx.session, None if ctx.asker.is_admin else ctx.asker)
    title = messages.HOME_CLIENTS_ALL_TITLE if ctx.asker.is_admin else messages.HOME_CLIENTS_TITLE
    lines = [client_line(profile, ctx.asker.is_admin) for profile in served]
    return Section(title, (Item("\n".join(lines) or messages.PHASE_NO_CLIENTS),))


def _proposal_line(ctx: Context, profile: ClientProfile, proposal: PhaseChange) -> str:
    assert proposal.to_phase is not None, "an open proposal names the phase it proposes"
    name = duties.PHASE_NAMES[proposal.to_phase]
    if proposal.proposed_by_id == profile.person_id:
        return messages.HOME_DECIDE_VA.format(client=mention(profile.person), phase_name=name)
    proposer = people.get(ctx.session, proposal.proposed_by_id) if proposal.proposed_by_id else None
    who = mention(proposer) if proposer else messages.TASK_WHO_TEAM
    return messages.HOME_DECIDE_CLIENT.format(who=who, phase_name=name)
