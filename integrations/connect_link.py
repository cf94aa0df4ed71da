"""The "Connect Google Calendar" link's token, and the proof that a sign-in came back to the browser that
started it (README: "The connect link").

A link carries `CLIENT.EXPIRES.NONCE.SIGNATURE`: the client it was made for, when it stops working (minutes
after it was made), and the nonce naming its one pending sign-in state in the database, signed with a key
derived from JANE_SECRET_KEY. Nothing in it can be changed without the key, and opening it spends the
nonce, so the link works once, for a few minutes, and only for the client named in it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

LINK_LIFETIME = timedelta(minutes=10)
# Fixed contexts for the key derivations: each key signs one kind of thing only.
LINK_KEY_INFO = b"jane connect-link v1"
BROWSER_KEY_INFO = b"jane connect-browser v1"
TOKEN = re.compile(r"([0-9]{1,12})\.([0-9]{1,12})\.([A-Za-z0-9_-]{16,100})\.([A-Za-z0-9_-]{43})")


class LinkRefused(Exception):
    """The token is malformed, not signed with this deployment's key, or expired."""


@dataclass(frozen=True)
class Link:
    client_id: int  # the client's person id
    nonce: str  # the pending state the link opens


def make(secret: str, client_id: int, nonce: str, now: datetime) -> str:
    """A signed link token for `client_id`, working until LINK_LIFETIME after `now`."""
    expires = int((now + LINK_LIFETIME).timestamp())
    payload = f"{client_id}.{expires}.{nonce}"
    return f"{payload}.{_sign(secret, LINK_KEY_INFO, payload)}"


def read(secret: str, token: str, now: datetime) -> Link:
    """What a token names, if this deployment signed it and it has not expired; else LinkRefused."""
    match = TOKEN.fullmatch(token or "")
    if match is None:
        raise LinkRefused("malformed")
    client_id, expires, nonce, signature = match.groups()
    if not hmac.compare_digest(signature, _sign(secret, LINK_KEY_INFO, f"{client_id}.{expires}.{nonce}")):
        raise LinkRefused("bad signature")
    if now.timestamp() > int(expires):
        raise LinkRefused("expired")
    return Link(int(client_id), nonce)


def browser_proof(secret: str, state: str) -> str:
    """The cookie value that shows a callback came back to the browser that opened the link for `state`."""
    return _sign(secret, BROWSER_KEY_INFO, state)


def same_browser(secret: str, state: str, cookie: str | None) -> bool:
    return cookie is not None and hmac.compare_digest(cookie, browser_proof(secret, state))


def _sign(secret: str, info: bytes, payload: str) -> str:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret.encode())
    digest = hmac.new(key, payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")
