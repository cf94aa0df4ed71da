"""Per-client "Connect Google Calendar" end to end: Slack button → /google/connect → consent at the fake →
/google/callback → encrypted grant → answers from Google; then a revoked grant → Reconnect, VA told."""

from __future__ import annotations

import http.client
import json
from datetime import UTC, datetime
from urllib.parse import urlsplit

import pytest
from cryptography.fernet import InvalidToken
from sqlalchemy import text

from integrations.factory import calendar_factory
from integrations.token_crypto import fernet, unseal
from storage.models import ClientProfile
from storage.repositories import people as people_repo
from tests import payloads
from tests.scenarios.conftest import scenario_settings, serving

SECRET = "a passphrase, not a Fernet key"
PUBLIC = "https://jane.example"


@pytest.fixture
def with_oauth(db_url, engine, sessions, people, fake_slack, clock, google, tmp_path, monkeypatch):
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # oauthlib's switch: the fake speaks plain HTTP
    client_file = tmp_path / "oauth-client.json"
    client_file.write_text(json.dumps(google.oauth_client()))
    settings = scenario_settings(
        db_url, fake_slack, GOOGLE_OAUTH_CLIENT_FILE=str(client_file), GOOGLE_API_ENDPOINT=google.api_root,
        JANE_SECRET_KEY=SECRET, JANE_PUBLIC_URL=PUBLIC,
    )  # fmt: skip
    calendar_for = calendar_factory(settings, sessions, sleep=lambda seconds: None)
    with serving(settings, engine, sessions, clock=clock, calendar_for=calendar_for) as served:
        yield served


def get(url: str) -> tuple[int, dict[str, str], str]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", f"{parts.path}?{parts.query}")
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode()
    finally:
        connection.close()


def ask(served, fake_slack, people, words: str):
    event = payloads.message_event(people.exec_client, words)
    served.send(event)
    served.settle()
    message = event["event"]
    return next(c for c in fake_slack.calls("chat.postMessage") if c.params.get("thread_ts") == message["ts"])


def test_connect_answer_lose_and_reconnect(with_oauth, people, fake_slack, google, sessions):
    refusal = ask(with_oauth, fake_slack, people, "What's on my calendar today?")
    [button] = refusal.buttons()
    assert "connect your Google Calendar" in refusal.text and button["url"].startswith(
        f"{PUBLIC}/google/connect"
    )

    status, headers, _ = get(
        with_oauth.url + urlsplit(button["url"]).path + "?" + urlsplit(button["url"]).query
    )
    assert status == 302 and headers["location"].startswith(google.url + "/o/oauth2/auth")
    status, headers, _ = get(headers["location"])  # the fake's consent screen agrees at once
    back = urlsplit(headers["location"])
    assert status == 302 and f"{back.scheme}://{back.netloc}{back.path}" == f"{PUBLIC}/google/callback"
    status, _, page = get(f"{with_oauth.url}{back.path}?{back.query}")
    assert status == 200 and "connected" in page
    assert any("connected" in c.text for c in fake_slack.calls("chat.postMessage"))

    with sessions() as session:
        maria = people_repo.find(session, people.exec_client)
        raw = session.execute(text("SELECT google_token FROM client_profiles WHERE person_id = :id"),
                              {"id": maria.id}).scalar_one()  # fmt: skip
    refresh_token = unseal(SECRET, raw)["refresh_token"]
    assert refresh_token.encode() not in bytes(raw)
    with pytest.raises(InvalidToken):
        fernet("some other key").decrypt(bytes(raw))

    google.calendar.timed("Standup", *_today(15, 16))
    answer = ask(with_oauth, fake_slack, people, "What's on my calendar today?")
    assert "Standup" in answer.text and len(google.calls_of("events.list")) == 1

    google.tokens.revoked.add(refresh_token)  # the client removed Jane's access in their Google account
    google.tokens.access_tokens.clear()
    lost = ask(with_oauth, fake_slack, people, "What's on my calendar tomorrow?")
    assert "I've lost access to your Google Calendar" in lost.text
    assert [b["text"]["text"] for b in lost.buttons()] == ["Reconnect"]
    assert [(c.kind, c.status) for c in google.calls_of("token")][-1] == ("token", 400)
    assert len([c for c in google.calls_of("token") if c.status == 400]) == 1  # never retried
    va_told = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == people.other_va]
    assert any("lost access" in c.text for c in va_told)
    with sessions() as session:
        assert session.get(ClientProfile, maria.id).google_token is None

    calls = len(google.calls)  # asked again: the same answer, and the VA isn't told twice the same day
    again = ask(with_oauth, fake_slack, people, "Am I free at 3 tomorrow?")
    assert "I've lost access" in again.text and len(google.calls) == calls
    va_told = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == people.other_va]
    assert len([c for c in va_told if "lost access" in c.text]) == 1

    reconnect = urlsplit(again.buttons()[0]["url"])  # Reconnect runs the same flow, and the mark goes
    status, headers, _ = get(f"{with_oauth.url}{reconnect.path}?{reconnect.query}")
    back = urlsplit(get(headers["location"])[1]["location"])
    assert get(f"{with_oauth.url}{back.path}?{back.query}")[0] == 200
    lists = len(google.calls_of("events.list"))
    assert "Standup" in ask(with_oauth, fake_slack, people, "What's on my calendar this week?").text
    assert len(google.calls_of("events.list")) == lists + 1


def test_a_forged_or_spent_state_gets_a_plain_page(with_oauth):
    status, _, page = get(f"{with_oauth.url}/google/callback?state=forged&code=x")
    assert status == 400 and "expired" in page
    status, _, page = get(f"{with_oauth.url}/google/callback?error=access_denied&state=x")
    assert status == 400 and "give Jane access, so nothing changed" in page


def _today(start_hour: int, end_hour: int):
    return datetime(2026, 11, 25, start_hour, tzinfo=UTC), datetime(2026, 11, 25, end_hour, tzinfo=UTC)


def test_app_homes_connect_button_dms_a_one_time_link(with_oauth, people, fake_slack):
    click = payloads.block_actions(
        people.exec_client, "calendar.connect_link", channel="D" + people.exec_client[1:]
    )
    with_oauth.send(click)
    with_oauth.settle()
    [dm] = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == people.exec_client]
    [button] = dm.buttons()
    assert button["url"].startswith(f"{PUBLIC}/google/connect?state=")


def test_the_home_section_offers_connect_until_connected(with_oauth, people, sessions):
    from handlers.calendar.home import home_section
    from handlers.core.context import Context, Thread

    with sessions() as session:
        maria = people_repo.find(session, people.exec_client)
        ctx = Context(
            session, maria, datetime.now(UTC), None, None, Thread(), with_oauth.jane.services.settings
        )
        [item] = home_section(ctx).items
        assert [b.action for b in item.buttons] == ["calendar.connect_link"]
        maria.client.google_access_lost_at = datetime.now(UTC)  # Google refused the grant: reconnect
        [lost] = home_section(ctx).items
        assert "lost access" in lost.text and [(b.label, b.action) for b in lost.buttons] == [
            ("Reconnect", "calendar.connect_link")
        ]
        maria.client.google_token = b"sealed"
        assert home_section(ctx).items[0].buttons == ()
        ctx.settings = None  # the Home rendered without settings shows no calendar section
        assert home_section(ctx) is None
