"""The proactive assistant through the real app: checklist → Confirmed → client told; the Home agenda."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from bot.jobs.background import make_runner
from handlers.proactive import agenda_settings
from handlers.proactive import job_plan as sync
from integrations.calendar import Event
from storage.models import ClientProfile, OutboxMessage
from storage.repositories import jobs
from storage.repositories import people as people_repo
from tests import payloads
from tests.integration.jobs.conftest import FakeCalendar
from tests.scenarios.conftest import serving, wait_for

THREE_PM_CHICAGO = datetime.fromisoformat("2026-11-25T21:00:00+00:00")


@pytest.fixture
def calendar() -> FakeCalendar:
    return FakeCalendar()


@pytest.fixture
def app(settings, engine, sessions, people, clock, calendar):
    with serving(settings, engine, sessions, clock=clock, calendar_for=calendar.for_client) as served:
        yield served


def checklist_sent(app, people, calendar, clock, fake_slack):
    """Tom moves to Phase II with two appointments tomorrow; at 3 PM his VA gets the checklist."""
    with app.sessions.begin() as session:
        tom = people_repo.find(session, people.client)
        tom.client.phase = 2
        tomorrow = datetime.fromisoformat("2026-11-26T09:00:00-06:00")
        calendar.events[tom.id] = [
            Event("e1", "Dentist", tomorrow, tomorrow + timedelta(minutes=30)),
            Event("e2", "Closing call", tomorrow + timedelta(hours=5), tomorrow + timedelta(hours=6)),
        ]
        sync.sync_client(session, tom.client, clock(), "15:00")
    clock.set(THREE_PM_CHICAGO)
    make_runner(app.jane.services, worker="scenario").run_due()
    return wait_for(
        lambda: [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == people.va]
    )


def test_the_va_confirms_an_appointment_and_the_client_hears_of_it(app, people, calendar, clock, fake_slack):
    [checklist] = checklist_sent(app, people, calendar, clock, fake_slack)
    buttons = checklist.buttons()
    assert [b["text"]["text"] for b in buttons] == [
        "Confirmed: 9:00 AM Dentist",
        "Confirmed: 2:00 PM Closing call",
    ]
    ts, channel = checklist.response["ts"], checklist.response["channel"]

    app.send(payloads.block_actions(people.other_va, buttons[0]["action_id"], buttons[0]["value"],
                                    channel=channel, message_ts=ts))  # fmt: skip
    app.settle()
    assert not fake_slack.calls("chat.update")  # Ben doesn't serve Tom: nothing changes

    app.send(payloads.block_actions(people.va, buttons[0]["action_id"], buttons[0]["value"],
                                    channel=channel, message_ts=ts))  # fmt: skip
    app.settle()
    told = wait_for(
        lambda: [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == people.client]
    )
    assert "Ana confirmed your appointment: Dentist" in told[0].text
    wait_for(lambda: "✓" in str(fake_slack.message(channel, ts)))
    redrawn = fake_slack.message(channel, ts)
    assert "✓ confirmed by Ana" in str(redrawn["blocks"])
    assert [b["value"] for b in _buttons(redrawn)] == [buttons[1]["value"]]


def _buttons(message) -> list[dict]:
    return [e for b in message.get("blocks", []) if b.get("type") == "actions" for e in b.get("elements", [])]


def test_home_buttons_set_the_agenda_time_for_a_phase_three_client_only(app, people, fake_slack):
    app.send(
        payloads.block_actions(people.exec_client, agenda_settings.TIME_ACTION, "07:30", channel="DHOME")
    )
    app.send(payloads.block_actions(people.client, agenda_settings.TIME_ACTION, "07:30", channel="DHOME"))
    app.settle()
    with app.sessions() as session:
        maria = people_repo.find(session, people.exec_client)
        tom = people_repo.find(session, people.client)
        assert maria.client.agenda_time == "07:30" and tom.client.agenda_time == "08:00"
        assert jobs.find(session, sync.agenda_key(maria.id)).payload.get("replan") is True
        assert session.get(ClientProfile, tom.id).agenda_time == "08:00"
    refusals = wait_for(lambda: [c for c in fake_slack.calls() if "Phase III" in c.text])
    assert len(refusals) == 1


def test_send_my_agenda_at_seven_thirty_in_a_dm(app, people, fake_slack):
    app.send(payloads.message_event(people.exec_client, "send my agenda at 7:30 please"))
    app.send(payloads.message_event(people.client, "send my agenda at 7:30"))
    app.settle()
    with app.sessions() as session:
        assert people_repo.find(session, people.exec_client).client.agenda_time == "07:30"
        assert people_repo.find(session, people.client).client.agenda_time == "08:00"  # Phase I: the gate
    wait_for(lambda: len(fake_slack.calls("chat.postMessage")) >= 2)
    texts = [call.text for call in fake_slack.calls("chat.postMessage")]
    assert any("I'll send your agenda at 7:30 AM on weekdays" in text for text in texts)
    assert any("Phase III" in text for text in texts)


def test_stop_the_morning_agenda_in_a_dm(app, people, fake_slack):
    app.send(payloads.message_event(people.exec_client, "stop the morning agenda"))
    app.settle()
    with app.sessions() as session:
        maria = people_repo.find(session, people.exec_client)
        assert maria.client.agenda_time is None
        assert jobs.find(session, sync.agenda_key(maria.id)).payload.get("replan") is True
    wait_for(lambda: any("turned off your morning agenda" in call.text for call in fake_slack.calls()))


def test_a_confirmation_made_at_the_clients_night_waits_for_their_morning(
    app, people, calendar, clock, fake_slack
):
    [checklist] = checklist_sent(app, people, calendar, clock, fake_slack)
    button, where = checklist.buttons()[0], checklist.response
    clock.set(datetime.fromisoformat("2026-11-26T05:00:00+00:00"))  # 23:00 in Chicago
    click = payloads.block_actions(
        people.va, button["action_id"], button["value"], channel=where["channel"], message_ts=where["ts"]
    )
    app.send(click)
    app.settle()
    with app.sessions() as session:
        row = session.scalars(select(OutboxMessage).where(OutboxMessage.key.startswith("confirmed:"))).one()
    assert row.next_attempt_at == datetime.fromisoformat("2026-11-26T13:00:00+00:00")  # 07:00 in Chicago
