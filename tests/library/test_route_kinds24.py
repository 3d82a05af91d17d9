"""Kinds of routing miss fixed after route23's first look (issue 9, twenty-fourth session, helper
route), on the real content (the messages are written for this test, not copied from the labelled
sets).

- A day after the place ("в омске на сегодня", "for tonight", "para hoy"): a time, never the place;
  the city named before it is where to look.
- The kind of thing first in one short request ("clean needles in lviv", "бесплатный налоксон в
  омске"): the service named first; a clause after it about the kit stays the topic.
- Treatment said before what it treats, then a place ("лікування гепатиту с у рівному",
  "tratamiento de hepatitis c en cádiz"), with a "for whom" tail allowed: the finder; without a
  place, or in a country, the topic.
- Strips named for what they detect ("tiras para fentanilo", "полоски на фентанил") in a place:
  drug checking.
- A shelter for animals, or a pet to adopt: no shelter for the person; the person's own bed (even
  with a dog) stays the finder.
- "While on / taking" the other ("пока принимаю", "поки сиджу на", "mientras"), and a safety word
  set apart at the end (", seguro?"): a mix asked.
- A mixed drink typed with a hyphen ("джин-тоник", "vodka-lemonade"): the spirit is alcohol;
  "ice-cream" names nothing.
- A lone "k" before "after"/"before" with another drug named: ketamine; "k after work" is an "ok".
- Spanish "globos" beside another drug: nitrous; party or water balloons are not.
- "микс"/"мікс" among the words of mixing a track: the everyday sense, no spice.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Route, Router

DAY_AFTER_PLACE = [
    ("ночлег в самаре на сегодня", "ru", "shelter", "самаре"),
    ("нічліжка в житомирі на сьогодні", "uk", "shelter", "житомирі"),
    ("приют в омске на ночь", "ru", "shelter", "омске"),
    ("albergue en cadiz para hoy", "es", "shelter", "cadiz"),
]


@pytest.mark.parametrize(("text", "lang", "type_id", "place"), DAY_AFTER_PLACE)
def test_a_day_after_the_place_is_no_place(
    router: Router, text: str, lang: str, type_id: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE
    assert intent.service_type == type_id
    assert intent.place == place


KIND_FIRST = [
    ("sterile syringes in leeds", "en", "syringe-services"),
    ("бесплатный налоксон в омске", "ru", "naloxone"),
    ("анонімний тест на віл у житомирі", "uk", "hiv-testing"),
    ("нові шприци в ужгороді", "uk", "syringe-services"),
    ("fresh pins in cork", "en", "syringe-services"),
]


@pytest.mark.parametrize(("text", "lang", "type_id"), KIND_FIRST)
def test_the_kind_said_before_the_service_is_the_finder(
    router: Router, text: str, lang: str, type_id: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE
    assert intent.service_type == type_id


KIND_FIRST_NOT_WHERE = [
    ("new needles in the bin, is that ok", "en"),
    ("fresh needles in the drawer, how long do they stay sterile", "en"),
    ("clean needles in my arm hurt more?", "en"),
    ("free naloxone in canada?", "en"),
    ("чистые шприцы в аптеке продают без рецепта?", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), KIND_FIRST_NOT_WHERE)
def test_the_kind_first_with_a_clause_or_a_country_is_no_finder(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind != Route.SERVICE


TREATMENT_IN_A_PLACE = [
    ("лікування гепатиту с у рівному для тих хто колеться", "uk"),
    ("лечение гепатита в омске для наркоманов", "ru"),
    ("tratamiento de hepatitis c en cadiz para usuarios", "es"),
    ("treatment for hep c in belfast for people who inject", "en"),
]


@pytest.mark.parametrize(("text", "lang"), TREATMENT_IN_A_PLACE)
def test_treatment_said_first_then_a_place_is_the_finder(
    router: Router, text: str, lang: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE
    assert intent.service_type == "hepatitis-testing-treatment"


TREATMENT_NOT_WHERE = [
    ("лечение гепатита с в россии бесплатное?", "ru"),
    ("лечение гепатита с сколько длится", "ru"),
    ("treatment for hep c, how long does it take", "en"),
    ("tratamiento de hepatitis c en el embarazo", "es"),
]


@pytest.mark.parametrize(("text", "lang"), TREATMENT_NOT_WHERE)
def test_treatment_without_a_place_is_the_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != Route.SERVICE


STRIPS_FOR = [
    ("tiras para fentanilo en hermosillo", "es"),
    ("полоски на фентанил в самаре где", "ru"),
    ("де взяти смужки на фентаніл у рівному", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), STRIPS_FOR)
def test_strips_named_for_what_they_detect_in_a_place_are_drug_checking(
    router: Router, text: str, lang: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE
    assert intent.service_type == "drug-checking"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("las tiras para fentanilo funcionan con la heroina?", "es"),
        ("do strips for fent work on pills", "en"),
    ],
)
def test_whether_strips_work_stays_the_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != Route.SERVICE


ANIMAL_SHELTERS = [
    ("cat rescue shelter in leeds, can i adopt", "en"),
    ("приют для бездомных животных в омске", "ru"),
    ("притулок для котів у рівному", "uk"),
    ("albergue para perros en monterrey", "es"),
    ("dog shelter near me in bristol", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ANIMAL_SHELTERS)
def test_a_shelter_for_animals_is_no_shelter_for_the_person(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind != Route.SERVICE


OWN_BED = [
    ("shelter that takes dogs in bristol, im homeless with my dog", "en"),
    ("homeless shelter in leeds", "en"),
    ("приют для бездомных в казани", "ru"),
    ("притулок для бездомних у полтаві", "uk"),
    ("albergue en monterrey", "es"),
]


@pytest.mark.parametrize(("text", "lang"), OWN_BED)
def test_the_persons_own_bed_stays_the_finder(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE
    assert intent.service_type == "shelter"


WHILE_ON = [
    ("марки пока сижу на литии", "ru", {"lithium"}),
    ("кислота поки приймаю літій", "uk", {"lithium"}),
    ("porro mientras tomo sertralina", "es", {"cannabis"}),
    ("md y setas cuando se pasa el subidon, bien?", "es", {"mdma"}),
]


@pytest.mark.parametrize(("text", "lang", "some"), WHILE_ON)
def test_one_taken_while_on_the_other_is_a_mix(
    router: Router, text: str, lang: str, some: set[str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.COMBO
    assert some <= set(intent.substances)


MIXED_DRINKS = [
    ("ксанакс и пиво-лимонад", "ru", {"alcohol"}),
    ("g and a vodka-lemonade", "en", {"ghb", "alcohol"}),
    ("mdma con un ron-cola", "es", {"mdma", "alcohol"}),
]


@pytest.mark.parametrize(("text", "lang", "some"), MIXED_DRINKS)
def test_a_hyphenated_mixed_drink_is_alcohol(
    router: Router, text: str, lang: str, some: set[str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.COMBO
    assert some <= set(intent.substances)


@pytest.mark.parametrize(
    "text", ["ice-cream after mdma ok?", "speed-dating tips for tonight", "x-ray after a fall"]
)
def test_a_hyphenated_everyday_word_names_no_drink(router: Router, text: str) -> None:
    assert "alcohol" not in (router.route(text, "en").substances or ())


def test_a_lone_k_before_after_and_another_drug_is_ketamine(router: Router) -> None:
    intent = router.route("k after a couple of beers, bad?", "en")
    assert intent.kind == Route.COMBO
    assert set(intent.substances) == {"ketamine", "alcohol"}


@pytest.mark.parametrize(
    "text", ["k after work, see you at the pub", "k after that ill take the bus", "k before lunch"]
)
def test_k_after_an_everyday_word_is_an_ok(router: Router, text: str) -> None:
    assert router.route(text, "en").kind != Route.COMBO


@pytest.mark.parametrize(
    "text",
    ["unos globos despues de la tacha", "perico y globos a la vez", "globos con md, seguro?"],
)
def test_spanish_balloons_beside_a_drug_are_nitrous(router: Router, text: str) -> None:
    intent = router.route(text, "es")
    assert intent.kind == Route.COMBO
    assert "nitrous-oxide" in intent.substances


@pytest.mark.parametrize(
    "text",
    ["globos con helio para el cumpleaños y cerveza", "globos de agua y cerveza en la playa"],
)
def test_party_or_water_balloons_are_no_nitrous(router: Router, text: str) -> None:
    assert "nitrous-oxide" not in (router.route(text, "es").substances or ())


@pytest.mark.parametrize(
    "text",
    [
        "бас тонет в миксе трека, что подкрутить",
        "як зробити мікс пісні гучнішим без мастерингу",
        "диджей сделал микс на час",
    ],
)
def test_a_mix_of_a_track_is_everyday(text: str) -> None:
    assert cues.everyday_frame(text)


@pytest.mark.parametrize(
    "text", ["покурил микс, сердце колотится", "мікс з пивом разом можна?", "курю микс под музыку"]
)
def test_the_spice_mix_stays_a_drug(text: str) -> None:
    assert not cues.everyday_frame(text)


# -- second batch (route23 rows after the first 48) --------------------------------------------

HOW_BEFORE_BARE_PLACE = [
    ("тест на вич бесплатно пермь", "ru", "hiv-testing", "пермь"),
    ("налоксон безкоштовно суми", "uk", "naloxone", "суми"),
    ("prueba de vih gratis puebla", "es", "hiv-testing", "puebla"),
]


@pytest.mark.parametrize(("text", "lang", "type_id", "place"), HOW_BEFORE_BARE_PLACE)
def test_how_it_is_wanted_between_the_service_and_a_bare_place(
    router: Router, text: str, lang: str, type_id: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE
    assert intent.service_type == type_id
    assert intent.place == place


@pytest.mark.parametrize(
    ("text", "lang"),
    [("тест на вич анонимно это правда?", "ru"), ("тест на віл безкоштовно чи платно", "uk")],
)
def test_how_it_is_wanted_without_a_place_is_no_finder(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind != Route.SERVICE


@pytest.mark.parametrize(
    "text",
    ["cura de heridas en sevilla", "curaciones de ulceras en leon", "cura de un absceso en vigo"],
)
def test_care_said_before_a_wound_then_a_place_is_wound_care(router: Router, text: str) -> None:
    intent = router.route(text, "es")
    assert intent.kind == Route.SERVICE
    assert intent.service_type == "wound-care"


@pytest.mark.parametrize(
    "text", ["el cura de mi pueblo en vigo", "la cura de la hepatitis c en mexico es gratis?"]
)
def test_a_priest_or_whether_a_cure_is_free_is_no_finder(router: Router, text: str) -> None:
    assert router.route(text, "es").kind != Route.SERVICE


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("лирика и водочка вечером", "ru"),
        ("водяры бахнул после мефа, норм?", "ru"),
        ("горілочка з лірікою", "uk"),
    ],
)
def test_vodka_in_colloquial_forms_is_alcohol(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.COMBO
    assert "alcohol" in intent.substances
