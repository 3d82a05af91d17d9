"""/overdose end to end through the fake Bot API: steps in every language, the country
question, the right emergency number, and answers with the database gone."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.directory.overdose_guide import OverdoseGuide
from bot.directory.regions import Regions
from bot.i18n import I18n
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from bot.sandbox.tghtml import parse_html
from tests.conftest import TOKEN, Harness, buttons, make_settings

ROOT = Path(__file__).resolve().parents[2]

# A phrase from the naloxone step and from the country question, per language.
NALOXONE = {"en": "Naloxone", "ru": "Налоксон", "uk": "Налоксон", "es": "Naloxona"}
QUESTION = {
    "en": "Tap your country",
    "ru": "Выберите свою страну",
    "uk": "Виберіть свою країну",
    "es": "Toca tu país",
}
OTHER = {
    "en": "🌍 Other country",
    "ru": "🌍 Другая страна",
    "uk": "🌍 Інша країна",
    "es": "🌍 Otro país",
}
SPAIN = {"en": "Spain", "ru": "Испания", "uk": "Іспанія", "es": "España"}
GENERIC = "112"


async def edited_or_new(
    harness: Harness, user: Any, message: dict[str, Any], label: str
) -> dict[str, Any]:
    """Press ``label`` under ``message`` and return the new message it sends."""
    user.press(message, label)
    return await user.next_message()


async def edited(harness: Harness, chat_id: int, action: Any) -> dict[str, Any]:
    """Run ``action`` (a button press) and return the message it edited."""
    future = harness.api.wait_for(lambda e: e["type"] == "edit" and e["chat_id"] == chat_id)
    action()
    return (await future)["message"]


# One bot for most tests here (starting one loads every feature's content); each test uses its
# own people, so they never see each other's conversations. The test that closes the
# database gets a bot of its own (the ``harness`` fixture).
MODULE = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(tmp_path_factory: pytest.TempPathFactory):
    api = FakeBotAPI(token=TOKEN, rate_limits=False)
    await api.start()
    try:
        settings = make_settings(tmp_path_factory.mktemp("overdose"), api_url=api.base_url)
        async with running_bot(settings, TOKEN) as app:
            yield Harness(app, api, settings)
    finally:
        await api.stop()


@pytest.fixture(scope="module")
def guide() -> OverdoseGuide:
    return OverdoseGuide(Regions.load(ROOT / "content" / "regions.yaml"), I18n())


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
def test_steps_fit_one_message_and_parse_as_telegram_html(guide: OverdoseGuide, lang: str) -> None:
    for region in (None, "ua", "ca-bc-vancouver", "us-ny-nyc", "es-madrid-madrid"):
        text = guide.steps(lang, region)
        plain, _entities = parse_html(text)
        assert len(plain.encode("utf-16-le")) // 2 <= 4096
        assert NALOXONE[lang] in plain


def test_emergency_number_by_region(guide: OverdoseGuide) -> None:
    assert guide.emergency_number("ua-lviv-oblast-lviv", "en") == "103 or 112"
    assert guide.emergency_number("ua", "uk") == "103 або 112"
    assert guide.emergency_number("ca-bc-vancouver", "es") == "911"
    assert guide.emergency_number("gb-england-london", "en") == "999 or 112"
    assert guide.emergency_number("au", "ru") == "000 или 112"
    generic = guide.emergency_number(None, "en")
    assert "112" in generic and "911" in generic
    assert guide.emergency_number("no-such-region", "en") == generic


def test_good_samaritan_only_where_a_law_exists(guide: OverdoseGuide) -> None:
    assert "Good Samaritan Drug Overdose Act" in guide.steps("en", "ca-bc-vancouver")
    assert "911 Good Samaritan Law" in guide.steps("en", "us-ny-nyc")
    assert "check your state" in guide.steps("en", "us")
    spain = guide.steps("en", "es")
    assert "Good Samaritan" not in spain and "check local law" in spain
    assert "Good Samaritan Drug Overdose Act" in guide.steps("ru", "ca")


def test_only_country_or_province_is_stored(guide: OverdoseGuide) -> None:
    assert guide.storable("ca-bc-vancouver") == "ca-bc"
    assert guide.storable("ua-kyiv-city") == "ua"
    assert guide.storable("us-ny") == "us-ny"
    assert guide.storable("es") == "es"


def test_country_list_puts_likely_countries_first(guide: OverdoseGuide) -> None:
    es = guide.countries("es")
    assert [r.id for r in es[:4]] == ["es", "mx", "ar", "co"]
    assert len(es) == len({r.id for r in es}) == len(guide.regions.roots())


@MODULE
async def test_overdose_asks_country_once_then_shows_its_number(bot: Harness) -> None:
    for lang in ("en", "ru", "uk", "es"):
        await _choose_spain(bot, lang)


async def _choose_spain(harness: Harness, lang: str) -> None:
    user = harness.api.add_user(language_code=lang)
    user.send_command("/overdose")
    card = await user.next_message()
    assert NALOXONE[lang] in card["text"]
    assert card["text"].startswith("📞") and GENERIC in card["text"] and "911" in card["text"]
    # The country question is inside the card, never a message after it.
    assert QUESTION[lang] in card["text"]
    with pytest.raises(TimeoutError):
        await user.next_message(timeout=0.3)
    # The whole list under the card, paged through until Spain shows up, as a person would.
    card = await edited(harness, user.chat.id, lambda: user.press(card, OTHER[lang]))
    for _ in range(10):
        if SPAIN[lang] in buttons(card):
            break
        more = next(b for b in buttons(card) if b.endswith("▶"))
        card = await edited(harness, user.chat.id, lambda m=card, b=more: user.press(m, b))
    chosen = await edited(harness, user.chat.id, lambda: user.press(card, SPAIN[lang]))
    assert chosen["text"].startswith("📞") and SPAIN[lang] in chosen["text"]
    assert "112" in chosen["text"] and "911" not in chosen["text"]
    # Next time: the right number at once, and no question.
    user.send_command("/overdose")
    again = await user.next_message()
    assert "112" in again["text"] and "911" not in again["text"]
    with pytest.raises(TimeoutError):
        await user.next_message(timeout=0.3)


@MODULE
async def test_typed_country_with_typos_is_understood(bot: Harness) -> None:
    user = bot.api.add_user(language_code="ru")
    user.send_command("/overdose")
    await user.next_message()  # the card, asking for the country
    user.send_text("Укрина")
    saved = await user.next_message()
    assert "Украина" in saved["text"] and "✓" in saved["text"]
    steps = await user.next_message()  # the card comes last, so it stays on screen
    assert (
        steps["text"].startswith("📞")
        and "Украина" in steps["text"]
        and "103 или 112" in steps["text"]
    )
    user.send_command("/overdose")
    assert "103 или 112" in (await user.next_message())["text"]


@MODULE
async def test_typed_city_stores_only_its_province(bot: Harness) -> None:
    user = bot.api.add_user(language_code="en")
    user.send_command("/overdose")
    await user.next_message()
    user.send_text("Vancuver")
    saved = await user.next_message()
    assert "British Columbia" in saved["text"]
    steps = await user.next_message()
    details = await edited_or_new(bot, user, steps, "ℹ️ More")
    assert "911" in steps["text"] and "Good Samaritan Drug Overdose Act" in details["text"]
    repo = bot.services.features.region_choice
    person = await bot.services.people.resolve(user.id)
    assert (await repo.get(person.key)).region_id == "ca-bc"


@MODULE
async def test_text_that_names_no_country_goes_on_to_the_other_features(bot: Harness) -> None:
    user = bot.api.add_user(language_code="es")
    user.send_command("/overdose")
    card = await user.next_message()
    repo = bot.services.features.region_choice
    person = await bot.services.people.resolve(user.id)
    for text in ("no respira", "Hogwarts"):
        user.send_text(text)
        answer = await user.next_message()
        assert "✓" not in answer["text"] and "alguno de estos" not in answer["text"]
        assert await repo.get(person.key) is None
    user.send_text("Mexico")  # still waiting for the country: the list stays usable too
    await user.next_message()  # saved
    steps = await user.next_message()
    assert "911" in steps["text"] and "México" in steps["text"]
    assert (await repo.get(person.key)).region_id == "mx"
    assert buttons(card)


@MODULE
async def test_a_near_miss_offers_choices(bot: Harness) -> None:
    user = bot.api.add_user(language_code="en")
    user.send_command("/overdose")
    await user.next_message()
    user.send_text("Narnia")  # close to Armenia, not close enough to assume it
    choices = await user.next_message()
    assert "Armenia" in buttons(choices)
    chosen = await edited(bot, user.chat.id, lambda: user.press(choices, "Armenia"))
    assert "112 or 103" in chosen["text"]


@MODULE
async def test_not_now_is_remembered(bot: Harness) -> None:
    user = bot.api.add_user(language_code="uk")
    user.send_command("/overdose")
    card = await user.next_message()
    await edited(bot, user.chat.id, lambda: user.press(card, "Не зараз"))
    user.send_command("/overdose")
    steps = await user.next_message()
    assert NALOXONE["uk"] in steps["text"]
    with pytest.raises(TimeoutError):
        await user.next_message(timeout=0.5)


@MODULE
async def test_menu_button_is_first_and_opens_the_steps(bot: Harness) -> None:
    user = bot.api.add_user(language_code="en")
    user.send_command("/start")
    menu = await user.next_message()
    assert buttons(menu)[0] == "Overdose: what to do"
    user.press(menu, "Overdose: what to do")
    steps = await user.next_message()
    assert NALOXONE["en"] in steps["text"]


@MODULE
async def test_deep_link_opens_the_steps(bot: Harness) -> None:
    user = bot.api.add_user(language_code="ru")
    user.send_command("/start", "overdose")
    steps = await user.next_message()
    assert NALOXONE["ru"] in steps["text"] and "112" in steps["text"]


@MODULE
async def test_other_text_after_the_question_is_not_taken_as_a_country(bot: Harness) -> None:
    user = bot.api.add_user(language_code="en")
    user.send_command("/overdose")
    await user.next_message()
    user.send_command("/help")
    help_text = await user.next_message()
    assert "/overdose" in help_text["text"]
    user.send_text("Madrid")  # no longer waiting for a country: it is not stored
    await bot.idle()  # "Madrid" handled
    person = await bot.services.people.resolve(user.id)
    assert await bot.services.features.region_choice.get(person.key) is None


async def test_overdose_answers_with_the_database_closed(harness: Harness) -> None:
    users = {lang: harness.api.add_user(language_code=lang) for lang in ("en", "ru", "uk", "es")}
    known = harness.api.add_user(language_code="en")
    known.send_command("/overdose")
    await known.next_message()
    known.send_text("Spain")
    assert "Spain" in (await known.next_message())["text"]
    assert "Spain" in (await known.next_message())["text"]
    with contextlib.suppress(Exception):  # the final checkpoint may race other writers
        await harness.services.db.close()
    with pytest.raises(RuntimeError):
        harness.services.db.conn  # noqa: B018 - the database really is gone
    for lang, user in users.items():
        user.send_command("/overdose")
        steps = await asyncio.wait_for(user.next_message(), 5)
        assert NALOXONE[lang] in steps["text"]
        assert "112" in steps["text"] and "911" in steps["text"]
        if lang == "en":  # choosing a country still works; it just cannot be saved
            card = await edited(
                harness, user.chat.id, lambda s=steps, u=user: u.press(s, "🌍 Set my country")
            )
            chosen = await edited(
                harness, user.chat.id, lambda q=card, u=user: u.press(q, "Canada")
            )
            assert "(Canada)" in chosen["text"]
            assert "911" in chosen["text"] and "112" not in chosen["text"]
    # Someone whose country was read before still gets its number, from memory.
    known.send_command("/overdose")
    steps = await asyncio.wait_for(known.next_message(), 5)
    assert "(Spain)" in steps["text"] and "911" not in steps["text"]


@MODULE
async def test_overdose_in_a_group_never_uses_a_remembered_country(bot: Harness) -> None:
    user = bot.api.add_user(language_code="en")
    repo = bot.services.features.region_choice
    person = await bot.services.people.resolve(user.id)
    await repo.set(person.key, "ua")
    group = bot.api.add_group("Friends", members=[user])
    user.send_command("/overdose", chat=group)
    message = await group.inbox.get(5)
    assert "Naloxone" in message["text"] and "Ukraine" not in message["text"]
    assert buttons(message) == ["ℹ️ More"]  # no country buttons: nothing about anyone's place


@MODULE
async def test_forget_erases_the_country(bot: Harness) -> None:
    user = bot.api.add_user(language_code="en")
    repo = bot.services.features.region_choice
    person = await bot.services.people.resolve(user.id)
    await repo.set(person.key, "es")
    await bot.services.people.forget(person)
    assert await repo.get(person.key) is None


@MODULE
async def test_help_commands_and_privacy_mention_overdose(bot: Harness) -> None:
    await bot.settle(0.2)
    for lang, description in (
        ("en", "what to do in an overdose"),
        ("uk", "що робити при передозуванні"),
    ):
        commands = {c["command"]: c["description"] for c in bot.api.commands(language_code=lang)}
        assert description in commands["overdose"]
    user = bot.api.add_user(language_code="ru")
    user.send_command("/privacy")
    privacy = await user.next_message()
    assert "Ваша страна для /overdose" in privacy["text"]
    assert "никогда не город" in privacy["text"]


async def test_a_slow_database_is_waited_for_briefly_and_never_cancelled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot import country_memory

    monkeypatch.setattr(country_memory, "DB_TIMEOUT_S", 0.05)
    finished: list[str] = []

    async def slow() -> str:
        await asyncio.sleep(0.2)
        finished.append("done")
        return "late"

    with pytest.raises(TimeoutError):
        await country_memory.bounded(slow())
    await asyncio.sleep(0.3)
    assert finished == ["done"]  # it ran to its end in the background
    assert await country_memory.bounded(asyncio.sleep(0, result="quick")) == "quick"
