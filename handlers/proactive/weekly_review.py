"""The weekly review: a look back over a client's week, sent at their chosen day and local time (the job
kind `review`) and given when they ask "what did you do for me this week?" — both from `review`.

It lists what was done (with the VA's notes and time), what is open and who has it, what waits for an
answer, and — only where the client's phase grants it — the deals that moved and the coming week's
calendar. Each section keeps whole lines within a budget and counts the rest ("…and 12 more"), so even a
week of hundreds of requests is one message inside Slack's limits (README, "The weekly review").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from handlers.core import duration
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import mention, quote
from handlers.core.reply import Reply
from handlers.core.timefmt import zone_of
from handlers.deals.stages import Pipeline, configured
from handlers.phases.duties import PHASE_NAMES
from handlers.proactive.hours import client_available_at
from handlers.proactive.job_plan import holds
from handlers.proactive.job_run import JobRun
from handlers.proactive.schedule import at_local, next_weekly, parse_hhmm, previous_weekly
from integrations.calendar import Agenda, CalendarAccessLost, CalendarNotConnected, Event
from storage.models import ClientProfile, Person
from storage.repositories import deals, people, phases, requests, time_entries

# Characters each section may take, so that the whole review (headline and footnote included) stays
# within the 3,000 characters Jane gives a message's text (bot/slack/render.py, TEXT_LIMIT).
BUDGETS = {"done": 1100, "open": 500, "waiting": 350, "deals": 350, "calendar": 350}
MORE_ROOM = 60  # kept free in a section for its "…and N more" line
TEXT_SNIPPET, NOTE_SNIPPET, NAME_SNIPPET, TITLE_SNIPPET = 60, 90, 60, 40
TITLES_PER_DAY = 3
CATCH_UP = timedelta(days=2)  # a review missed (runner down, quiet hours) is still sent this long after
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Period:
    """The stretch looked back over, [start, end), and the days of the coming week to glance at."""

    start: datetime
    end: datetime
    ahead: tuple[datetime, datetime] | None = None


def review(
    session: Session,
    profile: ClientProfile,
    period: Period,
    *,
    pipeline: Pipeline,
    upcoming: Agenda | None = None,
    footnote: str | None = None,
) -> Reply:
    """The review of `period` for one client: their own requests, proposals, deals and calendar only."""
    client, zone = profile.person, zone_of(profile.person)
    sections = [
        _done(session, client, period),
        _open(session, client),
        _waiting(session, profile),
        _deals(session, client, period, pipeline) if holds(profile, "sales_tracking") else None,
    ]
    dates = {"start": _day(period.start, zone), "end": _day(period.end - timedelta(microseconds=1), zone)}
    if not any(sections):
        return Reply(say.REVIEW_EMPTY.format(**dates))
    if holds(profile, "daily_schedule") and period.ahead is not None:
        sections.append(_calendar(upcoming, zone) if upcoming is not None else None)
    found = tuple(section for section in sections if section)
    return Reply(say.REVIEW_HEADLINE.format(**dates), sections=found, footnote=footnote)


def _done(session: Session, client: Person, period: Period) -> str | None:
    finished = requests.done_between(session, client, period.start, period.end)
    if not finished:
        return None
    spent = time_entries.spent_by_request(session, (request.id for request, _ in finished))
    lines = []
    for request, _ in finished:
        minutes = spent.get(request.id, 0)
        lines.append(
            say.REVIEW_DONE_LINE.format(
                text=quote(request.text, TEXT_SNIPPET),
                owner=mention(request.owner) if request.owner else say.SOMEONE,
                spent=say.REVIEW_LINE_SPENT.format(spent=duration.show(minutes)) if minutes else "",
                note=say.REVIEW_DONE_NOTE.format(note=quote(request.note, NOTE_SNIPPET))
                if request.note
                else "",
            )
        )
    minutes_each = [spent.get(request.id, 0) for request, _ in finished]
    title = say.REVIEW_DONE_TITLE.format(count=len(finished), spent=_spent(sum(minutes_each)))

    def more(index: int) -> str:
        return say.REVIEW_MORE.format(count=len(lines) - index, spent=_spent(sum(minutes_each[index:])))

    return _section(title, fit(lines, BUDGETS["done"], more))


def _open(session: Session, client: Person) -> str | None:
    waiting_on_va = [
        r for r in requests.open_requests(session, client) if r.status != "awaiting_confirmation"
    ]
    if not waiting_on_va:
        return None
    lines = [
        say.REVIEW_OPEN_LINE.format(
            text=quote(r.text, TEXT_SNIPPET),
            state=say.STATUS_STATE[r.status].format(owner=mention(r.owner) if r.owner else say.SOMEONE),
        )
        for r in reversed(waiting_on_va)  # oldest first, as the queue reads
    ]
    return _section(say.REVIEW_OPEN_TITLE.format(count=len(lines)), fit(lines, BUDGETS["open"], _more(lines)))


def _waiting(session: Session, profile: ClientProfile) -> str | None:
    """Proposals waiting for the client's answer (or their VA's), and bookings waiting for the VA's check."""
    lines = []
    for proposal in phases.open_proposals(session, profile):
        name = PHASE_NAMES.get(proposal.to_phase or 0, f"Phase {proposal.to_phase}")
        if proposal.proposed_by_id == profile.person_id:
            va = mention(profile.va) if profile.va else say.REVIEW_YOUR_VA
            lines.append(say.REVIEW_WAITING_ASKED.format(phase_name=name, va=va))
        else:
            proposer = people.get(session, proposal.proposed_by_id) if proposal.proposed_by_id else None
            who = mention(proposer) if proposer else say.REVIEW_YOUR_VA_CAPITAL
            lines.append(say.REVIEW_WAITING_PROPOSAL.format(who=who, phase_name=name))
    bookings = [
        r for r in requests.open_requests(session, profile.person) if r.status == "awaiting_confirmation"
    ]
    lines += [say.REVIEW_WAITING_BOOKING.format(text=quote(r.text, TEXT_SNIPPET)) for r in reversed(bookings)]
    if not lines:
        return None
    title = say.REVIEW_WAITING_TITLE.format(count=len(lines))
    return _section(title, fit(lines, BUDGETS["waiting"], _more(lines)))


