"""Settings come from the environment (contract names), with clear one-line errors."""

from __future__ import annotations

import secrets
import stat
from pathlib import Path

import pytest

from bot.config import DEFAULT_API_URL, ConfigError, Settings, load_or_create_key_file

TOKEN = "123456789:AAH-test-token-0123456789abcdefghijklm"


def test_defaults() -> None:
    s = Settings.from_env({})
    assert s.api_url == DEFAULT_API_URL == "https://api.telegram.org/bot"
    assert s.database == Path("data/hrbot.sqlite3")
    assert s.content_dir == Path("content/")
    assert s.moderators == frozenset()
    assert s.log_level == "INFO"
    assert s.api_file_url == "https://api.telegram.org/file/bot"


def test_contract_names_are_read() -> None:
    s = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": "http://127.0.0.1:8081/bot",
            "HRBOT_DATABASE": "/tmp/x/db.sqlite3",
            "HRBOT_CONTENT_DIR": "/srv/content",
            "HRBOT_SECRET_KEY": secrets.token_urlsafe(32),
            "HRBOT_MODERATORS": " 1, 22 ,333,",
            "HRBOT_LOG_LEVEL": "debug",
        }
    )
    assert s.require_token() == TOKEN
    assert s.api_url == "http://127.0.0.1:8081/bot"
    assert s.api_file_url == "http://127.0.0.1:8081/file/bot"
    assert s.database == Path("/tmp/x/db.sqlite3")
    assert s.content_dir == Path("/srv/content")
    assert s.moderators == frozenset({1, 22, 333})
    assert s.log_level == "DEBUG"


@pytest.mark.parametrize(
    "env, fragment",
    [
        ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "not a token"}, "malformed"),
        ({"TELEGRAM_BOT_TOKEN": "123:short"}, "malformed"),
    ],
)
def test_token_errors_are_one_line(env: dict[str, str], fragment: str) -> None:
    with pytest.raises(ConfigError) as err:
        Settings.from_env(env).require_token()
    assert fragment in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    "env, fragment",
    [
        ({"HRBOT_SECRET_KEY": "short"}, "at least 32"),
        ({"HRBOT_MODERATORS": "12,abc"}, "'abc' is not a number"),
        ({"HRBOT_LOG_LEVEL": "LOUD"}, "HRBOT_LOG_LEVEL"),
        ({"TELEGRAM_API_URL": "api.telegram.org"}, "http://"),
        ({"HRBOT_MODERATOR_CHAT": "moderators"}, "HRBOT_MODERATOR_CHAT"),
    ],
)
def test_bad_values(env: dict[str, str], fragment: str) -> None:
    with pytest.raises(ConfigError, match=fragment):
        Settings.from_env(env)


def test_environment_wins_over_config_file(tmp_path: Path) -> None:
    config = tmp_path / "hrbot.env"
    config.write_text(
        '# comment\nHRBOT_LOG_LEVEL="WARNING"\nexport HRBOT_DATABASE=/from/file.sqlite3\n'
    )
    s = Settings.from_env({"HRBOT_CONFIG": str(config), "HRBOT_DATABASE": "/from/env.sqlite3"})
    assert s.log_level == "WARNING"
    assert s.database == Path("/from/env.sqlite3")


def test_key_file_is_generated_once_with_mode_0600(tmp_path: Path) -> None:
    settings = Settings(
        database=tmp_path / "data" / "hrbot.sqlite3", key_file_path=tmp_path / "keys" / "hrbot.key"
    )
    first = settings.with_secret()
    key_file = tmp_path / "keys" / "hrbot.key"
    assert not (tmp_path / "data" / "hrbot.key").exists()
    assert key_file.exists()
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert first.secret_key and len(first.secret_key) >= 32
    assert settings.with_secret().secret_key == first.secret_key
    assert load_or_create_key_file(key_file) == first.secret_key


def test_secret_from_environment_needs_no_key_file(tmp_path: Path) -> None:
    key = secrets.token_urlsafe(40)
    settings = Settings(
        database=tmp_path / "hrbot.sqlite3",
        secret_key=key,
        key_file_path=tmp_path / "k" / "hrbot.key",
    )
    assert settings.with_secret().secret_key == key
    assert not (tmp_path / "k").exists()
    assert not (tmp_path / "hrbot.key").exists()


def test_a_key_beside_the_database_is_still_read_with_a_warning_at_every_start(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    legacy = tmp_path / "data" / "hrbot.key"
    legacy.parent.mkdir()
    key = secrets.token_urlsafe(48)
    legacy.write_text(key + "\n")
    legacy.chmod(0o600)
    settings = Settings(
        database=tmp_path / "data" / "hrbot.sqlite3", key_file_path=tmp_path / "conf" / "hrbot.key"
    )
    for _ in range(2):
        caplog.clear()
        assert settings.with_secret().secret_key == key
        assert "lives beside the database" in caplog.text and "mv " in caplog.text
    assert not (tmp_path / "conf").exists()  # nothing is lost: the old key is not replaced
    # Once moved, the warning stops.
    (tmp_path / "conf").mkdir()
    legacy.rename(tmp_path / "conf" / "hrbot.key")
    caplog.clear()
    assert settings.with_secret().secret_key == key
    assert "beside the database" not in caplog.text


def test_key_file_from_the_environment(tmp_path: Path) -> None:
    s = Settings.from_env({"HRBOT_KEY_FILE": str(tmp_path / "k")})
    assert s.key_file == tmp_path / "k"
    s = Settings.from_env({"XDG_CONFIG_HOME": str(tmp_path / "x")})
    assert s.key_file == tmp_path / "x" / "hrbot" / "hrbot.key"
