"""create_app's lifecycle (stop() releases what it built, not what it was given), and its Web API client."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from slack_sdk.errors import SlackApiError
from sqlalchemy import text

from bot.app import create_app, make_web_client
from bot.settings import load_settings
from tests.fakes.slack_api import FakeSlack


def settings_for(tmp_path, **values: str):
    defaults = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'jane.db'}",
        "SLACK_BOT_TOKEN": "xoxb-test",
        "SLACK_SIGNING_SECRET": "secret",
        "SLACK_API_URL": "http://127.0.0.1:9/api/",
    }
    return load_settings(_env_file=None, **(defaults | values))


def test_stop_releases_the_engine_and_thread_pools_create_app_built(tmp_path):
    jane = create_app(settings_for(tmp_path))
    with jane.services.engine.connect() as connection:
        connection.execute(text("select 1"))
    listeners = jane.bolt.listener_runner.listener_executor
    listeners.submit(lambda: None).result()

    jane.stop()

    assert jane.services.engine.pool.checkedin() == 0  # disposed: no connection left open
    with pytest.raises(RuntimeError):
        listeners.submit(lambda: None)
    with pytest.raises(RuntimeError):
        jane.services.work.submit(lambda: None)


def test_stop_leaves_an_engine_and_listener_pool_it_was_given(tmp_path, engine):
    acks = ThreadPoolExecutor(1)
    jane = create_app(settings_for(tmp_path), engine=engine, listener_executor=acks)
    with engine.connect() as connection:
        connection.execute(text("select 1"))

    jane.stop()

    assert acks.submit(lambda: 1).result() == 1
    with engine.connect() as connection:
        assert connection.execute(text("select 1")).scalar() == 1
    acks.shutdown()


def test_a_long_retry_after_fails_the_call_at_once_for_the_outbox_to_schedule(tmp_path):
    with FakeSlack() as slack:
        slack.fail("chat.postMessage", status=429, retry_after=120)
        client = make_web_client(settings_for(tmp_path, SLACK_API_URL=slack.url))
        outcome: list[BaseException | None] = []

        def post() -> None:
            try:
                client.chat_postMessage(channel="C1", text="hello")
                outcome.append(None)
            except SlackApiError as error:
                outcome.append(error)

        caller = threading.Thread(target=post, daemon=True)  # without the cap it would sleep for 2 minutes
        caller.start()
        caller.join(5)

        assert outcome and isinstance(outcome[0], SlackApiError)
        assert outcome[0].response.status_code == 429
        assert len(slack.calls("chat.postMessage", accepted=False)) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_the_client_retries_any_server_error(tmp_path, status):
    with FakeSlack() as slack:
        slack.fail("chat.postMessage", status=status)
        client = make_web_client(settings_for(tmp_path, SLACK_API_URL=slack.url), retry_interval=0.01)

        assert client.chat_postMessage(channel="C1", text="hello")["ok"]
        assert [call.status for call in slack.calls("chat.postMessage", accepted=False)] == [status, 200]
