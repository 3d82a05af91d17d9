"""Kinds of Ukrainian miss fixed after search tune16 (issue 9, sixteenth session), on the real
content, without sentence embeddings (the messages are written for this test, not copied from
the labelled sets).

- Ukrainian typed in Latin letters (the national transliteration, "pislia", "politsiia", and the
  Russian habits, "ya", "c", "h" for "х"): read again in Cyrillic when the Latin words find
  nothing; everyday Latin messages stay unanswered.
- Street words: "план" smoked (cannabis), the case forms of "первітин" and "первак", a condom that
  broke or slipped in street words (PEP), the Russian "полоски" for the test strips, a
  "veterinary drug" cut into the opioids (xylazine, medetomidine); "план" for the weekend and
  "полоски" on a wall are not drugs.
- What is really in a pill or a powder ("шо реально в таблетці"): drug checking.
- Getting through withdrawal in surzhyk ("переламатись", "перекумарити"): withdrawal, the
  opioids' when an opioid is named; "шо пити" for it asks for a medicine, not a drink.
- Bath crystals and bath salt with sea salt or lavender are a bath, not "соль для ванн".
"""

from __future__ import annotations

import pytest

from bot.library.intent import Route, Router
from bot.library.search import SearchIndex, _cyrillic_uk


def _first(index: SearchIndex, text: str) -> str | None:
    hits = index.search(text, "uk")
    return hits[0].topic_id if hits else None


def test_ukrainian_translit_letters() -> None:
    assert _cyrillic_uk("pislia shyiu, kyiv, moyi") == "після шию, київ, мої"
    assert _cyrillic_uk("politsiia, ce, zhar, yakyi, noviy") == "поліція, це, жар, який, новий"
    assert _cyrillic_uk("nyuh", "х") == "нюх"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("chy mozhna kolotysia v shyiu", "safer-injecting"),
        ("pislia hrybiv bachu vizerunky, koly mine", "psychedelics"),
    ],
)
def test_ukrainian_in_latin_letters(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


@pytest.mark.parametrize("text", ["kupyty khlib i moloko vvecheri"])
def test_everyday_ukrainian_latin_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "uk") == [], text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("плану накурився вперше, шо робити якщо параною накрило", "cannabis"),
        ("первітину хочу спробувати, наскільки він сильний", "methamphetamine"),
        ("гумка порвалась з дівчиною, шо пити щоб не було віл", "hiv-prep-pep"),
        ("злетів презерватив з незнайомим, скільки є часу на таблетки", "hiv-prep-pep"),
        ("тест-полоска на фентаніл показала одну риску, шо це значить", "fentanyl-test-strips"),
        ("у гєру намішали ветеринарний препарат, чим це погано", "xylazine"),
        ("як дізнатися що насправді в порошку який взяв як кокс", "drug-checking"),
    ],
)
def test_ukrainian_street_words(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


@pytest.mark.parametrize(
    "text",
    [
        "план на вихідні: поїхати в карпати",
        "полоски на стінах після фарбування як прибрати",
        "сіль для ванни з лавандою дитині можна?",
        "кристали для ванни з аромамаслом куди додавати",
    ],
)
def test_everyday_senses_stay_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "uk") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "перекумарити з гери скільки днів",
        "хочу переламатись з метадону на хаті, як легше",
    ],
)
def test_getting_through_opioid_withdrawal(index: SearchIndex, text: str) -> None:
    assert _first(index, text) == "opioid-withdrawal", text


def test_getting_through_benzodiazepines_is_their_withdrawal(index: SearchIndex) -> None:
    text = "переламався з феназепаму, тепер не сплю тиждень"
    assert _first(index, text) == "benzodiazepine-withdrawal", text


def test_a_fake_named_in_slang_is_drug_checking(index: SearchIndex) -> None:
    text = "як зрозуміти шо це реально кетамін а не якась фігня"
    assert _first(index, text) == "drug-checking", text


@pytest.mark.parametrize(
    "text", ["ломка з метадону, шо пити", "що пити від кумару якщо на метадоні"]
)
def test_what_to_take_in_withdrawal_is_no_drinking(router: Router, text: str) -> None:
    assert router.route(text, "uk").kind == Route.TOPIC, text


def test_beer_with_methadone_is_still_a_combination(router: Router) -> None:
    text = "кумарить, а метадону мало, можна пиво пити?"
    assert router.route(text, "uk").kind == Route.COMBO, text
