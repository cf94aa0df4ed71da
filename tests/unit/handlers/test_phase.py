"""/phase and its buttons as plain handler calls over a real database: who may change what, and how."""

from __future__ import annotations

import pytest

from handlers.core import messages
from handlers.core.context import Ask
from handlers.phases import commands as phase
from handlers.phases import questions
from handlers.phases.arguments import BadArgs, PhaseArgs, parse_args
from storage.models import ClientProfile, PhaseChange
from storage.repositories import phases
from tests.unit.handlers.trust_cast import add_cast


@pytest.fixture
def cast(session):
    return add_cast(session)


def run(cast, session, who, text):
    return phase.command(cast.ctx(session, who), text)


def click(cast, session, who, action, value):
    ctx = cast.ctx(session, who)
    if action == "phase.request":
        return phase.request(ctx, value)
    return phase.decide(ctx, value, accept=action == "phase.accept")


def trail(session, client) -> list[PhaseChange]:
    return [c for c in phases.history(session, client.client) if c.from_phase is not None or c.duty]


def proposal_id(reply) -> str:
    (accept, decline) = reply.buttons
    assert (accept.action, decline.action) == ("phase.accept", "phase.decline")
    assert accept.value == decline.value and accept.value.isdigit()  # only the proposal id, nothing to trust
    return accept.value


# --- reading the command --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", PhaseArgs()),
        ("<@U123|maria> 3", PhaseArgs("U123", 3)),
        ("<@W9ABC> phase III", PhaseArgs("W9ABC", 3)),
        ("2", PhaseArgs(None, 2)),
        ("<@U1|a> +ad_copy", PhaseArgs("U1", None, "ad_copy", True)),
        ("<@U1|a> -Office-Supplies", PhaseArgs("U1", None, "office_supplies", False)),
        ("<@U1|a> =mailings", PhaseArgs("U1", None, "mailings", None)),
    ],
)
def test_reads_a_client_and_a_phase_or_one_duty(text, expected):
    assert parse_args(text) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("@maria 3", "pick the person from the list"),
        ("<@U1|a> 4", "phases 1, 2 and 3"),
        ("<@U1|a> +coffee", "`daily_schedule`"),
        ("<@U1|a> 2 3", "`/phase`"),
        ("<@U1|a> <@U2|b> 2", "`/phase`"),
        ("<@U1|a> 2 +ad_copy", "`/phase`"),
        ("please", "`/phase`"),
    ],
)
def test_unreadable_commands_say_what_to_type(text, says):
    with pytest.raises(BadArgs, match=None) as error:
        parse_args(text)
    assert says in str(error.value)


def test_an_unknown_duty_is_answered_with_every_valid_one(cast, session):
    reply = run(cast, session, cast.va, "<@UCARLA> +coffee")
    assert "coffee" in reply.text and "`appointment_scheduling`" in reply.text and reply.ephemeral


# --- showing -------------------------------------------------------------------------------------------


def test_a_client_sees_their_phase_duties_va_and_what_comes_next(cast, session):
    reply = run(cast, session, cast.client, "")
    text = reply.plain()
    assert "Phase II — trusted admin" in reply.text and "<@UVERA>" in reply.text
    assert "Ad copy" in text and "Office supplies" in text
    assert "Phase III — personal executive assistant would add:* Daily schedule" in text
    assert [(b.action, b.value) for b in reply.buttons] == [("phase.request", "3")]


def test_a_va_sees_their_clients_and_an_admin_sees_everyone(cast, session):
    va_text = run(cast, session, cast.va, "").plain()
    assert "<@UCARLA> — Phase II" in va_text and "UDAN" not in va_text
    admin_text = run(cast, session, cast.admin, "").plain()
    assert "<@UDAN> — Phase I · VA <@UOTTO>" in admin_text and "<@ULONE> — Phase I" in admin_text


# --- a VA's proposal, decided by the client -------------------------------------------------------------


def test_a_vas_raise_waits_for_the_client_who_accepts(cast, session):
    reply = run(cast, session, cast.va, "<@UCARLA|carla> 3")
    assert "<@UCARLA>" in reply.text and cast.client.client.phase == 2
    (card,) = cast.notify.to("UCARLA")
    change_id = proposal_id(card)

    answer = click(cast, session, cast.client, "phase.accept", change_id)

    assert cast.client.client.phase == 3
    assert answer.text.startswith("Accepted — you're now in *Phase III")
    assert "accepted the move: <@UCARLA> is now in *Phase III" in cast.notify.to("UVERA")[-1].text
    (change,) = trail(session, cast.client)
    assert (change.status, change.from_phase, change.to_phase) == ("accepted", 2, 3)
    assert (change.proposed_by_id, change.decided_by_id) == (cast.va.id, cast.client.id)
    assert {"UCARLA", "UVERA"} <= set(cast.notify.homes)


