"""Which Google account signed in: the email in the OpenID Connect id_token of the token response.

The id_token comes straight from Google's token endpoint, over the TLS connection Jane opened to it, in
answer to her own authorization code, so that connection vouches for it and its signature is not checked
(no key set is fetched; README: "The connect link"). The audience, issuer, expiry and `email_verified`
are still checked, so a token meant for another OAuth client never counts.
"""

from __future__ import annotations

import base64
import json
from datetime import datetime
from typing import Any

ISSUERS = frozenset({"accounts.google.com", "https://accounts.google.com"})
IDENTITY_SCOPES = ("openid", "email")  # asked with the calendar scopes; Google answers "email" as below
IDENTITY_GRANTS = frozenset({"openid", "email", "https://www.googleapis.com/auth/userinfo.email"})


def signed_in_email(token: dict[str, Any], client_id: str, now: datetime) -> str | None:
    """The verified email of the account that signed in, or None when the response does not show one."""
    claims = _claims(token.get("id_token"))
    if claims is None:
        return None
    audience = claims.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    fresh = isinstance(claims.get("exp"), int | float) and claims["exp"] > now.timestamp()
    verified = claims.get("email_verified") in (True, "true")
    if client_id not in audiences or claims.get("iss") not in ISSUERS or not fresh or not verified:
        return None
    email = claims.get("email")
    return email if isinstance(email, str) and "@" in email else None


def same_account(email_on_file: str | None, signed_in: str | None) -> bool:
    """Whether the signed-in account is the client's (always, when Jane has no email for the client)."""
    if not email_on_file:
        return True
    return signed_in is not None and signed_in.strip().casefold() == email_on_file.strip().casefold()


def _claims(id_token: Any) -> dict[str, Any] | None:
    if not isinstance(id_token, str) or id_token.count(".") != 2:
        return None
    payload = id_token.split(".")[1]
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, UnicodeDecodeError):
        return None
    return claims if isinstance(claims, dict) else None
