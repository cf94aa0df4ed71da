"""Appointment confirmations (Phase II): each afternoon the VA gets the client's next-day appointments."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from handlers.core.timefmt import zone_of
from handlers.proactive import notices
from handlers.proactive.hours import va_available_at
from handlers.proactive.job_plan import holds
from handlers.proactive.job_run import JobRun
from handlers.proactive.schedule import local_date, next_occurrence, parse_hhmm
from integrations.calendar import Event
from storage.models import ClientProfile
from storage.repositories import checks
from storage.repositories.checks import Appointment


def run(run: JobRun) -> datetime | None:
    """Send the checklist for the day after the occurrence due, inside the VA's working hours."""
    profile = run.session.get(ClientProfile, run.payload.get("client_id"))
    if profile is None or profile.va is None or not holds(profile, "appointment_confirmations"):
        return None
    zone = zone_of(profile.person)
    following = next_occurrence(run.now, parse_hhmm(run.world.settings.confirmations_at), zone)
    day = local_date(run.due, zone) + timedelta(days=1)
    # A VA whose day starts later still gets the list the next morning, until the appointments are past.
    if run.payload.get("replan") or local_date(run.now, zone) > day:
        return following
    opens = va_available_at(profile.va, run.now)
    if opens > run.now:
        return run.defer(opens)
    send(run, profile, day)
    return following


def send(run: JobRun, profile: ClientProfile, day: date) -> bool:
    """DM the VA the day's timed appointments, once per client and day; False when there are none."""
    va = profile.va
    assert va is not None, "confirmation lists are sent only for a client with a VA"
    agenda = run.calendar_day(profile, day, "confirmation list")
    if agenda is None:
        return False
    rows = [_row(e, e.start) for e in agenda.events if not e.all_day and isinstance(e.start, datetime)]
    listed = checks.record(run.session, profile.person_id, day, rows)
    if not listed:
        return False
    reply = notices.checklist(profile.person, day, listed)
    key = f"confirmations:{profile.person_id}:{day.isoformat()}"
    run.notify.tell(va, reply, key=key)
    return True


def _row(event: Event, starts_at: datetime) -> Appointment:
    return {
        "event_key": f"{event.id}@{event.start.isoformat()}"[:300],
        "title": (event.title or "")[:300],
        "starts_at": starts_at,
        "location": (event.location or None) and event.location[:300],
    }
