"""Kinds of Ukrainian and Russian miss fixed after the first look at tune24 (issue 9, twenty-fourth
session, helper srchuk), on the real content, without sentence embeddings (the messages are
written for this test, not copied from the labelled sets).

- Phenazepam made small ("фенюха", "фенюся", "фенюшка") in its case forms: phenazepam, never
  amphetamine ("фен"), and no fennel ("фенхель").
- "гб" (GHB) after a word that sets it as a substance ("після гб", "на гб підсів"); never a
  gigabyte after a number ("телефон на 128 гб", "флешка 64 гб і кабель").
- A light bulb made into a pipe, beside a smoking verb ("курил с лампочки"): safer smoking; a
  bulb that is a bulb ("лампочка перегоріла") is no drug word.
- Dead drops laid as paid work ("раскидывать закладки", "робота на закладках", "закладки за
  гроші"): the dead-drops topic; a browser's bookmarks ("закладки в браузере") are not.
- A place the bot knows said before "есть"/"є" ("в киеве есть тест на вич?", "у одесі є замісна
  терапія?"): the finder there, as "есть в киеве ..." already was; a thing said with "в"/"у"
  ("в крови", "в аптеке", "у мене") is no place.
- A stretch of time after "на" ("на неделю", "на тиждень", "у відпустку") is no place: doses taken
  along on treatment stay the topic.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Route, Router
from bot.library.model import Library
from bot.library.search import SearchIndex


def _substances(real: Library, text: str, lang: str) -> set[str]:
    return {sub for m in real.lexicon.find(text, lang) for s in m.senses for sub in s.substances}


def _topics(real: Library, text: str, lang: str) -> set[str]:
    return {t for m in real.lexicon.find(text, lang) for s in m.senses for t in s.topics}


# -- phenazepam made small ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("без фенюхи уже не могу уснуть", "ru"),
        ("фенюшку пила на ніч, хочу злізти", "uk"),
        ("сидит на фенюсе второй год", "ru"),
        ("з фенюхою тиждень, чи буде відміна", "uk"),
    ],
)
def test_phenazepam_made_small_is_phenazepam(real: Library, text: str, lang: str) -> None:
    assert _substances(real, text, lang) == {"phenazepam"}, text


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("фенхель заварить малышу от колик", "ru", set()),
        ("фену нюхнув на вечірці", "uk", {"amphetamine"}),
    ],
)
def test_fennel_and_speed_are_no_phenazepam(
    real: Library, text: str, lang: str, found: set[str]
) -> None:
    assert _substances(real, text, lang) == found, text


def test_phenazepam_made_small_finds_the_benzodiazepine_topics(index: SearchIndex) -> None:
    hits = index.search("на фенюхе год, как слезть без судорог", "ru")
    assert hits and hits[0].topic_id in ("benzodiazepine-withdrawal", "benzodiazepines")


# -- "гб" after a word that sets it ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("після гб нудить і крутиться голова", "uk"),
        ("на гб подсела, как бросить", "ru"),
        ("без гб не сплю третю ніч", "uk"),
    ],
)
def test_gb_after_a_setting_word_is_ghb(real: Library, text: str, lang: str) -> None:
    assert "ghb" in _substances(real, text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ноутбук на 512 гб и 16 оперативки", "ru"),
        ("тариф 20 гб і безліміт на дзвінки", "uk"),
        ("флешку на 32 гб з собою взяти", "uk"),
    ],
)
def test_gigabytes_are_no_ghb(real: Library, text: str, lang: str) -> None:
    assert "ghb" not in _substances(real, text, lang), text


# -- a light bulb as a pipe --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("дули из лампочки всей компанией, губы обожгло", "ru"),
        ("курив з лампочки, горло пече", "uk"),
    ],
)
def test_smoking_from_a_bulb_is_safer_smoking(real: Library, text: str, lang: str) -> None:
    assert "safer-smoking" in _topics(real, text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("из лампочки течёт вода после соседей сверху", "ru"),
        ("лампочку в ванній поміняти, яка потрібна", "uk"),
    ],
)
def test_a_bulb_alone_is_no_drug_word(real: Library, text: str, lang: str) -> None:
    assert "safer-smoking" not in _topics(real, text, lang), text


# -- dead drops as paid work -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("знакомый зовёт раскладывать закладки, это сколько лет", "ru"),
        ("працювати на закладках після школи, чим ризикую", "uk"),
        ("пишуть у телеграмі, закладки за бабки", "uk"),
    ],
)
def test_paid_drop_work_is_dead_drops(
    real: Library, index: SearchIndex, text: str, lang: str
) -> None:
    assert "dead-drops" in _topics(real, text, lang), text
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == "dead-drops", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("закладки в хроме пропали после обновления", "ru"),
        ("як зробити закладки в браузері на телефоні", "uk"),
    ],
)
def test_bookmarks_are_no_dead_drops(real: Library, text: str, lang: str) -> None:
    assert "dead-drops" not in _topics(real, text, lang), text


# -- a place before "есть"/"є" -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "service"),
    [
        ("в харькове есть заместительная терапия?", "ru", "opioid-agonist-therapy"),
        ("у дніпрі є безкоштовний тест на гепатит?", "uk", "hepatitis-testing-treatment"),
        ("в новосибирске есть где поменять шприцы?", "ru", "syringe-services"),
    ],
)
def test_a_known_place_before_is_there_is_the_finder(
    router: Router, text: str, lang: str, service: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind is Route.SERVICE and intent.service_type == service, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("в моче есть метадон, сколько выводится", "ru"),
        ("у мене є налоксон у шприці, куди колоти", "uk"),
        ("в аптеке есть налоксон без рецепта?", "ru"),
        ("в сумке есть шприцы, полиция может забрать?", "ru"),
    ],
)
def test_a_thing_said_with_in_is_no_place(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind is not Route.SERVICE, text


# -- a stretch of time is no place -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("на метадоне дают дозы на неделю домой?", "ru"),
        ("на замісній можна отримати дози на тиждень наперед?", "uk"),
        ("на программе можно взять дозы в отпуск?", "ru"),
    ],
)
def test_doses_for_a_stretch_of_time_are_the_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind is Route.TOPIC, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("де на вихідних дають налоксон у львові", "uk"),
        ("где в одессе на выходных сдать тест на вич", "ru"),
    ],
)
def test_a_time_beside_a_place_keeps_the_finder(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind is Route.SERVICE, text
