"""Requests: created, read, moved only along the arrows in ARCHITECTURE.md (Requests), each move audited."""

from datetime import UTC, datetime

import pytest

from storage.repositories import requests
from storage.repositories.requests import NotAllowed


@pytest.fixture
def request_id(sessions, cast):
    with sessions.begin() as session:
        return requests.create(
            session,
            cast.client,
            "office_supplies",
            "please order more printer paper",
            due_at=datetime(2026, 11, 27, 6, 0, tzinfo=UTC),
            due_all_day=True,
            channel="D0CARLA",
            thread_ts="1764000000.000100",
        ).id


def trail(session, request_id):
    return [(t.from_status, t.to_status, t.actor_id) for t in requests.transitions(session, request_id)]


def test_a_request_is_stored_and_read_back_with_its_first_audit_line(sessions, cast, request_id):
    with sessions() as session:
        request = requests.get(session, request_id)
        assert (request.client.user_id, request.duty, request.status) == (
            "U0CARLA",
            "office_supplies",
            "queued",
        )
        assert request.text == "please order more printer paper"
        assert request.due_at == datetime(2026, 11, 27, 6, 0, tzinfo=UTC) and request.due_all_day
        assert (request.channel, request.thread_ts) == ("D0CARLA", "1764000000.000100")
        assert request.owner is None
        assert trail(session, request_id) == [(None, "queued", cast.client.id)]


def test_claim_done_moves_and_appends_to_the_trail(sessions, cast, request_id):
    with sessions.begin() as session:
        claimed = requests.move(session, request_id, "claim", cast.va)
        assert claimed.moved and claimed.status == "claimed" and claimed.request.owner.user_id == "U0VERA"
        done = requests.move(session, request_id, "done", cast.va, note="ordered 10 reams")
        assert done.moved and done.status == "done"
    with sessions() as session:
        request = requests.get(session, request_id)
        assert (request.status, request.owner_id, request.note) == ("done", cast.va.id, "ordered 10 reams")
        assert trail(session, request_id) == [
            (None, "queued", cast.client.id),
            ("queued", "claimed", cast.va.id),
            ("claimed", "done", cast.va.id),
        ]
        assert requests.transitions(session, request_id)[-1].note == "ordered 10 reams"


def test_release_puts_it_back_in_the_queue_without_an_owner(sessions, cast, request_id):
    with sessions.begin() as session:
        requests.move(session, request_id, "claim", cast.va)
        released = requests.move(session, request_id, "release", cast.va)
        assert released.moved and released.status == "queued" and released.request.owner_id is None
        assert requests.move(session, request_id, "claim", cast.admin).request.owner_id == cast.admin.id


@pytest.mark.parametrize("action", ["claim", "release", "done", "cancel"])
def test_nothing_moves_out_of_done(sessions, cast, request_id, action):
    with sessions.begin() as session:
        requests.move(session, request_id, "claim", cast.va)
        requests.move(session, request_id, "done", cast.va)
    with sessions.begin() as session:
        outcome = requests.move(session, request_id, action, cast.va)
        assert not outcome.moved and outcome.status == "done" and outcome.request.owner_id == cast.va.id
    with sessions() as session:
        assert [t.to_status for t in requests.transitions(session, request_id)] == [
            "queued",
            "claimed",
            "done",
        ]


@pytest.mark.parametrize("actor", ["client", "other_va", "other_client"])
def test_only_the_clients_own_va_or_an_admin_may_claim(sessions, cast, request_id, actor):
    with sessions.begin() as session, pytest.raises(NotAllowed):
        requests.move(session, request_id, "claim", getattr(cast, actor))
    with sessions() as session:
        assert requests.get(session, request_id).status == "queued"
        assert len(requests.transitions(session, request_id)) == 1


def test_the_client_may_cancel_their_own_request_but_not_anothers(sessions, cast, request_id):
    with sessions.begin() as session, pytest.raises(NotAllowed):
        requests.move(session, request_id, "cancel", cast.other_client)
    with sessions.begin() as session:
        requests.move(session, request_id, "claim", cast.va)
        outcome = requests.move(session, request_id, "cancel", cast.client, note="found some")
        assert outcome.moved and outcome.status == "cancelled"
    with sessions() as session:
        assert trail(session, request_id)[-1] == ("claimed", "cancelled", cast.client.id)


def test_awaiting_confirmation_is_confirmed_or_rejected_by_the_va(sessions, cast):
    with sessions.begin() as session:
        first = requests.create(
            session, cast.client, "appointment_scheduling", "book Bob at 3", status="awaiting_confirmation"
        )
        second = requests.create(
            session, cast.client, "appointment_scheduling", "book Ann at 4", status="awaiting_confirmation"
        )
        with pytest.raises(NotAllowed):
            requests.move(session, first.id, "confirm", cast.client)
        assert not requests.move(session, first.id, "claim", cast.va).moved
        assert requests.move(session, first.id, "confirm", cast.va).status == "done"
        rejected = requests.move(session, second.id, "reject", cast.va, note="Ann is away")
        assert rejected.status == "cancelled" and rejected.request.note == "Ann is away"


def test_a_request_cannot_start_claimed(session, cast):
    with pytest.raises(ValueError):
        requests.create(session, cast.client, "general", "x", status="claimed")


def test_an_unknown_request_is_a_lookup_error(session, cast):
    with pytest.raises(LookupError):
        requests.move(session, 999, "claim", cast.va)


def test_listing_is_newest_first_and_filters(sessions, cast):
    with sessions.begin() as session:
        old = requests.create(session, cast.client, "mailings", "send the flyers")
        old.created_at = datetime(2026, 1, 1, tzinfo=UTC)
        new = requests.create(session, cast.client, "general", "pick up the keys")
        other = requests.create(session, cast.other_client, "general", "water the plants")
        requests.move(session, new.id, "claim", cast.va)
        ids = (old.id, new.id, other.id)
    with sessions() as session:
        assert [r.id for r in requests.list_requests(session)] == [ids[2], ids[1], ids[0]]
        assert [r.id for r in requests.list_requests(session, client=cast.client)] == [ids[1], ids[0]]
        assert [r.id for r in requests.list_requests(session, status="claimed")] == [ids[1]]
        assert [r.id for r in requests.open_requests(session, cast.other_client)] == [ids[2]]


def test_open_requests_served_are_scoped_to_the_va_in_sql(sessions, cast, request_id):
    with sessions.begin() as session:
        theirs = requests.create(session, cast.other_client, "mailings", "send the flyers").id
        finished = requests.create(session, cast.client, "general", "book the hall").id
        requests.move(session, finished, "cancel", cast.client)
    with sessions() as session:
        served = {p.user_id: [r.id for r in requests.open_served(session, p)] for p in vars(cast).values()}
    assert served["U0VERA"] == [request_id] and served["U0OTTO"] == [theirs]
    assert served["U0ADMIN"] == [theirs, request_id]
    assert served["U0CARLA"] == [] and served["W0DAN"] == []
