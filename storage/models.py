"""Jane's tables as typed SQLAlchemy 2.0 models (ARCHITECTURE.md)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column, relationship

from storage.types import UTCDateTime, utcnow

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

REQUEST_STATUSES = ("queued", "claimed", "awaiting_confirmation", "done", "cancelled")
OPEN_REQUEST_STATUSES = ("queued", "claimed", "awaiting_confirmation")
REMINDER_STATUSES = ("pending", "sent", "cancelled")
# The partial unique index's predicate; storage.repositories.phases names it as its conflict target.
OPEN_PROPOSAL = "status = 'proposed'"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


class Person(Base):
    """Anyone Jane knows: roles are data here, never read from Slack profiles."""

    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("team_id", "user_id", name="uq_people_team_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32), default="")
    user_id: Mapped[str] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    is_va: Mapped[bool] = mapped_column(Boolean, default=False)
    work_start: Mapped[str] = mapped_column(String(5), default="09:00")
    work_end: Mapped[str] = mapped_column(String(5), default="18:00")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    client: Mapped[ClientProfile | None] = relationship(
        back_populates="person", foreign_keys="ClientProfile.person_id", uselist=False, lazy="joined"
    )

    @property
    def label(self) -> str:
        return self.name or self.user_id


class ClientProfile(Base):
    """What makes a person a client: their phase, their VA and their calendar."""

    __tablename__ = "client_profiles"

    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
    phase: Mapped[int] = mapped_column(Integer, default=1)
    va_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    calendar_id: Mapped[str | None] = mapped_column(String(200))
    agenda_time: Mapped[str | None] = mapped_column(String(5), default="08:00")
    agenda_weekdays_only: Mapped[bool] = mapped_column(Boolean, default=True)
    # The weekly review: a weekday (0 Monday … 6 Sunday) and a local time; no time means it is off.
    review_day: Mapped[int] = mapped_column(Integer, default=4, server_default="4")
    review_time: Mapped[str | None] = mapped_column(String(5), default="16:00", server_default="16:00")
    google_token: Mapped[bytes | None] = mapped_column(LargeBinary)
    google_scopes: Mapped[str | None] = mapped_column(Text)
    # When Google refused the grant (revoked or expired); cleared when the client connects again.
    google_access_lost_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    person: Mapped[Person] = relationship(back_populates="client", foreign_keys=[person_id])
    va: Mapped[Person | None] = relationship(foreign_keys=[va_id], lazy="joined")
    overrides: Mapped[list[DutyOverride]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="DutyOverride.duty"
    )

    @property
    def override_map(self) -> dict[str, bool]:
        return {o.duty: o.granted for o in self.overrides}


class DutyOverride(Base):
    """One duty granted or withheld on top of the phase: the client's job description."""

    __tablename__ = "duty_overrides"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("client_profiles.person_id", ondelete="CASCADE"), primary_key=True
    )
    duty: Mapped[str] = mapped_column(String(40), primary_key=True)
    granted: Mapped[bool] = mapped_column(Boolean)


