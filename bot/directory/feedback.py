"""Anonymous feedback on services, and notices for moderators when several people report a
service closed during its listed hours.

What is stored is a count per service, kind and day: no person, no chat, no time of day.
To count *people* rather than presses, each (person, service, kind) is remembered for the
window in memory only, as a truncated hash of the person's keyed id: it never reaches the
database, the logs, or survives a restart.
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.directory.hours import utc_now
from bot.i18n import N_
from bot.storage.directory import DirectoryRepo, FeedbackTotal, FlagRecord

log = logging.getLogger(__name__)

KINDS: dict[str, str] = {
    "helpful": N_("It was helpful"),
    "judgmental": N_("Staff were judgmental"),
    "closed": N_("Closed when listed open"),
    "out_of_supplies": N_("Out of supplies"),
}
# Kinds that, reported by several people within the window, ask moderators to check.
FLAGGED_KINDS = ("closed",)
FLAG_THRESHOLD = 3
WINDOW = timedelta(days=14)
RETENTION = timedelta(days=400)
MAX_REMEMBERED = 200_000


@dataclass(frozen=True)
class Flag:
    """A notice for moderators: ``reports`` people said ``kind`` about a service recently."""

    service_id: str
    kind: str
    reports: int
    window_days: int


@dataclass(frozen=True)
class Recorded:
    counted: bool  # False: this person already said this about this service recently
    flag: Flag | None = None


class Feedback:
    def __init__(
        self,
        repo: DirectoryRepo,
        clock=utc_now,
        threshold: int = FLAG_THRESHOLD,
        window: timedelta = WINDOW,
    ) -> None:
        self.repo = repo
        self.clock = clock
        self.threshold = threshold
        self.window = window
        self._recent: OrderedDict[bytes, datetime] = OrderedDict()

    def _seen(self, person_key: bytes, service_id: str, kind: str, now: datetime) -> bool:
        """Whether this person gave this feedback on this service within the window (memory only)."""
        token = hashlib.sha256(
            b"feedback|" + person_key + b"|" + service_id.encode() + b"|" + kind.encode()
        ).digest()[:12]
        # drop what has aged out (oldest first)
        while self._recent:
            at = next(iter(self._recent.values()))
            if now - at < self.window and len(self._recent) < MAX_REMEMBERED:
                break
            self._recent.popitem(last=False)
        if token in self._recent:
            return True
        self._recent[token] = now
        return False

    async def record(self, person_key: bytes, service_id: str, kind: str) -> Recorded:
        if kind not in KINDS:
            raise ValueError(f"unknown feedback kind {kind!r}")
        now = self.clock()
        if self._seen(person_key, service_id, kind, now):
            return Recorded(False)
        await self.repo.add_feedback(service_id, kind, now.date().isoformat())
        log.info("Service feedback recorded (kind %s)", kind)
        if kind not in FLAGGED_KINDS:
            return Recorded(True)
        since = now - self.window
        reports = await self.repo.count_since(service_id, kind, since.date().isoformat())
        if reports < self.threshold:
            return Recorded(True)
        last = await self.repo.last_flag(service_id, kind)
        if last is not None and last >= since.isoformat(timespec="seconds"):
            return Recorded(True)
        await self.repo.add_flag(service_id, kind, now.isoformat(timespec="seconds"), reports)
        log.info("Service flagged for moderators after %d reports (kind %s)", reports, kind)
        return Recorded(True, Flag(service_id, kind, reports, self.window.days))

    async def totals(self, since: datetime | None = None) -> list[FeedbackTotal]:
        return await self.repo.totals(since.date().isoformat() if since else "")

    async def flags(self, since: datetime | None = None) -> list[FlagRecord]:
        return await self.repo.flags(since.isoformat(timespec="seconds") if since else "")

    async def purge(self, now: datetime) -> int:
        return await self.repo.purge_before((now - RETENTION).date().isoformat())
