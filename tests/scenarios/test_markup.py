"""What VAs and admins type is quoted like clients' words: a Done note, a reject reason, a deal's name, next
step or note never becomes a live @channel, a mention or a disguised link, wherever Jane shows it."""

from __future__ import annotations

import pytest

from bot.slack import deal_views, render
from handlers.queue.booking_card import REJECT
from handlers.queue.requests import DONE
from storage.repositories import people as people_repo
from tests import payloads
from tests.scenarios.conftest import VA_CHANNEL

# The rules tested here live in Python, not in the database: one backend is enough.
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])

MARKUP = "<!channel> call <https://evil.example|your bank> <@UADMIN001>"
QUOTED = "&lt;!channel&gt; call &lt;https://evil.example|your bank&gt; &lt;@UADMIN001&gt;"


def everything_said(fake_slack) -> list[str]:
    methods = ("chat.postMessage", "chat.update", "chat.postEphemeral", "response_url")
    return [c.text for c in fake_slack.calls() if c.method in methods]


def no_live_markup(texts: list[str]) -> bool:
    return all("<!channel>" not in t and "<https://evil.example" not in t for t in texts)


def test_a_vas_channel_mention_in_a_done_note_arrives_as_text(served, people, fake_slack):
    served.send(payloads.message_event(people.client, "please order more printer paper"))
    served.settle()
    [request] = served.requests()
    served.send(payloads.block_actions(people.va, "request.claim", str(request.id)))
    note = {render.NOTE_BLOCK: {render.NOTE_INPUT: payloads.text_input(MARKUP)}}
    served.send(
        payloads.view_submission(people.va, DONE, note, private_metadata=f"{request.id}|{VA_CHANNEL}")
    )
    served.settle()

    said = everything_said(fake_slack)
    to_client = [c.text for c in fake_slack.calls("chat.postMessage") if "Done: your request" in c.text]
    assert len(to_client) == 1 and QUOTED in to_client[0]
    card = fake_slack.message(VA_CHANNEL, request_card_ts(served, request.id))
    assert QUOTED in str(card["blocks"])
    assert no_live_markup(said)


def test_a_reject_reason_reaches_the_client_and_the_card_as_text(served, people, fake_slack):
    served.send(payloads.message_event(people.exec_client, "book lunch with Sam tomorrow at noon"))
    served.settle()
    [booking] = served.requests()
    reason = {render.NOTE_BLOCK: {render.NOTE_INPUT: payloads.text_input(MARKUP)}}
    served.send(
        payloads.view_submission(
            people.other_va, REJECT, reason, private_metadata=f"{booking.id}|{VA_CHANNEL}"
        )
    )
    served.settle()

    told = [c.text for c in fake_slack.calls("chat.postMessage") if "didn't book" in c.text]
    assert len(told) == 1 and QUOTED in told[0]
    assert QUOTED in str(fake_slack.message(VA_CHANNEL, request_card_ts(served, booking.id))["blocks"])
    assert no_live_markup(everything_said(fake_slack))


def test_a_deals_name_next_step_and_note_are_text_in_every_surface(served, people, fake_slack):
    with served.sessions() as session:
        maria = people_repo.find(session, people.exec_client).id
    name = "<!channel> Lakeside"
    created = deal_form(pick=select(f"client:{maria}"), name=payloads.text_input(name), stage=select("lead"))
    served.send(payloads.view_submission(people.other_va, deal_views.VIEW, created))
    served.settle()
    with served.sessions() as session:
        from storage.models import Deal

        deal_id = session.query(Deal.id).scalar()
    moved = deal_form(
        pick=select(f"deal:{deal_id}"),
        stage=select("offer"),
        next_step=payloads.text_input(MARKUP),
        note=payloads.text_input(MARKUP),
    )
    served.send(payloads.view_submission(people.other_va, deal_views.VIEW, moved))
    served.send(payloads.message_event(people.exec_client, "where are we on the lakeside deal?"))
    served.settle()

    to_client = [
        c.text for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == people.exec_client
    ]
    [stage_news] = [t for t in to_client if "Update on" in t]
    assert "*&lt;!channel&gt; Lakeside*" in stage_news and QUOTED in stage_news
    [status] = [c.text for c in fake_slack.calls("chat.postMessage") if "is at *Offer*" in c.text]
    assert "&lt;!channel&gt; Lakeside" in status and QUOTED in status  # next step and history note
    with served.sessions() as session:
        home = served.jane.services.home_view(session, people_repo.find(session, people.other_va))
    assert "&lt;!channel&gt; Lakeside" in str(home["blocks"]) and "<!channel>" not in str(home["blocks"])
    served.send(payloads.block_actions(people.other_va, "deal.update", str(deal_id), channel="DVA000002"))
    served.settle()
    [opened] = fake_slack.calls("views.open")
    assert "&lt;!channel&gt; Lakeside" in str(opened.params["view"]["blocks"][0])
    assert no_live_markup(everything_said(fake_slack))


def request_card_ts(served, request_id: int) -> str:
    from storage.models import Request

    with served.sessions() as session:
        return session.get(Request, request_id).card_ts


def deal_form(**inputs: dict) -> dict:
    return {block: {deal_views.INPUT: state} for block, state in inputs.items()}


def select(value: str) -> dict:
    return {
        "type": "static_select",
        "selected_option": {"value": value, "text": {"type": "plain_text", "text": value}},
    }
