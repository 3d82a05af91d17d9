"""Kinds of Ukrainian miss fixed after search tune15 (issue 9, fifteenth session, second round),
on the real content, without sentence embeddings (the messages are written for this test, not
copied from the labelled sets).

- "пити" asked with how many pills ("скільки можна пити", "... на день") is taking the pills,
  not drinking alcohol: the drug's topic, not the combination card.
- Street names: amphetamine as "фенік", MDMA as "молі", medetomidine misspelt or as
  dexmedetomidine; a glass pipe as "стекло / скло для курива".
- Everyday senses kept: a clothes moth ("засіб від молі в шафі"), a small hairdryer ("фенік").
"""

from __future__ import annotations

import pytest

from bot.library.intent import Route, Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("прегабалін капсули по 300, скільки мені можна пити?", "pregabalin"),
        ("таблетки лірики скільки можна пити на день", "pregabalin"),
        ("лирика по 300 сколько можно пить", "pregabalin"),
    ],
)
def test_pills_taken_are_no_drink(
    index: SearchIndex, router: Router, text: str, topic: str
) -> None:
    lang = "ru" if "сколько" in text else "uk"
    assert router.route(text, lang).kind == Route.TOPIC
    found = index.search(text, lang)
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text", ["на метадоні можна пити пиво?", "на лирике можно пить", "феназепам і пити"]
)
def test_drinking_on_a_drug_stays_a_combination(router: Router, text: str) -> None:
    lang = "ru" if "можно" in text else "uk"
    assert router.route(text, lang).kind == Route.COMBO


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("фенік на вихідних скільки можна", "methamphetamine"),
        ("молі скільки на вечір брати", "mdma"),
        ("медетомедин в героїні це що", "medetomidine"),
        ("дексмедетомідин в гері звідки", "medetomidine"),
        ("стекло для курива де знайти", "safer-smoking"),
        ("скло для куріння з чим мити", "safer-smoking"),
    ],
)
def test_ukrainian_street_words_reach_the_topic(index: SearchIndex, text: str, topic: str) -> None:
    found = index.search(text, "uk")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


@pytest.mark.parametrize(
    "text",
    [
        "засіб від молі в шафі який краще",
        "міль їсть одяг, від молі що допоможе",
        "молі в крупі завелись що робити",
        "фенік для волосся не дме гарячим",
    ],
)
def test_moths_and_hairdryers_stay_everyday(index: SearchIndex, text: str) -> None:
    assert index.search(text, "uk") == [], [h.topic_id for h in index.search(text, "uk")]


@pytest.mark.parametrize(
    "text", ["діазепаму скільки можна за раз", "гідазепаму пачку купила, це сильне?"]
)
def test_benzodiazepine_case_forms_in_any_country(index: SearchIndex, text: str) -> None:
    found = index.search(text, "uk", country="PL")
    assert found and found[0].topic_id.startswith("benzodiazepine"), [h.topic_id for h in found]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("спільну трубочку даємо по колу, чи можна щось підхопити", "safer-snorting"),
        ("трубочку для нюхання треба свою мати?", "safer-snorting"),
        ("трубочки для коктейлів паперові де купити", None),
    ],
)
def test_a_shared_snorting_straw(index: SearchIndex, text: str, topic: str | None) -> None:
    found = [h.topic_id for h in index.search(text, "uk")]
    assert (found[:1] == [topic]) if topic else found == [], found


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("хто ви такі взагалі", "about-this-bot"),
        ("хто вас фінансує", "about-this-bot"),
        ("куди йде те що я пишу", "about-this-bot"),
        ("кто вы такие вообще", "about-this-bot"),
        # someone else's words quoted beside a drug question: the drug question
        ("мама каже хто ви такі без лікаря, я на метадоні", "opioid-agonist-therapy"),
    ],
)
def test_who_the_bot_is(index: SearchIndex, text: str, first: str) -> None:
    lang = "ru" if "кто" in text else "uk"
    found = index.search(text, lang)
    assert found and found[0].topic_id == first, [h.topic_id for h in found]
