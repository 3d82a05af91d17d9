"""Review and lifecycle: approving, editing, rejecting, correcting, retracting, expiring.

Decisions are made by moderators, recorded under their pseudonym in the audit log in the same
transaction as the decision. The approval that completes the count marks the alert approved
and queues one delivery per subscriber (``bot.alerts.outbox.enqueue``) in that same
transaction, so an approved alert is never left without its deliveries, even across a crash.
Corrections and retractions go through the same outbox to everyone who received the alert.
"""

from __future__ import annotations

import copy
import importlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.alerts.config import AlertSettings
from bot.alerts.model import (
    ADVICE,
    COLOURS,
    EVIDENCE,
    FORMS,
    IMPRINTS,
    SEVERITIES,
    SIGNS,
    SUBSTANCES,
    TRANSLATABLE,
    Alert,
)
from bot.alerts.reports import EXPIRY_CHOICES, check_text
from bot.people import Person
from bot.storage.alerts import AlertsRepo

if TYPE_CHECKING:
    from bot.directory.regions import Regions

log = logging.getLogger(__name__)

# Fields a moderator can change before approving, or in a correction.
TEXT_FIELDS = ("sold_as", "found_free", "appearance", "effects", "advice_free")
ENDED_ALERTS_KEPT = timedelta(days=180)

Enqueue = Callable[[Any, Alert, str, list[str]], Awaitable[int]]


class DeliveryUnavailable(RuntimeError):
    """The outbox is not installed, so nothing can be approved (nothing would be delivered)."""


