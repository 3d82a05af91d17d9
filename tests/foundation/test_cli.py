"""The hrbot command as an operator uses it: real output and exit codes; real processes and real
signals where only a process shows it (``python -m bot``, a running bot stopped by SIGTERM).
Commands whose output and exit code are the point run in this process
(tests/cli_inprocess.py), in a thread since each runs its own event loop."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from bot.sandbox.fakeapi import FakeBotAPI
from tests.cli_inprocess import hrbot_in_process
from tests.conftest import ROOT, TOKEN

WELCOME = {
    "en": "harm reduction bot",
    "ru": "бот снижения вреда",
    "uk": "бот зменшення шкоди",
    "es": "bot de reducción de daños",
}


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HRBOT_"))}
    env.update(
        {
            "HRBOT_DATABASE": str(tmp_path / "data" / "hrbot.sqlite3"),
            "HRBOT_CONTENT_DIR": str(ROOT / "content"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
    )
    env.update(extra)
    return env


async def run_cli(*args: str, env: dict[str, str], timeout: float = 60) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=env,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    return proc.returncode or 0, out.decode(), err.decode()


async def hrbot_here(*args: str, env: dict[str, str], stdin: str = "") -> tuple[int, str, str]:
    """``hrbot ARGS`` in this process, in a thread (the command runs its own event loop)."""
    return await asyncio.to_thread(hrbot_in_process, *args, env=env, stdin=stdin)


@pytest.mark.parametrize(
    "token, fragment",
    [(None, "TELEGRAM_BOT_TOKEN is not set"), ("definitely-not-a-token", "malformed")],
)
async def test_run_without_a_valid_token_is_a_one_line_error(
    tmp_path: Path, token: str | None, fragment: str
) -> None:
    env = env_for(tmp_path, **({"TELEGRAM_BOT_TOKEN": token} if token else {}))
    code, out, err = await hrbot_here("run", env=env)
    assert code == 2
    assert fragment in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err + out


async def test_rejected_token_is_a_clear_error(tmp_path: Path) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        env = env_for(
            tmp_path,
            TELEGRAM_BOT_TOKEN="123456789:AAH-some-other-token-abcdefghijklmno",
            TELEGRAM_API_URL=api.base_url,
        )
        # A real process: ``run`` installs its signal handlers before it asks Telegram.
        code, _out, err = await run_cli("run", env=env)
    assert code == 2
    assert "rejected" in err and "Traceback" not in err
    # its transports are closed even though start-up stopped half-way
    assert "Unclosed" not in err, err


async def test_run_answers_in_four_languages_logs_no_secrets_and_stops_on_sigterm(
    tmp_path: Path,
) -> None:
    async with FakeBotAPI(token=TOKEN) as api:
        env = env_for(
            tmp_path,
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_URL=api.base_url,
            HRBOT_LOG_LEVEL="DEBUG",
        )
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            env=env,
            cwd=ROOT,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            users = {
                lang: api.add_user(user_id=700_000_000 + i, language_code=lang)
                for i, lang in enumerate(WELCOME)
            }
            for user in users.values():
                user.send_text("/start")
            for lang, user in users.items():
                reply = await user.next_message(timeout=30)
                assert WELCOME[lang] in reply["text"], lang
            users["ru"].send_text("очень личный вопрос про дозу")
            await users["ru"].next_message(timeout=30)  # a hang detector: a loaded machine is slow
            proc.send_signal(signal.SIGTERM)
            code = await asyncio.wait_for(proc.wait(), 15)
        finally:
            if proc.returncode is None:
                proc.kill()
        out = (await proc.stdout.read()).decode() + (await proc.stderr.read()).decode()
    assert code == 0, out[-2000:]
    assert TOKEN not in out
    assert TOKEN.split(":")[1] not in out
    for user in users.values():
        assert str(user.id) not in out
    assert "личный вопрос" not in out
    assert "hrbot.key" in out  # the warning about the generated key file
    key_file = tmp_path / "config" / "hrbot" / "hrbot.key"  # apart from the data folder
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert not (tmp_path / "data" / "hrbot.key").exists()


async def test_db_backup_and_migrate(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    code, out, err = await hrbot_here("db", "migrate", env=env)
    assert code == 0, err
    assert "Applied" in out
    code, _out, err = await hrbot_here("db", "backup", str(tmp_path / "backup.sqlite3"), env=env)
    assert code == 0, err
    conn = sqlite3.connect(tmp_path / "backup.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert (
        conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'people'").fetchone()[0] == 1
    )
    code, _out, err = await hrbot_here("db", "backup", str(tmp_path / "backup.sqlite3"), env=env)
    assert code == 2 and "already exists" in err


async def test_help_and_python_m(tmp_path: Path) -> None:
    code, out, _err = await run_cli("--help", env=env_for(tmp_path))
    assert code == 0 and "sandbox" in out and "run" in out


async def test_terminal_sandbox_chats(tmp_path: Path) -> None:
    script = "/language\n1\n:lang es\n/start\n:quit\n"
    code, text, err = await asyncio.wait_for(
        hrbot_here("sandbox", "--lang", "uk", env=env_for(tmp_path), stdin=script), 60
    )
    assert code == 0, err[-2000:]
    assert "бот зменшення шкоди" in text
    assert "[1]" in text
