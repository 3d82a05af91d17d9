"""Emergencies and crises first, from every state; one prompt mechanism with one /cancel.

Everything goes through the real Application against the fake Bot API: a person types, the
bot answers, and the test reads what a phone would show.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.sandbox.fakeapi.model import FakeUser
from bot.sandbox.tghtml import parse_html
from tests.alerts.conftest import buttons, quiet
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")

EMERGENCY = {
    "en": "my friend is not breathing",
    "ru": "друг не дышит, передоз",
    "uk": "подруга не дихає що робити",
    "es": "mi amigo no respira",
}
CRISIS = {
    "en": "i dont want to be alive anymore",
    "ru": "хочу повеситься",
    "uk": "хочу повіситися",
    "es": "ya no quiero vivir, me quiero morir",
}
NALOXONE = {"en": "Naloxone", "ru": "Налоксон", "uk": "Налоксон", "es": "Naloxona"}
TALK = {
    "en": "Talk to a peer",
    "ru": "Поговорить с консультантом",
    "uk": "Поговорити з консультантом",
    "es": "Hablar con un par",
}


async def next_of(user: FakeUser, timeout: float = 5.0) -> dict[str, Any]:
    return await user.next_message(timeout=timeout)


async def settle(user: FakeUser) -> list[dict[str, Any]]:
    """Whatever else the bot sends in the next moment (to check that nothing follows)."""
    return await quiet(user, 0.4)


def assert_card(message: dict[str, Any], lang: str) -> None:
    """The short emergency card: the number first, the steps, one phone screen."""
    text = message["text"]
    assert text.startswith("📞"), text[:80]
    assert "112" in text or "911" in text
    assert NALOXONE[lang] in text and "6." in text
    assert len(text) <= 1300


async def test_emergency_in_the_place_prompt_gets_the_card_and_ends_the_prompt(
    relaxed: Harness,
) -> None:
    for lang in ("en", "ru", "uk", "es"):
        user = relaxed.api.add_user(language_code=lang)
        user.send_command("/near")
        await next_of(user)  # "Where are you?"
        user.send_text(EMERGENCY[lang])
        assert_card(await next_of(user), lang)
        assert await settle(user) == []  # nothing pushes the card off screen
        user.send_text("Lavapies")  # no longer read as a place
        answer = await next_of(user)
        assert "Lavapi" not in answer["text"].split("\n")[0]
        await settle(user)


async def test_the_issues_examples_get_the_card_while_a_place_is_awaited(relaxed: Harness) -> None:
    examples = [
        ("ru", "у подруги передозировка героином"),
        ("en", "friend OD'd what do I do"),
        ("en", "he took fent and is snoring weird"),
        ("ru", "друг не дышит, передоз"),
        ("en", "my friend is not breathing"),
        ("en", "overdose help"),
        ("ru", "кажется у него передоз"),
        ("es", "mi amigo tuvo una sobredosis qué hago"),
    ]
    for lang, text in examples:
        user = relaxed.api.add_user(language_code=lang)
        user.send_command("/near")
        await next_of(user)
        user.send_text(text)
        assert_card(await next_of(user), lang)
        assert await settle(user) == [], text


async def test_kinds_without_the_usual_words_get_the_card_or_the_crisis_reply(
    relaxed: Harness,
) -> None:
    """A stimulant overdose, overheating, "took too much" + a symptom; a goodbye with "it's
    time", the means ready, no future: no overdose or suicide word, the right reply first."""
    examples = [
        ("en", "chest is crushing after the coke and im about to black out", "emergency"),
        ("ru", "он перегрелся после экстази и бредит", "emergency"),
        ("uk", "перебрала з пігулками, повітря не вистачає", "emergency"),
        ("es", "ya me despedí de mi hermana, ya es hora", "crisis"),
        ("ru", "петля готова", "crisis"),
        ("en", "i won't be here by next week", "crisis"),
    ]
    for lang, text, kind in examples:
        user = relaxed.api.add_user(language_code=lang)
        user.send_command("/near")
        await next_of(user)  # "Where are you?"
        user.send_text(text)
        message = await next_of(user)
        if kind == "emergency":
            assert_card(message, lang)
        else:
            assert message["text"].startswith("💛"), text
            assert any(TALK[lang] in b for b in buttons(message))
        assert await settle(user) == [], text


