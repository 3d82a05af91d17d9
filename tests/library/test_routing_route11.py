"""The routing kinds fixed after route11 and blind8-tune (issue 9 items 4 and 6), on the real
content: drinks and powders in street words ("cans", "a cheeky line", "una raya", "пару
дорожек", "шампанское", "гбшка"), "a bar" beside a mixing word, "or two" as an amount, open the
combination card (a line of an unnamed powder asks which one); "how do I get on <treatment> in
<lower-case city>, which clinic / в какую клинику / a que clinica" and "en <city> hay algun
sitio donde analicen ..." open the finder with the place; "is there a way ... without getting in
trouble" (no place), the body "where you did not inject" and "a bar" as a pub stay topics."""

from __future__ import annotations

import pytest

from bot.library.combos import NameKind, ReadingKind
from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("couple of tinnies then some mdma later, fine?", "en", {"alcohol", "mdma"}),
        ("took half a bar, can i still smoke weed", "en", {"benzodiazepines", "cannabis"}),
        ("a bump or two of ket after the cans, alright?", "en", {"ketamine", "alcohol"}),
        ("пару дорожек мефа, а потом коньяк можно?", "ru", {"mephedrone", "alcohol"}),
        ("гбшку після шампанського можна?", "uk", {"ghb", "alcohol"}),
        ("unas rayitas de perico y chupitos, que tal", "es", {"cocaine", "alcohol"}),
        ("some brown after the lager, dodgy?", "en", {"heroin", "alcohol"}),
    ],
)
def test_street_words_open_the_card(router: Router, text: str, lang: str, pair: set) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", (text, intent)
    assert set(intent.substances or ()) == pair, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("fancy a cheeky line with my lager tonight?", "en"),
        ("после пары дорожек можно пиво?", "ru"),
        ("una raya y luego unas cervezas, pasa algo?", "es"),
    ],
)
def test_a_line_of_no_named_powder_asks_which(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and intent.guessed, (text, intent)
    assert "line" in (intent.substances or ()), (text, intent)


def test_the_checker_asks_which_powder_a_line_was(router: Router) -> None:
    reading = router.checker.read("a cheeky line")
    assert reading.kind == ReadingKind.AMBIGUOUS
    assert reading.named is not None and reading.named.kind == NameKind.CHOICE
    assert {n.id for n in reading.options} == {"cocaine", "amphetamine", "mephedrone", "ketamine"}


@pytest.mark.parametrize(
    ("text", "lang", "service_type", "place"),
    [
        (
            "how can i get onto a methadone programme in leeds, what clinic",
            "en",
            "opioid-agonist-therapy",
            "leeds",
        ),
        (
            "хочу на метадон в харькове, в какую клинику обращаться",
            "ru",
            "opioid-agonist-therapy",
            "харькове",
        ),
        (
            "хочу на замісну терапію в полтаві, до якої клініки",
            "uk",
            "opioid-agonist-therapy",
            "полтаві",
        ),
        (
            "en sevilla hay algun lugar donde analicen lo que compro",
            "es",
            "drug-checking",
            "sevilla",
        ),
        (
            "cheap solicitor near nottingham for a possession charge",
            "en",
            "legal-aid",
            "nottingham",
        ),
    ],
)
def test_lower_case_city_with_which_clinic_opens_the_finder(
    router: Router, text: str, lang: str, service_type: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service", (text, intent)
    assert (intent.service_type, intent.place) == (service_type, place), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("any way to test my molly at a rave without getting in trouble", "en"),
        ("hay manera de probar mis pastis sin meterme en problemas", "es"),
        ("ксилазин викликає рани навіть там де не кололи?", "uk"),
        ("почему от ксилазина гниет кожа даже где не колол", "ru"),
        ("donde venden mota para hacer brownies sin meterme en lios", "es"),
        ("had a pint at a bar after work, is that alright on sertraline", "en"),
        ("on a bar crawl with a bit of coke in my pocket, what are my rights", "en"),
    ],
)
def test_these_stay_topics(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind in ("topic", "combo") if "sertraline" in text else intent.kind == "topic"
    if "sertraline" in text:
        assert "benzodiazepines" not in (intent.substances or ()), (text, intent)
    else:
        assert intent.kind == "topic", (text, intent)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("службы в барселоне", "ru", "барселоне"),
        ("сервіси у києві", "uk", "києві"),
        ("servicios en guadalajara", "es", "guadalajara"),
        ("servicios en Argentina", "es", None),  # a country: the finder asks where in it
        ("services in Ukraine", "en", None),
    ],
)
def test_services_of_any_type_in_a_lower_case_place_or_a_country(
    router: Router, text: str, lang: str, place: str | None
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service" and intent.service_type is None, (text, intent)
    assert intent.place == place, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("services in spanish", "en"), ("службы на украинском", "ru"), ("help in Spain", "en")],
)
def test_a_language_or_plain_help_in_a_country_opens_no_finder(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == "topic", text
