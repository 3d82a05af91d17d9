"""SQLite storage: pragmas, migrations from every earlier version, backup, forget, retention."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.people import People
from bot.privacy import Keyring
from bot.storage.audit import AuditLog
from bot.storage.db import Database, _split_sql, available_migrations, backup_file
from bot.storage.people import PeopleRepo

SECRET = "a-secret-key-that-is-at-least-32-chars-long"


async def test_pragmas(tmp_path: Path) -> None:
    db = await Database(tmp_path / "sub" / "x.sqlite3").open()
    try:
        assert (await db.fetchone("PRAGMA journal_mode"))[0] == "wal"
        assert (await db.fetchone("PRAGMA foreign_keys"))[0] == 1
        assert (await db.fetchone("PRAGMA busy_timeout"))[0] >= 1000
        assert (await db.fetchone("PRAGMA secure_delete"))[0] == 1
    finally:
        await db.close()


def _schema(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
        return [tuple(r) for r in rows]
    finally:
        conn.close()


async def test_migrations_from_empty_and_from_every_earlier_version(tmp_path: Path) -> None:
    migrations = available_migrations()
    assert migrations, "no migrations shipped"
    fresh = tmp_path / "fresh.sqlite3"
    db = await Database(fresh).open()
    assert await db.schema_version() == migrations[-1].version
    await db.close()
    expected = _schema(fresh)
    for earlier in [0] + [m.version for m in migrations[:-1]]:
        path = tmp_path / f"from-{earlier}.sqlite3"
        db = await Database(path).open(migrate=False)
        if earlier:
            await db.migrate(upto=earlier)
        assert await db.schema_version() == earlier
        applied = await db.migrate()
        assert await db.schema_version() == migrations[-1].version
        assert applied == [m.name for m in migrations if m.version > earlier]
        await db.close()
        assert _schema(path) == expected, f"upgrading from version {earlier} gives another schema"


async def test_refuses_a_database_newer_than_the_code(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=999")
    conn.close()
    with pytest.raises(RuntimeError, match="newer than this code"):
        await Database(path).open()


def test_split_sql_handles_triggers_and_comments() -> None:
    script = (
        "-- c\nCREATE TABLE a(x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\nEND;\n"
    )
    assert len(_split_sql(script)) == 2
    with pytest.raises(ValueError):
        _split_sql("CREATE TABLE a(x")


async def test_backup_while_writing(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite3"
    db = await Database(path).open()
    audit = AuditLog(db)
    for i in range(200):
        await audit.record("river", "test.write", str(i))
    await db.backup(tmp_path / "copy.sqlite3")
    await audit.record("river", "after.backup")
    await db.close()
    conn = sqlite3.connect(tmp_path / "copy.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 200
    conn.close()
    with pytest.raises(FileExistsError):
        await Database(path).backup(tmp_path / "copy.sqlite3")
    backup_file(path, tmp_path / "copy2.sqlite3")
    assert (
        sqlite3.connect(tmp_path / "copy2.sqlite3")
        .execute("SELECT count(*) FROM audit_log")
        .fetchone()[0]
        == 201
    )


async def _people(tmp_path: Path, moderators: frozenset[int] = frozenset()) -> People:
    db = await Database(tmp_path / "p.sqlite3").open()
    return People(PeopleRepo(db), Keyring(SECRET), AuditLog(db), moderators)


async def test_people_language_roles_and_forget(tmp_path: Path) -> None:
    people = await _people(tmp_path, moderators=frozenset({7}))
    try:
        alex = await people.resolve(555)
        assert alex.role == "person" and alex.language is None
        await people.set_language(alex, "uk")
        assert (await people.resolve(555)).language == "uk"
        await people.grant(alex, "peer", "river", actor="system")
        again = await people.resolve(555)
        assert again.is_peer and not again.is_moderator and again.pseudonym == "river"
        assert await people.chat_of(again.key) == 555
        assert (await people.resolve(7)).is_moderator
        entries = await people.audit.recent()
        assert entries[0].action == "role.grant.peer" and entries[0].subject == "river"
        await people.forget(again)
        assert await people.repo.get(again.key) is None
        assert await people.repo.role(again.key) is None
        assert (await people.resolve(555)).role == "person"
    finally:
        await people.repo.db.close()


async def test_retention_purges_inactive_people_but_keeps_roles(tmp_path: Path) -> None:
    people = await _people(tmp_path)
    db = people.repo.db
    try:
        old = await people.resolve(1)
        active = await people.resolve(2)
        peer = await people.resolve(3)
        await people.repo.ensure(old.key, "2024-01")
        await people.repo.ensure(active.key, "2026-10")
        await people.grant(peer, "peer", "sam", actor="system")
        await db.execute("UPDATE people SET last_seen = '2020-01' WHERE user_key = ?", (peer.key,))
        assert await people.repo.purge_inactive("2025-11") == 1
        assert await people.repo.get(old.key) is None
        assert await people.repo.get(active.key) is not None
        assert await people.repo.get(peer.key) is not None
    finally:
        await db.close()


async def test_services_retention_rule_runs(tmp_path: Path) -> None:
    from bot.config import CoreSettings, Settings
    from bot.container import Services

    services = await Services.create(
        Settings(core=CoreSettings(database=tmp_path / "s.sqlite3", secret_key=SECRET))
    )
    try:
        person = await services.people.resolve(10)
        await services.people.repo.ensure(person.key, "2020-01")
        removed = await services.retention.run(datetime(2026, 11, 27, tzinfo=UTC))
        assert removed["inactive people"] == 1
    finally:
        await services.close()


async def test_preloaded_cache_answers_unknown_people_without_the_database(tmp_path: Path) -> None:
    people = await _people(tmp_path, moderators=frozenset({9}))
    db = people.repo.db
    try:
        known = await people.resolve(1)
        await people.set_language(known, "ru")
        await people.grant(await people.resolve(2), "peer", "kit", actor="test")
        await people.preload()
        assert people._complete
        calls = 0
        original = people.repo.get

        async def counting_get(key: bytes) -> object:
            nonlocal calls
            calls += 1
            return await original(key)

        people.repo.get = counting_get  # type: ignore[method-assign]
        assert (await people.resolve(12345)).language is None
        assert (await people.resolve(9)).is_moderator
        assert calls == 0
        assert (await people.resolve(1)).language == "ru"
        assert (await people.resolve(2)).pseudonym == "kit"
        # A change through People is read back, not answered from the stale "unknown".
        stranger = await people.resolve(77)
        await people.set_language(stranger, "es")
        assert (await people.resolve(77)).language == "es"
        # A row written elsewhere is picked up by the next preload.
        await db.execute(
            "INSERT INTO people(user_key, language, last_seen) VALUES (?, 'uk', '2026-11')",
            (people.keyring.user_key(55),),
        )
        await people.preload()
        assert (await people.resolve(55)).language == "uk"
        await people.forget(await people.resolve(77))
        assert (await people.resolve(77)).language is None
    finally:
        await db.close()
