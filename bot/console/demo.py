"""The console's demo workspace: a few people, deals and a local calendar, relative to a given moment.

The calendar and deals engineers may add rows here; keep everything relative to `now` so the demo
always reads as "today".
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from storage.models import CalendarEvent, Person
from storage.repositories import deals, people, phases, requests, time_entries

CLIENT_TZ = "America/Chicago"

# user id, name, role, phase, VA's user id, time zone
PEOPLE = (
    ("UADMIN001", "sam", "admin", None, None, "America/New_York"),
    ("UVA000001", "ana", "va", None, None, "America/Chicago"),
    ("UVA000002", "ben", "va", None, None, "Europe/London"),
    ("UCLIENT01", "maria", "client", 3, "UVA000001", CLIENT_TZ),
    ("UCLIENT02", "tom", "client", 1, "UVA000002", "America/Denver"),
)

# Deals, several clients' (two "Jones" deals for Maria, and one for Tom that Maria must never see):
# client, name, the stages it went through (the last is where it is now), days in that stage,
# expected close in days from today, amount, next step
DEALS = (
    ("UCLIENT01", "Jones – 14 Elm St", ("offer", "under_contract"), 12, 9, "412000", "Final walkthrough"),
    ("UCLIENT01", "Jones – 9 Oak Ave", ("proposal", "offer"), 4, 16, "365000", "Counter-offer due back"),
    ("UCLIENT01", "Lakeview listing", ("lead", "qualified", "proposal"), 6, 40, "289500", "Photos Tuesday"),
    ("UCLIENT01", "Baker Street duplex", ("offer",), 3, 21, "534000", "Inspection report due Friday"),
    ("UCLIENT01", "Maple Court condo", ("under_contract", "closing", "closed_won"), 20, -20, "248000", None),
    ("UCLIENT02", "Jones farmhouse", ("lead",), 2, 60, "720000", "First call with the sellers"),
)
STAGE_NOTES = {
    "under_contract": "Both sides signed; earnest money is in.",
    "offer": "Offer sent at asking, closing in 30 days.",
    "closed_won": "Keys handed over — congratulations!",
}
WEEK = timedelta(days=7)

# title, day (0 today, 1 tomorrow), local start, minutes, location
EVENTS = (
    ("Coffee with Priya (lender)", 0, time(8, 30), 30, "Blue Bottle, Main St"),
    ("Showing — 14 Lakeview Dr", 0, time(11, 0), 60, "14 Lakeview Dr"),
    ("Team call", 0, time(15, 0), 45, None),
    ("Jones final walkthrough", 1, time(10, 0), 60, "88 Jones Ave"),
    ("Dentist", 1, time(16, 30), 30, None),
)

# Requests already done this week, so the App Home's hours and "what did you do for me this week?" have
# something to show: client, duty, words, the VA's note, and the time logged (a correction is negative).
WORK = (
    ("UCLIENT01", "office_supplies", "please order more printer toner",
     "Ordered two black cartridges; they arrive Thursday.", (45,)),
    ("UCLIENT01", "mailing_lists", "add Sunday's open-house sign-ins to the mailing list",
     "Added 14 new contacts.", (75,)),
    ("UCLIENT01", "ad_copy", "write ad copy for the Lakeview listing",
     "A short and a long version are in your inbox.", (90, -15)),
    ("UCLIENT02", "mailings", "send the holiday cards", "Posted all 40 this morning.", (40,)),
)  # fmt: skip

FIRST_PERSON = "maria"  # whom the console speaks as unless told otherwise


def seed(session: Session, now: datetime) -> dict[str, Person]:
    """Create the demo people, their deals and Maria's calendar for today and tomorrow; people by name."""
    by_user: dict[str, Person] = {}
    for user_id, name, role, phase, va_user, tz in PEOPLE:
        person = people.upsert(
            session, user_id, name=name, tz=tz, email=f"{name}@example.com",
            is_admin=role == "admin", is_va=role == "va",
        )  # fmt: skip
        by_user[user_id] = person
        if role == "client":
            profile = people.make_client(session, person, phase)
            profile.va_id = by_user[va_user].id if va_user else None
            phases.record_start(session, profile, by=None)
    maria = by_user["UCLIENT01"]
    today = now.astimezone(ZoneInfo(CLIENT_TZ)).date()
    _seed_deals(session, by_user, today, now)
    _seed_events(session, maria, today)
    _seed_work(session, by_user, now)
    session.flush()
    return {person.label: person for person in by_user.values()}


def _seed_deals(session: Session, by_user: dict[str, Person], today: date, now: datetime) -> None:
    """Each deal walks its stages a week apart, changed by the client's VA, so it has a history to show."""
    for user_id, name, path, days_in_stage, close_in, amount, next_step in DEALS:
        client = by_user[user_id]
        va = client.client.va if client.client else None
        entered = now - timedelta(days=days_in_stage)
        moments = [entered - WEEK * (len(path) - 1 - step) for step in range(len(path))]
        deal = deals.add(
            session, client, name, path[0], next_step=next_step, close_date=today + timedelta(days=close_in),
            amount=Decimal(amount), by=va, now=moments[0],
        )  # fmt: skip
        deals.record_opened(session, deal, by=va, now=moments[0])
        for stage, moment in zip(path[1:], moments[1:], strict=True):
            deals.update(session, deal, by=va, stage=stage, note=STAGE_NOTES.get(stage), now=moment)


def _seed_events(session: Session, client: Person, today: date) -> None:
    zone = ZoneInfo(CLIENT_TZ)
    for number, (title, day, start, minutes, location) in enumerate(EVENTS, start=1):
        starts = datetime.combine(today + timedelta(days=day), start, tzinfo=zone)
        session.add(
            CalendarEvent(
                client_id=client.id, event_key=f"demo-{number}", title=title, starts_at=starts,
                ends_at=starts + timedelta(minutes=minutes), location=location,
            )
        )  # fmt: skip


def _week_start(now: datetime, zone: ZoneInfo) -> datetime:
    """Monday 00:00 of the week `now` falls in, on that zone's clock."""
    local = now.astimezone(zone)
    return datetime.combine(local.date() - timedelta(days=local.weekday()), time(0), tzinfo=zone)


def _seed_work(session: Session, by_user: dict[str, Person], now: datetime) -> None:
    """Each request claimed and done by the client's VA earlier this week (today, early on a Monday): this
    week as every demo person's clock reads it, so "what did ben log this week?" finds it in London as in
    Denver, however soon after a week turned over somewhere the demo starts."""
    monday = max(_week_start(now, ZoneInfo(tz)) for *_, tz in PEOPLE)
    for step, (user_id, duty, text, note, minutes) in enumerate(WORK):
        client = by_user[user_id]
        va = client.client.va if client.client else None
        if va is None:
            continue
        done_at = max(now - timedelta(hours=len(WORK) - step), monday + timedelta(minutes=step + 1))
        done_at = min(done_at, now - timedelta(seconds=len(WORK) - step))  # never after now
        request = requests.create(session, client, duty, text)
        requests.move(session, request.id, "claim", va, now=done_at - timedelta(minutes=1))
        requests.move(session, request.id, "done", va, note, now=done_at)
        for spent in minutes:
            time_entries.add(session, request, va, spent, at=done_at)