async def test_emergency_in_ask_mode_gets_the_card_only_and_peers_see_it_as_urgent(
    relaxed: Harness, moderators
) -> None:
    moderator = moderators[0]
    await settle(moderator)
    user = relaxed.api.add_user(language_code="en")
    user.send_command("/ask")
    await next_of(user)
    user.send_text("he took fent and is not breathing, lips blue")
    assert_card(await next_of(user), "en")
    assert await settle(user) == []  # no ticket message after the card
    notices = [m for m in await quiet(moderator, 0.6) if "New question" in m["text"]]
    assert notices and notices[0]["text"].startswith("🚨 URGENT")
    assert "lips blue" in notices[0]["text"]
    # ask mode is over: the next text is an ordinary question, not a ticket
    user.send_text("what is naloxone")
    answer = await next_of(user)
    assert "ticket #" not in answer["text"]


async def test_an_ordinary_question_to_peers_is_not_flagged_urgent(
    relaxed: Harness, moderators
) -> None:
    moderator = moderators[0]
    await settle(moderator)
    user = relaxed.api.add_user(language_code="en")
    user.send_command("/ask")
    await next_of(user)
    user.send_text("how long does naloxone keep in a warm car")
    confirm = await next_of(user)
    assert "ticket #" in confirm["text"]
    notices = [m for m in await quiet(moderator, 0.6) if "New question" in m["text"]]
    assert notices and "URGENT" not in notices[0]["text"]


async def test_emergency_in_the_report_form_gets_the_card_and_closes_the_form(
    relaxed: Harness, moderators, peer
) -> None:
    peer.send_command("/report")
    form = await next_of(peer)
    assert "step 1" in form["text"]
    peer.send_text("she is not breathing")
    assert_card(await next_of(peer), "en")
    assert await settle(peer) == []
    assert "alerts.report" not in relaxed.app.user_data.get(peer.id, {})  # the draft is gone
    peer.press(form, button_text="Heroin")
    answers = relaxed.api.wait_for(
        lambda e: e["type"] == "callback_answer" and e["chat_id"] == peer.id
    )
    assert "closed" in (await answers)["text"]


async def test_emergency_while_the_card_asks_for_the_country(relaxed: Harness) -> None:
    user = relaxed.api.add_user(language_code="es")
    user.send_command("/overdose")
    first = await next_of(user)
    assert_card(first, "es")
    assert "España" in buttons(first)  # the country question is inside the card
    user.send_text(EMERGENCY["es"])
    assert_card(await next_of(user), "es")  # a fresh card, not "which country?"
    assert await settle(user) == []
    repo = relaxed.services.features.region_choice
    person = await relaxed.services.people.resolve(user.id)
    assert await repo.get(person.key) is None


async def test_emergency_in_an_alerts_prompt_gets_the_card_and_ends_the_prompt(
    relaxed: Harness,
) -> None:
    user = relaxed.api.add_user(language_code="uk")
    user.send_command("/alerts")
    home = await next_of(user)
    user.press(home, button_text="🔎 Написати назву")
    await next_of(user)  # "Type the name of your city..."
    user.send_text(EMERGENCY["uk"])
    assert_card(await next_of(user), "uk")
    assert await settle(user) == []
    user.send_text("Київ")  # no longer read as a region for alerts
    answer = await next_of(user)
    assert not any("Київ" in b for b in buttons(answer))


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
async def test_the_card_is_short_with_the_number_first_in_every_language(
    relaxed: Harness, lang: str
) -> None:
    guide = relaxed.services.features.emergency
    for region in (None, "ua", "es", "mx", "us-ny", "gb", "ca-bc-vancouver"):
        for ask in (False, True):
            text = guide.card(lang, region, ask_country=ask)
            plain, _entities = parse_html(text)
            assert len(plain) <= 1300 and len(text) <= 1300, (lang, region)
            assert plain.startswith("📞")
            first_line = plain.split("\n", 1)[0]
            assert any(n in first_line for n in ("112", "911", "999", "103")), first_line
    assert "al el" not in guide.card("es", None) and "al el" not in guide.details("es", None)
    user = relaxed.api.add_user(language_code=lang)
    user.send_command("/start")
    menu = await next_of(user)
    user.press(menu, button_text=buttons(menu)[0])  # the one-tap overdose button
    card = await next_of(user)
    assert_card(card, lang)
    assert await settle(user) == []  # no country question after the steps
    user.press(card, button_text=buttons(card)[0])  # More
    details = await next_of(user)
    assert NALOXONE[lang] in details["text"] and len(details["text"]) > len(card["text"])


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
async def test_crisis_gets_a_warm_reply_with_a_peer_first(
    relaxed: Harness, moderators, lang: str
) -> None:
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(CRISIS[lang])
    message = await next_of(user)
    assert message["text"].startswith("💛")
    assert "112" in message["text"] and "911" in message["text"]  # the country is not known
    assert any(TALK[lang] in b for b in buttons(message))
    assert await settle(user) == []


