"""Public alert channels per region (HRBOT_ALERT_CHANNELS), through the real Application and
the fake Bot API: an approved alert is cross-posted to its region's channels in each channel's
language, a correction edits the post, a withdrawal edits it again marked ℹ️, a post that can
no longer be edited gets a reply instead, and a restart mid-way posts exactly once."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import pytest
import pytest_asyncio

from bot.alerts.channels import AlertChannel, channel_targets, parse_channels
from bot.clock import ScaledClock
from bot.config import ConfigError
from bot.handlers.base import FloodGate
from bot.runner import running_bot
from bot.sandbox.fakeapi import SAMPLE_JPEG, FakeBotAPI
from bot.storage.alerts import AlertsRepo
from bot.storage.channels import ChannelRepo
from tests.alerts.conftest import (
    ALERT_CLOCK_SPEED,
    ALERT_ENV,
    MODERATOR2_ID,
    alert_id_of,
    buttons,
    faster_alert_clock,
    invited_peer,
    named_moderator,
    press,
    press_answer,
    quiet,
    report_alert,
    review_for,
    say,
    send_note,
)
from tests.conftest import MODERATOR_ID, TOKEN, Harness, make_settings, replace_core

LVIV_UK = "@lviv_alerts_uk"
UKRAINE_EN = -1001000000002
MADRID_ES = "@madrid_alerts"
CHANNELS = (
    f"ua-lviv-oblast={LVIV_UK}:uk, ua={UKRAINE_EN}:en, es-madrid={MADRID_ES}:es,"
    f" ua-lviv-oblast-lviv={UKRAINE_EN}:en"
)


# -- the configuration -----------------------------------------------------------------------------
def test_channels_are_parsed_and_matched_to_an_alert_s_regions() -> None:
    channels = parse_channels(CHANNELS)
    assert channels[0] == AlertChannel("ua-lviv-oblast", LVIV_UK, "uk")
    assert channels[1].chat_id == UKRAINE_EN and channels[0].chat_id == LVIV_UK
    # A Lviv city alert: the oblast's channel and the country's (named twice: one post).
    lviv = channel_targets(channels, ["ua-lviv-oblast-lviv", "ua-lviv-oblast", "ua"])
    assert lviv == [(LVIV_UK, "uk"), (str(UKRAINE_EN), "en")]
    # A country-wide alert does not reach the oblast's channel; Madrid's is elsewhere.
    assert channel_targets(channels, ["ua"]) == [(str(UKRAINE_EN), "en")]
    assert parse_channels("") == () and parse_channels(None) == ()
    assert parse_channels("ua=@ua_alerts")[0].language == "en"


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        ("@ua_alerts:uk", "region id"),
        ("ua=ua_alerts:uk", "neither a channel @username"),
        ("ua=12345:uk", "neither a channel @username"),
        ("ua=@ua_alerts:de", "language 'de'"),
        ("ua=@ua_alerts:uk, es=@ua_alerts:es", "two languages"),
    ],
)
def test_a_wrong_channel_setting_is_refused_with_the_rule(raw: str, says: str) -> None:
    with pytest.raises(ConfigError, match=says):
        parse_channels(raw)


# -- through the running bot ------------------------------------------------------------------------
@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def channelled(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    env = {**ALERT_ENV, "HRBOT_ALERT_CHANNELS": CHANNELS}
    api = FakeBotAPI(token=TOKEN, rate_limits=False)
    await api.start()
    api.add_channel("Львів: попередження", username=LVIV_UK[1:])
    api.add_channel("Ukraine drug alerts", chat_id=UKRAINE_EN)
    api.add_channel("Madrid", username=MADRID_ES[1:])
    settings = replace_core(
        make_settings(tmp_path_factory.mktemp("channels"), env),
        moderators=frozenset({MODERATOR_ID, MODERATOR2_ID}),
        log_level="INFO",
        api_url=api.base_url,
    )
    try:
        async with running_bot(settings, TOKEN) as app:
            app.bot_data["floodgate"] = FloodGate(rate=1000.0, burst=10_000)
            harness = Harness(app, api, settings)
            faster_alert_clock(harness)
            yield harness
    finally:
        await api.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def team(channelled: Harness) -> dict[str, Any]:
    river = await named_moderator(channelled, MODERATOR_ID, "river")
    harbour = await named_moderator(channelled, MODERATOR2_ID, "harbour")
    peer = await invited_peer(channelled, river, "wren")
    return {"river": river, "harbour": harbour, "peer": peer}


def channel_id(api: FakeBotAPI, name: str | int) -> int:
    return api.resolve_chat(name).id


def posts(api: FakeBotAPI, name: str | int) -> list[dict[str, Any]]:
    return api.chat_messages(channel_id(api, name))


def body(message: dict[str, Any]) -> str:
    return message.get("text") or message.get("caption") or ""


async def approved(harness: Harness, team: dict[str, Any]) -> int:
    river = team["river"]
    alert_id = alert_id_of(await report_alert(harness, team["peer"], severity="Caution"))
    review = await review_for(river, alert_id)
    assert "Approved" in await press_answer(harness.api, river, review, "Approve")
    assert await harness.services.features.alerts.sender.wait_idle(10)
    return alert_id


async def correct_to_warning(harness: Harness, river: Any, alert_id: int, note: str) -> None:
    api = harness.api
    listing = await say(api, river, "/moderate", expect="waiting for review first")
    detail = await press(api, river, listing, f"#{alert_id}", exact=True)
    menu = await press(api, river, detail, "Correct")
    menu = await press(api, river, await press(api, river, menu, "Severity"), "Warning")
    await press(api, river, menu, "Send the correction")
    await send_note(api, river, note, "Correction sent")
    assert await harness.services.features.alerts.sender.wait_idle(10)


@pytest.mark.asyncio(loop_scope="module")
async def test_approval_posts_correction_edits_withdrawal_edits_marked_info(
    channelled: Harness, team: dict[str, Any]
) -> None:
    harness, api = channelled, channelled.api
    river, harbour = team["river"], team["harbour"]
    before = {name: len(posts(api, name)) for name in (LVIV_UK, UKRAINE_EN, MADRID_ES)}
    alert_id = await approved(harness, team)

    # One post in each channel of the alert's regions, in the channel's language, none elsewhere.
    lviv = posts(api, LVIV_UK)[before[LVIV_UK] :]
    country = posts(api, UKRAINE_EN)[before[UKRAINE_EN] :]
    assert len(lviv) == 1 and len(country) == 1
    assert len(posts(api, MADRID_ES)) == before[MADRID_ES]
    assert "Обережно" in body(lviv[0]) or "⚠️" in body(lviv[0])
    assert "Caution" not in body(lviv[0]) and "Caution" in body(country[0])
    assert "📍" in body(lviv[0]) and "Львів" in body(lviv[0])
    # A channel post is the channel's own; no reporter pseudonym, no moderator's name.
    for post in (lviv[0], country[0]):
        assert "from" not in post and post["sender_chat"]["type"] == "channel"
        assert not any(name in body(post) for name in ("wren", "river", "harbour"))
    repo = ChannelRepo(harness.services.db)
    rows = await repo.rows(alert_id)
    assert sorted((r[0], r[1], r[3], r[4]) for r in rows) == sorted(
        [
            ("alert", LVIV_UK, "sent", lviv[0]["message_id"]),
            ("alert", str(UKRAINE_EN), "sent", country[0]["message_id"]),
        ]
    )

    # A correction edits the post (no new message in the channel) and says what changed.
    await correct_to_warning(harness, river, alert_id, "Lab found xylazine too; now a warning.")
    after_correction = posts(api, LVIV_UK)[before[LVIV_UK] :]
    assert len(after_correction) == 1
    edited = after_correction[0]
    assert edited["message_id"] == lviv[0]["message_id"] and edited.get("edit_date")
    assert body(edited).startswith("✏️") and "Lab found xylazine too" in body(edited)
    assert "🚨" in body(edited)
    english = posts(api, UKRAINE_EN)[before[UKRAINE_EN] :]
    assert len(english) == 1 and "What changed" in body(english[0])

    # A withdrawal (a warning now: two moderators) edits it again, marked ℹ️, not ✅.
    listing = await say(api, river, "/moderate", expect="waiting for review first")
    detail = await press(api, river, listing, f"#{alert_id}", exact=True)
    await press(api, river, detail, "Withdraw")
    await quiet(harbour, 0.2)
    await send_note(api, river, "It was a mix-up at the lab.", "Recorded, not sent yet")
    # One moderator's request changes nothing in the channel yet.
    assert body(posts(api, LVIV_UK)[before[LVIV_UK]]).startswith("✏️")
    request = next(
        m for m in await quiet(harbour, 0.5) if "asks to withdraw" in (m.get("text") or "")
    )
    assert "Withdrawn" in await press_answer(api, harbour, request, "Confirm")
    assert await harness.services.features.alerts.sender.wait_idle(10)
    for name in (LVIV_UK, UKRAINE_EN):
        now = posts(api, name)[before[name] :]
        assert len(now) == 1, [body(m)[:40] for m in now]
        assert body(now[0]).startswith("ℹ️") and "✅" not in body(now[0])
        assert "mix-up" in body(now[0])
    assert {(r[0], r[3], r[5]) for r in await repo.rows(alert_id)} == {
        ("alert", "sent", "text"),
        ("correction", "sent", "edit"),
        ("retraction", "sent", "edit"),
    }


@pytest.mark.asyncio(loop_scope="module")
async def test_a_post_that_cannot_be_edited_gets_a_reply(
    channelled: Harness, team: dict[str, Any]
) -> None:
    harness, api = channelled, channelled.api
    alert_id = await approved(harness, team)
    post = posts(api, LVIV_UK)[-1]
    # The channel's administrators deleted the post: Telegram cannot edit it any more.
    api.delete_message(api.resolve_chat(LVIV_UK), post["message_id"])
    await correct_to_warning(harness, team["river"], alert_id, "Now a warning.")
    latest = posts(api, LVIV_UK)[-1]
    assert latest["message_id"] > post["message_id"] and "Now a warning" in body(latest)
    kinds = {
        (r[0], r[1]): (r[3], r[5]) for r in await ChannelRepo(harness.services.db).rows(alert_id)
    }
    assert kinds[("correction", LVIV_UK)] == ("sent", "reply")
    assert kinds[("correction", str(UKRAINE_EN))] == ("sent", "edit")


# -- across restarts -------------------------------------------------------------------------------
@pytest.fixture
async def limited(tmp_path) -> AsyncIterator[tuple[FakeBotAPI, Any]]:
    # Telegram's limits on a clock ALERT_CLOCK_SPEED times faster: the moderators' and the peer's
    # chats recover from their per-chat limit sooner; the bot's sender keeps its own real pace.
    api = FakeBotAPI(token=TOKEN, rate_limits=True, clock=ScaledClock(ALERT_CLOCK_SPEED))
    await api.start()
    api.set_limits(global_rate=30, per_chat_rate=1, per_chat_burst=3)
    api.add_channel("Ukraine drug alerts", chat_id=UKRAINE_EN)
    settings = replace_core(
        make_settings(tmp_path, {**ALERT_ENV, "HRBOT_ALERT_CHANNELS": f"ua={UKRAINE_EN}:en"}),
        moderators=frozenset({MODERATOR_ID, MODERATOR2_ID}),
        log_level="INFO",
        api_url=api.base_url,
    )
    try:
        yield api, settings
    finally:
        await api.stop()


def cards(api: FakeBotAPI, chat_id: int) -> list[dict[str, Any]]:
    return [m for m in api.chat_messages(chat_id) if "📍" in body(m)]


async def test_a_restart_mid_way_posts_to_the_channel_exactly_once(
    limited: tuple[FakeBotAPI, Any],
) -> None:
    api, settings = limited
    async with running_bot(settings, TOKEN) as app:
        app.bot_data["floodgate"] = FloodGate(rate=1000.0, burst=10_000)
        harness = Harness(app, api, settings)
        river = await named_moderator(harness, MODERATOR_ID, "river")
        peer = await invited_peer(harness, river, "sparrow")
        services = harness.services
        repo = AlertsRepo(services.db)
        people = []
        for _ in range(45):
            user = api.add_user(language_code="en")
            await repo.subscribe(
                services.keyring.user_key(user.id),
                "ua",
                services.keyring.seal_chat(user.id, "alerts"),
                "en",
                datetime.now(UTC),
            )
            people.append(user.id)
        alert_id = alert_id_of(await report_alert(harness, peer, severity="Caution"))
        assert "Approved" in await press_answer(
            api, river, await review_for(river, alert_id), "Approve"
        )
        deadline = time.monotonic() + 15
        while sum(len(cards(api, uid)) for uid in people) < 10:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.02)
    # Stopped a third of the way through the subscribers' deliveries.
    delivered = sum(len(cards(api, uid)) for uid in people)
    assert delivered < len(people)

    async with running_bot(settings, TOKEN) as app:
        services = app.bot_data["services"]
        sender = services.features.alerts.sender
        assert await sender.wait_idle(20)
        assert len(cards(api, UKRAINE_EN)) == 1
        assert all(len(cards(api, uid)) == 1 for uid in people)
        # What kill -9 between claiming the post and sending it leaves: the row 'sending' and
        # nothing in the channel (the post is taken away here to stand for "never sent").
        api.delete_message(api.resolve_chat(UKRAINE_EN), cards(api, UKRAINE_EN)[0]["message_id"])
        await services.db.execute(
            "UPDATE outbox_channels SET state = 'sending', message_id = NULL WHERE alert_id = ?",
            (alert_id,),
        )
    async with running_bot(settings, TOKEN) as app:
        services = app.bot_data["services"]
        sender = services.features.alerts.sender
        assert await sender.wait_idle(10)
        assert len(cards(api, UKRAINE_EN)) == 1
        rows = await ChannelRepo(services.db).rows(alert_id)
        assert [(r[0], r[3]) for r in rows] == [("alert", "sent")]
        assert rows[0][4] == cards(api, UKRAINE_EN)[0]["message_id"]
        # The stored message id survives restarts: a correction now edits that post.
        alert = await AlertsRepo(services.db).get_alert(alert_id)
        from bot.alerts.outbox import enqueue, enqueue_channels

        alert.version, alert.correction = alert.version + 1, "Lab result: nitazenes"
        async with services.db.transaction() as conn:
            await AlertsRepo.update_alert_in(conn, alert)
            await enqueue(conn, alert, "correction", ["ua"])
            assert await enqueue_channels(conn, alert, "correction", ["ua"], ()) == 1
        sender.wake()
        assert await sender.wait_idle(10)
        post = cards(api, UKRAINE_EN)
        assert len(post) == 1 and post[0]["message_id"] == rows[0][4]
        assert "Lab result: nitazenes" in body(post[0]) and post[0].get("edit_date")
        assert buttons(post[0]) == []


@pytest.mark.asyncio(loop_scope="module")
async def test_a_photo_post_carries_the_card_as_caption_and_its_caption_is_edited(
    channelled: Harness, team: dict[str, Any]
) -> None:
    harness, api = channelled, channelled.api
    river = team["river"]
    alert_id = alert_id_of(
        await report_alert(harness, team["peer"], severity="Caution", appearance=None, effects=None)
    )
    photo = api.files.photo(SAMPLE_JPEG)[-1]["file_id"]
    await harness.services.db.execute(
        "UPDATE alerts SET photo_file_id = ? WHERE id = ?", (photo, alert_id)
    )
    review = await review_for(river, alert_id)
    assert "Approved" in await press_answer(api, river, review, "Approve")
    assert await harness.services.features.alerts.sender.wait_idle(10)
    post = posts(api, UKRAINE_EN)[-1]
    # Text first: never a bare photo; the card is its caption.
    assert post.get("photo") and "📍" in post["caption"] and "text" not in post
    await correct_to_warning(harness, river, alert_id, "Now a warning.")
    edited = posts(api, UKRAINE_EN)[-1]
    assert edited["message_id"] == post["message_id"] and edited.get("edit_date")
    assert edited.get("photo") and "Now a warning." in edited["caption"]
    rows = {(r[0], r[1]): r[5] for r in await ChannelRepo(harness.services.db).rows(alert_id)}
    assert rows[("alert", str(UKRAINE_EN))] == "caption"
    assert rows[("correction", str(UKRAINE_EN))] == "edit"
