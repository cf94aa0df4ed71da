"""Deals over HTTP: the client's questions answered from stored data and only ever their own deals; the
VA's /deal modal only for their own clients; a stage change told to the client once."""

from __future__ import annotations

import re
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from bot.slack import deal_views
from storage.models import Deal, DealChange
from storage.repositories import deals
from storage.repositories import people as people_repo
from tests import payloads
from tests.scenarios.conftest import NOW

LEE = "UCLIENT04"  # a second Phase III client, served by `va`, with a deal named like Maria's
NOT_LEES = "Lee's secret next step"


@pytest.fixture
def book(sessions, people) -> dict[str, int]:
    """Maria (Phase III, Ben's client) has "Jones closing"; Lee (Phase III, Ana's) has one named the same."""
    now = datetime.fromisoformat(NOW)
    with sessions.begin() as session:
        ben, ana = people_repo.find(session, people.other_va), people_repo.find(session, people.va)
        maria = people_repo.find(session, people.exec_client)
        lee = people_repo.upsert(session, LEE, name="Lee Exec", tz="America/Chicago")
        people_repo.make_client(session, lee, 3).va_id = ana.id
        jones = deals.add(
            session, maria, "Jones closing", "offer", next_step="Final walkthrough",
            close_date=date(2026, 12, 4), amount=Decimal("412000"), by=ben, now=now - timedelta(days=20),
        )  # fmt: skip
        deals.update(
            session, jones, by=ben, stage="under_contract", note="Signed Friday", now=now - timedelta(12)
        )
        theirs = deals.add(session, lee, "Jones closing", "offer", next_step=NOT_LEES, by=ana, now=now)
        return {"jones": jones.id, "lees": theirs.id, "maria": maria.id}


def answers_to(fake_slack, user: str) -> list:
    """Messages in the person's DM with Jane (posted to the DM's id or to the user's id)."""
    return [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] in (user, "D" + user[1:])]


def sent(fake_slack, count: int, calls) -> list:
    """The outbox sender may still be finishing after settle(): wait until `count` calls are there."""
    fake_slack.wait_for(lambda: len(calls()) >= count)
    return calls()


def ask(served, fake_slack, user: str, text: str):
    before = len(answers_to(fake_slack, user))
    served.send(payloads.message_event(user, text))
    served.settle()
    return sent(fake_slack, before + 1, lambda: answers_to(fake_slack, user))[-1]


def test_the_jones_question_is_answered_from_stored_data(served, people, fake_slack, book):
    reply = ask(served, fake_slack, people.exec_client, "Where are we on the Jones closing?")
    assert "*Jones closing* is at *Under contract* — for 12 days." in reply.text
    assert "*Next step:* Final walkthrough" in reply.text and "$412,000" in reply.text
    assert f"Last updated 12 days ago by <@{people.other_va}>" in reply.text
    assert "Offer → Under contract — “Signed Friday”" in reply.text
    assert NOT_LEES not in reply.text and reply.buttons() == []


def test_an_ambiguous_name_asks_back_with_buttons_and_the_click_answers(
    served, people, fake_slack, book, sessions
):
    with sessions.begin() as session:  # two deals that "Jones" names equally well
        maria = people_repo.find(session, people.exec_client)
        deals.update(session, deals.get(session, book["jones"]), name="Jones – 14 Elm St")
        oak = deals.add(session, maria, "Jones – 9 Oak Ave", "proposal", next_step="Second showing Sat").id
    question = ask(served, fake_slack, people.exec_client, "Where are we on the Jones closing?")
    assert "Which deal do you mean?" in question.text and "Under contract" not in question.text
    assert sorted(int(b["value"]) for b in question.buttons()) == sorted([book["jones"], oak])

    [button] = [b for b in question.buttons() if b["value"] == str(oak)]
    channel, ts = question.response["channel"], question.response["ts"]
    thread = question.params["thread_ts"]
    click = payloads.block_actions(
        people.exec_client,
        button["action_id"],
        button["value"],
        channel=channel,
        message_ts=ts,
        thread_ts=thread,
    )
    served.send(click)
    served.settle()
    answer = sent(fake_slack, 2, lambda: answers_to(fake_slack, people.exec_client))[-1]
    assert (
        "*Jones – 9 Oak Ave* is at *Proposal / showing*" in answer.text
        and "Second showing Sat" in answer.text
    )
    assert answer.params["thread_ts"] == question.params["thread_ts"]


def test_another_clients_deal_of_the_same_name_is_never_shown(served, people, fake_slack, book):
    questions = (
        "Where are we on the Jones closing?",
        "show me the pipeline",
        "which deals are closing this month?",
    )
    said = [ask(served, fake_slack, people.exec_client, question).text for question in questions]
    forged = payloads.block_actions(people.exec_client, "deal.pick", str(book["lees"]), channel="D" + LEE[1:])
    served.send(forged)
    served.settle()
    said += [c.text for c in sent(fake_slack, 1, lambda: fake_slack.calls("chat.postEphemeral"))]
    assert all(NOT_LEES not in text for text in said) and len(said) == 4
    assert "isn't one of yours" in said[-1]
    assert "You have 1 open deal worth $412,000" in said[1]


@contextmanager
def deal_reads(engine):
    """Every SQL statement that touches the deals or their history while the block runs."""
    seen: list[str] = []

    def keep(_connection, _cursor, statement, *_):
        if re.search(r"\b(deals|deal_changes)\b", statement):
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def test_a_phase_one_client_asking_about_a_deal_is_refused_and_no_deal_is_read(
    served, engine, people, fake_slack, book
):
    with deal_reads(engine) as seen:
        reply = ask(served, fake_slack, people.client, "Where are we on the Jones closing?")
        served.send(
            payloads.block_actions(
                people.client, "deal.pick", str(book["jones"]), channel="D" + people.client[1:]
            )
        )
        served.settle()
    assert "Sales tracking" in reply.text and "Phase III" in reply.text
    assert [b["action_id"] for b in reply.buttons()] == ["phase.request"]
    [refused] = sent(fake_slack, 1, lambda: fake_slack.calls("chat.postEphemeral"))
    assert "Sales tracking" in refused.text and "Final walkthrough" not in refused.text
    assert seen == []


