"""Kinds of routing miss fixed after route21's first look (issue 9, twenty-second session, helper
route), on the real content (the messages are written for this test, not copied from the labelled
sets).

- A street word said with an everyday purpose of its own domain ("шишки для мангала") beside a
  drink in a plan: no mix, and no answer; the same words asked as a mix keep the card.
- A drink pairing with a place to have it asked ("where's good for an irish coffee"): a night out,
  not a mix; the pair asked about the body keeps the card.
- Beer by its brand, counted or poured ("couple of peronis", "dos tecates"): alcohol for the card;
  a brand that is a name alone is nobody's drink.
- A place set apart by commas at the end of a service request, with or without its district: the
  finder with that place; a question set apart by a comma is no place.
- A stone a pet swallowed ("mi gato se tragó una piedrita"): the vet's matter, no answer; the
  Spanish "se tragó" is the verb, never "un trago".
- A supply request in slang that names no thing after the ask ("снег подвезли, у кого взять"):
  the street word is the drug; an ask naming a thing ("у кого взять санки") stays everyday.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Route, Router
from bot.library.search import SearchIndex

PLANS = [
    ("на выходных шашлыки, шишки для мангала соберём и пива купим", "ru"),
    ("на дачу: шишек для самовара набрать и вина взять", "ru"),
    ("у суботу на озеро, шишок для грубки назбираємо і пива візьмемо", "uk"),
]


@pytest.mark.parametrize(("text", "lang"), PLANS)
def test_a_street_word_with_an_everyday_purpose_beside_a_drink_is_no_mix(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == Route.TOPIC


@pytest.mark.parametrize(("text", "lang"), PLANS)
def test_a_plan_with_cones_and_a_drink_stays_unanswered(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a mix asked, buds for a mood, buds smoked: the card
        ("шишки и пиво вместе на природе, нормально сочетается?", "ru"),
        ("шишки для настроения и пара пива, норм?", "ru"),
        ("покурив шишок і випив пива, крутиться голова", "uk"),
    ],
)
def test_buds_and_a_drink_asked_as_a_mix_keep_the_card(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == Route.COMBO


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("where's good for an irish coffee and a whiskey round shoreditch", "en"),
        ("где посидеть с кофе и коньяком на Подоле", "ru"),
        ("куди сходити на каву з коньяком біля Арени", "uk"),
        ("cafe con ron cerca de la plaza mayor, me recomiendan algun bar?", "es"),
    ],
)
def test_a_place_for_a_drink_pairing_is_no_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == Route.TOPIC


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("кофе с коньяком на ночь, сердце не подведёт?", "ru"),
        ("кава з горілкою зранку, це шкідливо?", "uk"),
        ("coffee with a shot of rum every morning, bad for the heart?", "en"),
    ],
)
def test_a_drink_pairing_asked_about_the_body_keeps_the_card(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == Route.COMBO


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("couple of peronis then a bump of ket, bad?", "en"),
        ("cans of strongbow and two blues, will i be ok", "en"),
        ("dos tecates y un poco de cristal, que pasa", "es"),
        ("unas coronitas y una pirula, bien?", "es"),
    ],
)
def test_beer_by_its_brand_is_alcohol_for_the_card(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.COMBO
    assert "alcohol" in intent.substances


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("stella from work asked me about pills, what do i say", "en"),
        ("la corona de la reina y las joyas, cuanto valen", "es"),
    ],
)
def test_a_brand_that_is_a_name_is_no_drink(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != Route.COMBO


@pytest.mark.parametrize(
    ("text", "lang", "kind", "place"),
    [
        ("обмін голок для тих хто колеться, Львів, Сихів", "uk", "syringe-services", "Львів"),
        ("налоксон бесплатно, Москва", "ru", "naloxone", "Москва"),
        ("peer group for people who use, Leeds", "en", "peer-support", "Leeds"),
        ("prueba de vih anonima, Sevilla, Triana", "es", "hiv-testing", "Sevilla"),
    ],
)
def test_a_place_set_apart_at_the_end_opens_the_finder(
    router: Router, text: str, lang: str, kind: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE
    assert intent.service_type == kind
    assert intent.place == place


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("needle exchange, is it anonymous", "en"),
        ("налоксон, как его колоть", "ru"),
        ("naloxona, cuanto dura", "es"),
    ],
)
def test_a_question_set_apart_by_a_comma_is_no_place(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != Route.SERVICE


@pytest.mark.parametrize(
    "text",
    [
        "mi gato se trago una piedrita del jardin, lo llevo al veterinario?",
        "la perrita se trago un hielo entero, se puede ahogar?",
    ],
)
def test_a_pet_that_swallowed_a_stone_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "es") == [], text


def test_swallowed_is_no_drink() -> None:
    assert cues.in_everyday_phrase("trago", "el niño se tragó una moneda")
    assert not cues.in_everyday_phrase("trago", "me tomé un trago y luego una raya")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("снег подвезли, у кого взять", "ru"),
        ("сніг завезли, у кого можна дістати трохи?", "uk"),
        ("сніг випав, в кого б узяти трохи", "uk"),
        ("who's got some? the snow just came in", "en"),
        ("ya llego la nieve, alguien que me venda?", "es"),
    ],
)
def test_a_supply_ask_reads_the_street_word_as_the_drug(text: str, lang: str) -> None:
    assert cues.asks_for_supply(text)
    assert not cues.everyday_frame(text)


@pytest.mark.parametrize(
    "text",
    [
        "снег выпал, у кого взять санки для детей",
        "сніг випав, у кого можна взяти лопату",
        "cayó nieve, quién me pasa las cadenas del coche",
        "snow fell overnight, who do i ask for the shovel",
    ],
)
def test_an_ask_that_names_a_thing_is_no_supply_request(text: str) -> None:
    assert not cues.asks_for_supply(text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("снег подвезли, у кого взять", "ru"),
        ("снег выпал, у кого бы достать", "ru"),
    ],
)
def test_a_slang_supply_request_gets_an_answer(index: SearchIndex, text: str, lang: str) -> None:
    got = [h.topic_id for h in index.search(text, lang)]
    assert got and got[0] in ("cocaine", "drug-checking"), got


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("smoked some bud then took my lithium, ok?", "en", "cannabis"),
        ("a gram of bud and a few xans tonight, bad?", "en", "cannabis"),
        ("unas micheladas y un pase de coca, que tal", "es", "alcohol"),
        ("una chelada despues del cristal, me pega?", "es", "alcohol"),
    ],
)
def test_bud_and_beer_cocktails_by_their_street_names_make_the_card(
    router: Router, text: str, lang: str, pair: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.COMBO
    assert pair in intent.substances


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("cheers bud, see you at the pub for a beer", "en"),
        ("the tulip buds opened, and we drank wine in the garden", "en"),
    ],
)
def test_bud_alone_is_a_friend_or_a_flower(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != Route.COMBO


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my bupe dose feels too weak lately, Leeds", "en"),
        ("доза метадону замала, Київ", "uk"),
        ("meth feels different this month, Madrid", "en"),
    ],
)
def test_ones_own_dose_before_a_place_is_no_request(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != Route.SERVICE