def test_a_declined_raise_changes_nothing_and_the_va_is_told(cast, session):
    run(cast, session, cast.va, "<@UCARLA> 3")
    change_id = proposal_id(cast.notify.to("UCARLA")[0])
    answer = click(cast, session, cast.client, "phase.decline", change_id)
    assert cast.client.client.phase == 2 and "you stay in Phase II" in answer.text
    assert "declined the move to Phase III" in cast.notify.to("UVERA")[-1].text
    assert [c.status for c in trail(session, cast.client)] == ["declined"]


@pytest.mark.parametrize("who", ["va", "other_va", "other_client", "admin"])
def test_only_the_client_decides_a_vas_proposal(cast, session, who):
    run(cast, session, cast.va, "<@UCARLA> 3")
    change_id = proposal_id(cast.notify.to("UCARLA")[0])
    answer = click(cast, session, getattr(cast, who), "phase.accept", change_id)
    assert "for <@UCARLA> to decide" in answer.text
    assert cast.client.client.phase == 2 and trail(session, cast.client)[0].status == "proposed"


def test_a_second_click_finds_the_proposal_decided(cast, session):
    run(cast, session, cast.va, "<@UCARLA> 3")
    change_id = proposal_id(cast.notify.to("UCARLA")[0])
    click(cast, session, cast.client, "phase.accept", change_id)
    again = click(cast, session, cast.client, "phase.decline", change_id)
    assert again.text == messages.PHASE_DECIDED_ALREADY.format(status="accepted")
    assert cast.client.client.phase == 3 and len(trail(session, cast.client)) == 1


def test_a_stale_proposal_is_refused_and_withdrawn(cast, session):
    run(cast, session, cast.va, "<@UCARLA> 3")
    change_id = proposal_id(cast.notify.to("UCARLA")[0])
    session.get(ClientProfile, cast.client.id).phase = 1  # changed behind Jane's back (e.g. by SQL)
    answer = click(cast, session, cast.client, "phase.accept", change_id)
    assert "out of date" in answer.text and "you're in Phase I now" in answer.text
    assert cast.client.client.phase == 1
    assert trail(session, cast.client)[0].status == "withdrawn"


def test_lowering_withdraws_an_open_raise(cast, session):
    run(cast, session, cast.va, "<@UCARLA> 3")
    change_id = proposal_id(cast.notify.to("UCARLA")[0])
    run(cast, session, cast.client, "1")
    answer = click(cast, session, cast.client, "phase.accept", change_id)
    assert answer.text == messages.PHASE_DECIDED_ALREADY.format(status="withdrawn")
    assert cast.client.client.phase == 1


@pytest.mark.parametrize("value", ["", "abc", "999999"])
def test_a_forged_or_vanished_proposal_id_is_answered(cast, session, value):
    answer = click(cast, session, cast.client, "phase.accept", value)
    assert answer.text == messages.PHASE_PROPOSAL_GONE


# --- the client's own request, decided by their VA --------------------------------------------------------


def test_ask_my_va_sends_accept_decline_to_the_va_who_accepts(cast, session):
    reply = click(cast, session, cast.client, "phase.request", "3")
    assert "<@UVERA>" in reply.text and cast.client.client.phase == 2
    change_id = proposal_id(cast.notify.to("UVERA")[0])
    assert "<@UCARLA> asks to move up to *Phase III" in cast.notify.to("UVERA")[0].text

    refused = click(cast, session, cast.client, "phase.accept", change_id)  # not their own request
    assert "<@UCARLA>'s VA, <@UVERA>, to decide" in refused.text and cast.client.client.phase == 2

    click(cast, session, cast.va, "phase.accept", change_id)
    assert cast.client.client.phase == 3
    assert "you're now in *Phase III" in cast.notify.to("UCARLA")[-1].text


def test_asking_twice_does_not_ask_twice(cast, session):
    click(cast, session, cast.client, "phase.request", "3")
    again = click(cast, session, cast.client, "phase.request", "3")
    assert "already asked" in again.text and len(cast.notify.to("UVERA")) == 1


