"""The crisis reply asks for the country inside itself, as the emergency card does.

Issue 9, items 2 and 3: the number first (the person's country when known); otherwise the
country question with buttons inside the reply, never a separate message after it. The
question is the card's own mechanism (``bot.handlers.overdose``: the same buttons, the same
typed-name prompt), so choosing a country re-renders the crisis reply with that country's
crisis line, not the overdose card. Everything runs through the real Application against the
fake Bot API server.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.alerts.conftest import buttons, quiet
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")

CRISIS = {
    "en": "i dont want to be alive anymore",
    "ru": "хочу повеситься",
    "uk": "хочу повіситися",
    "es": "ya no quiero vivir, me quiero morir",
}
TALK = {
    "en": "💬 Talk to a peer",
    "ru": "💬 Поговорить с консультантом",
    "uk": "💬 Поговорити з консультантом",
    "es": "💬 Hablar con un par",
}
QUESTION = {
    "en": "Tap your country below for the helplines there",
    "ru": "Выберите свою страну ниже, чтобы увидеть номера помощи там",
    "uk": "Виберіть свою країну нижче, щоб побачити номери допомоги там",
    "es": "Toca tu país abajo para ver los números de ayuda de allí",
}
# The first suggested country in each language and a number only its crisis line has.
COUNTRY = {
    "en": ("United States", "988"),
    "ru": ("Россия", "989 50 50"),
    "uk": ("Україна", "7333"),
    "es": ("España", "024"),
}
NOT_NOW = {"en": "Not now", "ru": "Не сейчас", "uk": "Не зараз", "es": "Ahora no"}
OTHER = {
    "en": "🌍 Other country",
    "ru": "🌍 Другая страна",
    "uk": "🌍 Інша країна",
    "es": "🌍 Otro país",
}


async def edited(harness: Harness, chat_id: int, action: Any) -> dict[str, Any]:
    """Run ``action`` (a button press) and return the message it edited."""
    future = harness.api.wait_for(lambda e: e["type"] == "edit" and e["chat_id"] == chat_id)
    action()
    return (await future)["message"]


async def region_of(harness: Harness, user: Any) -> Any:
    person = await harness.services.people.resolve(user.id)
    return await harness.services.features.region_choice.get(person.key)


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
async def test_unknown_country_is_asked_inside_the_crisis_reply(
    relaxed: Harness, moderators, lang: str
) -> None:
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(CRISIS[lang])
    message = await user.next_message()
    text = message["text"]
    assert text.startswith("💛")
    assert "112" in text and "911" in text  # the general numbers until the country is known
    assert QUESTION[lang] in text  # the question is inside the reply...
    country, line = COUNTRY[lang]
    labels = buttons(message)
    assert labels[0] == TALK[lang]  # the peer first, then the countries
    assert country in labels and OTHER[lang] in labels and NOT_NOW[lang] in labels
    assert await quiet(user) == []  # ...never a message after it
    # One tap: the same message now names that country's crisis line, and no question.
    chosen = await edited(relaxed, user.chat.id, lambda: user.press(message, country))
    assert chosen["text"].startswith("💛") and line in chosen["text"]
    assert QUESTION[lang] not in chosen["text"]
    assert buttons(chosen) == [TALK[lang]]
    assert (await region_of(relaxed, user)) is not None
    # Next time the line is there at once, with no question.
    user.send_text(CRISIS[lang])
    again = await user.next_message()
    assert line in again["text"] and QUESTION[lang] not in again["text"]
    assert buttons(again) == [TALK[lang]]
    assert await quiet(user) == []


async def test_a_typed_country_gets_the_crisis_reply_with_its_line_not_the_card(
    relaxed: Harness, moderators
) -> None:
    user = relaxed.api.add_user(language_code="ru")
    user.send_text("не хочу больше жить")
    first = await user.next_message()
    assert QUESTION["ru"] in first["text"]
    user.send_text("Украина")
    saved = await user.next_message()
    assert saved["text"].startswith("✓") and "Украина" in saved["text"]
    again = await user.next_message()  # the reply comes last, so it stays on screen
    assert again["text"].startswith("💛") and "7333" in again["text"]
    assert "Налоксон" not in again["text"]  # not the overdose card
    assert buttons(again) == [TALK["ru"]]
    assert (await region_of(relaxed, user)).region_id == "ua"
    assert await quiet(user) == []


async def test_other_country_pages_under_the_crisis_reply_and_not_now_is_kept(
    relaxed: Harness, moderators
) -> None:
    user = relaxed.api.add_user(language_code="es")
    user.send_text(CRISIS["es"])
    message = await user.next_message()
    listed = await edited(relaxed, user.chat.id, lambda: user.press(message, OTHER["es"]))
    assert listed["text"] == message["text"]  # the reply stays; only its buttons change
    assert buttons(listed)[0] == TALK["es"] and "España" in buttons(listed)
    declined = await edited(relaxed, user.chat.id, lambda: user.press(listed, NOT_NOW["es"]))
    assert declined["text"].startswith("💛") and QUESTION["es"] not in declined["text"]
    assert "112" in declined["text"] and buttons(declined) == [TALK["es"]]
    # asked once: the next crisis reply does not ask again
    user.send_text(CRISIS["es"])
    again = await user.next_message()
    assert QUESTION["es"] not in again["text"] and buttons(again) == [TALK["es"]]
    assert await quiet(user) == []


async def test_crisis_in_ask_mode_asks_the_country_and_keeps_saying_it_went_to_peers(
    relaxed: Harness, moderators
) -> None:
    user = relaxed.api.add_user(language_code="en")
    user.send_command("/ask")
    await user.next_message()
    user.send_text("i want to kill myself")
    message = await user.next_message()
    assert "urgent" in message["text"] and QUESTION["en"] in message["text"]
    assert TALK["en"] not in buttons(message)  # the message already went to peers
    chosen = await edited(relaxed, user.chat.id, lambda: user.press(message, "United Kingdom"))
    assert "116 123" in chosen["text"] and "urgent" in chosen["text"]
    assert buttons(chosen) == []


async def test_the_card_keeps_its_own_country_question(relaxed: Harness) -> None:
    """The shared mechanism still re-renders the card, not the crisis reply."""
    user = relaxed.api.add_user(language_code="uk")
    user.send_command("/overdose")
    card = await user.next_message()
    chosen = await edited(relaxed, user.chat.id, lambda: user.press(card, "Україна"))
    assert chosen["text"].startswith("📞") and "Налоксон" in chosen["text"]
    assert "💛" not in chosen["text"]


async def test_a_thank_you_after_the_crisis_reply_is_not_read_as_a_country(
    relaxed: Harness, moderators
) -> None:
    """ "gracias" is close to "Grecia", "mal" to Malta: after the crisis reply only a clear
    country name is taken as the answer; the question still works afterwards."""
    user = relaxed.api.add_user(language_code="es")
    user.send_text(CRISIS["es"])
    await user.next_message()
    for said in ("gracias", "mal"):
        user.send_text(said)
        answer = await user.next_message()
        assert "Grecia" not in buttons(answer) and "Malta" not in buttons(answer), said
        assert not answer["text"].startswith("✓"), said
        await quiet(user)
    assert (await region_of(relaxed, user)) is None
    user.send_text("España")
    assert (await user.next_message())["text"].startswith("✓")
    assert "024" in (await user.next_message())["text"]


async def test_talk_to_a_peer_still_works_after_the_country_is_chosen(
    relaxed: Harness, moderators
) -> None:
    moderator = moderators[0]
    await quiet(moderator)
    user = relaxed.api.add_user(language_code="uk")
    user.send_text(CRISIS["uk"])
    message = await user.next_message()
    chosen = await edited(relaxed, user.chat.id, lambda: user.press(message, "Україна"))
    assert "7333" in chosen["text"]
    user.press(chosen, button_text=TALK["uk"])
    confirm = await user.next_message()
    assert "термінов" in confirm["text"], confirm["text"][:120]
    notices = [m for m in await quiet(moderator) if "New question" in m["text"]]
    assert notices and notices[0]["text"].startswith("🚨")
