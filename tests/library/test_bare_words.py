"""A street word sent on its own with several readings ("фен": amphetamine or phenazepam; "соль":
alpha-PVP or another cathinone) gets a one-tap "Do you mean ...?" question, never a guess; the
same word among other words keeps its settled meaning. Units on the real lexicon, the validator
on a written file, and the real Application (real content) against the fake Bot API server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest_asyncio

from bot.library.lexicon import load_lexicon
from bot.runner import running_bot
from tests.conftest import TOKEN, Harness, buttons, make_settings, next_matching

ROOT = Path(__file__).resolve().parents[2]


def _real_lexicon():
    lexicon, problems = load_lexicon(ROOT / "content")
    assert not problems
    return lexicon


def test_a_bare_word_counts_its_readings_alone_and_only_alone() -> None:
    lexicon = _real_lexicon()
    bare = lexicon.bare("фен?", "ru")
    assert bare is not None and bare.ambiguous
    assert {s for sense in bare.senses for s in sense.substances} == {"amphetamine", "phenazepam"}
    salt = lexicon.bare("Соль", "ru")
    assert salt is not None and salt.ambiguous
    # among other words the word keeps its one meaning: search and the combination checker
    # never see the readings of the bare word
    assert lexicon.bare("фен для волос", "ru") is None
    assert lexicon.substances_for("фен", "ru") == ["amphetamine"]
    assert not any(m.ambiguous for m in lexicon.find("выпил пару пива, можно ли теперь фен", "ru"))
    # "феня" has one meaning alone too: phenazepam, answered at once
    fenya = lexicon.bare("феня", "ru")
    assert fenya is not None and not fenya.ambiguous


def test_alone_must_be_a_yes_or_no_without_countries(tmp_path: Path) -> None:
    (tmp_path / "lexicon.yaml").write_text(
        "entries:\n"
        "  - words: {ru: [фен]}\n"
        "    alone: maybe\n"
        "    substances: [phenazepam]\n"
        "  - words: {es: [cristal]}\n"
        "    alone: true\n"
        "    countries: [MX]\n"
        "    substances: [methamphetamine]\n",
        encoding="utf-8",
    )
    _, problems = load_lexicon(tmp_path)
    messages = [p.message for p in problems]
    assert any("`alone` must be true or false" in m for m in messages), messages
    assert any("no `countries` nor `expand`" in m for m in messages), messages


@pytest_asyncio.fixture
async def real_harness(fake_api, tmp_path: Path) -> AsyncIterator[Harness]:
    """The bot on the real content folder (the fixture library has no stimulant topics)."""
    env = {"HRBOT_CONTENT_POLL_SECONDS": "0", "HRBOT_PEER_HOURS": "24/7"}
    settings = make_settings(tmp_path, env, api_url=fake_api.base_url)
    async with running_bot(settings, TOKEN) as app:
        yield Harness(app, fake_api, settings)


async def test_bare_fen_asks_which_and_a_tap_opens_that_reading(real_harness: Harness) -> None:
    user = real_harness.api.add_user(language_code="ru")
    user.send_text("фен")
    question = await user.next_message(timeout=10)
    assert "«фен» может значить разное. Вы имеете в виду:" in question["text"]
    assert buttons(question) == ["амфетамин", "феназепам", "Спросить консультанта"]
    # the buttons carry signed payloads, never the bare topic id
    data = [b["callback_data"] for row in question["reply_markup"]["inline_keyboard"] for b in row]
    assert "benzodiazepines" not in data and all(len(d) > 12 for d in data)
    user.press(question, button_text="феназепам")
    topic = await next_matching(user, lambda m: "Бензодиазепины" in m["text"])
    assert "Метамфетамин" not in topic["text"]


async def test_bare_salt_in_ukrainian_and_settled_words_are_answered(
    real_harness: Harness,
) -> None:
    api = real_harness.api
    user = api.add_user(language_code="uk")
    user.send_text("сіль")
    question = await user.next_message(timeout=10)
    assert "«сіль» може означати різне" in question["text"]
    assert buttons(question)[:2] == ["альфа-PVP", "синтетичні катинони"]
    # the word with others is not asked about: "феня с пивом" is the combination card
    other = api.add_user(language_code="ru")
    other.send_text("феня с пивом")
    card = await other.next_message(timeout=10)
    assert "может значить разное" not in card["text"]
    assert "Проверить другую комбинацию" in buttons(card)
    # a word whose readings differ by country keeps the country question ("cristal")
    es = api.add_user(language_code="es")
    es.send_text("cristal")
    asked = await es.next_message(timeout=10)
    assert "significa cosas distintas según el lugar" in asked["text"]
    assert {"metanfetamina", "MDMA"} <= set(buttons(asked))