class InvalidChange(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Decision:
    """What a moderator's action did.

    ``outcome``: ``approved`` (the last needed approval: queued for delivery), ``recorded``
    (an approval, more needed), ``rejected``, ``corrected``, ``retracted``, ``edited``, or why
    nothing happened: ``not-allowed``, ``missing``, ``not-pending``, ``not-approved``, ``own``,
    ``already``.
    """

    outcome: str
    alert: Alert | None = None
    approvals: int = 0
    needed: int = 0
    queued: int = 0


def load_enqueue() -> Enqueue | None:
    try:
        module = importlib.import_module("bot.alerts.outbox")
    except ImportError:
        return None
    return getattr(module, "enqueue", None)


def apply_change(alert: Alert, field_name: str, value: str, now: datetime | None = None) -> None:
    """Change one field of ``alert`` in place, validated; raises InvalidChange(reason)."""
    now = now or datetime.now(UTC)
    if field_name == "severity":
        if value not in SEVERITIES:
            raise InvalidChange("value")
        alert.severity = value
    elif field_name == "evidence":
        if value not in EVIDENCE:
            raise InvalidChange("value")
        alert.evidence = value
    elif field_name == "advice":  # toggle one code
        if value not in ADVICE:
            raise InvalidChange("value")
        advice = [a for a in alert.advice if a != value] if value in alert.advice else [*alert.advice, value]
        alert.advice = sorted(advice, key=ADVICE.index)
    elif field_name == "found":  # toggle one code
        if value not in SUBSTANCES:
            raise InvalidChange("value")
        found = [f for f in alert.found if f != value] if value in alert.found else [*alert.found, value]
        if not found and not alert.found_free:
            raise InvalidChange("nothing-found")
        alert.found = sorted(found, key=SUBSTANCES.index)
    elif field_name in ("form", "colour", "imprint"):  # choose one; the same again clears it
        table = {"form": FORMS, "colour": COLOURS, "imprint": IMPRINTS}[field_name]
        if value not in table:
            raise InvalidChange("value")
        setattr(alert, field_name, "" if getattr(alert, field_name) == value else value)
    elif field_name == "signs":  # toggle one code
        if value not in SIGNS:
            raise InvalidChange("value")
        signs = [c for c in alert.signs if c != value] if value in alert.signs else [*alert.signs, value]
        alert.signs = sorted(signs, key=SIGNS.index)
    elif field_name == "expiry":  # days from now
        try:
            days = int(value)
        except ValueError:
            raise InvalidChange("value") from None
        if days not in EXPIRY_CHOICES:
            raise InvalidChange("value")
        alert.expires_at = now.replace(microsecond=0) + timedelta(days=days)
    elif field_name in TEXT_FIELDS:
        text = value.strip()
        if text in ("", "-") and field_name == "sold_as":
            raise InvalidChange("empty")
        if text in ("", "-"):
            text = ""
        else:
            problem = check_text(text, field_name)
            if problem:
                raise InvalidChange(problem)
        alert.texts.pop(field_name, None)  # translations of the old text no longer apply
        if field_name == "sold_as":
            alert.sold_as, alert.sold_as_free = text, True
        elif field_name == "found_free":
            if not text and not alert.found:
                raise InvalidChange("nothing-found")
            alert.found_free = text
        else:
            setattr(alert, field_name, text)
    elif field_name == "photo" and value == "remove":
        alert.photo_file_id = None
    else:
        raise InvalidChange("field")


def changes_between(before: Alert, after: Alert) -> dict[str, object]:
    """What a correction changed: field -> the value it had (shown field by field on the card)."""
    changes: dict[str, object] = {}
    for name in ("severity", "evidence", "found_free", "appearance", "effects", "advice_free"):
        if getattr(before, name) != getattr(after, name):
            changes[name] = getattr(before, name)
    if (before.sold_as, before.sold_as_free) != (after.sold_as, after.sold_as_free):
        changes["sold_as"] = before.sold_as
    for name in ("found", "signs", "advice"):
        if list(getattr(before, name)) != list(getattr(after, name)):
            changes[name] = list(getattr(before, name))
    if (before.form, before.colour, before.imprint) != (after.form, after.colour, after.imprint):
        changes["look"] = [before.form, before.colour, before.imprint]
    if before.expires_at != after.expires_at:
        changes["expires_at"] = before.expires_at.isoformat()
    if before.photo_file_id and not after.photo_file_id:
        changes["photo"] = ""
    return changes


def is_downgrade(before: Alert, after: Alert) -> bool:
    """Lower urgency than what was sent (a withdrawal in all but name for the people warned)."""
    return SEVERITIES.index(after.severity) < SEVERITIES.index(before.severity)


class Review:
    def __init__(
        self,
        repo: AlertsRepo,
        settings: AlertSettings,
        regions: Callable[[], Regions | None],
        enqueue: Enqueue | None = None,
        wake: Callable[[], None] | None = None,
    ) -> None:
        self.repo = repo
        self.settings = settings
        self._regions = regions
        self._enqueue = enqueue
        self.wake = wake or (lambda: None)

    @property
    def enqueue(self) -> Enqueue:
        if self._enqueue is None:
            self._enqueue = load_enqueue()
        if self._enqueue is None:
            raise DeliveryUnavailable("bot.alerts.outbox.enqueue is not available")
        return self._enqueue

    def recipient_regions(self, region_id: str) -> list[str]:
        """The alert's region and every region above it."""
        regions = self._regions()
        chain = [r.id for r in regions.ancestors(region_id)] if regions is not None else []
        return chain or [region_id]

    def needed(self, severity: str) -> int:
        return self.settings.approvals_needed(severity)

    @staticmethod
    def _allowed(moderator: Person) -> bool:
        """Checked again here, whatever the caller checked: only moderators with a pseudonym decide."""
        return moderator.is_moderator and bool(moderator.pseudonym)

    async def approve(self, alert_id: int, moderator: Person, now: datetime | None = None) -> Decision:
        now = now or datetime.now(UTC)
        if not self._allowed(moderator):
            return Decision("not-allowed")
        enqueue = self.enqueue  # fail before anything is written if delivery is missing
        reporter_key, _, _ = await self.repo.reporter(alert_id)
        name = moderator.pseudonym or "?"
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            if alert is None:
                return Decision("missing")
            needed = self.needed(alert.severity)
            if alert.state != "pending":
                return Decision("not-pending", alert, needed=needed)
            if reporter_key is not None and reporter_key == moderator.key:
                return Decision("own", alert, needed=needed)
            if not await self.repo.add_approval_in(conn, alert_id, moderator.key, name, now):
                count = await self.repo.approval_count_in(conn, alert_id)
                return Decision("already", alert, count, needed)
            count = await self.repo.approval_count_in(conn, alert_id)
            if count < needed:
                await self.repo.audit_in(conn, name, "alert.approve", f"#{alert_id}", f"{count} of {needed}", now)
                return Decision("recorded", alert, count, needed)
            await self.repo.set_state_in(conn, alert_id, "approved", now, ["pending"])
            alert.state = "approved"
            queued = await enqueue(conn, alert, "alert", self.recipient_regions(alert.region_id))
            await self.repo.audit_in(
                conn, name, "alert.approve", f"#{alert_id}", f"{count} of {needed}; approved; {queued} queued", now
            )
        self.wake()
        return Decision("approved", alert, count, needed, queued)

    async def reject(self, alert_id: int, moderator: Person, reason: str, now: datetime | None = None) -> Decision:
        now = now or datetime.now(UTC)
        if not self._allowed(moderator):
            return Decision("not-allowed")
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            if alert is None:
                return Decision("missing")
            if not await self.repo.set_state_in(conn, alert_id, "rejected", now, ["pending"]):
                return Decision("not-pending", alert)
            alert.state = "rejected"
            await self.repo.audit_in(conn, moderator.pseudonym or "?", "alert.reject", f"#{alert_id}", reason, now)
        return Decision("rejected", alert)

    async def edit(self, alert_id: int, moderator: Person, field_name: str, value: str) -> Decision:
        """Change a pending alert before approval. Earlier approvals no longer count."""
        now = datetime.now(UTC)
        if not self._allowed(moderator):
            return Decision("not-allowed")
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            if alert is None:
                return Decision("missing")
            if alert.state != "pending":
                return Decision("not-pending", alert)
            apply_change(alert, field_name, value, now)
            await self.repo.update_alert_in(conn, alert)
            cleared = await self.repo.clear_approvals_in(conn, alert_id)
            detail = field_name + ("; earlier approvals cleared" if cleared else "")
            await self.repo.audit_in(conn, moderator.pseudonym or "?", "alert.edit", f"#{alert_id}", detail, now)
        return Decision("edited", alert, 0, self.needed(alert.severity))

    async def translate(self, alert_id: int, moderator: Person, field_name: str, lang: str, text: str) -> Decision:
        """Add a moderator's translation of a pending report's free text (``edited``), checked
        like any typed text. Approvals stand: the original is unchanged and shown beside it."""
        if not self._allowed(moderator):
            return Decision("not-allowed")
        if field_name not in TRANSLATABLE:
            raise InvalidChange("field")
        text = text.strip()
        problem = check_text(text, field_name)
        if problem:
            raise InvalidChange(problem)
        now = datetime.now(UTC)
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            if alert is None:
                return Decision("missing")
            if alert.state != "pending":
                return Decision("not-pending", alert)
            if not alert.free_text(field_name).strip():
                raise InvalidChange("field")
            alert.texts.setdefault(field_name, {})[lang] = text
            await self.repo.update_alert_in(conn, alert)
            await self.repo.audit_in(conn, moderator.pseudonym or "?", "alert.translate", f"#{alert_id}",
                                     f"{field_name} -> {lang}", now)
        return Decision("edited", alert, 0, self.needed(alert.severity))

    async def reader_languages(self, region_id: str) -> dict[str, int]:
        """Language -> people who would receive an alert in ``region_id`` in it."""
        return await self.repo.reader_languages(self.recipient_regions(region_id))

    async def correct(
        self, alert_id: int, moderator: Person, corrected: Alert, note: str, now: datetime | None = None,
        note_lang: str = "",
    ) -> Decision:
        """Publish a new version of an approved alert with a correction note to its recipients."""
        now = now or datetime.now(UTC)
        if not self._allowed(moderator):
            return Decision("not-allowed")
        problem = check_text(note, "correction")
        if problem:
            raise InvalidChange(problem)
        enqueue = self.enqueue
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            if alert is None:
                return Decision("missing")
            if alert.state != "approved":
                return Decision("not-approved", alert)
            updated = copy.deepcopy(corrected)
            updated.id, updated.state, updated.created_at = alert.id, alert.state, alert.created_at
            updated.region_id = alert.region_id  # recipients are those of the original
            updated.version = alert.version + 1
            updated.correction = note.strip()
            updated.correction_lang = note_lang
            updated.changes = changes_between(alert, updated)
            if updated.correction != alert.correction:
                updated.texts.pop("correction", None)
            await self.repo.update_alert_in(conn, updated)
            queued = await enqueue(conn, updated, "correction", self.recipient_regions(updated.region_id))
            await self.repo.audit_in(
                conn, moderator.pseudonym or "?", "alert.correct", f"#{alert_id}",
                f"version {updated.version}; {queued} queued", now,
            )
        self.wake()
        return Decision("corrected", updated, queued=queued)

    async def retract(
        self, alert_id: int, moderator: Person, note: str, now: datetime | None = None, note_lang: str = ""
    ) -> Decision:
        """Withdraw an alert; everyone who received it is told."""
        now = now or datetime.now(UTC)
        if not self._allowed(moderator):
            return Decision("not-allowed")
        note = note.strip()
        if note:
            problem = check_text(note, "correction")
            if problem:
                raise InvalidChange(problem)
        enqueue = self.enqueue
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            if alert is None:
                return Decision("missing")
            if not await self.repo.set_state_in(conn, alert_id, "retracted", now, ["approved", "expired"]):
                return Decision("not-approved", alert)
            alert.state = "retracted"
            alert.correction = note
            alert.correction_lang = note_lang
            alert.changes = {}
            alert.texts.pop("correction", None)
            # A new version: the withdrawal note is new content (and delivery caches per version).
            alert.version += 1
            await self.repo.update_alert_in(conn, alert)
            queued = await enqueue(conn, alert, "retraction", self.recipient_regions(alert.region_id))
            await self.repo.audit_in(
                conn, moderator.pseudonym or "?", "alert.retract", f"#{alert_id}", f"{queued} queued", now
            )
        self.wake()
        return Decision("retracted", alert, queued=queued)

    async def expire(self, now: datetime) -> int:
        """Mark approved alerts past their expiry date as expired (a Retention rule runs this)."""
        ids = await self.repo.expire_due(now)
        if ids:
            log.info("Marked %d alert(s) expired", len(ids))
        return len(ids)

    async def purge(self, now: datetime) -> int:
        """Delete alerts that ended (rejected, withdrawn, expired) more than 180 days ago."""
        return await self.repo.purge_ended(now - ENDED_ALERTS_KEPT)
