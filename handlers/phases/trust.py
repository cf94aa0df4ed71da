"""Changing trust: who may change a client's phase or duties, and whether it needs consent (ARCHITECTURE.md,
Phase changes).

A raise needs both sides: the client's own request is accepted by their VA, a VA's proposal by the
client. An admin sets a phase directly (no proposal: admins run the deployment), and either side lowers
it at once. Every change lands on the phase_changes audit trail and the other side is told.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.core import messages
from handlers.core.context import Context
from handlers.core.mrkdwn import mention
from handlers.core.reply import Button, Reply
from handlers.phases import duties
from storage.models import ClientProfile, Person, PhaseChange
from storage.repositories import people, phases

ACCEPT, DECLINE = "phase.accept", "phase.decline"
SETTLED = "settled"  # Reply.extras flag: the proposal is closed, its Accept/Decline card can show the outcome


@dataclass(frozen=True)
class Change:
    """A new phase, or one duty granted (True), withheld (False) or back to the phase's default (None)."""

    phase: int | None = None
    duty: str | None = None
    granted: bool | None = None


def change(ctx: Context, profile: ClientProfile, wanted: Change) -> Reply:
    """Apply, propose or refuse a change the asker wants for a client."""
    own = ctx.asker.id == profile.person_id
    if not (own or people.serves(ctx.asker, profile)):
        return _say(messages.PHASE_NOT_SERVED, who=mention(profile.person))
    if wanted.duty is not None:
        return _override(ctx, profile, wanted.duty, wanted.granted)
    to_phase = wanted.phase
    assert to_phase is not None, "a change names a phase when it names no duty"
    if to_phase == profile.phase:
        return _answer(ctx, profile, messages.PHASE_ALREADY, roman=roman(to_phase))
    if to_phase < profile.phase or ctx.asker.is_admin:
        return _apply(ctx, profile, to_phase)
    return _propose(ctx, profile, to_phase)


def decide(ctx: Context, change_id: int, accept: bool) -> Reply:
    """Accept or decline a proposal for whoever clicked, re-checking that it is theirs and still current."""
    proposal = phases.get(ctx.session, change_id)
    if proposal is None or proposal.to_phase is None:
        return _say(messages.PHASE_PROPOSAL_GONE)
    profile = ctx.session.get(ClientProfile, proposal.client_id)
    if profile is None:  # the person is no longer a client: nothing is left to decide
        return _say(messages.PHASE_PROPOSAL_GONE)
    refusal = _refuse_decision(ctx, proposal, profile)
    if refusal is not None:
        return refusal
    decision = phases.decide(ctx.session, proposal.id, accept, ctx.asker, now=ctx.now)
    if not decision.decided:  # someone else decided between our read and our conditional update
        return _settled(_say(messages.PHASE_DECIDED_ALREADY, status=decision.change.status))
    words = {
        "decider": mention(ctx.asker),
        "roman": roman(proposal.to_phase),
        "from_roman": roman(proposal.from_phase),
        "phase_name": duties.PHASE_NAMES[profile.phase],
    }
    told, answer = (
        (messages.PHASE_TOLD_ACCEPTED, messages.PHASE_ACCEPTED)
        if accept
        else (messages.PHASE_TOLD_DECLINED, messages.PHASE_DECLINED)
    )
    _announce(ctx, profile, f"phase:{proposal.id}:{decision.change.status}", told, **words)
    return _settled(_answer(ctx, profile, answer, **{**words, "roman": roman(profile.phase)}))


def may_decide(person: Person, proposal: PhaseChange, profile: ClientProfile) -> bool:
    """The other side decides: the client's VA (or an admin) for the client's own request, else the client."""
    if proposal.proposed_by_id == profile.person_id:
        return person.id != profile.person_id and people.serves(person, profile)
    return person.id == profile.person_id


def proposal_buttons(proposal: PhaseChange) -> tuple[Button, Button]:
    """Accept / Decline carry only the proposal id; every click is re-checked by `decide`."""
    value = str(proposal.id)
    return (
        Button(messages.PHASE_ACCEPT, ACCEPT, value, "primary"),
        Button(messages.PHASE_DECLINE, DECLINE, value, "danger"),
    )


def roman(phase: int | None) -> str:
    return messages.PHASE_ROMAN.get(phase, str(phase)) if phase is not None else str(phase)


def _refuse_decision(ctx: Context, proposal: PhaseChange, profile: ClientProfile) -> Reply | None:
    if not may_decide(ctx.asker, proposal, profile):
        return _say(messages.PHASE_NOT_YOUR_DECISION, who=_decider_name(proposal, profile))
    if proposal.status != phases.PROPOSED:
        return _settled(_say(messages.PHASE_DECIDED_ALREADY, status=proposal.status))
    if proposal.from_phase != profile.phase:  # e.g. changed outside Jane's flows: never apply a stale raise
        phases.withdraw(ctx.session, proposal.id, ctx.asker, now=ctx.now)
        return _settled(_answer(ctx, profile, messages.PHASE_STALE, roman=roman(profile.phase)))
    return None


