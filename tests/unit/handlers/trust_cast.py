"""A cast for the /phase and App Home handler tests, and a notifier that records what Jane sends."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from handlers.core.context import Context, Thread
from handlers.core.reply import Reply
from storage.models import Person, Request
from storage.repositories import people, phases
from tests.cast import Team, add_two_teams

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)


@dataclass
class Told:
    to: str
    reply: Reply
    key: str


@dataclass
class RecordingNotifier:
    """The Notifier port, keeping what would go out instead of writing the outbox."""

    told: list[Told] = field(default_factory=list)
    homes: list[str] = field(default_factory=list)
    cards: list[tuple[int, Reply]] = field(default_factory=list)

    def tell(self, person: Person, reply: Reply, *, key: str, request: Request | None = None) -> None:
        self.told.append(Told(person.user_id, reply, key))

    def post_card(self, request: Request, reply: Reply) -> None:
        self.cards.append((request.id, reply))

    def update_card(self, request: Request, reply: Reply) -> None:
        self.cards.append((request.id, reply))

    def refresh_home(self, person: Person) -> None:
        self.homes.append(person.user_id)

    def to(self, user_id: str) -> list[Reply]:
        return [t.reply for t in self.told if t.to == user_id]


@dataclass
class Cast(Team):
    loner: Person  # a client without a VA
    notify: RecordingNotifier = field(default_factory=RecordingNotifier)

    def ctx(self, session, asker: Person) -> Context:
        return Context(session, asker, NOW, self.notify, lambda profile: None, Thread())


IDS = {
    "admin": ("UADMIN", "sam"), "va": ("UVERA", "vera"), "other_va": ("UOTTO", "otto"),
    "client": ("UCARLA", "carla"), "other_client": ("UDAN", "dan"),
}  # fmt: skip


def add_cast(session) -> Cast:
    """An admin, two VAs, a Phase II client served by `va`, a Phase I client of `other_va`, and a loner."""
    team = add_two_teams(session, IDS)
    loner = people.upsert(session, "ULONE", name="lone")
    people.make_client(session, loner, phase=1)
    clients = (team.client, team.other_client, loner)
    for person in clients:
        phases.record_start(session, person.client, by=team.admin)
    session.flush()
    for person in clients:
        session.refresh(person.client)
    return Cast(**vars(team), loner=loner)
