"""People and their roles, by keyed user hash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bot.storage.db import Database

ROLES = ("person", "peer", "moderator")


@dataclass(frozen=True)
class PersonRecord:
    user_key: bytes
    language: str | None
    last_seen: str


@dataclass(frozen=True)
class RoleRecord:
    user_key: bytes
    role: str
    pseudonym: str
    sealed_chat: bytes
    granted_at: str


# Where a pseudonym is written as a name (see ``PeopleRepo.forget``).
_PSEUDONYM_COLUMNS = (
    ("audit_log", "actor"),
    ("audit_log", "subject"),
    ("alert_approvals", "pseudonym"),
    ("alerts", "reporter_name"),
    ("library_tickets", "peer_name"),
    ("library_ticket_messages", "peer_name"),
    ("library_withdrawn", "actor"),
    ("invites", "created_by"),
    ("library_blocks", "by_peer"),
)


def this_month(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y-%m")


class PeopleRepo:
    """SQL for the ``people`` and ``roles`` tables."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, user_key: bytes) -> PersonRecord | None:
        row = await self.db.fetchone(
            "SELECT user_key, language, last_seen FROM people WHERE user_key = ?", (user_key,)
        )
        return PersonRecord(bytes(row[0]), row[1], row[2]) if row else None

    async def snapshot(
        self, limit: int
    ) -> list[tuple[bytes, str | None, str, str | None, str | None]]:
        """Up to ``limit`` people with their role: (key, language, last_seen, role, pseudonym)."""
        rows = await self.db.fetchall(
            "SELECT p.user_key, p.language, p.last_seen, r.role, r.pseudonym "
            "FROM people p LEFT JOIN roles r ON r.user_key = p.user_key LIMIT ?",
            (limit,),
        )
        return [(bytes(r[0]), r[1], r[2], r[3], r[4]) for r in rows]

    async def ensure(self, user_key: bytes, month: str | None = None) -> None:
        """Create the row if missing, and record this month as last seen."""
        await self.db.execute(
            "INSERT INTO people(user_key, last_seen) VALUES (?, ?) "
            "ON CONFLICT(user_key) DO UPDATE SET last_seen = excluded.last_seen "
            "WHERE last_seen <> excluded.last_seen",
            (user_key, month or this_month()),
        )

    async def set_language(self, user_key: bytes, language: str | None) -> None:
        await self.db.execute(
            "INSERT INTO people(user_key, language, last_seen) VALUES (?, ?, ?) "
            "ON CONFLICT(user_key) DO UPDATE SET language = excluded.language, "
            "last_seen = excluded.last_seen",
            (user_key, language, this_month()),
        )

    async def forget(self, user_key: bytes, pseudonym_label: str | None = None) -> int:
        """Erase the person and, through ON DELETE CASCADE, every row that refers to them.

        A peer's or moderator's pseudonym is also replaced, everywhere it was written as a name
        (audit log, approvals, reports, answers, withdrawals, invites, blocks), by
        ``pseudonym_label``: the log still shows that one person did these things, not who.
        """
        async with self.db.transaction() as conn:
            if pseudonym_label:
                async with conn.execute(
                    "SELECT pseudonym FROM roles WHERE user_key = ?", (user_key,)
                ) as cur:
                    row = await cur.fetchone()
                if row is not None:
                    old = row[0]
                    for table, column in _PSEUDONYM_COLUMNS:
                        await conn.execute(
                            f"UPDATE {table} SET {column} = ? WHERE {column} = ?",
                            (pseudonym_label, old),
                        )
                    await conn.execute(
                        "UPDATE audit_log SET detail = replace(detail, ?, ?) WHERE instr(detail, ?) > 0",
                        (old, pseudonym_label, old),
                    )
            cur = await conn.execute("DELETE FROM people WHERE user_key = ?", (user_key,))
            return cur.rowcount

    async def purge_inactive(self, before_month: str) -> int:
        """Delete people last seen before ``before_month`` who hold no role."""
        return await self.db.execute(
            "DELETE FROM people WHERE last_seen < ? "
            "AND user_key NOT IN (SELECT user_key FROM roles)",
            (before_month,),
        )

    # -- roles -----------------------------------------------------------------------------
    async def role(self, user_key: bytes) -> RoleRecord | None:
        row = await self.db.fetchone(
            "SELECT user_key, role, pseudonym, sealed_chat, granted_at FROM roles WHERE user_key = ?",
            (user_key,),
        )
        return _role(row) if row else None

    async def set_role(
        self, user_key: bytes, role: str, pseudonym: str, sealed_chat: bytes, granted_at: str
    ) -> None:
        if role not in ("peer", "moderator"):
            raise ValueError(f"unknown role {role!r}")
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO people(user_key, last_seen) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (user_key, this_month()),
            )
            await conn.execute(
                "INSERT INTO roles(user_key, role, pseudonym, sealed_chat, granted_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(user_key) DO UPDATE SET role = excluded.role, "
                "pseudonym = excluded.pseudonym, sealed_chat = excluded.sealed_chat",
                (user_key, role, pseudonym, sealed_chat, granted_at),
            )

    async def revoke_role(self, user_key: bytes) -> bool:
        return await self.db.execute("DELETE FROM roles WHERE user_key = ?", (user_key,)) > 0

    async def with_role(self, role: str) -> list[RoleRecord]:
        rows = await self.db.fetchall(
            "SELECT user_key, role, pseudonym, sealed_chat, granted_at FROM roles "
            "WHERE role = ? ORDER BY pseudonym",
            (role,),
        )
        return [_role(r) for r in rows]

    async def pseudonym_taken(self, pseudonym: str) -> bool:
        row = await self.db.fetchone(
            "SELECT 1 FROM roles WHERE lower(pseudonym) = lower(?)", (pseudonym,)
        )
        return row is not None


def _role(row: object) -> RoleRecord:
    return RoleRecord(bytes(row[0]), row[1], row[2], bytes(row[3]), row[4])  # type: ignore[index]