async def test_crisis_reply_names_the_local_line_and_a_peer_sees_it_as_urgent(
    relaxed: Harness, moderators
) -> None:
    moderator = moderators[0]
    user = relaxed.api.add_user(language_code="es")
    repo = relaxed.services.features.region_choice
    person = await relaxed.services.people.resolve(user.id)
    await repo.set(person.key, "es")
    relaxed.services.people.invalidate(person.key)
    user.send_text("no quiero seguir viviendo")
    message = await next_of(user)
    assert "024" in message["text"] and "112" in message["text"]
    await settle(moderator)
    user.press(message, button_text="💬 " + TALK["es"])
    confirm = await next_of(user)
    # said as a person, not a ticket number: passed on as urgent, someone will write here
    assert confirm["text"].startswith("Tu mensaje ya llegó como urgente"), confirm["text"][:80]
    assert "ticket" not in confirm["text"]
    # peer hours in the person's language and time zone (Spain), never the raw setting
    assert "Mo-Fr" not in confirm["text"] and "UTC" not in confirm["text"]
    assert "(tu hora)" in confirm["text"] or "normalmente alguien responde" in confirm["text"]
    notices = [m for m in await quiet(moderator, 0.6) if "New question" in m["text"]]
    assert notices and notices[0]["text"].startswith("🚨")


async def test_crisis_in_ask_mode_reaches_peers_as_urgent(relaxed: Harness, moderators) -> None:
    moderator = moderators[0]
    await settle(moderator)
    user = relaxed.api.add_user(language_code="ru")
    user.send_command("/ask")
    await next_of(user)
    user.send_text("не хочу больше жить")
    reply = await next_of(user)
    assert reply["text"].startswith("💛") and "срочн" in reply["text"]
    assert await settle(user) == []
    notices = [m for m in await quiet(moderator, 0.6) if "New question" in m["text"]]
    assert notices and notices[0]["text"].startswith("🚨")


async def test_cancel_after_find_services(relaxed: Harness) -> None:
    user = relaxed.api.add_user(language_code="en")
    user.send_command("/start")
    menu = await next_of(user)
    user.press(menu, button_text="Find services")
    await next_of(user)
    user.send_command("/cancel")
    done = await next_of(user)
    assert done["text"] == "OK, cancelled." and "I don't know that command" not in done["text"]
    await next_of(user)  # the main menu
    user.send_command("/cancel")  # nothing waits now
    nothing = await next_of(user)
    assert "nothing to cancel" in nothing["text"] and buttons(nothing)


async def test_a_command_ends_a_prompt(relaxed: Harness) -> None:
    user = relaxed.api.add_user(language_code="en")
    user.send_command("/near")
    await next_of(user)
    user.send_command("/start")
    await next_of(user)
    user.send_text("Lavapies")  # /start started over: this is a question, not a place
    answer = await next_of(user)
    assert not answer["text"].startswith("Services nearest")


async def test_one_cancel_for_every_prompt(relaxed: Harness, moderators, peer) -> None:
    cases = [
        ("/ask", "OK, nothing was sent."),
        ("/near", "OK, cancelled."),
        ("/report", "Report cancelled. Nothing was sent or kept."),
    ]
    for command, said in cases:
        peer.send_command(command)
        await next_of(peer)
        peer.send_command("/cancel")
        assert (await next_of(peer))["text"] == said
        await asyncio.sleep(0.05)
        await settle(peer)
    assert relaxed.app.user_data.get(peer.id, {}).get("prompt") is None


