"""The audit log: who (by pseudonym) did what, and when. Never a user key or Telegram id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from bot import timegrain
from bot.storage.db import Database


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    subject: str
    detail: str


class AuditLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def record(self, actor: str, action: str, subject: str = "", detail: str = "") -> None:
        await self.db.execute(
            "INSERT INTO audit_log(at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
            (timegrain.hour(datetime.now(UTC)), actor, action, subject, detail),
        )

    async def recent(self, limit: int = 50, action_prefix: str = "") -> list[AuditEntry]:
        rows = await self.db.fetchall(
            "SELECT id, at, actor, action, subject, detail FROM audit_log "
            "WHERE action LIKE ? ORDER BY id DESC LIMIT ?",
            (action_prefix + "%", limit),
        )
        return [AuditEntry(*tuple(r)) for r in rows]
