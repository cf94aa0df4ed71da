"""Slack's request signature, checked before anything reads the body (README: "Hostile input").

Bolt verifies signatures too, but it turns the timestamp header into a number first, so a header that is
not digits would fail inside Bolt; here every malformed header is simply a request Slack did not sign.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Callable, Mapping

MAX_AGE_SECONDS = 60 * 5  # Slack's own replay window
TIMESTAMP = re.compile(r"[0-9]{1,12}")  # ASCII digits only: int() would also take "+1", " 1" or "١"
SIGNATURE = re.compile(r"v0=[0-9a-f]{64}")


def signed_by_slack(
    secret: str, headers: Mapping[str, str], body: bytes, now: Callable[[], float] = time.time
) -> bool:
    """Whether `body` carries a fresh, valid v0 signature made with `secret` (header names lower-case)."""
    timestamp = headers.get("x-slack-request-timestamp") or ""
    signature = headers.get("x-slack-signature") or ""
    if not (secret and TIMESTAMP.fullmatch(timestamp) and SIGNATURE.fullmatch(signature)):
        return False
    if abs(now() - int(timestamp)) > MAX_AGE_SECONDS:
        return False
    # Over the raw bytes, so that a body that is not even UTF-8 is refused like any other.
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
