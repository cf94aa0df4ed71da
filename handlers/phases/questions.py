"""Phases in plain words: "what phase am I in?", "what does Phase III unlock?", "how do I get to phase 3?",
"which phase would I need for that?" (answered from the duty catalogue), and "ask my VA about phase 3",
which is the "Ask my VA about Phase N" button said in words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import mention
from handlers.core.reply import Button, Reply
from handlers.core.topics import with_topics
from handlers.phases import commands, duties, trust, who
from handlers.phases.trust import roman
from storage.models import ClientProfile
from storage.repositories import phases

TOP = max(duties.PHASES)


def info(ctx: Context, ask: Ask) -> Reply:
    """A question about phases, by its `ask` slot: current, what, how or need."""
    answer = _info(ctx, ask)
    return _unless_asked(ctx, ctx.client, answer) if ctx.client is not None else answer


def _info(ctx: Context, ask: Ask) -> Reply:
    slots = ask.slots or {}
    profile = ctx.client
    phase = _phase(slots.get("phase"))
    kind = slots.get("ask") or "current"
    if profile is None and kind == "what" and phase is not None:
        return _catalogue(phase)  # a VA or an admin asking what a phase brings: the duty catalogue's answer
    if profile is None:  # a VA or an admin: the phases of the clients they serve
        return _shown(commands.show(ctx))
    if kind == "current" and slots.get("question") == "yes_no" and phase is not None:
        return _about_phase(_in_phase(ctx, profile, phase), profile.phase)
    if kind == "above":
        return _above(profile, phase or profile.phase)
    if kind == "what":
        shown = phase or min(profile.phase + 1, TOP)
        return _about_phase(_what(profile, shown), shown)
    if kind == "how":
        target = min(phase or profile.phase + 1, TOP)
        how = _how(profile, target)
        if profile.phase < target:  # "can I go any higher?": who agrees, and what it would bring
            how = replace(how, sections=(*how.sections, _adds(target)))
        return _about_phase(how, target)
    if kind == "need":
        duty_id = slots.get("duty")  # the parser names the duty the words ask for (README.md, `phase.info`)
        needed = duties.duty(duty_id).phase if isinstance(duty_id, str) and duty_id in duties.BY_ID else phase
        answer = _need(profile, duty_id, phase)
        if slots.get("question") == "yes_no" and needed is not None:
            answer = _guessed(answer, profile, slots, duty_id, needed)
        return _about_phase(answer, needed)
    return _about_phase(_shown(commands.describe(ctx, profile)), profile.phase)


def _unless_asked(ctx: Context, profile: ClientProfile, reply: Reply) -> Reply:
    """The answer without its "Ask my VA about Phase N" button when the client has already asked about that
    phase and the answer is still awaited ("can i move up to phase 2?", then "what would that give me?")."""
    offered = [button for button in reply.buttons if button.action == commands.REQUEST]
    if not offered:
        return reply  # nothing to check, and no query for it
    waiting = {
        str(proposal.to_phase)
        for proposal in phases.open_proposals(ctx.session, profile)
        if proposal.proposed_by_id == profile.person_id
    }
    asked = [button for button in offered if button.value in waiting]
    if not asked:
        return reply
    buttons = tuple(button for button in reply.buttons if button not in asked)
    already = say.PHASE_ALREADY_ASKED.format(roman=roman(int(asked[0].value)))
    return replace(reply, buttons=buttons, sections=(*reply.sections, already))


def _about_phase(reply: Reply, phase: int | None) -> Reply:
    """The answer, naming the phase it talked about as the `phase` topic, so that "how do I get it?" and
    "ok, ask my VA for it" refer to that phase (ARCHITECTURE.md, "Conversations")."""
    return with_topics(reply, phase={"phase": phase}) if phase is not None else reply


def request(ctx: Context, ask: Ask) -> Reply:
    """ "ask my VA about phase 3": the same proposal as the button (the next phase when none is named).
    "drop me down to phase 2" is the client's own `/phase 2`: stepping down applies at once."""
    profile = ctx.client
    slots = ask.slots or {}
    if slots.get("client"):  # "let's move tom up to phase 2": a VA or an admin, for a client of theirs
        return _for_a_client(ctx, str(slots["client"]), _phase(slots.get("phase")))
    if slots.get("step") == "down" and profile is not None:
        return _shown(_step_down(ctx, profile, _phase(slots.get("phase")) or profile.phase - 1))
    phase = _phase(slots.get("phase")) or (profile.phase + 1 if profile else None)
    if slots.get("step") == "to" and profile is not None and phase is not None and phase < profile.phase:
        return _shown(_step_down(ctx, profile, phase))  # "switch me to phase 1": the client's own /phase 1
    if profile is not None and phase is not None and phase < profile.phase:
        # "ask my VA about phase 2" from Phase III: a step down or a slip? Asked back, nothing changes
        current_name = duties.PHASE_NAMES[profile.phase]
        return Reply(say.PHASE_BELOW.format(roman=roman(phase), phase=phase, current_name=current_name))
    asked = _shown(commands.request(ctx, str(phase or "")))
    # "what would that give me?" next is about the phase just asked for
    return with_topics(asked, phase={"phase": phase}) if phase is not None else asked


