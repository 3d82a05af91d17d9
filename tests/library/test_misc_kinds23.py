"""Kinds found on tuned sides and probes (session 23, helper "misc", issue 9), on the real
content, in other words than the messages that showed them.

1. "фен" as the hair dryer, a tool: in the instrumental beside a verb of drying or hair
   ("висушила волосся феном, потім келих вина") it names no amphetamine, so no combination
   card for it and a drink; "закинулся феном и пивом" keeps the card.
2. A time of day, fasting or one's home after a test ("hep c test in the evening", "аналіз на
   віл вранці натще", "prueba de vih en la madrugada") is no place for the service finder;
   a town after it still is.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Router


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
