"""SQL for the service directory's anonymous feedback counts and moderator flags.

Nothing here refers to a person: feedback is a count per service, kind and day.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.db import Database


@dataclass(frozen=True)
class FeedbackTotal:
    service_id: str
    kind: str
    count: int
    last_day: str


@dataclass(frozen=True)
class FlagRecord:
    service_id: str
    kind: str
    raised_at: str
    reports: int


class DirectoryRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def add_feedback(self, service_id: str, kind: str, day: str) -> None:
        await self.db.execute(
            "INSERT INTO service_feedback(service_id, kind, day, count) VALUES (?, ?, ?, 1) "
            "ON CONFLICT(service_id, kind, day) DO UPDATE SET count = count + 1",
            (service_id, kind, day),
        )

    async def count_since(self, service_id: str, kind: str, since_day: str) -> int:
        row = await self.db.fetchone(
            "SELECT COALESCE(SUM(count), 0) FROM service_feedback "
            "WHERE service_id = ? AND kind = ? AND day >= ?",
            (service_id, kind, since_day),
        )
        return int(row[0]) if row else 0

    async def totals(self, since_day: str = "") -> list[FeedbackTotal]:
        rows = await self.db.fetchall(
            "SELECT service_id, kind, SUM(count), MAX(day) FROM service_feedback "
            "WHERE day >= ? GROUP BY service_id, kind ORDER BY service_id, kind",
            (since_day,),
        )
        return [FeedbackTotal(r[0], r[1], int(r[2]), r[3]) for r in rows]

    async def add_flag(self, service_id: str, kind: str, raised_at: str, reports: int) -> None:
        await self.db.execute(
            "INSERT OR IGNORE INTO service_flags(service_id, kind, raised_at, reports) VALUES (?, ?, ?, ?)",
            (service_id, kind, raised_at, reports),
        )

    async def last_flag(self, service_id: str, kind: str) -> str | None:
        row = await self.db.fetchone(
            "SELECT MAX(raised_at) FROM service_flags WHERE service_id = ? AND kind = ?",
            (service_id, kind),
        )
        return row[0] if row and row[0] else None

    async def flags(self, since: str = "") -> list[FlagRecord]:
        rows = await self.db.fetchall(
            "SELECT service_id, kind, raised_at, reports FROM service_flags "
            "WHERE raised_at >= ? ORDER BY raised_at DESC",
            (since,),
        )
        return [FlagRecord(r[0], r[1], r[2], int(r[3])) for r in rows]

    async def purge_before(self, day: str) -> int:
        """Delete counts and flags older than ``day`` ('YYYY-MM-DD')."""
        async with self.db.transaction() as conn:
            cur = await conn.execute("DELETE FROM service_feedback WHERE day < ?", (day,))
            removed = cur.rowcount
            cur = await conn.execute("DELETE FROM service_flags WHERE raised_at < ?", (day,))
            return removed + cur.rowcount