def _for_a_client(ctx: Context, name: str, phase: int | None) -> Reply:
    """A VA's or an admin's new phase for a client, as their `/phase @client N`: the same rules decide
    whether it applies at once or waits for the client to accept (handlers.phases.trust)."""
    if not (ctx.asker.is_va or ctx.asker.is_admin):
        return Reply(say.WORDS_NO_CLIENTS_TO_ASK)
    found = who.named_client(ctx, name)
    if isinstance(found, Reply):
        return found
    if phase is None:
        return Reply(say.PHASE_USAGE, ephemeral=True)
    # "what phase is he in now?" next is about that client
    return with_topics(
        trust.change(ctx, found, trust.Change(phase=phase)), client={"name": found.person.label}
    )


def _step_down(ctx: Context, profile: ClientProfile, phase: int) -> Reply:
    """A client lowering their own phase; a phase at or above theirs is no step down, so nothing changes."""
    if phase < min(duties.PHASES):
        return Reply(say.PHASE_BOTTOM.format(phase_name=duties.PHASE_NAMES[profile.phase]))
    if phase >= profile.phase:
        current_name = duties.PHASE_NAMES[profile.phase]
        return Reply(say.PHASE_NOT_DOWN.format(roman=roman(phase), phase=phase, current_name=current_name))
    return commands.command(ctx, str(phase))


def _in_phase(ctx: Context, profile: ClientProfile, phase: int) -> Reply:
    """ "am I on phase 2 now?": yes or no first, then where the client stands."""
    described = commands.describe(ctx, profile)
    verdict = say.PHASE_IN_YES if phase == profile.phase else say.PHASE_IN_NO
    text = verdict.format(roman=roman(phase), current=described.text)
    return _shown(replace(described, text=text))


def _above(profile: ClientProfile, phase: int) -> Reply:
    """ "is there anything above that?": what the next phase adds, or that there is none above it."""
    if phase >= TOP:
        return _about_phase(
            Reply(say.PHASE_NONE_ABOVE.format(phase_name=duties.PHASE_NAMES[TOP], yours=_top_yours(profile))),
            TOP,
        )
    return _about_phase(_what(profile, phase + 1), phase + 1)


def _top_yours(profile: ClientProfile) -> str:
    return say.PHASE_NONE_ABOVE_YOURS if profile.phase >= TOP else ""


def _adds(phase: int) -> str:
    return say.PHASE_WHAT.format(phase_name=duties.PHASE_NAMES[phase], lines=_duty_lines(phase))


def _duty_lines(phase: int, profile: ClientProfile | None = None) -> str:
    """A phase's duties, a line each; with `profile`, a duty switched off for that client says so."""
    return "\n".join(
        say.PHASE_DUTY_LINE.format(label=duty.label, covers=duty.covers)
        + (say.PHASE_DUTY_OFF if profile is not None and not _granted(profile, duty.id) else "")
        for duty in duties.duties_of_phase(phase)
    )


def _what(profile: ClientProfile, phase: int) -> Reply:
    """What a phase adds, duty by duty; a phase the client has already reached is described just the same
    ("what did phase two give me again?"), then said to be theirs (a duty switched off for them says so)."""
    current = duties.PHASE_NAMES[profile.phase]
    reached = phase <= profile.phase  # only a duty the client's phase gives can be switched off for them
    lines = _duty_lines(phase, profile if reached else None)
    if phase <= profile.phase:
        text = say.PHASE_WHAT_HAD.format(phase_name=duties.PHASE_NAMES[phase], lines=lines)
        return Reply(text, sections=(say.PHASE_WHAT_HAVE.format(roman=roman(phase), current_name=current),))
    text = say.PHASE_WHAT.format(phase_name=duties.PHASE_NAMES[phase], lines=lines)
    return Reply(text, buttons=_ask_button(profile, phase))


