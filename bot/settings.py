"""Jane's settings: read once from the environment and `.env`, checked at start-up, passed explicitly."""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from bot.errors import JaneError
from handlers.deals import stages as pipeline
from storage.db import MAX_OVERFLOW, POOL_SIZE

DEFAULT_DATABASE_URL = "sqlite:///jane.db"
DOCKER_SECRETS = Path("/run/secrets")  # where Docker and Compose mount secrets; read when present
CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,}$")


class Settings(BaseSettings):
    """Every variable of the operator contract, typed."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,  # `NAME=` copied from .env.example means "not set"
        extra="ignore",
        populate_by_name=True,  # load_settings(database_url=…) as well as DATABASE_URL=…
    )

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
    conversation_minutes: int = Field(30, alias="JANE_CONVERSATION_MINUTES", ge=1)  # follow-ups' memory
    pipeline: str = Field(pipeline.DEFAULT_LABELS, alias="JANE_PIPELINE")  # deal stages, in order
    client_quiet_hours: str = Field("21:00-07:00", alias="JANE_CLIENT_QUIET_HOURS")
    confirmations_at: str = Field("15:00", alias="JANE_CONFIRMATIONS_AT")
    job_poll_seconds: float = Field(5.0, alias="JANE_JOB_POLL_SECONDS", gt=0)
    log_level: str = Field("INFO", alias="JANE_LOG_LEVEL")
    log_format: str = Field("text", alias="JANE_LOG_FORMAT")  # text, or json: one object per line
    host: str = Field("127.0.0.1", alias="JANE_HOST", min_length=1)  # `jane serve`'s HTTP address
    port: int = Field(3000, alias="PORT", ge=1, le=65535)  # PORT, as container platforms set it
    health_port: int | None = Field(None, alias="JANE_HEALTH_PORT", ge=1, le=65535)
    db_pool_size: int = Field(POOL_SIZE, alias="JANE_DB_POOL_SIZE", ge=1)
    db_max_overflow: int = Field(MAX_OVERFLOW, alias="JANE_DB_MAX_OVERFLOW", ge=0)
    # The inbox and its workers (README, "Kept requests"): threads per process carrying out requests, how
    # many Google calls a process makes at once, how often idle workers look for rows nobody holds.
    work_threads: int = Field(64, alias="JANE_WORK_THREADS", ge=1, le=256)
    google_concurrency: int = Field(64, alias="JANE_GOOGLE_CONCURRENCY", ge=1, le=256)
    inbox_poll_seconds: float = Field(0.25, alias="JANE_INBOX_POLL_SECONDS", gt=0, le=60)
    shutdown_grace_seconds: float = Field(8.0, alias="JANE_SHUTDOWN_GRACE_SECONDS", ge=0, le=600)
    startup_wait_seconds: float = Field(30.0, alias="JANE_STARTUP_WAIT_SECONDS", ge=0, le=3600)
    retention_days: int = Field(14, alias="JANE_RETENTION_DAYS", ge=1)
    outbox_horizon_hours: float = Field(24.0, alias="JANE_OUTBOX_HORIZON_HOURS", gt=0)
    # Read by load_settings before the others: a folder of files named like the variables (Docker secrets)
    secrets_dir: Path | None = Field(None, alias="JANE_SECRETS_DIR")

    @field_validator("database_url")
    @classmethod
    def _database_url_shape(cls, value: str) -> str:
        try:
            make_url(value).get_dialect()
        except (ArgumentError, NoSuchModuleError, ValueError):
            # The value is not echoed: it may hold a password.
            raise ValueError(
                "not a database URL SQLAlchemy knows (e.g. sqlite:///jane.db or postgresql+psycopg://user@host/db)"
            ) from None
        return value

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

    @field_validator("va_channel")
    @classmethod
    def _channel_shape(cls, value: str | None) -> str | None:
        if value and not CHANNEL_ID.match(value):
            raise ValueError("must be a channel id such as C0123ABCD, not a channel name")
        return value

    @field_validator("slack_api_url", "google_api_endpoint", "public_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _api_url_slash(cls, value: str) -> str:
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
        if not is_time_zone(value):
            raise ValueError(f"unknown time zone {value!r}")
        return value

    @field_validator("client_quiet_hours")
    @classmethod
    def _hours_range(cls, value: str) -> str:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d", value.strip()):
            raise ValueError("must be HH:MM-HH:MM, e.g. 21:00-07:00")
        return value.strip()

    @field_validator("confirmations_at")
    @classmethod
    def _clock_time(cls, value: str) -> str:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value.strip()):
            raise ValueError("must be HH:MM, e.g. 15:00")
        return value.strip()

    @field_validator("pipeline")
    @classmethod
    def _pipeline_stages(cls, value: str) -> str:
        pipeline.from_labels(value)  # its ValueError says what is wrong with the labels
        return value

    @field_validator("log_format")
    @classmethod
    def _known_format(cls, value: str) -> str:
        if value.lower() not in {"text", "json"}:
            raise ValueError("must be text or json")
        return value.lower()

    @field_validator("secret_key")
    @classmethod
    def _some_key(cls, value: str | None) -> str | None:
        if value is not None and not any(key.strip() for key in value.split(",")):
            raise ValueError("holds no key; list one or more, comma-separated, newest first")
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    def secrets(self) -> tuple[str | None, ...]:
        """The values the log must never show, whatever line they turn up in."""
        keys = tuple(key.strip() for key in (self.secret_key or "").split(","))
        return (self.slack_bot_token, self.slack_signing_secret, self.slack_app_token, *keys)

    @property
    def pool_size(self) -> int:
        """Database connections a process keeps: at least one per work thread, plus the outbox sender, the
        inbox poll, the job loop and a health check, so that no work thread waits for a connection."""
        return max(self.db_pool_size, self.work_threads + 4)

    def require(self, *names: str) -> None:
        """Fail with one line naming the first setting in `names` that is unset."""
        for name in names:
            field = type(self).model_fields[name]
            if not getattr(self, name):
                raise JaneError(f"{field.alias} is not set; see .env.example")


def is_time_zone(name: str) -> bool:
    """Whether `name` is an IANA time zone that zoneinfo knows (e.g. America/Chicago)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder such as "America"
        return False
    return True