def test_deal_by_a_va_for_a_client_not_theirs_is_refused(served, people, fake_slack, book):
    """Ana serves Tom and Lee, not Maria: neither /deal nor a forged submission touches Maria's deals."""
    url = fake_slack.response_url("deal")
    served.send(
        payloads.slash_command(people.va, "/deal", f"<@{people.exec_client}|maria>", response_url=url)
    )
    served.settle()
    [refusal] = sent(fake_slack, 1, lambda: fake_slack.calls("response_url"))
    assert "isn't one of yours" in refusal.text and fake_slack.calls("views.open") == []

    for pick in (f"client:{book['maria']}", f"deal:{book['jones']}"):
        values = _form(pick=_select(pick), name=payloads.text_input("Mine now"), stage=_select("closed_lost"))
        served.send(payloads.view_submission(people.va, deal_views.VIEW, values))
    served.settle()
    with served.sessions() as session:
        assert [
            (d.name, d.stage) for d in session.scalars(select(Deal).where(Deal.client_id == book["maria"]))
        ] == [("Jones closing", "under_contract")]
    told = sent(fake_slack, 2, lambda: answers_to(fake_slack, people.va))
    assert len(told) == 2 and all("isn't one of yours" in c.text for c in told)
    assert answers_to(fake_slack, people.exec_client) == []


def test_the_modal_offers_only_the_vas_own_clients_and_shows_mistakes_in_place(
    served, people, fake_slack, book
):
    served.send(payloads.slash_command(people.va, "/deal", response_url=fake_slack.response_url("deal")))
    served.settle()
    [opened] = fake_slack.calls("views.open")
    picker = opened.params["view"]["blocks"][0]["element"]
    offered = {o["value"] for group in picker["option_groups"] for o in group["options"]}
    assert f"deal:{book['lees']}" in offered and f"deal:{book['jones']}" not in offered
    assert f"client:{book['maria']}" not in offered

    values = _form(pick=_select(f"client:{book['maria']}"), amount=payloads.text_input("lots"))
    status, body = served.post(payloads.view_submission(people.va, deal_views.VIEW, values))
    assert status == 200 and '"response_action": "errors"' in body.replace('":"', '": "')
    assert all(field in body for field in ("name", "stage", "amount"))


def test_a_stage_change_reaches_the_client_once_with_the_note(served, people, fake_slack, book):
    served.send(
        payloads.slash_command(people.other_va, "/deal", response_url=fake_slack.response_url("deal"))
    )
    served.settle()
    [opened] = fake_slack.calls("views.open")
    assert opened.params["view"]["callback_id"] == deal_views.VIEW
    values = _form(
        pick=_select(f"deal:{book['jones']}"),
        stage=_select("closing"),
        note=payloads.text_input("Appraisal came in at value."),
    )
    submission = payloads.view_submission(people.other_va, deal_views.VIEW, values)
    for _ in range(2):  # the same submission twice, and then the same change made again
        served.send(submission)
        served.settle()
    served.send(payloads.view_submission(people.other_va, deal_views.VIEW, values))
    served.settle()

    [told] = sent(fake_slack, 1, lambda: answers_to(fake_slack, people.exec_client))
    assert "Update on *Jones closing*: it's moved from Under contract to *Closing*." in told.text
    assert f"<@{people.other_va}> says: Appraisal came in at value." in told.text
    with served.sessions() as session:
        stages = session.scalars(select(DealChange.to_value).where(DealChange.field == "stage")).all()
    assert stages.count("closing") == 1
    assert "I've told" in sent(fake_slack, 1, lambda: answers_to(fake_slack, people.other_va))[0].text


def test_the_app_home_lists_the_vas_clients_open_deals_with_update_buttons(served, people, fake_slack, book):
    with served.sessions() as session:
        view = served.jane.services.home_view(session, people_repo.find(session, people.va))
    buttons = [b for block in view["blocks"] for b in _buttons(block)]
    updates = {b["value"] for b in buttons if b["action_id"].startswith("deal.update")}
    assert updates == {str(book["lees"])}

    served.send(
        payloads.block_actions(people.va, "deal.update", str(book["lees"]), channel="D" + people.va[1:])
    )
    served.send(
        payloads.block_actions(people.va, "deal.update", str(book["jones"]), channel="D" + people.va[1:])
    )
    served.settle()
    [opened] = fake_slack.calls("views.open")
    assert opened.params["view"]["private_metadata"] == f"deal:{book['lees']}"
    [refused] = sent(fake_slack, 1, lambda: fake_slack.calls("chat.postEphemeral"))
    assert "isn't one of yours" in refused.text


def _form(**inputs: dict) -> dict:
    """A deal modal's state as Slack submits it: {block id: {action id: element state}}."""
    return {block: {deal_views.INPUT: state} for block, state in inputs.items()}


def _select(value: str) -> dict:
    return {
        "type": "static_select",
        "selected_option": {"value": value, "text": {"type": "plain_text", "text": value}},
    }


def _buttons(block: dict) -> list[dict]:
    if block.get("accessory", {}).get("type") == "button":
        return [block["accessory"]]
    return (
        [e for e in block.get("elements", []) if e.get("type") == "button"]
        if block.get("type") == "actions"
        else []
    )
