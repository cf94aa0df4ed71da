"""The Calendar v3 JSON that Jane sends and reads, as typed dictionaries (only the fields Jane uses).

The API answers with plain JSON; these shapes say which keys the adapter relies on, so a typo in a key
is a type error rather than a missing event.
"""

from __future__ import annotations

from typing import Required, TypedDict


class EventTime(TypedDict, total=False):
    """An event's start or end: `date` for all-day events, `dateTime` (RFC 3339) for the others."""

    date: str
    dateTime: str
    timeZone: str


class Attendee(TypedDict, total=False):
    email: str
    self: bool  # this attendee is the calendar's owner
    responseStatus: str


class EntryPoint(TypedDict, total=False):
    entryPointType: str
    uri: str


class ConferenceData(TypedDict, total=False):
    entryPoints: list[EntryPoint]


class EventResource(TypedDict, total=False):
    """An event as events.list and events.get answer it, and as events.insert takes it."""

    id: Required[str]
    start: Required[EventTime]
    end: Required[EventTime]
    status: str
    summary: str
    description: str
    location: str
    transparency: str
    visibility: str
    hangoutLink: str
    htmlLink: str
    conferenceData: ConferenceData
    attendees: list[Attendee]


class EventsPage(TypedDict, total=False):
    items: list[EventResource]
    nextPageToken: str


class ErrorDetail(TypedDict, total=False):
    domain: str
    reason: str


class BusySpan(TypedDict):
    start: str
    end: str


class FreeBusyCalendar(TypedDict, total=False):
    busy: list[BusySpan]
    errors: list[ErrorDetail]


class FreeBusyAnswer(TypedDict, total=False):
    calendars: dict[str, FreeBusyCalendar]
