"""Settings come from the environment (contract names), with clear one-line errors."""

from __future__ import annotations

import logging
import os
import re
import secrets
import stat
from dataclasses import fields
from pathlib import Path

import pytest

from bot.config import (
    DEFAULT_API_URL,
    KNOWN_NAMES,
    VARIABLES,
    ConfigError,
    CoreSettings,
    FloodSettings,
    Settings,
    Variable,
    load_or_create_key_file,
)

ROOT = Path(__file__).resolve().parents[2]

TOKEN = "123456789:AAH-test-token-0123456789abcdefghijklm"


def test_defaults() -> None:
    s = Settings.from_env({})
    assert s.core.api_url == DEFAULT_API_URL == "https://api.telegram.org/bot"
    assert s.core.database == Path("data/hrbot.sqlite3")
    assert s.core.content_dir == Path("content/")
    assert s.core.moderators == frozenset()
    assert s.core.log_level == "INFO"
    assert s.core.api_file_url == "https://api.telegram.org/file/bot"


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
    assert s.core.require_token() == TOKEN
    assert s.core.api_url == "http://127.0.0.1:8081/bot"
    assert s.core.api_file_url == "http://127.0.0.1:8081/file/bot"
    assert s.core.database == Path("/tmp/x/db.sqlite3")
    assert s.core.content_dir == Path("/srv/content")
    assert s.core.moderators == frozenset({1, 22, 333})
    assert s.core.log_level == "DEBUG"


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
        Settings.from_env(env).core.require_token()
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
    assert s.core.log_level == "WARNING"
    assert s.core.database == Path("/from/env.sqlite3")


