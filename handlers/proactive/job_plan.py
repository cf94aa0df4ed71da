"""Which jobs should exist: each client's agenda, checklist and weekly review, and the global sweeps.

Settings and phases change in many places (App Home, a sentence, /phase, the admin CLI); rather than
hook every one, a periodic `reconcile` job brings the job table in line, and the run-time gate makes a
job for a duty that was withdrawn do nothing in the meantime.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from handlers.core.timefmt import zone_of
from handlers.phases.duties import is_granted
from handlers.proactive.schedule import next_occurrence, next_weekly, parse_hhmm
from storage.models import ClientProfile, Job
from storage.repositories import jobs, people

NUDGE_EVERY = timedelta(minutes=5)
RECONCILE_EVERY = timedelta(minutes=15)
GLOBAL_KINDS = ("nudges", "reconcile")


@dataclass(frozen=True)
class Wanted:
    key: str
    kind: str
    run_at: datetime
    payload: dict[str, Any]


def agenda_key(client_id: int) -> str:
    return f"agenda:{client_id}"


def confirmations_key(client_id: int) -> str:
    return f"confirmations:{client_id}"


def review_key(client_id: int) -> str:
    return f"review:{client_id}"


def holds(profile: ClientProfile, duty: str) -> bool:
    return is_granted(duty, profile.phase, profile.override_map)


def wanted_for(profile: ClientProfile, now: datetime, confirmations_at: str) -> Iterator[Wanted]:
    """The per-client jobs a client's phase and settings call for, at their next occurrence."""
    zone, payload = zone_of(profile.person), {"client_id": profile.person_id}
    if profile.agenda_time and holds(profile, "daily_schedule"):
        at = next_occurrence(
            now, parse_hhmm(profile.agenda_time), zone, weekdays_only=profile.agenda_weekdays_only
        )
        yield Wanted(agenda_key(profile.person_id), "agenda", at, payload)
    if profile.va_id is not None and holds(profile, "appointment_confirmations"):
        at = next_occurrence(now, parse_hhmm(confirmations_at), zone)
        yield Wanted(confirmations_key(profile.person_id), "confirmations", at, payload)
    if profile.review_time:  # every phase: the review looks back over the client's requests
        at = next_weekly(now, profile.review_day, parse_hhmm(profile.review_time), zone)
        yield Wanted(review_key(profile.person_id), "review", at, payload)


def sync_client(session: Session, profile: ClientProfile, now: datetime, confirmations_at: str) -> None:
    """Create, move or drop one client's jobs to match their phase and settings."""
    wanted = {w.key: w for w in wanted_for(profile, now, confirmations_at)}
    for key in (key_of(profile.person_id) for key_of in (agenda_key, confirmations_key, review_key)):
        job, want = jobs.find(session, key), wanted.get(key)
        if job is not None and _busy(job, now):
            continue  # running, retrying or catching up: the runner reschedules it from its own run
        if want is None:
            if job is not None:
                jobs.unschedule(session, key)
        elif job is None or job.run_at != want.run_at:
            jobs.schedule(session, want.key, want.kind, want.run_at, want.payload)


def _busy(job: Job, now: datetime) -> bool:
    leased = job.locked_until is not None and job.locked_until > now
    return leased or job.run_at <= now or "due" in (job.payload or {})


def sync_all(session: Session, now: datetime, confirmations_at: str) -> int:
    """Reconcile every client's jobs; returns how many clients were looked at."""
    profiles = people.clients(session)
    for profile in profiles:
        sync_client(session, profile, now, confirmations_at)
    return len(profiles)


def ensure_global(session: Session, now: datetime) -> None:
    """Create the sweeps if missing; safe when several processes start at once."""
    for kind in GLOBAL_KINDS:
        jobs.schedule_once(session, kind, kind, now)


def replan(session: Session, client_id: int, now: datetime) -> None:
    """Ask the runner to recompute a client's agenda time now, without sending anything."""
    jobs.schedule(session, agenda_key(client_id), "agenda", now, {"client_id": client_id, "replan": True})


def replan_review(session: Session, client_id: int, now: datetime) -> None:
    """Ask the runner to recompute a client's weekly review time now, without sending anything."""
    jobs.schedule(session, review_key(client_id), "review", now, {"client_id": client_id, "replan": True})
