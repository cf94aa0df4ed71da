"""Jane's settings: read once from the environment and `.env`, checked at start-up, passed explicitly."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.errors import JaneError

DEFAULT_DATABASE_URL = "sqlite:///jane.db"


class Settings(BaseSettings):
    """Every variable of the operator contract, typed."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field(DEFAULT_DATABASE_URL, alias="DATABASE_URL")
    slack_bot_token: str | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field("https://slack.com/api/", alias="SLACK_API_URL")
    va_channel: str | None = Field(None, alias="JANE_VA_CHANNEL")
    secret_key: str | None = Field(None, alias="JANE_SECRET_KEY")
    google_service_account_file: Path | None = Field(None, alias="GOOGLE_SERVICE_ACCOUNT_FILE")
    google_oauth_client_file: Path | None = Field(None, alias="GOOGLE_OAUTH_CLIENT_FILE")
    google_api_endpoint: str | None = Field(None, alias="GOOGLE_API_ENDPOINT")
    public_url: str | None = Field(None, alias="JANE_PUBLIC_URL")
    default_tz: str = Field("UTC", alias="JANE_DEFAULT_TZ")
    unclaimed_nudge_minutes: int = Field(30, alias="JANE_UNCLAIMED_NUDGE_MINUTES", ge=1)
    stale_deal_days: int = Field(14, alias="JANE_STALE_DEAL_DAYS", ge=1)
    log_level: str = Field("INFO", alias="JANE_LOG_LEVEL")

    @field_validator("slack_bot_token")
    @classmethod
    def _bot_token_shape(cls, value: str | None) -> str | None:
        if value and not value.startswith("xoxb-"):
            raise ValueError("must start with xoxb-")
        return value

    @field_validator("slack_app_token")
    @classmethod
    def _app_token_shape(cls, value: str | None) -> str | None:
        if value and not value.startswith("xapp-"):
            raise ValueError("must start with xapp-")
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _api_url_shape(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value if value.endswith("/") else value + "/"

    @field_validator("google_service_account_file", "google_oauth_client_file")
    @classmethod
    def _file_exists(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_file():
            raise ValueError(f"no such file: {value}")
        return value

    @field_validator("default_tz")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    def require(self, *names: str) -> None:
        """Fail with one line naming the first setting in `names` that is unset."""
        for name in names:
            field = type(self).model_fields[name]
            if not getattr(self, name):
                raise JaneError(f"{field.alias} is not set; see .env.example")


def load_settings(**overrides) -> Settings:
    """Read the settings once; a malformed value fails with one line naming the variable."""
    try:
        return Settings(**overrides)
    except ValidationError as error:
        first = error.errors()[0]
        name = first["loc"][0] if first["loc"] else "settings"
        raise JaneError(f"{name}: {first['msg']}") from None
