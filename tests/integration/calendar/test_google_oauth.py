"""Per-client Google sign-in: the web flow with state and PKCE, encrypted tokens, refresh, revocation."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from cryptography.fernet import InvalidToken

from bot.settings import load_settings
from handlers.core.timefmt import day_window
from integrations import google_oauth
from integrations.calendar import CalendarAccessLost, EventChange
from integrations.connect_link import browser_proof
from integrations.factory import calendar_factory
from integrations.google_auth import EVENTS_SCOPE, SCOPES, save_grant
from integrations.token_crypto import fernet, unseal
from storage.models import ClientProfile
from storage.repositories import people
from tests.fakes.google_tokens import CLIENT_ID, CLIENT_SECRET

SECRET = "correct horse battery staple"
CALLBACK = "https://jane.example/google/callback"
DAY = datetime(2026, 3, 10, tzinfo=UTC).date()


@pytest.fixture
def settings(google, tmp_path, monkeypatch, db_url):
    monkeypatch.setenv(
        "OAUTHLIB_INSECURE_TRANSPORT", "1"
    )  # oauthlib's own switch: the fake speaks plain HTTP
    client_file = tmp_path / "oauth-client.json"
    client_file.write_text(json.dumps(google.oauth_client()))
    return load_settings(
        DATABASE_URL=db_url, JANE_SECRET_KEY=SECRET, JANE_PUBLIC_URL="https://jane.example",
        GOOGLE_OAUTH_CLIENT_FILE=str(client_file), GOOGLE_API_ENDPOINT=google.api_root,
    )  # fmt: skip


@pytest.fixture
def maria(sessions):
    with sessions.begin() as session:
        person = people.upsert(
            session, "UMARIA", name="maria", tz="America/Chicago", email="maria@example.com"
        )
        people.make_client(session, person, phase=3)
        return person.id


def connect(sessions, settings, google, person_id) -> str:
    """Open a fresh link, consent at the fake, come back in the same browser: one trip through the flow."""
    state, query = open_fresh_link(sessions, settings, person_id)
    back = google.tokens.consent({k: v[0] for k, v in query.items()})
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(back).query)["code"][0]
    finish(sessions, settings, state, code)
    return state


def open_fresh_link(sessions, settings, person_id) -> tuple[str, dict]:
    """A link made for the client and opened: Google's state and the consent page's query."""
    with sessions.begin() as session:
        link = google_oauth.connect_url(session, settings, people.get(session, person_id))
    token = urllib.parse.parse_qs(urllib.parse.urlsplit(link).query)["t"][0]
    with sessions.begin() as session:
        started = google_oauth.open_link(session, settings, token)
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(started.url).query)
    assert query["code_challenge_method"] == ["S256"] and query["state"] == [started.state]
    assert query["redirect_uri"] == [CALLBACK]
    assert set(query["scope"][0].split()) == {*SCOPES, "openid", "email"}
    return started.state, query


def finish(sessions, settings, state: str, code: str, proof: str | None = None) -> None:
    """The callback's steps, in the browser that opened the link unless another `proof` is given."""
    proof = browser_proof(SECRET, state) if proof is None else proof
    with sessions.begin() as session:
        pending = google_oauth.spend(session, state)
    google_oauth.require_same_browser(settings, pending, proof)
    grant = google_oauth.exchange(settings, pending, code)
    with sessions.begin() as session:
        google_oauth.store(settings, people.get(session, pending.client_id), grant)


def profile(sessions, person_id) -> ClientProfile:
    with sessions() as session:
        return session.get(ClientProfile, person_id)


def test_connect_flow_stores_an_encrypted_grant_that_answers_questions(sessions, settings, google, maria):
    connect(sessions, settings, google, maria)
    stored = profile(sessions, maria)

    token = unseal(SECRET, stored.google_token)
    assert token["refresh_token"].startswith("1//refresh-")
    assert token["refresh_token"].encode() not in stored.google_token  # not readable without the key
    with pytest.raises(InvalidToken):
        fernet("another key").decrypt(stored.google_token)
    assert set(stored.google_scopes.split()) == set(SCOPES)

    google.calendar.timed(
        "Standup", datetime(2026, 3, 10, 15, tzinfo=UTC), datetime(2026, 3, 10, 16, tzinfo=UTC)
    )
    with sessions.begin() as session:
        gateway = calendar_factory(settings, sessions)(session.get(ClientProfile, maria))
        agenda = gateway.agenda(*day_window(DAY, ZoneInfo("America/Chicago")))
    assert [e.title for e in agenda.events] == ["Standup"]


def test_a_state_is_spent_once_and_a_forged_one_is_refused(sessions, settings, google, maria):
    state = connect(sessions, settings, google, maria)
    for forged in (state, "made-up"):
        with pytest.raises(google_oauth.ConnectError):
            finish(sessions, settings, forged, "any-code")


def test_a_wrong_pkce_verifier_is_refused_by_the_token_endpoint(sessions, settings, google, maria):
    state, _ = open_fresh_link(sessions, settings, maria)
    forged = {"code_challenge": "not-the-challenge", "code_challenge_method": "S256"}
    back = google.tokens.consent({"redirect_uri": CALLBACK, "state": state} | forged)
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(back).query)["code"][0]
    with pytest.raises(google_oauth.ConnectError):
        finish(sessions, settings, state, code)
    assert profile(sessions, maria).google_token is None


def test_a_grant_without_event_access_is_refused(sessions, settings, google, maria):
    google.tokens.grant_scopes = "openid"
    with pytest.raises(google_oauth.ConnectError, match="access to your calendar"):
        connect(sessions, settings, google, maria)
    assert profile(sessions, maria).google_token is None


