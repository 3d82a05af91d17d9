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
from enum import StrEnum
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
    AlertState,
    DeliveryKind,
    Severity,
)
from bot.alerts.reports import EXPIRY_CHOICES, check_text
from bot.people import Person
from bot.storage.alerts import AlertsRepo, iso
from bot.storage.people import this_month

if TYPE_CHECKING:
    from bot.directory.regions import Regions

log = logging.getLogger(__name__)

# Fields a moderator can change before approving, or in a correction.
TEXT_FIELDS = ("sold_as", "found_free", "appearance", "effects", "advice_free")
ENDED_ALERTS_KEPT = timedelta(days=180)

Enqueue = Callable[[Any, Alert, DeliveryKind, list[str]], Awaitable[int]]


class DeliveryUnavailable(RuntimeError):
    """The outbox is not installed, so nothing can be approved (nothing would be delivered)."""


class InvalidChange(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Outcome(StrEnum):
    """What a moderator's action did (a ``StrEnum``: it equals its text in logs and tests)."""

    APPROVED = "approved"  # the last needed approval: queued for delivery
    RECORDED = "recorded"  # an approval (or a confirmation), more needed
    REQUESTED = "requested"  # a correction or withdrawal waits for another moderator
    REJECTED = "rejected"
    CORRECTED = "corrected"
    RETRACTED = "retracted"
    EDITED = "edited"
    # why nothing happened
    NOT_ALLOWED = "not-allowed"
    MISSING = "missing"
    NOT_PENDING = "not-pending"
    NOT_APPROVED = "not-approved"
    OWN = "own"  # the moderator's own report
    ALREADY = "already"  # this moderator already approved or confirmed


@dataclass(frozen=True)
class Decision:
    """What a moderator's action did: its ``Outcome``, and the alert as it is now."""

    outcome: Outcome
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


def apply_change(alert: Alert, field_name: str, value: str, now: datetime | None = None) -> None:  # noqa: C901 - one branch per editable field; split when next changed
    """Change one field of ``alert`` in place, validated; raises InvalidChange(reason)."""
    now = now or datetime.now(UTC)
    if field_name == "severity":
        if value not in SEVERITIES:
            raise InvalidChange("value")
        alert.severity = Severity(value)
    elif field_name == "evidence":
        if value not in EVIDENCE:
            raise InvalidChange("value")
        alert.evidence = value
    elif field_name == "advice":  # toggle one code
        if value not in ADVICE:
            raise InvalidChange("value")
        advice = (
            [a for a in alert.advice if a != value]
            if value in alert.advice
            else [*alert.advice, value]
        )
        alert.advice = sorted(advice, key=ADVICE.index)
    elif field_name == "found":  # toggle one code
        if value not in SUBSTANCES:
            raise InvalidChange("value")
        found = (
            [f for f in alert.found if f != value]
            if value in alert.found
            else [*alert.found, value]
        )
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
        signs = (
            [c for c in alert.signs if c != value]
            if value in alert.signs
            else [*alert.signs, value]
        )
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

    async def approve(
        self, alert_id: int, moderator: Person, now: datetime | None = None
    ) -> Decision:
        now = now or datetime.now(UTC)
        if not self._allowed(moderator):
            return Decision(Outcome.NOT_ALLOWED)
        enqueue = self.enqueue  # fail before anything is written if delivery is missing
        reporter_key, _, _ = await self.repo.reporter(alert_id)
        name = moderator.pseudonym or "?"
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            if alert is None:
                return Decision(Outcome.MISSING)
            needed = self.needed(alert.severity)
            if alert.state != AlertState.PENDING:
                return Decision(Outcome.NOT_PENDING, alert, needed=needed)
            if reporter_key is not None and reporter_key == moderator.key:
                return Decision(Outcome.OWN, alert, needed=needed)
            if not await self.repo.add_approval_in(conn, alert_id, moderator.key, name, now):
                count = await self.repo.approval_count_in(conn, alert_id)
                return Decision(Outcome.ALREADY, alert, count, needed)
            count = await self.repo.approval_count_in(conn, alert_id)
            if count < needed:
                await self.repo.audit_in(
                    conn, name, "alert.approve", f"#{alert_id}", f"{count} of {needed}", now
                )
                return Decision(Outcome.RECORDED, alert, count, needed)
            await self.repo.set_state_in(
                conn, alert_id, AlertState.APPROVED, now, [AlertState.PENDING]
            )
            alert.state = AlertState.APPROVED
            regions = self.recipient_regions(alert.region_id)
            queued = await enqueue(conn, alert, DeliveryKind.ALERT, regions)
            await self._channels_in(conn, alert, DeliveryKind.ALERT, regions)
            await self.repo.audit_in(
                conn,
                name,
                "alert.approve",
                f"#{alert_id}",
                f"{count} of {needed}; approved; {queued} queued",
                now,
            )
        self.wake()
        return Decision(Outcome.APPROVED, alert, count, needed, queued)

    async def reject(
        self, alert_id: int, moderator: Person, reason: str, now: datetime | None = None
    ) -> Decision:
        now = now or datetime.now(UTC)
        if not self._allowed(moderator):
            return Decision(Outcome.NOT_ALLOWED)
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            if alert is None:
                return Decision(Outcome.MISSING)
            if not await self.repo.set_state_in(
                conn, alert_id, AlertState.REJECTED, now, [AlertState.PENDING]
            ):
                return Decision(Outcome.NOT_PENDING, alert)
            alert.state = AlertState.REJECTED
            await self.repo.audit_in(
                conn, moderator.pseudonym or "?", "alert.reject", f"#{alert_id}", reason, now
            )
        return Decision(Outcome.REJECTED, alert)

    async def edit(self, alert_id: int, moderator: Person, field_name: str, value: str) -> Decision:
        """Change a pending alert before approval. Earlier approvals no longer count."""
        now = datetime.now(UTC)
        if not self._allowed(moderator):
            return Decision(Outcome.NOT_ALLOWED)
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            if alert is None:
                return Decision(Outcome.MISSING)
            if alert.state != AlertState.PENDING:
                return Decision(Outcome.NOT_PENDING, alert)
            apply_change(alert, field_name, value, now)
            await self.repo.update_alert_in(conn, alert)
            cleared = await self.repo.clear_approvals_in(conn, alert_id)
            detail = field_name + ("; earlier approvals cleared" if cleared else "")
            await self.repo.audit_in(
                conn, moderator.pseudonym or "?", "alert.edit", f"#{alert_id}", detail, now
            )
        return Decision(Outcome.EDITED, alert, 0, self.needed(alert.severity))

    async def translate(
        self, alert_id: int, moderator: Person, field_name: str, lang: str, text: str
    ) -> Decision:
        """Add a moderator's translation of a pending report's free text (``edited``), checked
        like any typed text. Approvals stand: the original is unchanged and shown beside it."""
        if not self._allowed(moderator):
            return Decision(Outcome.NOT_ALLOWED)
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
                return Decision(Outcome.MISSING)
            if alert.state != AlertState.PENDING:
                return Decision(Outcome.NOT_PENDING, alert)
            if not alert.free_text(field_name).strip():
                raise InvalidChange("field")
            alert.texts.setdefault(field_name, {})[lang] = text
            await self.repo.update_alert_in(conn, alert)
            await self.repo.audit_in(
                conn,
                moderator.pseudonym or "?",
                "alert.translate",
                f"#{alert_id}",
                f"{field_name} -> {lang}",
                now,
            )
        return Decision(Outcome.EDITED, alert, 0, self.needed(alert.severity))

    async def reader_languages(self, region_id: str) -> dict[str, int]:
        """Language -> people who would receive an alert in ``region_id`` in it."""
        return await self.repo.reader_languages(self.recipient_regions(region_id))

    async def correct(
        self,
        alert_id: int,
        moderator: Person,
        corrected: Alert,
        note: str,
        now: datetime | None = None,
        note_lang: str = "",
    ) -> Decision:
        """Publish a new version of an approved alert with a correction note to its recipients.

        A downgrade (lower urgency than was sent) of an alert that needed several approvals is
        only requested (``requested``): as many moderators must confirm it as approved it."""
        now = now or datetime.now(UTC)
        if not self._allowed(moderator):
            return Decision(Outcome.NOT_ALLOWED)
        problem = check_text(note, "correction")
        if problem:
            raise InvalidChange(problem)
        enqueue = self.enqueue
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            if alert is None:
                return Decision(Outcome.MISSING)
            if alert.state != AlertState.APPROVED:
                return Decision(Outcome.NOT_APPROVED, alert)
            updated = copy.deepcopy(corrected)
            updated.id, updated.state, updated.created_at = alert.id, alert.state, alert.created_at
            updated.region_id = alert.region_id  # recipients are those of the original
            updated.version = alert.version + 1
            updated.correction = note.strip()
            updated.correction_lang = note_lang
            updated.changes = changes_between(alert, updated)
            if corrected.correction.strip() != updated.correction:
                # The caller's translations (if any) were for another note.
                updated.texts.pop("correction", None)
            needed = self.needed(alert.severity)
            if needed > 1 and is_downgrade(alert, updated):
                return await self._request_in(
                    conn, alert, DeliveryKind.CORRECTION, updated, moderator, needed, now
                )
            queued = await self._publish_in(
                conn, updated, DeliveryKind.CORRECTION, moderator.pseudonym or "?", now, enqueue
            )
        self.wake()
        return Decision(Outcome.CORRECTED, updated, queued=queued)

    async def retract(
        self,
        alert_id: int,
        moderator: Person,
        note: str,
        now: datetime | None = None,
        note_lang: str = "",
        note_texts: dict[str, str] | None = None,
    ) -> Decision:
        """Withdraw an alert; everyone who received it is told.

        An alert that needed several approvals is only requested (``requested``) until as many
        moderators have confirmed: one moderator alone cannot take back a warning."""
        now = now or datetime.now(UTC)
        if not self._allowed(moderator):
            return Decision(Outcome.NOT_ALLOWED)
        note = note.strip()
        if note:
            problem = check_text(note, "correction")
            if problem:
                raise InvalidChange(problem)
        enqueue = self.enqueue
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            if alert is None:
                return Decision(Outcome.MISSING)
            if alert.state not in (AlertState.APPROVED, AlertState.EXPIRED):
                return Decision(Outcome.NOT_APPROVED, alert)
            withdrawn = copy.deepcopy(alert)
            withdrawn.state = AlertState.RETRACTED
            withdrawn.correction = note
            withdrawn.correction_lang = note_lang
            withdrawn.changes = {}
            withdrawn.texts.pop("correction", None)
            if note and note_texts:
                withdrawn.texts["correction"] = {
                    lang: text.strip() for lang, text in note_texts.items() if text.strip()
                }
            # A new version: the withdrawal note is new content (and delivery caches per version).
            withdrawn.version += 1
            needed = self.needed(alert.severity)
            if needed > 1:
                return await self._request_in(
                    conn, alert, DeliveryKind.RETRACTION, withdrawn, moderator, needed, now
                )
            queued = await self._publish_in(
                conn, withdrawn, DeliveryKind.RETRACTION, moderator.pseudonym or "?", now, enqueue
            )
        self.wake()
        return Decision(Outcome.RETRACTED, withdrawn, queued=queued)

    async def _channels_in(
        self, conn: Any, alert: Alert, kind: DeliveryKind, regions: list[str]
    ) -> None:
        """The region's public channels (HRBOT_ALERT_CHANNELS): a post, or an edit of it."""
        if not self.settings.channels and kind == DeliveryKind.ALERT:
            return
        from bot.alerts.outbox import enqueue_channels

        await enqueue_channels(conn, alert, kind, regions, self.settings.channels)

    async def _publish_in(
        self,
        conn: Any,
        updated: Alert,
        kind: DeliveryKind,
        actor: str,
        now: datetime,
        enqueue: Enqueue,
    ) -> int:
        # The caller has checked the state inside this same transaction, so this cannot miss.
        if kind == DeliveryKind.RETRACTION:
            await self.repo.set_state_in(
                conn,
                int(updated.id or 0),
                AlertState.RETRACTED,
                now,
                [AlertState.APPROVED, AlertState.EXPIRED],
            )
        await self.repo.update_alert_in(conn, updated)
        await conn.execute("DELETE FROM alert_requests WHERE alert_id = ?", (updated.id,))
        regions = self.recipient_regions(updated.region_id)
        queued = await enqueue(conn, updated, kind, regions)
        await self._channels_in(conn, updated, kind, regions)
        if kind == DeliveryKind.RETRACTION:
            await self.repo.audit_in(
                conn, actor, "alert.retract", f"#{updated.id}", f"{queued} queued", now
            )
        else:
            await self.repo.audit_in(
                conn,
                actor,
                "alert.correct",
                f"#{updated.id}",
                f"version {updated.version}; {queued} queued",
                now,
            )
        return queued

    async def _request_in(
        self,
        conn: Any,
        alert: Alert,
        kind: DeliveryKind,
        updated: Alert,
        moderator: Person,
        needed: int,
        now: datetime,
    ) -> Decision:
        """Record a change that needs more moderators, with this moderator's approval as the first."""
        from bot.alerts.outbox import snapshot_json

        name = moderator.pseudonym or "?"
        await conn.execute("DELETE FROM alert_requests WHERE alert_id = ?", (alert.id,))
        await conn.execute(
            "INSERT INTO alert_requests(alert_id, kind, snapshot, requested_by, requested_at) VALUES (?, ?, ?, ?, ?)",
            (alert.id, kind, snapshot_json(updated), name, iso(now)),
        )
        await self._approve_request_in(conn, int(alert.id or 0), moderator, now)
        await self.repo.audit_in(
            conn, name, f"alert.{kind}.request", f"#{alert.id}", f"1 of {needed}", now
        )
        return Decision(Outcome.REQUESTED, updated, 1, needed)

    async def _approve_request_in(
        self, conn: Any, alert_id: int, moderator: Person, now: datetime
    ) -> bool:
        await conn.execute(
            "INSERT INTO people(user_key, last_seen) VALUES (?, ?) ON CONFLICT DO NOTHING",
            (moderator.key, this_month()),
        )
        cur = await conn.execute(
            "INSERT INTO alert_request_approvals(alert_id, approver_key, pseudonym, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (alert_id, moderator.key, moderator.pseudonym or "?", iso(now)),
        )
        return cur.rowcount > 0

    async def pending_request(
        self, alert_id: int
    ) -> tuple[DeliveryKind, Alert, str, list[str]] | None:
        """(kind, the alert as it would be published, requested by, confirmed by) of a waiting change."""
        from bot.alerts.outbox import alert_from_snapshot

        row = await self.repo.db.fetchone(
            "SELECT kind, snapshot, requested_by FROM alert_requests WHERE alert_id = ?",
            (alert_id,),
        )
        if row is None:
            return None
        names = await self.repo.db.fetchall(
            "SELECT pseudonym FROM alert_request_approvals WHERE alert_id = ? ORDER BY at",
            (alert_id,),
        )
        return (
            DeliveryKind(row[0]),
            alert_from_snapshot(str(row[1])),
            str(row[2]),
            [str(n[0]) for n in names],
        )

    async def confirm_request(
        self, alert_id: int, moderator: Person, now: datetime | None = None
    ) -> Decision:
        """Another moderator confirms a waiting withdrawal or downgrade; the last needed one publishes it."""
        from bot.alerts.outbox import alert_from_snapshot

        now = now or datetime.now(UTC)
        if not self._allowed(moderator):
            return Decision(Outcome.NOT_ALLOWED)
        enqueue = self.enqueue
        async with self.repo.db.transaction() as conn:
            alert = await self.repo.get_alert_in(conn, alert_id)
            async with conn.execute(
                "SELECT kind, snapshot FROM alert_requests WHERE alert_id = ?", (alert_id,)
            ) as cur:
                row = await cur.fetchone()
            if alert is None or row is None:
                return Decision(Outcome.MISSING)
            kind, updated = DeliveryKind(row[0]), alert_from_snapshot(str(row[1]))
            needed = self.needed(alert.severity)
            if (
                alert.state
                not in (
                    (AlertState.APPROVED,)
                    if kind == DeliveryKind.CORRECTION
                    else (AlertState.APPROVED, AlertState.EXPIRED)
                )
                or updated.version != alert.version + 1
            ):
                await conn.execute("DELETE FROM alert_requests WHERE alert_id = ?", (alert_id,))
                return Decision(Outcome.NOT_APPROVED, alert)
            if not await self._approve_request_in(conn, alert_id, moderator, now):
                return Decision(Outcome.ALREADY, updated, needed=needed)
            async with conn.execute(
                "SELECT count(*) FROM alert_request_approvals WHERE alert_id = ?", (alert_id,)
            ) as cur:
                count = int((await cur.fetchone() or (0,))[0])
            name = moderator.pseudonym or "?"
            if count < needed:
                await self.repo.audit_in(
                    conn, name, f"alert.{kind}.confirm", f"#{alert_id}", f"{count} of {needed}", now
                )
                return Decision(Outcome.RECORDED, updated, count, needed)
            queued = await self._publish_in(conn, updated, kind, name, now, enqueue)
        self.wake()
        return Decision(
            Outcome.RETRACTED if kind == DeliveryKind.RETRACTION else Outcome.CORRECTED,
            updated,
            count,
            needed,
            queued,
        )

    async def cancel_request(self, alert_id: int, moderator: Person) -> bool:
        if not self._allowed(moderator):
            return False
        now = datetime.now(UTC)
        async with self.repo.db.transaction() as conn:
            cur = await conn.execute("DELETE FROM alert_requests WHERE alert_id = ?", (alert_id,))
            if cur.rowcount:
                await self.repo.audit_in(
                    conn,
                    moderator.pseudonym or "?",
                    "alert.request.cancel",
                    f"#{alert_id}",
                    "",
                    now,
                )
        return cur.rowcount > 0

    async def expire(self, now: datetime) -> int:
        """Mark approved alerts past their expiry date as expired (a Retention rule runs this)."""
        ids = await self.repo.expire_due(now)
        if ids:
            log.info("Marked %d alert(s) expired", len(ids))
        return len(ids)

    async def purge(self, now: datetime) -> int:
        """Delete alerts that ended (rejected, withdrawn, expired) more than 180 days ago."""
        return await self.repo.purge_ended(now - ENDED_ALERTS_KEPT)
