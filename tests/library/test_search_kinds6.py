"""Kinds of miss fixed after blind4 and tune6 (issue 9 items 5 and 6), on the real content: a
question about what the bot keeps comes before the police, a month of pregnancy is a pregnancy,
overheating on a stimulant is a stimulant overdose, street methadone "з вулиці"; regional words
for drinks (guaro, fernet) and codeine syrup open the combination card; everyday messages with a
street word (ice on a sprained ankle, weeds between paving, a sewing-machine needle) stay
unanswered. The search here has no sentence embeddings, so these are the words, the lexicon and
the tie-breaks alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.library import cues
from bot.library.intent import Route, Router
from bot.library.search import SearchIndex

ROOT = Path(__file__).resolve().parents[2]


# index and router: the real content's, shared (tests/library/conftest.py)


def ranked(index: SearchIndex, text: str, lang: str) -> list[str]:
    return [h.topic_id for h in index.search(text, lang, threshold=0.0)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "can the police read my chats with this bot"),
        ("ru", "бот хранит переписку? полиция сможет её прочитать"),
        ("uk", "бот зберігає листування? поліція зможе прочитати"),
        ("es", "este bot guarda los mensajes? la policia los puede leer"),
    ],
)
def test_what_the_bot_keeps_comes_before_the_police(index, lang: str, text: str) -> None:
    assert cues.asks_about_bot(text)
    got = ranked(index, text, lang)
    assert got and got[0] == "about-this-bot", got


@pytest.mark.parametrize(
    "text",
    ["the robot vacuum broke", "мой ботинок порвался", "el botón no funciona"],
)
def test_bot_means_the_bot_only(text: str) -> None:
    assert not cues.asks_about_bot(text)


@pytest.mark.parametrize(
    ("text", "pregnant"),
    [
        ("я на 5 місяці і вживаю сіль", True),
        ("я на 4 месяце, можно ли мне метадон", True),
        ("на 5 месяцев уехал в другой город", False),
    ],
)
def test_a_month_of_pregnancy(text: str, pregnant: bool) -> None:
    assert cues.asks_pregnancy(text) is pregnant


def test_overheating_on_a_stimulant_is_an_overdose() -> None:
    assert cues.asks_overdose("que es un golpe de calor por coca o anfetas")
    assert cues.asks_overdose("heatstroke after speed at a festival")


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("es", "perico y guaro toda la noche hace daño al corazon?", {"cocaine", "alcohol"}),
        ("es", "rivotril con fernet que onda", {"clonazepam", "alcohol"}),
        ("uk", "ксанакс і кодеїновий сироп", {"alprazolam", "codeine"}),
        ("ru", "ксанакс и кодеиновый сироп вместе", {"alprazolam", "codeine"}),
    ],
)
def test_regional_drink_words_and_codeine_syrup_open_the_combination_card(
    router: Router, lang: str, text: str, pair: set[str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.COMBO
    assert intent.substances is not None and set(intent.substances) == pair


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "twisted my ankle at footy, ice or heat?"),
        ("en", "how do i get rid of weeds between patio slabs"),
        ("uk", "голка на швейній машинці зламалась, яку купити"),
        ("uk", "яка голка потрібна для джинсу на швейній машинці"),
    ],
)
def test_everyday_messages_with_a_street_word_stay_unanswered(index, lang: str, text: str) -> None:
    assert index.search(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "ice and weed together, how bad"),
        ("uk", "купив голки і шприци, де здати старі"),
    ],
)
def test_drug_questions_with_the_same_words_are_still_answered(index, lang: str, text: str) -> None:
    assert index.search(text, lang) != []