async def test_peer_hours_in_the_persons_language_and_time_zone(relaxed: Harness) -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from bot.library.config import PeerHours

    i18n = relaxed.services.i18n
    hours = PeerHours.parse("Mo-Fr 10:00-20:00", "UTC")
    friday_night = datetime(2026, 11, 27, 21, 0, tzinfo=UTC)
    kyiv, mexico = ZoneInfo("Europe/Kyiv"), ZoneInfo("America/Mexico_City")
    assert (
        hours.describe(i18n.translator("uk"), kyiv, friday_night)
        == "понеділок–пʼятниця, 12:00–22:00 (за вашим часом)"
    )
    assert (
        hours.describe(i18n.translator("ru"), None, friday_night)
        == "понедельник–пятница, 10:00–20:00 (часовой пояс: UTC)"
    )
    assert (
        hours.describe(i18n.translator("es"), mexico, friday_night)
        == "lunes a viernes, 4:00–14:00 (tu hora)"
    )
    english = hours.describe(i18n.translator("en"), None, friday_night)
    assert "Mo-Fr" not in english and english.startswith("Monday–Friday, 10:00")
    # a span that crosses midnight in the person's zone keeps the day it starts on
    tokyo = hours.describe(i18n.translator("en"), ZoneInfo("Asia/Tokyo"), friday_night)
    assert tokyo.startswith("Monday–Friday, 7:00") and "5:00" in tokyo
    assert PeerHours.parse("24/7").describe(i18n.translator("ru")) == "в любое время"
    split = PeerHours.parse("Mo-Fr 10:00-14:00, 15:00-19:00; Sa 12:00-16:00", "Europe/Madrid")
    assert split.describe(i18n.translator("es"), None, friday_night) == (
        "lunes a viernes, 10:00–14:00, 15:00–19:00; sábado, 12:00–16:00 (zona horaria: Madrid)"
    )
    desk = relaxed.services.features.library.desk
    said = desk.expectation(i18n.translator("uk"), friday_night, kyiv)
    assert "понеділок–пʼятниця" in said and "(за вашим часом)" in said and "UTC" not in said
    assert "понеділок, 30 листопада 2026" in said and "р., 12:00" in said


async def test_the_location_keyboard_cancel_after_an_emergency_is_no_dead_end(
    relaxed: Harness,
) -> None:
    user = relaxed.api.add_user(language_code="ru")
    user.send_command("/near")
    await next_of(user)
    assert user.keyboard is not None  # "Send my location" / "Cancel"
    user.send_text(EMERGENCY["ru"])
    assert_card(await next_of(user), "ru")
    user.send_text("Отмена")  # the keyboard's Cancel, after the prompt already ended
    done = await next_of(user)
    assert done["text"] == "Хорошо, отменено." and user.keyboard is None


@pytest.mark.parametrize("lang", ["en", "es"])
async def test_stop_after_the_crisis_reply_takes_the_location_keyboard_away(
    relaxed: Harness, moderators, lang: str
) -> None:
    """The finder's location keyboard, then a crisis message, then "stop": the kind words and
    the peer button, and the "Send my location" keyboard taken away. A one-time keyboard stays
    one tap away in Telegram clients after the person types (the fake API hides it then), so
    the test puts it back as a phone would still offer it."""
    user = relaxed.api.add_user(language_code=lang)
    user.send_command("/near")
    await next_of(user)
    left = user.keyboard
    assert left is not None  # "Send my location" / "Cancel"
    user.send_text(CRISIS[lang])
    assert (await next_of(user))["text"].startswith("💛")
    user.chat.reply_keyboard = left
    user.send_text("stop" if lang == "en" else "parar")
    user.chat.reply_keyboard = left
    taken = await next_of(user)  # Telegram edits no message sent with ReplyKeyboardRemove
    assert taken["text"] == ("OK, cancelled." if lang == "en" else "Vale, cancelado.")
    assert user.keyboard is None and not buttons(taken)
    kind = await next_of(user)
    assert kind["text"].startswith("💛"), kind["text"]
    assert any(TALK[lang] in b for b in buttons(kind))


async def test_stop_with_nothing_waiting_takes_a_left_keyboard_away(relaxed: Harness) -> None:
    """A command ends the place prompt and leaves its keyboard: "stop" then finds nothing to
    cancel, and still takes the keyboard away under the menu."""
    user = relaxed.api.add_user(language_code="en")
    user.send_command("/near")
    await next_of(user)
    left = user.keyboard
    assert left is not None
    user.send_command("/help")
    await settle(user)
    user.chat.reply_keyboard = left
    user.send_text("stop")
    user.chat.reply_keyboard = left
    taken = await next_of(user)
    assert taken["text"] == "OK, cancelled." and user.keyboard is None
    menu = await next_of(user)
    assert menu["text"] == "What would you like to do?" and buttons(menu)  # the menu follows
