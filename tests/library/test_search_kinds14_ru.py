"""Kinds of Russian miss fixed after tune13 (issue 9, fourteenth session), on the real content:
what is checked ("на примеси", "на состав") is no place; "плюс" joins two substances into a combination; released from prison
("откинулся с зоны", "после отсидки") and "чуть не откинулся" (nearly, once) are not an overdose
now, and a bare "откинулся" no longer means prison in the lexicon; "с рук" (bought off the street)
is not street methadone unless methadone is named; the generic name "алпразолам"; "винт" beside a
laptop or a computer is a screw. The messages are written for this test, not copied from the
labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.emergency_text import is_emergency
from bot.library.intent import Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    "text",
    [
        "есть лаборатории которые смотрят порошок на примеси",
        "хочу отдать таблетки на состав, это анонимно?",
    ],
)
def test_what_is_checked_is_no_place(router: Router, text: str) -> None:
    assert router._place(text, []) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "фен плюс пиво, чем это грозит",
        "лирика плюс трамал, что по сердцу будет",
        "кет плюс водка что будет",
    ],
)
def test_plus_joins_two_substances(router: Router, text: str) -> None:
    assert router.route(text, "ru").kind == "combo", text


def test_plus_minus_is_not_a_mix(router: Router) -> None:
    assert router.route("у меня плюс минус грамм мефа, как делить", "ru").kind == "topic"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("откинулся с зоны в марте, можно ли сразу как раньше", False),
        ("откинулась после отсидки, хочу уколоться", False),
        ("в прошлом году чуть не откинулся от гэ, теперь боюсь", False),
        ("брат откинулся после дозы, не дышит", True),
        ("она откинулась от передоза и не просыпается", True),
    ],
)
def test_released_or_nearly_is_not_an_overdose_now(text: str, expected: bool) -> None:
    assert is_emergency(text) is expected, text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("откинулся с зоны месяц назад, какую дозу теперь брать", "tolerance-loss"),
        ("с гбл однажды чуть не откинулся, как отмерять дозу", "ghb-gbl"),
        ("взял лирику с рук, сколько можно за раз", "pregabalin"),
        ("алпразолам сколько часов действует", "benzodiazepines"),
    ],
)
def test_the_first_topic(index: SearchIndex, text: str, topic: str) -> None:
    hits = index.search(text, "ru")
    assert hits and hits[0].topic_id == topic, (text, [h.topic_id for h in hits])


@pytest.mark.parametrize(
    "text",
    [
        "винт на ноутбуке прокручивается, чем открутить",
        "в компьютере винт шумит, менять или нет",
    ],
)
def test_a_screw_in_a_laptop_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "ru") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "почему нельзя смешивать опиаты и алкашку",
        "почему нельзя совмещать феназепам и бухло",
        "почему так опасно мешать успокоительные с бухлом",
        "почему ханку с водкой мешать нельзя",
    ],
)
def test_russian_depressants_in_street_words(text: str) -> None:
    assert cues.asks_mixing_depressants(text), text


@pytest.mark.parametrize(
    "text",
    [
        "варили вместе, а у него гепатит оказался, что мне делать",
        "гепатитом можно заразиться через общую трубку?",
    ],
)
def test_hepatitis_named_in_any_case(index: SearchIndex, text: str) -> None:
    hits = index.search(text, "ru")
    assert hits and hits[0].topic_id == "hepatitis-c", (text, [h.topic_id for h in hits])


# Kinds fixed after blind11-tune's look (late round): fresh wordings, never the labelled texts.
@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("вы записываете переписку? кто-то её читает?", "about-this-bot"),
        ("мне очень плохо в последнее время, с кем можно поговорить", "mental-health-crisis"),
        ("после коки всегда хочется ещё, это нормально?", "cocaine"),
        ("что светит за хранение травы в казахстане", "police-and-rights"),
        ("вызвали на допрос, что можно не говорить", "police-and-rights"),
        ("вышел из ребцентра, хочу разок отметить, опасно?", "tolerance-loss"),
    ],
)
def test_blind11_kinds_ru(index: SearchIndex, text: str, topic: str) -> None:
    hits = index.search(text, "ru")
    assert hits and hits[0].topic_id == topic, (text, [h.topic_id for h in hits])


def test_really_the_drug_not_a_fake_is_testing_ru(index: SearchIndex) -> None:
    hits = index.search("как понять что это реально кокс а не фуфло", "ru")
    assert hits and hits[0].topic_id in ("drug-checking", "reagent-tests"), [
        h.topic_id for h in hits
    ]


def test_a_cracking_glass_pipe_is_safer_smoking_ru(index: SearchIndex) -> None:
    hits = index.search("трубка треснула уже вторая, чем лучше курить", "ru")
    assert hits and hits[0].topic_id == "safer-smoking", [h.topic_id for h in hits]


def test_a_vegetable_garden_stays_unanswered_ru(index: SearchIndex) -> None:
    assert index.search("листья у помидоров желтеют, чем подкормить", "ru") == []
