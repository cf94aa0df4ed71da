"""Per-client "Connect Google Calendar" end to end: Slack button → a one-time link by DM → /google/connect →
consent at the fake → /google/callback in the same browser → encrypted grant → answers from Google; then a
revoked grant → Reconnect, VA told. And the link bound to its client: spent once, minutes long, for the
client's own Google account, finished only in the browser that opened it, and no secret in the log."""

from __future__ import annotations

import http.client
import io
import json
import logging
from datetime import UTC, datetime, timedelta
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
MARIA = "maria@example.com"


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
    with sessions.begin() as session:  # the account the fake Google signs in as, unless a test says otherwise
        people_repo.find(session, people.exec_client).email = MARIA
    with serving(settings, engine, sessions, clock=clock, calendar_for=calendar_for) as served:
        yield served


def get(url: str, cookie: str | None = None) -> tuple[int, dict[str, str], str]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", f"{parts.path}?{parts.query}", headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode()
    finally:
        connection.close()


def link_by_dm(served, fake_slack, people) -> str:
    """Click Connect as the client: the fresh link Jane sends them by DM."""
    click = payloads.block_actions(
        people.exec_client, "calendar.connect_link", channel="D" + people.exec_client[1:]
    )
    served.send(click)
    served.settle()
    dms = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == people.exec_client]
    [button] = dms[-1].buttons()
    assert button["url"].startswith(f"{PUBLIC}/google/connect?t=")
    return button["url"]


def open_link(served, link: str) -> tuple[int, dict[str, str], str]:
    """Open a link to Jane's public URL on the server under test (the browser's first step)."""
    parts = urlsplit(link)
    return get(f"{served.url}{parts.path}?{parts.query}")


def sign_in(served, link: str) -> tuple[int, str]:
    """One browser: open the link, consent at the fake Google, come back to the callback with its cookie."""
    status, headers, page = open_link(served, link)
    if status != 302:
        return status, page
    cookie = headers["set-cookie"].split(";")[0]
    status, consent, _ = get(headers["location"])  # the fake's consent screen agrees at once
    back = urlsplit(consent["location"])
    assert status == 302 and f"{back.scheme}://{back.netloc}{back.path}" == f"{PUBLIC}/google/callback"
    status, _, page = get(f"{served.url}{back.path}?{back.query}", cookie=cookie)
    return status, page


def ask(served, fake_slack, people, words: str):
    event = payloads.message_event(people.exec_client, words)
    served.send(event)
    served.settle()
    message = event["event"]
    return next(c for c in fake_slack.calls("chat.postMessage") if c.params.get("thread_ts") == message["ts"])


def test_connect_answer_lose_and_reconnect(with_oauth, people, fake_slack, google, sessions):
    refusal = ask(with_oauth, fake_slack, people, "What's on my calendar today?")
    [button] = refusal.buttons()
    assert "connect your Google Calendar" in refusal.text and button["action_id"] == "calendar.connect_link"
    assert "url" not in button  # a link is made only when the client clicks, and only for them

    status, page = sign_in(with_oauth, link_by_dm(with_oauth, fake_slack, people))
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

    assert again.buttons()[0]["action_id"] == "calendar.connect_link"  # Reconnect: the same flow
    assert sign_in(with_oauth, link_by_dm(with_oauth, fake_slack, people))[0] == 200
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
    link = link_by_dm(with_oauth, fake_slack, people)
    [dm] = [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == people.exec_client]
    assert "works once, in the next 10 minutes" in dm.text
    assert urlsplit(link).query.count(".") == 3  # client, expiry, nonce, signature


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


def google_token_of(sessions, people) -> bytes | None:
    with sessions() as session:
        return people_repo.find(session, people.exec_client).client.google_token


def test_a_forwarded_link_opened_after_the_client_is_refused(with_oauth, people, fake_slack, sessions):
    link = link_by_dm(with_oauth, fake_slack, people)
    assert sign_in(with_oauth, link)[0] == 200
    stored = google_token_of(sessions, people)

    status, _, page = open_link(with_oauth, link)  # the same link, forwarded, opened in another browser

    assert status == 400 and "already been used" in page
    assert google_token_of(sessions, people) == stored