def test_key_file_is_generated_once_with_mode_0600(tmp_path: Path) -> None:
    settings = CoreSettings(
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
    settings = CoreSettings(
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
    settings = CoreSettings(
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
    assert s.core.key_file == tmp_path / "k"
    s = Settings.from_env({"XDG_CONFIG_HOME": str(tmp_path / "x")})
    assert s.core.key_file == tmp_path / "x" / "hrbot" / "hrbot.key"


# -- one Settings: the README table, unknown names, nobody else reads the environment ----------


def _readme_table() -> list[tuple[str, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text[text.index("| Variable | Default | Meaning |") :].split("\n\n", 1)[0]
    rows = []
    for line in table.splitlines()[2:]:
        name, default, _meaning = (cell.strip() for cell in line.strip().strip("|").split(" | ", 2))
        rows.append((name.strip("`"), default))
    return rows


def test_the_readme_table_lists_exactly_the_settings_with_their_defaults() -> None:
    assert _readme_table() == [(v.name, v.default) for v in VARIABLES]


@pytest.mark.parametrize(
    "variable", [v for v in VARIABLES if re.fullmatch(r"`[^`]+`", v.default)], ids=lambda v: v.name
)
def test_giving_a_documented_default_changes_nothing(variable: Variable) -> None:
    assert Settings.from_env({variable.name: variable.default.strip("`")}) == Settings.from_env({})


def test_sections_are_parsed_from_the_environment_and_the_config_file(tmp_path: Path) -> None:
    config = tmp_path / "hrbot.env"
    config.write_text(
        "HRBOT_PEER_HOURS=24/7\nHRBOT_INVITE_HOURS=12\nHRBOT_PAID_BROADCAST=1\nHRBOT_FLOOD_BURST=3\n"
        "HRBOT_PEER_CHAT=-1001234\nHRBOT_SEARCH_EMBEDDINGS=off\nHRBOT_MODERATOR_CHAT=-1005678\n"
    )
    s = Settings.from_env({"HRBOT_CONFIG": str(config), "HRBOT_INVITE_HOURS": "6"})
    assert s.peers.hours.text == "24/7" and s.peers.chat == -1001234
    assert s.library.embeddings is False
    assert s.core.moderator_chat == -1005678
    assert s.alerts.invite_hours == 6  # the environment wins over the file
    assert s.delivery.paid_broadcast and s.delivery.effective_send_rate == 980.0
    assert s.flood == FloodSettings(rate=1.0, burst=3)
    with pytest.raises(ConfigError, match="HRBOT_FLOOD_RATE"):
        Settings.from_env({"HRBOT_FLOOD_RATE": "fast"})
    with pytest.raises(ConfigError, match="HRBOT_TICKET_MAX_OPEN"):
        Settings.from_env({"HRBOT_TICKET_MAX_OPEN": "many"})
    with pytest.raises(ConfigError, match="HRBOT_PEER_CHAT"):
        Settings.from_env({"HRBOT_PEER_CHAT": "peers"})


def test_every_variable_belongs_to_a_section_of_settings() -> None:
    sections = {f.name for f in fields(Settings)} - {"unknown"}
    assert {v.section for v in VARIABLES} == sections
    # Each section's documented defaults are its dataclass defaults (nothing set: all default).
    defaults = Settings.from_env({})
    for name in sections:
        section = getattr(defaults, name)
        if name != "core":  # the core's key file path follows $XDG_CONFIG_HOME
            assert section == type(section)(), name


def test_unknown_names_are_reported_with_the_closest_known_one(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    config = tmp_path / "hrbot.env"
    config.write_text("HRBOT_PEER_HOUR=24/7\n")
    s = Settings.from_env(
        {"HRBOT_CONFIG": str(config), "HRBOT_SEND_RAT": "3", "HRBOT_ZZZ": "1", "PATH": "/bin"}
    )
    assert s.unknown == ("HRBOT_PEER_HOUR", "HRBOT_SEND_RAT", "HRBOT_ZZZ")
    assert s.delivery.send_rate is None  # an unknown name changes nothing
    with caplog.at_level(logging.WARNING, logger="bot.config"):
        s.report_unknown()
    messages = [r.getMessage() for r in caplog.records]
    assert any("HRBOT_SEND_RAT" in m and "did you mean HRBOT_SEND_RATE?" in m for m in messages)
    assert any("HRBOT_PEER_HOUR " in m and "did you mean HRBOT_PEER_HOURS?" in m for m in messages)
    assert any("HRBOT_ZZZ" in m and "configuration table" in m for m in messages)


def test_hrbot_config_check(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    for name in [n for n in os.environ if n.startswith("HRBOT_")]:
        monkeypatch.delenv(name)
    assert main(["config", "check"]) == 0
    assert "no unknown HRBOT_* names" in capsys.readouterr().out
    monkeypatch.setenv("HRBOT_MODERATOR_CAHT", "-100")
    assert main(["config", "check"]) == 1
    assert "HRBOT_MODERATOR_CAHT" in capsys.readouterr().err
    monkeypatch.setenv("HRBOT_FLOOD_BURST", "lots")
    assert main(["config", "check"]) == 2
    assert "HRBOT_FLOOD_BURST" in capsys.readouterr().err


def test_no_module_but_bot_config_reads_the_environment_for_settings() -> None:
    readers = re.compile(r"os\.environ|os\.getenv|getenv\(")
    offenders = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        if path == ROOT / "bot" / "config.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            # (bot/__init__.py sets python-telegram-bot's PTB_TIMEDELTA opt-in: a library
            # switch it writes, not a setting it reads)
            if (
                readers.search(line)
                and "XDG_CACHE_HOME" not in line
                and "PTB_TIMEDELTA" not in line
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_every_hrbot_name_the_code_mentions_is_a_setting() -> None:
    mentioned: set[str] = set()
    for path in (ROOT / "bot").rglob("*.py"):
        mentioned |= set(re.findall(r"HRBOT_[A-Z0-9_]*[A-Z0-9]\b", path.read_text("utf-8")))
    assert mentioned - KNOWN_NAMES <= {"HRBOT_FEEDS"}  # "HRBOT_FEEDS_*" in docstrings
