"""Hours for the agency: the time logged on requests, per client and per person, over a run of days.

Days are counted in each client's own time zone, so "November" runs from midnight on the 1st to midnight
on December 1st where the client lives — the same month the client sees on their invoice — whoever asks.
The App Home, `jane admin hours` and "how many hours did Ana spend this month?" all read `totals`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from handlers.core.timefmt import local_midnight, zone_of
from storage.models import ClientProfile, Person
from storage.repositories import people, time_entries


@dataclass(frozen=True)
class Days:
    """A run of calendar days, [first, after): read in each client's zone."""

    first: date
    after: date

    def window(self, person: Person) -> tuple[datetime, datetime]:
        """The days as a half-open UTC window in the person's zone."""
        zone = zone_of(person)
        return local_midnight(self.first, zone), local_midnight(self.after, zone)

    @property
    def is_month(self) -> bool:
        return self.first.day == 1 and self.after == next_month(self.first)

    def label(self) -> str:
        """ "November 2026" for a month, "the week Mon 23 Nov – Sun 29 Nov" for a week (so "and last week?"
        hears it was a week), else "Tue 24 Nov – Thu 26 Nov"."""
        if self.is_month:
            return f"{self.first:%B %Y}"
        last = date.fromordinal(self.after.toordinal() - 1)
        span = f"{self.first:%a} {self.first.day} {self.first:%b} – {last:%a} {last.day} {last:%b}"
        return f"the week {span}" if self.is_week else span

    @property
    def is_week(self) -> bool:
        return self.first.weekday() == 0 and (self.after - self.first).days == 7


@dataclass(frozen=True)
class Line:
    """One person's time on one client's requests in the days asked about."""

    client: Person
    person: Person | None  # None: the person was removed since (their time stays on the books)
    minutes: int
    entries: int


def month(year: int, number: int) -> Days:
    first = date(year, number, 1)
    return Days(first, next_month(first))


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def month_of(moment: datetime, person: Person) -> Days:
    """The month it is at `moment` where `person` lives."""
    local = moment.astimezone(zone_of(person)).date()
    return month(local.year, local.month)


def totals(
    session: Session, days: Days, clients: Iterable[ClientProfile], person: Person | None = None
) -> list[Line]:
    """Each person's time (only `person`'s when given) on each client's requests, client by client, in
    the order given; a client or person with no time in those days has no line."""
    profiles = list(clients)
    windows = {profile.person_id: days.window(profile.person) for profile in profiles}
    found = time_entries.totals_of_clients(session, windows, person.id if person is not None else None)
    lines = []
    for profile in profiles:
        for total in found.get(profile.person_id, ()):
            worker = people.get(session, total.person_id) if total.person_id is not None else None
            lines.append(Line(profile.person, worker, total.minutes, total.entries))
    return lines


def clients_of(session: Session, person: Person) -> Sequence[ClientProfile]:
    """Whose hours a person may see: an admin everyone's; a VA those they serve or ever logged time for;
    a client their own."""
    if person.is_admin:
        return people.clients(session)
    if person.is_va:
        logged = set(time_entries.clients_with_time(session, person.id))
        return [c for c in people.clients(session) if c.va_id == person.id or c.person_id in logged]
    return [person.client] if person.client is not None else []
