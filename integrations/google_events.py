"""Translation between Calendar v3 event resources and Jane's Event / NewEvent values."""

from __future__ import annotations

from datetime import date, datetime

from googleapiclient.errors import HttpError

from integrations.calendar import Busy, CalendarAccessLost, CalendarError, Event, EventChange, NewEvent
from integrations.google_resources import EventResource, EventTime
from integrations.local_calendar import merge
from integrations.sentences import ACCESS_LOST, CALENDAR_NOT_FOUND, FORBIDDEN, PRIVATE_TITLE, UNAVAILABLE

RATE_LIMITED = {"rateLimitExceeded", "userRateLimitExceeded"}
HIDDEN = {"private", "confidential"}  # visibilities under which a reader without rights sees only the time
# The fields mask keeps nextPageToken: without it a partial response silently ends at the first page.
EVENT_FIELDS = (
    "nextPageToken,items(id,status,summary,start,end,location,transparency,visibility,hangoutLink,htmlLink,"
    "conferenceData/entryPoints(entryPointType,uri),attendees(self,responseStatus))"
)


def is_declined(item: EventResource) -> bool:
    """Whether the calendar's owner declined this event (it stays on their calendar, hidden by Jane)."""
    return any(a.get("self") and a.get("responseStatus") == "declined" for a in item.get("attendees", ()))


def to_event(item: EventResource) -> Event:
    start, end = item["start"], item["end"]
    all_day = "date" in start
    hidden = "summary" not in item and item.get("visibility") in HIDDEN
    return Event(
        id=item["id"],
        title=item.get("summary") or (PRIVATE_TITLE if hidden else "(no title)"),
        start=date.fromisoformat(start["date"]) if all_day else datetime.fromisoformat(start["dateTime"]),
        end=date.fromisoformat(end["date"]) if all_day else datetime.fromisoformat(end["dateTime"]),
        all_day=all_day,
        location=item.get("location"),
        link=meeting_link(item),
        free=item.get("transparency") == "transparent",
        private=hidden,
    )


def meeting_link(item: EventResource) -> str | None:
    """The video link to join, if the event has one (Meet's hangoutLink or a conference entry point)."""
    if item.get("hangoutLink"):
        return item["hangoutLink"]
    points = (item.get("conferenceData") or {}).get("entryPoints", ())
    return next((p["uri"] for p in points if p.get("entryPointType") == "video" and p.get("uri")), None)


def event_body(event: NewEvent, zone: str) -> tuple[EventResource, bool]:
    """The insert body with Jane's id, and whether it invites anyone (only addresses can be invited)."""
    emails = [a for a in event.attendees if "@" in a]
    names = [a for a in event.attendees if "@" not in a]
    notes = [event.description] if event.description else []
    if names:
        notes.append("With " + ", ".join(names))
    body: EventResource = {
        "id": event.key,
        "summary": event.title,
        "start": moment_in(event.start, zone),
        "end": moment_in(event.end, zone),
    }
    if notes:
        body["description"] = "\n".join(notes)
    if event.location:
        body["location"] = event.location
    if emails:
        body["attendees"] = [{"email": address} for address in emails]
    return body, bool(emails)


def times_body(change: EventChange, zone: str) -> dict[str, EventTime]:
    """The patch body of a move: only the new times, the rest of the event left as it is."""
    assert change.start is not None and change.end is not None, "a move has both times"
    return {"start": moment_in(change.start, zone), "end": moment_in(change.end, zone)}


def moment_in(when: datetime, zone: str) -> EventTime:
    """A timed event's start or end as Jane sends it: the moment, with the client's zone."""
    return {"dateTime": when.isoformat(), "timeZone": zone}


def busy_from_items(items: list[EventResource], start: datetime, end: datetime) -> list[Busy]:
    """Busy intervals from listed events, for grants without a free/busy scope (freebusy's rules)."""
    spans = []
    for item in items:
        if item.get("status") == "cancelled" or is_declined(item) or "date" in item["start"]:
            continue
        if item.get("transparency") != "transparent":
            begins, ends = moment(item["start"]["dateTime"]), moment(item["end"]["dateTime"])
            spans.append((max(begins, start), min(ends, end)))
    return merge(spans)


def moment(text: str) -> datetime:
    """An RFC 3339 moment from the API (Python 3.11 reads offsets and Z)."""
    return datetime.fromisoformat(text)


def translate_error(error: HttpError) -> CalendarError:
    """An API error as the sentence the client hears (a 409 on insert is handled before this)."""
    status = error.resp.status
    if status == 401:
        return CalendarAccessLost(ACCESS_LOST)
    if status == 404:
        return CalendarError(CALENDAR_NOT_FOUND)
    if status == 403 and not _reasons(error) & RATE_LIMITED:
        return CalendarError(FORBIDDEN)
    return CalendarError(UNAVAILABLE)


def _reasons(error: HttpError) -> set[str]:
    details = error.error_details if isinstance(error.error_details, list) else []
    return {d["reason"] for d in details if isinstance(d, dict) and isinstance(d.get("reason"), str)}