def _deals(session: Session, client: Person, period: Period, pipeline: Pipeline) -> str | None:
    moves = deals.stage_moves(session, client, period.start, period.end)
    if not moves:
        return None
    lines = [
        say.REVIEW_DEAL_LINE.format(
            deal=quote(deal.name, NAME_SNIPPET),
            before=pipeline.label(change.from_value) if change.from_value else say.REVIEW_DEAL_NEW,
            after=pipeline.label(change.to_value or ""),
        )
        for deal, change in moves
    ]
    return _section(
        say.REVIEW_DEALS_TITLE.format(count=len(lines)), fit(lines, BUDGETS["deals"], _more(lines))
    )


def _calendar(upcoming: Agenda, zone: ZoneInfo) -> str:
    by_day: dict[date, list[str]] = {}
    for event in upcoming.events:
        by_day.setdefault(_event_day(event, zone), []).append(quote(event.title, TITLE_SNIPPET))
    if not by_day:
        return say.REVIEW_CALENDAR_NONE
    lines = []
    for day in sorted(by_day):
        titles = by_day[day]
        rest = len(titles) - TITLES_PER_DAY
        extra = say.REVIEW_CALENDAR_MORE.format(count=rest) if rest > 0 else ""
        lines.append(
            say.REVIEW_CALENDAR_DAY.format(
                day=_plain_day(day), titles=", ".join(titles[:TITLES_PER_DAY]) + extra
            )
        )
    count = len(upcoming.events)
    title = say.REVIEW_CALENDAR_TITLE.format(count=count, s="" if count == 1 else "s")
    return _section(title, fit(lines, BUDGETS["calendar"], _more(lines)))


def fit(lines: Sequence[str], budget: int, more: Callable[[int], str]) -> list[str]:
    """As many whole lines as fit in `budget` characters, then `more(index of the first left out)`."""
    kept: list[str] = []
    used = 0
    for index, line in enumerate(lines):
        room = budget if index == len(lines) - 1 else budget - MORE_ROOM
        if used + len(line) + 1 > room:
            return [*kept, more(index)]
        kept.append(line)
        used += len(line) + 1
    return kept


def _more(lines: Sequence[str]) -> Callable[[int], str]:
    return lambda index: say.REVIEW_MORE.format(count=len(lines) - index, spent="")


def _section(title: str, lines: Sequence[str]) -> str:
    return "\n".join([title, *lines])


def _spent(minutes: int) -> str:
    return say.REVIEW_SPENT.format(spent=duration.show(minutes)) if minutes else ""


def _event_day(event: Event, zone: ZoneInfo) -> date:
    start = event.start
    return start.astimezone(zone).date() if isinstance(start, datetime) else start


