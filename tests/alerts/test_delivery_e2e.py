"""Delivery end to end: the real bot against the fake Bot API server with Telegram's flood
limits on. Two moderators approve a peer's warning with buttons; every subscriber of the region
and of the regions above it gets the card once, paced under the limit; the approving moderator
sees a progress message edited to the end; the bot is restarted mid-delivery and nobody is
skipped or served twice; a correction then reaches everyone as a reply to their card."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.clock import ScaledClock
from bot.handlers.base import FloodGate
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from bot.storage.alerts import AlertsRepo
from tests.alerts.conftest import (
    ALERT_CLOCK_SPEED,
    MODERATOR2_ID,
    alert_id_of,
    invited_peer,
    named_moderator,
    press_answer,
    report_alert,
    review_for,
)
from tests.conftest import MODERATOR_ID, TOKEN, Harness, make_settings, replace_core

LANGS = ("en", "ru", "uk", "es")
HEADLINES = {
    "en": "URGENT WARNING",
    "ru": "СРОЧНОЕ ПРЕДУПРЕЖДЕНИЕ",
    "uk": "ТЕРМІНОВЕ ПОПЕРЕДЖЕННЯ",
    "es": "AVISO URGENTE",
}


@pytest.fixture
async def limited(tmp_path) -> AsyncIterator[tuple[FakeBotAPI, Any, ScaledClock]]:
    """The fake server with Telegram's limits (30/s overall, 1/s per chat), the settings, and
    the clock its limits run on, ``ALERT_CLOCK_SPEED`` times faster (the bot's sender runs on it
    too)."""
    clock = ScaledClock(ALERT_CLOCK_SPEED)
    api = FakeBotAPI(token=TOKEN, rate_limits=True, clock=clock)
    await api.start()
    api.set_limits(global_rate=30, per_chat_rate=1, per_chat_burst=3)
    settings = replace_core(
        make_settings(tmp_path),
        moderators=frozenset({MODERATOR_ID, MODERATOR2_ID}),
        log_level="INFO",
        api_url=api.base_url,
    )
    try:
        yield api, settings, clock
    finally:
        await api.stop()


def cards(api: FakeBotAPI, chat_id: int) -> list[dict[str, Any]]:
    return [m for m in api.chat_messages(chat_id) if "📍" in (m.get("text") or "")]


async def add_subscribers(harness: Harness, count: int) -> list[tuple[int, str]]:
    """People subscribed to Lviv city, Lviv oblast or Ukraine, in four languages (through the
    storage layer, as /alerts stores them: keyed hash, chat sealed for alerts)."""
    services, api = harness.services, harness.api
    repo = AlertsRepo(services.db)
    regions = ("ua-lviv-oblast-lviv", "ua-lviv-oblast", "ua")
    people = []
    for i in range(count):
        lang = LANGS[i % 4]
        user = api.add_user(language_code=lang)
        await repo.subscribe(
            services.keyring.user_key(user.id),
            regions[i % 3],
            services.keyring.seal_chat(user.id, "alerts"),
            lang,
            datetime.now(UTC),
        )
        people.append((user.id, lang))
    # Someone elsewhere, who must not get it.
    other = api.add_user(language_code="en")
    await repo.subscribe(
        services.keyring.user_key(other.id),
        "es-madrid",
        services.keyring.seal_chat(other.id, "alerts"),
        "en",
        datetime.now(UTC),
    )
    people.append((other.id, "elsewhere"))
    return people


async def wait_until(predicate: Any, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "not reached in time"
        await asyncio.sleep(0.02)


async def test_approved_warning_reaches_everyone_once_paced_with_progress_across_a_restart(
    limited: tuple[FakeBotAPI, Any, ScaledClock],
) -> None:
    api, settings, clock = limited
    async with running_bot(settings, TOKEN) as app:
        app.bot_data.floodgate = FloodGate(rate=1000.0, burst=10_000)
        harness = Harness(app, api, settings)
        harness.services.features.alerts.sender.use_clock(clock)
        river = await named_moderator(harness, MODERATOR_ID, "river")
        harbour = await named_moderator(harness, MODERATOR2_ID, "harbour")
        peer = await invited_peer(harness, river, "sparrow")
        people = await add_subscribers(harness, 90)
        recipients = [(uid, lang) for uid, lang in people if lang != "elsewhere"]

        done = await report_alert(harness, peer, severity="Warning")
        alert_id = alert_id_of(done)
        await press_answer(api, river, await review_for(river, alert_id), "Approve")
        await asyncio.sleep(0.3)  # let the per-chat limit of the moderators' chats recover
        api.reset_stats()
        started = clock.monotonic()
        answer = await press_answer(api, harbour, await review_for(harbour, alert_id), "Approve")
        assert "Approved" in answer
        # Restart the bot a third of the way through the delivery.
        await wait_until(lambda: sum(len(cards(api, uid)) for uid, _ in recipients) >= 30, 15)
        first_part = clock.monotonic() - started

    async with running_bot(settings, TOKEN) as app:
        restarted = clock.monotonic()
        sender = app.bot_data.services.features.alerts.sender
        sender.use_clock(clock)
        assert await sender.wait_idle(20)
        # the delivery's own time on the shared clock, the restart left out
        elapsed = first_part + clock.monotonic() - restarted
        services = app.bot_data.services

        def progress() -> list[dict[str, Any]]:
            return [
                m
                for m in api.chat_messages(harbour.id)
                if "Delivering alert" in (m.get("text") or "")
            ]

        # the final progress edit comes with the next round (every 3 s)
        await wait_until(lambda: any("Finished in" in m["text"] for m in progress()), 10)

        for uid, lang in recipients:
            got = cards(api, uid)
            assert len(got) == 1, (uid, lang, len(got))
            assert HEADLINES[lang] in got[0]["text"]
        assert cards(api, people[-1][0]) == []
        # Paced under Telegram's 30/s: no subscriber's message met flood control, and it took
        # as long as 30/s takes. (The moderators' chats can: the review flow writes there too.)
        subscriber_ids = {uid for uid, _ in recipients}
        flooded = [
            c
            for c in api.calls
            if c.error_code == 429 and int(c.params.get("chat_id", 0)) in subscriber_ids
        ]
        assert flooded == []
        assert elapsed >= len(recipients) / 30.0 * 0.9

        # The approving moderator's progress message, edited until the end.
        status = progress()
        assert len(status) >= 1
        last = status[-1]
        assert last.get("edit_date")
        assert f"Sent: {len(recipients)} · Failed: 0 · Left: 0" in last["text"]
        assert "Finished in" in last["text"]

        # A correction reaches all of them, as a reply to the card they got.
        alert = await services.features.alerts.repo.get_alert(alert_id)
        from bot.alerts.outbox import enqueue

        alert.version, alert.correction = alert.version + 1, "Lab result: nitazenes, not fentanyl"
        async with services.db.transaction() as conn:
            await AlertsRepo.update_alert_in(conn, alert)
            assert await enqueue(
                conn, alert, "correction", ["ua-lviv-oblast-lviv", "ua-lviv-oblast", "ua"]
            ) == len(recipients)
        sender.wake()
        assert await sender.wait_idle(20)
        for uid, _ in recipients:
            messages = api.chat_messages(uid)
            original = cards(api, uid)[0]
            replies = [
                m
                for m in messages
                if m.get("reply_to_message", {}).get("message_id") == original["message_id"]
            ]
            assert len(replies) == 1
            assert "Lab result: nitazenes, not fentanyl" in replies[0]["text"]
        rows = await services.db.fetchall("SELECT state, count(*) FROM outbox GROUP BY state")
        assert Counter({r[0]: r[1] for r in rows}) == Counter({"sent": 2 * len(recipients)})
