"""What the Google adapters read from Jane's settings (bot/settings.py's Settings provides all of it)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class GoogleSettings(Protocol):
    """The Google part of Jane's settings, as the adapters read it."""

    @property
    def google_service_account_file(self) -> Path | None: ...

    @property
    def google_oauth_client_file(self) -> Path | None: ...

    @property
    def google_api_endpoint(self) -> str | None: ...

    @property
    def secret_key(self) -> str | None: ...

    @property
    def public_url(self) -> str | None: ...

    def require(self, *names: str) -> None:
        """Fail with one line naming the first setting in `names` that is unset."""
        ...


def sealing_secret(settings: GoogleSettings) -> str:
    """JANE_SECRET_KEY, which seals stored grants (calendar_factory requires it whenever OAuth is set up)."""
    if settings.secret_key is None:
        raise RuntimeError("JANE_SECRET_KEY is not set; see .env.example")
    return settings.secret_key
