"""The fake Google's OAuth side: the consent page, the token endpoint, and service-account keys.

As Google does, a code consented with the `openid` and `email` scopes is exchanged for an id_token (a JWT
signed RS256) naming the account that signed in (`signed_in_as`), and `email` is granted as
`https://www.googleapis.com/auth/userinfo.email`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
import urllib.parse
from dataclasses import dataclass, field
from functools import cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
CLIENT_ID, CLIENT_SECRET = "jane-test.apps.googleusercontent.com", "not-a-real-secret"
USERINFO_EMAIL = "https://www.googleapis.com/auth/userinfo.email"


@cache
def signing_key() -> rsa.RSAPrivateKey:
    """One RSA key per test run: generating it takes tens of milliseconds."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def private_pem() -> str:
    return (
        signing_key()
        .private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        .decode()
    )


@dataclass
class TokenDesk:
    """What the token endpoint has issued and refuses; answers (status, JSON body)."""

    access_tokens: set[str] = field(default_factory=set)
    refresh_scopes: dict[str, str] = field(default_factory=dict)  # refresh token -> granted scopes
    revoked: set[str] = field(default_factory=set)
    codes: dict[str, dict] = field(default_factory=dict)  # authorization code -> what was consented
    subjects: list[str] = field(default_factory=list)  # service-account subjects, in order
    jwt_scopes: list[str] = field(default_factory=list)
    grant_scopes: str | None = None  # what the consent screen grants (None: what was asked)
    signed_in_as: str = "maria@example.com"  # the Google account that consents
    issued: list[str] = field(default_factory=list)  # every code, access and refresh token handed out
    verifiers: list[str] = field(default_factory=list)  # every PKCE verifier received

    def consent(self, query: dict[str, str]) -> str:
        """Auto-consent: the redirect back to Jane, with a one-time code bound to the PKCE challenge."""
        code = "4/0A" + secrets.token_urlsafe(12)
        self.issued.append(code)
        asked = self.grant_scopes if self.grant_scopes is not None else query.get("scope", "")
        scopes = " ".join(USERINFO_EMAIL if s == "email" else s for s in asked.split())
        self.codes[code] = {**query, "granted": scopes, "account": self.signed_in_as}
        back = {"code": code, "state": query.get("state", ""), "scope": scopes}
        return f"{query['redirect_uri']}?{urllib.parse.urlencode(back)}"

    def token(self, form: dict[str, str], basic: tuple[str, str] | None) -> tuple[int, dict]:
        grant = form.get("grant_type")
        if grant == JWT_BEARER:
            return self._service_account(form["assertion"])
        client = basic or (form.get("client_id"), form.get("client_secret"))
        if client != (CLIENT_ID, CLIENT_SECRET):
            return 401, {"error": "invalid_client"}
        if grant == "refresh_token":
            return self._refresh(form.get("refresh_token", ""))
        if grant == "authorization_code":
            return self._exchange(form)
        return 400, {"error": "unsupported_grant_type"}

    def _refresh(self, refresh_token: str) -> tuple[int, dict]:
        if refresh_token in self.revoked or refresh_token not in self.refresh_scopes:
            return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
        return 200, {**self._access(), "scope": self.refresh_scopes[refresh_token]}

    def _exchange(self, form: dict[str, str]) -> tuple[int, dict]:
        asked = self.codes.pop(form.get("code", ""), None)
        verifier = form.get("code_verifier", "")
        self.verifiers.append(verifier)
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
        if asked is None or asked.get("redirect_uri") != form.get("redirect_uri"):
            return 400, {"error": "invalid_grant", "error_description": "Bad code or redirect."}
        if asked.get("code_challenge") != challenge or asked.get("code_challenge_method") != "S256":
            return 400, {"error": "invalid_grant", "error_description": "PKCE verification failed."}
        refresh = "1//refresh-" + secrets.token_urlsafe(16)
        self.issued.append(refresh)
        self.refresh_scopes[refresh] = asked["granted"]
        answer = {**self._access(), "refresh_token": refresh, "scope": asked["granted"]}
        if "openid" in asked["granted"].split():
            answer["id_token"] = id_token(asked["account"], email_scope=USERINFO_EMAIL in asked["granted"])
        return 200, answer

    def _service_account(self, assertion: str) -> tuple[int, dict]:
        header, payload, signature = assertion.split(".")
        signed = f"{header}.{payload}".encode()
        try:
            signing_key().public_key().verify(_b64(signature), signed, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            return 400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}
        claims = json.loads(_b64(payload))
        self.subjects.append(claims.get("sub", ""))
        self.jwt_scopes.append(claims.get("scope", ""))
        return 200, self._access()

    def _access(self) -> dict:
        token = "ya29.fake-" + secrets.token_urlsafe(12)
        self.access_tokens.add(token)
        self.issued.append(token)
        return {"access_token": token, "expires_in": 3600, "token_type": "Bearer"}


def id_token(account: str, *, email_scope: bool = True, audience: str = CLIENT_ID) -> str:
    """An OpenID Connect id_token as Google's token endpoint returns it, signed with the fake's key."""
    now = int(time.time())
    subject = str(int(hashlib.sha256(account.encode()).hexdigest()[:15], 16))  # stable per account
    claims = {"iss": "https://accounts.google.com", "aud": audience, "azp": audience, "iat": now,
              "exp": now + 3600, "sub": subject}  # fmt: skip
    if email_scope:
        claims |= {"email": account, "email_verified": True}
    header = {"alg": "RS256", "kid": "fake-1", "typ": "JWT"}
    signed = ".".join(_b64_encode(json.dumps(part).encode()) for part in (header, claims))
    signature = signing_key().sign(signed.encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{signed}.{_b64_encode(signature)}"


def _b64_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _b64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
