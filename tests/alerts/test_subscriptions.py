"""/alerts: walking the region tree, typing a place name (typos tolerated), seeing and removing
subscriptions, active alerts for one's regions; the subscription follows /language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.alerts.model import Alert
from tests.alerts.conftest import (
    buttons,
    press,
    say,
    subscribe_by_typing,
    subscribe_by_walking,
    tr_for,
)
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def _subscribed(harness: Harness, user) -> list[tuple[str, str]]:
    key = harness.services.keyring.user_key(user.id)
    subs = await harness.services.features.alerts.subscriptions.of(key)
    return [(s.region_id, s.language) for s in subs]


async def test_walk_the_tree_and_subscribe_at_any_level(relaxed: Harness) -> None:
    api = relaxed.api
    user = api.add_user(language_code="en")
    screen = await subscribe_by_walking(relaxed, user, "en", ["ua", "ua-lviv-oblast"])
    assert "Subscribed" in screen["text"]
    assert "Lviv" in buttons(screen)  # the city below is still offered
    assert any("Unsubscribe" in b for b in buttons(screen))
    city = await press(api, user, screen, "Lviv", exact=True)
    assert "Lviv, Lviv Oblast, Ukraine" in city["text"]
    city = await press(api, user, city, "🔔")
    assert await _subscribed(relaxed, user) == [
        ("ua-lviv-oblast", "en"),
        ("ua-lviv-oblast-lviv", "en"),
    ]
    # Countries come in pages with a way forward and back.
    home = await say(api, user, "/alerts")
    assert "Lviv Oblast, Ukraine" in home["text"]
    page = await press(api, user, home, "Add a region")
    assert "›" in buttons(page) and "‹" not in buttons(page)
    second = await press(api, user, page, "›", exact=True)
    assert "‹" in buttons(second)


async def test_typed_place_names_tolerate_typos_and_other_scripts(relaxed: Harness) -> None:
    api = relaxed.api
    user = api.add_user(language_code="ru")
    await subscribe_by_typing(relaxed, user, "ru", "Львов", "ua-lviv-oblast-lviv")
    other = api.add_user(language_code="es")
    await subscribe_by_typing(relaxed, other, "es", "Madird", "es-madrid-madrid")
    assert await _subscribed(relaxed, user) == [("ua-lviv-oblast-lviv", "ru")]
    assert await _subscribed(relaxed, other) == [("es-madrid-madrid", "es")]
    tr = tr_for(relaxed, "ru")
    home = await say(api, user, "/alerts")
    prompt = await press(api, user, home, tr._("Type a place"))
    assert prompt
    nothing = await say(api, user, "qqqqzzzz")
    assert tr._("Choose from the list") in buttons(nothing)
    # The prompt is still open: the next try works.
    choices = await say(api, user, "Kyiv")
    assert any("Kyiv" in b or "Киев" in b for b in buttons(choices))


async def test_see_and_remove_subscriptions(relaxed: Harness) -> None:
    api = relaxed.api
    user = api.add_user(language_code="en")
    await subscribe_by_typing(relaxed, user, "en", "Lviv", "ua-lviv-oblast-lviv")
    await subscribe_by_walking(relaxed, user, "en", ["es"])
    home = await say(api, user, "/alerts")
    mine = await press(api, user, home, "My regions")
    assert "🔕 Spain" in buttons(mine)
    mine = await press(api, user, mine, "🔕 Spain", exact=True)
    assert "🔕 Spain" not in buttons(mine)
    assert await _subscribed(relaxed, user) == [("ua-lviv-oblast-lviv", "en")]


async def test_subscription_language_follows_language_choice(relaxed: Harness) -> None:
    api = relaxed.api
    user = api.add_user(language_code="en")
    await subscribe_by_typing(relaxed, user, "en", "Lviv", "ua-lviv-oblast-lviv")
    menu = await say(api, user, "/language")
    await press(api, user, menu, "Українська", exact=True)
    assert await _subscribed(relaxed, user) == [("ua-lviv-oblast-lviv", "uk")]
    # The sealed chat id is not readable without the key, and no raw id is stored.
    rows = await relaxed.services.db.fetchall("SELECT sealed_chat FROM subscriptions")
    assert str(user.id).encode() not in bytes(rows[0][0])


async def test_active_alerts_for_my_regions_and_below(relaxed: Harness) -> None:
    api = relaxed.api
    feature = relaxed.services.features.alerts
    now = datetime.now(UTC).replace(microsecond=0)

    def alert(region: str, state: str = "approved", days: int = 3) -> Alert:
        return Alert(
            None,
            state,
            "warning",
            region,
            "heroin",
            False,
            ["fentanyl"],
            "",
            "lab",
            "",
            "",
            ["carry-naloxone"],
            "",
            None,
            now,
            now + timedelta(days=days),
        )

    in_city = await feature.repo.insert_alert(alert("ua-lviv-oblast-lviv"), None, "")
    await feature.repo.insert_alert(alert("ua-lviv-oblast-lviv", days=-1), None, "")  # expired
    await feature.repo.insert_alert(alert("ua-lviv-oblast-lviv", state="pending"), None, "")
    await feature.repo.insert_alert(alert("es-madrid"), None, "")
    user = api.add_user(language_code="en")
    await subscribe_by_walking(relaxed, user, "en", ["ua", "ua-lviv-oblast"])
    home = await say(api, user, "/alerts")
    assert "1 active alert" in home["text"]
    active = await press(api, user, home, "Active alerts")
    assert f"#{in_city}" in active["text"] and buttons(active)[0] == f"Show alert #{in_city}"
    card = await press(api, user, active, f"Show alert #{in_city}")
    assert "📍" in card["text"] and "Lviv" in card["text"]


async def test_main_menu_leads_to_alerts(relaxed: Harness) -> None:
    api = relaxed.api
    user = api.add_user(language_code="es")
    tr = tr_for(relaxed, "es")
    menu = await say(api, user, "/start")
    home = await press(api, user, menu, tr._("Drug alerts"), exact=True)
    assert tr._("Add a region") in buttons(home)
    assert tr._("Report a bad batch") not in buttons(home)  # only for verified peers


async def test_privacy_explains_what_alerts_keep(relaxed: Harness) -> None:
    api = relaxed.api
    user = api.add_user(language_code="ru")
    text = (await say(api, user, "/privacy"))["text"]
    assert "Предупреждения о веществах." in text and "Проверенные равные и модераторы." in text
    assert "12 месяцев" in text and "30 дней" in text and "/alerts" in text


class Taps:
    """Counts button presses (a typed place name or a shared location is not a tap)."""

    def __init__(self, harness: Harness, user) -> None:
        self.api, self.user, self.count = harness.api, user, 0

    async def press(self, screen: dict, label: str, exact: bool = False) -> dict:
        self.count += 1
        return await press(self.api, self.user, screen, label, exact=exact)


async def test_subscribing_takes_at_most_four_taps_by_name_location_or_own_country(
    relaxed: Harness,
) -> None:
    api = relaxed.api
    feature = relaxed.services.features.alerts
    # By name: "Type a place" is offered first, then the place, then Subscribe.
    user = api.add_user(language_code="en")
    taps = Taps(relaxed, user)
    home = await say(api, user, "/alerts")
    assert buttons(home)[:2] == ["🔎 Type a place", "📍 Send my location"]
    await taps.press(home, "Type a place")
    choices = await say(api, user, "Lwow")
    screen = await taps.press(choices, "Lviv, Lviv Oblast, Ukraine", exact=True)
    await taps.press(screen, "🔔")
    assert taps.count <= 4 and await _subscribed(relaxed, user) == [("ua-lviv-oblast-lviv", "en")]

    # By a shared location: used once, deleted from the chat, never stored.
    user = api.add_user(language_code="es")
    taps = Taps(relaxed, user)
    home = await say(api, user, "/alerts")
    asked = await taps.press(home, "📍")
    assert (
        "ubicación" in asked["text"] and user.keyboard["keyboard"][0][0]["request_location"] is True
    )
    sent = user.send_location(40.4168, -3.7038)  # Puerta del Sol, Madrid
    deleted = await user.next_message(5)
    assert "ubicación" in deleted["text"]
    choices = await user.next_message(5)
    wanted = "🔔 " + feature.region_name("es-madrid-madrid", "es")
    assert buttons(choices)[0] == wanted
    await taps.press(choices, wanted, exact=True)
    assert taps.count <= 4 and await _subscribed(relaxed, user) == [("es-madrid-madrid", "es")]
    assert sent["message_id"] not in api.chat(user.id).messages  # the location message is gone
    raw = relaxed.settings.core.database.read_bytes()
    assert b"40.4168" not in raw and b"-3.7038" not in raw

    # By one's own country: a Ukrainian speaker sees Ukraine and its cities on the first screen.
    user = api.add_user(language_code="uk")
    taps = Taps(relaxed, user)
    home = await say(api, user, "/alerts")
    assert "Україна" in buttons(home) and "Львів" in buttons(home)
    screen = await taps.press(home, "Львів", exact=True)
    await taps.press(screen, "🔔")
    assert taps.count <= 4 and await _subscribed(relaxed, user) == [("ua-lviv-oblast-lviv", "uk")]

    # And the full list starts with one's own country: no paging to page 5 for Ukraine.
    listing = await press(
        api, user, await say(api, user, "/alerts"), tr_for(relaxed, "uk")._("Add a region")
    )
    assert buttons(listing)[0] == "⭐ Україна"