def _day(moment: datetime, zone: ZoneInfo) -> str:
    return _plain_day(moment.astimezone(zone).date())


def _plain_day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


# --- the job: at the client's day and local time -------------------------------------------------------


def run(run: JobRun) -> datetime | None:
    """Send this week's review if its time has come, then point the job at next week's (None drops it)."""
    profile = run.session.get(ClientProfile, run.payload.get("client_id"))
    if profile is None or not profile.review_time:
        return None  # stopped: the reconcile job recreates it if it is switched on again
    zone, clock = zone_of(profile.person), parse_hhmm(profile.review_time)
    following = next_weekly(run.now, profile.review_day, clock, zone)
    occurrence = previous_weekly(run.now, profile.review_day, clock, zone)
    # A replan only recomputes the time; a review missed by more than CATCH_UP helps nobody any more.
    if run.payload.get("replan") or run.now - occurrence > CATCH_UP:
        return following
    opens = client_available_at(profile.person, run.now, run.world.settings.client_quiet_hours)
    if opens > run.now:
        return run.defer(opens)
    send(run, profile, occurrence)
    return following


def send(run: JobRun, profile: ClientProfile, occurrence: datetime) -> None:
    """Write the review to the outbox, once per client and review day, whoever runs it."""
    zone = zone_of(profile.person)
    period = scheduled_period(occurrence, zone)
    upcoming = None
    if period.ahead is not None and holds(profile, "daily_schedule"):
        upcoming = run.calendar_between(profile, *period.ahead, "weekly review")
    footnote = describe(profile)
    pipeline = configured(run.world.settings)
    reply = review(run.session, profile, period, pipeline=pipeline, upcoming=upcoming, footnote=footnote)
    day = occurrence.astimezone(zone).date()
    run.notify.tell(profile.person, reply, key=f"review:{profile.person_id}:{day.isoformat()}")


def scheduled_period(occurrence: datetime, zone: ZoneInfo) -> Period:
    """The week up to a review (from the same moment a week before, so reviews neither gap nor overlap),
    and the next Monday-to-Sunday week for the calendar."""
    local = occurrence.astimezone(zone)
    start = at_local(local.date() - WEEK, local.time().replace(tzinfo=None), zone)
    monday = local.date() + timedelta(days=7 - local.weekday())
    ahead = (at_local(monday, time(0), zone), at_local(monday + WEEK, time(0), zone))
    return Period(start, occurrence, ahead)


def describe(profile: ClientProfile) -> str | None:
    """The footnote saying when the review comes and how to change it."""
    if not profile.review_time:
        return None
    return say.REVIEW_FOOTNOTE.format(
        day=say.WEEKDAY_NAMES[profile.review_day % 7], time=_show_clock(profile.review_time)
    )


def _show_clock(hhmm: str) -> str:
    at = parse_hhmm(hhmm)
    return f"{at.hour % 12 or 12}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}"


# --- asked in words: "what did you do for me this week?" ----------------------------------------------


def asked(ctx: Context, ask: Ask) -> Reply:
    """The review of the window asked about (this week so far when none is named), for a client only:
    a client sees their own requests; anyone else is pointed at their hours."""
    profile = ctx.client
    if profile is None:
        return Reply(say.WORK_NOT_A_CLIENT)
    period = asked_period(ctx, ask)
    upcoming = None
    if period.ahead is not None and holds(profile, "daily_schedule"):
        try:
            upcoming = ctx.calendar_for(profile).agenda(*(m.astimezone(ctx.zone) for m in period.ahead))
        except (CalendarNotConnected, CalendarAccessLost):
            upcoming = None
    return review(ctx.session, profile, period, pipeline=configured(ctx.settings), upcoming=upcoming)


def asked_period(ctx: Context, ask: Ask) -> Period:
    """The window named ("this week", "last week", "yesterday"), up to now; this week so far by default.
    The coming week's calendar is glanced at only when the window reaches now."""
    slots = ask.slots or {}
    try:
        start = datetime.fromisoformat(str(slots["start"]))
        end = min(datetime.fromisoformat(str(slots["end"])), ctx.now)
    except (KeyError, ValueError):
        today = ctx.local_now.date()
        start, end = at_local(today - timedelta(days=today.weekday()), time(0), ctx.zone), ctx.now
    if end <= start:
        end = start + timedelta(microseconds=1)
    reaches_now = end >= ctx.now
    return Period(start, end, scheduled_period(ctx.now, ctx.zone).ahead if reaches_now else None)
