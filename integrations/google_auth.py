"""Google credentials: the service account (domain-wide delegation) and each client's own OAuth grant."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, TypeVar, Unpack

from google.oauth2 import credentials as user_credentials
from google.oauth2 import service_account
from sqlalchemy.orm import Session

from integrations.calendar import (
    Agenda,
    Busy,
    CalendarAccessLost,
    CalendarNotConnected,
    Created,
    EventChange,
    NewEvent,
)
from integrations.google_calendar import GoogleCalendar, GoogleOptions
from integrations.google_settings import GoogleSettings, sealing_secret
from integrations.sentences import NOT_CONNECTED
from integrations.token_crypto import seal, unseal
from storage.models import ClientProfile
from storage.repositories import grants
from storage.types import utcnow

GOOGLE = "https://www.googleapis.com/auth/"
EVENTS_SCOPE = GOOGLE + "calendar.events"
FREEBUSY_SCOPE = GOOGLE + "calendar.freebusy"
# The narrowest pair that reads and creates events and asks free/busy; nothing else of the account.
SCOPES = (EVENTS_SCOPE, FREEBUSY_SCOPE)
# Grants that let Jane read and create events, and those that let freebusy.query answer.
EVENTS_CAPABLE = frozenset({EVENTS_SCOPE, GOOGLE + "calendar"})
FREEBUSY_CAPABLE = frozenset(
    {FREEBUSY_SCOPE, GOOGLE + "calendar", GOOGLE + "calendar.readonly", GOOGLE + "calendar.events.freebusy"}
)

SessionScope = Callable[[], AbstractContextManager[Session]]
Answer = TypeVar("Answer")


def service_account_credentials(info: dict[str, Any], subject: str) -> service_account.Credentials:
    """Domain-wide delegation: act as the client (`subject`), with only Jane's scopes.

    The token endpoint is the `token_uri` of the service-account file, which is how tests point it at a
    local fake without patching anything.
    """
    return service_account.Credentials.from_service_account_info(info, scopes=list(SCOPES), subject=subject)


class ServiceAccount:
    """The service account of a deployment, its private key read once: loading an RSA key costs tens of
    milliseconds of CPU, so each client's credentials are a copy of these acting as the client (the same
    signer, scopes and token endpoint, another subject) rather than the key read again per client."""

    def __init__(self, info: dict[str, Any]) -> None:
        self._credentials = service_account.Credentials.from_service_account_info(info, scopes=list(SCOPES))

    def acting_as(self, subject: str) -> service_account.Credentials:
        """Credentials for domain-wide delegation as `subject` (as `service_account_credentials` makes)."""
        return self._credentials.with_subject(subject)


def can_use_events(scopes: Iterable[str]) -> bool:
    return bool(EVENTS_CAPABLE & set(scopes))


def can_use_freebusy(scopes: Iterable[str]) -> bool:
    return bool(FREEBUSY_CAPABLE & set(scopes))


def client_config(settings: GoogleSettings) -> dict[str, Any]:
    """The "web" (or "installed") section of the OAuth client file, or {} without one."""
    if not settings.google_oauth_client_file:
        return {}
    config = json.loads(settings.google_oauth_client_file.read_text())
    return config.get("web") or config.get("installed") or {}


def save_grant(profile: ClientProfile, secret: str, token: dict[str, Any], granted: Iterable[str]) -> None:
    """Store a client's grant encrypted, with the scopes Google actually granted; any lost one is past."""
    profile.google_token = seal(secret, token)
    profile.google_scopes = " ".join(sorted(set(granted)))
    profile.google_access_lost_at = None


def connected_calendar(
    settings: GoogleSettings, profile: ClientProfile, scope: SessionScope, **options: Unpack[GoogleOptions]
) -> ForgetsLostGrant:
    """The client's own Google calendar: refreshed tokens are saved, a lost grant is forgotten."""
    sealed, secret = profile.google_token, sealing_secret(settings)
    if sealed is None:  # calendar_factory asks only for a stored grant; one forgotten meanwhile is gone
        raise CalendarNotConnected(NOT_CONNECTED)
    grant = unseal(secret, sealed)
    stored = user_credentials.Credentials.from_authorized_user_info(grant)
    # google-auth pins stored grants to Google's token endpoint; the operator's OAuth client file (never the
    # stored blob) may name another one, as a test's fake or a proxy does.
    credentials = stored.with_token_uri(client_config(settings).get("token_uri") or stored.token_uri)
    credentials.expiry = stored.expiry  # the copy forgets it, which would cost a failed call per question
    store = TokenStore(secret, profile.person_id, scope, credentials, sealed)
    granted = (profile.google_scopes or "").split()
    options["freebusy"], options["after_call"] = can_use_freebusy(granted), store.save_if_refreshed
    inner = GoogleCalendar.for_settings(settings, credentials, profile, **options)
    return ForgetsLostGrant(inner, store)


class TokenStore:
    """Writes a refreshed access token back (encrypted), so the next question need not refresh again.

    Each write is conditional on the grant this gateway was built from: a client who reconnected in the
    meantime (another request, another process) keeps their new grant.
    """

    def __init__(
        self,
        secret: str,
        client_id: int,
        scope: SessionScope,
        credentials: user_credentials.Credentials,
        sealed: bytes,
    ) -> None:
        self.secret, self.client_id, self.scope, self.credentials = secret, client_id, scope, credentials
        self.saved_token, self.sealed = credentials.token, sealed

    def save_if_refreshed(self) -> None:
        if self.credentials.token == self.saved_token:
            return
        fresh = seal(self.secret, json.loads(self.credentials.to_json()))
        if self._replace(google_token=fresh):
            self.sealed = fresh
        self.saved_token = self.credentials.token

    def forget(self) -> None:
        """Drop a revoked or expired grant, leaving a mark: until the client reconnects, every question
        hears "I've lost access" (with Reconnect) without another call to Google."""
        self._replace(google_token=None, google_scopes=None, google_access_lost_at=utcnow())

    def _replace(self, **values: Any) -> bool:
        with self.scope() as session:
            return grants.replace(session, self.client_id, self.sealed, **values)


class ForgetsLostGrant:
    """A CalendarGateway that forgets the client's grant when Google refuses it (never retried)."""

    def __init__(self, inner: GoogleCalendar, store: TokenStore) -> None:
        self.inner, self.store = inner, store

    def agenda(self, start: datetime, end: datetime) -> Agenda:
        return self._call(lambda: self.inner.agenda(start, end))

    def busy(self, start: datetime, end: datetime) -> list[Busy]:
        return self._call(lambda: self.inner.busy(start, end))

    def create(self, event: NewEvent) -> Created:
        return self._call(lambda: self.inner.create(event))

    def change(self, change: EventChange) -> None:
        self._call(lambda: self.inner.change(change))

    def _call(self, ask: Callable[[], Answer]) -> Answer:
        try:
            return ask()
        except CalendarAccessLost:
            self.store.forget()
            raise
