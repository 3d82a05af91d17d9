"""The routing kinds fixed after route12's first look (thirteenth session, issue 9), on the real
content, in fresh words: why two depressants are dangerous together, or why a pair is dangerous
in general, is the mixing topic's question (another pair asked "why so dangerous" keeps the card);
a Russian or Ukrainian case form of a word with several meanings ("с антидепрессантами") is that
word, and the card asks which; "gear" used or had ("i used gear", "did some gear") is heroin, and
"is a xanax ok" after it asks about a mix; spirits and drink measures ("couple of shots",
"рюмашки", "чарки", "tragos") are alcohol; "encima de", "поверх" join a mix; a district then
"somewhere" ("на оболоні десь", "в купчино где-нибудь") opens the finder with the district; wounds
in the plural ("рани", "раны") are wound care; "el finde" (the weekend) is no "find"; salts in a
case form ("под солями", "після солей") are the drug, sea salt and salted paths are not; one's own
area ("round here", "в моем районе", "por mi barrio") is a where cue with no place, a programme
("попасть на программу") no place, and the service named "injection site" no injecting question; a
glass or a shot of something soft ("рюмка воды", "a shot of espresso") is no drink; drinking in the
past ("если всю ночь бухал") is alcohol, pills in a case form ("после колес", "після пігулок") are
pills, and wheels beside a vehicle are not; someone who gives it out in a place ("кто в самаре
раздаёт", "хтось роздає", "alguien que regale") opens the finder there."""

from __future__ import annotations

import pytest

