"""/forget while another connection reads the database (a running backup): nothing of the person
is left in any file, and the person is told the truth if wiping had to wait."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import stat
from pathlib import Path

from bot.storage.db import backup_file
from tests.conftest import Harness
from tests.foundation.test_e2e import wait_edit


def _files(db: Path) -> dict[str, bytes]:
    found = {}
    for suffix in ("", "-wal", "-shm"):
        path = db.with_name(db.name + suffix)
        if path.exists():
            found[path.name] = path.read_bytes()
    return found


async def _person_with_data(harness: Harness, user_id: int) -> tuple[object, bytes]:
    services = harness.services
    user = harness.api.add_user(user_id=user_id, language_code="en")
    user.send_command("/language")
    menu = await user.next_message()
    user.press(menu, button_text="Español")
    await wait_edit(harness, user.id)
    key = services.keyring.user_key(user.id)
    assert any(key in raw for raw in _files(harness.settings.core.database).values())
    return user, key


async def _forget(harness: Harness, user) -> str:
    user.send_command("/forget")
    confirm = await user.next_message()
    user.press(confirm, button_text="Sí, borrar todo")
    return (await wait_edit(harness, user.id, timeout=15))["text"]


async def test_forget_while_a_reader_holds_the_wal_says_so_and_finishes_later(
    harness: Harness,
) -> None:
    db = harness.settings.core.database
    user, key = await _person_with_data(harness, 611_204_801)
    reader = sqlite3.connect(db)
    reader.execute("BEGIN")
    reader.execute(
        "SELECT count(*) FROM people"
    ).fetchall()  # holds a read snapshot, like a backup step
    try:
        text = await _forget(harness, user)
        assert "copia de seguridad" in text  # the truth: wiping waits for the backup
        assert "Todo lo que guardaba" not in text
        assert harness.services.db.checkpoint_pending
        # the bot keeps answering others meanwhile
        other = harness.api.add_user(language_code="en")
        other.send_command("/start")
        assert "harm reduction" in (await other.next_message(timeout=5))["text"]
    finally:
        reader.rollback()
        reader.close()
    async with asyncio.timeout(20):
        await harness.services.db.wait_checkpointed()
    for name, raw in _files(db).items():
        assert key not in raw, f"{name} still holds the person's key"


async def test_forget_during_a_real_backup_leaves_nothing_in_any_file(
    harness: Harness, tmp_path: Path
) -> None:
    db = harness.settings.core.database
    # Bulk that is not about anyone, so the backup takes many steps.
    async with harness.services.db.transaction() as conn:
        await conn.executemany(
            "INSERT INTO library_unanswered(digest, lang, day, sealed, count) VALUES (?, 'en', '2026-01-01', ?, 1)",
            [(os.urandom(16), os.urandom(400)) for _ in range(40_000)],
        )
    user, key = await _person_with_data(harness, 611_204_802)
    target = tmp_path / "backup.sqlite3"
    backup = asyncio.create_task(asyncio.to_thread(backup_file, db, target))
    await asyncio.sleep(0.05)
    text = await _forget(harness, user)
    await backup
    assert "borrado" in text or "copia de seguridad" in text
    async with asyncio.timeout(30):
        await harness.services.db.wait_checkpointed()
    for name, raw in _files(db).items():
        assert key not in raw, f"{name} still holds the person's key"
    check = sqlite3.connect(target)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_database_files_are_private(harness: Harness) -> None:
    for path in harness.settings.core.database.parent.iterdir():
        if path.name.startswith("hrbot.sqlite3"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
