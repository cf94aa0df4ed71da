"""Task intake, the queue card and the request transitions as plain handler calls over a real database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from zoneinfo import ZoneInfo

import pytest

from handlers.core import messages
from handlers.core.context import Ask, Context, Thread
from handlers.help import answers as help
from handlers.help import smalltalk
from handlers.queue import intake as tasks
from handlers.queue import requests as queue
from storage.repositories import requests as repo
from tests.unit.handlers.trust_cast import NOW, add_cast

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])
CHICAGO = ZoneInfo("America/Chicago")


@pytest.fixture
def cast(session):
    return add_cast(session)


THREAD = Thread("DCARLA", "1700000000.000100")


def ctx(cast, session, who, thread: Thread = THREAD) -> Context:
    return Context(session, who, NOW, cast.notify, lambda profile: None, thread)


def intake(cast, session, text="please order more printer paper", duty="office_supplies", **slots):
    return tasks.handle(
        ctx(cast, session, cast.client), Ask(text, "task.create", duty, MappingProxyType(slots))
    )


def test_intake_stores_the_request_posts_a_card_and_says_what_was_understood_with_cancel(cast, session):
    reply = intake(cast, session, due="2026-11-30")

    [request] = repo.list_requests(session)
    assert (request.duty, request.status, request.channel, request.thread_ts) == (
        "office_supplies", "queued", "DCARLA", "1700000000.000100",
    )  # fmt: skip
    assert request.due_all_day and request.due_at == datetime(2026, 11, 30, tzinfo=CHICAGO)
    assert reply.text == "I've asked your VA, vera, to order office supplies (due Mon 30 Nov)."
    assert [(b.action, b.value) for b in reply.buttons] == [(queue.CANCEL, str(request.id))]
    [(card_of, card)] = cast.notify.cards
    assert card_of == request.id and [b.action for b in card.buttons] == [queue.CLAIM]


def test_a_due_moment_is_kept_with_its_time_and_garbage_is_ignored(cast, session):
    intake(cast, session, due="2026-11-30T17:00:00-06:00")
    intake(cast, session, due="next blue moon")

    timed, garbage = repo.list_requests(session)[::-1]
    assert (timed.due_at, timed.due_all_day) == (datetime(2026, 11, 30, 23, tzinfo=UTC), False)
    assert garbage.due_at is None
    assert queue.when(timed.due_at, False, CHICAGO) == "Mon 30 Nov, 5:00 PM"


def test_a_client_without_a_va_hears_the_team_will_pick_it_up(cast, session):
    reply = tasks.handle(ctx(cast, session, cast.loner), Ask("order paper", "task.create", "office_supplies"))
    assert reply.text.startswith("I've asked the team to order office supplies")


def test_an_ask_without_a_duty_becomes_a_general_errand(cast, session):
    intake(cast, session, text="pick up my dry cleaning", duty=None)
    assert repo.list_requests(session)[0].duty == "general"


@pytest.mark.parametrize(
    "verb, by, start, moved",
    [
        ("request.claim", "va", "queued", True),
        ("request.claim", "admin", "queued", True),
        ("request.claim", "client", "queued", False),
        ("request.claim", "other_va", "queued", False),
        ("request.release", "va", "claimed", True),
        ("request.done", "va", "claimed", True),
        ("request.done", "other_client", "claimed", False),
        ("request.cancel", "client", "claimed", True),
        ("request.cancel", "other_client", "queued", False),
    ],
)
def test_transitions_are_allowed_by_role_and_audited(cast, session, verb, by, start, moved):
    intake(cast, session)
    [request] = repo.list_requests(session)
    if start == "claimed":
        repo.move(session, request.id, "claim", cast.va)
    actor = getattr(cast, by)
    trail = len(repo.transitions(session, request.id))

    answer = queue.act(ctx(cast, session, actor), request.id, verb, note="noted")

    session.refresh(request)
    assert (len(repo.transitions(session, request.id)) == trail + 1) == moved
    if moved:
        assert answer is None and request.status == repo.TRANSITIONS[verb.removeprefix("request.")][1]
        assert cast.notify.to(cast.client.user_id), "the client is told"
    else:
        assert answer.ephemeral and request.status == start


def test_a_transition_refreshes_the_homes_of_the_client_the_va_and_every_admin(cast, session):
    intake(cast, session)
    [request] = repo.list_requests(session)
    cast.notify.homes.clear()
    queue.act(ctx(cast, session, cast.va), request.id, queue.CLAIM)
    assert sorted(cast.notify.homes) == ["UADMIN", "UCARLA", "UVERA"]  # each once


def test_a_lost_claim_names_the_winner(cast, session):
    intake(cast, session)
    [request] = repo.list_requests(session)
    queue.act(ctx(cast, session, cast.va), request.id, queue.CLAIM)

    answer = queue.act(ctx(cast, session, cast.admin), request.id, queue.CLAIM)

    assert answer.text == messages.ALREADY_CLAIMED.format(owner=f"<@{cast.va.user_id}>")


def test_the_card_shows_the_state_and_only_the_buttons_it_allows(cast, session):
    intake(cast, session)
    [request] = repo.list_requests(session)
    repo.move(session, request.id, "claim", cast.va)
    session.refresh(request)
    claimed = queue.card(request)
    repo.move(session, request.id, "done", cast.va, note="5 reams")
    session.refresh(request)
    done = queue.card(request)

    assert f"Claimed by <@{cast.va.user_id}>." in claimed.sections
    assert [b.action for b in claimed.buttons] == [queue.DONE, queue.RELEASE, queue.LOG_TIME]
    assert "Note: 5 reams" in done.sections and done.buttons == ()


def test_status_lists_open_then_recent_and_a_va_sees_their_clients(cast, session):
    intake(cast, session, text="order paper")
    intake(cast, session, text="order toner")
    first = repo.list_requests(session)[-1]
    repo.move(session, first.id, "claim", cast.va)
    repo.move(session, first.id, "done", cast.va)

    mine = queue.status(ctx(cast, session, cast.client), Ask("status?", "request.status"))
    theirs = queue.status(ctx(cast, session, cast.va), Ask("status?", "request.status"))
    nobody = queue.status(ctx(cast, session, cast.other_va), Ask("status?", "request.status"))

    assert mine.text == "You have 1 open request:" and "order toner" in mine.sections[0]
    assert "Recently finished" in mine.sections[1] and "order paper — done" in mine.sections[1]
    assert "order toner" in theirs.sections[0] and nobody.text == messages.STATUS_VA_NONE


def test_what_is_still_open_leaves_out_what_was_finished_or_cancelled(cast, session):
    intake(cast, session, text="order paper")
    intake(cast, session, text="order toner")
    first = repo.list_requests(session)[-1]
    repo.move(session, first.id, "cancel", cast.client)

    asked = Ask("what's still open?", "request.status", slots={"open": True})
    still_open = queue.status(ctx(cast, session, cast.client), asked)

    assert still_open.text == "You have 1 open request:" and len(still_open.sections) == 1
    assert "order paper" not in still_open.sections[0]


def test_what_is_still_open_lists_open_requests_and_the_finished_only_when_nothing_is_open(cast, session):
    intake(cast, session, text="order paper")
    first = repo.list_requests(session)[-1]
    repo.move(session, first.id, "claim", cast.va)
    repo.move(session, first.id, "done", cast.va)
    still_open = Ask("what's still open?", "request.status", None, MappingProxyType({"open": True}))

    nothing_open = queue.status(ctx(cast, session, cast.client), still_open)
    assert nothing_open.text == messages.STATUS_NONE_OPEN and "order paper — done" in nothing_open.sections[0]
    intake(cast, session, text="order toner")
    mine = queue.status(ctx(cast, session, cast.client), still_open)
    assert mine.text == "You have 1 open request:" and "order toner" in mine.sections[0]
    assert len(mine.sections) == 1 and "order paper" not in "".join(mine.sections)


def test_help_follows_the_clients_phase_and_vas_get_the_queue_help(cast, session):
    phase_two = help.handle(ctx(cast, session, cast.client), Ask("help", "help"))
    for_va = help.handle(ctx(cast, session, cast.va), Ask("help", "help"))

    assert "Phase II" in phase_two.text and "Ad copy" in "\n".join(phase_two.sections)
    assert any(s.startswith("*Later, in Phase III") for s in phase_two.sections)
    assert for_va.text == messages.HELP_VA


@pytest.mark.parametrize(
    "text, expected",
    [("hi!", "Hi Carla!"), ("thank you so much", messages.SMALLTALK_THANKS), ("bye", messages.SMALLTALK_BYE),
     ("how are you?", messages.SMALLTALK_HOW_ARE_YOU), ("🙂", messages.SMALLTALK_DEFAULT),
     ("lol never mind", messages.SMALLTALK_NEVER_MIND), ("nvm", messages.SMALLTALK_NEVER_MIND),
     ("forget it, I'll do it myself", messages.SMALLTALK_NEVER_MIND),
     ("Lovely, that's all I needed for now. Have a wonderful afternoon!", messages.SMALLTALK_YOU_TOO),
     ("good afternoon", "Hi Carla!")],
)  # fmt: skip
def test_smalltalk_answers_briefly(cast, session, text, expected):
    assert smalltalk.handle(ctx(cast, session, cast.client), Ask(text, "smalltalk")).text.startswith(expected)


def test_an_unknown_ask_is_offered_to_the_va_only_to_clients(cast, session):
    offer = tasks.offer(ctx(cast, session, cast.client), Ask("purple elephants", "unknown"))
    to_va = tasks.offer(ctx(cast, session, cast.va), Ask("purple elephants", "unknown"))

    assert [(b.action, b.value) for b in offer.buttons] == [(tasks.FORWARD, "1700000000.000100")]
    assert to_va.buttons == () and to_va.text == messages.UNKNOWN_INTENT_NOT_CLIENT


def test_status_shows_a_request_finished_lately_even_when_newer_ones_finished_long_ago(cast, session):
    intake(cast, session, text="renew the domain")
    for n in range(5):
        intake(cast, session, text=f"long gone {n}")
    *long_gone, lately = repo.list_requests(session)  # newest first
    for request in (lately, *long_gone):
        repo.move(session, request.id, "cancel", cast.client)
        request.updated_at = NOW - timedelta(days=20)
    lately.created_at, lately.updated_at = NOW - timedelta(days=30), NOW - timedelta(hours=1)
    session.flush()

    mine = queue.status(ctx(cast, session, cast.client), Ask("status?", "request.status"))

    [recent] = mine.sections  # nothing is open, so the one section is the recently finished list
    assert "renew the domain" in recent and "long gone" not in recent
