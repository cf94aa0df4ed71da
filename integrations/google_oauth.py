"""The "Connect Google Calendar" web flow: a signed one-time link, then state and PKCE (README: "The connect
link").

1. `connect_url`: a link for one client (integrations/connect_link.py), naming a pending row in the database.
2. `open_link` (GET /google/connect): the link is checked and spent, and a fresh state with its PKCE
   verifier is stored for Google's leg; the browser that opened the link gets a proof of it in a cookie.
3. `spend` and `require_same_browser` (GET /google/callback): the state is spent, and the browser must hold
   its proof.
4. `exchange`: the code for tokens, outside any transaction; the granted scopes and the account are read.
5. `store`: the grant, encrypted, once the caller has compared the account with the client's email.

Every pending row lives in the database, so one `jane serve` process can hand out the link and any other
can finish the flow. The token endpoint is the `token_uri` of the OAuth client file, which is how tests
point it at a local fake.
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
from sqlalchemy.orm import Session

from integrations import connect_link
from integrations.google_auth import SCOPES, can_use_events, save_grant
from integrations.google_identity import IDENTITY_GRANTS, IDENTITY_SCOPES, signed_in_email
from integrations.google_settings import GoogleSettings, sealing_secret
from integrations.sentences import (
    CONNECT_EXPIRED,
    CONNECT_NEEDS_EVENTS,
    CONNECT_NO_ANSWER,
    CONNECT_NO_REFRESH,
    CONNECT_NOT_SET_UP,
    CONNECT_OTHER_BROWSER,
    CONNECT_REFUSED,
    CONNECT_USED,
)
from storage.models import OAuthState, Person
from storage.repositories import oauth_states
from storage.types import utcnow

SIGN_IN_LIFETIME = timedelta(minutes=15)  # for the person on Google's pages, after the link was opened
CONNECT_PATH, CALLBACK_PATH = "/google/connect", "/google/callback"
EXCHANGE_TIMEOUT = 10  # seconds Google's token endpoint has to answer the code exchange


class ConnectError(Exception):
    """The flow cannot finish; the message is a sentence for the browser page."""


@dataclass(frozen=True)
class Started:
    """Where to send the browser (Google's consent page), and the state whose proof goes in its cookie."""

    url: str
    state: str


@dataclass(frozen=True)
class Pending:
    """A spent sign-in state: whose it was and its PKCE verifier."""

    client_id: int
    state: str
    code_verifier: str


@dataclass(frozen=True)
class Grant:
    """What Google granted: the token in google-auth's form, the calendar scopes, the signed-in account."""

    token: dict[str, Any]
    granted: list[str]
    email: str | None


def connect_url(session: Session, settings: GoogleSettings, client: Person) -> str:
    """A one-time, few-minutes link for this client: a signed token naming a fresh pending row."""
    oauth_states.forget_older_than(session, utcnow() - SIGN_IN_LIFETIME)
    nonce = secrets.token_urlsafe(32)
    session.add(OAuthState(state=nonce, client_id=client.id, code_verifier=secrets.token_urlsafe(72)))
    session.flush()
    token = connect_link.make(sealing_secret(settings), client.id, nonce, utcnow())
    return f"{_base(settings)}{CONNECT_PATH}?t={token}"


def open_link(session: Session, settings: GoogleSettings, token: str) -> Started:
    """The link is opened: check and spend it, and start Google's leg with a new state and verifier."""
    try:
        link = connect_link.read(sealing_secret(settings), token, utcnow())
    except connect_link.LinkRefused:
        raise ConnectError(CONNECT_EXPIRED) from None
    _spend(session, link.nonce, CONNECT_USED, client_id=link.client_id)
    # 96 characters, within PKCE's 43–128 unreserved characters
    state, verifier = secrets.token_urlsafe(32), secrets.token_urlsafe(72)
    session.add(OAuthState(state=state, client_id=link.client_id, code_verifier=verifier))
    session.flush()
    # prompt=consent makes Google return a refresh token even to someone who connected before.
    flow = _flow(settings, state, verifier)
    url, _ = flow.authorization_url(prompt="consent", include_granted_scopes="true")
    return Started(url, state)


def spend(session: Session, state: str) -> Pending:
    """Google sent the browser back: the state is spent, once, whatever happens next."""
    return _spend(session, state, CONNECT_EXPIRED)


def require_same_browser(settings: GoogleSettings, pending: Pending, browser_proof: str | None) -> None:
    """The sign-in must come back to the browser that opened the link (its cookie), so a consent page
    passed on to someone else connects nothing. Checked after `spend` commits: a refused try spends it."""
    if not connect_link.same_browser(sealing_secret(settings), pending.state, browser_proof):
        raise ConnectError(CONNECT_OTHER_BROWSER)


def exchange(settings: GoogleSettings, pending: Pending, code: str) -> Grant:
    """Trade the code for tokens (no transaction is held meanwhile) and check what was granted."""
    flow = _flow(settings, pending.state, pending.code_verifier)
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
    granted = [s for s in (scope.split() if isinstance(scope, str) else scope) if s not in IDENTITY_GRANTS]
    if not can_use_events(granted):
        raise ConnectError(CONNECT_NEEDS_EVENTS)
    if not token.get("refresh_token"):
        raise ConnectError(CONNECT_NO_REFRESH)
    email = signed_in_email(token, flow.client_config["client_id"], utcnow())
    return Grant(_authorized_user(flow, token, granted), granted, email)


def store(settings: GoogleSettings, client: Person, grant: Grant) -> None:
    """Keep the grant, encrypted, on the client's profile."""
    if client.client is None:  # no longer a client since the link was made
        raise ConnectError(CONNECT_EXPIRED)
    save_grant(client.client, sealing_secret(settings), grant.token, grant.granted)


def _spend(session: Session, state: str, refusal: str, client_id: int | None = None) -> Pending:
    """Delete a pending row, once: a second opener (or a concurrent one) finds it gone."""
    row = session.get(OAuthState, state) if state else None
    if row is None:
        raise ConnectError(refusal)
    if row.created_at < utcnow() - SIGN_IN_LIFETIME or (client_id is not None and row.client_id != client_id):
        raise ConnectError(CONNECT_EXPIRED)
    pending = Pending(row.client_id, row.state, row.code_verifier)
    if not oauth_states.spend(session, state):
        raise ConnectError(refusal)
    session.expunge(row)
    return pending


def _flow(settings: GoogleSettings, state: str, verifier: str) -> Flow:
    if settings.google_oauth_client_file is None:
        raise ConnectError(CONNECT_NOT_SET_UP)
    config = json.loads(settings.google_oauth_client_file.read_text())
    return Flow.from_client_config(
        config, scopes=[*SCOPES, *IDENTITY_SCOPES], redirect_uri=f"{_base(settings)}{CALLBACK_PATH}",
        state=state, code_verifier=verifier, autogenerate_code_verifier=False,
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
