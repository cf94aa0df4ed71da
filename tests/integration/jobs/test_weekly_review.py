"""The weekly review job: once a week at the client's day and local time, through DST, deferred past the
quiet hours, moved or stopped by its settings, and never sent late."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.jobs.kinds import KINDS
from bot.jobs.runner import Runner
from handlers.proactive import job_plan
from storage.db import unit_of_work
from storage.models import ClientProfile
from tests.integration.jobs.conftest import add_client, outbox_keys, travel

START = datetime.fromisoformat("2026-10-26T12:00:00+00:00")  # a Monday, before Chicago's DST ends (Nov 1)


def reviews(sessions) -> list[str]:
    """The reviews written to the outbox, as review:<client id>:<local day> (less the recipient)."""
    return [key.partition(">")[0] for key in outbox_keys(sessions, "review:")]


def sync(runner: Runner) -> None:
    with unit_of_work(runner.sessions) as session:
        job_plan.sync_all(session, runner.clock(), "15:00")


def test_one_review_a_week_at_the_clients_local_time_across_daylight_saving(runner, clock, sessions):
    clock.set(START)
    with unit_of_work(sessions) as session:
        client = add_client(session, "UCHI", phase=1, tz="America/Chicago")
        client_id = client.person_id
    sync(runner)

    travel(runner, clock, datetime.fromisoformat("2026-11-15T12:00:00+00:00"))

    days = ("2026-10-30", "2026-11-06", "2026-11-13")  # Fridays, before and after the change
    assert reviews(sessions) == [f"review:{client_id}:{day}" for day in days]


def test_a_review_due_in_the_quiet_hours_waits_for_the_morning(sessions, world, clock):
    quiet = world.settings.model_copy(update={"client_quiet_hours": "15:00-08:00"})
    quiet_world = replace(world, settings=quiet)
    runner = Runner(sessions, quiet_world, KINDS, clock=clock, worker="quiet")
    clock.set(START)
    with unit_of_work(sessions) as session:
        client_id = add_client(session, "UCHI", phase=1, tz="America/Chicago").person_id
    sync(runner)

    travel(runner, clock, datetime.fromisoformat("2026-10-31T12:00:00+00:00"))  # Sat 07:00 in Chicago
    assert reviews(sessions) == []
    travel(runner, clock, datetime.fromisoformat("2026-10-31T14:00:00+00:00"))  # Sat 09:00
    assert reviews(sessions) == [f"review:{client_id}:2026-10-30"], "Friday's, on Saturday"


def test_a_new_day_and_time_move_the_review_and_stopping_drops_it(runner, clock, sessions):
    clock.set(START)
    with unit_of_work(sessions) as session:
        client = add_client(session, "UCHI", phase=1, tz="America/Chicago", review_day=1, review_time="09:00")
        client_id = client.person_id
    sync(runner)
    travel(runner, clock, datetime.fromisoformat("2026-10-28T12:00:00+00:00"))
    assert reviews(sessions) == [f"review:{client_id}:2026-10-27"], "Tuesday 09:00"

    with unit_of_work(sessions) as session:
        profile = session.get(ClientProfile, client_id)
        assert profile is not None
        profile.review_time = None
        job_plan.replan_review(session, client_id, clock())
    travel(runner, clock, datetime.fromisoformat("2026-11-10T12:00:00+00:00"))
    assert reviews(sessions) == [f"review:{client_id}:2026-10-27"], "stopped: nothing more"


def test_a_review_missed_by_days_is_skipped_not_sent_late(runner, clock, sessions):
    clock.set(START)
    with unit_of_work(sessions) as session:
        client_id = add_client(session, "UCHI", phase=1, tz="America/Chicago").person_id
    sync(runner)
    clock.set(datetime.fromisoformat("2026-11-03T12:00:00+00:00"))  # the runners were down since Friday
    runner.run_due()
    assert reviews(sessions) == []
    travel(runner, clock, datetime.fromisoformat("2026-11-07T12:00:00+00:00"))
    assert reviews(sessions) == [f"review:{client_id}:2026-11-06"]
