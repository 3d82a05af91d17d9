"""The alerts feature as one object: ``services.features.alerts``.

It holds the flow's parts (invites, subscriptions, reports, review) and, once the bot runs,
the outbox sender; the handlers reach everything through it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot.alerts import picture
from bot.alerts.config import AlertSettings
from bot.alerts.invites import Invites
from bot.alerts.model import Alert
from bot.alerts.reports import Reports
from bot.alerts.review import Review
from bot.alerts.review_posts import ReviewPosts
from bot.alerts.subscriptions import Subscriptions
from bot.storage.alerts import AlertsRepo

if TYPE_CHECKING:
    from bot.container import Services
    from bot.directory.regions import Regions

log = logging.getLogger(__name__)


class AlertsFeature:
    def __init__(
        self,
        services: Services,
        settings: AlertSettings | None = None,
        regions: Regions | None = None,
    ) -> None:
        self.services = services
        self.regions = regions  # the one region tree (bot.compose loads it); None: ids only
        self.settings = settings or services.settings.alerts
        picture.use_font_dir(self.settings.font_dir)
        self.repo = AlertsRepo(services.db)
        self.invites = Invites(
            self.repo, services.people, services.audit, self.settings.invite_hours
        )
        self.subscriptions = Subscriptions(self.repo, services.keyring, self.regions_or_none)
        self.reports = Reports(self.repo, services.audit, self.settings)
        self.review = Review(self.repo, self.settings, self.regions_or_none, wake=self.wake)
        self.posts = ReviewPosts(self.repo, services.keyring, services.people)
        self.sender: Any = None  # bot.alerts.sender.OutboxSender once the bot runs
        # Reminders about urgent reports that wait: the handlers set ``remind`` (it needs the bot).
        self.remind: Callable[[], Awaitable[None]] | None = None
        self._reminders: asyncio.Task[None] | None = None
        self._remind_wake = asyncio.Event()

    # -- reminders -------------------------------------------------------------------------------
    def start_reminders(self) -> None:
        if self._reminders is None:
            self._reminders = asyncio.create_task(
                self._remind_loop(), name="alert-review-reminders"
            )

    def poke_reminders(self) -> None:
        """Check for due reminders now (after a settings change, and in tests)."""
        self._remind_wake.set()

    async def _remind_loop(self) -> None:
        while True:
            # Often enough to keep to the interval, cheap when nothing waits (one indexed query).
            period = max(0.2, min(30.0, self.settings.review_reping_s / 4))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._remind_wake.wait(), period)
            self._remind_wake.clear()
            if self.remind is None:
                continue
            try:
                await self.remind()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the next round tries again
                log.warning(
                    "Reminding moderators of waiting reports failed (%s)", type(exc).__name__
                )

    # -- reading alerts (for the handlers, which do not use the repository) -----------------------
    async def alert(self, alert_id: int) -> Alert | None:
        return await self.repo.get_alert(alert_id)

    async def recent(self, limit: int = 200) -> list[Alert]:
        """The newest alerts in any state (/moderate)."""
        return await self.repo.list_alerts(limit=limit)

    async def pending_count(self) -> int:
        return await self.repo.pending_count()

    # -- regions ---------------------------------------------------------------------------------
    def regions_or_none(self) -> Regions | None:
        """The region tree given at construction (None when a tool built alerts without one)."""
        return self.regions

    def region_name(self, region_id: str, lang: str) -> str:
        """ "Lviv, Lviv Oblast, Ukraine" in ``lang`` (the id itself if unknown)."""
        return self.subscriptions.path(region_id, lang)

    # -- delivery ------------------------------------------------------------------------------
    def wake(self) -> None:
        if self.sender is not None:
            self.sender.wake()

    async def delivery(self, alert_id: int) -> Any:
        """Delivery counts of an alert (``sent``, ``failed``, ``left``), or None if unknown."""
        try:
            from bot.alerts.outbox import delivery_counts
        except ImportError:
            return None
        if self.sender is not None and hasattr(self.sender, "progress"):
            try:
                return await self.sender.progress(alert_id)
            except Exception:
                log.debug("progress() failed; using plain counts", exc_info=True)
        return await delivery_counts(self.services.db, alert_id)

    async def close(self) -> None:
        reminders, self._reminders = self._reminders, None
        if reminders is not None:
            reminders.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await reminders
        sender, self.sender = self.sender, None
        if sender is not None:
            await sender.stop()
