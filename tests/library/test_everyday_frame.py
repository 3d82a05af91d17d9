"""A street word used innocently: an everyday frame keeps search and the router from answering."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.library.combos import ComboChecker
from bot.library.cues import everyday_frame
from bot.library.intent import Router
from bot.library.loader import errors, load_library
from bot.library.search import SearchConfig, SearchIndex

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def real():
    library, problems = load_library(ROOT / "content")
    assert not errors(problems)
    return library


@pytest.mark.parametrize(
    "text",
    [
        "what temperature should the oven be for bread dough with salt",
        "какой фен для волос выбрать для кудрявых",
        "закладка для книги из фетра своими руками",
        "скільки солі додати в тісто на вареники",
        "як посадити мак у саду щоб цвів усе літо",
        "¿cuánto tarda en crecer el césped si lo riego cada día?",
        "mi perico no come alpiste desde ayer",
        "which knitting needles are best for a thick yarn scarf",
        "почему телеграм не присылает уведомления",
    ],
)
def test_everyday_messages_are_framed(text: str) -> None:
    assert everyday_frame(text)


@pytest.mark.parametrize(
    "text",
    [
        "можно ли фен с алкоголем",
        "где закладки безопаснее",
        "how much speed is too much on a night out",
        "чи можна курити травичку після мдма",
        "¿se puede mezclar perico con alcohol?",
        "my hair test is next week, will weed show up",
        "можно ли купить лирику без рецепта",
        "dónde compro naloxona, necesito receta?",
        # nothing everyday in it at all
        "сколько держится соль",
    ],
)
def test_drug_questions_are_not_framed(text: str) -> None:
    assert not everyday_frame(text)


def test_search_and_router_leave_framed_messages_alone(real) -> None:
    index = SearchIndex(real, SearchConfig(embeddings=False))
    router = Router(ComboChecker(real), real.lexicon)
    for text, lang in (
        ("Какой фен для волос лучше для тонких волос?", "ru"),
        ("як зробити сіль для ванни з лавандою і ефірною олією", "uk"),
        ("donde compro pipas de girasol con sal", "es"),
        ("сколько соли и мака класть в тесто для булочек", "ru"),
    ):
        assert index.search(text, lang) == []
        assert router.route(text, lang).kind == "topic"
    assert index.search("можно ли фен с алкоголем", "ru")