def test_events_only_grant_connects_and_asks_busy_time_from_the_event_list(sessions, settings, google, maria):
    google.tokens.grant_scopes = EVENTS_SCOPE
    connect(sessions, settings, google, maria)
    with sessions.begin() as session:
        gateway = calendar_factory(settings, sessions)(session.get(ClientProfile, maria))
        gateway.busy(datetime(2026, 3, 10, tzinfo=UTC), datetime(2026, 3, 11, tzinfo=UTC))
    assert [c.kind for c in google.calendar_calls()] == ["events.list"]


def store_grant(sessions, person_id, google, *, refresh: str, revoked: bool = False) -> None:
    google.tokens.refresh_scopes[refresh] = " ".join(SCOPES)
    if revoked:
        google.tokens.revoked.add(refresh)
    expired = (datetime.now(UTC) - timedelta(hours=1)).replace(tzinfo=None).isoformat(
        timespec="seconds"
    ) + "Z"
    token = {
        "token": "ya29.stale",
        "refresh_token": refresh,
        "token_uri": f"{google.url}/token",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scopes": list(SCOPES),
        "expiry": expired,
    }
    with sessions.begin() as session:
        save_grant(session.get(ClientProfile, person_id), SECRET, token, SCOPES)


def test_a_refreshed_access_token_is_saved_encrypted(sessions, settings, google, maria):
    store_grant(sessions, maria, google, refresh="1//good")
    with sessions.begin() as session:
        calendar_factory(settings, sessions)(session.get(ClientProfile, maria)).agenda(
            datetime(2026, 3, 10, tzinfo=UTC), datetime(2026, 3, 11, tzinfo=UTC)
        )
    saved = unseal(SECRET, profile(sessions, maria).google_token)
    assert saved["token"] in google.tokens.access_tokens and saved["refresh_token"] == "1//good"
    assert [c.kind for c in google.calls] == ["token", "events.list"]


def test_a_revoked_grant_is_lost_once_never_retried_and_forgotten(sessions, settings, google, maria):
    store_grant(sessions, maria, google, refresh="1//revoked", revoked=True)
    with sessions.begin() as session:
        gateway = calendar_factory(settings, sessions)(session.get(ClientProfile, maria))
        with pytest.raises(CalendarAccessLost, match="lost access"):
            gateway.agenda(datetime(2026, 3, 10, tzinfo=UTC), datetime(2026, 3, 11, tzinfo=UTC))
    assert [(c.kind, c.status) for c in google.calls] == [("token", 400)]
    assert profile(sessions, maria).google_token is None
    with sessions.begin() as session:  # the next question hears the same, and Google is not asked again
        gateway = calendar_factory(settings, sessions)(session.get(ClientProfile, maria))
        with pytest.raises(CalendarAccessLost):
            gateway.busy(datetime(2026, 3, 10, tzinfo=UTC), datetime(2026, 3, 11, tzinfo=UTC))
    assert len(google.calls) == 1


def test_a_change_refused_for_a_revoked_grant_forgets_the_grant(sessions, settings, google, maria):
    store_grant(sessions, maria, google, refresh="1//revoked", revoked=True)
    with sessions.begin() as session:
        gateway = calendar_factory(settings, sessions)(session.get(ClientProfile, maria))
        with pytest.raises(CalendarAccessLost):
            gateway.change(EventChange("lunch1", cancel=True))
    assert [(c.kind, c.status) for c in google.calls] == [("token", 400)]
    assert profile(sessions, maria).google_token is None


def test_a_lost_grant_is_marked_with_its_moment_until_the_client_connects_again(
    sessions, settings, google, maria
):
    store_grant(sessions, maria, google, refresh="1//revoked", revoked=True)
    with sessions.begin() as session:
        gateway = calendar_factory(settings, sessions)(session.get(ClientProfile, maria))
        with pytest.raises(CalendarAccessLost):
            gateway.agenda(datetime(2026, 3, 10, tzinfo=UTC), datetime(2026, 3, 11, tzinfo=UTC))
    lost = profile(sessions, maria)
    assert lost.google_access_lost_at is not None and (lost.google_token, lost.google_scopes) == (None, None)

    connect(sessions, settings, google, maria)
    back = profile(sessions, maria)
    assert back.google_access_lost_at is None and back.google_token is not None
    with sessions.begin() as session:
        gateway = calendar_factory(settings, sessions)(session.get(ClientProfile, maria))
        gateway.agenda(datetime(2026, 3, 10, tzinfo=UTC), datetime(2026, 3, 11, tzinfo=UTC))
    assert google.calls_of("events.list")


def test_a_grant_lost_on_an_old_gateway_leaves_a_newer_connection_alone(
    sessions, settings, google, maria, backend
):
    if backend != "postgresql":
        pytest.skip("SQLite's write lock serialises the two; PostgreSQL lets the reconnect commit between")
    store_grant(sessions, maria, google, refresh="1//revoked", revoked=True)
    with sessions.begin() as session:
        gateway = calendar_factory(settings, sessions)(session.get(ClientProfile, maria))
        store_grant(sessions, maria, google, refresh="1//fresh")  # the client reconnects meanwhile
        with pytest.raises(CalendarAccessLost):
            gateway.agenda(datetime(2026, 3, 10, tzinfo=UTC), datetime(2026, 3, 11, tzinfo=UTC))
    kept = profile(sessions, maria)
    assert kept.google_access_lost_at is None
    assert unseal(SECRET, kept.google_token)["refresh_token"] == "1//fresh"
