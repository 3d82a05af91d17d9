"""Routing kinds of the sixteenth session (issue 9), on the real content, in fresh words.

A word combos.yaml lists with several meanings is never read as one of them on the combination
card from free text: the router asks, as the checker does ("dope", "марки", "химка", "crystal",
"транки"), even when the slang lexicon's search sense in that language is one drug; a country
that settles the word ("cristal" in Mexico) still answers at once.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a bit of dope then a couple of valium, how risky", "en"),
        ("crystal with poppers tonight, bad idea?", "en"),
        ("blotter on top of some wine ok?", "en"),
        ("закинулся маркой, можно теперь покурить травы?", "ru"),
        ("химка с пивом нормально зайдёт?", "ru"),
        ("транки и алкоголь вместе, что будет", "ru"),
        ("хімка з горілкою разом можна?", "uk"),
        ("марки і гриби в один вечір, норм?", "uk"),
        ("blues con cerveza, ¿es peligroso?", "es"),
        ("un tripi con un porro, ¿qué tal?", "es"),
    ],
)
def test_a_word_with_several_meanings_asks_on_the_card(
    router: Router, text: str, lang: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", (text, intent)
    assert intent.guessed, (text, intent)  # the checker asks which one before any answer


def test_a_country_that_settles_the_word_answers_at_once(router: Router) -> None:
    intent = router.route("cristal con alcohol, ¿qué pasa?", "es", "MX")
    assert intent.kind == "combo" and intent.substances is not None
    assert "methamphetamine" in intent.substances and not intent.guessed


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("heroin and xanax together?", "en", {"heroin", "alprazolam"}),
        ("лирика с феназепамом, можно?", "ru", {"pregabalin", "phenazepam"}),
        ("метадон і алкоголь разом можна?", "uk", {"methadone", "alcohol"}),
    ],
)
def test_plain_names_still_answer_at_once(router: Router, text: str, lang: str, pair) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and set(intent.substances or ()) == pair, (text, intent)
    assert not intent.guessed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("switched to methadone at a clinic in Leeds last week, when do the sweats stop", "en"),
        ("i'm already on the programme in Dublin, can i travel with my doses", "en"),
        ("перевели с уличного на бупренорфин в Одессе, почему тянет спать", "ru"),
        ("уже два месяца на заместительной в Харькове, можно ли уменьшать дозу", "ru"),
        ("лежу в наркологии в Твери, дают метадон, когда станет легче", "ru"),
        ("перейшов на метадон у Черкасах, коли перестане крутити", "uk"),
        ("вже рік на ЗПТ у Житомирі, чи можна поїхати у відпустку з дозами", "uk"),
        ("me cambiaron a la buprenorfina en Valencia, ¿es normal el sueño?", "es"),
    ],
)
def test_treatment_already_under_way_in_a_place_is_a_topic(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang", "service_type"),
    [
        (
            "where can i get on methadone in Leeds, switched from pills",
            "en",
            "opioid-agonist-therapy",
        ),
        (
            "где в Одессе метадоновая программа, перешла бы с героина",
            "ru",
            "opioid-agonist-therapy",
        ),
        ("де у Черкасах замісна терапія, вже рік на вуличному", "uk", "opioid-agonist-therapy"),
    ],
)
def test_asking_where_still_opens_the_finder(
    router: Router, text: str, lang: str, service_type: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service" and intent.service_type == service_type, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my uncle used to shoot heroin, now he only smokes weed, is that why he's so calm", "en"),
        ("когда-то сидела на мефедроне, теперь только пиво по выходным, это нормально?", "ru"),
        ("брат в юности нюхал кокаин и клей, а сейчас у него проблемы с носом", "ru"),
        ("колись курив спайс, а тепер тільки шишки, чому так накриває", "uk"),
        ("батько роками пив, а тепер сидить на феназепамі, як з ним говорити", "uk"),
        ("de joven tomaba éxtasis y ahora solo fumo porros, ¿me afectó?", "es"),
    ],
)
def test_one_drug_long_ago_and_another_now_is_no_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("used to avoid mixing, but now can i take ket with molly", "en"),
        ("когда-то пробовал мефедрон с алкоголем, а сейчас хочу повторить, можно?", "ru"),
        ("колись вживав метадон, а тепер хочу змішати кокс з алкоголем", "uk"),
        (
            "hace años mezclaba coca y alcohol, ahora quiero volver a hacerlo, ¿qué riesgo hay?",
            "es",
        ),
    ],
)
def test_a_mix_asked_now_stays_a_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "combo", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("one xan tonight, a bit of oxy a couple hours after?", "en"),
        ("some mdma first and ketamine in a couple of hours, spacing ok?", "en"),
        ("сначала кетамин, через час мефедрон, нормально?", "ru"),
        ("спочатку лірика, а через годину ще трамадол докину", "uk"),
        ("хочу догнатися мефом після кількох пив", "uk"),
        ("una pasti y al rato un poco de keta", "es"),
    ],
)
def test_a_wait_between_two_drugs_is_a_mix(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", (text, intent)


@pytest.mark.parametrize(
    ("text", "lang", "service_type"),
    [
        ("anyone know where i can get a bed for the night in leeds", "en", "shelter"),
        ("шукаю нічліг в Одесі, бо вигнали з квартири", "uk", "shelter"),
        ("где в Самаре можно проверить мефедрон на примеси", "ru", "drug-checking"),
        ("де у Харкові перевірити кристали на домішки", "uk", "drug-checking"),
        ("where can i check what's in my pills in bristol", "en", "drug-checking"),
    ],
)
def test_a_bed_or_a_contents_check_in_a_place_opens_the_finder(
    router: Router, text: str, lang: str, service_type: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service" and intent.service_type == service_type, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("кажуть є місця де перевіряють порошок на склад, як це працює", "uk"),
        ("слышал про сервис где проверяют таблетки на состав, как он работает", "ru"),
        ("перевірив таблетку на склад у Франківську, там фентаніл, шо робити", "uk"),
    ],
)
def test_how_a_contents_check_works_is_a_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("percs and a couple beers, how bad", "en"),
        ("3 blues with some wine tonight?", "en"),
        ("blues and vodka ok?", "en"),
    ],
)
def test_a_street_word_of_several_meanings_joined_to_a_drug_asks(
    router: Router, text: str, lang: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and intent.guessed, (text, intent)


@pytest.mark.parametrize(
    "text",
    [
        "monday blues after the weekend with mdma, normal?",
        "got the blues and drank too much wine last night",
    ],
)
def test_the_blues_as_a_mood_name_no_drug(router: Router, text: str) -> None:
    assert router.route(text, "en").kind == "topic", text


@pytest.mark.parametrize(
    "text",
    [
        "setas y luego unas copas de vino, ¿es mala idea?",
        "éxtasis después de dos copas de vino, ¿qué tal?",
    ],
)
def test_glasses_of_wine_counted_are_drinks_in_a_mix(router: Router, text: str) -> None:
    assert router.route(text, "es").kind == "combo", text


def test_wine_glasses_to_buy_are_glassware(router: Router) -> None:
    assert router.route("dónde compro copas de vino y setas para la cena", "es").kind == "topic"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("dónde comer unas buenas hamburguesas en Monterrey", "es"),
        ("где в Казани самая вкусная пицца", "ru"),
        ("best sushi to eat in Manchester tonight", "en"),
    ],
)
def test_eating_out_is_no_food_service(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


def test_a_free_meal_in_buenos_aires_is_still_the_finder(router: Router) -> None:
    intent = router.route("dónde comer gratis en Buenos Aires esta noche", "es")
    assert intent.kind == "service" and intent.service_type == "food", intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("been on subs in Bristol for months and need a naloxone kit", "en"),
        ("уже полгода на метадоне в Харькове, ищу где взять шприцы", "ru"),
        ("перевели на бупренорфін у Рівному, потрібен налоксон", "uk"),
    ],
)
def test_a_request_beside_treatment_under_way_opens_the_finder(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == "service", text


def test_no_street_word_the_checker_asks_about_is_read_as_one_drug(router: Router) -> None:
    """Every single street word of the lexicon that the combination checker asks about (several
    meanings, in combos.yaml or in the lexicon) is asked about by the router too."""
    from bot.library.combos import ReadingKind, fold

    checker, lexicon = router.checker, router.lexicon
    assert lexicon is not None
    sure = []
    for sense in lexicon.senses:
        if not sense.substances:
            continue
        for lang, words in sense.words.items():
            for word in words:
                if " " in word or checker.read(word).kind != ReadingKind.AMBIGUOUS:
                    continue
                named, several = router._lookup(fold(word), lang, None)
                if named is not None and not several:
                    sure.append((lang, word, named.id))
    assert sure == []
