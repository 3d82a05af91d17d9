"""Kinds of Russian and English miss fixed after tune17 (issue 9, seventeenth session), on the real
content: a hard disk ("винт") beside a laptop or an SSD is hardware; rubbish ("вывоз мусора") is
never the police of "мусора"; a charlie horse is a cramp; Molly or Charlie in a film is a person;
a hospital stay said small ("в больничке") is a break before tolerance loss; a dead drop not
found is the dead-drops topic; what possession costs ("за хранение ... срок") is the police
topic; "pulled a whitey" is too much cannabis. The messages are written for this test, not
copied from the labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str, lang: str) -> str | None:
    hits = index.search(text, lang)
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("винт в системнике гудит, пора менять?", "ru"),
        ("винт на 2 тб для ноута какой брать", "ru"),
        ("сколько стоит вынос строительного мусора после ремонта", "ru"),
        ("контейнер для мусора во дворе переполнен, куда жаловаться", "ru"),
        ("за хранение шин на зиму сколько берут", "ru"),
        ("сколько дают за хранение чемодана в камере хранения", "ru"),
        ("как найти дом по координатам на карте", "ru"),
        ("how to get rid of a charlie horse in the thigh after running", "en"),
        ("which films is charlie chaplin best known for", "en"),
        ("is molly shannon in any netflix series", "en"),
        ("whitey bulger documentary worth watching?", "en"),
    ],
)
def test_everyday_senses_are_not_answered(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        (
            "две недели в больничке лежал, не употреблял, сколько брать теперь",
            "ru",
            "tolerance-loss",
        ),
        ("не нашла закладку второй раз, что делать", "ru", "dead-drops"),
        ("за хранение мефа какой срок в россии", "ru", "police-and-rights"),
        ("у нас во дворе продают, за сбыт сколько дают вообще", "ru", "police-and-rights"),
        ("my friend threw a whitey off a bong, what should i do", "en", "cannabis"),
    ],
)
def test_kinds_find_their_topic(index: SearchIndex, text: str, lang: str, topic: str) -> None:
    assert _first(index, text, lang) == topic, text


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        # guards: the street sense stays where the drug is taken
        ("винт курю неделю, не сплю", "ru", "methamphetamine"),
        ("мусора приняли на улице, что говорить", "ru", "police-and-rights"),
        ("шприцы можно в пакет для мусора выбросить?", "ru", "syringe-disposal"),
        ("been on the charlie all weekend, nose is wrecked", "en", "cocaine"),
        ("watched a movie on molly and my jaw is sore", "en", "mdma"),
    ],
)
def test_street_senses_stay(index: SearchIndex, text: str, lang: str, topic: str) -> None:
    assert _first(index, text, lang) == topic, text


def test_rubbish_is_not_the_police() -> None:
    assert not cues.asks_police("вывоз мусора в нашем доме подорожал")
    assert cues.asks_police("мусора остановили и обыскали")
    assert cues.asks_police("мусора на улице тормознули, что делать")
    assert cues.asks_police("убежала от мусора, будут искать?")
