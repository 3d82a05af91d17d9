"""Routing kinds of the eighteenth session (issue 9, points 4 and 6), on the real content, in
fresh words (not the labelled messages of route17).

Fixed kinds: a Spanish question opening with "¿" ("¿dónde hay ...") asks "where" as much as one
without it; injecting kit said as "fresh / new / sterile works" and a bed as "anywhere to crash /
crash tonight"; "Barna" (Barcelona, content/places.yaml) and a time said after a place ("en
barna antes del festi") as no part of it; the Spanish short form "hepa c"; whether a service is free, said of it ("es
gratis y ...?"), is how it goes, not where to get it; where on the body a syringe goes (vein or
muscle), with no place, is the injecting topic; a song, a film or a series naming two drugs is
no combination (unless a safety question goes with it); "in my system / blood" and "to have a
drink now" are the timing of one's own mix, not one drug inside another nor the supply; wine by
its colour in a bottle or a glass, and Mexican "andaba / estaba pedo" (drunk), are alcohol
(content/lexicon.yaml); the Spanish pronoun "nos" is no nitrous oxide (an English name); on substitution treatment without
naming the drug ("на замісній", "на заместительной", "на зпт") is methadone or buprenorphine,
asked before the card (the hormone treatment is no such thing). Guards beside each kind stay as they are.
"""

from __future__ import annotations

import pytest

from bot.library.intent import Router


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("¿dónde reparten jeringas en sevilla?", "es", "syringe-services"),
        ("¿dónde puedo hacerme un test de vih en valencia?", "es", "hiv-testing"),
        ("¡urgente! ¿dónde hay naloxona en bilbao?", "es", "naloxone"),
        ("any fresh works going near leeds station", "en", "syringe-services"),
        ("where can i grab sterile works in glasgow", "en", "syringe-services"),
        ("need a spot to crash in toronto tonight", "en", "shelter"),
        ("anywhere to crash in leeds, been on the street 3 nights", "en", "shelter"),
        ("hepa c, ¿dónde me la miran en sevilla?", "es", "hepatitis-testing-treatment"),
        # "Barna" is Barcelona; a time after the place is no part of it
        ("¿dónde dan naloxona en barna?", "es", "naloxone"),
        ("jeringas en sevilla durante la feria, ¿dónde?", "es", "syringe-services"),
        ("где в Казани шприцы взять перед выходными", "ru", "syringe-services"),
        # a part of the body beside a place is still a request for needles there
        ("my veins are shot, where can i get new needles in leeds", "en", "syringe-services"),
    ],
)
def test_service_requests_open_the_finder(router: Router, text: str, lang: str, kind: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service" and intent.service_type == kind, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("¿dónde se mete la jeringa, en la vena o en el músculo?", "es"),
        ("my new works rota starts monday", "en"),
        ("la barna de noche es preciosa, ¿no?", "es"),
        ("got my pills tested in leeds during a festival once, how accurate is it", "en"),
        ("where does the syringe go, in the vein or the muscle?", "en"),
        ("the crash after speed is brutal, how do i sleep", "en"),
        ("¿la hepa c se pega por compartir la pipa?", "es"),
        ("el tratamiento para la hepa c es gratis y funciona de verdad?", "es"),
        ("is naloxone free and does it work on fentanyl", "en"),
    ],
)
def test_service_guards_stay_topics(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind not in ("service", "combo"), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("name of the film where they do heroin and coke in a toilet", "en"),
        ("песня про водку и коньяк, кто исполняет", "ru"),
        ("серіал де варять мет і продають героїн, як називається", "uk"),
        ("la canción esa del tequila y la mota, ¿de quién es?", "es"),
    ],
)
def test_a_work_naming_two_drugs_is_no_combination(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind not in ("service", "combo"), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang", "pair"),
    [
        # a safety question beside a song keeps the card
        ("that song about molly and ket, is that combo safe", "en", {"mdma", "ketamine"}),
        # still in the body: the timing of a mix, not one drug inside another
        ("ket still in my system, ok to take a valium to sleep?", "en", {"ketamine", "diazepam"}),
        ("tramadol in my blood still, can i have a couple of beers", "en", {"tramadol", "alcohol"}),
        (
            "took a xanax at lunch, fine to have a glass of wine now?",
            "en",
            {"alprazolam", "alcohol"},
        ),
        # wine by its colour in a bottle or a glass; drunk said in the past in Mexico
        ("glass of white first, then some mandy, thats fine?", "en", {"alcohol", "mdma"}),
        ("estábamos pedos y nos metimos tachas, ¿qué tan mal?", "es", {"alcohol", "mdma"}),
        # Spanish "nos" is "us", never nitrous; in English it stays nitrous
        ("ayer nos fumamos un porro con unas cheves, ¿pasa algo?", "es", {"cannabis", "alcohol"}),
        ("did some nos with a bit of ket, is that ok", "en", {"nitrous-oxide", "ketamine"}),
    ],
)
def test_combinations_said_indirectly(router: Router, text: str, lang: str, pair: set) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "combo" and set(intent.substances or ()) == pair, (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("is there fent in my coke, how can i tell", "en"),
        ("how long does ketamine stay in your system", "en"),
        ("red or white wine with fish?", "en"),
        ("qué pedo con la metadona, ¿ya no la dan?", "es"),
        ("the dope round here has xylazine now, what does that do to you", "en"),
    ],
)
def test_one_drug_inside_another_stays_a_topic(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind not in ("service", "combo"), (text, intent)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("сижу на заместительной, пару рюмок коньяка можно?", "ru"),
        ("я на зпт, можна трохи пива ввечері?", "uk"),
    ],
)
def test_substitution_treatment_unnamed_asks_which(router: Router, text: str, lang: str) -> None:
    # on substitution treatment without naming the drug: the card asks methadone or
    # buprenorphine before answering (a guess, confirmed first)
    intent = router.route(text, lang)
    assert intent.kind == "combo" and intent.guessed, (text, intent)
    assert "alcohol" in (intent.substances or ()), (text, intent)
    assert intent.typed is not None
    reading = router.checker.read_pair(f"{intent.typed[0]} + {intent.typed[1]}", None)
    options = {n.id for r in reading for n in r.options}
    assert {"methadone", "buprenorphine"} <= options, reading


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("я на заместительной гормональной терапии, можно бокал вина?", "ru"),
        ("на зпт дають дозу з собою на вихідні?", "uk"),
    ],
)
def test_substitution_guards(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind not in ("service", "combo"), (text, intent)
