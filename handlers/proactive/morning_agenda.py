"""The daily agenda (Phase III, daily_schedule): a DM with the day's events at the client's local time."""

from __future__ import annotations

from datetime import date, datetime

from handlers.calendar.agenda import agenda_reply
from handlers.core.timefmt import zone_of
from handlers.proactive.hours import client_available_at
from handlers.proactive.job_plan import holds
from handlers.proactive.job_run import JobRun
from handlers.proactive.schedule import (
    local_date,
    local_day,
    next_occurrence,
    parse_hhmm,
    previous_occurrence,
)
from storage.models import ClientProfile


def run(run: JobRun) -> datetime | None:
    """Send today's agenda if its time has come, then point the job at the next one (None drops it)."""
    profile = run.session.get(ClientProfile, run.payload.get("client_id"))
    if profile is None or not profile.agenda_time or not holds(profile, "daily_schedule"):
        return None  # stopped or no longer granted: the reconcile job recreates it if that changes
    zone, clock = zone_of(profile.person), parse_hhmm(profile.agenda_time)
    weekdays = profile.agenda_weekdays_only
    following = next_occurrence(run.now, clock, zone, weekdays_only=weekdays)
    # Whatever was missed, only the latest occurrence counts, and only while it is still today there:
    # a runner that was down catches up once, and yesterday's agenda helps nobody.
    day = local_date(previous_occurrence(run.now, clock, zone, weekdays_only=weekdays), zone)
    if run.payload.get("replan") or day != local_date(run.now, zone):
        return following
    opens = client_available_at(profile.person, run.now, run.world.settings.client_quiet_hours)
    if opens > run.now:
        return run.defer(opens)
    send(run, profile, day)
    return following


def send(run: JobRun, profile: ClientProfile, day: date) -> bool:
    """Write the agenda DM to the outbox, once per client and local day whoever runs it: one calendar
    read, rendered by the same function that answers "what's on today?"."""
    found = run.calendar_day(profile, day, "agenda")
    if found is None:
        return False
    zone = zone_of(profile.person)
    start, end = local_day(day, zone)
    reply = agenda_reply(found, start.astimezone(zone), end.astimezone(zone), zone, today=day)
    run.notify.tell(profile.person, reply, key=f"agenda:{profile.person_id}:{day.isoformat()}")
    return True
