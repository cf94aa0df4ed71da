"""`jane admin outbox`, `jane admin rotate-key` and `client add` asking Slack: day-2 work from the shell."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from integrations.token_crypto import seal, unseal
from storage.db import make_engine, make_session_factory
from storage.models import ClientProfile, OutboxMessage, Person
from storage.repositories import outbox, people
from tests.fakes.slack_api import FakeSlack
from tests.integration.test_admin_cli import admin, database  # noqa: F401  (a fixture)


@pytest.fixture
def sessions(database):  # noqa: F811
    engine = make_engine(database)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def stuck(sessions) -> dict[str, int]:
    """One message waiting for a retry, one given up, one sent."""
    with sessions.begin() as session:
        for key in ("waiting", "given-up", "done"):
            outbox.put(
                session, key, "chat.postMessage", {"channel": "D0CLIENT1", "text": key}, request_id="r-1"
            )
        ids = dict(session.execute(select(OutboxMessage.key, OutboxMessage.id)).all())
        outbox.mark_failed(session, ids["waiting"], "HTTP 503")
        outbox.mark_dead(session, ids["given-up"], "channel_not_found")
        outbox.mark_sent(session, ids["done"])
    return ids


def test_outbox_lists_pending_and_dead_messages(capsys, stuck):
    code, out, _ = admin(capsys, "outbox", "--json")

    assert code == 0
    rows = json.loads(out)
    assert [(r["id"], r["status"], r["last_error"]) for r in rows] == [
        (stuck["waiting"], "pending", "HTTP 503"),
        (stuck["given-up"], "dead", "channel_not_found"),
    ]
    assert rows[0]["to"] == "D0CLIENT1" and rows[0]["request_id"] == "r-1" and rows[0]["attempts"] == 1
    code, text, _ = admin(capsys, "outbox")
    assert [line.split()[:2] for line in text.splitlines()] == [
        [str(stuck["waiting"]), "pending"],
        [str(stuck["given-up"]), "dead"],
    ]


def test_outbox_retries_a_dead_message_and_drops_another(capsys, stuck, sessions):
    code, out, _ = admin(capsys, "outbox", "--retry", str(stuck["given-up"]))
    assert code == 0 and "due again" in out
    code, out, _ = admin(capsys, "outbox", "--drop", str(stuck["waiting"]))
    assert code == 0 and out.startswith(f"Dropped message {stuck['waiting']}")

    with sessions() as session:
        rows = {row.key: row for row in session.scalars(select(OutboxMessage))}
    assert (rows["given-up"].status, rows["given-up"].attempts) == ("pending", 0)
    assert rows["waiting"].status == "dropped"


def test_outbox_refuses_a_sent_or_unknown_message_in_one_line(capsys, stuck):
    code, _, err = admin(capsys, "outbox", "--retry", str(stuck["done"]))
    assert (
        code == 2
        and err.strip() == f"jane: message {stuck['done']} is sent, not pending or dead; nothing to retry"
    )
    code, _, err = admin(capsys, "outbox", "--drop", "999")
    assert code == 2 and err.strip() == "jane: there is no outbox message 999; `jane admin outbox` lists them"


def test_rotate_key_reseals_grants_so_the_old_key_can_go(capsys, sessions, monkeypatch):
    grant = {"token": "ya29.a", "refresh_token": "1//r"}
    with sessions.begin() as session:
        for user_id in ("UCLIENT01", "UCLIENT02"):
            profile = people.make_client(session, people.upsert(session, user_id, tz="UTC"), 3)
            profile.google_token = seal("old key", grant)

    monkeypatch.setenv("JANE_SECRET_KEY", "new key, old key")
    code, out, _ = admin(capsys, "rotate-key")

    assert code == 0
    assert out.splitlines()[0] == "Re-encrypted 2 stored Google grants with the newest key."
    with sessions() as session:
        blobs = session.scalars(select(ClientProfile.google_token)).all()
    assert [unseal("new key", blob) for blob in blobs] == [grant, grant]  # the old key is no longer needed
    code, out, _ = admin(capsys, "rotate-key")
    assert out.splitlines()[0] == "Re-encrypted 2 stored Google grants with the newest key."


def test_rotate_key_leaves_a_grant_no_key_opens_and_says_so(capsys, sessions, monkeypatch):
    with sessions.begin() as session:
        profile = people.make_client(session, people.upsert(session, "UCLIENT01", tz="UTC"), 3)
        profile.google_token = seal("a forgotten key", {"token": "x"})
    monkeypatch.setenv("JANE_SECRET_KEY", "new key")

    code, out, _ = admin(capsys, "rotate-key")

    assert code == 0 and out.splitlines()[0] == "Re-encrypted 0 stored Google grants with the newest key."
    assert "1 grant(s) opened with no key" in out.splitlines()[1]


def test_client_add_without_tz_asks_slack_for_zone_name_and_email(capsys, sessions, monkeypatch):
    with FakeSlack() as slack:
        slack.answer(
            "users.info",
            {"user": {"id": "UCHICAGO1", "real_name": "Carla Chicago", "tz": "America/Chicago",
                      "profile": {"real_name": "Carla Chicago", "email": "carla@example.com"}}},
        )  # fmt: skip
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        monkeypatch.setenv("SLACK_API_URL", slack.url)
        code, out, err = admin(capsys, "client", "add", "UCHICAGO1", "--phase", "1")
        [call] = slack.calls("users.info")

    assert code == 0, err
    assert call.params["user"] == "UCHICAGO1" and err == ""
    with sessions() as session:
        person = session.scalars(select(Person).where(Person.user_id == "UCHICAGO1")).one()
    assert (person.tz, person.name, person.email) == ("America/Chicago", "Carla Chicago", "carla@example.com")


def test_client_add_refused_by_slack_changes_nothing_and_says_so(capsys, sessions, monkeypatch):
    with FakeSlack() as slack:
        slack.fail("users.info", error="user_not_found")
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        monkeypatch.setenv("SLACK_API_URL", slack.url)
        code, _, err = admin(capsys, "client", "add", "UNOBODY01", "--phase", "1")

    assert (code, err.strip()) == (2, "jane: Slack knows no user UNOBODY01 (user_not_found)")
    with sessions() as session:
        assert people.find(session, "UNOBODY01") is None


def test_client_add_without_tz_or_token_says_in_one_line_that_utc_was_assumed(capsys, sessions, monkeypatch):
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    code, out, err = admin(capsys, "client", "add", "UCLIENT09", "--phase", "1")

    assert code == 0 and out.startswith("Added client")
    assert err.splitlines() == [
        "jane: no --tz for UCLIENT09 and no SLACK_BOT_TOKEN to ask Slack: assumed UTC (JANE_DEFAULT_TZ); "
        "change it with `jane admin client set --tz`"
    ]
    code, _, err = admin(capsys, "client", "add", "UCLIENT09", "--phase", "1")  # known now: keeps its zone
    assert code == 0 and err == ""
