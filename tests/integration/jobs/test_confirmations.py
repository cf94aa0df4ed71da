"""Appointment confirmations: the afternoon checklist to the VA, the Confirmed button, the client told."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from bot.outbox.notify import OutboxNotifier
from handlers.core.context import Context, Thread
from handlers.proactive import job_plan as sync
from handlers.proactive import notices
from integrations.calendar import CalendarAccessLost, Event
from storage.db import unit_of_work
from storage.models import AppointmentCheck, ClientProfile, OutboxMessage
from storage.repositories import jobs, people
from tests.integration.jobs.conftest import add_client, add_va, calendar_raising, outbox_keys, travel

MONDAY = datetime.fromisoformat("2026-11-02T12:00:00+00:00")  # 06:00 in Chicago


def event(n: int, start: str, minutes: int = 30, all_day: bool = False) -> Event:
    begins = datetime.fromisoformat(start)
    return Event(f"ev{n}", f"Appointment {n}", begins, begins + timedelta(minutes=minutes), all_day=all_day)


def setup(sessions, calendar, clock, *, phase: int = 2, va_tz: str = "America/Chicago") -> int:
    with unit_of_work(sessions) as session:
        ana = add_va(session, "UANA", tz=va_tz)
        add_va(session, "UBEN")
        client = add_client(session, "UMARIA", phase=phase, tz="America/Chicago", va=ana)
        calendar.events[client.person_id] = [
            event(2, "2026-11-03T16:30:00-06:00"),
            event(1, "2026-11-03T09:00:00-06:00"),
            event(3, "2026-11-04T10:00:00-06:00"),  # the day after: not on Monday's list
        ]
        sync.sync_client(session, client, clock(), "15:00")
        return client.person_id


def rows(sessions) -> dict[str, dict]:
    with sessions() as session:
        return {row.key: row.payload for row in session.scalars(select(OutboxMessage))}


def test_the_va_gets_tomorrows_appointments_at_three_with_a_button_each(sessions, runner, clock, calendar):
    client_id = setup(sessions, calendar, clock)
    travel(runner, clock, datetime.fromisoformat("2026-11-02T20:59:00+00:00"))
    assert outbox_keys(sessions) == []
    travel(runner, clock, datetime.fromisoformat("2026-11-02T21:30:00+00:00"))  # 15:30 in Chicago
    sent = rows(sessions)[f"confirmations:{client_id}:2026-11-03>UANA"]
    assert sent["channel"] == "UANA"
    assert sent["text"].index("9:00 AM — Appointment 1") < sent["text"].index("4:30 PM — Appointment 2")
    assert "Appointment 3" not in sent["text"]
    buttons = [e for b in sent["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["action_id"].split("#")[0] for b in buttons] == [notices.CONFIRM_ACTION] * 2


def test_a_va_off_duty_gets_the_list_when_their_day_starts(sessions, runner, clock, calendar):
    client_id = setup(sessions, calendar, clock, va_tz="Europe/London")  # 15:00 Chicago = 21:00 London
    travel(runner, clock, datetime.fromisoformat("2026-11-03T08:59:00+00:00"))
    assert outbox_keys(sessions) == []
    travel(runner, clock, datetime.fromisoformat("2026-11-03T09:30:00+00:00"))
    assert outbox_keys(sessions) == [f"confirmations:{client_id}:2026-11-03>UANA"]


def test_phase_one_gets_no_checklist(sessions, runner, clock, calendar):
    setup(sessions, calendar, clock, phase=1)
    travel(runner, clock, datetime.fromisoformat("2026-11-04T00:00:00+00:00"))
    assert outbox_keys(sessions) == []


def test_no_checklist_from_a_calendar_google_lost_access_to(sessions, runner, clock, calendar, world):
    client_id = setup(sessions, calendar, clock)
    world.calendar_for = calendar_raising(CalendarAccessLost("revoked"))
    travel(runner, clock, datetime.fromisoformat("2026-11-03T00:00:00+00:00"))
    assert outbox_keys(sessions) == []
    with sessions() as session:
        assert session.scalars(select(AppointmentCheck)).all() == []
        assert jobs.find(session, sync.confirmations_key(client_id)).last_error is None, "skipped, not failed"


def confirm_as(sessions, user_id: str, check_id: int, now: datetime):
    with unit_of_work(sessions) as session:
        actor = people.find(session, user_id)
        notify = OutboxNotifier(session)
        ctx = Context(session, actor, now, notify, lambda p: None, Thread())
        outcome = notices.confirm(ctx, check_id)
        if outcome.client_note is not None:
            notify.tell(outcome.client, outcome.client_note, key=f"confirmed:{check_id}")
        return outcome


def test_confirmed_marks_the_line_tells_the_client_and_only_the_first_click_counts(
    sessions, runner, clock, calendar
):
    setup(sessions, calendar, clock)
    travel(runner, clock, datetime.fromisoformat("2026-11-02T21:30:00+00:00"))
    with sessions() as session:
        first = session.scalars(select(AppointmentCheck).order_by(AppointmentCheck.starts_at)).first().id
    refused = confirm_as(sessions, "UBEN", first, clock())
    assert refused.card is None and refused.refusal.ephemeral and "UMARIA" in refused.refusal.text
    done = confirm_as(sessions, "UANA", first, clock())
    assert done.refusal is None and "✓ confirmed by uana" in done.card.sections[0]
    assert len(done.card.buttons) == 1
    assert "uana confirmed your appointment: Appointment 1" in done.client_note.text
    again = confirm_as(sessions, "UANA", first, clock())
    assert again.client_note is None and "Already confirmed" in again.refusal.text
    assert [k for k in outbox_keys(sessions) if k.startswith("confirmed:")] == [f"confirmed:{first}>UMARIA"]


def test_a_rerun_adds_new_appointments_without_duplicating(sessions, world, calendar, clock):
    from handlers.proactive import checklists as confirmations
    from handlers.proactive.job_run import JobRun
    from storage.models import Job

    client_id = setup(sessions, calendar, clock)
    for _ in range(2):
        with unit_of_work(sessions) as session:
            profile = session.get(ClientProfile, client_id)
            run = JobRun(
                session, Job(key="x", kind="confirmations", payload={}, run_at=clock()), clock(), world
            )
            confirmations.send(run, profile, datetime(2026, 11, 3).date())
    with sessions() as session:
        assert len(session.scalars(select(AppointmentCheck)).all()) == 2
