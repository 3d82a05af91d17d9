"""The region a person chose for /overdose (a country or province id), by keyed user hash."""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage.db import Database
from bot.storage.people import this_month


@dataclass(frozen=True)
class RegionChoice:
    region_id: str | None  # None: the person said "not now"; don't ask again


class RegionChoiceRepo:
    """SQL for ``region_choice``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, user_key: bytes) -> RegionChoice | None:
        """The person's choice, or None if they were never asked."""
        row = await self.db.fetchone(
            "SELECT region_id FROM region_choice WHERE user_key = ?", (user_key,)
        )
        return RegionChoice(row[0]) if row else None

    async def set(self, user_key: bytes, region_id: str | None) -> None:
        """Remember the choice (creating the person's row first, in the same transaction)."""
        month = this_month()
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO people(user_key, last_seen) VALUES (?, ?) "
                "ON CONFLICT(user_key) DO UPDATE SET last_seen = excluded.last_seen "
                "WHERE last_seen <> excluded.last_seen",
                (user_key, month),
            )
            await conn.execute(
                "INSERT INTO region_choice(user_key, region_id, chosen_at) VALUES (?, ?, ?) "
                "ON CONFLICT(user_key) DO UPDATE SET region_id = excluded.region_id, "
                "chosen_at = excluded.chosen_at",
                (user_key, region_id, month),
            )

    async def clear(self, user_key: bytes) -> None:
        await self.db.execute("DELETE FROM region_choice WHERE user_key = ?", (user_key,))
