"""Forged clicks and commands: every action against every role that may not take it → refused, nothing
changes. One table, `ATTEMPTS`; add a row per action or command (e.g. the phase actions and /phase).

A row says what the attempt is, how to build its payload for an actor, and who may take it. The test
tries it as every other role and checks that the database is exactly as before and no modal opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.slack import render
from handlers.queue.requests import DONE, LOG_TIME
from storage.models import PhaseChange, Request, RequestTransition, TimeEntry
from storage.repositories import people as people_repo
from storage.repositories import phases
from storage.repositories import requests as repo
from tests import payloads
from tests.scenarios.conftest import VA_CHANNEL, People

# The rules tested here live in Python, not in the database: one backend is enough.
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])

ROLES = ("client", "other_client", "va", "other_va", "admin", "stranger")


@dataclass
class World:
    """Who is who (user ids by role) and the records an attempt may target."""

    users: dict[str, str]
    queued: int  # a queued request of `client`
    claimed: int  # a request of `client` claimed by `va`
    va_proposal: int = 0  # `va`'s open proposal of Phase II for `client`
    client_request: int = 0  # `client`'s own open request for Phase III
    response_url: str = ""  # where a slash command's answer goes (the fake Slack)


@dataclass(frozen=True)
class Attempt:
    name: str
    payload: Callable[[World, str], dict[str, Any]]  # (world, actor's user id) → the signed payload
    allowed: frozenset[str]  # the roles that may do it (never tried here)


def button(action: str, target: str) -> Callable[[World, str], dict[str, Any]]:
    return lambda world, user: payloads.block_actions(
        user, action, str(getattr(world, target)), channel=VA_CHANNEL
    )


def phase_command(text: str) -> Callable[[World, str], dict[str, Any]]:
    """`/phase` with `text`, where {client} etc. stand for the roles' user ids."""
    return lambda world, user: payloads.slash_command(
        user, "/phase", text.format(**world.users), response_url=world.response_url
    )


def done_modal(world: World, user: str) -> dict[str, Any]:
    note = {render.NOTE_BLOCK: {render.NOTE_INPUT: payloads.text_input("forged")}}
    return payloads.view_submission(user, DONE, note, private_metadata=f"{world.claimed}|{VA_CHANNEL}")


def log_time_modal(world: World, user: str) -> dict[str, Any]:
    values = {
        render.TIME_BLOCK: {render.TIME_INPUT: payloads.text_input("2h")},
        render.NOTE_BLOCK: {render.NOTE_INPUT: payloads.text_input("forged")},
    }
    return payloads.view_submission(user, LOG_TIME, values, private_metadata=f"{world.claimed}|{VA_CHANNEL}")


def log_time_words(world: World, user: str) -> dict[str, Any]:
    return payloads.message_event(user, f"log 2h on #{world.claimed}")


VA_SIDE = frozenset({"va", "admin"})
ATTEMPTS = [
    Attempt("claim", button("request.claim", "queued"), VA_SIDE),
    Attempt("release", button("request.release", "claimed"), VA_SIDE),
    Attempt("done button", button("request.done", "claimed"), VA_SIDE),
    Attempt("done modal", done_modal, VA_SIDE),
    Attempt("log time button", button(LOG_TIME, "claimed"), VA_SIDE),
    Attempt("log time modal", log_time_modal, VA_SIDE),
    Attempt("log time in words", log_time_words, VA_SIDE),
    Attempt("cancel", button("request.cancel", "queued"), frozenset({"client", "va", "admin"})),
    Attempt("cancel claimed", button("request.cancel", "claimed"), frozenset({"client", "va", "admin"})),
    Attempt("/phase raise", phase_command("<@{client}|name> 3"), frozenset({"client", "va", "admin"})),
    Attempt("/phase +duty", phase_command("<@{client}> +ad_copy"), VA_SIDE),
    Attempt("accept a VA's proposal", button("phase.accept", "va_proposal"), frozenset({"client"})),
    Attempt("decline a VA's proposal", button("phase.decline", "va_proposal"), frozenset({"client"})),
    Attempt("accept a client's request", button("phase.accept", "client_request"), VA_SIDE),
    Attempt("decline a client's request", button("phase.decline", "client_request"), VA_SIDE),
    Attempt(
        "ask my VA about a phase",
        lambda world, user: payloads.block_actions(user, "phase.request", "3", channel=VA_CHANNEL),
        frozenset({"client", "other_client"}),
    ),
]

CASES = [
    pytest.param(attempt, role, id=f"{attempt.name}-as-{role}")
    for attempt in ATTEMPTS
    for role in ROLES
    if role not in attempt.allowed
]


@pytest.fixture
def world(sessions, people: People, fake_slack) -> World:
    with sessions.begin() as session:
        people_repo.make_client(session, people_repo.upsert(session, "UCLIENT02", name="Other Client"), 1)
        client = people_repo.find(session, people.client)
        va = people_repo.find(session, people.va)
        queued = repo.create(session, client, "office_supplies", "order paper")
        claimed = repo.create(session, client, "mailings", "send the cards")
        repo.move(session, claimed.id, "claim", va)
        va_proposal = phases.propose(session, client.client, 2, va)
        client_request = phases.propose(session, client.client, 3, client)
        users = {
            "client": people.client,
            "other_client": "UCLIENT02",
            "va": people.va,
            "other_va": people.other_va,
            "admin": people.admin,
            "stranger": people.stranger,
        }
        proposals = (va_proposal.id, client_request.id)
        return World(users, queued.id, claimed.id, *proposals, response_url=fake_slack.response_url())


def snapshot(session: Session) -> list[tuple]:
    """Everything a forged attempt must leave as it was."""
    requests = [
        (r.id, r.status, r.owner_id, r.note) for r in session.scalars(select(Request).order_by(Request.id))
    ]
    audit = session.scalars(select(RequestTransition.id)).all()
    phases = [(p.id, p.status) for p in session.scalars(select(PhaseChange))]
    clients = [(c.person_id, c.phase) for c in people_repo.clients(session)]
    time = session.scalars(select(TimeEntry.id)).all()
    return [tuple(requests), tuple(audit), tuple(phases), tuple(clients), tuple(time)]


@pytest.mark.parametrize("attempt, role", CASES)
def test_a_forged_attempt_is_refused_and_changes_nothing(served, world, fake_slack, attempt, role):
    with served.sessions() as session:
        before = snapshot(session)

    status, _ = served.post(attempt.payload(world, world.users[role]))
    served.settle()

    assert status == 200
    with served.sessions() as session:
        assert snapshot(session) == before
    assert fake_slack.calls("views.open") == []
    answers = ("chat.postEphemeral", "chat.postMessage", "response_url")  # a slash command's answer: its URL
    said = [c.text for c in fake_slack.calls() if c.method in answers]
    assert said, "the actor is told why nothing happened"
    assert all("Claimed by" not in text and "Done:" not in text for text in said)


@pytest.mark.parametrize("attempt", [a for a in ATTEMPTS if "va" in a.allowed], ids=lambda a: a.name)
def test_the_same_attempt_by_the_clients_own_va_goes_through(served, world, fake_slack, attempt):
    with served.sessions() as session:
        before = snapshot(session)

    served.post(attempt.payload(world, world.users["va"]))
    served.settle()

    with served.sessions() as session:
        after = snapshot(session)
    assert after != before or fake_slack.calls("views.open"), "the allowed attempt had an effect"
