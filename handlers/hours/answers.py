"""Hours asked in words: "how many hours did Ana spend this month?", "how much time did I log last week?".

Slots: `who` (the words naming a person or a client, or "I", "you"), `start`/`end` (the days asked about;
this month by default). A client hears only about their own requests, a VA only about their own time, an
admin about anyone's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from handlers.core import duration
from handlers.core import messages as say
from handlers.core.context import Ask, Context
from handlers.core.mrkdwn import escape, mention, quote
from handlers.core.reply import Reply
from handlers.hours.report import Days, Line, clients_of, month_of, totals
from storage.models import ClientProfile, Person
from storage.repositories import people, time_entries

SELF = frozenset({"i", "me", "myself", "you", "jane", "we", "us"})
MYSELF = frozenset({"i", "me", "myself"})
YOUR_VA = frozenset({"my va", "my assistant", "the va"})
MAX_LINES = 20


def handle(ctx: Context, ask: Ask) -> Reply:
    asker = ctx.asker
    if not (asker.is_admin or asker.is_va or asker.client is not None):
        return Reply(say.HOURS_NOT_FOR_STRANGERS)
    slots = ask.slots or {}
    days = _days(ctx, slots)
    clients = clients_of(ctx.session, asker)
    for_whom = str(slots.get("client") or "").strip()  # "how much time did Ana log for Tom?"
    if for_whom:  # (whom the time was for is settled first: a client hears only about their own)
        client = _match([c.person for c in clients], for_whom, profiles=clients)
        if not isinstance(client, ClientProfile):
            return _unknown(ctx, for_whom, days)
        clients = [client]
    name = str(slots.get("who") or "").strip()
    named = None if name.lower() in SELF or not name else _named(ctx.session, asker, clients, name)
    if name and named is None and name.lower() not in SELF:
        return _unknown(ctx, name, days)
    if isinstance(named, ClientProfile):
        clients = [named]
    worker = named if isinstance(named, Person) else None
    if name.lower() in MYSELF and asker.client is None:
        worker = asker  # "how much time did I log?": a VA's or an admin's own
    if not asker.is_admin and asker.client is None:
        if worker is not None and worker.id != asker.id:
            return Reply(say.HOURS_NOT_YOURS)
        worker = asker  # a VA sees their own time
    one = clients[0] if len(clients) == 1 and (for_whom or isinstance(named, ClientProfile)) else None
    return _answer(totals(ctx.session, days, clients, worker), days, asker, worker, one)


def _unknown(ctx: Context, name: str, days: Days) -> Reply:
    """A name the asker may not hear hours about. A client asking after a VA or an admin who did no work
    on their requests hears just that, in their own words (someone who never worked for them is not
    mentioned); a VA hears that the name is none of their clients, whoever it is (so nothing about anyone
    else's clients is told); an admin, that Jane knows nobody by that name."""
    asker = ctx.asker
    if asker.client is not None:
        worker = _match([*people.vas(ctx.session), *people.admins(ctx.session)], name)
        if isinstance(worker, Person):
            who = "@" + escape(name.removeprefix("@"))
            return Reply(say.HOURS_NONE_BY.format(who=who, on=say.HOURS_ON_THEM, window=days.label()))
        return Reply(say.HOURS_ONLY_YOURS.format(name=name))
    if not asker.is_admin:
        return Reply(say.NOT_YOUR_CLIENT.format(name=quote(name.removeprefix("@"))))
    return Reply(say.HOURS_WHO_UNKNOWN.format(name=name, on=say.HOURS_ON_CLIENTS))


def _answer(
    lines: list[Line], days: Days, asker: Person, worker: Person | None, client: ClientProfile | None = None
) -> Reply:
    on = say.HOURS_ON_YOURS if asker.client is not None else say.HOURS_ON_ALL
    # one client asked about, or all the time went to one: the headline names them
    served = {client.person_id} if client is not None else {line.client.id for line in lines}
    if len(served) == 1 and asker.client is None:
        on = say.HOURS_ON_CLIENT.format(client=mention(client.person if client else lines[0].client))
    who = (
        say.HOURS_YOU if worker is not None and worker.id == asker.id else mention(worker) if worker else None
    )
    who = who or say.HOURS_EVERYONE
    spent = sum(line.minutes for line in lines)
    # one client asked about is the one talked about next: "who's her VA?" after "and for maria?"
    topics = {"topics": {"client": {"name": client.person.label}}} if client is not None else {}
    if not lines:
        return Reply(say.HOURS_ANSWER_NONE.format(who=who, on=on, window=days.label()), extras=topics)
    headline = say.HOURS_ANSWER.format(who=who, spent=duration.show(spent), on=on, window=days.label())
    breakdown = _breakdown(lines, by_client=asker.client is None)
    # one line repeats the headline, unless the headline said "Everyone": then it says who it was
    shown = len(breakdown) > 1 or worker is None
    return Reply(headline, sections=("\n".join(breakdown),) if shown else (), extras=topics)


def _breakdown(lines: list[Line], *, by_client: bool) -> list[str]:
    """A client sees who spent the time; VAs and admins see which client it went to (and who)."""
    minutes: dict[str, int] = defaultdict(int)
    for line in lines:
        person = mention(line.person) if line.person else say.SOMEONE
        key = f"{mention(line.client)} · {person}" if by_client else person
        minutes[key] += line.minutes
    shown = [say.HOURS_ANSWER_LINE.format(who=k, spent=duration.show(m)) for k, m in minutes.items()]
    return shown[:MAX_LINES] + (
        [say.HOME_MORE.format(count=len(shown) - MAX_LINES)] if len(shown) > MAX_LINES else []
    )


def _days(ctx: Context, slots: Mapping[str, Any]) -> Days:
    """The days asked about, in the asker's calendar; this month when none is named."""
    try:
        start = datetime.fromisoformat(str(slots["start"])).astimezone(ctx.zone)
        end = datetime.fromisoformat(str(slots["end"])).astimezone(ctx.zone)
    except (KeyError, ValueError):
        return month_of(ctx.now, ctx.asker)
    last = (end - timedelta(microseconds=1)).date()
    return Days(start.date(), last + timedelta(days=1))


def _named(
    session: Session, asker: Person, clients: Sequence[ClientProfile], name: str
) -> Person | ClientProfile | None:
    """Whom the words name, among those the asker may hear about: for a client the people who worked on
    their requests (and their VA); for a VA or an admin also the clients they see."""
    if asker.client is not None and name.lower() in YOUR_VA:
        return asker.client.va
    if asker.client is not None:
        ids = {person_id for c in clients for person_id in time_entries.workers(session, c.person_id)}
        va = asker.client.va_id
        candidates = [p for p in (people.get(session, i) for i in ids | ({va} if va else set())) if p]
        return _match(candidates, name)
    workers = [*people.vas(session), *people.admins(session)]
    return _match([c.person for c in clients], name, profiles=clients) or _match(workers, name)


def _match(
    candidates: Sequence[Person], name: str, profiles: Sequence[ClientProfile] = ()
) -> Person | ClientProfile | None:
    words = name.lower().removeprefix("@")
    for person in candidates:
        names = {
            person.user_id.lower(),
            (person.name or "").lower(),
            (person.name or "").lower().split(" ")[0],
        }
        if words in names - {""}:
            profile = next((p for p in profiles if p.person_id == person.id), None)
            return profile or person
    return None
