"""Times stored next to hashed ids are as coarse as their purpose allows (migration 007)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from bot.storage.db import Database
from tests.conftest import Harness

K1, K2 = os.urandom(32), os.urandom(32)
EXACT = "2026-11-03T14:37:21+00:00"


async def test_migration_007_coarsens_existing_times(tmp_path: Path) -> None:
    db = await Database(tmp_path / "old.sqlite3").open(migrate=False)
    await db.migrate(upto=6)
    async with db.transaction() as conn:
        for key in (K1, K2):
            await conn.execute(
                "INSERT INTO people(user_key, last_seen) VALUES (?, '2026-11')", (key,)
            )
        await conn.execute("INSERT INTO roles VALUES (?, 'peer', 'river', x'00', ?)", (K2, EXACT))
        await conn.execute(
            "INSERT INTO subscriptions VALUES (?, 'ua', x'00', 'uk', ?)", (K1, EXACT)
        )
        await conn.execute(
            "INSERT INTO library_tickets(user_key, sealed_chat, lang, status, peer_key, created_at, claimed_at, closed_at, pinged_at) "
            "VALUES (?, x'00', 'en', 'closed', ?, ?, ?, ?, ?)",
            (K1, K2, EXACT, EXACT, EXACT, EXACT),
        )
        await conn.execute(
            "INSERT INTO library_tickets(user_key, sealed_chat, lang, status, created_at, pinged_at) "
            "VALUES (?, x'00', 'en', 'open', ?, ?)",
            (K1, EXACT, EXACT),
        )
        await conn.execute(
            "INSERT INTO library_ticket_messages(ticket_id, author, sealed, at) VALUES (1, 'person', x'00', ?)",
            (EXACT,),
        )
        await conn.execute("INSERT INTO library_blocks VALUES (?, ?, 'river')", (K1, EXACT))
        await conn.execute(
            "INSERT INTO audit_log(at, actor, action) VALUES (?, 'river', 'x')", (EXACT,)
        )
    assert await db.migrate(upto=7) == ["007_coarse_times.sql"]
    row = await db.fetchone("SELECT created_at FROM subscriptions")
    assert row[0] == "2026-11-03T00:00:00+00:00"
    assert (await db.fetchone("SELECT granted_at FROM roles"))[0] == "2026-11-03T00:00:00+00:00"
    closed = await db.fetchone(
        "SELECT created_at, claimed_at, closed_at, pinged_at FROM library_tickets WHERE id = 1"
    )
    assert tuple(closed) == (
        "2026-11-03T14:00:00+00:00",
        "2026-11-03T14:00:00+00:00",
        "2026-11-03T00:00:00+00:00",
        "2026-11-03T00:00:00+00:00",
    )
    # an open ticket keeps its exact last announcement: re-announcing needs it
    assert tuple(
        await db.fetchone("SELECT created_at, pinged_at FROM library_tickets WHERE id = 2")
    ) == ("2026-11-03T14:00:00+00:00", EXACT)
    assert (await db.fetchone("SELECT at FROM library_ticket_messages"))[
        0
    ] == "2026-11-03T14:00:00+00:00"
    assert (await db.fetchone("SELECT until FROM library_blocks"))[
        0
    ] == "2026-11-03T15:00:00+00:00"  # rounded up
    assert (await db.fetchone("SELECT at FROM audit_log"))[0] == "2026-11-03T14:00:00+00:00"
    await db.close()


_SECONDS = re.compile(r"T\d\d:(\d\d):(\d\d)")


async def test_a_thief_finds_no_fine_timeline_next_to_hashed_ids(harness: Harness) -> None:
    """After a person subscribes, is granted a role, asks and is answered, every stored time in
    a table that names a person by hash is whole hours or days, except the scheduling times
    that a feature needs while it waits (an open ticket's last announcement)."""
    services = harness.services
    lib = services.features.library
    asker = harness.api.add_user(language_code="en")
    peer = harness.api.add_user(language_code="en")
    await services.people.grant(
        await services.people.resolve(peer.id), "peer", "brook-peer", actor="moderator-x"
    )
    outcome = await lib.desk.ask(
        await services.people.resolve(asker.id), "what helps with a comedown", "en"
    )
    await lib.desk.claim(outcome.ticket_id, await services.people.resolve(peer.id))
    await lib.desk.reply(
        outcome.ticket_id, await services.people.resolve(peer.id), "rest, water and food"
    )
    await lib.desk.close(outcome.ticket_id, await services.people.resolve(asker.id))
    await services.features.alerts.subscriptions.subscribe(
        services.keyring.user_key(asker.id), asker.id, "ua", "en"
    )
    checked = 0
    tables = [
        r[0]
        for r in await services.db.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        columns = [r[1] for r in await services.db.fetchall(f"PRAGMA table_info({table})")]
        if not any(c.endswith("_key") for c in columns) and table != "audit_log":
            continue
        for column in columns:
            if not (column.endswith("_at") or column in ("at", "until")):
                continue
            for (value,) in await services.db.fetchall(
                f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL"
            ):
                if not isinstance(value, str):
                    continue
                match = _SECONDS.search(value)
                if match:
                    checked += 1
                    assert match.groups() == ("00", "00"), f"{table}.{column} = {value}"
    assert checked >= 6
