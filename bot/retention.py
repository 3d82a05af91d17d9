"""Retention enforced by code: each feature declares what it keeps and for how long.

A rule is a name, a window and an async ``purge(now)`` that deletes what has outlived the
window and returns how many rows went. ``Retention.run`` runs all of them (the bot does so
periodically, and at start); ``/privacy`` and the README describe the same windows.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

log = logging.getLogger(__name__)

PurgeFn = Callable[[datetime], Awaitable[int]]


@dataclass(frozen=True)
class RetentionRule:
    name: str
    window: timedelta
    purge: PurgeFn


class Retention:
    def __init__(self, after_purge: Callable[[], Awaitable[object]] | None = None) -> None:
        self.rules: list[RetentionRule] = []
        # Run when something was deleted: the database's WAL checkpoint, so purged rows leave
        # the -wal file too instead of waiting for SQLite's automatic checkpoint.
        self.after_purge = after_purge

    def add(self, name: str, window: timedelta, purge: PurgeFn) -> None:
        self.rules.append(RetentionRule(name, window, purge))

    async def run(self, now: datetime | None = None) -> dict[str, int]:
        now = now or datetime.now(UTC)
        removed: dict[str, int] = {}
        for rule in self.rules:
            try:
                removed[rule.name] = await rule.purge(now)
            except Exception:
                log.exception("Retention rule %s failed; it will run again next time", rule.name)
        total = sum(removed.values())
        if total:
            log.info("Retention purge removed %d row(s): %s", total, removed)
            if self.after_purge is not None:
                try:
                    await self.after_purge()
                except Exception:
                    log.exception("The checkpoint after the retention purge failed")
        return removed
