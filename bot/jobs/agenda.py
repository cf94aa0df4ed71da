"""The daily agenda (Phase III, daily_schedule): a DM with the day's events at the client's local time."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot.jobs.hours import client_available_at
from bot.jobs.run import JobRun
from bot.jobs.schedule import local_date, local_day, next_occurrence, parse_hhmm, previous_occurrence
from bot.jobs.sync import holds
from handlers.core.context import Ask, Context, Notifier, Thread
from handlers.core.timefmt import zone_of
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
    """Write the agenda DM to the outbox, once per client and local day whoever runs it."""
    if run.calendar_day(profile, day, "agenda") is None:
        return False
    zone = zone_of(profile.person)
    start, end = local_day(day, zone)
    notify = run.notify
    reply = run.world.agenda_handler(_context(run, profile, notify), _ask(start, end, zone))
    notify.tell(profile.person, reply, key=f"agenda:{profile.person_id}:{day.isoformat()}")
    return True


def _context(run: JobRun, profile: ClientProfile, notify: Notifier) -> Context:
    return Context(
        session=run.session,
        asker=profile.person,
        now=run.now,
        notify=notify,
        calendar_for=run.world.calendar_for,
        thread=Thread(),
        settings=run.world.settings,
    )


def _ask(start: datetime, end: datetime, zone: ZoneInfo) -> Ask:
    slots = {"start": start.astimezone(zone).isoformat(), "end": end.astimezone(zone).isoformat()}
    return Ask(text="today's agenda", intent="calendar.agenda", duty="daily_schedule", slots=slots)
