"""Kinds found on tuned sides and probes (session 23, helper "misc", issue 9), on the real
content, in other words than the messages that showed them.

1. "фен" as the hair dryer, a tool: in the instrumental beside a verb of drying or hair
   ("висушила волосся феном, потім келих вина") it names no amphetamine, so no combination
   card for it and a drink; "закинулся феном и пивом" keeps the card.
2. A time of day, fasting or one's home after a test ("hep c test in the evening", "аналіз на
   віл вранці натще", "prueba de vih en la madrugada") is no place for the service finder;
   a town after it still is.
3. Overheating after a stimulant told with nausea ("после мефа весь горячий и его мутит",
   "overheating after molly and feels sick") is the emergency card, as vomiting beside it is;
   heat and nausea on a hot day, in a bath house, with a cold and no drug, or yesterday and
   fine now, are not.
4. Drinks had after a drug ("чай с ромом после фена", "a red bull and vodka after the coke"):
   the card is for the drug with the drink riskiest beside it, never the two drinks; drinks
   alone, or after work, stay the two drinks.
5. Smoked with a can, foil, a pipe, a bottle or a bulb ("smoking rock off a can", "fumando
   cristal en papel aluminio"): the safer-smoking topic first, not the drug; smoked in a room or a car, or
   whether a drug can be smoked at all, keeps the drug.
6. An everyday thing that hurt ("una piedra en la chancla y me lastimó", "me tropecé en la
   escalera y me hice daño"): "me lastimó" is "it hurt me", no crisis; hurting oneself on
   purpose, again, with a blade or on the arms stays one.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.crisis import is_crisis
from bot.library.emergency_text import is_emergency
from bot.library.intent import Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("высушила волосы феном и открыла бутылку вина", "ru"),
        ("феном подсушил чёлку, потом пару банок пива", "ru"),
        ("посушив волосся феном і пішов по пиво", "uk"),
        ("фен для волос сломался, выпил коньяка с горя", "ru"),
    ],
)
def test_a_hair_dryer_beside_a_drink_is_no_combination(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind != "combo", text


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("закинулся феном и догнался пивом", "ru", ("amphetamine", "alcohol")),
        ("фен и водка вместе нормально?", "ru", ("amphetamine", "alcohol")),
        ("сушняк с феном и пивом, это норм?", "ru", ("amphetamine", "alcohol")),
        ("нюхнув феном і запив горілкою", "uk", ("amphetamine", "alcohol")),
    ],
)
def test_the_drug_beside_a_drink_keeps_the_card(
    router: Router, text: str, lang: str, pair: tuple[str, str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", (text, intent)
    assert set(intent.substances or ()) == set(pair), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("can i do a hep c test at night", "en"),
        ("hiv test on the weekend or in the afternoon", "en"),
        ("анализ на вич утром или вечером сдавать", "ru"),
        ("аналіз на гепатит с вранці натще", "uk"),
        ("тест на вич в домашних условиях", "ru"),
        ("prueba de vih en la madrugada", "es"),
        ("prueba de hepatitis en casa", "es"),
    ],
)
def test_a_time_or_a_condition_is_no_place(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert getattr(intent, "place", None) is None, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("hiv test in bristol", "en", "bristol"),
        ("тест на вич в самаре", "ru", "самаре"),
        ("тест на віл у полтаві", "uk", "полтаві"),
        ("prueba de vih en guadalajara", "es", "guadalajara"),
    ],
)
def test_a_town_after_a_test_stays_the_place(
    router: Router, text: str, lang: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service" and intent.place == place, (text, intent)


@pytest.mark.parametrize(
    "text",
    [
        "podruga posle mefa vsya goryachaya i ee toshnit",
        "після кристалів він весь гарячий і його нудить",
        "we did molly and my friend is overheating and feels sick",
        "despues del cristal esta ardiendo y con ganas de vomitar",
    ],
)
def test_overheating_on_a_stimulant_with_nausea_is_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        "в бане жарко и подташнивает",
        "simple cold, fever 38 and nauseous",
        "жара на улице, весь горячий и мутит",
        "yesterday after speed i was burning up and nauseous, fine now",
        "після фену трохи нудить",
        "why does molly make you nauseous",
    ],
)
def test_heat_or_nausea_without_the_drug_now_is_no_card(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("энергетик с водкой после фена", "ru", ("amphetamine", "alcohol")),
        ("кава з коньяком після мефедрону", "uk", ("mephedrone", "alcohol")),
        ("a red bull and vodka after the coke", "en", ("cocaine", "alcohol")),
        ("cafe con whisky despues de la coca", "es", ("cocaine", "alcohol")),
    ],
)
def test_drinks_after_a_drug_are_that_drug_and_a_drink(
    router: Router, text: str, lang: str, pair: tuple[str, str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", (text, intent)
    assert intent.substances == pair, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("coffee with baileys after work", "en"),
        ("кофе с коньяком", "ru"),
        ("кава з ромом після обіду", "uk"),
    ],
)
def test_drinks_alone_stay_the_drinks(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind != "combo" or set(intent.substances or ()) == {"caffeine", "alcohol"}, (
        text,
        intent,
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("smoking rock off a can", "en"),
        ("is it bad smoking meth from a light bulb", "en"),
        ("fumando cristal en papel aluminio", "es"),
        ("como fumar piedra en pipa de vidrio", "es"),
    ],
)
def test_smoked_with_a_kit_is_safer_smoking_first(index: SearchIndex, text: str, lang: str) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == "safer-smoking", (text, [h.topic_id for h in hits])


@pytest.mark.parametrize(
    "text",
    [
        "smoking crack in the car",
        "fumar piedra en la casa",
        "se puede fumar coca",
        "можно ли курить мефедрон",
        "smoke on the water song",
        "fumar piedra en pipa me pone paranoico, por que",
    ],
)
def test_smoked_without_a_kit_names_none(text: str) -> None:
    assert not cues.asks_smoked_with_kit(text), text


@pytest.mark.parametrize(
    "text",
    [
        "se me metio una piedra en la chancla y me lastimo el dedo",
        "me tropecé en la escalera y me hice daño en la rodilla",
        "el zapato nuevo me lastima el talon",
        "una espina del rosal me lastimó la mano",
    ],
)
def test_an_everyday_thing_that_hurt_is_no_crisis(text: str) -> None:
    assert not is_crisis(text), text


@pytest.mark.parametrize(
    "text",
    [
        "me lastimo a proposito",
        "me lastimo los brazos cuando estoy triste",
        "tiré el zapato y me lastimo con la navaja",
        "me tropiezo con todo y me lastimo a proposito para sentir algo",
    ],
)
def test_hurting_oneself_stays_a_crisis(text: str) -> None:
    assert is_crisis(text), text
