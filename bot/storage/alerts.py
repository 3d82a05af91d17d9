"""SQL for drug alerts: invites, alerts and their approvals, subscriptions, daily report counts.

Methods that must share a transaction with other writes (approval + outbox, invite use +
role grant) take the connection from ``Database.transaction()``; the rest open their own.
Times are ISO 8601 UTC strings of one fixed shape, so they compare as text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import aiosqlite

from bot import timegrain
from bot.alerts.model import Alert, AlertState, Severity
from bot.storage.db import Database
from bot.storage.people import this_month

_ALERT_COLUMNS = (
    "id, state, severity, region_id, sold_as, sold_as_free, found, found_free, evidence, "
    "appearance, effects, advice, advice_free, photo_file_id, created_at, expires_at, "
    "version, correction, form, colour, imprint, signs, reporter_lang, correction_lang, texts, changes"
)


def iso(when: datetime) -> str:
    """The one stored shape of a time: UTC, seconds, with offset."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds")


def parse_time(text: str) -> datetime:
    when = datetime.fromisoformat(text)
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def alert_from_row(row: Sequence[Any]) -> Alert:
    return Alert(
        id=int(row[0]),
        state=AlertState(row[1]),
        severity=Severity(row[2]),
        region_id=str(row[3]),
        sold_as=str(row[4]),
        sold_as_free=bool(row[5]),
        found=list(json.loads(str(row[6]))),
        found_free=str(row[7]),
        evidence=str(row[8]),
        appearance=str(row[9]),
        effects=str(row[10]),
        advice=list(json.loads(str(row[11]))),
        advice_free=str(row[12]),
        photo_file_id=row[13] if row[13] else None,
        created_at=parse_time(str(row[14])),
        expires_at=parse_time(str(row[15])),
        version=int(row[16]),
        correction=str(row[17]),
        form=str(row[18] or ""),
        colour=str(row[19] or ""),
        imprint=str(row[20] or ""),
        signs=list(json.loads(str(row[21] or "[]"))),
        source_lang=str(row[22] or ""),
        correction_lang=str(row[23] or ""),
        texts=dict(json.loads(str(row[24] or "{}"))),
        changes=dict(json.loads(str(row[25] or "{}"))),
    )


@dataclass(frozen=True)
class Approval:
    alert_id: int
    pseudonym: str
    at: str


@dataclass(frozen=True)
class Subscription:
    user_key: bytes
    region_id: str
    sealed_chat: bytes
    language: str
    created_at: str


@dataclass(frozen=True)
class ReviewMessage:
    sealed_chat: bytes
    message_id: int
    language: str


def _editable(alert: Alert) -> dict[str, Any]:
    """The columns an alert's edits change, by name (written on insert and on every update)."""
    return {
        "state": alert.state,
        "severity": alert.severity,
        "region_id": alert.region_id,
        "sold_as": alert.sold_as,
        "sold_as_free": int(alert.sold_as_free),
        "found": json.dumps(list(alert.found)),
        "found_free": alert.found_free,
        "evidence": alert.evidence,
        "appearance": alert.appearance,
        "effects": alert.effects,
        "advice": json.dumps(list(alert.advice)),
        "advice_free": alert.advice_free,
        "photo_file_id": alert.photo_file_id,
        "expires_at": iso(alert.expires_at),
        "version": alert.version,
        "correction": alert.correction,
        "form": alert.form,
        "colour": alert.colour,
        "imprint": alert.imprint,
        "signs": json.dumps(list(alert.signs)),
        "correction_lang": alert.correction_lang,
        "texts": json.dumps(alert.texts, ensure_ascii=False),
        "changes": json.dumps(alert.changes, ensure_ascii=False),
    }


class AlertsRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- invites ---------------------------------------------------------------------------
    async def create_invite(
        self, code_hash: bytes, created_by: str, now: datetime, expires: datetime
    ) -> None:
        await self.db.execute(
            "INSERT INTO invites(code_hash, created_by, created_at, expires_at) VALUES (?, ?, ?, ?)",
            (code_hash, created_by, iso(now), iso(expires)),
        )

    @staticmethod
    def _invite_status(row: Sequence[object] | None, now: datetime) -> tuple[str, str]:
        if row is None:
            return "unknown", ""
        if row[2] is not None:
            return "used", str(row[0])
        if str(row[1]) <= iso(now):
            return "expired", str(row[0])
        return "ok", str(row[0])

    async def invite_status(self, code_hash: bytes, now: datetime) -> tuple[str, str]:
        """``(status, created_by)`` without using the invite; status as in ``claim_invite``."""
        row = await self.db.fetchone(
            "SELECT created_by, expires_at, used_at FROM invites WHERE code_hash = ?", (code_hash,)
        )
        return self._invite_status(tuple(row) if row else None, now)

    @classmethod
    async def claim_invite(
        cls, conn: aiosqlite.Connection, code_hash: bytes, now: datetime
    ) -> tuple[str, str]:
        """Use an invite inside a transaction: ``(status, created_by)`` with status
        ``ok``, ``unknown``, ``used`` or ``expired``. Only ``ok`` marks it used."""
        async with conn.execute(
            "SELECT created_by, expires_at, used_at FROM invites WHERE code_hash = ?", (code_hash,)
        ) as cur:
            row = await cur.fetchone()
        status = cls._invite_status(tuple(row) if row else None, now)
        if status[0] != "ok":
            return status
        await conn.execute(
            "UPDATE invites SET used_at = ? WHERE code_hash = ? AND used_at IS NULL",
            (iso(now), code_hash),
        )
        return status

    async def reserve_invite(
        self, code_hash: bytes, user_key: bytes, now: datetime, until: datetime
    ) -> bool:
        """Hold a usable invite for ``user_key`` until ``until``; False if someone else holds it
        (or it cannot be used at all)."""
        changed = await self.db.execute(
            "UPDATE invites SET reserved_by = ?, reserved_until = ? WHERE code_hash = ? AND used_at IS NULL "
            "AND expires_at > ? AND (reserved_by IS NULL OR reserved_by = ? OR reserved_until <= ?)",
            (user_key, iso(until), code_hash, iso(now), user_key, iso(now)),
        )
        return changed > 0

    @staticmethod
    async def invite_held_by_other_in(
        conn: aiosqlite.Connection, code_hash: bytes, user_key: bytes, now: datetime
    ) -> bool:
        async with conn.execute(
            "SELECT 1 FROM invites WHERE code_hash = ? AND reserved_by IS NOT NULL AND reserved_by != ? "
            "AND reserved_until > ?",
            (code_hash, user_key, iso(now)),
        ) as cur:
            return await cur.fetchone() is not None

    async def unclaim_invite(self, code_hash: bytes) -> None:
        await self.db.execute("UPDATE invites SET used_at = NULL WHERE code_hash = ?", (code_hash,))

    async def open_invites(self, now: datetime) -> int:
        row = await self.db.fetchone(
            "SELECT count(*) FROM invites WHERE used_at IS NULL AND expires_at > ?", (iso(now),)
        )
        return int(row[0]) if row else 0

    async def purge_invites(self, now: datetime) -> int:
        return await self.db.execute("DELETE FROM invites WHERE expires_at <= ?", (iso(now),))

    # -- alerts ----------------------------------------------------------------------------
    async def insert_alert(
        self,
        alert: Alert,
        reporter_key: bytes | None,
        reporter_name: str,
        reporter_lang: str = "en",
    ) -> int:
        async with self.db.transaction() as conn:
            return await self.insert_alert_in(
                conn, alert, reporter_key, reporter_name, reporter_lang
            )

    @staticmethod
    async def insert_alert_in(
        conn: aiosqlite.Connection,
        alert: Alert,
        reporter_key: bytes | None,
        reporter_name: str,
        reporter_lang: str = "en",
    ) -> int:
        if reporter_key is not None:
            await conn.execute(
                "INSERT INTO people(user_key, last_seen) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (reporter_key, this_month()),
            )
        columns = {
            **_editable(alert),
            "created_at": iso(alert.created_at),
            "reporter_key": reporter_key,
            "reporter_name": reporter_name,
            "reporter_lang": reporter_lang,
        }
        cur = await conn.execute(
            f"INSERT INTO alerts({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            tuple(columns.values()),
        )
        alert.source_lang = alert.source_lang or reporter_lang
        alert_id = int(cur.lastrowid or 0)
        alert.id = alert_id
        return alert_id

    async def get_alert(self, alert_id: int) -> Alert | None:
        row = await self.db.fetchone(
            f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE id = ?", (alert_id,)
        )
        return alert_from_row(tuple(row)) if row else None

    @staticmethod
    async def get_alert_in(conn: aiosqlite.Connection, alert_id: int) -> Alert | None:
        async with conn.execute(
            f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE id = ?", (alert_id,)
        ) as cur:
            row = await cur.fetchone()
        return alert_from_row(tuple(row)) if row else None

    async def reporter(self, alert_id: int) -> tuple[bytes | None, str, str]:
        """The reporter's keyed hash (None after /forget), pseudonym and language."""
        row = await self.db.fetchone(
            "SELECT reporter_key, reporter_name, reporter_lang FROM alerts WHERE id = ?",
            (alert_id,),
        )
        if row is None:
            return None, "", "en"
        return (bytes(row[0]) if row[0] is not None else None), str(row[1]), str(row[2])

    @staticmethod
    async def update_alert_in(conn: aiosqlite.Connection, alert: Alert) -> None:
        """Write every editable field of ``alert`` (state included)."""
        columns = _editable(alert)
        await conn.execute(
            f"UPDATE alerts SET {', '.join(f'{name} = ?' for name in columns)} WHERE id = ?",
            (*columns.values(), alert.id),
        )

    async def update_alert(self, alert: Alert) -> None:
        async with self.db.transaction() as conn:
            await self.update_alert_in(conn, alert)

    @staticmethod
    async def set_state_in(
        conn: aiosqlite.Connection,
        alert_id: int,
        state: AlertState,
        now: datetime,
        expected: Iterable[AlertState],
    ) -> bool:
        """Move an alert to ``state`` if it is in one of ``expected`` states; False if not."""
        expected = tuple(expected)
        marks = ", ".join("?" for _ in expected)
        cur = await conn.execute(
            f"UPDATE alerts SET state = ?, decided_at = ? WHERE id = ? AND state IN ({marks})",
            (state, iso(now), alert_id, *expected),
        )
        return cur.rowcount > 0

    async def list_alerts(
        self, states: Iterable[AlertState] | None = None, limit: int = 50
    ) -> list[Alert]:
        if states:
            states = tuple(states)
            marks = ", ".join("?" for _ in states)
            rows = await self.db.fetchall(
                f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE state IN ({marks}) ORDER BY id DESC LIMIT ?",
                (*states, limit),
            )
        else:
            rows = await self.db.fetchall(
                f"SELECT {_ALERT_COLUMNS} FROM alerts ORDER BY id DESC LIMIT ?", (limit,)
            )
        return [alert_from_row(tuple(r)) for r in rows]

    async def active_in(
        self, region_ids: Iterable[str], now: datetime, limit: int = 20
    ) -> list[Alert]:
        """Approved, unexpired alerts in any of these regions, newest first."""
        ids = tuple(region_ids)
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = await self.db.fetchall(
            f"SELECT {_ALERT_COLUMNS} FROM alerts WHERE state = 'approved' AND expires_at > ? "
            f"AND region_id IN ({marks}) ORDER BY severity = 'warning' DESC, id DESC LIMIT ?",
            (iso(now), *ids, limit),
        )
        return [alert_from_row(tuple(r)) for r in rows]

    async def expire_due(self, now: datetime) -> list[int]:
        """Mark approved alerts past their expiry as expired; return their ids."""
        async with self.db.transaction() as conn:
            async with conn.execute(
                "SELECT id FROM alerts WHERE state = 'approved' AND expires_at <= ?", (iso(now),)
            ) as cur:
                ids = [int(r[0]) for r in await cur.fetchall()]
            if ids:
                await conn.execute(
                    "UPDATE alerts SET state = 'expired' WHERE state = 'approved' AND expires_at <= ?",
                    (iso(now),),
                )
        return ids

    async def purge_ended(self, before: datetime) -> int:
        """Delete alerts that ended (rejected, retracted, expired) before ``before``."""
        return await self.db.execute(
            "DELETE FROM alerts WHERE state IN ('rejected', 'retracted', 'expired') "
            "AND max(expires_at, coalesce(decided_at, '')) <= ?",
            (iso(before),),
        )

    async def due_reminders(self, cutoff: datetime, severities: Iterable[str]) -> list[int]:
        """Pending reports of these severities not brought up to moderators since ``cutoff``."""
        sev = tuple(severities)
        marks = ", ".join("?" for _ in sev)
        rows = await self.db.fetchall(
            f"SELECT id FROM alerts WHERE state = 'pending' AND severity IN ({marks}) "
            "AND coalesce(pinged_at, created_at) <= ? ORDER BY id",
            (*sev, iso(cutoff)),
        )
        return [int(r[0]) for r in rows]

    async def mark_pinged(self, alert_id: int, now: datetime) -> None:
        await self.db.execute("UPDATE alerts SET pinged_at = ? WHERE id = ?", (iso(now), alert_id))

    async def approver_keys(self, alert_id: int) -> set[bytes]:
        rows = await self.db.fetchall(
            "SELECT approver_key FROM alert_approvals WHERE alert_id = ? AND approver_key IS NOT NULL",
            (alert_id,),
        )
        return {bytes(r[0]) for r in rows}

    async def pending_ids(self) -> list[int]:
        rows = await self.db.fetchall(
            "SELECT id FROM alerts WHERE state = 'pending' ORDER BY severity = 'warning' DESC, id"
        )
        return [int(r[0]) for r in rows]

    async def pending_count(self) -> int:
        row = await self.db.fetchone("SELECT count(*) FROM alerts WHERE state = 'pending'")
        return int(row[0]) if row else 0

    # -- approvals -------------------------------------------------------------------------
    @staticmethod
    async def add_approval_in(
        conn: aiosqlite.Connection,
        alert_id: int,
        approver_key: bytes,
        pseudonym: str,
        now: datetime,
    ) -> bool:
        """Record one approval; False if this person already approved this alert."""
        await conn.execute(
            "INSERT INTO people(user_key, last_seen) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (approver_key, this_month()),
        )
        cur = await conn.execute(
            "INSERT INTO alert_approvals(alert_id, approver_key, pseudonym, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (alert_id, approver_key, pseudonym, timegrain.hour(now)),
        )
        return cur.rowcount > 0

    @staticmethod
    async def approval_count_in(conn: aiosqlite.Connection, alert_id: int) -> int:
        async with conn.execute(
            "SELECT count(*) FROM alert_approvals WHERE alert_id = ?", (alert_id,)
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else 0

    @staticmethod
    async def clear_approvals_in(conn: aiosqlite.Connection, alert_id: int) -> int:
        cur = await conn.execute("DELETE FROM alert_approvals WHERE alert_id = ?", (alert_id,))
        return cur.rowcount

    @staticmethod
    async def audit_in(
        conn: aiosqlite.Connection,
        actor: str,
        action: str,
        subject: str,
        detail: str,
        now: datetime,
    ) -> None:
        """An audit-log row written in the same transaction as the decision it records."""
        await conn.execute(
            "INSERT INTO audit_log(at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
            (iso(now), actor, action, subject, detail),
        )

    async def approvals(self, alert_id: int) -> list[Approval]:
        rows = await self.db.fetchall(
            "SELECT alert_id, pseudonym, at FROM alert_approvals WHERE alert_id = ? ORDER BY at, rowid",
            (alert_id,),
        )
        return [Approval(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    async def has_approved(self, alert_id: int, approver_key: bytes) -> bool:
        row = await self.db.fetchone(
            "SELECT 1 FROM alert_approvals WHERE alert_id = ? AND approver_key = ?",
            (alert_id, approver_key),
        )
        return row is not None

    # -- review messages -------------------------------------------------------------------
    async def add_review_message(
        self, alert_id: int, sealed_chat: bytes, message_id: int, language: str
    ) -> None:
        await self.db.execute(
            "INSERT INTO alert_review_messages(alert_id, sealed_chat, message_id, language) VALUES (?, ?, ?, ?)",
            (alert_id, sealed_chat, message_id, language),
        )

    async def review_messages(self, alert_id: int) -> list[ReviewMessage]:
        rows = await self.db.fetchall(
            "SELECT sealed_chat, message_id, language FROM alert_review_messages WHERE alert_id = ?",
            (alert_id,),
        )
        return [ReviewMessage(bytes(r[0]), int(r[1]), str(r[2])) for r in rows]

    async def clear_review_messages(self, alert_id: int) -> None:
        await self.db.execute("DELETE FROM alert_review_messages WHERE alert_id = ?", (alert_id,))

    # -- subscriptions ---------------------------------------------------------------------
    async def subscribe(
        self, user_key: bytes, region_id: str, sealed_chat: bytes, language: str, now: datetime
    ) -> bool:
        """Subscribe (or refresh the chat and language); True if it is a new subscription."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO people(user_key, last_seen) VALUES (?, ?) ON CONFLICT DO NOTHING",
                (user_key, this_month()),
            )
            async with conn.execute(
                "SELECT 1 FROM subscriptions WHERE user_key = ? AND region_id = ?",
                (user_key, region_id),
            ) as cur:
                existed = await cur.fetchone() is not None
            await conn.execute(
                "INSERT INTO subscriptions(user_key, region_id, sealed_chat, language, created_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(user_key, region_id) DO UPDATE SET "
                "sealed_chat = excluded.sealed_chat, language = excluded.language",
                (user_key, region_id, sealed_chat, language, timegrain.day(now)),
            )
        return not existed

    async def unsubscribe(self, user_key: bytes, region_id: str) -> bool:
        return (
            await self.db.execute(
                "DELETE FROM subscriptions WHERE user_key = ? AND region_id = ?",
                (user_key, region_id),
            )
            > 0
        )

    async def subscriptions_of(self, user_key: bytes) -> list[Subscription]:
        rows = await self.db.fetchall(
            "SELECT user_key, region_id, sealed_chat, language, created_at FROM subscriptions "
            "WHERE user_key = ? ORDER BY created_at, region_id",
            (user_key,),
        )
        return [
            Subscription(bytes(r[0]), str(r[1]), bytes(r[2]), str(r[3]), str(r[4])) for r in rows
        ]

    async def subscriber_count(self, region_ids: Iterable[str]) -> int:
        """Distinct people subscribed to any of these regions."""
        ids = tuple(region_ids)
        if not ids:
            return 0
        marks = ", ".join("?" for _ in ids)
        row = await self.db.fetchone(
            f"SELECT count(DISTINCT user_key) FROM subscriptions WHERE region_id IN ({marks})", ids
        )
        return int(row[0]) if row else 0

    async def reader_languages(self, region_ids: Iterable[str]) -> dict[str, int]:
        """Language -> how many people subscribed to any of these regions read it."""
        ids = tuple(region_ids)
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = await self.db.fetchall(
            f"SELECT language, count(DISTINCT user_key) FROM subscriptions WHERE region_id IN ({marks}) "
            "GROUP BY language ORDER BY count(DISTINCT user_key) DESC, language",
            ids,
        )
        return {str(r[0]): int(r[1]) for r in rows}

    # -- the daily report limit ------------------------------------------------------------
    async def reports_on(self, user_key: bytes, day: str) -> int:
        row = await self.db.fetchone(
            "SELECT count FROM report_counts WHERE user_key = ? AND day = ?", (user_key, day)
        )
        return int(row[0]) if row else 0

    @staticmethod
    async def count_report_in(
        conn: aiosqlite.Connection, user_key: bytes, day: str, limit: int
    ) -> bool:
        """Count one report for the day if under ``limit``; False (nothing written) if not."""
        await conn.execute(
            "INSERT INTO people(user_key, last_seen) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (user_key, this_month()),
        )
        async with conn.execute(
            "SELECT count FROM report_counts WHERE user_key = ? AND day = ?", (user_key, day)
        ) as cur:
            row = await cur.fetchone()
        if row is not None and int(row[0]) >= limit:
            return False
        await conn.execute(
            "INSERT INTO report_counts(user_key, day, count) VALUES (?, ?, 1) "
            "ON CONFLICT(user_key, day) DO UPDATE SET count = count + 1",
            (user_key, day),
        )
        return True

    async def purge_report_counts(self, before_day: str) -> int:
        return await self.db.execute("DELETE FROM report_counts WHERE day < ?", (before_day,))