class Request(Base):
    """What a client asked a VA to do (ARCHITECTURE.md, Requests)."""

    __tablename__ = "requests"
    __table_args__ = (Index("ix_requests_client_status", "client_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    duty: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(24), default="queued", index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    due_at: Mapped[datetime | None] = mapped_column()
    due_all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    channel: Mapped[str | None] = mapped_column(String(32))
    thread_ts: Mapped[str | None] = mapped_column(String(32))
    card_channel: Mapped[str | None] = mapped_column(String(32))
    card_ts: Mapped[str | None] = mapped_column(String(32))
    details: Mapped[dict[str, Any] | None] = mapped_column()
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    client: Mapped[Person] = relationship(foreign_keys=[client_id], lazy="joined")
    owner: Mapped[Person | None] = relationship(foreign_keys=[owner_id], lazy="joined")


class Reminder(Base):
    """Something a person asked Jane to remind them of: a DM at `due_at`, written once, by Jane herself."""

    __tablename__ = "reminders"
    __table_args__ = (Index("ix_reminders_person_status", "person_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text, default="")
    due_at: Mapped[datetime] = mapped_column()
    # False when the person named only a day or a part of one and Jane chose the hour.
    due_exact: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    person: Mapped[Person] = relationship(lazy="joined")


class RequestTransition(Base):
    """The audit trail of a request: append-only."""

    __tablename__ = "request_transitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)


class Deal(Base):
    """One of a client's deals in the sales cycle."""

    __tablename__ = "deals"
    __table_args__ = (
        Index("ix_deals_client_stage", "client_id", "stage"),
        Index("ix_deals_client_close", "client_id", "close_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    stage: Mapped[str] = mapped_column(String(40))
    next_step: Mapped[str | None] = mapped_column(Text)
    close_date: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    notes: Mapped[str | None] = mapped_column(Text)
    stage_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    updated_by: Mapped[Person | None] = relationship(foreign_keys=[updated_by_id], lazy="joined")


class DealChange(Base):
    """The history of a deal: append-only, one row per changed field."""

    __tablename__ = "deal_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    field: Mapped[str] = mapped_column(String(40))
    from_value: Mapped[str | None] = mapped_column(Text)
    to_value: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)

    actor: Mapped[Person | None] = relationship(lazy="joined")


@event.listens_for(DealChange, "before_update")
@event.listens_for(DealChange, "before_delete")
def _deal_history_is_append_only(
    _mapper: Mapper[DealChange], _connection: Connection, change: DealChange
) -> None:
    # History is evidence of who changed what: a correction is a new row, never an edit of an old one.
    raise ValueError(f"deal history is append-only; change {change.id} cannot be altered or removed")


class TimeEntry(Base):
    """Time a person spent on a request: append-only, a correction is a new (possibly negative) entry."""

    __tablename__ = "time_entries"
    __table_args__ = (
        Index("ix_time_entries_client_at", "client_id", "at"),
        Index("ix_time_entries_person_at", "person_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    # The request's client, kept on the entry so a month's hours are read without the requests.
    client_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)

    person: Mapped[Person | None] = relationship(foreign_keys=[person_id], lazy="joined")
    client: Mapped[Person] = relationship(foreign_keys=[client_id], lazy="joined")


@event.listens_for(TimeEntry, "before_update")
@event.listens_for(TimeEntry, "before_delete")
def _time_is_append_only(_mapper: Mapper[TimeEntry], _connection: Connection, entry: TimeEntry) -> None:
    # Hours are billed from these rows: a correction is a new entry, so every invoice can be traced.
    raise ValueError(f"time entries are append-only; entry {entry.id} cannot be altered or removed")


class PhaseChange(Base):
    """A phase proposal, a phase change or a duty override change: the trust audit trail."""

    __tablename__ = "phase_changes"
    __table_args__ = (
        Index("ix_phase_changes_client_status", "client_id", "status"),
        # At most one open proposal per client and phase, whoever asks and however many processes race.
        Index(
            "uq_phase_changes_open_proposal",
            "client_id",
            "to_phase",
            unique=True,
            sqlite_where=text(OPEN_PROPOSAL),
            postgresql_where=text(OPEN_PROPOSAL),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    # proposed → accepted | declined | withdrawn; direct changes are written as applied
    status: Mapped[str] = mapped_column(String(16))
    from_phase: Mapped[int | None] = mapped_column(Integer)
    to_phase: Mapped[int | None] = mapped_column(Integer)
    duty: Mapped[str | None] = mapped_column(String(40))
    granted: Mapped[bool | None] = mapped_column(Boolean)
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column()


class SlackEvent(Base):
    """Slack event ids already taken in: the unique key is what makes a retry harmless."""

    __tablename__ = "slack_events"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class OutboxMessage(Base):
    """An outgoing Slack Web API call, written with the state change and sent after commit."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    method: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column()
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    locked_until: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)
    result: Mapped[dict[str, Any] | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()
    # Bumped when a living message (a request's card, an App Home) is re-armed with newer content, so a
    # sender that finishes an older revision leaves the row pending instead of marking it sent.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The Slack request that wrote (or last re-armed) the row, so its send logs the same id as that request.
    request_id: Mapped[str | None] = mapped_column(String(40))
    # When the current content was queued (written or re-armed): the delivery horizon counts from here.
    queued_at: Mapped[datetime | None] = mapped_column()
    # A send that may have reached Slack without Jane hearing back: look for it before posting again.
    in_doubt: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))


class InboxItem(Base):
    """A verified Slack request, kept before its ack and worked on after it (ARCHITECTURE.md, A request's
    path): pending until the transaction that carries out its work also marks it done."""

    __tablename__ = "inbox"
    __table_args__ = (
        Index("ix_inbox_due", "status", "available_at"),
        Index("ix_inbox_person", "user_id", "status", "order_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # the delivery's id: a retry is dropped
    kind: Mapped[str] = mapped_column(String(12))  # event, action, view or command
    route: Mapped[str] = mapped_column(String(80))  # which listener's work runs it
    payload: Mapped[dict[str, Any]] = mapped_column()  # Slack's verified payload, as it came
    user_id: Mapped[str] = mapped_column(String(32))
    team_id: Mapped[str] = mapped_column(String(32), default="")
    # Slack's own time of the message or click (else the receipt): one person's rows run in this order.
    order_key: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(12), default="pending")  # pending, done or failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    available_at: Mapped[datetime] = mapped_column(default=utcnow)  # no worker elsewhere takes it before
    locked_until: Mapped[datetime | None] = mapped_column()
    locked_by: Mapped[str | None] = mapped_column(String(120))
    last_error: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column()
    request_id: Mapped[str | None] = mapped_column(String(40))  # the ack's id, carried into the work's logs


class Job(Base):
    """A scheduled piece of proactive work; `key` names it once (e.g. agenda:client:42)."""

    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_due", "run_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    run_at: Mapped[datetime] = mapped_column()
    locked_until: Mapped[datetime | None] = mapped_column()
    locked_by: Mapped[str | None] = mapped_column(String(100))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_run_at: Mapped[datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)


class AppointmentCheck(Base):
    """One next-day appointment on a VA's confirmation checklist (Phase II), and who confirmed it."""

    __tablename__ = "appointment_checks"
    __table_args__ = (
        UniqueConstraint("client_id", "event_key", name="uq_appointment_checks_client_event"),
        Index("ix_appointment_checks_client_day", "client_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    event_key: Mapped[str] = mapped_column(String(300))  # the event id and its start: one row per occurrence
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime | None] = mapped_column()  # None for an all-day event
    location: Mapped[str | None] = mapped_column(String(300))
    confirmed_at: Mapped[datetime | None] = mapped_column()
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    confirmed_by: Mapped[Person | None] = relationship(foreign_keys=[confirmed_by_id], lazy="joined")


class CalendarEvent(Base):
    """An event of the local calendar (the embedded default and the console demo)."""

    __tablename__ = "calendar_events"
    __table_args__ = (
        UniqueConstraint("client_id", "event_key", name="uq_calendar_events_client_key"),
        Index("ix_calendar_events_client_start", "client_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    event_key: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column()
    ends_at: Mapped[datetime] = mapped_column()
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    location: Mapped[str | None] = mapped_column(String(300))
    link: Mapped[str | None] = mapped_column(String(500))
    attendees: Mapped[dict[str, Any] | None] = mapped_column()
    declined: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class OAuthState(Base):
    """A pending "Connect Google Calendar" flow: the state and PKCE verifier, shared by every process."""

    __tablename__ = "oauth_states"

    state: Mapped[str] = mapped_column(String(100), primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    code_verifier: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Conversation(Base):
    """What one conversation (a DM, or a thread in a channel, per person) was last about: its topics, as
    README.md's "Follow-ups" describes them, kept here so that any process can take the next message."""

    __tablename__ = "conversations"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)  # team, channel, thread (in a channel), person
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    topics: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
