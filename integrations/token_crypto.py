"""OAuth tokens encrypted at rest with JANE_SECRET_KEY (Fernet: AES-CBC with an HMAC, so tampering shows)."""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from integrations.calendar import CalendarAccessLost
from integrations.sentences import ACCESS_LOST

# Fixed context for the key derivation: changing it would make every stored token unreadable.
KDF_INFO = b"jane google-oauth-token v1"


def fernet(secret: str) -> Fernet:
    """A Fernet key derived from any secret string (an operator's passphrase need not be 32 base64 bytes)."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=KDF_INFO).derive(secret.encode())
    return Fernet(base64.urlsafe_b64encode(key))


def seal(secret: str, token: dict[str, Any]) -> bytes:
    return fernet(secret).encrypt(json.dumps(token, sort_keys=True).encode())


def unseal(secret: str, blob: bytes) -> dict[str, Any]:
    """The stored token; a blob sealed with another key counts as a lost grant, to be reconnected."""
    try:
        return json.loads(fernet(secret).decrypt(bytes(blob)))
    except InvalidToken:
        raise CalendarAccessLost(ACCESS_LOST) from None
