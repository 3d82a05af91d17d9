"""Lifecycle: corrections and withdrawals reach everyone who got the alert (as replies to it),
alerts expire, and `hrbot alerts list` / /moderate show state and delivery counts."""

from __future__ import annotations

import asyncio
import os
import secrets
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from tests.alerts.conftest import (
    alert_id_of,
    answer_to,
    buttons,
    press,
    press_answer,
    quiet,
    report_alert,
    review_for,
    say,
    send_note,
    subscribe_by_typing,
    subscribe_by_walking,
)
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def _approved_alert(harness: Harness, moderators, peer, **kwargs) -> int:
    river, _ = moderators
    alert_id = alert_id_of(await report_alert(harness, peer, severity="Caution", **kwargs))
    review = await review_for(river, alert_id)
    assert "Approved" in await press_answer(harness.api, river, review, "Approve")
    assert await harness.services.features.alerts.sender.wait_idle(10)
    return alert_id


def _cards(messages: list[dict]) -> list[dict]:
    return [m for m in messages if "📍" in (m.get("text") or m.get("caption") or "")]


async def test_correction_and_withdrawal_reach_every_recipient(
    relaxed: Harness, moderators, peer
) -> None:
    harness = relaxed
    api = harness.api
    river, _ = moderators
    city = api.add_user(language_code="uk")
    await subscribe_by_typing(harness, city, "uk", "Lviv", "ua-lviv-oblast-lviv")
    country = api.add_user(language_code="en")
    await subscribe_by_walking(harness, country, "en", ["ua"])
    alert_id = await _approved_alert(harness, moderators, peer)
    originals = {}
    for user in (city, country):
        cards = _cards(await quiet(user, 0.2))
        assert len(cards) == 1
        originals[user.id] = cards[0]["message_id"]

    listing = await say(api, river, "/moderate", expect="waiting for review first")
    assert f"#{alert_id}" in listing["text"] and "sent 2" in listing["text"]
    detail = await press(api, river, listing, f"#{alert_id}", exact=True)
    assert "Correct" in buttons(detail) and "Withdraw" in buttons(detail)
    menu = await press(api, river, detail, "Correct")
    assert "Correcting alert" in menu["text"]
    severities = await press(api, river, menu, "Severity")
    menu = await press(api, river, severities, "Warning")
    prompt = await press(api, river, menu, "Send the correction")
    assert "what changed" in prompt["text"]
    sent = await send_note(api, river, "Lab found xylazine too; now a warning.", "Correction sent")
    assert "2 people" in sent["text"]
    feature = harness.services.features.alerts
    alert = await feature.repo.get_alert(alert_id)
    assert (
        alert.version == 2
        and alert.severity == "warning"
        and alert.correction.startswith("Lab found")
    )
    assert await feature.sender.wait_idle(10)
    for user in (city, country):
        updates = await quiet(user, 0.3)
        replies = [
            m
            for m in updates
            if (m.get("reply_to_message") or {}).get("message_id") == originals[user.id]
        ]
        assert len(replies) == 1, updates
        assert "Lab found xylazine too" in (
            replies[0].get("text") or replies[0].get("caption") or ""
        )

    detail = await press(
        api,
        river,
        await say(api, river, "/moderate", expect="waiting for review first"),
        f"#{alert_id}",
        exact=True,
    )
    confirm = await press(api, river, detail, "Withdraw")
    assert "Withdraw alert" in confirm["text"]
    # The correction made it an urgent warning, and one moderator alone cannot take back a
    # warning: a second one confirms.
    harbour = moderators[1]
    await quiet(harbour, 0.2)
    await send_note(api, river, "It was a mix-up at the lab.", "Recorded, not sent yet")
    assert (await feature.repo.get_alert(alert_id)).state == "approved"
    request = next(
        m for m in await quiet(harbour, 0.5) if "asks to withdraw" in (m.get("text") or "")
    )
    done = await press_answer(api, harbour, request, "Confirm")
    assert "Withdrawn" in done and "2 people" in done
    assert (await feature.repo.get_alert(alert_id)).state == "retracted"
    assert await feature.sender.wait_idle(10)
    for user in (city, country):
        updates = await quiet(user, 0.3)
        replies = [
            m
            for m in updates
            if (m.get("reply_to_message") or {}).get("message_id") == originals[user.id]
        ]
        assert len(replies) == 1 and "mix-up" in replies[0]["text"], replies[0]["text"]
    audit = await harness.services.audit.recent(20, "alert.")
    assert {
        ("river", "alert.correct"),
        ("river", "alert.retraction.request"),
        ("harbour", "alert.retract"),
    } <= {(a.actor, a.action) for a in audit}
    # A withdrawn alert is no longer offered for correction.
    detail = await press(
        api,
        river,
        await say(api, river, "/moderate", expect="waiting for review first"),
        f"#{alert_id}",
        exact=True,
    )
    assert "Correct" not in buttons(detail)


