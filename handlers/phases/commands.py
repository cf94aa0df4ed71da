"""`/phase`: show a phase and its duties, or change a client's phase or one duty (ARCHITECTURE.md, Phase
changes).

Whether a change applies at once or becomes a proposal for the other side is decided in handlers.phases.trust.
"""

from __future__ import annotations

from collections.abc import Sequence

from handlers.core import messages
from handlers.core.context import Context
from handlers.core.mrkdwn import mention
from handlers.core.reply import Button, Reply, record_id
from handlers.phases import duties, trust
from handlers.phases.arguments import PHASES, BadArgs, PhaseArgs, parse_args
from storage.models import ClientProfile, PhaseChange
from storage.repositories import people, phases

REQUEST = "phase.request"  # the gate's "Ask my VA about Phase N" (value: the phase number)


def command(ctx: Context, text: str) -> Reply:
    """Answer `/phase …` for whoever typed it."""
    try:
        args = parse_args(text)
    except BadArgs as error:
        return Reply(str(error), ephemeral=True)
    if not args.is_change:
        return show(ctx) if args.user_id is None else Reply(messages.PHASE_USAGE, ephemeral=True)
    profile = _target(ctx, args)
    if isinstance(profile, Reply):
        return profile
    return trust.change(ctx, profile, trust.Change(args.phase, args.duty, args.granted))


def request(ctx: Context, value: str) -> Reply:
    """A client's "Ask my VA about Phase N": the same as their `/phase N`, a raise their VA must accept."""
    if ctx.client is None:
        return Reply(messages.PHASE_ONLY_CLIENTS, ephemeral=True)
    phase = PHASES.get((value or "").strip())
    if phase is None:
        return Reply(messages.PHASE_BAD_PHASE, ephemeral=True)
    if phase <= ctx.client.phase:  # an old button must never lower a phase that has risen since
        return Reply(
            messages.PHASE_ALREADY["you"].format(roman=trust.roman(ctx.client.phase)), ephemeral=True
        )
    return trust.change(ctx, ctx.client, trust.Change(phase=phase))


def decide(ctx: Context, value: str, accept: bool) -> Reply:
    """Accept / Decline: the button carries only the proposal id."""
    proposal_id = record_id(value)
    if proposal_id is None:
        return Reply(messages.PHASE_PROPOSAL_GONE, ephemeral=True)
    return trust.decide(ctx, proposal_id, accept)


def show(ctx: Context) -> Reply:
    """The asker's own phase, duties and VA (clients); the clients they serve (VAs and admins)."""
    parts: list[Reply] = []
    if ctx.client is not None:
        parts.append(describe(ctx, ctx.client))
    if ctx.asker.is_va or ctx.asker.is_admin:
        parts.append(_clients(ctx))
    if not parts:
        return Reply(messages.PHASE_NOBODY, ephemeral=True)
    first, rest = parts[0], parts[1:]
    sections = first.sections + tuple(s for r in rest for s in (r.text, *r.sections))
    return Reply(first.text, sections=sections, buttons=first.buttons, ephemeral=True)


def describe(ctx: Context, profile: ClientProfile) -> Reply:
    """A client's phase, VA, duties, what the next phase adds, and any proposal waiting for an answer."""
    overrides = profile.override_map
    granted = duties.granted_duties(profile.phase, overrides)
    va = messages.PHASE_YOUR_VA.format(va=mention(profile.va)) if profile.va else messages.PHASE_NO_VA
    headline = f"{messages.PHASE_YOURS.format(phase_name=duties.PHASE_NAMES[profile.phase])} {va}"
    lines = [
        messages.PHASE_DUTY_LINE.format(label=d.label, covers=d.covers) for d in map(duties.duty, granted)
    ]
    sections = [messages.PHASE_DUTIES.format(lines="\n".join(lines))] if lines else []
    withheld = [
        duties.duty(d).label
        for d, on in overrides.items()
        if not on and duties.duty(d).phase <= profile.phase
    ]
    if withheld:
        sections.append(messages.PHASE_WITHHELD.format(labels=", ".join(withheld)))
    if profile.phase < max(duties.PHASES):
        adds = [d.label for d in duties.duties_of_phase(profile.phase + 1) if d.id not in granted]
        next_name = duties.PHASE_NAMES[profile.phase + 1]
        sections.append(messages.PHASE_NEXT.format(phase_name=next_name, labels=", ".join(adds) or "—"))
    open_ = phases.open_proposals(ctx.session, profile)
    for proposal in open_:
        proposer = people.get(ctx.session, proposal.proposed_by_id) if proposal.proposed_by_id else None
        who = mention(proposer) if proposer else "—"
        sections.append(messages.PHASE_WAITING.format(roman=trust.roman(proposal.to_phase), who=who))
    return Reply(
        headline, sections=tuple(sections), buttons=_client_buttons(ctx, profile, open_), ephemeral=True
    )


def _client_buttons(ctx: Context, profile: ClientProfile, open_: Sequence[PhaseChange]) -> tuple[Button, ...]:
    """Accept / Decline for a proposal the client may decide; else the offer to ask about the next phase."""
    for proposal in open_:
        if trust.may_decide(ctx.asker, proposal, profile):
            return trust.proposal_buttons(proposal)
    if open_ or profile.phase >= max(duties.PHASES) or ctx.asker.id != profile.person_id:
        return ()
    label = messages.ASK_ABOUT_PHASE.format(phase=profile.phase + 1)
    return (Button(label, REQUEST, str(profile.phase + 1)),)


def _clients(ctx: Context) -> Reply:
    served = people.clients(ctx.session, None if ctx.asker.is_admin else ctx.asker)
    if not served:
        return Reply(messages.PHASE_NO_CLIENTS)
    title = messages.PHASE_CLIENTS_ALL if ctx.asker.is_admin else messages.PHASE_CLIENTS
    return Reply(title, sections=("\n".join(client_line(p, ctx.asker.is_admin) for p in served),))


def client_line(profile: ClientProfile, with_va: bool) -> str:
    """One client as a VA sees them: "• @maria — Phase III (−Ad copy) · VA @ana"."""
    extras = [("+" if on else "−") + duties.duty(d).label for d, on in profile.override_map.items()]
    return messages.PHASE_CLIENT_LINE.format(
        client=mention(profile.person),
        roman=trust.roman(profile.phase),
        overrides=messages.PHASE_CLIENT_OVERRIDES.format(changes=", ".join(extras)) if extras else "",
        va=messages.PHASE_CLIENT_VA.format(va=mention(profile.va)) if with_va and profile.va else "",
    )


def _target(ctx: Context, args: PhaseArgs) -> ClientProfile | Reply:
    """The client a change is for: the one named, or the asker themself."""
    if args.user_id is None:
        return ctx.client or Reply(messages.PHASE_NAME_CLIENT, ephemeral=True)
    person = people.find(ctx.session, args.user_id, ctx.asker.team_id)
    if person is None or person.client is None:
        return Reply(messages.PHASE_NOT_CLIENT.format(who=f"<@{args.user_id}>"), ephemeral=True)
    return person.client
