"""Kinds of everyday message answered as a drug question, fixed in the twenty-third session
(issue 9, helper srches, Spanish and English), on the real content. The messages are written for
this test, not copied from the labelled sets.

- Nose trouble said with its everyday cause (the heating, dry air, a cold, hay fever, blowing it,
  a flight, the heat, one side always blocked): the chemist's, not snorting, when no drug is
  named; "blowing it" names no powder.
- Mushrooms of the woods, a lawn, a garden or a pan, eaten by a pet, a mould on a wall, a fungus
  on the feet or the nails: everyday; a mushroom taken for its effect ("alucinógenos", "magic",
  "shrooms", a trip) keeps its topic.
- Everyday words inside a many-word substance name (a venom of "veneno de sapo", the oxide of
  "óxido nitroso") name nothing alone ("setas venenosas", "el óxido de la bici").
- Fixed everyday phrases on a street word: Coca-Cola by its full name, fluff on a sofa or a jumper
  ("la mota del sillón"), the glass of a table or a window that got scratched ("se rayó").
- A hangnail or an ingrown nail: an everyday wound by its everyday cause.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my nose has been bleeding since we turned the radiators on", "en"),
        ("blew my nose too hard this morning and now it wont stop bleeding", "en"),
        ("nosebleed on a long haul flight, is that common", "en"),
        ("stuffy nose every spring from hay fever, what spray works", "en"),
        ("la nariz me sangra cada invierno por el aire seco", "es"),
        ("nariz congestionada por la alergia al polen, q me echo", "es"),
        ("a mi hija le sangra la nariz con el calor de agosto", "es"),
        ("la nariz seca de la calefaccion me hace costras", "es"),
    ],
)
def test_nose_trouble_with_an_everyday_cause_is_not_snorting(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert cues.everyday_nose(text), text
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a drug named beside the everyday cause: snorting stays
        ("my nose bleeds after every bump of coke now its cold out", "en"),
        ("nosebleeds from sniffing ket, does the dry winter air make it worse", "en"),
        ("me sangra la nariz por esnifar perico con este frio", "es"),
        ("nariz tapada todo el invierno de tanto meterme rayas", "es"),
    ],
)
def test_nose_trouble_beside_a_drug_keeps_its_topic(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index.search(text, lang), text


def test_the_nose_rule_needs_a_cause_and_no_drug_matter() -> None:
    # no everyday cause: left to search as before
    assert not cues.everyday_nose("my nose keeps bleeding, what should i do")
    # a night out is the library's matter
    assert not cues.everyday_nose("nose bleeding in the cold after a night out partying")
    assert cues.without_blown_nose("blowing my nose hurts").split() == ["hurts"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("are the mushrooms popping up in our lawn poisonous to kids", "en"),
        ("wild mushrooms along the hiking trail, which ones are poisonous", "en"),
        ("my puppy chewed a mushroom in the backyard, vet?", "en"),
        ("setas silvestres del bosque, cuales se pueden comer", "es"),
        ("salen hongos negros en el techo del baño por la humedad", "es"),
        ("tengo hongos en los pies de ir a la piscina, q crema me pongo", "es"),
        ("le salieron hongos al jardin despues de tanta lluvia", "es"),
    ],
)
def test_everyday_mushrooms_are_not_psychedelics(index: SearchIndex, text: str, lang: str) -> None:
    assert cues.everyday_frame(text), text
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("magic mushrooms from the woods, how much for a first time", "en"),
        ("picked shrooms in the forest, how do i know theyre not poisonous", "en"),
        ("hongos alucinogenos del bosque, cuantos gramos me como", "es"),
        ("las setas magicas del monte son venenosas?", "es"),
        # mushrooms eaten by the person with a pet about, the garden's that get you high, grams
        ("me tome unos hongos y ahora el gato me parece un tigre", "es"),
        ("los hongos del pasto de mi casa te colocan?", "es"),
        ("cuantos gramos de setas para una primera vez", "es"),
    ],
)
def test_a_mushroom_taken_for_its_effect_keeps_its_topic(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index.search(text, lang), text


@pytest.mark.parametrize("word", ["venenosa", "veneno", "óxido", "oxidada", "venomous"])
def test_a_word_of_a_many_word_name_is_no_name_alone(word: str) -> None:
    assert cues.name_part_word(word)


@pytest.mark.parametrize("word", ["sapo", "nitroso", "globos", "coca", "tina"])
def test_a_name_of_its_own_is_not_a_name_part(word: str) -> None:
    assert not cues.name_part_word(word)


def test_a_venom_or_rust_names_no_substance_but_the_whole_name_does(index: SearchIndex) -> None:
    assert not index._names_substance("la araña del jardin es venenosa?", "es", None, True)
    assert not index._names_substance("la cadena de la bici esta llena de oxido", "es", None, True)
    assert index._names_substance("el veneno de sapo es fuerte?", "es", None, True)
    assert index._names_substance("el oxido nitroso en globos", "es", None, True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("se puede limpiar el baño con coca-cola de verdad?", "es"),
        ("la mota del sueter no se quita con la lavadora", "es"),
        ("motas de pelusa en el sofa nuevo, como las quito", "es"),
        ("el cristal de la ventana se rayo al limpiarlo, tiene arreglo?", "es"),
        ("se me rayo el espejo del baño, se puede pulir el cristal?", "es"),
    ],
)
def test_a_street_word_in_a_fixed_everyday_phrase(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("cuanto cristal me meto la primera vez", "es"),
        ("fumar mota en el sillon de casa deja olor?", "es"),
    ],
)
def test_the_street_word_outside_the_phrase_keeps_its_topic(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index.search(text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my thumb has a hangnail that went red and puffy", "en"),
        ("ingrown toenail after football, do i soak it", "en"),
        ("tengo un uñero en el dedo gordo del pie, como lo curo", "es"),
        ("se me inflamo un padrastro de tanto morderme las uñas", "es"),
    ],
)
def test_a_hangnail_or_an_ingrown_nail_is_everyday(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index.search(text, lang) == [], text


def test_a_wound_from_injecting_stays_the_librarys(index: SearchIndex) -> None:
    assert index.search("abscess next to my ingrown toenail from shooting into my foot", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "comestible" is an adjective (edible) or groceries: never cannabis alone
        ("cuales setas de pino son comestibles", "es"),
        ("en la tienda de comestibles venden pan sin gluten?", "es"),
    ],
)
def test_edible_as_an_adjective_names_no_cannabis(
    router: Router, index: SearchIndex, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind != "combo", text
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "me comi un comestible de mota hace dos horas y nada",
        "los comestibles de thc cuanto tardan en pegar",
    ],
)
def test_an_edible_of_cannabis_keeps_its_topic(index: SearchIndex, text: str) -> None:
    assert [h.topic_id for h in index.search(text, "es")][:1] == ["cannabis"], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a name typed one letter short, as its own stem
        ("un brownie de marihuan me dejo tirado en el sofa", "es"),
    ],
)
def test_a_name_cut_short_still_names_its_substance(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index._names_substance(text, lang, None, True), text
    assert [h.topic_id for h in index.search(text, lang)][:1] == ["cannabis"], text


def test_a_name_cut_short_is_no_everyday_frame(index: SearchIndex) -> None:
    # galletas are kitchen words, but the cannabis in them is named, one letter short
    assert not index._everyday_only(
        "la marihuan en galletas cuanto tarda en hacer efecto", "es", None
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my nostrils are raw and bleeding from sniffing mandy, how do i heal them", "en"),
        ("blocked nose for days after bumps of coke all weekend", "en"),
        ("me duele la nariz de tanto esnifar keta los findes", "es"),
        ("sangrado de nariz por las rayas de speed, como la cuido", "es"),
    ],
)
def test_the_nose_hurt_by_snorting_asks_for_safer_snorting(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert cues.asks_snorted_nose(text), text
    assert cues.SAFER_SNORTING in cues.asked_topics(text), text
    assert [h.topic_id for h in index.search(text, lang)][:1] == ["safer-snorting"], text


@pytest.mark.parametrize(
    "text",
    [
        # snorting without the nose's trouble, the bladder of ketamine, the nose without snorting
        "how long does ket last if i sniff it",
        "sniffing ket every day, is my bladder ok",
        "my nose hurts since the cold started",
        "nariz tapada por la alergia",
    ],
)
def test_snorting_or_a_nose_alone_asks_nothing_of_it(text: str) -> None:
    assert not cues.asks_snorted_nose(text), text
