"""People from Slack over HTTP: a stranger writes, an admin adds them from the notice with the people form,
and Slack's profile (users.info, then user_change) gives their name, time zone and email."""

from __future__ import annotations

import json

from bot.slack import people_views
from handlers.core.buttons import base_action
from handlers.people.buttons import ADD, EDIT
from storage.repositories import people as people_repo
from tests import payloads
from tests.scenarios.conftest import wait_for

SLACK_USER = {
    "id": "USTRANGER",
    "name": "pat",
    "real_name": "Pat Newman",
    "tz": "America/Chicago",
    "profile": {"real_name": "Pat Newman", "email": "pat@example.com"},
}


def selected(kind: str, value: str) -> dict:
    if kind == "user":
        return {"type": "users_select", "selected_user": value}
    return {"type": "static_select", "selected_option": {"value": value}}


def form_values(va: str | None, *, role: str = "client", phase: str = "1", email: str | None = None) -> dict:
    values = {
        people_views.ROLE: {people_views.INPUT: selected("option", role)},
        people_views.PHASE: {people_views.INPUT: selected("option", phase)},
        people_views.EMAIL: {people_views.INPUT: payloads.text_input(email)},
    }
    if va:
        values[people_views.VA_PICK] = {people_views.INPUT: selected("user", va)}
    return values


def the_notice(fake_slack, admin: str):
    """The admins' notice about a stranger, with its Add buttons."""
    return wait_for(
        lambda: next((c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == admin), None)
    )


def test_a_stranger_is_added_as_a_client_from_the_notice_with_slacks_profile(
    served, people, fake_slack, sessions
):
    fake_slack.answer("users.info", {"user": SLACK_USER})
    served.send(payloads.message_event(people.stranger, "hi, can you help me?"))
    served.settle()
    notice = the_notice(fake_slack, people.admin)
    assert [(base_action(b["action_id"]), b["value"]) for b in notice.buttons()] == [
        (ADD, f"client:{people.stranger}"),
        (ADD, f"va:{people.stranger}"),
    ]

    served.send(payloads.block_actions(people.admin, ADD, f"client:{people.stranger}", channel=people.admin))
    served.settle()
    [opened] = wait_for(lambda: fake_slack.calls("views.open"))
    assert fake_slack.calls("users.info")[0].params["user"] == people.stranger
    view = opened.params["view"]
    if isinstance(view, str):
        view = json.loads(view)
    assert view["callback_id"] == people_views.VIEW and "pat@example.com" in json.dumps(view["blocks"])

    values = form_values(people.va, email="pat@example.com")
    served.send(
        payloads.view_submission(
            people.admin, people_views.VIEW, values, private_metadata=view["private_metadata"]
        )
    )
    served.settle()

    with sessions() as session:
        pat = people_repo.find(session, people.stranger)
        assert (pat.name, pat.tz, pat.email) == ("Pat Newman", "America/Chicago", "pat@example.com")
        assert pat.client.phase == 1 and pat.client.va.user_id == people.va
    welcome = wait_for(
        lambda: [c for c in fake_slack.calls("chat.postMessage") if c.params["channel"] == people.stranger]
    )
    assert "Jane" in welcome[0].text

    changed = {**SLACK_USER, "tz": "Europe/London"}
    served.send(payloads.event_callback({"type": "user_change", "user": changed}))
    served.settle()
    with sessions() as session:
        assert people_repo.find(session, people.stranger).tz == "Europe/London"


def test_only_an_admin_opens_the_people_form(served, people, fake_slack):
    served.send(payloads.block_actions(people.va, ADD, f"va:{people.stranger}", channel=people.va))
    served.settle()
    assert fake_slack.calls("views.open") == [] and fake_slack.calls("users.info") == []
    served.send(payloads.block_actions(people.va, EDIT, people.client, channel=people.va))
    served.settle()
    assert fake_slack.calls("views.open") == []


def test_a_forged_submission_by_a_va_changes_nobody(served, people, fake_slack, sessions):
    meta = json.dumps({"user": people.stranger, "role": None, "name": "X", "tz": "UTC", "email": None})
    served.send(
        payloads.view_submission(people.va, people_views.VIEW, form_values(None), private_metadata=meta)
    )
    served.settle()
    with sessions() as session:
        assert people_repo.find(session, people.stranger) is None


def test_a_bad_email_is_shown_in_the_form_and_nothing_is_saved(served, people, fake_slack, sessions):
    meta = json.dumps({"user": people.stranger, "role": None})
    values = form_values(None, email="not an email")
    status, body = served.post(
        payloads.view_submission(people.admin, people_views.VIEW, values, private_metadata=meta)
    )
    assert status == 200 and json.loads(body)["response_action"] == "errors"
    assert people_views.EMAIL in json.loads(body)["errors"]
    with sessions() as session:
        assert people_repo.find(session, people.stranger) is None


def test_a_user_change_of_someone_jane_does_not_know_tells_nobody(served, people, fake_slack, sessions):
    served.send(payloads.event_callback({"type": "user_change", "user": SLACK_USER}))
    served.settle()
    assert fake_slack.calls("chat.postMessage") == []
    with sessions() as session:
        assert people_repo.find(session, people.stranger) is None