def _apply(ctx: Context, profile: ClientProfile, to_phase: int) -> Reply:
    own = ctx.asker.id == profile.person_id
    record = phases.apply(ctx.session, profile, to_phase, ctx.asker, now=ctx.now)
    told = messages.PHASE_TOLD_STEPPED_DOWN if own else messages.PHASE_TOLD_SET
    words = {"actor": mention(ctx.asker), "phase_name": duties.PHASE_NAMES[to_phase]}
    _announce(ctx, profile, f"phase:{record.id}:applied", told, **words)
    return _answer(ctx, profile, messages.PHASE_SET, **words)


def _propose(ctx: Context, profile: ClientProfile, to_phase: int) -> Reply:
    for open_ in phases.open_proposals(ctx.session, profile):
        if open_.to_phase == to_phase and open_.proposed_by_id == ctx.asker.id:
            return _say(messages.PHASE_ALREADY_ASKED, roman=roman(to_phase))
        if open_.to_phase == to_phase and may_decide(ctx.asker, open_, profile):
            return decide(ctx, open_.id, accept=True)  # the other side asked for the same: both agree
    own = ctx.asker.id == profile.person_id
    asked = ([profile.va] if profile.va else list(people.admins(ctx.session))) if own else [profile.person]
    if not asked:
        return _say(messages.PHASE_NO_DECIDER)
    proposal = phases.propose(ctx.session, profile, to_phase, ctx.asker)
    template = messages.PHASE_PROPOSAL_TO_VA if own else messages.PHASE_PROPOSAL_TO_CLIENT
    adds = ", ".join(d.label for d in duties.duties_of_phase(to_phase))
    text = template.format(
        who=mention(ctx.asker),
        client=mention(profile.person),
        phase_name=duties.PHASE_NAMES[to_phase],
        adds=adds,
    )
    card = Reply(text, sections=(messages.PHASE_PROPOSAL_HINT,), buttons=proposal_buttons(proposal))
    for person in asked:
        ctx.notify.tell(person, card, key=f"phase:{proposal.id}:proposed")
    _refresh(ctx, profile, asked)
    return _say(messages.PHASE_PROPOSED, who=", ".join(mention(p) for p in asked), roman=roman(to_phase))


def _override(ctx: Context, profile: ClientProfile, duty: str, granted: bool | None) -> Reply:
    """Duties are switched directly by the client's VA or an admin; a client may only switch one off."""
    words = {"label": duties.duty(duty).label, "verb": messages.PHASE_OVERRIDE_VERBS[granted]}
    if granted is not False and not people.serves(ctx.asker, profile):
        return _say(messages.PHASE_CLIENT_GRANTS, **words)
    if profile.override_map.get(duty) == granted:
        return _say(messages.PHASE_OVERRIDE_SAME, client=_name(ctx.asker, profile), **words)
    record = phases.override(ctx.session, profile, duty, granted, ctx.asker)
    key, actor = f"phase:{record.id}:override", mention(ctx.asker)
    _announce(ctx, profile, key, messages.PHASE_TOLD_OVERRIDE, actor=actor, **words)
    return _say(messages.PHASE_OVERRIDE_DONE, client=_name(ctx.asker, profile), **words)


def _announce(
    ctx: Context, profile: ClientProfile, key: str, template: str | dict[str, str], **words: str
) -> None:
    """Tell both sides (the client; their VA, else the admins), except whoever made the change."""
    others = [profile.va] if profile.va is not None else list(people.admins(ctx.session))
    for person in _unique([profile.person, *others]):
        if person.id != ctx.asker.id:
            text = _for(person, profile, template).format(client=_name(person, profile), **words)
            ctx.notify.tell(person, Reply(text), key=key)
    _refresh(ctx, profile, others)


def _refresh(ctx: Context, profile: ClientProfile, others: list[Person]) -> None:
    for person in _unique([profile.person, ctx.asker, *others]):
        ctx.notify.refresh_home(person)


def _for(reader: Person, profile: ClientProfile, template: str | dict[str, str]) -> str:
    """The "you" or "them" form of a sentence, for a reader who is or isn't the client it's about."""
    if isinstance(template, str):
        return template
    return template["you" if reader.id == profile.person_id else "them"]


def _name(reader: Person, profile: ClientProfile) -> str:
    return messages.PHASE_YOU if reader.id == profile.person_id else mention(profile.person)


def _decider_name(proposal: PhaseChange, profile: ClientProfile) -> str:
    if proposal.proposed_by_id == profile.person_id:
        their_va = messages.PHASE_THEIR_VA.format(client=mention(profile.person))
        return f"{their_va}, {mention(profile.va)}," if profile.va is not None else their_va
    return mention(profile.person)


def _unique(persons: list[Person]) -> list[Person]:
    seen: dict[int, Person] = {}
    for person in persons:
        seen.setdefault(person.id, person)
    return list(seen.values())


def _answer(ctx: Context, profile: ClientProfile, template: str | dict[str, str], **words: str) -> Reply:
    """The answer to the asker, in the "you" form when they are the client it is about."""
    return _say(_for(ctx.asker, profile, template), client=mention(profile.person), **words)


def _settled(reply: Reply) -> Reply:
    """Mark an answer that closes a proposal, so the edge may replace the Accept/Decline card with it."""
    reply.extras[SETTLED] = True
    return reply


def _say(template: str, **words: object) -> Reply:
    return Reply(template.format(**words), ephemeral=True)
