"""Kinds of Ukrainian and Russian miss fixed after search tune18 (issue 9, eighteenth session),
on the real content (the messages are written for this test, not copied from the labelled sets).

- Ukrainian opioid class names in the locative ("в опіатах", "в опіоїдах") are a substance, so
  "is it already in the opioids here?" is no place to look for a service; a real town with a
  service word still opens the finder. One drug found in the (street) opioids is a topic
  question, as one found in heroin; two taken together stay a combination.
- Russian typed in Latin letters: a word's first "e" may be "э" ("ekstazi"), "-tsya" is a
  reflexive verb's ending and "-yi" an adjective's; search reads the message again that way
  when the first reading found nothing.
- A piece of injecting kit used again (cotton, a filter, a syringe) by someone who cooks or
  injects: the injecting topic; cotton pads for make-up, a vacuum cleaner's or a water filter,
  and kit thrown away stay out of it.
- A street word the lexicon names (cannabis buds) that BM25 puts first with a smaller lead, as
  sure as the rules' cut, when the embedding is flat and ranks it close: answered.
- Cannabis buds in the genitive after "від/з", "от/с" ("від шишок накриває"): cannabis; lumps on
  the body in the same case ("мазь от шишек на ногах") never are.
- Everyday senses, unanswered: stamps by the year they were issued ("марки 1967 года"), bunions
  on the feet, salt in a dish named ("плов", "котлети"), screws and bolts on wheels, a car in
  slang ("тачка"), cones named by their tree ("кедровые шишки"). Buds smoked stay cannabis.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Route, Router
from bot.library.loader import Library
from bot.library.search import SearchConfig, SearchIndex, _cyrillic
from tests.library.test_search import _with_similarities


def _first(index: SearchIndex, text: str, lang: str) -> str | None:
    hits = index.search(text, lang)
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    "text",
    [
        "кажуть нітазени вже є в опіоїдах, від них люди не прокидаються, це правда?",
        "ксилазин вже є в опіатах у нас, чи то тільки в штатах? від нього рани",
    ],
)
def test_a_substance_in_the_locative_is_no_place(router: Router, text: str) -> None:
    assert router.route(text, "uk").kind == Route.TOPIC, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("кажуть ксилазин тепер і в наших вуличних опіоїдах, шо це і чим небезпечний", "uk"),
        ("говорят медетомидин уже в уличных опиатах, что это и чем опасен", "ru"),
    ],
)
def test_one_drug_found_in_the_opioids_is_a_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == Route.TOPIC, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("лірику з опіоїдами разом можна?", "uk"), ("бензы с опиатами вместе можно?", "ru")],
)
def test_two_taken_together_stay_a_combination(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == Route.COMBO, text


def test_a_town_with_a_service_word_still_opens_the_finder(router: Router) -> None:
    intent = router.route("чи є в полтаві де безкоштовно перевʼязують рани", "uk")
    assert intent.kind == Route.SERVICE and intent.service_type == "wound-care"


def test_latin_russian_readings() -> None:
    assert _cyrillic("energetik", initial_e="э") == "энергетик"
    assert _cyrillic("esli") == "если"
    assert _cyrillic("boyus' peregretsya") == "боюсь перегрется"
    assert _cyrillic("tyazhelyi otkhodnyak") == "тяжелый отходняк"
    # "-yi" inside a word is two letters ("vyigral")
    assert _cyrillic("vyigral") == "выиграл"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ekstaz v pervyi raz, cherez skolko nakroet i kak ne peregretsya", "mdma"),
        ("kolyus sam, vatku posle rastvora mozhno vtoroi raz?", "safer-injecting"),
    ],
)
def test_latin_russian_is_found(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text, "ru") == topic, text


@pytest.mark.parametrize(
    "text",
    [
        "варю сам, вату з ложки можна використати вдруге чи викидати",
        "колюся давно, фільтр ще раз можна юзати?",
        "раствор через ватку, её можно ещё раз использовать?",
        "баян повторно можна, якщо свій?",
    ],
)
def test_kit_used_again_asks_the_injecting_topic(text: str) -> None:
    assert cues.SAFER_INJECTING in cues.asked_topics(text), text


@pytest.mark.parametrize(
    "text",
    [
        "ватные диски ещё раз для снятия макияжа можно?",
        "фільтр для пилососа можна промити і вдруге поставити?",
        "фильтр для воды в кувшине можно второй раз промыть?",
        "шприци після другого разу куди викинути",
        "налоксон в шприці ще раз колоти, якщо не прокинувся?",
    ],
)
def test_kit_again_guards(text: str) -> None:
    assert cues.SAFER_INJECTING not in cues.asked_topics(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("варю сам, вату з ложки можна використати вдруге чи викидати", "uk"),
        ("раствор через ватку, её можно ещё раз использовать?", "ru"),
    ],
)
def test_kit_used_again_is_answered(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "safer-injecting", text


SIMS = {
    "synthetic-cannabinoids": 0.818,
    "cannabis": 0.814,
    "cocaine": 0.805,
    "stimulant-overdose": 0.803,
}
# BM25 puts cannabis about 1.8 times the synthetic cannabinoids here: a stricter general lead
# (2.0) than the rules' shows what the named lead adds
QUERY = "бошки сьогодні якісь зовсім інші, пару затяжок і серце заколотилось, накрило страхом"


def _flat(real: Library, named_lead: float) -> SearchIndex:
    cfg = SearchConfig(questions=False, rules_lead=2.0, rules_named_lead=named_lead)
    return _with_similarities(SearchIndex(real, cfg), SIMS)


def test_a_named_street_word_with_a_smaller_lead_is_answered(real: Library) -> None:
    """Flat similarities, the synthetic cannabinoids a hair nearer: cannabis, which the lexicon
    named and BM25 puts first as sure as the rules' cut, is answered."""
    assert _first(_flat(real, 1.25), QUERY, "uk") == "cannabis"