def _catalogue(phase: int) -> Reply:
    """What a phase adds to the ones below it (the lowest, what it covers), for someone who is no client."""
    duties_of = duties.duties_of_phase(phase)
    lines = "\n".join(say.PHASE_DUTY_LINE.format(label=duty.label, covers=duty.covers) for duty in duties_of)
    said = say.PHASE_WHAT if phase > min(duties.PHASES) else say.PHASE_WHAT_HAD
    return Reply(said.format(phase_name=duties.PHASE_NAMES[phase], lines=lines))


def _granted(profile: ClientProfile, duty_id: str) -> bool:
    return duties.is_granted(duty_id, profile.phase, profile.override_map)


def _how(profile: ClientProfile, phase: int) -> Reply:
    if profile.phase >= TOP:
        return Reply(say.PHASE_TOP.format(phase_name=duties.PHASE_NAMES[profile.phase]))
    if phase <= profile.phase:
        return Reply(say.PHASE_ALREADY["you"].format(roman=roman(profile.phase)))
    who = say.PHASE_HOW_WHO_VA.format(va=mention(profile.va)) if profile.va else say.PHASE_HOW_WHO_ADMIN
    text = say.PHASE_HOW.format(phase_name=duties.PHASE_NAMES[min(phase, TOP)], who=who)
    return Reply(text, buttons=_ask_button(profile, min(phase, TOP)))


def _need(profile: ClientProfile, duty_id: object, phase: int | None) -> Reply:
    """The phase a duty comes with (the duty named, or the phase of the ask Jane last refused)."""
    current = duties.PHASE_NAMES[profile.phase]
    if isinstance(duty_id, str) and duty_id in duties.BY_ID:
        duty = duties.duty(duty_id)
        if duties.is_granted(duty.id, profile.phase, profile.override_map):
            phase_name = duties.PHASE_NAMES[duty.phase]
            return Reply(
                say.PHASE_NEED_HAVE.format(label=duty.label, phase_name=phase_name, current_name=current)
            )
        if duty.phase <= profile.phase:  # withheld by the client's job description, not by the phase
            return Reply(say.DUTY_WITHHELD.format(label=duty.label), sections=(say.DUTY_WITHHELD_HINT,))
        text = say.PHASE_NEED.format(
            label=duty.label, phase_name=duties.PHASE_NAMES[duty.phase], current_name=current
        )
        how = _how(profile, duty.phase)
        return Reply(text, sections=(how.text,), buttons=how.buttons)
    if phase is not None:
        return _how(profile, phase)
    return Reply(say.PHASE_NEED_WHICH)


def _guessed(
    answer: Reply, profile: ClientProfile, slots: Mapping[str, Any], duty_id: object, needed: int
) -> Reply:
    """ "is that a phase 2 thing?", "does my phase cover mailing lists?": the phase a thing needs, led by the
    yes or no to the phase the client guessed (any phase from it on, when they asked what it covers)."""
    guess = slots.get("guess")
    if guess == "mine":
        if isinstance(duty_id, str) and duty_id in duties.BY_ID:
            yes = duties.is_granted(duty_id, profile.phase, profile.override_map)
        else:
            yes = needed <= profile.phase
    elif isinstance(guess, int):
        yes = needed <= guess if slots.get("covers") else needed == guess
    else:
        return answer
    return replace(answer, text=(say.PHASE_GUESS_YES if yes else say.PHASE_GUESS_NO).format(text=answer.text))


def _ask_button(profile: ClientProfile, phase: int) -> tuple[Button, ...]:
    if phase <= profile.phase:
        return ()
    return (Button(say.ASK_ABOUT_PHASE.format(phase=phase), commands.REQUEST, str(phase), "primary"),)


def _phase(value: object) -> int | None:
    return (
        value if isinstance(value, int) and not isinstance(value, bool) and value in duties.PHASES else None
    )


def _shown(reply: Reply) -> Reply:
    """An answer in the conversation, where the /phase command's answers are private to the typist."""
    return replace(reply, ephemeral=False)
