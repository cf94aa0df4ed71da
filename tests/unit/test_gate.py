"""The gate: one check before every handler; a refusal names the duty and the phase that unlocks it."""

from __future__ import annotations

import pytest

from handlers.core import messages
from handlers.core.context import Ask
from handlers.phases import duties, gate
from storage.models import ClientProfile, DutyOverride, Person


def client(phase: int, **overrides: bool) -> Person:
    person = Person(user_id="UCLIENT01", name="Tom")
    person.client = ClientProfile(
        phase=phase, overrides=[DutyOverride(duty=d, granted=g) for d, g in overrides.items()]
    )
    return person


def va(admin: bool = False) -> Person:
    return Person(user_id="UVA000001", name="Ana", is_va=not admin, is_admin=admin)


@pytest.mark.parametrize("phase", duties.PHASES)
@pytest.mark.parametrize("duty", [d.id for d in duties.DUTIES])
def test_a_duty_passes_exactly_when_the_phase_grants_it(duty, phase):
    refusal = gate.check(client(phase), Ask("…", "task.create", duty))

    assert (refusal is None) == (duties.duty(duty).phase <= phase)


@pytest.mark.parametrize("duty", [d for d in duties.DUTIES if d.phase > 1], ids=lambda d: d.id)
def test_the_refusal_names_the_duty_and_its_phase_and_offers_to_ask_the_va(duty):
    refusal = gate.check(client(1), Ask("…", "whatever.intent", duty.id))

    assert duty.label in refusal.text and duties.PHASE_NAMES[duty.phase] in refusal.text
    [button] = refusal.buttons
    assert (button.label, button.action, button.value) == (
        f"Ask my VA about Phase {duty.phase}",
        gate.PHASE_REQUEST,
        str(duty.phase),
    )


def test_an_override_can_withhold_a_duty_the_phase_grants_and_then_no_phase_button_is_offered():
    refusal = gate.check(client(3, daily_schedule=False), Ask("…", "calendar.agenda", "daily_schedule"))

    assert refusal.text == messages.DUTY_WITHHELD.format(label="Daily schedule") and refusal.buttons == ()


def test_an_override_can_grant_a_duty_above_the_phase():
    assert gate.check(client(1, sales_tracking=True), Ask("…", "deal.status", "sales_tracking")) is None


@pytest.mark.parametrize("intent", sorted(gate.ALWAYS_ALLOWED))
def test_what_is_always_allowed_passes_for_anyone(intent):
    for person in (client(1), va(), va(admin=True)):
        assert gate.check(person, Ask("…", intent, "daily_schedule")) is None


@pytest.mark.parametrize("admin", [False, True], ids=["va", "admin"])
def test_client_duties_do_not_apply_to_vas_and_admins(admin):
    refusal = gate.check(va(admin), Ask("…", "task.create", "office_supplies"))

    assert "set up as " + ("an admin" if admin else "a VA") in refusal.text and refusal.buttons == ()


def test_a_duty_the_catalogue_does_not_know_is_refused():
    assert gate.check(client(3), Ask("…", "task.create", "teleportation")) is not None