def test_a_forwarded_link_opened_first_by_someone_else_stores_nothing_and_tells_both(
    with_oauth, people, fake_slack, sessions, google
):
    link = link_by_dm(with_oauth, fake_slack, people)
    google.tokens.signed_in_as = "mallory@example.net"  # whoever got the link signs in as themselves

    status, page = sign_in(with_oauth, link)
    with_oauth.settle()

    assert status == 403 and "different Google account" in page and "maria@" not in page
    assert google_token_of(sessions, people) is None
    told = {
        c.params["channel"]: c.text for c in fake_slack.calls("chat.postMessage") if "Connect link" in c.text
    }
    assert (
        "mallory@example.net" in told[people.exec_client] and "maria@example.com" in told[people.exec_client]
    )
    assert "mallory@example.net" in told[people.other_va]  # the client's VA
    assert open_link(with_oauth, link)[0] == 400  # and the link is spent


def test_without_an_email_on_file_the_link_alone_binds_the_sign_in(
    with_oauth, people, fake_slack, sessions, google
):
    with sessions.begin() as session:
        people_repo.find(session, people.exec_client).email = None
    google.tokens.signed_in_as = "maria.personal@example.net"

    assert sign_in(with_oauth, link_by_dm(with_oauth, fake_slack, people))[0] == 200
    assert google_token_of(sessions, people) is not None


def test_a_sign_in_finished_in_another_browser_is_refused(with_oauth, people, fake_slack, sessions):
    status, headers, _ = open_link(with_oauth, link_by_dm(with_oauth, fake_slack, people))
    assert status == 302
    back = urlsplit(get(headers["location"])[1]["location"])  # the consent page, passed on to someone
    callback = f"{with_oauth.url}{back.path}?{back.query}"

    status, _, page = get(callback, cookie="jane_google_connect=someone-elses")
    assert status == 400 and "didn&#x27;t start in this browser" in page
    status, _, page = get(callback, cookie=headers["set-cookie"].split(";")[0])  # the state is spent
    assert status == 400
    assert google_token_of(sessions, people) is None


def test_a_link_changed_or_past_its_minutes_is_refused(with_oauth, people, fake_slack, sessions):
    from integrations import connect_link

    link = link_by_dm(with_oauth, fake_slack, people)
    client_id, expires, nonce, _ = urlsplit(link).query.removeprefix("t=").split(".")
    with sessions() as session:
        other = people_repo.find(session, people.client).id
    forged = link.replace(f"t={client_id}.", f"t={other}.")  # another client's id, the same signature
    old = connect_link.make(SECRET, int(client_id), nonce, datetime.now(UTC) - timedelta(minutes=11))

    for refused in (forged, f"{PUBLIC}/google/connect?t={old}", f"{PUBLIC}/google/connect?state={nonce}"):
        status, _, page = open_link(with_oauth, refused)
        assert status == 400 and "expired" in page
    assert sign_in(with_oauth, link)[0] == 200  # the genuine link still works, once


@pytest.fixture
def debug_log():
    """`jane serve`'s logging (bot.telemetry.logs) at DEBUG, into a buffer; restored afterwards."""
    from bot.telemetry.logs import configure_logging
    from bot.telemetry.redact import PINNED_LOGGERS

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    pinned = {name: logging.getLogger(name).level for name in PINNED_LOGGERS}
    buffer = io.StringIO()
    configure_logging(logging.DEBUG, "%(levelname)s %(name)s %(message)s", stream=buffer,
                      secrets=(SECRET, payloads.SECRET, "xoxb-test-token"))  # fmt: skip
    try:
        yield buffer
    finally:
        for handler in root.handlers[:]:
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)
        for name, pinned_level in pinned.items():
            logging.getLogger(name).setLevel(pinned_level)


def test_the_oauth_flow_at_debug_leaves_no_token_code_or_verifier_in_the_log(
    debug_log, with_oauth, people, fake_slack, google
):
    link = link_by_dm(with_oauth, fake_slack, people)
    status, headers, _ = open_link(with_oauth, link)
    cookie = headers["set-cookie"].split(";")[0]
    back = urlsplit(get(headers["location"])[1]["location"])
    assert get(f"{with_oauth.url}{back.path}?{back.query}", cookie=cookie)[0] == 200
    google.tokens.access_tokens.clear()  # the next question refreshes the access token first
    assert "connect" not in ask(with_oauth, fake_slack, people, "What's on my calendar today?").text.lower()
    with_oauth.settle()

    log = debug_log.getvalue()
    secrets = [*google.tokens.issued, *google.tokens.verifiers, link.split("t=")[1], cookie.split("=")[1],
               SECRET, payloads.SECRET, "xoxb-test-token"]  # fmt: skip
    assert len(google.tokens.issued) >= 4 and google.tokens.verifiers  # code, access ×2, refresh
    assert log.count("DEBUG ") > 20  # the log really was at DEBUG
    assert [secret for secret in secrets if secret in log] == []
