"""SQL for the public alert channels' outbox (migration 010): one row per channel and message.

States: pending -> sending -> sent | failed, or cancelled (a withdrawal made a queued post or
an older correction pointless). A row left 'sending' by a crash is pending again after
``release_in_flight`` at the next start. No personal data here: channels are public chats
named in the configuration.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import aiosqlite

from bot.alerts.model import DeliveryKind
from bot.storage.db import Database

_COLUMNS = "id, alert_id, kind, version, channel, language, attempts"


@dataclass(frozen=True, slots=True)
class ChannelRow:
    id: int
    alert_id: int
    kind: DeliveryKind
    version: int
    channel: str
    language: str
    attempts: int  # including the attempt this claim is for


async def enqueue_channels_in(
    conn: aiosqlite.Connection,
    *,
    alert_id: int,
    kind: DeliveryKind,
    version: int,
    targets: Sequence[tuple[str, str]],
    expires_at: str,
    now: float,
) -> int:
    """Queue one channel message inside the caller's transaction; return the rows added.

    ``alert``: one post per (channel, language) in ``targets`` (a second call adds nothing).
    ``correction``/``retraction``: one edit per channel whose post was sent or is in flight;
    queued older corrections (and, for a withdrawal, the queued post itself) are cancelled.
    A queued post renders the latest snapshot, so it needs no correction of its own.
    """
    if kind == DeliveryKind.ALERT:
        added = 0
        for channel, language in dict.fromkeys(targets):
            cur = await conn.execute(
                "INSERT INTO outbox_channels(alert_id, kind, version, channel, language, next_at, "
                "expires_at) VALUES (?, 'alert', ?, ?, ?, ?, ?) "
                "ON CONFLICT(alert_id, kind, version, channel) DO NOTHING",
                (alert_id, version, channel, language, now, expires_at),
            )
            added += max(cur.rowcount, 0)
        return added
    await conn.execute(
        "UPDATE outbox_channels SET state = 'cancelled', next_at = 0 "
        "WHERE alert_id = ? AND state = 'pending' AND (kind <> 'alert' OR ? = 'retraction') "
        "AND NOT (kind = ? AND version = ?)",
        (alert_id, kind, kind, version),
    )
    cur = await conn.execute(
        "INSERT INTO outbox_channels(alert_id, kind, version, channel, language, next_at, "
        "expires_at) SELECT alert_id, ?, ?, channel, language, ?, ? FROM outbox_channels "
        "WHERE alert_id = ? AND kind = 'alert' AND state IN ('sent', 'sending') "
        "ON CONFLICT(alert_id, kind, version, channel) DO NOTHING",
        (kind, version, now, expires_at, alert_id),
    )
    return max(cur.rowcount, 0)


class ChannelRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def release_in_flight(self) -> int:
        """At start: rows a previous process left 'sending' (it stopped mid-call) are due again."""
        return await self.db.execute(
            "UPDATE outbox_channels SET state = 'pending' WHERE state = 'sending'"
        )

    async def claim(self, limit: int, now: float) -> list[ChannelRow]:
        async with (
            self.db.transaction() as conn,
            conn.execute(
                "UPDATE outbox_channels SET state = 'sending', attempts = attempts + 1 "
                "WHERE id IN (SELECT id FROM outbox_channels WHERE state = 'pending' "
                "AND next_at <= ? ORDER BY id LIMIT ?) "
                f"RETURNING {_COLUMNS}",
                (now, limit),
            ) as cur,
        ):
            rows = await cur.fetchall()
        claimed = [
            ChannelRow(
                int(r[0]), int(r[1]), DeliveryKind(r[2]), int(r[3]), str(r[4]), str(r[5]), int(r[6])
            )
            for r in rows
        ]
        claimed.sort(key=lambda row: row.id)
        return claimed

    async def original(self, alert_id: int, channel: str) -> tuple[str, int | None, str | None]:
        """The state, message id and kind ('text' or 'caption') of the channel's post."""
        row = await self.db.fetchone(
            "SELECT state, message_id, how FROM outbox_channels WHERE alert_id = ? "
            "AND channel = ? AND kind = 'alert' ORDER BY id LIMIT 1",
            (alert_id, channel),
        )
        if row is None:
            return "missing", None, None
        return str(row[0]), (int(row[1]) if row[1] is not None else None), row[2]

    async def sent(self, row_id: int, message_id: int | None, how: str) -> None:
        await self.db.execute(
            "UPDATE outbox_channels SET state = 'sent', message_id = ?, how = ?, next_at = 0, "
            "error = NULL WHERE id = ?",
            (message_id, how, row_id),
        )

    async def retry(self, row_id: int, next_at: float, refund: int = 0) -> None:
        await self.db.execute(
            "UPDATE outbox_channels SET state = 'pending', next_at = ?, "
            "attempts = max(attempts - ?, 0) WHERE id = ? AND state = 'sending'",
            (next_at, refund, row_id),
        )

    async def failed(self, row_id: int, error: str) -> None:
        await self.db.execute(
            "UPDATE outbox_channels SET state = 'failed', error = ?, next_at = 0 WHERE id = ?",
            (error, row_id),
        )

    async def cancelled(self, row_id: int) -> None:
        await self.db.execute(
            "UPDATE outbox_channels SET state = 'cancelled', next_at = 0 WHERE id = ?", (row_id,)
        )

    async def has_pending(self) -> bool:
        row = await self.db.fetchone(
            "SELECT EXISTS (SELECT 1 FROM outbox_channels WHERE state IN ('pending', 'sending'))"
        )
        return bool(row and row[0])

    async def next_due(self) -> float | None:
        row = await self.db.fetchone(
            "SELECT min(next_at) FROM outbox_channels WHERE state = 'pending'"
        )
        return float(row[0]) if row and row[0] is not None else None

    async def rows(self, alert_id: int) -> list[tuple[str, str, int, str, int | None, str | None]]:
        """(kind, channel, version, state, message_id, how) of an alert's channel messages."""
        found = await self.db.fetchall(
            "SELECT kind, channel, version, state, message_id, how FROM outbox_channels "
            "WHERE alert_id = ? ORDER BY id",
            (alert_id,),
        )
        return [(str(r[0]), str(r[1]), int(r[2]), str(r[3]), r[4], r[5]) for r in found]

    async def purge(self, expired_before: str) -> int:
        return await self.db.execute(
            "DELETE FROM outbox_channels WHERE expires_at < ? AND state NOT IN "
            "('pending', 'sending')",
            (expired_before,),
        )
