"""Kinds of miss fixed in English and Spanish after tune13's first look and blind10-tune
(issue 9, fourteenth session), on the real content: a chemsex party called "a chill" is the
chemsex topic, not a combination; "pericos" (a bird, eggs) are everyday; stopping an opioid with
no topic of its own (oxys, percs, codeine, la oxicodona, la morfina) is opioid withdrawal; a job
paid (in crypto) to hide or leave stashes is the dead-drop topic; naloxone's side effects are
naloxone's; the fentanyl strips in Spanish ("tiras reactivas de fentanilo") are the strips';
what an overdose looks like next to being very high is the signs, chest compressions the steps;
getting onto a treatment programme in a place opens the finder, "pins" are needles in the UK.
The messages are written for this test, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("en", "off to a chill after work, there'll be tina and g, any advice", "chemsex"),
        (
            "en",
            "invited to the chillout at his flat, g and meph on offer, how to stay ok",
            "chemsex",
        ),
        ("es", "me invitaron a un chill con tina y g este sábado, qué cuidados tengo", "chemsex"),
        ("en", "day two off the percs and i'm sweating buckets, what helps", "opioid-withdrawal"),
        ("en", "trying to quit codeine, how do i get through the first week", "opioid-withdrawal"),
        ("es", "estoy dejando la oxicodona y no pego ojo, cuánto dura", "opioid-withdrawal"),
        ("es", "tres días sin morfina, escalofríos y diarrea", "opioid-withdrawal"),
        ("en", "a guy offered me money to hide little bags around town, risky?", "dead-drops"),
        ("en", "someone wants me to drop parcels in parks and pays in bitcoin", "dead-drops"),
        (
            "es",
            "me pagan en cripto por esconder paquetitos en la ciudad, qué me pasa",
            "dead-drops",
        ),
        ("en", "does narcan have side effects for the person", "naloxone"),
        (
            "es",
            "cómo se usan las tiras reactivas de fentanilo con pastillas",
            "fentanyl-test-strips",
        ),
        (
            "en",
            "what does an od look like compared to someone just really high on dope",
            "overdose-signs-opioids",
        ),
        (
            "es",
            "cómo distingo una sobredosis de heroína de alguien muy dormido",
            "overdose-signs-opioids",
        ),
        (
            "es",
            "si alguien se pasa con la heroína, hago compresiones o boca a boca",
            "overdose-response",
        ),
        ("en", "mate went over on gear, chest compressions or rescue breaths", "overdose-response"),
        (
            "es",
            "cómo entro a un tratamiento con buprenorfina, piden análisis",
            "opioid-agonist-therapy",
        ),
        ("en", "which reagent shows if my mandy is actually mdma", "reagent-tests"),
        ("es", "qué reactivo me dice si el md tiene mdma de verdad", "reagent-tests"),
        ("en", "there's a hard lump where i missed last night, hot to touch", "wound-care"),
        ("es", "no encuentro vena, se me colapsan todas", "safer-injecting"),
        ("en", "my veins keep collapsing, any tips", "safer-injecting"),
        (
            "en",
            "bought some methadone off a mate, how much is ok to drink",
            "street-methadone-heroin",
        ),
        (
            "es",
            "un conocido me vendió metadona sin receta, cuánta es segura",
            "street-methadone-heroin",
        ),
        ("en", "are poppers bad for your heart", "chemsex"),
        ("es", "los poppers son peligrosos, me marean mucho", "chemsex"),
        ("en", "been on etizolam every day for ages, can i just stop", "benzodiazepine-withdrawal"),
        ("en", "signs a mate had way too much ice and needs an ambulance", "stimulant-overdose"),
        ("en", "railing lines every weekend, how do i look after my nose", "safer-snorting"),
        (
            "en",
            "brother's been on the gear ten years, how do we get him onto a script",
            "opioid-agonist-therapy",
        ),
        ("en", "the comedown off the shard is brutal, how long does it go", "methamphetamine"),
        ("en", "keep gouching out after a hit, is that normal or risky", "overdose-signs-opioids"),
    ],
)
def test_the_first_topic(index: SearchIndex, lang: str, text: str, topic: str) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == topic, (text, [h.topic_id for h in hits])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "cómo preparo unos huevos pericos con arepa"),
        ("es", "mis pericos australianos no quieren comer"),
        ("es", "hay una mota de polvo en la lente de la cámara"),
        ("es", "cuánto cuesta un caballo de carreras"),
        ("es", "el perico de la abuela ya no canta"),
        ("es", "necesito una mesa de madera con buenas juntas"),
        ("en", "are crystal tumblers dishwasher safe"),
        ("en", "rented a speed boat for the weekend, any tips"),
        ("en", "constant pins and needles in my hands at night"),
        ("en", "my molly fish keeps hiding behind the filter"),
        ("en", "my friend charlie is moving house, ideas for a gift"),
        ("en", "worried about the ice on my ski trip next week"),
        ("en", "way too much ice in my drink at the bar"),
        ("en", "my nephew is learning to play the bugle"),
        ("en", "we're visiting the shard in london on friday"),
    ],
)
def test_everyday_senses_stay_unanswered(index: SearchIndex, lang: str, text: str) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("heading to a chill with tina and g tonight, tips?", "en"),
        ("voy a un chill con tina y g, qué hago para cuidarme", "es"),
    ],
)
def test_a_chill_is_not_a_combination(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


def test_asked_at_a_chill_is_still_a_combination(router: Router) -> None:
    assert router.route("is it ok to take g and tina together at a chill", "en").kind == "combo"


@pytest.mark.parametrize(
    ("text", "lang", "service"),
    [
        ("how do i get onto a methadone programme in leeds", "en", "opioid-agonist-therapy"),
        ("cómo entro al programa de metadona en Rosario", "es", "opioid-agonist-therapy"),
        ("anywhere for fresh pins near cork", "en", "syringe-services"),
    ],
)
def test_a_programme_or_pins_in_a_place_open_the_finder(
    router: Router, text: str, lang: str, service: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == "service" and intent.service_type == service, (text, intent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("got offered a gig stashing packages round the city for cash", True),
        ("they pay in usdt to leave parcels at spots", True),
        ("is a parcel delivery job worth it", False),
        ("trabajo de repartidor de paquetes, conviene", False),
    ],
)
def test_a_paid_job_of_hiding_stashes(text: str, expected: bool) -> None:
    assert cues.asks_drop_job(cues.fold(text)) is expected, text


# Kinds fixed after blind11-tune's look (late round): fresh wordings, never the labelled texts.
@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("do you keep a log of these chats, who reads them", "en", "about-this-bot"),
        (
            "feeling pretty low these days, is there someone i can talk to",
            "en",
            "mental-health-crisis",
        ),
        ("me siento fatal ultimamente y no tengo con quien hablar", "es", "mental-health-crisis"),
        (
            "got out of rehab friday, thinking of using just once to celebrate",
            "en",
            "tolerance-loss",
        ),
        ("sali de la carcel y quiero meterme una sola vez para celebrar", "es", "tolerance-loss"),
        ("got handed a naloxone kit with vials and a syringe, how does it go", "en", "naloxone"),
        ("la naloxona en ampolla con jeringa como se pone", "es", "naloxone"),
    ],
)
def test_blind11_kinds_enes(index: SearchIndex, text: str, lang: str, topic: str) -> None:
    found = index.search(text, lang)
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # "zoot" (a joint in Britain) and "shard" (crystal methamphetamine) in the singular
        ("which weed is least likely to make me anxious when i have a zoot", "cannabis"),
        ("been on the shard all week and cant sleep, what now", "methamphetamine"),
        # an open sore where one injects, whether it needs a doctor
        ("there's an open sore where i inject and it keeps weeping", "wound-care"),
        # getting on PrEP, and its cost
        ("where can i get on prep and is it free", "hiv-prep-pep"),
    ],
)
def test_blind11_kinds_en_words(index: SearchIndex, text: str, topic: str) -> None:
    found = index.search(text, "en")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("las tomateras del balcon tienen manchas en las hojas", "es"),
        ("my tomato plants have brown spots on the leaves", "en"),
    ],
)
def test_a_vegetable_garden_stays_unanswered(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang) == [], text


def test_a_drug_beside_a_tomato_is_still_answered(index: SearchIndex) -> None:
    found = index.search("mota con jugo de tomate, pega mas?", "es")
    assert found and found[0].topic_id == "cannabis", [h.topic_id for h in found]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("si me meto dos rayas seguidas de keta me voy al agujero k?", "es"),
        ("how long between bumps so i dont k-hole", "en"),
    ],
)
def test_the_k_hole_is_ketamine_whatever_the_route(
    index: SearchIndex, text: str, lang: str
) -> None:
    found = index.search(text, lang)
    assert found and found[0].topic_id == "ketamine", [h.topic_id for h in found]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # the police only as the source of a claim about a substance: the substance's topic
        ("can you overdose by touching fentanyl? cops say you can", "fentanyl"),
        # the police met about needles: still the rights
        (
            "the cops said they can search me for carrying needles, is that true",
            "police-and-rights",
        ),
    ],
)
def test_police_as_hearsay_or_met(index: SearchIndex, text: str, topic: str) -> None:
    found = index.search(text, "en")
    assert found and found[0].topic_id == topic, [h.topic_id for h in found]
