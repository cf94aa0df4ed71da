"""The connect link's signed token, the browser proof, and reading the signed-in account from an id_token."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from integrations import connect_link
from integrations.google_identity import same_account, signed_in_email
from tests.fakes.google_tokens import CLIENT_ID, id_token

KEY = "a deployment's JANE_SECRET_KEY"
NOW = datetime(2026, 11, 25, 15, tzinfo=UTC)
NONCE = "n" * 43


def test_a_token_names_its_client_and_nonce_until_it_expires():
    token = connect_link.make(KEY, 42, NONCE, NOW)

    assert connect_link.read(KEY, token, NOW + timedelta(minutes=9)) == connect_link.Link(42, NONCE)
    with pytest.raises(connect_link.LinkRefused, match="expired"):
        connect_link.read(KEY, token, NOW + connect_link.LINK_LIFETIME + timedelta(seconds=1))


@pytest.mark.parametrize(
    "change",
    [
        lambda t: "43" + t[2:],  # another client
        lambda t: t.replace(".", ".9", 1),  # a later expiry
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # the signature
        lambda t: t.split(".", 1)[1],  # a part missing
        lambda t: "",
        lambda t: t + ".x",
    ],
)
def test_a_changed_token_is_refused(change):
    with pytest.raises(connect_link.LinkRefused):
        connect_link.read(KEY, change(connect_link.make(KEY, 42, NONCE, NOW)), NOW)


def test_a_token_signed_with_another_key_is_refused():
    with pytest.raises(connect_link.LinkRefused, match="signature"):
        connect_link.read(KEY, connect_link.make("another key", 42, NONCE, NOW), NOW)


def test_the_browser_proof_belongs_to_one_state_and_one_key():
    proof = connect_link.browser_proof(KEY, "state-1")
    assert connect_link.same_browser(KEY, "state-1", proof)
    assert not connect_link.same_browser(KEY, "state-2", proof)
    assert not connect_link.same_browser("another key", "state-1", proof)
    assert not connect_link.same_browser(KEY, "state-1", None)


def test_the_signed_in_email_is_read_only_from_a_fresh_verified_token_for_jane():
    now = datetime.now(UTC)
    assert signed_in_email({"id_token": id_token("maria@example.com")}, CLIENT_ID, now) == "maria@example.com"
    assert signed_in_email({"id_token": id_token("m@example.com", audience="other")}, CLIENT_ID, now) is None
    assert (
        signed_in_email({"id_token": id_token("m@example.com")}, CLIENT_ID, now + timedelta(hours=2)) is None
    )
    assert signed_in_email({"id_token": id_token("m@example.com", email_scope=False)}, CLIENT_ID, now) is None
    assert signed_in_email({"id_token": "not.a.jwt"}, CLIENT_ID, now) is None
    assert signed_in_email({}, CLIENT_ID, now) is None


def test_accounts_are_compared_without_regard_to_case_and_only_when_an_email_is_on_file():
    assert same_account("Maria@Example.com", "maria@example.com")
    assert not same_account("maria@example.com", "mallory@example.net")
    assert not same_account("maria@example.com", None)
    assert same_account(None, "anyone@example.net")
