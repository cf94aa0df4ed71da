"""The fake Calendar v3's data and rules: events.list (window, paging, fields, timeZone), insert, get,
patch, delete, freeBusy."""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from tests.fakes.google_fields import apply, parse

DEFAULT_PAGE = 250
NOT_FOUND = {"error": {"code": 404, "message": "Not Found"}}
GONE = "Resource has been deleted"
DELETED = {
    "error": {
        "code": 410,
        "message": GONE,
        "errors": [{"domain": "global", "reason": "deleted", "message": GONE}],
    }
}


@dataclass
class CalendarState:
    events: dict[str, list[dict]] = field(default_factory=dict)  # calendar id -> event resources
    max_page: int = DEFAULT_PAGE  # Google may return fewer items than maxResults asks for
    deleted: set[tuple[str, str]] = field(default_factory=set)  # (calendar id, event id) deleted before

    def add(self, calendar_id: str = "primary", **resource) -> dict:
        """Store an event as Google would hold it (`start`/`end` as {"dateTime"} or {"date"})."""
        resource.setdefault("id", f"ev{sum(len(v) for v in self.events.values()) + 1}")
        resource.setdefault("status", "confirmed")
        self.events.setdefault(calendar_id, []).append(resource)
        return resource

    def timed(self, summary: str, start: datetime, end: datetime, calendar: str = "primary", **more) -> dict:
        start_at, end_at = {"dateTime": start.isoformat()}, {"dateTime": end.isoformat()}
        return self.add(calendar, summary=summary, start=start_at, end=end_at, **more)

    def all_day(self, summary: str, first: date, after_last: date, calendar: str = "primary", **more) -> dict:
        """An all-day event from `first` to the day before `after_last` (Google's end is exclusive)."""
        start_at, end_at = {"date": first.isoformat()}, {"date": after_last.isoformat()}
        return self.add(calendar, summary=summary, start=start_at, end=end_at, **more)

    def handle(self, kind: str, path: str, params: dict, body: dict | None, base_url: str) -> tuple:
        calendar_id = urllib.parse.unquote(path.split("/calendars/", 1)[-1].split("/", 1)[0])
        if kind == "events.list":
            return self._list(calendar_id, params)
        if kind == "events.insert":
            return self._insert(calendar_id, body or {}, params, base_url)
        if kind == "freebusy":
            return 200, self._freebusy(body or {})
        event_id = urllib.parse.unquote(path.rsplit("/", 1)[-1])
        if kind == "events.get":
            found = self._find(calendar_id, event_id)
            return (200, found) if found else (404, NOT_FOUND)
        if kind == "events.patch":
            return self._patch(calendar_id, event_id, body or {})
        if kind == "events.delete":
            return self._delete(calendar_id, event_id)
        return 404, NOT_FOUND

    def _list(self, calendar_id: str, params: dict) -> tuple[int, dict]:
        zone = ZoneInfo(params.get("timeZone", "UTC"))
        low, high = _moment(params["timeMin"]), _moment(params["timeMax"])
        items = [e for e in self.events.get(calendar_id, []) if _overlaps(e, low, high, zone)]
        items.sort(key=lambda e: _bounds(e, zone)[0])
        offset = int(params.get("pageToken") or 0)
        size = min(int(params.get("maxResults") or DEFAULT_PAGE), self.max_page)
        page = [_in_zone(e, params.get("timeZone")) for e in items[offset : offset + size]]
        answer: dict = {"kind": "calendar#events", "timeZone": zone.key, "items": page}
        if offset + size < len(items):
            answer["nextPageToken"] = str(offset + size)
        return 200, apply(answer, parse(params["fields"])) if params.get("fields") else answer

    def _insert(self, calendar_id: str, body: dict, params: dict, base_url: str) -> tuple[int, dict]:
        if any(e["id"] == body.get("id") for e in self.events.get(calendar_id, [])):
            message = "The requested identifier already exists."
            errors = [{"domain": "global", "reason": "duplicate", "message": message}]
            return 409, {"error": {"code": 409, "message": message, "errors": errors}}
        link = f"{base_url}/calendar/event?eid={body.get('id')}"
        event = self.add(calendar_id, **body, htmlLink=link)
        return 200, event

    def _find(self, calendar_id: str, event_id: str) -> dict | None:
        return next((e for e in self.events.get(calendar_id, []) if e["id"] == event_id), None)

    def _patch(self, calendar_id: str, event_id: str, body: dict) -> tuple[int, dict]:
        """The body's fields replace the stored ones; the others stay (patch semantics)."""
        found = self._find(calendar_id, event_id)
        if found is None:
            return 404, NOT_FOUND
        found.update(body)
        return 200, found

    def _delete(self, calendar_id: str, event_id: str) -> tuple[int, dict]:
        """204 with no body; deleting again answers 410 Gone, an id never seen 404."""
        found = self._find(calendar_id, event_id)
        if found is None:
            return (410, DELETED) if (calendar_id, event_id) in self.deleted else (404, NOT_FOUND)
        self.events[calendar_id].remove(found)
        self.deleted.add((calendar_id, event_id))
        return 204, {}

    def _freebusy(self, body: dict) -> dict:
        low, high = _moment(body["timeMin"]), _moment(body["timeMax"])
        calendars = {}
        for item in body.get("items", []):
            if item["id"] not in self.events:
                calendars[item["id"]] = {"errors": [{"domain": "global", "reason": "notFound"}], "busy": []}
                continue
            spans = sorted(
                (max(start, low), min(end, high))
                for e in self.events[item["id"]]
                if "dateTime" in e["start"] and _blocks(e) and _overlaps(e, low, high, UTC)
                for start, end in [_bounds(e, UTC)]
            )
            calendars[item["id"]] = {"busy": [{"start": _z(a), "end": _z(b)} for a, b in _merge(spans)]}
        return {"kind": "calendar#freeBusy", "timeMin": body["timeMin"], "timeMax": body["timeMax"],
                "calendars": calendars}  # fmt: skip


def _blocks(event: dict) -> bool:
    people = event.get("attendees", [])
    declined = any(a.get("self") and a.get("responseStatus") == "declined" for a in people)
    return event.get("status") != "cancelled" and event.get("transparency") != "transparent" and not declined


def _bounds(event: dict, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """All-day events run from midnight to midnight in the zone the list is read in."""

    def edge(part: dict) -> datetime:
        if "date" in part:
            return datetime.combine(date.fromisoformat(part["date"]), time(0), tzinfo=zone)
        return _moment(part["dateTime"])

    return edge(event["start"]), edge(event["end"])


def _overlaps(event: dict, low: datetime, high: datetime, zone: ZoneInfo) -> bool:
    start, end = _bounds(event, zone)
    return start < high and end > low


def _in_zone(event: dict, zone_name: str | None) -> dict:
    if not zone_name:
        return dict(event)
    zone, copy = ZoneInfo(zone_name), dict(event)
    for edge in ("start", "end"):
        if "dateTime" in event[edge]:
            moment = _moment(event[edge]["dateTime"]).astimezone(zone)
            copy[edge] = {"dateTime": moment.isoformat(), "timeZone": zone_name}
    return copy


def _merge(spans: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    merged: list[list[datetime]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
