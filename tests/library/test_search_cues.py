"""Tie-breaks by what a question asks (bot.library.cues), the off-topic guard for pets and
passwords, and the routing fixes of the blind-set round, on the real content."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.library import cues
from bot.library.intent import Router
from bot.library.search import Hit, SearchIndex, _prefer_by_cues

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "text",
    [
        "how slow should i taper off klonopin",
        "різко кинув бензи, трусить",
        "хочу бросить феназепам",
        "dejé el clonazepam de golpe",
        "как слезть с фени",
    ],
)
def test_stopping_is_told_by_its_words(text: str) -> None:
    assert cues.prefers_withdrawal(text)
    assert not cues.asks_duration(text)


@pytest.mark.parametrize(
    "text",
    [
        "how long do bars stay in ur system",
        "сколько действует феназепам",
        "феназепам скільки діє",
        "los rivotriles cuánto duran",
    ],
)
def test_how_long_it_lasts_is_told_by_its_words(text: str) -> None:
    assert cues.asks_duration(text)
    assert not cues.prefers_withdrawal(text)


def test_fold_keeps_ukrainian_letters_and_drops_latin_accents() -> None:
    assert cues.fold("Dejé Їжак йод ёж") == "deje їжак йод еж"


def _hits(*ids: str) -> list[Hit]:
    return [Hit(topic_id, 0.9, "en", "en") for topic_id in ids]


def test_tie_break_moves_a_substance_to_its_own_withdrawal_and_back() -> None:
    both = _hits("benzodiazepines", "benzodiazepine-withdrawal", "alcohol-withdrawal")
    stopped = _prefer_by_cues("how do i quit xanax", both)
    assert [h.topic_id for h in stopped][:2] == ["benzodiazepine-withdrawal", "benzodiazepines"]
    assert [h.score for h in stopped] == sorted((h.score for h in stopped), reverse=True)
    lasting = _prefer_by_cues("how long does xanax last", stopped)
    assert lasting[0].topic_id == "benzodiazepines"


def test_tie_break_never_moves_another_substances_withdrawal_first() -> None:
    # stopping pregabalin is the pregabalin topic, not benzodiazepine withdrawal
    hits = _hits("pregabalin", "benzodiazepine-withdrawal")
    assert _prefer_by_cues("что будет если резко бросить лирику", hits) == hits
    # and a pregnancy question about stopping stays the pregnancy topic
    hits = _hits("pregnancy", "opioid-withdrawal")
    assert _prefer_by_cues("im pregnant and on opioids, should i stop", hits) == hits


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "у кота понос что делать"),
        ("ru", "как поменять пароль в телеграме"),
        ("en", "how do i reset my password"),
        ("es", "mi perro comió chocolate, es peligroso?"),
        ("uk", "кіт нічого не їсть"),
    ],
)
def test_pets_and_passwords_get_no_library_answer(index: SearchIndex, lang: str, text: str) -> None:
    assert index.search(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "my dog ate some of my weed", "cannabis"),
        ("ru", "кот съел таблетку феназепама", "benzodiazepines"),
    ],
)
def test_a_named_substance_still_gets_its_topic_beside_a_pet(
    index: SearchIndex, lang: str, text: str, expected: str
) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == expected


def test_a_slang_words_own_topic_comes_before_the_wider_one(index: SearchIndex) -> None:
    hits = [Hit("cathinones", 1.0, "uk", "uk"), Hit("salts-alpha-pvp", 1.0, "uk", "uk")]
    ordered = index._prefer_own_topic("від солі в друга параноя", "uk", None, hits)
    assert [h.topic_id for h in ordered] == ["salts-alpha-pvp", "cathinones"]
    # not equally sure: the order stays
    unequal = [Hit("cathinones", 1.0, "uk", "uk"), Hit("salts-alpha-pvp", 0.8, "uk", "uk")]
    assert index._prefer_own_topic("від солі параноя", "uk", None, unequal) == unequal


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("uk", "п'ю флуоксетин, чи можна мдма", {"fluoxetine", "mdma"}),
        ("uk", "героїн з лірікою небезпечно?", {"heroin", "pregabalin"}),
    ],
)
def test_ukrainian_question_particle_and_russian_letters_still_make_a_combination(
    router: Router, lang: str, text: str, pair: set[str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo"
    assert set(intent.substances) == pair


def test_ukrainian_chi_between_two_names_still_compares(router: Router) -> None:
    assert router.route("героїн чи фентаніл сильніше", "uk").kind == "topic"


@pytest.mark.parametrize(
    ("lang", "text", "service", "place"),
    [
        ("ru", "drug checking в Мадриде есть?", "drug-checking", "Мадриде"),
        ("es", "intercambio de jeringuillas en el Raval", "syringe-services", "Raval"),
    ],
)
def test_service_with_a_place_said_in_other_ways(
    router: Router, lang: str, text: str, service: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert (intent.kind, intent.service_type, intent.place) == ("service", service, place)


def test_a_pronoun_is_never_a_place(router: Router) -> None:
    assert router._place("can someone test my pills and tell me whats in them") is None


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("k and coke at the same time bad idea?", {"ketamine", "cocaine"}),
        ("bumps of k and molly", {"ketamine", "mdma"}),
    ],
)
def test_a_lone_k_beside_a_mixing_word_is_ketamine(
    router: Router, text: str, pair: set[str]
) -> None:
    intent = router.route(text, "en")
    assert intent.kind == "combo"
    assert set(intent.substances) == pair


@pytest.mark.parametrize("text", ["k thanks", "i make 5k a month and use coke", "ok k"])
def test_k_elsewhere_names_nothing(router: Router, text: str) -> None:
    assert router.route(text, "en").kind == "topic"


def test_a_testing_question_puts_the_test_before_the_substance() -> None:
    hits = _hits("mdma", "reagent-tests")
    moved = _prefer_by_cues("what color should mandelin turn for real molly", hits)
    assert moved[0].topic_id == "reagent-tests"
    # not a testing question: the substance stays first
    assert _prefer_by_cues("how long does molly last", hits) == hits


def test_overdose_signs_of_a_stimulant_are_the_stimulant_topic() -> None:
    hits = _hits("overdose-signs-opioids", "stimulant-overdose")
    moved = _prefer_by_cues("cuáles son las señales de una sobredosis de estimulantes", hits)
    assert moved[0].topic_id == "stimulant-overdose"
    assert _prefer_by_cues("signs of a heroin overdose", hits) == hits


def test_what_to_do_puts_the_steps_before_the_signs() -> None:
    hits = _hits("overdose-signs-opioids", "street-methadone-heroin", "overdose-response")
    moved = _prefer_by_cues("what should i do if someone overdoses on heroin", hits)
    assert moved[0].topic_id == "overdose-response"
    # asking for the signs keeps the signs first
    assert _prefer_by_cues("как понять что передоз и что делать", hits) == hits


@pytest.mark.parametrize(
    "text",
    [
        "снижение вреда при употреблении",
        "зниження шкоди",
        "reducir riesgos con la coca",
        "me deja hecho polvo",
    ],
)
def test_harm_reduction_words_are_not_stopping(text: str) -> None:
    assert not cues.prefers_withdrawal(text)


@pytest.mark.parametrize("text", ["знизити дозу ксанаксу", "как снизить дозу метадона"])
def test_lowering_the_dose_is_stopping(text: str) -> None:
    assert cues.prefers_withdrawal(text)
