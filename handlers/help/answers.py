"""Help: what *this* person can ask, by phase (clients), or how the queue works (VAs and admins)."""

from __future__ import annotations

from handlers.core import messages
from handlers.core.context import Ask, Context
from handlers.core.reply import Reply
from handlers.phases import duties


def handle(ctx: Context, ask: Ask) -> Reply:
    profile = ctx.client
    if profile is None:
        extra = (messages.HELP_ADMIN_EXTRA,) if ctx.asker.is_admin else ()
        return Reply(messages.HELP_VA, sections=extra)
    granted = set(duties.granted_duties(profile.phase, profile.override_map))
    sections = [_phase_section(phase, granted) for phase in duties.PHASES]
    sections += [_locked_section(phase, granted) for phase in duties.PHASES if phase > profile.phase]
    sections.append(messages.HELP_ALWAYS)
    intro = messages.HELP_CLIENT_INTRO.format(phase_name=duties.PHASE_NAMES[profile.phase])
    return Reply(intro, sections=tuple(s for s in sections if s))


def _phase_section(phase: int, granted: set[str]) -> str:
    lines = [
        messages.HELP_DUTY_LINE.format(label=d.label, example=messages.HELP_EXAMPLES.get(d.id, d.covers))
        for d in duties.duties_of_phase(phase)
        if d.id in granted
    ]
    if not lines:
        return ""
    return messages.HELP_PHASE_LINE.format(phase_name=duties.PHASE_NAMES[phase], duties="\n".join(lines))


def _locked_section(phase: int, granted: set[str]) -> str:
    labels = [d.label for d in duties.duties_of_phase(phase) if d.id not in granted]
    if not labels:
        return ""
    return messages.HELP_LOCKED_LINE.format(phase_name=duties.PHASE_NAMES[phase], labels=", ".join(labels))
