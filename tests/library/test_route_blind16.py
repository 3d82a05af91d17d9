"""Routing kinds from blind16-tune's misses (issue 9, point 4), on the real content, in fresh
words (not blind16's messages).

Fixed kinds: "in the" before a time of day or a night out ("later in the evening", "in the
club") is no drug inside another, so the pair stays a combination ("fent in the coke" still is
one inside the other); Spanish "¿está bien?" / "es malo" asks whether a pair is all right even
beside the comedown word ("bajón"), while coping with the comedown alone stays the topic; whether
one drug can be inside another ("могут ли в таблетках X быть Y", "чи можуть у пігулках X бути Y")
and what testers keep finding in the supply ("lo están encontrando con", "they're finding it in",
"находят в") are topics, while "могут ли быть проблемы" and "в один вечер" keep the card; parties
with the guys ("вечеринки с парнями", "вечірки з хлопцями") are chemsex, parties with friends
keep the card; a consumption room said with "для" ("кімната для безпечного вживання") opens the
finder; where on the body a naloxone shot goes (thigh, shoulder, "бедро", "muslo") is the topic,
while where to get naloxone stays the finder.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a time of the night or a night out, not one drug inside another
        ("half a pill at ten then some ket later in the evening, thoughts?", "en"),
        ("a couple of pints then a line in the club, can i?", "en"),
        # is the pair all right, beside the comedown word
        ("keta con md está bien o el bajón es peor?", "es"),
        ("cristal con alcohol es malo? luego me da bajón", "es"),
        # the same evening keeps the card
        ("могут ли в один вечер трамадол и пиво навредить", "ru"),
        ("могут ли быть проблемы если мешать трамадол с пивом", "ru"),
        # parties with friends keep the card
        ("на вечеринке с друзьями будет мефедрон и алкоголь, можно?", "ru"),
    ],
)
def test_pairs_taken_together_keep_the_card(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "combo", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # one drug inside another
        ("is there fent in the coke going round", "en"),
        ("может ли в героине из закладки быть карфентанил", "ru"),
        ("чи можуть у пігулках трамадолу бути нітазени", "uk"),
        ("могут ли в марках вместо лсд быть nbome", "ru"),
        # what testers keep finding in the supply
        ("que es esa xilacina que están encontrando con la heroína", "es"),
        ("what's this xylazine they're finding in the heroin", "en"),
        ("что за нитазены находят в героине", "ru"),
        # parties with the guys
        ("на вечірках з хлопцями вживаємо мефедрон і гхб, як себе вберегти", "uk"),
        ("на вечеринке с парнями будет тина и гэ, как не навредить себе", "ru"),
        # coping with the comedown alone
        ("el bajón de la coca con el md, cómo se lleva", "es"),
    ],
)
def test_one_inside_another_or_the_scene_is_a_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", (text, router.route(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("чи є в Празі кімната для безпечного вживання?", "uk", "supervised-consumption"),
        ("есть ли в Варшаве комната для безопасного употребления", "ru", "supervised-consumption"),
        ("where can i pick up naloxone in leeds", "en", "naloxone"),
        ("dónde consigo naloxona en valencia", "es", "naloxone"),
    ],
)
def test_services_open_the_finder(router: Router, text: str, lang: str, kind: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service" and intent.service_type == kind, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("where should the naloxone shot go, thigh or shoulder?", "en"),
        ("куда колоть налоксон, в бедро или в плечо", "ru"),
        ("dónde se pone la naloxona inyectable, en el muslo?", "es"),
    ],
)
def test_where_on_the_body_is_the_topic(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", (text, router.route(text, lang))
