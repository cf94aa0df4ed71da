"""The console's shell in-process on the seeded demo: a two-sided phase change typed line by line."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.console import demo
from bot.console.shell import Quit, Shell
from handlers.core import messages
from storage.models import AppointmentCheck, Deal, OutboxMessage, Person, Request
from storage.repositories import checks

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


@pytest.fixture
def shell(sessions) -> Shell:
    with sessions.begin() as session:
        cast = demo.seed(session, NOW)
        ben = cast["ben"].id
    return Shell(sessions, ben, clock=lambda: NOW)


def run(shell: Shell, line: str) -> str:
    return "\n".join(shell.handle(line))


def test_a_va_proposes_and_the_client_accepts_in_the_console(shell, sessions):
    assert shell.prompt() == "ben (VA)> "
    proposed = run(shell, "/phase @tom 2")
    assert "I've asked @tom about Phase II" in proposed
    [number] = re.findall(r"\[Accept: /accept (\d+)\]", proposed)
    assert "→ to @tom: @ben proposes moving you up to Phase II" in proposed

    assert run(shell, f"/accept {number}").startswith("That one is for @tom to decide")
    run(shell, "/as tom")
    assert shell.prompt() == "tom (client, Phase I)> "
    accepted = run(shell, f"/accept {number}")

    assert accepted.startswith("Accepted — you're now in Phase II")
    assert "→ to @ben: @tom accepted the move: @tom is now in Phase II" in accepted
    assert shell.prompt() == "tom (client, Phase II)> "
    with sessions() as session:
        assert {row.status for row in session.query(OutboxMessage)} == {"sent"}, "shown means sent"


def test_unknown_commands_people_and_numbers_are_answered(shell):
    assert run(shell, "/dance") == "I don't know /dance. Type /help to see the commands."
    assert run(shell, "/as nobody") == "Nobody here is called nobody. Type /who to see everyone."
    assert run(shell, "/claim first") == "Which one? Give its number, e.g. /claim 3 (/queue lists them)."
    assert "* ben (VA) · UVA000002" in run(shell, "/who")
    assert run(shell, "   ") == ""
    with pytest.raises(Quit):
        shell.handle("/quit")


def test_what_jane_did_not_understand_can_be_passed_to_the_va(shell, sessions):
    run(shell, "/as maria")
    offered = run(shell, "qwerty")
    [number] = re.findall(r"\[Pass it to my VA: /forward (\d+)\]", offered)

    forwarded = run(shell, f"/forward {number}")

    assert "I've asked your VA, ana, to take care of it." in forwarded
    assert "→ to @ana (card): General errands for @maria" in forwarded and "[Claim: /claim 5]" in forwarded
    assert run(shell, f"/forward {number}") == "", "a second click on the same offer does nothing"
    run(shell, "/as tom")
    assert run(shell, f"/forward {number}").startswith("That offer has expired"), "not tom's message"
    with sessions() as session:
        [request] = session.scalars(select(Request).where(Request.status == "queued")).all()
        assert (request.text, request.duty, request.client.name) == ("qwerty", "general", "maria")
        assert (request.channel, request.thread_ts) == (request.client.user_id, number), "in its thread"


def test_message_numbers_are_never_reused_by_a_later_session(shell, sessions):
    run(shell, "/as maria")
    first = re.findall(r"/forward (\d+)", run(shell, "qwerty"))
    with sessions() as session:
        maria = session.scalars(select(Person).where(Person.name == "maria")).one().id
    again = re.findall(r"/forward (\d+)", run(Shell(sessions, maria, clock=lambda: NOW), "qwerty"))
    assert first and again and first != again


def test_the_morning_agenda_buttons_work_as_commands(shell, sessions):
    run(shell, "/as maria")
    assert "[7:30 AM: /agenda 07:30]" in run(shell, "/home")

    assert "at 7:30 AM on weekdays" in run(shell, "/agenda 07:30")
    assert "at 7:30 AM every day" in run(shell, "/agenda every")
    assert "is off" in run(shell, "/agenda stop")
    assert run(shell, "/agenda 23:00").startswith("I don't send messages between 9:00 PM and 7:00 AM")
    run(shell, "/as ben")
    assert run(shell, "/agenda 07:30") == messages.AGENDA_NOT_YOURS, "the listener's own check"
    with sessions() as session:
        profile = session.scalars(select(Person).where(Person.name == "maria")).one().client
        assert (profile.agenda_time, profile.agenda_weekdays_only) == (None, False)


def test_an_appointment_is_confirmed_with_its_command(shell, sessions):
    with sessions.begin() as session:
        maria = session.scalars(select(Person).where(Person.name == "maria")).one()
        row = {"event_key": "e1", "title": "Dentist", "starts_at": NOW + timedelta(days=1), "location": None}
        [check] = checks.record(session, maria.id, (NOW + timedelta(days=1)).date(), [row])
    not_bens = messages.CHECK_NOT_YOURS.replace("<@{client}>", "@maria")
    assert run(shell, f"/confirmed {check.id}") == not_bens
    run(shell, "/as ana")

    confirmed = run(shell, f"/confirmed {check.id}")

    # The console has no checklist message to redraw in place, so the refreshed checklist is the answer.
    assert confirmed.startswith("Appointments for @maria") and "Dentist~ ✓ confirmed by ana" in confirmed
    assert "→ to @maria: ana confirmed your appointment: Dentist" in confirmed
    with sessions() as session:
        assert session.get(AppointmentCheck, check.id).confirmed_by.name == "ana"


def test_a_va_adds_a_deal_as_the_new_deal_button_would(shell, sessions):
    run(shell, "/as ana")
    assert "[New deal: /deal new]" in run(shell, "/home")

    assert run(shell, "/deal new @maria under contract Lakeside condo") == (
        "Added Lakeside condo for @maria at Under contract."
    )
    assert run(shell, "/deal new @tom lead Elm lot").startswith("That client isn't one of yours")
    assert run(shell, "/deal new @maria lead").startswith("Type /deal N STAGE")  # no name
    with sessions() as session:
        assert [d.name for d in session.scalars(select(Deal).where(Deal.name.like("%lot%")))] == []
        added = session.scalars(select(Deal).where(Deal.name == "Lakeside condo")).one()
        assert added.stage == "under_contract"


def test_numbers_names_and_people_that_name_nothing_get_a_plain_answer(shell, sessions):
    assert run(shell, "/as") == "Who? Give a name, e.g. /as tom (/who lists everyone)."
    assert run(shell, "/claim 99999999999999999999") == (
        "There's nothing numbered 99999999999999999999 (/queue lists them)."
    ), "not an overflow in the database"
    assert run(shell, "/accept 123456789012345678901").startswith("There's nothing numbered")
    assert "(/home lists the proposals waiting for you)" in run(shell, "/accept first")
    assert run(shell, "/release ²") == "Which one? Give its number, e.g. /release 3 (/queue lists them)."
    assert "(/queue lists" not in run(shell, "/pick x"), "deal numbers are not on the queue"
    assert run(shell, "/phase @bob 2") == "Nobody here is called @bob. Type /who to see everyone."
    assert (
        run(shell, "/deal New @bob lead Elm lot") == "Nobody here is called @bob. Type /who to see everyone."
    )
    assert run(shell, "/claim 00000000000042") == messages.BUTTON_OUT_OF_DATE, "leading zeros: still #42"
    assert shell.prompt() == "ben (VA)> "
    with sessions() as session:
        assert session.scalars(select(Deal).where(Deal.name == "Elm lot")).first() is None


def test_an_admin_adds_changes_and_removes_people_with_the_person_command(shell, sessions):
    assert run(shell, "/person U0NEWVA01 va") == messages.PEOPLE_ADMINS_ONLY  # maria is no admin
    run(shell, "/as sam")
    assert "== People ==" in run(shell, "/home") and "[Change: /person" in run(shell, "/home")

    assert run(shell, "/person U0NEWVA01 va").splitlines() == [
        "@U0NEWVA01 is a VA now.",
        "    → to U0NEWVA01: " + messages.PEOPLE_WELCOME_VA,
    ]
    added = run(shell, "/person U0NEWCL01 client 2 @U0NEWVA01")
    assert added.startswith("@U0NEWCL01 is a client now, in Phase II") and "@U0NEWVA01 as their VA" in added
    assert run(shell, "/person U0NEWCL01 nonsense") == messages.PEOPLE_CONSOLE_USAGE
    kept = run(shell, "/person U0NEWCL01 client 3")  # an existing client's phase moves only with /phase
    assert kept.startswith("Saved: @U0NEWCL01 is in Phase II") and "Not changed to Phase III" in kept
    assert "Not changed" not in run(shell, "/person U0NEWCL01 client")

    removed = run(shell, "/person U0NEWVA01 remove")
    assert removed.startswith("Removed @U0NEWVA01: no longer a client or a VA") and "@U0NEWCL01" in removed
    with sessions() as session:
        client = session.scalars(select(Person).where(Person.user_id == "U0NEWCL01")).one()
        assert client.client.phase == 2 and client.client.va is None