def test_without_the_named_lead_it_is_not(real: Library) -> None:
    assert _first(_flat(real, 0), QUERY, "uk") is None


def test_the_named_lead_needs_the_embedding_close(real: Library) -> None:
    """The embedding ranks cannabis far down (not among its first few): no answer."""
    far = {**SIMS, "cannabis": 0.70, "mdma": 0.81, "ketamine": 0.812}
    cfg = SearchConfig(questions=False, rules_lead=2.0)
    assert _first(_with_similarities(SearchIndex(real, cfg), far), QUERY, "uk") is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("з шишок так накриває, шо боюсь вийти з хати", "uk"),
        ("від шишок тепер тривога і серце гупає, раніше не було", "uk"),
        ("от шишек теперь паника и сердце стучит, раньше не было", "ru"),
    ],
)
def test_buds_in_the_genitive_are_cannabis(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "cannabis", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("мазь от шишек на ногах какая лучше", "ru"),
        ("від шишок на лобі після удару шо прикласти", "uk"),
        ("сколько стоят марки 1967 года с космонавтами", "ru"),
        ("марки 90-х років для колекції, де оцінити", "uk"),
        # bunions, dishes by name, bolts on wheels, a car in slang, cones named by their tree
        ("шишка на большом пальце ноги растёт, какая мазь поможет", "ru"),
        ("переборщила с солью в рагу, чем исправить", "ru"),
        ("скільки солі сипати в фарш для котлет", "uk"),
        ("винт на колесе самоката заржавел, как открутить", "ru"),
        ("колёса на тачку зимние брать шипы или нет", "ru"),
        ("кедровые шишки с рынка, как достать орешки", "ru"),
        ("соснові шишки для каміна де набрати", "uk"),
    ],
)
def test_everyday_senses_stay_unanswered(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("шишки курю каждый вечер, это вредно для сердца?", "ru"),
        ("шишки з гроубоксу курю щодня, памʼять погіршилась", "uk"),
    ],
)
def test_buds_smoked_stay_cannabis(index: SearchIndex, text: str, lang: str) -> None:
    assert _first(index, text, lang) == "cannabis", text
