"""Public and guessable secret keys are refused: in the settings, in the key file, by `hrbot run`."""

from __future__ import annotations

import asyncio
import re
import secrets
import subprocess
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings, load_or_create_key_file
from bot.keycheck import (
    _MAX_FILE_BYTES,
    MIN_BITS,
    PUBLIC_VALUES,
    WeakKeyError,
    _text_files,
    check_entropy,
    check_secret,
    estimate_bits,
)
from bot.privacy import Keyring
from tests.cli_inprocess import hrbot_in_process
from tests.conftest import ROOT, SECRET, TOKEN
from tests.foundation.test_cli import env_for

PLACEHOLDER = "replace-with-a-long-random-secret"
_URLSAFE_RUN = re.compile(rb"[A-Za-z0-9_-]{32,}")


def test_generated_keys_pass_and_score_high() -> None:
    keys = [
        key
        for _ in range(200)
        for key in (
            secrets.token_urlsafe(32),
            secrets.token_urlsafe(48),
            secrets.token_hex(16),
            secrets.token_hex(32),
        )
    ]
    for key in keys:
        check_entropy(key)
        assert estimate_bits(key) >= MIN_BITS
        assert key not in PUBLIC_VALUES
    # check_secret's last step reads every text file of the checkout (about 10 ms a key): the
    # whole of it runs for a few keys of each kind, and the look-up it makes is done for all
    # 800 keys over the same files (keycheck's own list and size limit) in one reading: a key
    # of only [A-Za-z0-9_-] can only be found inside a run of those characters at least as long.
    for key in keys[:16]:
        check_secret(key)
    runs = []
    for path in _text_files():
        if path.stat().st_size <= _MAX_FILE_BYTES:
            runs += _URLSAFE_RUN.findall(path.read_bytes())
    assert len(runs) > 100  # the checkout's test keys, tokens and hashes are among them
    text = b"\n".join(runs)
    for key in keys:
        assert _URLSAFE_RUN.fullmatch(key.encode()) and key.encode() not in text, key


@pytest.mark.parametrize(
    "key",
    [
        "a" * 48,
        "Z" * 200,
        "ab" * 24,
        "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ",
        "password-password-password-password",
        "0123456789" * 4,
        "qwerqwerqwerqwerqwerqwerqwerqwer1",
    ],
)
def test_guessable_keys_are_refused(key: str) -> None:
    with pytest.raises(WeakKeyError, match="too easy to guess"):
        check_secret(key)
    with pytest.raises(ValueError):
        Keyring(key)


def test_public_keys_are_refused_with_one_line() -> None:
    with pytest.raises(WeakKeyError, match="example file's placeholder") as err:
        check_secret(PLACEHOLDER)
    assert "\n" not in str(err.value)
    for value in PUBLIC_VALUES:
        with pytest.raises(WeakKeyError):
            check_secret(value)
    # The test suite's own key is public (it is in this file's neighbours) ...
    with pytest.raises(WeakKeyError, match="published|appears"):
        check_secret(SECRET)
    # ... and so is a public value with a few characters added.
    with pytest.raises(WeakKeyError):
        check_secret(PLACEHOLDER + "-2024")


ONLY_IN_THE_CHECKOUT = "Hq3vN8xZp2LrT6wYb9KcF4mJs7Ud1EgA"


def test_a_value_only_found_in_a_checkout_file_is_refused() -> None:
    # This literal is in no list: it is found by scanning the checkout's files at run time.
    with pytest.raises(WeakKeyError, match="appears in the project's files"):
        check_secret(ONLY_IN_THE_CHECKOUT)


_KEY_LOOKING = re.compile(r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])")


def test_every_key_looking_value_outside_the_package_is_listed() -> None:
    """An installed package has no tests/, deploy/ or docs: their values must be in PUBLIC_VALUES."""
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    missing: set[str] = set()
    for name in files:
        if name.startswith(
            ("bot/", "content/", "tests/fixtures/")
        ):  # fixtures: third-party reference data
            continue
        try:
            text = (ROOT / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for value in _KEY_LOOKING.findall(text):
            if (
                set(value) <= {"-", "_"}
                or value.startswith("test_")
                or "_" in value
                and value.islower()
                and "-" not in value
            ):
                continue  # rules, test names and identifiers, not keys
            if (
                value in PUBLIC_VALUES
                or value == ONLY_IN_THE_CHECKOUT
                or estimate_bits(value) < MIN_BITS
            ):
                continue
            missing.add(value)
    assert not missing, f"add these to bot.keycheck.PUBLIC_VALUES: {sorted(missing)}"


def test_settings_and_key_file_refuse_weak_keys(tmp_path: Path) -> None:
    for key in (PLACEHOLDER, "k" * 48):
        with pytest.raises(ConfigError) as err:
            Settings.from_env({"HRBOT_SECRET_KEY": key})
        assert "\n" not in str(err.value)
    key_file = tmp_path / "hrbot.key"
    key_file.write_text("x" * 48 + "\n")
    key_file.chmod(0o600)
    with pytest.raises(ConfigError, match="too easy to guess"):
        load_or_create_key_file(key_file)


@pytest.mark.parametrize("key", [PLACEHOLDER, "a" * 48])
async def test_hrbot_run_refuses_weak_keys(tmp_path: Path, key: str) -> None:
    env = env_for(
        tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        HRBOT_SECRET_KEY=key,
        TELEGRAM_API_URL="http://127.0.0.1:9/bot",
    )
    code, out, err = await asyncio.to_thread(hrbot_in_process, "run", env=env)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert "HRBOT_SECRET_KEY" in err and "Traceback" not in err + out
    assert not (tmp_path / "data").exists()


def test_the_example_file_holds_no_usable_key() -> None:
    example = ROOT / "deploy" / "hrbot.env.example"
    assert re.search(r"^HRBOT_SECRET_KEY=\S", example.read_text(), re.MULTILINE) is None
    assert Settings.from_env({"HRBOT_CONFIG": str(example)}).core.secret_key is None
