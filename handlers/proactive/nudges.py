"""The nudge sweep: unclaimed and overdue requests, and deals nobody has updated.

Each nudge has its own outbox key, so it is written once however often the sweep runs. A nudge to a VA
outside their working hours (or to a client at night) is simply left for a later sweep, which writes it
once they are available — if it is still true then.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from handlers.core.reply import Reply
from handlers.core.timefmt import zone_of
from handlers.deals.stages import configured
from handlers.phases.duties import BY_ID
from handlers.proactive import notices
from handlers.proactive.hours import client_available_at, va_available_at
from handlers.proactive.job_plan import NUDGE_EVERY, holds
from handlers.proactive.job_run import JobRun
from handlers.proactive.schedule import at_local
from storage.models import ClientProfile, Person, Request
from storage.repositories import deals, people, requests


def run(run: JobRun) -> datetime:
    unclaimed(run)
    overdue(run)
    stale_deals(run)
    return run.now + NUDGE_EVERY


def unclaimed(run: JobRun) -> None:
    """After N minutes the client's VA is reminded; after 2N every VA (each VA once per request)."""
    wait = timedelta(minutes=run.world.settings.unclaimed_nudge_minutes)
    for request in requests.unclaimed_since(run.session, run.now - wait):
        profile = request.client.client
        if profile is None or not _still_granted(profile, request.duty):
            continue
        everyone = profile.va is None or run.now - request.created_at >= 2 * wait
        targets = people.vas(run.session) if everyone or profile.va is None else [profile.va]
        for va in targets:
            # Only a VA who serves the client may claim; the others are told so they can chase it.
            reply = notices.unclaimed(request, run.now, can_claim=people.serves(va, profile))
            _tell_va(run, va, reply, f"nudge:unclaimed:{request.id}")


def overdue(run: JobRun) -> None:
    """A request past its due date: its VA is flagged and the client is told honestly, once each."""
    for request in requests.past_due(run.session, run.now):
        profile = request.client.client
        if profile is None or not _still_granted(profile, request.duty) or not _past_due(request, run.now):
            continue
        va = request.owner or profile.va
        if va is not None:
            _tell_va(run, va, notices.overdue_for_va(request), f"nudge:overdue:{request.id}")
        client = request.client
        if client_available_at(client, run.now, run.world.settings.client_quiet_hours) <= run.now:
            reply = notices.overdue_for_client(request)
            run.notify.tell(client, reply, key=f"nudge:overdue:{request.id}", request=request)


def stale_deals(run: JobRun) -> None:
    """An open deal untouched for N days is flagged to the client's VA, again every further N days."""
    days, stages = run.world.settings.stale_deal_days, configured(run.world.settings)
    for deal in deals.untouched_since(run.session, stages.open_ids, run.now - timedelta(days=days)):
        client = run.session.get(Person, deal.client_id)
        profile = client.client if client else None
        if client is None or profile is None or profile.va is None or not holds(profile, "sales_tracking"):
            continue
        stretch = (run.now - deal.updated_at).days // days
        key = f"nudge:stale:{deal.id}:{deal.updated_at:%Y%m%d%H%M%S}:{stretch}"
        reply = notices.stale_deal(deal, client, stretch * days, stages.label(deal.stage))
        _tell_va(run, profile.va, reply, key)


def _tell_va(run: JobRun, va: Person, reply: Reply, key: str) -> None:
    if va_available_at(va, run.now) <= run.now:
        run.notify.tell(va, reply, key=key)


def _still_granted(profile: ClientProfile, duty: str) -> bool:
    return duty not in BY_ID or holds(profile, duty)


def _past_due(request: Request, now: datetime) -> bool:
    """A date-only due date runs to the end of that day in the client's zone."""
    due_at = request.due_at
    assert due_at is not None, "the overdue sweep selects only requests with a due date"
    if not request.due_all_day:
        return due_at < now
    zone = zone_of(request.client)
    day: date = due_at.astimezone(zone).date()
    return at_local(day + timedelta(days=1), time(0), zone) <= now
