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
    def __init__(self) -> None:
        self.rules: list[RetentionRule] = []

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
        return removed
