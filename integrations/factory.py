"""Which calendar a client's questions go to: Google (service account or their own grant) or the local one."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

from sqlalchemy.orm import Session, object_session, sessionmaker

from integrations.cache import AnswerCache, CachedCalendar
from integrations.calendar import (
    Agenda,
    Busy,
    CalendarAccessLost,
    CalendarError,
    CalendarGateway,
    CalendarNotConnected,
    Created,
    EventChange,
    NewEvent,
)
from integrations.google_settings import GoogleSettings
from integrations.local_calendar import LocalCalendar
from integrations.sentences import ACCESS_LOST, NO_EMAIL_FOR_GOOGLE, NOT_CONNECTED
from storage.db import unit_of_work
from storage.models import ClientProfile

if TYPE_CHECKING:  # Google's libraries load only when a Google calendar is configured
    from google.oauth2.service_account import Credentials

    from integrations.google_auth import ServiceAccount
    from integrations.google_calendar import GoogleOptions


def calendar_factory(
    settings: GoogleSettings,
    sessions: sessionmaker[Session],
    cache: AnswerCache | None = None,
    **google: Unpack[GoogleOptions],
) -> Callable[[ClientProfile], CalendarGateway]:
    """Build once per process; the returned function picks each client's calendar, behind one shared cache.

    Order: the service account (domain-wide delegation) when configured and the client's email is known;
    else the client's own connected Google account; else, when per-client OAuth is configured, a gateway
    that says "not connected"; else the local calendar in Jane's database. `google` options (e.g. `sleep`
    for the retry backoff, `timeout`) go to every Google gateway, for tests and the bench.
    """
    if settings.google_oauth_client_file:
        settings.require("secret_key", "public_url")  # fail at start-up, not at the first question
    service_account = _read_json(settings.google_service_account_file)
    signer: ServiceAccount | None = None
    if service_account or settings.google_oauth_client_file:  # loaded now, not by the first question
        from integrations.google_auth import ServiceAccount
        from integrations.google_calendar import load

        load(settings.google_api_endpoint)
        if service_account:  # its key read (and checked) at start-up, once
            signer = ServiceAccount(service_account)
    answers = cache or AnswerCache()
    sa_credentials: dict[str, Credentials] = {}
    lock = threading.Lock()

    def service_account_for(email: str) -> Credentials:
        # One credentials object per subject, so its access token is reused instead of fetched per question.
        assert signer is not None, "only with a service account"
        with lock:
            if email not in sa_credentials:
                sa_credentials[email] = signer.acting_as(email)
            return sa_credentials[email]

    def calendar_for(profile: ClientProfile) -> CalendarGateway:
        email = profile.person.email if profile.person else None
        if service_account and email:
            from integrations.google_calendar import GoogleCalendar

            credentials = service_account_for(email)
            google_calendar = GoogleCalendar.for_settings(settings, credentials, profile, **google)
            return CachedCalendar(google_calendar, answers, (profile.person_id, "service_account"))
        if profile.google_token and settings.google_oauth_client_file:
            from integrations.google_auth import connected_calendar

            try:
                connected = connected_calendar(settings, profile, _scope(profile, sessions), **google)
            except CalendarError as error:  # a token sealed with another key: as good as lost
                return Refusing(error)
            return CachedCalendar(connected, answers, (profile.person_id, "oauth"))
        if settings.google_oauth_client_file:
            if profile.google_access_lost_at is not None:  # told "Reconnect" until they do
                return Refusing(CalendarAccessLost(ACCESS_LOST))
            return Refusing(CalendarNotConnected(NOT_CONNECTED))
        if service_account:
            return Refusing(CalendarNotConnected(NO_EMAIL_FOR_GOOGLE))
        local = LocalCalendar(_scope(profile, sessions), profile.person_id)
        return CachedCalendar(local, answers, (profile.person_id, "local"))

    return calendar_for


class Refusing:
    """A calendar Jane cannot reach (no grant, unreadable grant): each call raises and none reaches Google."""

    remote = False  # it refuses at once, without a call

    def __init__(self, error: CalendarError) -> None:
        self.error = error

    def agenda(self, start: datetime, end: datetime) -> Agenda:
        raise self.error

    def busy(self, start: datetime, end: datetime) -> list[Busy]:
        raise self.error

    def create(self, event: NewEvent) -> Created:
        raise self.error

    def change(self, change: EventChange) -> None:
        raise self.error


def _scope(
    profile: ClientProfile, sessions: sessionmaker[Session]
) -> Callable[[], AbstractContextManager[Session]]:
    """The caller's own session when the profile came from one (so writes join its unit of work, and
    SQLite never waits on itself); otherwise a fresh unit of work per call."""
    bound = object_session(profile)
    if bound is not None:
        return lambda: nullcontext(bound)

    @contextmanager
    def fresh() -> Iterator[Session]:
        with unit_of_work(sessions) as session:
            yield session

    return fresh


def _read_json(path: Path | None) -> dict[str, Any] | None:
    return json.loads(path.read_text()) if path else None
