"""Routing kinds of the seventeenth session (issue 9, points 4 and 6), on the real content, in
fresh words (not the labelled messages of route16).

Fixed kinds: a treatment drug's Ukrainian spelling and injecting kits as service words; a
programme of a service said first with a lower-case city; a city misspelled by one letter after
"get on methadone in"; a part of a city and the city ending a request with no preposition; a
medicine the message opens with as taken ("i take X, ..."); the other drug already in the body
said with Spanish "si ando / si estoy"; "un pase de" (a line) is no switch of treatment; Spanish
words typed with "ñ" ("unas cañas") are read as the lexicon lists them; when to take the first
dose of a treatment opioid after a street opioid is the treatment topic, not a mix. Guards beside
each kind stay as they are.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("де в Ужгороді видають бупренорфін", "uk", "opioid-agonist-therapy"),
        ("субоксон у Львові хто виписує", "uk", "opioid-agonist-therapy"),
        ("kits de inyeccion gratis en valencia", "es", "syringe-services"),
        ("who gives out injecting kits in leeds", "en", "syringe-services"),
        ("programa de metadona en sevilla", "es", "opioid-agonist-therapy"),
        ("un programa de buprenorfina en valencia?", "es", "opioid-agonist-therapy"),
        ("how do i get on methadone in torontto", "en", "opioid-agonist-therapy"),
        ("cómo entro a la metadona en barcleona", "es", "opioid-agonist-therapy"),
        ("free naloxone downtown toronto", "en", "naloxone"),
        ("clean needles east end london", "en", "syringe-services"),
    ],
)
def test_service_requests_open_the_finder(router: Router, text: str, lang: str, kind: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service" and intent.service_type == kind, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("programa de radio en sevilla", "es"),
        ("what should an injecting kit have in it", "en"),
        ("how do i get on methadone in general", "en"),
        ("methadone dose feels too low, toronto", "en"),
        ("my hiv test came back negative downtown", "en"),
        ("is the naloxone they hand out downtown any good", "en"),
    ],
)
def test_service_guards_stay_topics(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind not in ("service", "combo"), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        ("i take lithium at night, will a pill of mdma be ok", "en", {"mdma"}),
        ("i'm taking citalopram, does coke still hit the same", "en", {"cocaine"}),
        ("otra raya de farlopa si ya estoy borracho?", "es", {"cocaine", "alcohol"}),
        ("un pase de coca con unas birras, qué tal", "es", {"cocaine", "alcohol"}),
        ("tomo tramadol, ¿unas cañitas me sientan mal?", "es", {"tramadol", "alcohol"}),
        ("con la metadona, ¿una caña pasa algo?", "es", {"methadone", "alcohol"}),
        ("first day on subs, is a joint tonight fine", "en", {"buprenorphine", "cannabis"}),
    ],
)
def test_combinations_open_the_card(router: Router, text: str, lang: str, pair: set) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo", (text, intent)
    assert pair <= set(intent.substances or ()), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # when the first treatment dose may follow the last street opioid
        ("after my last fentanyl how long till the first suboxone dose", "en"),
        ("через сколько часов после героина можно первую дозу бупренорфина", "ru"),
        ("коли після фентанілу можна першу дозу бупренорфіну", "uk"),
        ("cuánto esperar después de la heroína para la primera dosis de buprenorfina", "es"),
        # a switch of treatment told with "me pasé de"
        ("me pasé de la heroína a la metadona y sigo con sudores", "es"),
        # a habit that is no medicine taken with another drug
        ("how do i stop drinking so much coffee every day", "en"),
        ("i take xanax every night, is it worse than weed", "en"),
        # grey hair is no beer
        ("me salen canas desde que fumo base", "es"),
    ],
)
def test_combination_guards_stay_topics(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind != "combo", (text, intent)
