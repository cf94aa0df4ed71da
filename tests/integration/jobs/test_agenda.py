"""The daily agenda job: local time across DST, the Phase III gate, quiet hours, settings changes."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.jobs.kinds import KINDS
from bot.jobs.runner import Runner
from handlers.proactive import job_plan as sync
from integrations.cache import AnswerCache, CachedCalendar
from integrations.calendar import Agenda, CalendarNotConnected
from storage.db import unit_of_work
from storage.models import ClientProfile
from storage.repositories import jobs
from tests.integration.jobs.conftest import add_client, calendar_raising, outbox_keys, travel

CHICAGO = ZoneInfo("America/Chicago")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def setup_client(sessions, clock, **profile) -> int:
    with unit_of_work(sessions) as session:
        client = add_client(session, "UMARIA", tz="America/Chicago", **profile)
        sync.sync_client(session, client, clock(), "15:00")
        return client.person_id


def local_sends(agenda_spy) -> list[str]:
    return [now.astimezone(CHICAGO).strftime("%Y-%m-%d %H:%M %Z") for _, now, _ in agenda_spy.calls]


def test_eight_oclock_chicago_agenda_fires_at_eight_local_across_the_dst_change(
    sessions, runner, clock, agenda_spy
):
    clock.set(at("2026-10-31T12:00:00+00:00"))
    client_id = setup_client(sessions, clock, agenda_time="08:00", agenda_weekdays_only=False)
    travel(runner, clock, at("2026-11-02T23:00:00+00:00"))
    assert local_sends(agenda_spy) == [
        "2026-10-31 08:00 CDT",
        "2026-11-01 08:00 CST",
        "2026-11-02 08:00 CST",
    ]
    assert [start[:10] for _, _, start in agenda_spy.calls] == ["2026-10-31", "2026-11-01", "2026-11-02"]
    assert outbox_keys(sessions, "agenda:") == [
        f"agenda:{client_id}:2026-10-31>UMARIA",
        f"agenda:{client_id}:2026-11-01>UMARIA",
        f"agenda:{client_id}:2026-11-02>UMARIA",
    ]


def test_weekdays_only_by_default(sessions, runner, clock, agenda_spy):
    clock.set(at("2026-11-27T12:00:00+00:00"))  # a Friday
    setup_client(sessions, clock)
    travel(runner, clock, at("2026-12-01T00:00:00+00:00"))
    assert local_sends(agenda_spy) == ["2026-11-27 08:00 CST", "2026-11-30 08:00 CST"]


def test_a_client_who_drops_to_phase_two_gets_no_agenda_next_morning(sessions, runner, clock, agenda_spy):
    clock.set(at("2026-11-02T12:00:00+00:00"))
    client_id = setup_client(sessions, clock)
    travel(runner, clock, at("2026-11-02T20:00:00+00:00"))
    assert len(agenda_spy.calls) == 1
    with unit_of_work(sessions) as session:
        session.get(ClientProfile, client_id).phase = 2
    travel(runner, clock, at("2026-11-05T20:00:00+00:00"))
    assert len(agenda_spy.calls) == 1
    with sessions() as session:
        assert jobs.find(session, sync.agenda_key(client_id)) is None  # unscheduled, not just skipped
    with unit_of_work(sessions) as session:
        session.get(ClientProfile, client_id).phase = 3
        sync.sync_all(session, clock(), "15:00")  # what the reconcile job does
    travel(runner, clock, at("2026-11-06T20:00:00+00:00"))
    assert local_sends(agenda_spy)[-1] == "2026-11-06 08:00 CST"


def test_a_withheld_duty_counts_like_a_lower_phase(sessions, runner, clock, agenda_spy):
    client_id = setup_client(sessions, clock)
    with unit_of_work(sessions) as session:
        from storage.repositories import people

        people.set_override(session, session.get(ClientProfile, client_id), "daily_schedule", False)
    travel(runner, clock, at("2026-11-04T20:00:00+00:00"))
    assert agenda_spy.calls == []


def test_an_agenda_time_at_night_waits_for_the_morning(sessions, runner, clock, agenda_spy):
    clock.set(at("2026-11-02T06:00:00+00:00"))
    setup_client(sessions, clock, agenda_time="05:30")
    travel(runner, clock, at("2026-11-02T20:00:00+00:00"))
    assert local_sends(agenda_spy) == ["2026-11-02 07:00 CST"]


def test_a_runner_down_for_days_sends_only_todays_agenda_late(sessions, runner, clock, agenda_spy):
    clock.set(at("2026-11-02T12:00:00+00:00"))
    setup_client(sessions, clock)
    clock.set(at("2026-11-04T12:00:00+00:00"))
    runner.run_due()  # Nov 2's 08:00 is two days stale: skipped, and the job moved on
    assert agenda_spy.calls == []
    clock.set(at("2026-11-05T17:00:00+00:00"))  # down again through Thursday 08:00; back at 11:00
    runner.run_due()
    runner.run_due()
    assert local_sends(agenda_spy) == ["2026-11-05 11:00 CST"]


def test_changing_the_time_replans_without_sending(sessions, runner, clock, agenda_spy):
    clock.set(at("2026-11-02T12:00:00+00:00"))  # 06:00 in Chicago
    client_id = setup_client(sessions, clock)
    with unit_of_work(sessions) as session:
        session.get(ClientProfile, client_id).agenda_time = "07:30"
        sync.replan(session, client_id, clock())
    runner.run_due()
    assert agenda_spy.calls == []
    with sessions() as session:
        job = jobs.find(session, sync.agenda_key(client_id))
        assert job.run_at == at("2026-11-02T13:30:00+00:00") and "replan" not in job.payload
    travel(runner, clock, at("2026-11-02T20:00:00+00:00"))
    assert local_sends(agenda_spy) == ["2026-11-02 07:30 CST"]


def test_stopping_the_agenda_drops_the_job(sessions, runner, clock, agenda_spy):
    client_id = setup_client(sessions, clock)
    with unit_of_work(sessions) as session:
        session.get(ClientProfile, client_id).agenda_time = None
        sync.replan(session, client_id, clock())
    travel(runner, clock, at("2026-11-06T20:00:00+00:00"))
    assert agenda_spy.calls == []
    with sessions() as session:
        assert jobs.find(session, sync.agenda_key(client_id)) is None


def test_a_calendar_that_is_not_connected_sends_nothing(sessions, runner, clock, agenda_spy, world):
    world.calendar_for = calendar_raising(CalendarNotConnected("connect it"))
    setup_client(sessions, clock)
    travel(runner, clock, at("2026-11-03T20:00:00+00:00"))
    assert agenda_spy.calls == [] and outbox_keys(sessions) == []


def test_the_morning_agenda_asks_the_calendar_once_for_the_clients_own_day(sessions, clock, world):
    """One calendar read per morning agenda, for the client's own day in Tokyo's zone."""
    windows = []

    class Counting:
        def agenda(self, start, end):
            windows.append((start.isoformat(), end.isoformat()))
            return Agenda(())

    cache = AnswerCache()
    world.calendar_for = lambda profile: CachedCalendar(Counting(), cache, profile.person_id)
    clock.set(at("2026-11-26T12:00:00+00:00"))
    with unit_of_work(sessions) as session:
        client = add_client(session, "UKENJI", tz="Asia/Tokyo", agenda_time="08:00")
        sync.sync_client(session, client, clock(), "15:00")
    travel(
        Runner(sessions, world, KINDS, clock=clock, worker="test-a"), clock, at("2026-11-27T00:00:00+00:00")
    )
    assert windows == [("2026-11-27T00:00:00+09:00", "2026-11-28T00:00:00+09:00")]
