"""The routing kinds fixed after blind4/blind3 (issue 9 item 4), on the real content: sleeping
pills named with a drug open the combination card; a service asked for with "nowhere to",
plural or new service words and a place opens the finder with the type and the place; one drug
asked about as a member of its class, comparisons, a drug "turning up in" pills and horses stay
topic questions; everyday senses of street words stay unanswered."""

from __future__ import annotations

import pytest

from bot.library.intent import Router
from bot.library.search import SearchConfig, SearchIndex


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("ambien with a bit of heroin to sleep", "en", {"zolpidem", "heroin"}),
        ("золпидем на метадоне можно?", "ru", {"zolpidem", "methadone"}),
        ("донорміл з алкоголем разом", "uk", {"doxylamine", "alcohol"}),
        ("crack and h same night", "en", {"cocaine", "heroin"}),
        ("guaro con perico toda la noche", "es", {"alcohol", "cocaine"}),
        ("амфетамін і травка як краще поєднувати", "uk", {"amphetamine", "cannabis"}),
        ("mdma con alcohol es peor que por separado?", "es", {"mdma", "alcohol"}),
    ],
)
def test_named_pairs_open_the_combination_card(
    router: Router, text: str, lang: str, pair: set[str]
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", text
    assert set(intent.substances or ()) == pair


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("snorted some speed, ok to take a sleeping pill later?", "en"),
        ("снотворное после мефа можно?", "ru"),
        ("somníferos con la metadona, pasa algo?", "es"),
    ],
)
def test_sleeping_pills_are_asked_which(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and intent.guessed  # "which sleeping pill?" before any answer
    assert "sleeping-pills" in (intent.substances or ())


@pytest.mark.parametrize(
    ("text", "lang", "type_id", "place"),
    [
        ("nowhere to stay tonight in leeds, any shelter?", "en", "shelter", "leeds"),
        ("негде ночевать в ижевске, ночлежка есть?", "ru", "shelter", "ижевске"),
        ("no tengo donde dormir en cádiz, algún albergue?", "es", "shelter", "cádiz"),
        ("hot meals in leicester for homeless people", "en", "food", "leicester"),
        ("группы поддержки для мам в самаре есть?", "ru", "peer-support", "самаре"),
        ("grupos de apoyo en bilbao para familias", "es", "peer-support", "bilbao"),
        ("правова допомога в ужгороді потрібна", "uk", "legal-aid", "ужгороді"),
        ("asesoría jurídica gratis en murcia", "es", "legal-aid", "murcia"),
        ("any drug checking in perth or just sydney", "en", "drug-checking", "perth"),
    ],
)
def test_service_requests_open_the_finder(
    router: Router, text: str, lang: str, type_id: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service", text
    assert intent.service_type == type_id
    assert (intent.place or "").lower() == place


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("is codeine an opioid", "en"),
        ("кодеин это опиоид?", "ru"),
        ("el tramadol es un opioide fuerte?", "es"),
        ("is methadone worse than heroin for teeth", "en"),
        ("la metadona es peor que la heroína?", "es"),
        ("nitazenes turning up in fake xanax, how do i know", "en"),
        ("la ketamina es un tranquilizante de caballos?", "es"),
        ("налоксон в беларуси продают без рецепта?", "ru"),
        ("is hep c treatment free in canada", "en"),
        ("can you get hep c treatment in prison for free", "en"),
    ],
)
def test_questions_about_one_thing_stay_topics(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.fixture(scope="module")
def index(real) -> SearchIndex:
    return SearchIndex(real, SearchConfig())


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("how fast does a black mamba snake move", "en"),
        ("мамба — самая ядовитая змея африки?", "ru"),
        ("what speed for a desk fan at night", "en"),
        ("sprained my ankle, should i put ice on it", "en"),
        ("cuánta sal para cocer espaguetis", "es"),
        ("el perico de mi abuela no come desde ayer", "es"),
        ("cuánto heno come un caballo", "es"),
    ],
)
def test_everyday_senses_stay_unanswered(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang) == [], text
