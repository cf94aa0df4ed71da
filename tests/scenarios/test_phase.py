"""Phase changes over HTTP: /phase, "Ask my VA about Phase N", Accept / Decline, and the App Home."""

from __future__ import annotations

from sqlalchemy import select

from storage.models import ClientProfile, PhaseChange
from storage.repositories import people as people_repo
from tests import payloads


def phase_of(served, user_id: str) -> int:
    with served.sessions() as session:
        return people_repo.find(session, user_id).client.phase


def trail(served) -> list[tuple]:
    with served.sessions() as session:
        changes = session.scalars(select(PhaseChange).where(PhaseChange.from_phase.is_not(None)))
        return [(c.status, c.from_phase, c.to_phase, c.proposed_by_id, c.decided_by_id) for c in changes]


def dms_to(fake_slack, user_id: str):
    return [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == user_id]


def click_on(served, user: str, card, action: str) -> None:
    """Click a button of a message Jane posted, as Slack sends it: the DM's channel and the message's ts."""
    [button] = [b for b in card.buttons() if b["action_id"] == action]
    channel, ts = card.response["channel"], card.response["ts"]
    served.send(payloads.block_actions(user, action, button["value"], channel=channel, message_ts=ts))
    served.settle()


def ids(served, *user_ids):
    with served.sessions() as session:
        return [people_repo.find(session, u).id for u in user_ids]


def test_a_vas_raise_is_accepted_by_the_client_and_both_are_told(served, people, fake_slack):
    command = payloads.slash_command(
        people.va, "/phase", f"<@{people.client}|tom> 3", response_url=fake_slack.response_url("va")
    )
    served.send(command)
    served.settle()

    [answer] = fake_slack.calls("response_url")
    assert f"I've asked <@{people.client}> about Phase III" in answer.text
    [card] = dms_to(fake_slack, people.client)
    assert "proposes moving you up to *Phase III" in card.text and phase_of(served, people.client) == 1

    click_on(served, people.client, card, "phase.accept")

    assert phase_of(served, people.client) == 3
    va_id, client_id = ids(served, people.va, people.client)
    assert trail(served) == [("accepted", 1, 3, va_id, client_id)]
    [told] = dms_to(fake_slack, people.va)
    assert f"<@{people.client}> accepted the move: <@{people.client}> is now in *Phase III" in told.text
    now = fake_slack.message(card.response["channel"], card.response["ts"])
    assert now["text"].startswith("Accepted — you're now in *Phase III")
    assert all(b["type"] != "actions" for b in now["blocks"]), "the card lost its buttons"


def test_the_gates_button_asks_the_va_who_accepts(served, people, fake_slack):
    asked_calendar = payloads.message_event(people.client, "what's on my calendar today?")
    served.send(asked_calendar)
    served.settle()
    [refusal] = fake_slack.calls("chat.postMessage")
    assert refusal.params["thread_ts"] == asked_calendar["event"]["ts"]

    click_on(served, people.client, refusal, "phase.request")
    [asked] = dms_to(fake_slack, people.va)
    assert f"<@{people.client}> asks to move up to *Phase III" in asked.text
    assert "I've asked" in fake_slack.calls("chat.postEphemeral")[-1].text

    click_on(served, people.va, asked, "phase.accept")
    assert phase_of(served, people.client) == 3
    assert "you're now in *Phase III" in dms_to(fake_slack, people.client)[-1].text


def test_a_forged_accept_by_the_wrong_side_changes_nothing(served, people, fake_slack):
    served.send(
        payloads.slash_command(
            people.va, "/phase", f"<@{people.client}> 2", response_url=fake_slack.response_url()
        )
    )
    served.settle()
    [card] = dms_to(fake_slack, people.client)

    click_on(served, people.va, card, "phase.accept")  # the proposer may not accept their own proposal

    assert phase_of(served, people.client) == 1 and [t[0] for t in trail(served)] == ["proposed"]
    assert "for <@UCLIENT01> to decide" in fake_slack.calls("chat.postEphemeral")[-1].text


def test_the_app_home_is_published_on_open_and_after_a_change(served, people, fake_slack):
    opened = {
        "type": "app_home_opened",
        "user": people.client,
        "channel": "D" + people.client[1:],
        "tab": "home",
    }
    served.send(payloads.event_callback({**opened, "event_ts": payloads.new_ts()}))
    served.settle()
    [published] = fake_slack.calls("views.publish")
    assert published.params["user_id"] == people.client
    headers = [b["text"]["text"] for b in published.params["view"]["blocks"] if b["type"] == "header"]
    assert "Your phase" in headers and "Waiting for your answer" not in headers

    served.send(
        payloads.slash_command(
            people.va, "/phase", f"<@{people.client}> 2", response_url=fake_slack.response_url()
        )
    )
    served.settle()

    latest = [c for c in fake_slack.calls("views.publish") if c.params["user_id"] == people.client][-1]
    headers = [b["text"]["text"] for b in latest.params["view"]["blocks"] if b["type"] == "header"]
    assert "Waiting for your answer" in headers
    with served.sessions() as session:
        assert session.get(ClientProfile, ids(served, people.client)[0]).phase == 1
