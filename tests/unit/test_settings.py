"""Settings: every variable of the operator contract, read once from the environment and `.env`."""

import re
from pathlib import Path

import pytest

from bot.errors import JaneError
from bot.settings import Settings, load_settings

REPO = Path(__file__).resolve().parents[2]
# README, Configuration: the variables operators rely on.
CONTRACT_VARIABLES = {
    "DATABASE_URL",
    "SLACK_BOT_TOKEN",
    "SLACK_SIGNING_SECRET",
    "SLACK_APP_TOKEN",
    "SLACK_API_URL",
    "JANE_VA_CHANNEL",
    "JANE_SECRET_KEY",
    "GOOGLE_SERVICE_ACCOUNT_FILE",
    "GOOGLE_OAUTH_CLIENT_FILE",
    "GOOGLE_API_ENDPOINT",
    "JANE_LOG_LEVEL",
}
ALL_VARIABLES = {field.alias for field in Settings.model_fields.values()}


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    """No variable from the machine and no `.env` but the one a test writes."""
    for name in ALL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_every_contract_variable_is_a_setting():
    assert CONTRACT_VARIABLES <= ALL_VARIABLES


def test_defaults_need_nothing_set():
    settings = load_settings()
    assert settings.database_url == "sqlite:///jane.db"
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.log_level == "INFO"
    assert settings.slack_bot_token is None
    assert settings.default_tz == "UTC"


def test_the_environment_is_read(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg://jane@db.example/jane")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9999/api")
    monkeypatch.setenv("JANE_LOG_LEVEL", "debug")
    monkeypatch.setenv("JANE_UNCLAIMED_NUDGE_MINUTES", "45")
    settings = load_settings()
    assert settings.database_url == "postgresql+psycopg://jane@db.example/jane"
    assert settings.slack_bot_token == "xoxb-1"
    assert settings.slack_api_url == "http://127.0.0.1:9999/api/"
    assert settings.log_level == "DEBUG"
    assert settings.unclaimed_nudge_minutes == 45


def test_dot_env_is_read_and_the_environment_wins(monkeypatch, tmp_path):
    (tmp_path / ".env").write_text(
        "# local settings\nJANE_VA_CHANNEL=C0VAQUEUE\nJANE_DEFAULT_TZ=America/Chicago\nSLACK_BOT_TOKEN=\n"
    )
    monkeypatch.setenv("JANE_DEFAULT_TZ", "Europe/Paris")
    settings = load_settings()
    assert settings.va_channel == "C0VAQUEUE"
    assert settings.default_tz == "Europe/Paris"
    assert settings.slack_bot_token is None  # `NAME=` as copied from .env.example means unset


def test_overrides_by_field_name_for_tests_and_the_composition_root():
    assert load_settings(database_url="sqlite:///other.db").database_url == "sqlite:///other.db"


@pytest.mark.parametrize(
    "name, value",
    [
        ("DATABASE_URL", "not a url"),
        ("DATABASE_URL", "nosuchdb://x"),
        ("SLACK_BOT_TOKEN", "xoxp-user-token"),
        ("SLACK_APP_TOKEN", "xoxb-not-an-app-token"),
        ("SLACK_API_URL", "slack.com/api"),
        ("JANE_VA_CHANNEL", "#va-queue"),
        ("GOOGLE_SERVICE_ACCOUNT_FILE", "/no/such/file.json"),
        ("GOOGLE_OAUTH_CLIENT_FILE", "/no/such/client.json"),
        ("GOOGLE_API_ENDPOINT", "googleapis"),
        ("JANE_PUBLIC_URL", "jane.example.com"),
        ("JANE_DEFAULT_TZ", "Mars/Olympus_Mons"),
        ("JANE_UNCLAIMED_NUDGE_MINUTES", "soon"),
        ("JANE_STALE_DEAL_DAYS", "0"),
        ("JANE_LOG_LEVEL", "LOUD"),
        ("JANE_LOG_FORMAT", "xml"),
        ("PORT", "0"),
        ("JANE_HEALTH_PORT", "70000"),
        ("JANE_DB_POOL_SIZE", "0"),
        ("JANE_SECRET_KEY", " , "),
        ("JANE_SECRETS_DIR", "/no/such/folder"),
    ],
)
def test_a_malformed_value_fails_in_one_line_naming_it(monkeypatch, name, value):
    monkeypatch.setenv(name, value)
    with pytest.raises(JaneError) as raised:
        load_settings()
    message = str(raised.value)
    assert message.startswith(f"{name} is malformed: ")
    assert "\n" not in message


def test_secrets_are_read_from_files_named_like_the_variables(monkeypatch, tmp_path):
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "SLACK_BOT_TOKEN").write_text("xoxb-from-a-file\n")
    (secrets / "JANE_SECRET_KEY").write_text("new key, old key")
    (secrets / "JANE_VA_CHANNEL").write_text("C0FROMFILE")
    monkeypatch.setenv("JANE_SECRETS_DIR", str(secrets))
    monkeypatch.setenv("JANE_VA_CHANNEL", "C0FROMENV")
    settings = load_settings()
    assert settings.slack_bot_token == "xoxb-from-a-file"
    assert settings.secret_key == "new key, old key"
    assert settings.va_channel == "C0FROMENV"  # the environment wins over a secret file
    assert settings.secrets_dir == secrets


def test_host_port_and_pool_sizes_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("PORT", "8080")
    monkeypatch.setenv("JANE_HOST", "0.0.0.0")
    monkeypatch.setenv("JANE_DB_POOL_SIZE", "3")
    monkeypatch.setenv("JANE_DB_MAX_OVERFLOW", "0")
    settings = load_settings()
    assert (settings.host, settings.port) == ("0.0.0.0", 8080)
    assert (settings.db_pool_size, settings.db_max_overflow) == (3, 0)


def test_a_malformed_password_is_not_echoed(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql+nodriver://jane:s3cret@db/jane")
    with pytest.raises(JaneError) as raised:
        load_settings()
    assert "s3cret" not in str(raised.value)


def test_require_names_the_first_missing_setting(monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    settings = load_settings()
    settings.require("slack_bot_token")
    with pytest.raises(JaneError, match=r"^SLACK_SIGNING_SECRET is not set"):
        settings.require("slack_bot_token", "slack_signing_secret", "va_channel")


def test_env_example_lists_every_variable_with_a_comment():
    lines = (REPO / ".env.example").read_text().splitlines()
    listed = {}
    for number, line in enumerate(lines):
        if line and not line.startswith("#"):
            name = line.split("=", 1)[0].removeprefix("# ").strip()
            listed[name] = lines[number - 1].startswith("#") if number else False
    assert set(listed) == ALL_VARIABLES
    assert all(listed.values()), [name for name, commented in listed.items() if not commented]


def test_the_readme_lists_every_variable_with_its_default():
    configuration = (REPO / "README.md").read_text().split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| `([A-Z_]+)` \| ([^|]+) \|", configuration, re.MULTILINE))
    assert set(rows) == ALL_VARIABLES
    for field in Settings.model_fields.values():
        shown = rows[field.alias].strip().strip("`")
        assert shown in _as_documented(field.default), (field.alias, shown)


def _as_documented(default) -> set[str]:
    if default is None:
        return {"—", "Google's"}  # not set, or the library's own
    return {f"{default:g}" if isinstance(default, float) else str(default)}


def test_env_example_itself_loads(monkeypatch, tmp_path):
    (tmp_path / ".env").write_text((REPO / ".env.example").read_text())
    assert load_settings().database_url == "sqlite:///jane.db"
