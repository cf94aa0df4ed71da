"""Credentials are never written to the log, at any level (README: "Hostile input").

Two layers: the OAuth and HTTP libraries' own loggers are pinned to WARNING (at DEBUG they write token
responses, authorization codes and PKCE verifiers), and every handler Jane configures redacts what still
looks like a credential in any line, Jane's own included (bot/telemetry/logs.py installs both).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

# Loggers of libraries that log credentials at DEBUG or INFO: request bodies, token responses, headers.
PINNED_LOGGERS = (
    "oauthlib", "requests_oauthlib", "google_auth_oauthlib", "google.auth", "google.oauth2",
    "google_auth_httplib2", "googleapiclient", "googleapiclient.discovery", "googleapiclient.http",
    "httplib2", "urllib3", "requests", "websocket",
)  # fmt: skip
REDACTED = "[redacted]"
SECRET_FIELDS = (
    "access_token|refresh_token|id_token|code|code_verifier|client_secret|assertion|token|ticket|state|t"
)
CREDENTIALS = (
    re.compile(r"\bxox[a-z]-[0-9A-Za-z-]+"),  # Slack bot, user and configuration tokens
    re.compile(r"\bxapp-[0-9A-Za-z-]+"),  # Slack app-level tokens
    re.compile(r"\bya29\.[0-9A-Za-z._-]+"),  # Google access tokens
    re.compile(r"\b1//[0-9A-Za-z_-]+"),  # Google refresh tokens
    re.compile(r"\beyJ[0-9A-Za-z_-]+\.[0-9A-Za-z_-]+\.[0-9A-Za-z_-]*"),  # JWTs (id tokens, assertions)
    re.compile(r"(?<=hooks\.slack\.com/)\S+|(?<=hooks\.slack-gov\.com/)\S+"),  # response URLs post for 30 min
)
# name=value in query strings and forms, 'name': 'value' in dicts and JSON, and Authorization headers.
NAMED = (
    re.compile(rf"(?i)(?<![\w.-])((?:{SECRET_FIELDS})=)([^&\s'\",;]+)"),
    re.compile(rf"(?i)(['\"](?:{SECRET_FIELDS})['\"]\s*:\s*['\"])([^'\"]+)"),
    re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?(?:bearer|basic)\s+)([0-9A-Za-z._~+/=-]+)"),
)


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every credential in it replaced by [redacted]."""
    for secret in secrets:
        text = text.replace(secret, REDACTED)
    for pattern in CREDENTIALS:
        text = pattern.sub(REDACTED, text)
    for pattern in NAMED:
        text = pattern.sub(lambda match: match.group(1) + REDACTED, text)
    return text


class Redact(logging.Filter):
    """A handler filter: the record's message and traceback with credentials replaced, whoever logged it."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is replaced whole; short ones would match anything.
        self.secrets = sorted({s for s in secrets if s and len(s) >= 8}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a call with the wrong arguments: keep what was given, as text
            message = f"{record.msg} {record.args}"
        record.msg, record.args = scrub(message, self.secrets), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text, self.secrets)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info, self.secrets)
        return True


def pin_libraries(level: int) -> None:
    """Keep the credential-logging libraries at WARNING or above, whatever Jane's own level."""
    for name in PINNED_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
