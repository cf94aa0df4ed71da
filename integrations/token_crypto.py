"""OAuth tokens encrypted at rest with JANE_SECRET_KEY (Fernet: AES-CBC with an HMAC, so tampering shows).

JANE_SECRET_KEY may list several keys, comma-separated, newest first (cryptography's MultiFernet): tokens
are sealed with the first and opened with any, so a new key can be put in front while tokens sealed with
the old one still open, until `jane admin rotate-key` has sealed them all anew and the old key can go.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from integrations.calendar import CalendarAccessLost
from integrations.sentences import ACCESS_LOST

# Fixed context for the key derivation: changing it would make every stored token unreadable.
KDF_INFO = b"jane google-oauth-token v1"


def keys(secret: str) -> list[str]:
    """The keys in a JANE_SECRET_KEY value, newest first."""
    listed = [key.strip() for key in secret.split(",") if key.strip()]
    if not listed:
        raise ValueError("JANE_SECRET_KEY holds no key")
    return listed


def fernet(secret: str) -> MultiFernet:
    """Seals with the newest key and opens with any of them; each key is derived from any secret string
    (an operator's passphrase need not be 32 base64 bytes)."""
    return MultiFernet([_one_key(key) for key in keys(secret)])


def _one_key(key: str) -> Fernet:
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=KDF_INFO).derive(key.encode())
    return Fernet(base64.urlsafe_b64encode(derived))


def seal(secret: str, token: dict[str, Any]) -> bytes:
    return fernet(secret).encrypt(json.dumps(token, sort_keys=True).encode())


def unseal(secret: str, blob: bytes) -> dict[str, Any]:
    """The stored token; a blob sealed with another key counts as a lost grant, to be reconnected."""
    try:
        return json.loads(fernet(secret).decrypt(bytes(blob)))
    except InvalidToken:
        raise CalendarAccessLost(ACCESS_LOST) from None


def reseal(secret: str, blob: bytes) -> bytes | None:
    """The blob sealed anew with the newest key; None when no key in `secret` opens it."""
    try:
        return fernet(secret).rotate(bytes(blob))
    except InvalidToken:
        return None
