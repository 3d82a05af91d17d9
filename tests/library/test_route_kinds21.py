"""Routing kinds of the twenty-first session (issue 9), on the real content, in fresh words (not the
labelled messages of route20).

Fixed kinds:
- whether two drugs together hit harder ("сильнее накроет", "сильніше вставить", "hit me harder",
  "me va a pegar más"): the effect of the pair asked, the combination card; a "than" or an "or"
  between two drugs still compares them (the topic);
- cannabis buds in the genitive plural ("покурить шишек", "курнути шишок") are cannabis; a lump on
  the body said with a lexicon phrase ("от шишек на руке") stays a lump;
- someone sought in a place without "who" ("alguien en sevilla que me cure", "anyone in leeds who
  can look at", "есть кто в самаре, кто посмотрит", "є хтось у вінниці хто гляне"), the place
  ending at the verb or "с кем"/"з ким"/"con quién"/"i can"/"чтобы"/"место": the finder there;
  a body part after "en el"/"на"/"on my" is no place; told in the past it is no request;
- someone in a place to talk to about how one is doing ("anyone in bristol i can talk to, been
  low since i relapsed", "есть кто в самаре с кем поговорить, сорвался"): the mental-health
  finder; talking about flats, work or football, or "with whom can I talk" with no one sought in
  a place, is not;
- new needles asked for beside a sharps bin, in a place: the finder (a bin alone, or how to throw
  used ones away, stays the disposal topic);
- legal help said as "legal stuff", "legal support", "apoyo legal": legal aid.
Guards beside each kind stay as they are.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import is_emergency
from bot.library.intent import Route, Router


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("выпью водки после трамадола, меня сильнее накроет?", "ru"),
        ("лирика и пиво вместе, жестче вставит?", "ru"),
        ("горілка після прегабаліну, сильніше вставить?", "uk"),
        ("пиво на метадоні, мене сильніше накриє?", "uk"),
        ("a few vodkas on my gabapentin, is it gonna hit me harder", "en"),
        ("si me tomo unas chelas con el clonazepam me pega más fuerte?", "es"),
    ],
)
def test_hitting_harder_asks_about_the_pair(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == Route.COMBO, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("альфа сильнее вставит чем мефедрон?", "ru"),
        ("что сильнее накроет, лирика или трамадол", "ru"),
        ("що сильніше накриє, мефедрон чи альфа", "uk"),
        ("does speed hit harder than coke", "en"),
        ("pega más la keta o el md", "es"),
    ],
)
def test_two_drugs_compared_stay_the_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == Route.TOPIC, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("после феназепама можно шишек покурить", "ru"),
        ("після трамадолу можна шишок курнути?", "uk"),
    ],
)
def test_buds_in_the_genitive_are_cannabis(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.COMBO and "cannabis" in intent.substances, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("от шишек на ноге после уколов помогает водка?", "ru"),
        ("от шишек на руке после метадона можно спиртом мазать?", "ru"),
        ("від шишок на руці після метадону допоможе горілка?", "uk"),
    ],
)
def test_a_lump_on_the_body_is_no_cannabis(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert "cannabis" not in (intent.substances or ()), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "place"),
    [
        ("alguien en sevilla que me cure una herida en la mano", "es", "wound-care", "sevilla"),
        ("anyone in leeds who can look at an ulcer on my foot", "en", "wound-care", "leeds"),
        ("есть кто в самаре, кто посмотрит нарыв на шее", "ru", "wound-care", "самаре"),
        ("кто в самаре обработает рану на ноге", "ru", "wound-care", "самаре"),
        ("є хтось у вінниці хто гляне виразку на стегні", "uk", "wound-care", "вінниці"),
        ("есть ли в самаре место чтобы проверить марки", "ru", "drug-checking", "самаре"),
        (
            "anyone in bristol i can talk to, been really low since i relapsed",
            "en",
            "mental-health",
            "bristol",
        ),
        (
            "есть кто в самаре с кем поговорить, сорвался и совсем хреново",
            "ru",
            "mental-health",
            "самаре",
        ),
        ("є хтось у вінниці з ким поговорити, зірвався і погано", "uk", "mental-health", "вінниці"),
        (
            "alguien en sevilla con quien hablar, recaí y ando con el bajón",
            "es",
            "mental-health",
            "sevilla",
        ),
        ("need a sharps bin and some clean needles in leeds", "en", "syringe-services", "leeds"),
        ("who does free legal stuff in leeds, got a possession charge", "en", "legal-aid", "leeds"),
        ("apoyo legal gratis en sevilla, me pararon con mota", "es", "legal-aid", "sevilla"),
    ],
)
def test_someone_sought_in_a_place(
    router: Router, text: str, lang: str, kind: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE and intent.service_type == kind, (text, intent)
    assert (intent.place or "").lower() == place, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # told in the past, or no service
        ("someone looked at my ulcer in leeds last week and said it was fine", "en"),
        ("alguien en sevilla me curó la herida ayer", "es"),
        ("anyone in leeds tried the new pills going round", "en"),
        # talking about everyday things, or no one sought in a place
        ("anyone in bristol i can talk to about renting a room", "en"),
        ("есть кто в самаре с кем поговорить о футболе", "ru"),
        ("є хтось у вінниці з ким поговорити про ремонт", "uk"),
        ("alguien en sevilla con quien hablar de futbol", "es"),
        ("con quién puedo hablar cuando me da el bajón por las noches", "es"),
        # throwing used needles away, or a bin alone
        ("how do i get rid of used needles safely", "en"),
        ("куда выкинуть использованные шприцы", "ru"),
    ],
)
def test_look_alikes_stay_off_the_finder(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != Route.SERVICE, text


@pytest.mark.parametrize(
    "text",
    [
        "пена изо рта после героина это всегда передоз или нет? чисто интересуюсь",
        "хрип після опіатів завжди означає передоз? просто цікавлюсь",
        "is snoring after opioids always an overdose or not, purely curious",
        "la espuma en la boca siempre es sobredosis? es de pura curiosidad",
    ],
)
def test_curiosity_asks_in_general(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        "друг посинел и не дышит после героина, просто интересуюсь что делать",
        "брат не дихає і посинів, просто цікаво що робити",
        "my mate is blue and not breathing after gear, just curious what to do",
        "mi amigo no respira y está morado, pura curiosidad qué hago",
        "he's gone blue and won't wake up, just curious",
    ],
)
def test_curiosity_beside_someone_now_keeps_the_card(text: str) -> None:
    assert is_emergency(text), text


# Second batch (route20, rows 43-64): a bed for the night in other words, getting off street
# methadone with a prescriber in a place, someone testing after the place, "лин"/"лін" as lean, a fit
# asked about on a condition to come.


@pytest.mark.parametrize(
    ("text", "lang", "kind", "place"),
    [
        ("койку на ночь в самаре, хозяйка выгнала", "ru", "shelter", "самаре"),
        ("потрібне ліжко на ніч у вінниці, вигнали з гуртожитку", "uk", "shelter", "вінниці"),
        ("busco cama para esta noche en sevilla", "es", "shelter", "sevilla"),
        (
            "кто в самаре выписывает метадон, хочу уйти с уличного метадона",
            "ru",
            "opioid-agonist-therapy",
            "самаре",
        ),
        ("хто у вінниці виписує замісну терапію", "uk", "opioid-agonist-therapy", "вінниці"),
        ("кто-то в самаре проверяет соль на примеси", "ru", "drug-checking", "самаре"),
        ("alguien en sevilla analizando pastillas el sábado", "es", "drug-checking", "sevilla"),
    ],
)
def test_second_batch_services(router: Router, text: str, lang: str, kind: str, place: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE and intent.service_type == kind, (text, intent)
    assert (intent.place or "").lower() == place, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("на дачу нужна кровать для гостей, где купить в самаре", "ru"),
        ("сколько стоит уличный метадон в самаре", "ru"),
        ("как слезть с уличного метадона самому", "ru"),
        ("уличный метадон в самаре бодяжат?", "ru"),
    ],
)
def test_second_batch_look_alikes_stay_off_the_finder(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != Route.SERVICE, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("пью лин по выходным, можно с ним феназепам?", "ru"),
        ("лін з алкоголем нормально?", "uk"),
    ],
)
def test_lean_in_cyrillic_is_codeine(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.COMBO and "codeine" in intent.substances, (text, intent)


@pytest.mark.parametrize(
    "text",
    [
        "если у подруги на квартирнике начнутся судороги после соли, как помочь",
        "якщо в брата на вечірці почнуться судоми від амфетаміну, що робити",
    ],
)
def test_a_fit_to_come_on_a_condition_asks_in_general(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize(
    "text",
    [
        "если у него начнутся судороги, что делать, он уже весь трясётся",
        "у подруги начались судороги после соли, что делать",
        "якщо в неї почнуться судоми, що робити, вона вже синіє",
    ],
)
def test_a_fit_now_keeps_the_card(text: str) -> None:
    assert is_emergency(text), text
