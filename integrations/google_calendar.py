"""The Google Calendar adapter, through google-api-python-client's real HTTP code paths.

Reads are retried by the library (exponential backoff on 429, 5xx and 403 rateLimitExceeded); inserts
are not, because a lost response is resolved by the client-chosen event id instead: inserting the same
id again answers 409, and Jane then reads the event that already exists. A move (events.patch to new
times) is retried like a read, since the same times sent twice are one change; a cancel (events.delete)
is not, and a delete that finds the event already deleted (410) or unknown (404) has nothing left to do.
GOOGLE_API_ENDPOINT reaches every call through client_options; Jane sends no batch requests, whose URL
the library would take from the discovery document's rootUrl instead (and one question needs one call
anyway).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypedDict, Unpack

import google_auth_httplib2
import httplib2
from google.auth.credentials import Credentials
from google.auth.exceptions import RefreshError, TransportError
from googleapiclient.discovery import Resource, build
from googleapiclient.errors import HttpError
from googleapiclient.http import HttpRequest

from integrations.calendar import (
    Agenda,
    Busy,
    CalendarAccessLost,
    CalendarError,
    Created,
    EventChange,
    NewEvent,
)
from integrations.google_events import (
    EVENT_FIELDS,
    busy_from_items,
    event_body,
    is_declined,
    moment,
    times_body,
    to_event,
    translate_error,
)
from integrations.google_resources import EventResource, EventsPage, FreeBusyAnswer, FreeBusyCalendar
from integrations.google_settings import GoogleSettings
from integrations.local_calendar import merge
from integrations.sentences import ACCESS_LOST, CALENDAR_NOT_FOUND, EVENT_GONE, UNAVAILABLE
from storage.models import ClientProfile

TIMEOUT_SECONDS = 10
READ_RETRIES = 2  # backoff sleeps of up to 2 s then 4 s: a person is waiting for the answer
PAGE_SIZE = 250
GONE = {404, 410}  # an event id Google never had, or had and deleted


class GoogleOptions(TypedDict, total=False):
    """How a gateway talks to Google, beyond which calendar it reads (tests and the bench set some)."""

    freebusy: bool  # the grant may ask freebusy.query; without it busy time is read from events.list
    after_call: Callable[[], None]
    on_call: Callable[[str, str], None]  # (operation, outcome) of each call, for the metrics
    sleep: Callable[[float], None]  # the library's backoff sleep between retries
    timeout: float


class GoogleCalendar:
    """A CalendarGateway for one Google calendar, seen in one IANA time zone."""

    def __init__(
        self,
        credentials: Credentials,
        *,
        zone: str,
        calendar_id: str = "primary",
        api_endpoint: str | None = None,
        freebusy: bool = True,
        after_call: Callable[[], None] = lambda: None,
        on_call: Callable[[str, str], None] = lambda operation, outcome: None,
        sleep: Callable[[float], None] = time.sleep,
        timeout: float = TIMEOUT_SECONDS,
    ) -> None:
        self.credentials, self.zone, self.calendar_id = credentials, zone, calendar_id
        self.api_endpoint = api_endpoint.rstrip("/") + "/" if api_endpoint else None
        self.freebusy, self.after_call, self.sleep, self.timeout = freebusy, after_call, sleep, timeout
        self.on_call = on_call  # (operation, outcome) of each call, for the operator's metrics

    @classmethod
    def for_settings(
        cls,
        settings: GoogleSettings,
        credentials: Credentials,
        profile: ClientProfile,
        **options: Unpack[GoogleOptions],
    ) -> GoogleCalendar:
        return cls(
            credentials,
            zone=profile.person.tz or "UTC",
            calendar_id=profile.calendar_id or "primary",
            api_endpoint=settings.google_api_endpoint,
            **options,
        )

    def agenda(self, start: datetime, end: datetime) -> Agenda:
        items = self._items(start, end)
        live = [item for item in items if item.get("status") != "cancelled"]
        declined = [item for item in live if is_declined(item)]
        shown = [to_event(item) for item in live if not is_declined(item)]
        return Agenda(events=tuple(shown), declined=len(declined))

    def busy(self, start: datetime, end: datetime) -> list[Busy]:
        if not self.freebusy:  # the grant has no free/busy scope: derive it from the one events.list
            return busy_from_items(self._items(start, end), start, end)
        body = {
            "timeMin": start.isoformat(),
            "timeMax": end.isoformat(),
            "timeZone": self.zone,
            "items": [{"id": self.calendar_id}],
        }
        answer: FreeBusyAnswer = self._run(self._service().freebusy().query(body=body), READ_RETRIES)
        calendar = answer.get("calendars", {}).get(self.calendar_id, {})
        if calendar.get("errors"):
            raise CalendarError(CALENDAR_NOT_FOUND if _reason(calendar) == "notFound" else UNAVAILABLE)
        spans = [(moment(b["start"]), moment(b["end"])) for b in calendar.get("busy", [])]
        return merge(spans)

    def create(self, event: NewEvent) -> Created:
        body, invites = event_body(event, self.zone)
        options = {"sendUpdates": "all"} if invites else {}
        events = self._service().events()
        made: EventResource
        try:
            made = self._run(events.insert(calendarId=self.calendar_id, body=body, **options), 0, raw=True)
        except HttpError as error:
            if error.resp.status != 409:  # 409: this id exists, i.e. an earlier try of ours got through
                raise translate_error(error) from error
            made = self._run(events.get(calendarId=self.calendar_id, eventId=event.key), READ_RETRIES)
        return Created(id=made["id"], link=made.get("htmlLink"))

    def change(self, change: EventChange) -> None:
        """Move or cancel an event; Google tells its guests (sendUpdates=all)."""
        where = dict(calendarId=self.calendar_id, eventId=change.event_id, sendUpdates="all")
        events = self._service().events()
        try:
            if change.cancel:
                self._run(events.delete(**where), 0, raw=True)
            else:
                self._run(events.patch(**where, body=times_body(change, self.zone)), READ_RETRIES, raw=True)
        except HttpError as error:
            if error.resp.status not in GONE:
                raise translate_error(error) from error
            if not change.cancel:  # a cancel that finds the event gone is done
                raise CalendarError(EVENT_GONE) from error

    def _items(self, start: datetime, end: datetime) -> list[EventResource]:
        items: list[EventResource] = []
        page: str | None = None
        query = dict(
            calendarId=self.calendar_id,
            timeMin=start.isoformat(),
            timeMax=end.isoformat(),
            singleEvents=True,
            orderBy="startTime",
            timeZone=self.zone,
            fields=EVENT_FIELDS,
            maxResults=PAGE_SIZE,
        )
        events = self._service().events()
        while True:
            answer: EventsPage = self._run(events.list(**query, pageToken=page), READ_RETRIES)
            items.extend(answer.get("items", []))
            page = answer.get("nextPageToken")
            if not page:
                return items

    def _service(self) -> _Calendar:
        return _calendar_api(self.api_endpoint)

    def _run(self, request: HttpRequest, retries: int, raw: bool = False) -> Any:
        """The request's JSON answer, whose shape (google_resources.py) the caller names."""
        request._sleep = self.sleep  # the library's own stub point for its backoff sleeps
        # A fresh connection per call, with this gateway's credentials: httplib2 connections must not be
        # shared between threads, and the API's resources (shared) only build requests.
        http = google_auth_httplib2.AuthorizedHttp(self.credentials, http=httplib2.Http(timeout=self.timeout))
        outcome = "ok"
        try:
            return request.execute(http=http, num_retries=retries)
        except RefreshError as error:
            # A refused grant (invalid_grant) is never retried; only a token endpoint outage is "try later".
            outcome = "token_unavailable" if error.retryable else "access_lost"
            if error.retryable:
                raise CalendarError(UNAVAILABLE) from error
            raise CalendarAccessLost(ACCESS_LOST) from error
        except HttpError as error:
            outcome = f"http_{error.resp.status}"
            if raw:
                raise
            raise translate_error(error) from error
        except (OSError, TransportError, httplib2.HttpLib2Error) as error:  # timeouts, refused, reset
            outcome = "unreachable"
            raise CalendarError(UNAVAILABLE) from error
        finally:
            self.on_call(getattr(request, "methodId", None) or "unknown", outcome)
            self.after_call()


