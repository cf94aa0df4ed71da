"""Only Slack gets in: a bad signature or a stale timestamp is a 401, and nothing is stored or sent."""

from __future__ import annotations

import time

import pytest

from storage.models import OutboxMessage, Request, SlackEvent
from tests import payloads

# The rules tested here live in Python, not in the database: one backend is enough.
pytestmark = pytest.mark.parametrize("backend", ["sqlite"])

PAPER = "please order more printer paper"


def nothing_happened(served, fake_slack) -> bool:
    served.settle()
    counts = [served.count(model) for model in (SlackEvent, Request, OutboxMessage)]
    return counts == [0, 0, 0] and fake_slack.calls("chat.postMessage", accepted=False) == []


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(lambda e: payloads.sign(e, "not-the-secret"), id="wrong secret"),
        pytest.param(
            lambda e: payloads.sign(e, timestamp=int(time.time()) - 301), id="older than five minutes"
        ),
        pytest.param(lambda e: payloads.sign(e, timestamp=int(time.time()) + 330), id="from the future"),
        pytest.param(
            lambda e: payloads.sign(e).with_headers(**{"X-Slack-Signature": "v0=" + "0" * 64}),
            id="signature edited",
        ),
        pytest.param(lambda e: payloads.SlackRequest(payloads.sign(e).body, {}), id="unsigned"),
    ],
)
def test_a_request_slack_did_not_sign_is_refused_with_401(served, people, fake_slack, forge):
    status, _ = served.post(forge(payloads.message_event(people.client, PAPER)))

    assert status == 401
    assert nothing_happened(served, fake_slack)


def test_a_body_changed_after_signing_is_refused(served, people, fake_slack):
    signed = payloads.sign(payloads.message_event(people.client, PAPER))
    tampered = payloads.SlackRequest(signed.body.replace(b"printer", b"ink"), signed.headers)

    assert served.post(tampered)[0] == 401
    assert nothing_happened(served, fake_slack)


def test_a_forged_click_with_a_bad_signature_is_refused(served, people, fake_slack):
    click = payloads.block_actions(people.admin, "request.claim", "1")

    assert served.post(payloads.sign(click, "not-the-secret"))[0] == 401
    assert nothing_happened(served, fake_slack)