def test_a_va_proposing_what_the_client_asked_for_accepts_it(cast, session):
    click(cast, session, cast.client, "phase.request", "3")
    reply = run(cast, session, cast.va, "<@UCARLA> 3")
    assert reply.text.startswith("Accepted") and cast.client.client.phase == 3


def test_a_client_without_a_va_asks_the_admins(cast, session):
    reply = click(cast, session, cast.loner, "phase.request", "2")
    assert "<@UADMIN>" in reply.text
    change_id = proposal_id(cast.notify.to("UADMIN")[0])
    click(cast, session, cast.admin, "phase.accept", change_id)
    assert cast.loner.client.phase == 2


def test_an_old_ask_button_never_lowers_a_phase_that_rose_since(cast, session):
    reply = click(cast, session, cast.client, "phase.request", "2")
    assert reply.text == "You're already in Phase II." and cast.client.client.phase == 2
    assert not trail(session, cast.client) and not cast.notify.told


def test_only_clients_can_ask_to_move_up(cast, session):
    assert click(cast, session, cast.va, "phase.request", "3").text == messages.PHASE_ONLY_CLIENTS


# --- direct changes: lowering, and an admin's raise ----------------------------------------------------


def test_a_client_steps_down_at_once_and_the_va_is_told(cast, session):
    reply = run(cast, session, cast.client, "1")
    assert reply.text.startswith("Done: you're now in *Phase I") and cast.client.client.phase == 1
    assert "<@UCARLA> stepped down to *Phase I" in cast.notify.to("UVERA")[0].text
    (change,) = trail(session, cast.client)
    assert (change.status, change.from_phase, change.to_phase, change.decided_by_id) == (
        "applied",
        2,
        1,
        cast.client.id,
    )


def test_a_client_cannot_raise_themself_directly(cast, session):
    run(cast, session, cast.client, "3")
    assert cast.client.client.phase == 2 and trail(session, cast.client)[0].status == "proposed"


def test_a_va_lowers_at_once_and_the_client_is_told(cast, session):
    run(cast, session, cast.va, "<@UCARLA> 1")
    assert cast.client.client.phase == 1
    assert "<@UVERA> moved you to *Phase I" in cast.notify.to("UCARLA")[0].text


def test_an_admin_sets_a_raise_directly_and_both_sides_are_told(cast, session):
    reply = run(cast, session, cast.admin, "<@UCARLA> 3")
    assert reply.text.startswith("Done: <@UCARLA> is now in *Phase III") and cast.client.client.phase == 3
    assert "moved you to" in cast.notify.to("UCARLA")[0].text
    assert "<@UADMIN> moved <@UCARLA> to" in cast.notify.to("UVERA")[0].text
    assert trail(session, cast.client)[0].status == "applied"


@pytest.mark.parametrize(("who", "text"), [("other_va", "<@UCARLA> 1"), ("client", "<@UDAN> 1")])
def test_nobody_changes_a_client_they_do_not_serve(cast, session, who, text):
    reply = run(cast, session, getattr(cast, who), text)
    assert "you don't serve" in reply.text
    assert not trail(session, cast.client) and not trail(session, cast.other_client)


def test_naming_someone_who_is_not_a_client(cast, session):
    assert "isn't one of my clients" in run(cast, session, cast.admin, "<@UVERA> 2").text
    assert "isn't one of my clients" in run(cast, session, cast.admin, "<@UNOBODY> 2").text


def test_the_same_phase_is_not_a_change(cast, session):
    assert run(cast, session, cast.va, "<@UCARLA> 2").text == "<@UCARLA> is already in Phase II."
    assert not trail(session, cast.client)


# --- duty overrides -------------------------------------------------------------------------------------


def test_a_va_switches_one_duty_on_off_and_back(cast, session):
    run(cast, session, cast.va, "<@UCARLA> +daily_schedule")
    assert cast.client.client.override_map == {"daily_schedule": True}
    assert "*Daily schedule* switched on for you by <@UVERA>" in cast.notify.to("UCARLA")[0].text
    run(cast, session, cast.va, "<@UCARLA> -ad_copy")
    assert cast.client.client.override_map == {"ad_copy": False, "daily_schedule": True}
    run(cast, session, cast.va, "<@UCARLA> =daily_schedule")
    assert cast.client.client.override_map == {"ad_copy": False}
    audit = [(c.duty, c.granted, c.status) for c in trail(session, cast.client)]
    assert audit == [
        ("daily_schedule", True, "applied"),
        ("ad_copy", False, "applied"),
        ("daily_schedule", None, "applied"),
    ]


