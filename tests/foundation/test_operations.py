"""Operating the bot: backups that restore, upgrades that migrate, health and metrics."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import sqlite3
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.config import ConfigError
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from bot.storage.db import Database, Migration, MigrationError, available_migrations
from tests.cli_inprocess import hrbot_in_process
from tests.conftest import ROOT, SECRET, TOKEN, make_settings, replace_core

OTHER_SECRET = secrets.token_urlsafe(48)
# A key of this run only: keys written in the repository are refused by `hrbot` (keycheck).
KEY = secrets.token_urlsafe(48)
PEER_ID = 700001
SUBSCRIBER_ID = 700002


def env_for(settings, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HRBOT_", "TELEGRAM_"))}
    env.update(
        {
            "HRBOT_DATABASE": str(settings.core.database),
            "HRBOT_SECRET_KEY": settings.core.secret_key,
            "HRBOT_CONTENT_DIR": str(ROOT / "content"),
            "PYTHONPATH": str(ROOT),
        }
    )
    env.update(extra)
    return env


async def hrbot(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
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
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode or 0, out.decode(), err.decode()


async def hrbot_here(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    """``hrbot ARGS`` in this process (tests/cli_inprocess.py; a thread: the command runs its
    own event loop), for commands run while no bot has the database open."""
    return await asyncio.to_thread(hrbot_in_process, *args, env=env)


async def test_backup_of_a_running_bot_restores_into_a_new_server(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    settings = replace_core(
        make_settings(tmp_path / "old", secret_key=KEY), api_url=fake_api.base_url
    )
    backup = tmp_path / "backups" / "hrbot-backup.sqlite3"
    async with running_bot(settings, TOKEN) as app:
        services = app.bot_data.services
        peer = await services.people.resolve(PEER_ID)
        await services.people.grant(peer, "peer", "River", actor="test")
        subscriber = await services.people.resolve(SUBSCRIBER_ID)
        alerts = services.features.alerts
        assert await alerts.subscriptions.subscribe(
            subscriber.key, SUBSCRIBER_ID, "ua-kyiv-city", "uk"
        )
        code, out, err = await hrbot("db", "backup", str(backup), env=env_for(settings))
        assert code == 0, err
        # Restoring under the running bot is refused: the bot holds the database's lock.
        code, out, err = await hrbot("db", "restore", str(backup), env=env_for(settings))
        assert code == 2 and "stop it" in err and "Traceback" not in err

    code, out, err = await hrbot_here("db", "check", str(backup), env=env_for(settings))
    assert code == 0 and "ok" in out, err

    new = replace_core(make_settings(tmp_path / "new", secret_key=KEY), api_url=fake_api.base_url)
    code, out, err = await hrbot_here("db", "restore", str(backup), env=env_for(new))
    assert code == 0, err
    assert new.core.database.exists() and (new.core.database.stat().st_mode & 0o077) == 0
    async with running_bot(new, TOKEN) as app:
        services = app.bot_data.services
        assert (await services.people.resolve(PEER_ID)).is_peer
        subscriber = await services.people.resolve(SUBSCRIBER_ID)
        subs = await services.features.alerts.subscriptions.of(subscriber.key)
        assert [s.region_id for s in subs] == ["ua-kyiv-city"]
        # The sealed chat id opens with the same key: the bot can still reach the subscriber.
        peer_key = (await services.people.resolve(PEER_ID)).key
        assert await services.people.chat_of(peer_key) == PEER_ID

    # A second restore keeps the file it replaces.
    code, out, err = await hrbot_here("db", "restore", str(backup), env=env_for(new))
    assert code == 0 and "Kept the previous database" in out
    assert list(new.core.database.parent.glob("hrbot.sqlite3.before-restore-*"))

    # With another key the bot refuses to start instead of serving records it cannot read.
    wrong = replace_core(new, secret_key=OTHER_SECRET)
    with pytest.raises(ConfigError, match="different secret key"):
        async with running_bot(wrong, TOKEN):
            pass
    code, out, err = await hrbot(
        "run", env=env_for(wrong, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=fake_api.base_url)
    )
    assert code == 2 and "different secret key" in err and "Traceback" not in err


async def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, secret_key=KEY)
    db = await Database(settings.core.database).open()
    await db.close()
    before = settings.core.database.read_bytes()
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100 + b"garbage" * 200)
    code, _out, err = await hrbot_here("db", "restore", str(damaged), env=env_for(settings))
    assert code == 1 and "nothing was changed" in err and "Traceback" not in err
    assert settings.core.database.read_bytes() == before
    code, _out, err = await hrbot_here(
        "db", "restore", str(tmp_path / "missing.sqlite3"), env=env_for(settings)
    )
    assert code == 2 and "no backup file" in err


def make_first_schema_database(path: Path) -> None:
    """A database as the first released schema (migration 006) left it, with data in it."""
    conn = sqlite3.connect(path)
    try:
        for migration in available_migrations():
            if migration.version > 6:
                break
            conn.executescript(migration.sql)
            conn.execute(f"PRAGMA user_version={migration.version}")
        conn.execute(
            "INSERT INTO people (user_key, language, last_seen) VALUES (?, 'uk', '2026-11')",
            (b"\x01" * 32,),
        )
        conn.execute(
            "INSERT INTO roles VALUES (?, 'peer', 'River', ?, '2026-11-20T10:00:00+00:00')",
            (b"\x01" * 32, b"sealed-chat"),
        )
        conn.execute(
            "INSERT INTO subscriptions VALUES (?, 'ua-kyiv-city', ?, 'uk', '2026-11-20T10:00:00+00:00')",
            (b"\x01" * 32, b"sealed-chat"),
        )
        conn.commit()
    finally:
        conn.close()


async def test_a_database_from_the_first_schema_upgrades_with_its_data(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, secret_key=KEY)
    settings.core.database.parent.mkdir(parents=True)
    make_first_schema_database(settings.core.database)
    env = env_for(settings)
    code, out, err = await hrbot_here("db", "migrate", "--check", env=env)
    assert code == 1 and "Pending migrations" in out
    code, out, err = await hrbot_here("db", "migrate", env=env)
    assert code == 0 and "Applied" in out, err
    code, out, err = await hrbot_here("db", "migrate", "--check", env=env)
    assert code == 0 and "up to date" in out
    conn = sqlite3.connect(settings.core.database)
    try:
        latest = available_migrations()[-1].version
        assert conn.execute("PRAGMA user_version").fetchone()[0] == latest
        assert conn.execute("SELECT count(*) FROM roles WHERE role = 'peer'").fetchone()[0] == 1
        assert conn.execute("SELECT region_id, language FROM subscriptions").fetchall() == [
            ("ua-kyiv-city", "uk")
        ]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    code, out, err = await hrbot_here("db", "check", env=env)
    assert code == 0, err


async def test_hrbot_run_upgrades_the_first_schema_too(
    fake_api: FakeBotAPI, tmp_path: Path
) -> None:
    settings = replace_core(make_settings(tmp_path), api_url=fake_api.base_url)
    settings.core.database.parent.mkdir(parents=True)
    make_first_schema_database(settings.core.database)
    async with running_bot(settings, TOKEN) as app:
        services = app.bot_data.services
        assert await services.db.schema_version() == available_migrations()[-1].version
        user = fake_api.add_user(language_code="uk")
        user.send_command("/start")
        assert (await user.next_message(timeout=10))["text"]


async def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = await Database(path).open(upto=6)
    try:
        await db.execute(
            "INSERT INTO people (user_key, language, last_seen) VALUES (?, 'es', '2026-11')",
            (b"\x02" * 32,),
        )
        broken = Migration(
            99,
            "099_broken.sql",
            "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);",
        )
        with pytest.raises(MigrationError, match="099_broken.sql"):
            await db.migrate(migrations=[*available_migrations(), broken])
        assert await db.schema_version() == 6
        tables = {
            row[0]
            for row in await db.fetchall("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        assert "half_done" not in tables
        assert "meta" not in tables  # 008 ran inside the same transaction and was undone too
        assert (await db.fetchone("SELECT language FROM people"))[0] == "es"
    finally:
        await db.close()


async def test_health_and_metrics_answer_with_counts_only(
    fake_api: FakeBotAPI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.health as health_module

    monkeypatch.setattr(health_module, "DB_TIMEOUT_S", 0.5)
    settings = replace_core(make_settings(tmp_path), api_url=fake_api.base_url, health_port=0)
    async with running_bot(settings, TOKEN) as app:
        health = app.bot_data["health"]
        assert health.host == "127.0.0.1" and health.port > 0
        user = fake_api.add_user(
            language_code="ru", first_name="Secretname", username="secret_user"
        )
        user.send_command("/start")
        await user.next_message(timeout=10)
        user.send_text("как работает налоксон")
        await user.next_message(timeout=10)
        base = f"http://127.0.0.1:{health.port}"
        async with aiohttp.ClientSession() as http:
            async with http.get(base + "/healthz") as response:
                assert response.status == 200
                body = json.loads(await response.text())
            async with http.get(base + "/metrics") as response:
                assert response.status == 200
                assert response.headers["Content-Type"].startswith("text/plain")
                text = await response.text()
        assert body["status"] == "ok"
        assert set(body["checks"]) == {"event_loop", "database", "updates"}
        assert 'hrbot_updates_total{type="message"}' in text
        assert 'hrbot_bot_api_requests_total{method="sendMessage"}' in text
        assert 'hrbot_alert_deliveries{state="pending"} 0.0' in text
        assert 'hrbot_tickets{status="open"}' in text
        assert "hrbot_database_bytes" in text and "hrbot_telegram_429_total" in text
        # Nothing personal: no id, name, username or text in any line.
        for secret in (str(user.id), "Secretname", "secret_user", "налоксон", TOKEN, SECRET):
            assert secret not in text and secret not in json.dumps(body)

        # A database that cannot be written (another writer holds it) makes /healthz fail.
        blocker = sqlite3.connect(
            settings.core.database, timeout=10.0, isolation_level=None, check_same_thread=False
        )
        try:
            # In a thread: the bot's own write, if one is under way, needs the event loop to finish.
            await asyncio.to_thread(blocker.execute, "BEGIN IMMEDIATE")
            async with aiohttp.ClientSession() as http, http.get(base + "/healthz") as response:
                assert response.status == 503
                assert json.loads(await response.text())["checks"]["database"]["ok"] is False
        finally:
            blocker.close()


def test_health_is_off_by_default_and_checks_its_port() -> None:
    from bot.config import Settings

    assert Settings.from_env({}).core.health_port is None
    assert Settings.from_env({"HRBOT_HEALTH_PORT": "9090"}).core.health_listen == "127.0.0.1"
    with pytest.raises(ConfigError, match="HRBOT_HEALTH_PORT"):
        Settings.from_env({"HRBOT_HEALTH_PORT": "ninety"})
