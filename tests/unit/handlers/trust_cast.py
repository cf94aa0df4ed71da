"""A cast for the /phase and App Home handler tests, and a notifier that records what Jane sends."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from handlers.context import Context, Thread
from handlers.reply import Reply
from storage.models import Person, Request
from storage.repositories import people, phases

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
class Cast:
    admin: Person
    va: Person
    other_va: Person
    client: Person
    other_client: Person
    loner: Person  # a client without a VA
    notify: RecordingNotifier = field(default_factory=RecordingNotifier)

    def ctx(self, session, asker: Person) -> Context:
        return Context(session, asker, NOW, self.notify, lambda profile: None, Thread())


def add_cast(session) -> Cast:
    """An admin, two VAs, a Phase II client served by `va`, a Phase I client of `other_va`, and a loner."""
    admin = people.upsert(session, "UADMIN", name="sam", is_admin=True)
    va = people.upsert(session, "UVERA", name="vera", is_va=True)
    other_va = people.upsert(session, "UOTTO", name="otto", is_va=True)
    client = people.upsert(session, "UCARLA", name="carla", tz="America/Chicago")
    people.make_client(session, client, phase=2).va_id = va.id
    other_client = people.upsert(session, "UDAN", name="dan")
    people.make_client(session, other_client, phase=1).va_id = other_va.id
    loner = people.upsert(session, "ULONE", name="lone")
    people.make_client(session, loner, phase=1)
    for person in (client, other_client, loner):
        phases.record_start(session, person.client, by=admin)
    session.flush()
    for person in (client, other_client, loner):
        session.refresh(person.client)
    return Cast(admin, va, other_va, client, other_client, loner)
