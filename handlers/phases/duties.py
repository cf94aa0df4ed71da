"""The duty catalogue: which phase unlocks which duty, as plain data (ARCHITECTURE.md, People, phases and
duties)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Duty:
    id: str
    phase: int
    label: str
    covers: str


PHASE_NAMES = {
    1: "Phase I — getting to know you",
    2: "Phase II — trusted admin",
    3: "Phase III — personal executive assistant",
}

DUTIES: tuple[Duty, ...] = (
    Duty("mailing_lists", 1, "Mailing lists", "maintain mailing lists"),
    Duty("office_supplies", 1, "Office supplies", "order office supplies"),
    Duty("mailings", 1, "Mailings", "send mailings"),
    Duty("general", 1, "General errands", "any other low-risk errand"),
    Duty("appointment_confirmations", 2, "Appointment confirmations", "confirm appointments"),
    Duty("ad_copy", 2, "Ad copy", "write ad copy"),
    Duty("call_email_screening", 2, "Call and email screening", "screen calls and email"),
    Duty("daily_schedule", 3, "Daily schedule", "read and manage the daily schedule"),
    Duty("sales_tracking", 3, "Sales tracking", "track sales-cycle progress (deals)"),
    Duty("appointment_scheduling", 3, "Appointment scheduling", "book appointments"),
)

BY_ID: Mapping[str, Duty] = {duty.id: duty for duty in DUTIES}
PHASES = (1, 2, 3)


def duty(duty_id: str) -> Duty:
    """The catalogue entry for a duty id; KeyError for an unknown one."""
    return BY_ID[duty_id]


def phase_of(duty_id: str | None) -> int | None:
    """The lowest phase that grants a duty, or None where no duty applies."""
    return BY_ID[duty_id].phase if duty_id else None


def is_granted(duty_id: str, phase: int, overrides: Mapping[str, bool] | None = None) -> bool:
    """Whether a client in `phase`, with per-duty overrides (True grants, False withholds), holds a duty."""
    if overrides and duty_id in overrides:
        return bool(overrides[duty_id])
    return BY_ID[duty_id].phase <= phase


def granted_duties(phase: int, overrides: Mapping[str, bool] | None = None) -> list[str]:
    """Every duty id a client holds, in catalogue order."""
    return [d.id for d in DUTIES if is_granted(d.id, phase, overrides)]


def duties_of_phase(phase: int) -> list[Duty]:
    """The duties a phase itself introduces (not those inherited from below)."""
    return [d for d in DUTIES if d.phase == phase]


def unknown_duties(duty_ids: Iterable[str]) -> list[str]:
    """The ids in `duty_ids` that the catalogue does not know."""
    return [d for d in duty_ids if d not in BY_ID]


# Everyday words for what a duty is about, beside its label and description: "the phone thing" is screening
_ALSO_SAID = {
    "call_email_screening": "phone voicemail inbox emails",
    "daily_schedule": "calendar agenda",
    "sales_tracking": "pipeline listings",
    "appointment_scheduling": "bookings meetings",
    "ad_copy": "ads advert listing description",
    "mailings": "cards letters brochures flyers postcards",
    "office_supplies": "paper toner ink pens",
}


def described_by(words: str) -> Duty | None:
    """The one duty whose label, description and everyday words share the most words with `words` ("booking
    appointments" is Appointment scheduling, "the phone thing" Call and email screening); None when none, or
    several equally, fit."""
    wanted = _stems(words)
    scores = sorted(
        ((len(wanted & _stems(f"{d.label} {d.covers} {_ALSO_SAID.get(d.id, '')}")), d) for d in DUTIES),
        key=lambda s: -s[0],
    )
    best, runner_up = scores[0][0], scores[1][0]
    return scores[0][1] if best > runner_up else None


def _stems(text: str) -> set[str]:
    """Words by their first four letters, so "booking" meets "book" and "appointments" "appointment"."""
    return {word[:4] for word in re.findall(r"[a-z]{3,}", text.lower()) if word not in _SMALL_WORDS}


_SMALL_WORDS = frozenset({"the", "and", "any", "other", "for", "with", "that", "this", "my", "our", "your"})
