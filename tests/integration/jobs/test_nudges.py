"""The nudge sweep: unclaimed → the client's VA → every VA; overdue; stale deals; hours respected."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from bot.settings import load_settings
from handlers.proactive import nudges
from handlers.proactive.job_run import JobRun
from storage.db import unit_of_work
from storage.models import Deal, Job, OutboxMessage, Request
from storage.repositories import requests
from tests.integration.jobs.conftest import add_client, add_va, outbox_keys

MONDAY_NOON = datetime.fromisoformat("2026-11-02T12:00:00+00:00")


def sweep(sessions, world, now: datetime, part=nudges.run) -> None:
    with unit_of_work(sessions) as session:
        part(JobRun(session, Job(key="nudges", kind="nudges", payload={}, run_at=now), now, world))


def people_and_request(sessions, *, created: datetime, va_hours=("09:00", "18:00"), **fields) -> int:
    with unit_of_work(sessions) as session:
        ana = add_va(session, "UANA", hours=va_hours)
        add_va(session, "UBEN")
        add_va(session, "UCARA", tz="Asia/Tokyo")  # 21:00 in Tokyo at noon UTC: off duty
        client = add_client(session, "UMARIA", phase=1, va=ana)
        request = requests.create(session, client.person, "office_supplies", "order printer paper", **fields)
        request.created_at = created
        return request.id


def test_unclaimed_goes_to_the_clients_va_then_to_every_va_once_each(sessions, world):
    request_id = people_and_request(sessions, created=MONDAY_NOON)
    sweep(sessions, world, MONDAY_NOON + timedelta(minutes=29))
    assert outbox_keys(sessions) == []
    for minutes in (30, 35, 45):
        sweep(sessions, world, MONDAY_NOON + timedelta(minutes=minutes))
    assert outbox_keys(sessions) == [f"nudge:unclaimed:{request_id}>UANA"]
    for minutes in (60, 65):
        sweep(sessions, world, MONDAY_NOON + timedelta(minutes=minutes))
    assert outbox_keys(sessions) == [
        f"nudge:unclaimed:{request_id}>UANA",
        f"nudge:unclaimed:{request_id}>UBEN",
    ]
    with sessions() as session:
        from storage.models import OutboxMessage

        rows = {row.key: row.payload for row in session.query(OutboxMessage)}
    assert _buttons(rows[f"nudge:unclaimed:{request_id}>UANA"]) == ["request.claim"]
    assert _buttons(rows[f"nudge:unclaimed:{request_id}>UBEN"]) == []  # Ben doesn't serve Maria


def _buttons(payload) -> list[str]:
    return [e["action_id"] for b in payload["blocks"] if b["type"] == "actions" for e in b["elements"]]


def test_a_claimed_request_is_not_nudged(sessions, world):
    request_id = people_and_request(sessions, created=MONDAY_NOON)
    with unit_of_work(sessions) as session:
        from storage.repositories import people

        requests.move(session, request_id, "claim", people.find(session, "UANA"))
    sweep(sessions, world, MONDAY_NOON + timedelta(hours=3))
    assert outbox_keys(sessions) == []


def test_a_va_off_duty_is_nudged_when_their_day_starts(sessions, world):
    evening = datetime.fromisoformat("2026-11-02T19:00:00+00:00")
    request_id = people_and_request(sessions, created=evening)
    sweep(sessions, world, evening + timedelta(minutes=40))
    assert outbox_keys(sessions) == []
    sweep(sessions, world, datetime.fromisoformat("2026-11-03T09:00:00+00:00"))
    keys = outbox_keys(sessions)
    assert f"nudge:unclaimed:{request_id}>UANA" in keys and f"nudge:unclaimed:{request_id}>UCARA" not in keys


def test_overdue_flags_the_va_and_tells_the_client_honestly_once(sessions, world):
    due = datetime.fromisoformat("2026-11-02T17:00:00+00:00")
    request_id = people_and_request(sessions, created=MONDAY_NOON - timedelta(days=1), due_at=due)
    with unit_of_work(sessions) as session:
        from storage.repositories import people

        requests.move(session, request_id, "claim", people.find(session, "UANA"))
    sweep(sessions, world, due - timedelta(minutes=1), nudges.overdue)
    assert outbox_keys(sessions) == []
    for minutes in (1, 10):
        sweep(sessions, world, due + timedelta(minutes=minutes), nudges.overdue)
    assert outbox_keys(sessions) == [f"nudge:overdue:{request_id}>UANA", f"nudge:overdue:{request_id}>UMARIA"]
    with sessions() as session:
        from storage.models import OutboxMessage

        told = session.query(OutboxMessage).filter(OutboxMessage.key.endswith(">UMARIA")).one()
        assert "isn't done yet" in told.payload["text"] and "uana" in told.payload["text"]


def test_an_all_day_due_date_is_overdue_only_after_that_day_and_never_at_night(sessions, world):
    monday = datetime.fromisoformat("2026-11-02T00:00:00+00:00")
    request_id = people_and_request(
        sessions, created=monday - timedelta(days=2), due_at=monday, due_all_day=True
    )
    sweep(sessions, world, monday + timedelta(hours=23), nudges.overdue)
    assert outbox_keys(sessions) == []
    sweep(sessions, world, monday + timedelta(hours=25), nudges.overdue)  # 01:00: client asleep, VA off
    assert outbox_keys(sessions) == []
    sweep(sessions, world, monday + timedelta(hours=31), nudges.overdue)  # 07:00
    assert outbox_keys(sessions) == [f"nudge:overdue:{request_id}>UMARIA"]


def add_deal(sessions, *, phase: int, stage: str, idle_days: int) -> int:
    with unit_of_work(sessions) as session:
        ana = add_va(session, "UANA")
        client = add_client(session, f"UCLIENT{phase}{stage[:3].upper()}", phase=phase, va=ana)
        deal = Deal(client_id=client.person_id, name="Jones closing", stage=stage)
        deal.updated_at = MONDAY_NOON - timedelta(days=idle_days)
        session.add(deal)
        session.flush()
        return deal.id


def test_a_deal_idle_for_fourteen_days_is_flagged_to_its_va_again_every_fourteen(sessions, world):
    deal_id = add_deal(sessions, phase=3, stage="offer", idle_days=14)
    quiet = add_deal(sessions, phase=3, stage="offer", idle_days=13)
    add_deal(sessions, phase=3, stage="closed_won", idle_days=40)
    add_deal(sessions, phase=2, stage="proposal", idle_days=40)  # no sales_tracking in Phase II
    sweep(sessions, world, MONDAY_NOON, nudges.stale_deals)
    sweep(sessions, world, MONDAY_NOON + timedelta(hours=1), nudges.stale_deals)
    keys = outbox_keys(sessions)
    assert len(keys) == 1 and keys[0].startswith(f"nudge:stale:{deal_id}:")
    sweep(sessions, world, MONDAY_NOON + timedelta(days=14), nudges.stale_deals)
    keys = outbox_keys(sessions)
    assert len([k for k in keys if k.startswith(f"nudge:stale:{deal_id}:")]) == 2
    assert any(k.startswith(f"nudge:stale:{quiet}:") for k in keys)


def test_stale_deals_follow_the_deployments_own_pipeline(sessions, world):
    stages = "Lead, Listing agreement, Closed won, Closed lost"
    world.settings = load_settings(_env_file=None, JANE_PIPELINE=stages)
    listed = add_deal(sessions, phase=3, stage="listing_agreement", idle_days=20)
    sweep(sessions, world, MONDAY_NOON, nudges.stale_deals)
    [key] = outbox_keys(sessions)
    assert key.startswith(f"nudge:stale:{listed}:")
    with sessions() as session:
        text = session.scalars(select(OutboxMessage.payload)).one()["text"]
    assert "(Listing agreement)" in text


def test_the_sweep_reschedules_itself(sessions, world):
    with unit_of_work(sessions) as session:
        job = Job(key="nudges", kind="nudges", payload={}, run_at=MONDAY_NOON)
        assert nudges.run(JobRun(session, job, MONDAY_NOON, world)) == MONDAY_NOON + timedelta(minutes=5)


def test_nothing_for_a_request_whose_duty_was_withdrawn(sessions, world):
    people_and_request(sessions, created=MONDAY_NOON)
    with unit_of_work(sessions) as session:
        from storage.repositories import people

        client = people.find(session, "UMARIA").client
        people.set_override(session, client, "office_supplies", False)
    sweep(sessions, world, MONDAY_NOON + timedelta(hours=2))
    assert outbox_keys(sessions) == []
    assert Request  # the model is imported for the query helpers above
