"""The browser sandbox without a running bot: the command line (start, page, SIGTERM/SIGINT
exit 0, busy port), Telegram's view of previewed HTML, and the terminal sandbox's keyboards."""

from __future__ import annotations

import asyncio
import io
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.sandbox.fakeapi import FakeBotAPI
from bot.sandbox.terminal import PERSON_ID, TerminalChat
from bot.sandbox.web.preview import telegram_view
from tests.cli_inprocess import hrbot_in_process
from tests.conftest import ROOT


def test_telegram_view_reports_what_telegram_refuses() -> None:
    ok = telegram_view("<b>Bold</b> &amp; <i>italic</i>")
    assert ok["text"] == "Bold & italic" and ok["error"] is None
    assert [e["type"] for e in ok["entities"]] == ["bold", "italic"]
    bad = telegram_view("<b>unclosed")
    assert "can't parse entities" in bad["error"]
    long = telegram_view("x" * 5000)
    assert long["error"] == "Bad Request: message is too long"


# -- the terminal sandbox's reply keyboards -------------------------------------------------------
def test_terminal_shows_reply_keyboards_from_the_event(tmp_path: Path) -> None:
    out = io.StringIO()
    chat = TerminalChat(FakeBotAPI(), out, color=False)
    keyboard = {
        "keyboard": [
            [{"text": "📍 Send my location", "request_location": True}],
            [{"text": "Cancel"}],
        ]
    }
    chat.show(
        {
            "type": "message",
            "chat_id": PERSON_ID,
            "reply_markup": keyboard,
            "message": {"message_id": 5, "text": "Where are you?"},
        }
    )
    assert "[1] 📍 Send my location" in out.getvalue() and "[2] Cancel" in out.getvalue()
    chat.handle_line("1")
    assert ":loc LAT LON" in out.getvalue()


# -- the command line -------------------------------------------------------------------------------
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_cli_serves_the_page_and_stops_cleanly(tmp_path: Path, sig: signal.Signals) -> None:
    """SIGTERM: with --port 0. SIGINT (Ctrl-C): as ``make run`` starts it, without --port, while
    port 8080 is taken (held here if nobody else has it): it falls back to a free port."""
    env = {**os.environ, "HRBOT_CONTENT_DIR": str(ROOT / "content"), "HRBOT_LOG_LEVEL": "WARNING"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    port_args = ["--port", "0"] if sig == signal.SIGTERM else []
    holder = socket.socket()
    if not port_args:
        holder.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            holder.bind(("127.0.0.1", 8080))
            holder.listen()
        except OSError:
            pass  # somebody else holds it: taken all the same
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot",
            "sandbox",
            "--web",
            *port_args,
            "--data",
            str(tmp_path / "data"),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url, seen = None, []
        for line in process.stdout:  # type: ignore[union-attr]
            seen.append(line)
            match = re.match(r"Sandbox: open (http://127\.0\.0\.1:\d+/)$", line.strip())
            if match:
                url = match.group(1)
                break
        assert url, process.stderr.read() if process.stderr else ""
        if not port_args:
            assert "Port 8080 is taken; using a free one.\n" in seen
            assert not url.endswith(":8080/")

        async def fetch() -> str:
            async with aiohttp.ClientSession() as session, session.get(url) as response:
                assert response.status == 200
                return await response.text()

        assert "<title>" in asyncio.run(fetch())
        process.send_signal(sig)
        assert process.wait(timeout=20) == 0
        assert (tmp_path / "data" / "hrbot.sqlite3").exists(), "--data keeps the database"
        assert (tmp_path / "data" / "hrbot.key").exists(), "--data keeps the key for the next run"
    finally:
        holder.close()
        if process.poll() is None:
            process.kill()
            process.wait()


def test_cli_rejects_a_busy_port(tmp_path: Path) -> None:
    """In this process (``hrbot_in_process``): the same exit code and error line a real process
    gives; the tests above run the command as a real process."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {
            **os.environ,
            "HRBOT_CONTENT_DIR": str(ROOT / "content"),
            "HRBOT_LOG_LEVEL": "WARNING",
        }
        code, _out, err = hrbot_in_process("sandbox", "--web", "--port", str(port), env=env)
    assert code == 2
    assert f"Cannot listen on 127.0.0.1:{port}" in err
    assert "Traceback" not in err


def test_a_kept_data_folder_keeps_its_secret_key(tmp_path: Path) -> None:
    from bot.config import CoreSettings, Settings
    from bot.sandbox.terminal import sandbox_settings

    bare = Settings(core=CoreSettings(content_dir=ROOT / "content"))
    first = sandbox_settings(bare, tmp_path, "http://127.0.0.1:1/bot", keep=True)
    again = sandbox_settings(bare, tmp_path, "http://127.0.0.1:1/bot", keep=True)
    assert first.core.secret_key and first.core.secret_key == again.core.secret_key
    assert (tmp_path / "hrbot.key").stat().st_mode & 0o077 == 0
    throwaway = sandbox_settings(bare, tmp_path / "other", "http://127.0.0.1:1/bot")
    assert throwaway.core.secret_key != first.core.secret_key and not (tmp_path / "other").exists()
    key = secrets.token_urlsafe(40)
    given = sandbox_settings(
        Settings(core=CoreSettings(secret_key=key)), tmp_path, "http://127.0.0.1:1/bot", keep=True
    )
    assert given.core.secret_key == key


def test_check_port_says_what_to_do() -> None:
    from bot.config import ConfigError
    from bot.sandbox.web.session import check_port

    check_port("127.0.0.1", 0)
    with pytest.raises(ConfigError, match="between 0 and 65535"):
        check_port("127.0.0.1", 70000)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ConfigError, match="--port 0"):
            check_port("127.0.0.1", port)
    with pytest.raises(ConfigError, match="unknown host"):
        check_port("no-such-host.invalid", 8080)
