"""Credentials never reach a log line: scrub() and the Redact filter on configured handlers."""

from __future__ import annotations

import io
import logging

import pytest

from bot.telemetry.redact import PINNED_LOGGERS, Redact, scrub


@pytest.mark.parametrize(
    "line, secret",
    [
        ("token xoxb-123-456-abcDEF in use", "xoxb-123-456-abcDEF"),
        ("app token xapp-1-A0JANE001-1-abc", "xapp-1-A0JANE001-1-abc"),
        ("Bearer for ya29.a0AfH6SMC-x_y.z", "ya29.a0AfH6SMC-x_y.z"),
        ("refresh 1//0gLx-abc_DEF", "1//0gLx-abc_DEF"),
        ("id token eyJhbGciOi.eyJzdWIiOiIx.c2lnbmF0dXJl", "eyJhbGciOi.eyJzdWIiOiIx.c2lnbmF0dXJl"),
        ("POST /token body=grant_type=authorization_code&code=4/0AX-secret&redirect_uri=x", "4/0AX-secret"),
        ("code_verifier=Zm9vYmFyYmF6-_~ and more", "Zm9vYmFyYmF6-_~"),
        ("Obtained token {'access_token': 'opaque-access', 'expires_in': 3599}", "opaque-access"),
        ('{"refresh_token": "opaque-refresh", "scope": "x"}', "opaque-refresh"),
        ("headers: {'Authorization': 'Bearer opaque.bearer-value'}", "opaque.bearer-value"),
        ("GET /google/connect?t=1.2.nonce.sig HTTP/1.1", "1.2.nonce.sig"),
        ("posting to https://hooks.slack.com/commands/T1/2/secretpart", "T1/2/secretpart"),
    ],
)
def test_credentials_are_redacted(line, secret):
    cleaned = scrub(line)
    assert secret not in cleaned and "[redacted]" in cleaned


def test_ordinary_words_stay_as_they_are():
    line = "outbox 5 (chat.postMessage reply:D1:1.2) failed: error_code=channel_not_found; will retry"
    assert scrub(line) == line


def test_the_filter_redacts_arguments_tracebacks_and_known_secrets():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(Redact(["the-signing-secret-value"]))
    logger = logging.getLogger("tests.logs")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("secret %s and token %s", "the-signing-secret-value", "xoxb-1-2-3")
        try:
            raise ValueError("refresh_token=1//leaked")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
        logger.propagate = True

    written = stream.getvalue()
    assert "the-signing-secret-value" not in written and "xoxb-1-2-3" not in written
    assert "1//leaked" not in written and "ValueError" in written


def test_the_oauth_and_http_libraries_are_among_the_pinned_loggers():
    assert {"oauthlib", "requests_oauthlib", "google_auth_oauthlib", "urllib3", "httplib2"} <= set(
        PINNED_LOGGERS
    )
    assert "googleapiclient.discovery" in PINNED_LOGGERS