async def test_alerts_expire_and_stop_showing_as_active(relaxed: Harness, moderators, peer) -> None:
    harness = relaxed
    api = harness.api
    user = api.add_user(language_code="en")
    await subscribe_by_typing(harness, user, "en", "Lviv", "ua-lviv-oblast-lviv")
    alert_id = await _approved_alert(harness, moderators, peer, expiry="1 day")
    feature = harness.services.features.alerts
    home = await say(api, user, "/alerts")
    assert "Active alerts (" in " ".join(buttons(home))
    active_before = len(
        await feature.subscriptions.active_alerts(harness.services.keyring.user_key(user.id))
    )
    alert = await feature.repo.get_alert(alert_id)
    assert timedelta(hours=23) < alert.expires_at - datetime.now(UTC) <= timedelta(days=1)
    # A day and a bit later the retention job marks it expired.
    removed = await harness.services.retention.run(datetime.now(UTC) + timedelta(days=1, minutes=1))
    assert removed["alert expiry"] >= 1
    assert (await feature.repo.get_alert(alert_id)).state == "expired"
    active_after = await feature.subscriptions.active_alerts(
        harness.services.keyring.user_key(user.id)
    )
    assert alert_id not in [a.id for a in active_after] and len(active_after) < active_before
    home = await say(api, user, "/alerts")
    assert f"Active alerts ({len(active_after)})" in buttons(home)
    # Showing it from an old list is refused: it is no longer active.
    old = harness.services.buttons.encode(user.id, "alv", alert_id)
    answer = await answer_to(api, lambda: user.press_data(home["message_id"], old))
    assert "no longer active" in answer


async def test_hrbot_alerts_list_shows_state_and_delivery(
    relaxed: Harness, moderators, peer
) -> None:
    harness = relaxed
    alert_id = await _approved_alert(harness, moderators, peer)
    await harness.services.db.checkpoint()
    env = {
        **os.environ,
        "HRBOT_DATABASE": str(harness.settings.core.database),
        "HRBOT_SECRET_KEY": secrets.token_urlsafe(48),
    }
    result = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "bot", "alerts", "list"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["id", "state", "severity"]
    row = next(line.split() for line in lines[1:] if line.split()[0] == str(alert_id))
    assert row[1] == "approved" and row[2] == "caution" and row[3] == "ua-lviv-oblast-lviv"
    assert row[-3:][0].isdigit()


async def test_retention_purges_what_has_outlived_its_window(
    relaxed: Harness, moderators, peer
) -> None:
    harness = relaxed
    feature = harness.services.features.alerts
    river, _ = moderators
    alert_id = alert_id_of(await report_alert(harness, peer, severity="Information"))
    review = await review_for(river, alert_id)
    reasons = await press(harness.api, river, review, "Reject")
    await press(harness.api, river, reasons, "Unclear")
    key = harness.services.keyring.user_key(peer.id)
    assert (
        await harness.services.db.fetchone(
            "SELECT count(*) FROM report_counts WHERE user_key = ?", (key,)
        )
    )[0]
    # Half a year later the rejected report is gone, and so are old daily counts.
    later = datetime.now(UTC) + timedelta(days=200)
    removed = await harness.services.retention.run(later)
    assert removed["ended alerts"] >= 1 and removed["alert report counts"] >= 1
    assert await feature.repo.get_alert(alert_id) is None
    assert (
        await harness.services.db.fetchone(
            "SELECT count(*) FROM report_counts WHERE user_key = ?", (key,)
        )
    )[0] == 0
