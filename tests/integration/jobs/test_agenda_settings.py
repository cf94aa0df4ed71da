"""“Send my agenda at 7:30” / “stop the morning agenda”: the setting, and the job following it at once."""

from __future__ import annotations

from datetime import datetime
from types import MappingProxyType

from bot.outbox.notify import OutboxNotifier
from bot.settings import load_settings
from handlers.core.context import Ask, Context, Thread
from handlers.proactive import agenda_settings
from handlers.proactive import job_plan as sync
from storage.db import unit_of_work
from storage.models import ClientProfile
from storage.repositories import jobs, people
from tests.integration.jobs.conftest import add_client, travel

MONDAY_6AM_CHICAGO = datetime.fromisoformat("2026-11-02T12:00:00+00:00")


def say(sessions, clock, **slots):
    with unit_of_work(sessions) as session:
        maria = people.find(session, "UMARIA")
        ctx = Context(
            session,
            maria,
            clock(),
            OutboxNotifier(session),
            lambda p: None,
            Thread(),
            load_settings(_env_file=None),
        )
        ask = Ask("…", "agenda.settings", "daily_schedule", MappingProxyType(slots))
        reply = agenda_settings.handle(ctx, ask)
        return reply.text, maria.id


def setup(sessions, clock) -> int:
    clock.set(MONDAY_6AM_CHICAGO)
    with unit_of_work(sessions) as session:
        client = add_client(session, "UMARIA", tz="America/Chicago")
        sync.sync_client(session, client, clock(), "15:00")
        return client.person_id


def test_send_my_agenda_at_seven_thirty_moves_todays_agenda(sessions, runner, clock, agenda_spy):
    client_id = setup(sessions, clock)
    text, _ = say(sessions, clock, time="07:30")
    assert text == "Done — I'll send your agenda at 7:30 AM on weekdays."
    runner.run_due()
    with sessions() as session:
        assert session.get(ClientProfile, client_id).agenda_time == "07:30"
        job = jobs.find(session, sync.agenda_key(client_id))
        assert job.run_at == datetime.fromisoformat("2026-11-02T13:30:00+00:00")
    travel(runner, clock, datetime.fromisoformat("2026-11-02T20:00:00+00:00"))
    assert [now.isoformat() for _, now, _ in agenda_spy.calls] == ["2026-11-02T13:30:00+00:00"]


def test_every_day_and_back(sessions, clock):
    client_id = setup(sessions, clock)
    assert say(sessions, clock, time="09:00", weekdays=False)[0].endswith("9:00 AM every day.")
    with sessions() as session:
        assert session.get(ClientProfile, client_id).agenda_weekdays_only is False


def test_stop_the_morning_agenda(sessions, runner, clock, agenda_spy):
    client_id = setup(sessions, clock)
    assert say(sessions, clock, stop=True)[0].startswith("Okay, I've turned off your morning agenda")
    assert say(sessions, clock, stop=True)[0].startswith("Your morning agenda is already off")
    travel(runner, clock, datetime.fromisoformat("2026-11-05T20:00:00+00:00"))
    assert agenda_spy.calls == []
    with sessions() as session:
        assert jobs.find(session, sync.agenda_key(client_id)) is None
        assert session.get(ClientProfile, client_id).agenda_time is None


def test_a_time_at_night_is_refused_and_nothing_changes(sessions, clock):
    client_id = setup(sessions, clock)
    text, _ = say(sessions, clock, time="05:30")
    assert text.startswith("I don't send messages between 9:00 PM and 7:00 AM")
    with sessions() as session:
        assert session.get(ClientProfile, client_id).agenda_time == "08:00"


def test_no_time_asks_for_one(sessions, clock):
    setup(sessions, clock)
    assert say(sessions, clock)[0].startswith("What time should I send your agenda?")
    assert say(sessions, clock, time="quarter past")[0].startswith("What time")
