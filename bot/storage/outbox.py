"""SQL for alert delivery: the outbox rows, the alert snapshots they render, and delivery runs.

Everything the sender does goes through a few batched statements, so that at 1,000 messages
a second the database is not the bottleneck: ``claim`` marks up to N due rows 'sending' in one
UPDATE ... RETURNING, and ``record`` writes a whole batch of outcomes in one transaction.

States: pending -> sending -> sent | failed | dropped (the person blocked the bot), or
cancelled (a retraction made it pointless). A row left 'sending' by a crash is pending again
after ``release_in_flight`` at the next start.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import aiosqlite

from bot.alerts.model import DeliveryKind
from bot.storage.db import Database

_CLAIM_COLUMNS = "id, alert_id, kind, version, user_key, sealed_chat, language, priority, attempts"


class DeliveryState(StrEnum):
    """Where one delivery is (``outbox.state`` and ``outbox_channels.state``, stored as its
    value; a ``StrEnum`` equals the stored text, so the SQL here may name the values)."""

    PENDING = "pending"  # due at ``next_at``
    SENDING = "sending"  # claimed by a sender (again pending after a crash)
    SENT = "sent"
    FAILED = "failed"  # gave up (the error is kept)
    DROPPED = "dropped"  # the person blocked the bot
    CANCELLED = "cancelled"  # made pointless (a retraction, a newer correction)


LEFT_STATES = (DeliveryState.PENDING, DeliveryState.SENDING)
DONE_STATES = (
    DeliveryState.SENT,
    DeliveryState.FAILED,
    DeliveryState.DROPPED,
    DeliveryState.CANCELLED,
)


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    alert_id: int
    kind: DeliveryKind
    version: int
    user_key: bytes
    sealed_chat: bytes
    language: str
    priority: int
    attempts: int  # including the attempt this claim is for


@dataclass
class Outcomes:
    """A batch of results to write in one transaction."""

    sent: list[tuple[int, int]] = field(default_factory=list)  # (row id, message id)
    retry: list[tuple[int, float, int]] = field(default_factory=list)  # (row id, next_at, refund)
    failed: list[tuple[int, str]] = field(default_factory=list)  # (row id, error class)
    dropped: list[tuple[int, bytes]] = field(default_factory=list)  # (row id, user key)
    cancelled: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return (
            len(self.sent)
            + len(self.retry)
            + len(self.failed)
            + len(self.dropped)
            + len(self.cancelled)
        )


@dataclass(frozen=True)
class Run:
    """One delivery (an alert, a correction or a retraction) and its progress message."""

    alert_id: int
    kind: DeliveryKind
    version: int
    created_at: float
    total: int
    progress_chat: bytes | None
    progress_message: int | None
    progress_lang: str | None
    progress_tries: int


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


async def enqueue_in(
    conn: aiosqlite.Connection,
    *,
    alert_id: int,
    kind: DeliveryKind,
    version: int,
    priority: int,
    region_ids: Sequence[str],
    snapshot: str,
    expires_at: str,
    now: float,
) -> int:
    """Queue one delivery inside the caller's transaction; return the rows added.

    ``alert``: every subscriber of any region in ``region_ids``, once per person (the UNIQUE
    constraint makes a second call add nothing). ``correction``/``retraction``: everyone whose
    original was sent or is in flight; queued older corrections (and, for a retraction, the
    queued alert itself) are cancelled, and queued originals render the latest snapshot.
    """
    await conn.execute(
        "INSERT INTO outbox_alerts(alert_id, version, snapshot, expires_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(alert_id) DO UPDATE SET version = excluded.version, "
        "snapshot = excluded.snapshot, expires_at = excluded.expires_at "
        "WHERE excluded.version >= outbox_alerts.version",
        (alert_id, version, snapshot, expires_at),
    )
    if kind == DeliveryKind.ALERT:
        regions = list(dict.fromkeys(region_ids))
        if not regions:
            return 0
        cur = await conn.execute(
            "INSERT INTO outbox(alert_id, kind, version, user_key, sealed_chat, language, priority, "
            "next_at, expires_at) "
            f"SELECT ?, 'alert', ?, s.user_key, s.sealed_chat, s.language, ?, ?, ? "
            f"FROM subscriptions s WHERE s.region_id IN ({_marks(regions)}) "
            # One row per person: the bare columns come from the row holding min(region_id).
            "GROUP BY s.user_key HAVING min(s.region_id) IS NOT NULL "
            "ON CONFLICT(alert_id, kind, version, user_key) DO NOTHING",
            (alert_id, version, priority, now, expires_at, *regions),
        )
    else:
        await conn.execute(
            "UPDATE outbox SET state = 'cancelled', lease_until = NULL, next_at = 0 "
            "WHERE alert_id = ? AND state = 'pending' AND (kind <> 'alert' OR ? = 'retraction') "
            "AND NOT (kind = ? AND version = ?)",
            (alert_id, kind, kind, version),
        )
        cur = await conn.execute(
            "INSERT INTO outbox(alert_id, kind, version, user_key, sealed_chat, language, priority, "
            "next_at, expires_at) "
            "SELECT o.alert_id, ?, ?, o.user_key, o.sealed_chat, coalesce(p.language, o.language), "
            "?, ?, ? FROM outbox o LEFT JOIN people p ON p.user_key = o.user_key "
            "WHERE o.alert_id = ? AND o.kind = 'alert' AND o.state IN ('sent', 'sending') "
            "ON CONFLICT(alert_id, kind, version, user_key) DO NOTHING",
            (kind, version, priority, now, expires_at, alert_id),
        )
    added = max(cur.rowcount, 0)
    async with conn.execute(
        "SELECT count(*) FROM outbox WHERE alert_id = ? AND kind = ? AND version = ?",
        (alert_id, kind, version),
    ) as c:
        row = await c.fetchone()
        assert row is not None  # count(*) always answers
        total = int(row[0])
    await conn.execute(
        "INSERT INTO outbox_runs(alert_id, kind, version, created_at, total, expires_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(alert_id, kind, version) DO UPDATE SET "
        "total = excluded.total, finished_at = NULL",
        (alert_id, kind, version, now, total, expires_at),
    )
    return added


class OutboxRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the queue ---------------------------------------------------------------------------
    async def release_in_flight(self) -> int:
        """At start: rows a previous process left 'sending' (it crashed) are due again."""
        return await self.db.execute(
            "UPDATE outbox SET state = 'pending', lease_until = NULL WHERE state = 'sending'"
        )

    async def release_expired_leases(self, now: float) -> int:
        """Rows whose claim outlived its lease (a hung request) are due again."""
        return await self.db.execute(
            "UPDATE outbox SET state = 'pending', lease_until = NULL "
            "WHERE state = 'sending' AND lease_until < ?",
            (now,),
        )

    async def claim(self, limit: int, now: float, lease_until: float) -> list[OutboxRow]:
        """Mark up to ``limit`` due rows 'sending' (most urgent first) and return them."""
        async with (
            self.db.transaction() as conn,
            conn.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, lease_until = ? "
                "WHERE id IN (SELECT id FROM outbox WHERE state = 'pending' AND next_at <= ? "
                "ORDER BY priority, id LIMIT ?) "
                f"RETURNING {_CLAIM_COLUMNS}",
                (lease_until, now, limit),
            ) as cur,
        ):
            rows = await cur.fetchall()
        claimed = [
            OutboxRow(
                int(r[0]),
                int(r[1]),
                DeliveryKind(r[2]),
                int(r[3]),
                bytes(r[4]),
                bytes(r[5]),
                str(r[6]),
                int(r[7]),
                int(r[8]),
            )
            for r in rows
        ]
        claimed.sort(key=lambda row: (row.priority, row.id))
        return claimed

    async def release(self, rows: Iterable[tuple[int, float]]) -> None:
        """Give claimed rows back unsent (no attempt counted), due at the given times."""
        params = [(next_at, row_id) for row_id, next_at in rows]
        if not params:
            return
        async with self.db.transaction() as conn:
            await conn.executemany(
                "UPDATE outbox SET state = 'pending', attempts = max(attempts - 1, 0), "
                "lease_until = NULL, next_at = ? WHERE id = ? AND state = 'sending'",
                params,
            )

    async def next_due(self) -> float | None:
        row = await self.db.fetchone("SELECT min(next_at) FROM outbox WHERE state = 'pending'")
        return float(row[0]) if row and row[0] is not None else None

    async def originals(
        self, alert_id: int, user_keys: Sequence[bytes]
    ) -> dict[bytes, tuple[str, int | None]]:
        """For corrections: the state and message id of each person's original alert message."""
        found: dict[bytes, tuple[str, int | None]] = {}
        keys = list(user_keys)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            rows = await self.db.fetchall(
                "SELECT user_key, state, message_id FROM outbox WHERE alert_id = ? AND kind = 'alert' "
                f"AND user_key IN ({_marks(chunk)})",
                (alert_id, *chunk),
            )
            for r in rows:
                found[bytes(r[0])] = (str(r[1]), int(r[2]) if r[2] is not None else None)
        return found

    async def record(self, outcomes: Outcomes) -> None:
        """Write a batch of outcomes in one transaction."""
        if not len(outcomes):
            return
        async with self.db.transaction() as conn:
            if outcomes.sent:
                await conn.executemany(
                    "UPDATE outbox SET state = 'sent', message_id = ?, lease_until = NULL, next_at = 0, error = NULL "
                    "WHERE id = ?",
                    [(message_id, row_id) for row_id, message_id in outcomes.sent],
                )
            if outcomes.retry:
                await conn.executemany(
                    "UPDATE outbox SET state = 'pending', next_at = ?, lease_until = NULL, "
                    "attempts = max(attempts - ?, 0) WHERE id = ? AND state = 'sending'",
                    [(next_at, refund, row_id) for row_id, next_at, refund in outcomes.retry],
                )
            if outcomes.failed:
                await conn.executemany(
                    "UPDATE outbox SET state = 'failed', error = ?, lease_until = NULL, next_at = 0 WHERE id = ?",
                    [(error, row_id) for row_id, error in outcomes.failed],
                )
            if outcomes.cancelled:
                await conn.executemany(
                    "UPDATE outbox SET state = 'cancelled', lease_until = NULL, next_at = 0 WHERE id = ?",
                    [(row_id,) for row_id in outcomes.cancelled],
                )
            if outcomes.dropped:
                await conn.executemany(
                    "UPDATE outbox SET state = 'dropped', error = 'blocked', lease_until = NULL, next_at = 0 "
                    "WHERE id = ?",
                    [(row_id,) for row_id, _ in outcomes.dropped],
                )
                keys = list(dict.fromkeys(key for _, key in outcomes.dropped))
                # The person blocked the bot or the chat is gone: stop writing to them.
                await conn.executemany(
                    "DELETE FROM subscriptions WHERE user_key = ?", [(k,) for k in keys]
                )
                await conn.executemany(
                    "UPDATE outbox SET state = 'dropped', error = 'blocked', lease_until = NULL, next_at = 0 "
                    "WHERE user_key = ? AND state = 'pending'",
                    [(k,) for k in keys],
                )

    # -- what is delivered -------------------------------------------------------------------
    async def snapshot(self, alert_id: int) -> tuple[int, str] | None:
        row = await self.db.fetchone(
            "SELECT version, snapshot FROM outbox_alerts WHERE alert_id = ?", (alert_id,)
        )
        return (int(row[0]), str(row[1])) if row else None

    async def counts(
        self, alert_id: int, kind: str | None = None, version: int | None = None
    ) -> dict[str, int]:
        sql = "SELECT state, count(*) FROM outbox WHERE alert_id = ?"
        params: list[object] = [alert_id]
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind)
        if version is not None:
            sql += " AND version = ?"
            params.append(version)
        rows = await self.db.fetchall(sql + " GROUP BY state", params)
        return {str(r[0]): int(r[1]) for r in rows}

    async def has_pending(self) -> bool:
        """Whether any row waits (due or later); cheap: the queue's partial index."""
        row = await self.db.fetchone("SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'pending')")
        return bool(row and row[0])

    # -- runs and their progress messages ----------------------------------------------------
    async def open_runs(self) -> list[Run]:
        rows = await self.db.fetchall(
            "SELECT alert_id, kind, version, created_at, total, progress_chat, progress_message, "
            "progress_lang, progress_tries FROM outbox_runs WHERE finished_at IS NULL "
            "ORDER BY created_at"
        )
        return [
            Run(
                int(r[0]),
                DeliveryKind(r[1]),
                int(r[2]),
                float(r[3]),
                int(r[4]),
                bytes(r[5]) if r[5] is not None else None,
                int(r[6]) if r[6] is not None else None,
                r[7],
                int(r[8]),
            )
            for r in rows
        ]

    async def set_progress_message(
        self, run: Run, sealed_chat: bytes | None, message_id: int | None, lang: str | None
    ) -> None:
        await self.db.execute(
            "UPDATE outbox_runs SET progress_chat = ?, progress_message = ?, progress_lang = ?, "
            "progress_tries = progress_tries + 1 WHERE alert_id = ? AND kind = ? AND version = ?",
            (sealed_chat, message_id, lang, run.alert_id, run.kind, run.version),
        )

    async def finish_run(self, run: Run, now: float) -> None:
        await self.db.execute(
            "UPDATE outbox_runs SET finished_at = ? WHERE alert_id = ? AND kind = ? AND version = ?",
            (now, run.alert_id, run.kind, run.version),
        )

    async def latest_approver(self, alert_id: int) -> bytes | None:
        """The keyed hash of the moderator who approved the alert last (for progress DMs)."""
        row = await self.db.fetchone(
            "SELECT approver_key FROM alert_approvals WHERE alert_id = ? AND approver_key IS NOT NULL "
            "ORDER BY at DESC, rowid DESC LIMIT 1",
            (alert_id,),
        )
        return bytes(row[0]) if row else None

    # -- retention ---------------------------------------------------------------------------
    async def purge(self, expired_before: str) -> int:
        """Delete deliveries of alerts that expired before ``expired_before`` (ISO 8601 UTC)."""
        async with self.db.transaction() as conn:
            cur = await conn.execute(
                "DELETE FROM outbox WHERE expires_at < ? AND state NOT IN ('pending', 'sending')",
                (expired_before,),
            )
            removed = max(cur.rowcount, 0)
            await conn.execute("DELETE FROM outbox_runs WHERE expires_at < ?", (expired_before,))
            await conn.execute(
                "DELETE FROM outbox_alerts WHERE expires_at < ? AND alert_id NOT IN "
                "(SELECT alert_id FROM outbox) AND alert_id NOT IN "
                "(SELECT alert_id FROM outbox_channels)",
                (expired_before,),
            )
        return removed
