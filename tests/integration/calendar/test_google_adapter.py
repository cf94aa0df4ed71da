"""The Google adapter through google-api-python-client and google-auth's real HTTP paths, against the fake."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from handlers.core.timefmt import day_window
from integrations.calendar import CalendarAccessLost, CalendarError, EventChange, NewEvent
from integrations.google_auth import SCOPES
from integrations.google_calendar import READ_RETRIES
from integrations.sentences import EVENT_GONE, UNAVAILABLE

CHICAGO, KOLKATA = ZoneInfo("America/Chicago"), ZoneInfo("Asia/Kolkata")
DAY = date(2026, 3, 10)


def at(day: date, hour: int, minute: int = 0, zone=CHICAGO) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_lists_every_page_with_the_documented_query(google, calendar_in):
    google.calendar.max_page = 3  # Google may return fewer than maxResults per page
    for hour in range(8, 16):
        google.calendar.timed(f"Meeting {hour}", at(DAY, hour), at(DAY, hour, 30))

    agenda = calendar_in().agenda(*day_window(DAY, CHICAGO))

    assert [e.title for e in agenda.events] == [f"Meeting {hour}" for hour in range(8, 16)]
    lists = google.calls_of("events.list")
    assert len(lists) == 3
    assert [call.params.get("pageToken") for call in lists] == [None, "3", "6"]
    first = lists[0].params
    assert first["singleEvents"] == "true" and first["orderBy"] == "startTime"
    assert first["timeZone"] == "America/Chicago"
    assert "nextPageToken" in first["fields"]
    assert (first["timeMin"], first["timeMax"]) == ("2026-03-10T00:00:00-05:00", "2026-03-11T00:00:00-05:00")


def test_service_account_acts_as_the_client_with_narrow_scopes(google, calendar_in):
    calendar_in().agenda(*day_window(DAY, CHICAGO))
    assert google.tokens.subjects == ["maria@example.com"]
    assert sorted(google.tokens.jwt_scopes[0].split()) == sorted(SCOPES)


def test_declined_hidden_and_counted_cancelled_skipped_all_day_kept(google, calendar_in):
    me_declined = [{"email": "maria@example.com", "self": True, "responseStatus": "declined"}]
    google.calendar.timed("Declined sync", at(DAY, 9), at(DAY, 10), attendees=me_declined)
    google.calendar.timed("Cancelled lunch", at(DAY, 12), at(DAY, 13), status="cancelled")
    google.calendar.timed("Standup", at(DAY, 9, 30), at(DAY, 9, 45), hangoutLink="https://meet.example/abc")
    google.calendar.all_day("Offsite", DAY - timedelta(days=1), DAY + timedelta(days=2))

    agenda = calendar_in().agenda(*day_window(DAY, CHICAGO))

    assert [e.title for e in agenda.events] == ["Offsite", "Standup"]
    assert agenda.declined == 1
    offsite, standup = agenda.events
    assert offsite.all_day and (offsite.start, offsite.end) == (date(2026, 3, 9), date(2026, 3, 12))
    assert standup.link == "https://meet.example/abc"
    assert standup.start == at(DAY, 9, 30)


@pytest.mark.parametrize(
    ("day", "hours", "inside", "outside"),
    [
        # Spring forward: 23 hours; 23:30 CDT is still that day, 00:30 the next is not.
        (
            date(2026, 3, 8),
            23,
            utc(2026, 3, 9, 4, 30),
            utc(2026, 3, 9, 5, 30),
        ),
        # Fall back: 25 hours; 23:30 CST is still that day.
        (
            date(2026, 11, 1),
            25,
            utc(2026, 11, 2, 5, 30),
            utc(2026, 11, 2, 6, 30),
        ),
    ],
)
def test_daylight_saving_days_in_chicago(google, calendar_in, day, hours, inside, outside):
    google.calendar.timed("Late call", inside, inside + timedelta(minutes=15))
    google.calendar.timed("Next day", outside, outside + timedelta(minutes=15))
    start, end = day_window(day, CHICAGO)

    agenda = calendar_in().agenda(start, end)

    assert end.timestamp() - start.timestamp() == hours * 3600
    assert [e.title for e in agenda.events] == ["Late call"]
    params = google.calls_of("events.list")[0].params
    sent = datetime.fromisoformat(params["timeMax"]) - datetime.fromisoformat(params["timeMin"])
    assert sent == timedelta(hours=hours)


def test_half_hour_zone(google, calendar_in):
    # 19:00 UTC the evening before is 00:30 in Kolkata: on the asked day there, not in UTC.
    google.calendar.timed("Early call", utc(2026, 3, 9, 19, 0), utc(2026, 3, 9, 19, 30))
    google.calendar.timed("Too late", utc(2026, 3, 10, 18, 45), utc(2026, 3, 10, 19, 0))

    agenda = calendar_in("Asia/Kolkata").agenda(*day_window(DAY, KOLKATA))

    assert [e.title for e in agenda.events] == ["Early call"]
    assert agenda.events[0].start.utcoffset() == timedelta(hours=5, minutes=30)
    assert google.calls_of("events.list")[0].params["timeMin"] == "2026-03-10T00:00:00+05:30"


@pytest.mark.parametrize(
    ("status", "reason"), [(429, "rateLimitExceeded"), (403, "rateLimitExceeded"), (503, "backendError")]
)
def test_reads_retry_with_backoff_then_succeed(google, calendar_in, naps, status, reason):
    google.calendar.timed("Standup", at(DAY, 9), at(DAY, 9, 15))
    google.fail("events.list", status, times=1, reason=reason)

    agenda = calendar_in().agenda(*day_window(DAY, CHICAGO))

    assert [e.title for e in agenda.events] == ["Standup"]
    assert [call.status for call in google.calls_of("events.list")] == [status, 200]
    assert len(naps) == 1


def test_persistent_500_gives_a_clear_sentence_after_bounded_retries(google, calendar_in, naps):
    google.fail("events.list", 500)
    with pytest.raises(CalendarError) as raised:
        calendar_in().agenda(*day_window(DAY, CHICAGO))
    assert str(raised.value) == UNAVAILABLE
    assert not isinstance(raised.value, CalendarAccessLost)
    assert len(google.calls_of("events.list")) == 1 + READ_RETRIES
    assert len(naps) == READ_RETRIES


def test_permission_refused_is_not_retried(google, calendar_in, naps):
    google.fail("events.list", 403, reason="forbidden")
    with pytest.raises(CalendarError) as raised:
        calendar_in().agenda(*day_window(DAY, CHICAGO))
    assert "won't let me" in str(raised.value)
    assert len(google.calls_of("events.list")) == 1 and naps == []


def test_freebusy_merges_and_skips_declined_and_free_events(google, calendar_in):
    declined = [{"email": "maria@example.com", "self": True, "responseStatus": "declined"}]
    google.calendar.timed("A", at(DAY, 9), at(DAY, 10))
    google.calendar.timed("B", at(DAY, 9, 30), at(DAY, 11))
    google.calendar.timed("Declined", at(DAY, 13), at(DAY, 14), attendees=declined)
    google.calendar.timed("Focus (free)", at(DAY, 15), at(DAY, 16), transparency="transparent")

    busy = calendar_in().busy(*day_window(DAY, CHICAGO))

    assert [(b.start, b.end) for b in busy] == [(at(DAY, 9), at(DAY, 11))]
    assert [c.kind for c in google.calendar_calls()] == ["freebusy"]


def test_busy_without_a_freebusy_scope_comes_from_the_one_list(google, calendar_in):
    google.calendar.timed("A", at(DAY, 9), at(DAY, 10))
    busy = calendar_in(freebusy=False).busy(*day_window(DAY, CHICAGO))
    assert [(b.start, b.end) for b in busy] == [(at(DAY, 9), at(DAY, 10))]
    assert [c.kind for c in google.calendar_calls()] == ["events.list"]


def booking(key: str = "jane0123456789abcdef", attendees: tuple[str, ...] = ()) -> NewEvent:
    return NewEvent(key=key, title="Lunch with Sam", start=at(DAY, 12), end=at(DAY, 13), attendees=attendees)


def test_insert_uses_janes_id_and_invites_only_when_there_are_addresses(google, calendar_in):
    gateway = calendar_in()
    quiet = gateway.create(booking("quiet0001", ("Sam",)))
    loud = gateway.create(booking("loud00001", ("sam@example.com",)))

    inserts = google.calls_of("events.insert")
    assert [call.body["id"] for call in inserts] == ["quiet0001", "loud00001"]
    assert "sendUpdates" not in inserts[0].params and inserts[1].params["sendUpdates"] == "all"
    assert inserts[1].body["attendees"] == [{"email": "sam@example.com"}]
    assert quiet.id == "quiet0001" and quiet.link.endswith("eid=quiet0001") and loud.id == "loud00001"


def test_a_lost_insert_response_still_makes_one_event(google, calendar_in):
    google.lose_responses["events.insert"] = 1  # stored, then the connection drops before the answer

    created = calendar_in().create(booking())

    assert created.id == "jane0123456789abcdef"
    assert [e["id"] for e in google.calendar.events["primary"]] == [created.id]
    assert [c.status for c in google.calls_of("events.insert")] == [200, 409]  # the transport re-sent it
    assert len(google.calls_of("events.get")) == 1


def test_a_timed_out_insert_is_not_retried_and_a_second_try_finds_the_first(google, calendar_in):
    google.delay["events.insert"] = 0.4  # stored at once, answered after the client gave up
    with pytest.raises(CalendarError):
        calendar_in(timeout=0.1).create(booking())
    assert len(google.calls_of("events.insert")) == 1
    google.delay.clear()

    created = calendar_in().create(booking())

    assert created.id == "jane0123456789abcdef" and created.link
    assert len(google.calendar.events["primary"]) == 1


def test_a_move_patches_only_the_times_in_the_clients_zone_and_tells_the_guests(google, calendar_in):
    google.calendar.timed("Lunch with Sam", at(DAY, 12), at(DAY, 13), id="lunch1", location="Cafe")

    calendar_in().change(EventChange("lunch1", start=at(DAY, 12, 30), end=at(DAY, 14)))

    [patch] = google.calls_of("events.patch")
    assert patch.method == "PATCH" and patch.path.endswith("/calendars/primary/events/lunch1")
    assert patch.params["sendUpdates"] == "all"
    assert patch.body == {
        "start": {"dateTime": "2026-03-10T12:30:00-05:00", "timeZone": "America/Chicago"},
        "end": {"dateTime": "2026-03-10T14:00:00-05:00", "timeZone": "America/Chicago"},
    }
    [lunch] = calendar_in().agenda(*day_window(DAY, CHICAGO)).events
    assert (lunch.title, lunch.location) == ("Lunch with Sam", "Cafe")
    assert (lunch.start, lunch.end) == (at(DAY, 12, 30), at(DAY, 14))


def test_a_move_is_retried_like_a_read(google, calendar_in, naps):
    google.calendar.timed("Lunch", at(DAY, 12), at(DAY, 13), id="lunch1")
    google.fail("events.patch", 500, times=1)

    calendar_in().change(EventChange("lunch1", start=at(DAY, 15), end=at(DAY, 16)))

    assert [call.status for call in google.calls_of("events.patch")] == [500, 200]
    assert len(naps) == 1
    assert google.calendar.events["primary"][0]["start"]["dateTime"] == "2026-03-10T15:00:00-05:00"


def test_a_move_of_an_event_google_never_had_says_so_once(google, calendar_in, naps):
    with pytest.raises(CalendarError) as raised:
        calendar_in().change(EventChange("nosuch1", start=at(DAY, 15), end=at(DAY, 16)))

    assert str(raised.value) == EVENT_GONE and not isinstance(raised.value, CalendarAccessLost)
    assert [call.status for call in google.calls_of("events.patch")] == [404] and naps == []


def test_a_move_of_a_deleted_event_says_so_once(google, calendar_in, naps):
    google.calendar.timed("Lunch", at(DAY, 12), at(DAY, 13), id="lunch1", status="cancelled")
    google.fail("events.patch", 410, reason="deleted")

    with pytest.raises(CalendarError) as raised:
        calendar_in().change(EventChange("lunch1", start=at(DAY, 15), end=at(DAY, 16)))

    assert str(raised.value) == EVENT_GONE
    assert len(google.calls_of("events.patch")) == 1 and naps == []


def test_a_cancel_deletes_once_and_a_cancel_of_an_event_already_gone_is_done(google, calendar_in):
    google.calendar.timed("Lunch", at(DAY, 12), at(DAY, 13), id="lunch1")
    calendar = calendar_in()

    calendar.change(EventChange("lunch1", cancel=True))
    calendar.change(EventChange("lunch1", cancel=True))
    calendar.change(EventChange("nosuch1", cancel=True))

    deletes = google.calls_of("events.delete")
    assert [(call.method, call.status) for call in deletes] == [
        ("DELETE", 204),
        ("DELETE", 410),
        ("DELETE", 404),
    ]
    assert all(call.params["sendUpdates"] == "all" for call in deletes)
    assert calendar.agenda(*day_window(DAY, CHICAGO)).events == ()


def test_a_lost_delete_response_is_sent_again_and_found_done(google, calendar_in):
    google.calendar.timed("Lunch", at(DAY, 12), at(DAY, 13), id="lunch1")
    google.lose_responses["events.delete"] = 1  # deleted, then the connection drops before the answer

    calendar_in().change(EventChange("lunch1", cancel=True))

    assert [call.status for call in google.calls_of("events.delete")] == [
        204,
        410,
    ]  # the transport re-sent it
    assert google.calendar.events["primary"] == []


def test_a_failed_delete_is_not_retried(google, calendar_in, naps):
    google.calendar.timed("Lunch", at(DAY, 12), at(DAY, 13), id="lunch1")
    google.fail("events.delete", 503, times=1)

    with pytest.raises(CalendarError) as raised:
        calendar_in().change(EventChange("lunch1", cancel=True))

    assert str(raised.value) == UNAVAILABLE
    assert len(google.calls_of("events.delete")) == 1 and naps == []
    assert [e["id"] for e in google.calendar.events["primary"]] == ["lunch1"]


@pytest.mark.parametrize(
    ("kind", "change"),
    [
        ("events.patch", EventChange("lunch1", start=at(DAY, 15), end=at(DAY, 16))),
        ("events.delete", EventChange("lunch1", cancel=True)),
    ],
)
def test_a_refused_grant_on_a_change_is_access_lost(google, calendar_in, kind, change):
    google.calendar.timed("Lunch", at(DAY, 12), at(DAY, 13), id="lunch1")
    google.fail(kind, 401, reason="authError")

    with pytest.raises(CalendarAccessLost):
        calendar_in().change(change)

    assert google.calendar.events["primary"][0]["start"]["dateTime"] == at(DAY, 12).isoformat()


def test_each_call_is_reported_by_operation_and_outcome(google, calendar_in):
    seen: list[tuple[str, str]] = []
    google.fail("events.list", 404, times=1, reason="notFound")
    calendar = calendar_in(on_call=lambda operation, outcome: seen.append((operation, outcome)))

    with pytest.raises(CalendarError):
        calendar.agenda(*day_window(DAY, CHICAGO))
    calendar.agenda(*day_window(DAY, CHICAGO))

    assert seen == [("calendar.events.list", "http_404"), ("calendar.events.list", "ok")]
