"""Incoming reads a payload defensively: odd shapes become None or "", never an exception in the ack path."""

from __future__ import annotations

import pytest

from bot.edge.incoming import Incoming


@pytest.mark.parametrize("authorizations", [5, "U1", {"is_bot": True}, [None, 3]])
def test_an_event_with_odd_authorizations_has_no_bot_user(authorizations):
    body = {"team_id": "T1", "event_id": "Ev1", "authorizations": authorizations}
    event = {"type": "message", "user": "U1", "channel": "D1", "ts": "1.0", "text": 7}

    incoming = Incoming.from_event(body, event)

    assert (incoming.bot_user_id, incoming.text, incoming.user_id) == (None, "", "U1")


def test_an_event_names_the_bot_user_it_was_delivered_to():
    body = {"authorizations": [{"is_bot": False, "user_id": "U1"}, {"is_bot": True, "user_id": "UJANE"}]}

    assert Incoming.from_event(body, {"ts": "1.0"}).bot_user_id == "UJANE"


def test_an_action_without_message_or_channel_still_has_a_key_and_no_thread():
    incoming = Incoming.from_action({"user": {"id": "U1"}, "trigger_id": "t1"}, {"action_id": "claim"})

    assert incoming.key == "action:t1:U1"
    assert (incoming.channel, incoming.ts, incoming.thread_ts) == (None, None, None)
