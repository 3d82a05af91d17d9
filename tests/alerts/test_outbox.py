"""The outbox: rows written in the approval transaction, once per person, in priority order."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.alerts.model import Alert
from bot.alerts.outbox import (
    PRIORITY,
    RETENTION_RULE,
    alert_from_snapshot,
    delivery_counts,
    enqueue,
    purge_rule,
    snapshot_json,
)
from bot.config import CoreSettings, Settings
from bot.container import Services
from bot.directory.regions import Regions
from bot.storage.alerts import AlertsRepo
from bot.storage.outbox import OutboxRepo, Outcomes

ROOT = Path(__file__).resolve().parents[2]
SECRET = "test-secret-key-which-is-long-enough-0123456789"
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
async def services(tmp_path: Path) -> AsyncIterator[Services]:
    settings = Settings(
        core=CoreSettings(
            token="123456789:AAH-test-token-0123456789abcdefghijklm",
            database=tmp_path / "hrbot.sqlite3",
            secret_key=SECRET,
        )
    )
    services = await Services.create(settings)
    try:
        yield services
    finally:
        await services.close()


@pytest.fixture(scope="module")
def regions() -> Regions:
    return Regions.load(ROOT / "content" / "regions.yaml")


def make_alert(
    severity: str = "warning", region_id: str = "ua-lviv-oblast-lviv", **extra: object
) -> Alert:
    alert = Alert(
        id=None,
        state="approved",
        severity=severity,
        region_id=region_id,
        sold_as="heroin",
        sold_as_free=False,
        found=["nitazenes"],
        found_free="",
        evidence="lab",
        appearance="",
        effects="",
        advice=["carry-naloxone"],
        advice_free="",
        photo_file_id=None,
        created_at=NOW,
        expires_at=NOW + timedelta(days=7),
    )
    for name, value in extra.items():
        setattr(alert, name, value)
    return alert


async def subscribe(
    services: Services, telegram_id: int, region_id: str, language: str = "en"
) -> bytes:
    key = services.keyring.user_key(telegram_id)
    sealed = services.keyring.seal_chat(telegram_id, "alerts")
    await AlertsRepo(services.db).subscribe(key, region_id, sealed, language, NOW)
    return key


async def store(services: Services, alert: Alert) -> Alert:
    await AlertsRepo(services.db).insert_alert(alert, None, "peer")
    return alert


async def queue(services: Services, alert: Alert, kind: str, regions: list[str]) -> int:
    async with services.db.transaction() as conn:
        return await enqueue(conn, alert, kind, regions)


async def rows(services: Services, alert_id: int, kind: str = "alert") -> list[tuple]:
    return [
        tuple(r)
        for r in await services.db.fetchall(
            "SELECT user_key, language, priority, state, sealed_chat FROM outbox "
            "WHERE alert_id = ? AND kind = ? ORDER BY id",
            (alert_id, kind),
        )
    ]


async def test_recipients_are_the_region_and_every_region_above_once_each(
    services: Services, regions: Regions
) -> None:
    city = await subscribe(services, 1, "ua-lviv-oblast-lviv", "uk")
    oblast = await subscribe(services, 2, "ua-lviv-oblast", "ru")
    country = await subscribe(services, 3, "ua", "es")
    both = await subscribe(services, 4, "ua")
    await subscribe(services, 4, "ua-lviv-oblast-lviv")  # the same person twice: one row
    await subscribe(services, 5, "ua-odesa-oblast")  # a sibling region: not a recipient
    await subscribe(services, 6, "es")  # another country: not a recipient
    alert = await store(services, make_alert())
    ancestry = [r.id for r in regions.ancestors(alert.region_id)]
    assert ancestry == ["ua-lviv-oblast-lviv", "ua-lviv-oblast", "ua"]

    assert await queue(services, alert, "alert", ancestry) == 4
    got = await rows(services, alert.id)
    assert sorted(r[0] for r in got) == sorted([city, oblast, country, both])
    assert {r[0]: r[1] for r in got}[oblast] == "ru"
    assert {r[3] for r in got} == {"pending"}
    assert {r[2] for r in got} == {PRIORITY["warning"]}
    # Chat ids only sealed, and openable by the sender.
    opened = {services.keyring.open_chat(r[4], "alerts") for r in got}
    assert opened == {1, 2, 3, 4}

    # Idempotent: approving twice (or a retried transaction) adds nothing.
    assert await queue(services, alert, "alert", ancestry) == 0
    assert len(await rows(services, alert.id)) == 4
    progress = await delivery_counts(services.db, alert.id)
    assert (progress.sent, progress.failed, progress.left, progress.total) == (0, 0, 4, 4)


async def test_an_alert_for_a_country_does_not_reach_its_cities(
    services: Services, regions: Regions
) -> None:
    await subscribe(services, 1, "ua-kyiv-city")
    country = await subscribe(services, 2, "ua")
    alert = await store(services, make_alert(region_id="ua"))
    await queue(services, alert, "alert", [r.id for r in regions.ancestors("ua")])
    assert [r[0] for r in await rows(services, alert.id)] == [country]


async def test_rows_roll_back_with_the_approval(services: Services) -> None:
    await subscribe(services, 1, "ua")
    alert = await store(services, make_alert())
    with pytest.raises(RuntimeError):
        async with services.db.transaction() as conn:
            await enqueue(conn, alert, "alert", ["ua"])
            raise RuntimeError("the approval failed after queueing")
    assert await rows(services, alert.id) == []


async def test_warnings_are_claimed_before_anything_queued_earlier(services: Services) -> None:
    for i in range(5):
        await subscribe(services, 100 + i, "ua")
    info = await store(services, make_alert("information"))
    caution = await store(services, make_alert("caution"))
    warning = await store(services, make_alert("warning"))
    for alert in (info, caution, warning):  # queued in this order
        await queue(services, alert, "alert", ["ua"])
    repo = OutboxRepo(services.db)
    claimed = await repo.claim(7, time.time(), time.time() + 60)
    assert [r.alert_id for r in claimed] == [warning.id] * 5 + [caution.id] * 2
    assert all(r.attempts == 1 for r in claimed)
    # Released rows come back unchanged (no attempt counted).
    await repo.release([(r.id, 0.0) for r in claimed])
    again = await repo.claim(100, time.time(), time.time() + 60)
    assert len(again) == 15 and all(r.attempts == 1 for r in again)
    # Rows left 'sending' by a crash are due again after release_in_flight.
    assert await repo.claim(100, time.time(), time.time() + 60) == []
    assert await repo.release_in_flight() == 15
    assert len(await repo.claim(100, time.time(), time.time() + 60)) == 15


async def test_corrections_and_retractions_reach_those_who_got_the_original(
    services: Services,
) -> None:
    keys = [await subscribe(services, 200 + i, "ua") for i in range(4)]
    alert = await store(services, make_alert())
    await queue(services, alert, "alert", ["ua"])
    repo = OutboxRepo(services.db)
    claimed = await repo.claim(3, time.time(), time.time() + 60)
    outcomes = Outcomes(sent=[(claimed[0].id, 11), (claimed[1].id, 12)])
    outcomes.dropped.append((claimed[2].id, claimed[2].user_key))
    await repo.record(outcomes)
    # The dropped person's subscriptions are gone.
    left = await services.db.fetchall("SELECT user_key FROM subscriptions")
    assert claimed[2].user_key not in {bytes(r[0]) for r in left}

    alert.version, alert.correction = 2, "It was nitazenes"
    await AlertsRepo(services.db).update_alert(alert)
    assert await queue(services, alert, "correction", ["ua"]) == 2
    corrections = await rows(services, alert.id, "correction")
    assert {r[0] for r in corrections} == {claimed[0].user_key, claimed[1].user_key}
    assert await queue(services, alert, "correction", ["ua"]) == 0
    # The queued original (4th person) now renders the corrected version.
    version, snapshot = await repo.snapshot(alert.id)
    assert version == 2 and alert_from_snapshot(snapshot).correction == "It was nitazenes"

    assert await queue(services, alert, "retraction", ["ua"]) == 2
    counts = await repo.counts(alert.id)
    # The unsent original and the unsent corrections were cancelled by the retraction.
    assert counts["cancelled"] == 1 + 2
    assert counts["pending"] == 2
    assert keys  # four subscribers were set up


async def test_forget_erases_deliveries(services: Services) -> None:
    key = await subscribe(services, 300, "ua")
    alert = await store(services, make_alert())
    await queue(services, alert, "alert", ["ua"])
    assert len(await rows(services, alert.id)) == 1
    await services.people.repo.forget(key)
    assert await rows(services, alert.id) == []


async def test_retention_removes_deliveries_30_days_after_expiry(services: Services) -> None:
    await subscribe(services, 400, "ua")
    alert = await store(services, make_alert())
    await queue(services, alert, "alert", ["ua"])
    repo = OutboxRepo(services.db)
    claimed = await repo.claim(10, time.time(), time.time() + 60)
    await repo.record(Outcomes(sent=[(claimed[0].id, 5)]))
    purge = purge_rule(services.db)
    assert await purge(alert.expires_at + timedelta(days=29)) == 0
    assert await purge(alert.expires_at + timedelta(days=31)) == 1
    assert await rows(services, alert.id) == []
    assert await repo.snapshot(alert.id) is None
    assert RETENTION_RULE == "alert deliveries"


async def test_bad_input_is_refused(services: Services) -> None:
    alert = make_alert()
    async with services.db.transaction() as conn:
        with pytest.raises(ValueError):
            await enqueue(conn, alert, "alert", ["ua"])  # not stored yet
    await store(services, alert)
    async with services.db.transaction() as conn:
        with pytest.raises(ValueError):
            await enqueue(conn, alert, "broadcast", ["ua"])
        assert await enqueue(conn, alert, "alert", []) == 0


def test_snapshot_round_trip() -> None:
    alert = make_alert(found_free="«quoted» & <b>", advice_free="x", photo_file_id="AgAD")
    alert.id = 3
    again = alert_from_snapshot(snapshot_json(alert))
    assert again == alert