class _Calendar:
    """The Calendar API's resources that Jane calls, built once per endpoint and shared by every thread:
    building them from the discovery document costs milliseconds of CPU, and they hold no connection
    (each request is executed on a connection of its own, `GoogleCalendar._run`)."""

    def __init__(self, api_endpoint: str | None) -> None:
        options = {"api_endpoint": api_endpoint} if api_endpoint else None
        service = build(
            "calendar", "v3", http=httplib2.Http(), client_options=options, static_discovery=True,
            cache_discovery=False,
        )  # fmt: skip
        self._events, self._freebusy = service.events(), service.freebusy()

    def events(self) -> Resource:
        return self._events

    def freebusy(self) -> Resource:
        return self._freebusy


_apis: dict[str | None, _Calendar] = {}
_apis_lock = threading.Lock()


def load(api_endpoint: str | None) -> None:
    """Build the API's resources for an endpoint now (at start-up), not in the first request's time."""
    _calendar_api(api_endpoint)


def _calendar_api(api_endpoint: str | None) -> _Calendar:
    with _apis_lock:
        if api_endpoint not in _apis:
            _apis[api_endpoint] = _Calendar(api_endpoint)
        return _apis[api_endpoint]


def _reason(calendar: FreeBusyCalendar) -> str | None:
    return (calendar.get("errors") or [{}])[0].get("reason")