def test_a_client_may_switch_a_duty_off_but_not_on(cast, session):
    refused = run(cast, session, cast.client, "+daily_schedule")
    assert "Only your VA" in refused.text and cast.client.client.override_map == {}
    run(cast, session, cast.client, "-ad_copy")
    assert cast.client.client.override_map == {"ad_copy": False}
    assert "switched off for <@UCARLA> by <@UCARLA>" in cast.notify.to("UVERA")[0].text


def test_an_override_that_is_already_so_changes_nothing(cast, session):
    reply = run(cast, session, cast.va, "<@UCARLA> =ad_copy")
    assert "Nothing to change" in reply.text and not trail(session, cast.client)


# --- phase changes and questions in words -----------------------------------------------------------------


def _said(cast, session, who, intent, **slots):
    handler = questions.request if intent == "phase.request" else questions.info
    return handler(cast.ctx(session, who), Ask("…", intent, None, slots))


def test_a_client_stepping_down_in_words_is_their_own_phase_command_applied_at_once(cast, session):
    reply = _said(cast, session, cast.client, "phase.request", phase=1, step="down")
    assert reply.text.startswith("Done: you're now in *Phase I") and cast.client.client.phase == 1
    assert trail(session, cast.client)[0].status == "applied" and not reply.ephemeral


def test_stepping_down_a_phase_unnamed_goes_one_below_and_never_up(cast, session):
    assert _said(cast, session, cast.client, "phase.request", phase=3, step="down").text.startswith(
        "Phase III is no step down"
    )
    assert cast.client.client.phase == 2 and not trail(session, cast.client)
    _said(cast, session, cast.client, "phase.request", step="down")
    assert cast.client.client.phase == 1
    assert "no phase below" in _said(cast, session, cast.client, "phase.request", step="down").text


def test_am_i_on_phase_n_is_answered_yes_or_no_with_the_phase_the_client_is_in(cast, session):
    no = _said(cast, session, cast.client, "phase.info", ask="current", phase=3, question="yes_no")
    assert no.text.startswith("No, not Phase III. You're in *Phase II")
    yes = _said(cast, session, cast.client, "phase.info", ask="current", phase=2, question="yes_no")
    assert yes.text.startswith("Yes. You're in *Phase II")


def test_the_phase_above_one_is_what_it_adds_and_above_the_top_there_is_none(cast, session):
    above = _said(cast, session, cast.client, "phase.info", ask="above", phase=2)
    assert above.text.startswith("*Phase III") and "switched off" not in above.text
    top = _said(cast, session, cast.client, "phase.info", ask="above", phase=3)
    assert top.text.startswith("Nothing above that — *Phase III") and "already there" not in top.text


def test_switching_to_a_lower_phase_in_words_applies_at_once(cast, session):
    reply = _said(cast, session, cast.client, "phase.request", phase=1, step="to")
    assert reply.text.startswith("Done: you're now in *Phase I") and cast.client.client.phase == 1


def test_a_phase_request_in_words_for_a_lower_phase_is_asked_back_and_changes_nothing(cast, session):
    below = _said(cast, session, cast.client, "phase.request", phase=1)
    assert below.text.startswith("You're in *Phase II") and "drop me down to phase 1" in below.text
    assert cast.client.client.phase == 2 and not trail(session, cast.client)


def test_a_va_or_an_admin_asking_what_a_phase_brings_hears_its_duties_not_their_clients(cast, session):
    va = _said(cast, session, cast.va, "phase.info", ask="what", phase=3)
    assert va.text.startswith("*Phase III — personal executive assistant* adds:")
    assert "Daily schedule" in va.text
    assert "<@UCARLA>" not in va.plain() and not va.buttons
    lowest = _said(cast, session, cast.admin, "phase.info", ask="what", phase=1)
    assert lowest.text.startswith("*Phase I — getting to know you* covers:")
    assert "Office supplies" in lowest.text
    assert "Ad copy" not in lowest.text
    # without a phase named, "what phase?" from a VA is still the phases of the clients they serve
    assert "<@UCARLA> — Phase II" in _said(cast, session, cast.va, "phase.info", ask="current").plain()
