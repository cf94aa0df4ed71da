"""The App Home as Slack receives it: published by the outbox sender, built with the deployment's settings
(its own deal pipeline, per-client Google sign-in), never with defaults that hide or misname things."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from storage.models import Deal
from storage.repositories import people as people_repo
from tests import payloads
from tests.scenarios.conftest import Served, scenario_settings, serving

PIPELINE = "Lead, Listing agreement, Offer, Closed won, Closed lost"


@pytest.fixture
def served(db_url, engine, sessions, people, fake_slack, clock, tmp_path) -> Iterator[Served]:
    client_file = tmp_path / "oauth-client.json"
    client_file.write_text(json.dumps({"web": {"client_id": "jane", "client_secret": "s"}}))
    settings = scenario_settings(
        db_url, fake_slack, JANE_PIPELINE=PIPELINE, GOOGLE_OAUTH_CLIENT_FILE=str(client_file),
        JANE_SECRET_KEY="a passphrase", JANE_PUBLIC_URL="https://jane.example",
    )  # fmt: skip
    with serving(settings, engine, sessions, clock=clock) as served:
        yield served


def opened_home(served: Served, fake_slack, user_id: str) -> str:
    """The Home Slack was given after `user_id` opened the tab, as text."""
    event = {"type": "app_home_opened", "user": user_id, "channel": "D" + user_id[1:], "tab": "home"}
    served.send(payloads.event_callback({**event, "event_ts": payloads.new_ts()}))
    served.settle()
    [published] = [c for c in fake_slack.calls("views.publish") if c.params["user_id"] == user_id]
    return json.dumps(published.params["view"])


def test_a_clients_home_shows_the_calendar_section_and_the_pipelines_own_stage_names(
    served, people, sessions, fake_slack
):
    with sessions.begin() as session:
        maria = people_repo.find(session, people.exec_client)
        session.add(Deal(client_id=maria.id, name="Jones closing", stage="listing_agreement"))

    view = opened_home(served, fake_slack, people.exec_client)

    assert "Google Calendar" in view and "calendar.connect_link" in view
    assert "Jones closing" in view and "Listing agreement" in view and "listing_agreement" not in view
