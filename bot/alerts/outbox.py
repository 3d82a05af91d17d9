"""Queueing alert deliveries: one outbox row per recipient, written in the approval transaction.

``enqueue(conn, alert, kind, recipients_regions)`` is called by the review flow inside
``async with db.transaction() as conn`` right where it approves (or corrects, or retracts) an
alert, so an approved alert always has its deliveries and a crash cannot lose them. The paced
sender (``bot.alerts.sender``) then works through the rows.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta

import aiosqlite

from bot.alerts.channels import AlertChannel, channel_targets
from bot.alerts.model import Alert, AlertState, DeliveryKind, Severity
from bot.storage.channels import ChannelRepo, enqueue_channels_in
from bot.storage.db import Database
from bot.storage.outbox import LEFT_STATES, DeliveryState, OutboxRepo, enqueue_in

KINDS = tuple(DeliveryKind)
# Lower is sent first: warnings go ahead of anything else queued.
PRIORITY = {"warning": 0, "caution": 1, "information": 2}
# Delivery rows (keyed person, sealed chat, message number) are kept this long after the alert
# expires, so corrections and retractions reach the same people; then they are deleted.
RETENTION_WINDOW = timedelta(days=30)
RETENTION_RULE = "alert deliveries"
# The purposes subscriptions' chat ids may be sealed under, tried in order when opening:
# "alerts" is what bot.alerts.subscriptions uses; "private-chat" is People.grant's.
CHAT_PURPOSES = ("alerts", "private-chat", "chat")


def iso(when: datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds")


def snapshot_json(alert: Alert) -> str:
    """The alert's card fields as JSON (the model has no personal data: no reporter)."""
    data = asdict(alert)
    data["created_at"] = iso(alert.created_at)
    data["expires_at"] = iso(alert.expires_at)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def alert_from_snapshot(text: str) -> Alert:
    data = json.loads(text)
    for name in ("created_at", "expires_at"):
        when = datetime.fromisoformat(data[name])
        data[name] = when if when.tzinfo else when.replace(tzinfo=UTC)
    data["found"] = list(data.get("found") or [])
    data["advice"] = list(data.get("advice") or [])
    data["state"] = AlertState(data["state"])
    data["severity"] = Severity(data["severity"])
    return Alert(**data)


async def enqueue(
    conn: aiosqlite.Connection, alert: Alert, kind: DeliveryKind, recipients_regions: list[str]
) -> int:
    """Queue ``alert`` (``kind``: alert | correction | retraction) inside the caller's transaction.

    ``alert``: one row per subscriber of any region in ``recipients_regions`` (the alert's
    region and its ancestors), once per person, in the subscription's language; calling it again
    adds nothing. ``correction``/``retraction``: one row per person whose original was sent (or
    is in flight), replying to it. Returns the number of rows added.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown delivery kind {kind!r}")
    if alert.id is None:
        raise ValueError("the alert must be stored (have an id) before it is queued")
    return await enqueue_in(
        conn,
        alert_id=int(alert.id),
        kind=kind,
        version=int(alert.version),
        priority=PRIORITY.get(alert.severity, 2),
        region_ids=list(recipients_regions),
        snapshot=snapshot_json(alert),
        expires_at=iso(alert.expires_at),
        now=time.time(),
    )


async def enqueue_channels(
    conn: aiosqlite.Connection,
    alert: Alert,
    kind: DeliveryKind,
    recipients_regions: list[str],
    channels: tuple[AlertChannel, ...],
) -> int:
    """Queue the public channels' post (``alert``) or its edit (``correction``/``retraction``)
    inside the caller's transaction, after ``enqueue`` (which stores the snapshot rendered).

    A post goes to every configured channel of a region in ``recipients_regions``; an edit to
    every channel whose post was sent or is in flight. Returns the rows added.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown delivery kind {kind!r}")
    if alert.id is None:
        raise ValueError("the alert must be stored (have an id) before it is queued")
    targets = channel_targets(channels, recipients_regions) if kind == DeliveryKind.ALERT else []
    if kind == DeliveryKind.ALERT and not targets:
        return 0
    return await enqueue_channels_in(
        conn,
        alert_id=int(alert.id),
        kind=kind,
        version=int(alert.version),
        targets=targets,
        expires_at=iso(alert.expires_at),
        now=time.time(),
    )


@dataclass(frozen=True)
class Progress:
    """Delivery counts of one alert (all its kinds, or one run), with an estimate of time left."""

    sent: int
    failed: int  # failed for good, or the person blocked the bot
    left: int  # queued or in flight
    eta_seconds: float | None = None
    cancelled: int = 0

    @property
    def total(self) -> int:
        return self.sent + self.failed + self.left

    @property
    def done(self) -> bool:
        return self.left == 0


def progress_from_counts(counts: dict[str, int], eta_seconds: float | None = None) -> Progress:
    return Progress(
        sent=counts.get(DeliveryState.SENT, 0),
        failed=counts.get(DeliveryState.FAILED, 0) + counts.get(DeliveryState.DROPPED, 0),
        left=sum(counts.get(state, 0) for state in LEFT_STATES),
        eta_seconds=eta_seconds,
        cancelled=counts.get(DeliveryState.CANCELLED, 0),
    )


async def delivery_counts(
    db: Database, alert_id: int, kind: str | None = None, version: int | None = None
) -> Progress:
    """Counts for ``hrbot alerts list`` and menus (no estimate: the sender may not run here)."""
    return progress_from_counts(await OutboxRepo(db).counts(alert_id, kind, version))


def purge_rule(db: Database):
    """The Retention purge: deliveries of alerts that expired more than 30 days ago."""
    repo = OutboxRepo(db)
    channels = ChannelRepo(db)

    async def purge(now: datetime) -> int:
        before = iso(now - RETENTION_WINDOW)
        return await channels.purge(before) + await repo.purge(before)

    return purge