class _SecretsDir(BaseSettings):
    """JANE_SECRETS_DIR alone, read first: it says where the other settings may come from."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", env_ignore_empty=True, extra="ignore"
    )

    secrets_dir: Path | None = Field(None, alias="JANE_SECRETS_DIR")


def load_settings(**overrides) -> Settings:
    """Read the settings once; a malformed value fails with one line naming the variable.

    Order, first found wins: `overrides`, the environment, `.env`, then a file named like the variable in
    JANE_SECRETS_DIR (default /run/secrets when that folder exists), as Docker secrets are mounted.
    """
    try:
        folder = _secrets_folder(overrides)
        return Settings(**overrides, _secrets_dir=folder, secrets_dir=folder)
    except ValidationError as error:
        first = error.errors()[0]
        name = str(first["loc"][0]) if first["loc"] else "settings"
        field = Settings.model_fields.get(name)
        name = field.alias if field and field.alias else name
        message = first["msg"].removeprefix("Value error, ")
        raise JaneError(f"{name} is malformed: {message}; see .env.example") from None


def _secrets_folder(overrides: dict) -> Path | None:
    given = (
        overrides.pop("secrets_dir", None)
        or _SecretsDir(_env_file=overrides.get("_env_file", ".env")).secrets_dir
    )
    if given is not None:
        if not Path(given).is_dir():
            raise JaneError(f"JANE_SECRETS_DIR is malformed: no such folder: {given}; see .env.example")
        return Path(given)
    return DOCKER_SECRETS if DOCKER_SECRETS.is_dir() else None