from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("why are benzos and alcohol such a dangerous mix", "en"),
        ("por qué es tan peligroso juntar opioides con alcohol", "es"),
        ("почему вообще вредно мешать амфетамин с алкоголем", "ru"),
        ("чому опіоїди і бензодіазепіни разом такі небезпечні", "uk"),
    ],
)
def test_why_a_mix_is_dangerous_in_general_is_a_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("why do they always say never take oxy with valium", "en"),
        ("почему метадон с водкой такой опасный", "ru"),
        ("por qué el tramadol con cerveza es tan peligroso", "es"),
    ],
)
def test_why_two_depressants_are_dangerous_is_a_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("why is it so risky to take ket with xanax", "en"),
        ("чому кокс з героїном такий небезпечний", "uk"),
    ],
)
def test_why_a_pair_beyond_depressants_is_dangerous_keeps_the_card(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == "combo", text


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        ("амфетамин на антидепрессантах, можно?", "ru", "amphetamine"),
        ("після антидепресантів можна мефедрон?", "uk", "mephedrone"),
        ("трамадол со снотворным вместе можно?", "ru", "tramadol"),
    ],
)
def test_a_case_form_of_a_word_with_several_meanings(
    router: Router, text: str, lang: str, other: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and intent.guessed, (text, intent)
    assert other in (intent.substances or ()), (text, intent)


def test_pills_in_a_case_form_stay_unread(router: Router) -> None:
    # the forms a drug comes in are read only as listed ("таблетками от головы" names nothing)
    assert router.route("таблетками от давления можно запивать чай?", "ru").kind == "topic"


@pytest.mark.parametrize(
    "text",
    [
        "i used gear last night, can i take my methadone today",
        "done some gear this arvo, is a valium ok",
        "had some gear earlier, can i have a pint now",
    ],
)
def test_gear_used_or_had_is_heroin(router: Router, text: str) -> None:
    intent = router.route(text, "en")
    assert intent.kind == "combo" and "heroin" in (intent.substances or ()), (text, intent)


@pytest.mark.parametrize(
    "text", ["sold my used gear and bought a beer", "new climbing gear and a cider after"]
)
def test_gear_as_kit_names_nothing(router: Router, text: str) -> None:
    assert router.route(text, "en").kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        ("a few whiskeys then some pingers, bad?", "en", "mdma"),
        ("couple of shots then a bump of ket?", "en", "ketamine"),
        ("пара рюмашек и меф, норм?", "ru", "mephedrone"),
        ("віскі з коксом разом можна?", "uk", "cocaine"),
        ("трамадол після пари чарок можна?", "uk", "tramadol"),
        ("unos tragos de ron y luego md, pasa algo?", "es", "mdma"),
    ],
)
def test_spirits_and_drink_measures_are_alcohol(
    router: Router, text: str, lang: str, other: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", (text, intent)
    assert set(intent.substances or ()) == {"alcohol", other}, (text, intent)


def test_a_flu_shot_is_no_drink(router: Router) -> None:
    assert router.route("can i get my flu shot if im on methadone", "en").kind == "topic"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("unas cervezas y encima una raya de coca, qué tal", "es"),
        ("md encima del porro, mala idea?", "es"),
        ("фен поверх пива нормально?", "ru"),
    ],
)
def test_on_top_of_is_a_mix(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "combo", text


@pytest.mark.parametrize(
    ("text", "lang", "service_type", "place"),
    [
        ("на оболоні десь міняють шприци?", "uk", "syringe-services", "оболоні"),
        ("в купчино где-нибудь перевязывают раны бесплатно?", "ru", "wound-care", "купчино"),
        ("на лівому березі десь видають налоксон?", "uk", "naloxone", "лівому березі"),
    ],
)
def test_a_district_then_somewhere_opens_the_finder(
    router: Router, text: str, lang: str, service_type: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service", (text, intent)
    assert intent.service_type == service_type and intent.place == place, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("як правильно промивати рани від уколів", "uk"),
        ("Медетомидин есть в России? Говорят от него раны не заживают", "ru"),
    ],
)
def test_wounds_without_a_place_stay_topics(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    "text",
    [
        "estoy en metadona, puedo tomar unas birras el finde",
        "los findes tomo clonazepam, puedo beber algo?",
    ],
)
def test_the_weekend_is_no_where_cue(router: Router, text: str) -> None:
    assert router.route(text, "es").kind == "combo", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("на солях можно ли выпить пару пива", "ru"),
        ("після солей можна заснути на феназепамі?", "uk"),
        ("под солями покурить травы нормально?", "ru"),
    ],
)
def test_salts_in_a_case_form_are_the_drug(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and "cathinones" in (intent.substances or ()), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ванна с морскими солями и бокал вина перед сном", "ru"),
        ("посипати доріжки солями і випити пива", "uk"),
    ],
)
def test_sea_salt_and_salted_paths_name_no_drug(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang", "service_type"),
    [
        ("any naloxone round here?", "en", "naloxone"),
        ("where's the closest supervised injection room", "en", "supervised-consumption"),
        ("в моём районе где-то выдают налоксон?", "ru", "naloxone"),
        ("у моєму районі можна безкоштовно здати тест на віл?", "uk", "hiv-testing"),
        ("por mi barrio hay algún sitio que analice pastillas?", "es", "drug-checking"),
    ],
)
def test_ones_own_area_opens_the_finder_with_no_place(
    router: Router, text: str, lang: str, service_type: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service", (text, intent)
    assert intent.service_type == service_type and intent.place is None, (text, intent)


def test_a_programme_is_no_place(router: Router) -> None:
    intent = router.route("замісна терапія в черкасах, як потрапити на програму", "uk")
    assert intent.kind == "service" and intent.place == "черкасах", intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("where on the body is it safest to inject", "en"),
        ("в моём районе все колются, как не подсесть", "ru"),
    ],
)
def test_injecting_and_ones_area_without_a_service_stay_topics(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a shot of espresso with my sertraline, ok?", "en"),
        ("рюмка воды и феназепам перед сном", "ru"),
        ("чарка молока і метадон, можна?", "uk"),
        ("un traguito de agua con el clonazepam", "es"),
        ("стопочка бумаг на столе и трамадол в ящике", "ru"),
    ],
)
def test_a_glass_of_something_soft_is_no_drink(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("можно ли сегодня фен, если всю ночь бухал", "ru", {"alcohol", "amphetamine"}),
        ("трамадол після того як бухав, можна?", "uk", {"alcohol", "tramadol"}),
        ("травка после колес нормально?", "ru", {"cannabis", "pills"}),
        ("мефедрон після пігулок, норм?", "uk", {"mephedrone", "pills"}),
    ],
)
def test_drinking_in_the_past_and_pills_in_a_case_form(
    router: Router, text: str, lang: str, pair: set
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and set(intent.substances or ()) == pair, (text, intent)


@pytest.mark.parametrize(
    "text", ["поменял колеса на машине, потом выпил пива", "колеса у велика спустили, а я с пивом"]
)
def test_wheels_are_no_pills(router: Router, text: str) -> None:
    assert router.route(text, "ru").kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang", "service_type", "place"),
    [
        ("кто в самаре раздаёт чистые шприцы", "ru", "syringe-services", "самаре"),
        ("у житомирі хтось роздає налоксон?", "uk", "naloxone", "житомирі"),
        ("en cali alguien que regale jeringas?", "es", "syringe-services", "cali"),
    ],
)
def test_someone_giving_it_out_in_a_place_opens_the_finder(
    router: Router, text: str, lang: str, service_type: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service", (text, intent)
    assert intent.service_type == service_type and intent.place == place, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("налоксон раздают только по рецепту?", "ru"), ("чи видають налоксон без рецепта", "uk")],
)
def test_whether_it_is_given_out_is_a_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


def test_gear_tested_is_drug_checking(router: Router) -> None:
    intent = router.route("anywhere in bristol to get some gear tested before the weekend", "en")
    assert intent.kind == "service" and intent.service_type == "drug-checking", intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("где достать реактив и как читать цвет", "ru"),
        ("де дістати смужки на фентаніл і як їх читати", "uk"),
        ("donde consigo reactivos y como leo los colores", "es"),
        ("where do i get reagent kits and how do i read the colours", "en"),
    ],
)
def test_reading_a_kits_colours_is_a_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("где в киеве проверить вещество реактивом", "ru"),
        ("de dónde en madrid analizan pastillas con reactivos", "es"),
    ],
)
def test_a_kit_check_in_a_place_opens_the_finder(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "service", text
