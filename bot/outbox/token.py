"""Whether Slack has refused the bot token: once it has, for the rest of the process's life.

A revoked or invalid token is not an outage: no retry will cure it, only a new token and a restart. So
the first refusal stops this process's sending (the outbox keeps every message, pending), turns /readyz
to 503 and says once, in the log, what happened and what to do.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)

# Slack's answers that mean the token itself is no good (as opposed to one message being refused).
TOKEN_REFUSALS = frozenset({"invalid_auth", "token_revoked", "account_inactive"})
REFUSED_LOG = (
    "Slack refused the bot token (%s): Jane has stopped sending to Slack; messages wait in the outbox. "
    "Put a valid token (reinstall the app) in SLACK_BOT_TOKEN and restart every Jane process"
)


class TokenState:
    """Shared by the Web API client, the outbox sender and /readyz of one process."""

    def __init__(self) -> None:
        self._refusal: str | None = None
        self._lock = threading.Lock()

    @property
    def refusal(self) -> str | None:
        """Slack's error code for the refused token, or None while Slack accepts it."""
        return self._refusal

    def observe(self, error_code: str | None) -> None:
        """Note a Web API error: a token refusal is remembered (and logged the first time)."""
        if error_code not in TOKEN_REFUSALS:
            return
        with self._lock:
            first, self._refusal = self._refusal is None, self._refusal or error_code
        if first:
            log.error(REFUSED_LOG, error_code)
