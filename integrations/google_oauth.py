"""The "Connect Google Calendar" web flow, with state and PKCE.

The state and the PKCE code verifier live in the database (OAuthState), so one `jane serve` process can
hand out the link and any other can finish the flow. The token endpoint is the `token_uri` of the OAuth
client file, which is how tests point it at a local fake.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from google_auth_oauthlib.flow import Flow
from oauthlib.oauth2.rfc6749.errors import OAuth2Error
from requests import RequestException
from sqlalchemy import delete
from sqlalchemy.orm import Session

from integrations.google_auth import SCOPES, can_use_events, save_grant
from integrations.google_settings import GoogleSettings, sealing_secret
from integrations.sentences import (
    CONNECT_EXPIRED,
    CONNECT_NEEDS_EVENTS,
    CONNECT_NO_ANSWER,
    CONNECT_NO_REFRESH,
    CONNECT_NOT_SET_UP,
    CONNECT_REFUSED,
)
from storage.models import OAuthState, Person
from storage.types import utcnow

STATE_LIFETIME = timedelta(days=1)  # a Connect button in App Home may be clicked hours after it was shown
CONNECT_PATH, CALLBACK_PATH = "/google/connect", "/google/callback"
EXCHANGE_TIMEOUT = 10  # seconds Google's token endpoint has to answer the code exchange


class ConnectError(Exception):
    """The flow cannot finish; the message is a sentence for the browser page."""


def connect_url(session: Session, settings: GoogleSettings, client: Person) -> str:
    """A link for this client's Connect button: a fresh state bound to them, with its PKCE verifier."""
    session.execute(delete(OAuthState).where(OAuthState.created_at < utcnow() - STATE_LIFETIME))
    state = secrets.token_urlsafe(32)
    verifier = secrets.token_urlsafe(72)  # 96 characters, within PKCE's 43–128 unreserved characters
    session.add(OAuthState(state=state, client_id=client.id, code_verifier=verifier))
    session.flush()
    return f"{_base(settings)}{CONNECT_PATH}?state={state}"


def authorization_url(session: Session, settings: GoogleSettings, state: str) -> str:
    """Where /google/connect redirects the browser: Google's consent page with this state's challenge."""
    pending = _pending(session, state)
    flow = _flow(settings, pending)
    # prompt=consent makes Google return a refresh token even to someone who connected before.
    url, _ = flow.authorization_url(prompt="consent", include_granted_scopes="true")
    return url


@dataclass(frozen=True)
class Pending:
    """A spent connect state, as plain values: what the code exchange needs, outside any transaction."""

    state: str
    client_id: int
    code_verifier: str


@dataclass(frozen=True)
class Grant:
    """What Google granted in the exchange, ready to be stored."""

    client_id: int
    authorized_user: dict[str, Any]
    scopes: list[str]


def spend(session: Session, state: str) -> Pending:
    """Take the pending state (once: it is deleted), in a short transaction of its own."""
    pending = _pending(session, state)
    session.delete(pending)
    return Pending(pending.state, pending.client_id, pending.code_verifier)


def exchange(settings: GoogleSettings, pending: Pending, code: str) -> Grant:
    """Trade the code for tokens and check the granted scopes: a call to Google, so with no transaction
    open, and bounded by EXCHANGE_TIMEOUT."""
    flow = _flow(settings, pending)
    try:
        flow.fetch_token(code=code, timeout=EXCHANGE_TIMEOUT)
    except Warning as changed:
        # Granular consent: Google granted fewer scopes than asked. oauthlib reports that as a Warning
        # carrying the token; Jane takes the token and judges the scopes herself just below. oauthlib sets
        # the token on a plain Warning, so its types cannot show the attribute.
        flow.oauth2session.token = changed.token  # type: ignore[attr-defined]
    except OAuth2Error as error:
        raise ConnectError(CONNECT_REFUSED) from error
    except RequestException as error:
        raise ConnectError(CONNECT_NO_ANSWER) from error
    token = flow.oauth2session.token
    scope = token.get("scope") or SCOPES  # oauthlib hands it back as a list; absent means all that was asked
    granted = scope.split() if isinstance(scope, str) else list(scope)
    if not can_use_events(granted):
        raise ConnectError(CONNECT_NEEDS_EVENTS)
    if not token.get("refresh_token"):
        raise ConnectError(CONNECT_NO_REFRESH)
    return Grant(pending.client_id, _authorized_user(flow, token, granted), granted)


def store(session: Session, settings: GoogleSettings, grant: Grant) -> Person:
    """Store the grant encrypted, in a short transaction; the client it belongs to."""
    client = session.get(Person, grant.client_id)
    if client is None or client.client is None:  # no longer a client since the link was handed out
        raise ConnectError(CONNECT_EXPIRED)
    save_grant(client.client, sealing_secret(settings), grant.authorized_user, grant.scopes)
    return client


def finish(session: Session, settings: GoogleSettings, state: str, code: str) -> Person:
    """The whole flow in one session (for scripts and tests); the web callback runs the three steps with no
    transaction open across the exchange."""
    grant = exchange(settings, spend(session, state), code)
    return store(session, settings, grant)


def _pending(session: Session, state: str) -> OAuthState:
    pending = session.get(OAuthState, state) if state else None
    if pending is None or pending.created_at < utcnow() - STATE_LIFETIME:
        raise ConnectError(CONNECT_EXPIRED)
    return pending


def _flow(settings: GoogleSettings, pending: OAuthState | Pending) -> Flow:
    if settings.google_oauth_client_file is None:
        raise ConnectError(CONNECT_NOT_SET_UP)
    config = json.loads(settings.google_oauth_client_file.read_text())
    return Flow.from_client_config(
        config, scopes=list(SCOPES), redirect_uri=f"{_base(settings)}{CALLBACK_PATH}",
        state=pending.state, code_verifier=pending.code_verifier, autogenerate_code_verifier=False,
    )  # fmt: skip


def _authorized_user(flow: Flow, token: dict[str, Any], granted: list[str]) -> dict[str, Any]:
    """The token in google-auth's authorized-user form (what Credentials.from_authorized_user_info reads).

    Built here rather than with flow.credentials, whose timezone-aware expiry google-auth cannot compare.
    """
    config = flow.client_config
    expires = utcnow() + timedelta(seconds=int(token.get("expires_in", 0)))
    return {
        "token": token["access_token"], "refresh_token": token["refresh_token"],
        "token_uri": config["token_uri"], "client_id": config["client_id"],
        "client_secret": config["client_secret"], "scopes": granted,
        "expiry": expires.replace(tzinfo=None).isoformat(timespec="seconds") + "Z",
    }  # fmt: skip


def _base(settings: GoogleSettings) -> str:
    return str(settings.public_url).rstrip("/")
