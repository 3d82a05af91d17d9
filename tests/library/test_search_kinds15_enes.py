"""Kinds of miss fixed in English and Spanish after tune14's first look (issue 9, fifteenth
session), on the real content. Everyday senses: fungus on a wall or on the feet ("hongos"),
overalls ("mono de trabajo"), the bars of a gym, a garden tool named after weeds, a glass
"cracking", ice on a road when someone asks whether it is safe to drive; the same words about
drugs keep their topic. The messages are written for this test, not copied from the labelled
sets."""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "me salieron hongos en las uñas de los pies, qué crema uso"),
        ("es", "hay hongo verde en el techo de la cocina, cómo lo quito"),
        ("es", "se me manchó el mono azul del taller con grasa, cómo sale"),
        ("es", "dónde compro un mono de mecánico barato"),
        ("en", "pull up bars at the gym are rusty, should i complain"),
        ("en", "best weed killer that's safe around dogs"),
        ("en", "the weed eater line keeps snapping, what size should i get"),
        ("en", "my phone screen keeps cracking, is a glass protector worth it"),
        ("en", "black ice on the roads tonight, is it safe to walk to work"),
    ],
)
def test_everyday_senses_stay_unanswered(index: SearchIndex, lang: str, text: str) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("es", "comí hongos en el bosque y veo colores, cuánto dura el viaje", "psychedelics"),
        ("es", "llevo tres días con el mono de la heroína, cómo lo paso", "opioid-withdrawal"),
        ("en", "how many bars is too many if i've never had xanax", "benzodiazepines"),
        ("en", "smoked too much weed and now i'm paranoid", "cannabis"),
        ("en", "been smoking ice for a week and can't sleep", "methamphetamine"),
    ],
)
def test_the_drug_sense_keeps_its_topic(
    index: SearchIndex, lang: str, text: str, topic: str
) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == topic, (text, [h.topic_id for h in hits])


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        # stopping a benzodiazepine named: its withdrawal, not alcohol's nor the drug's
        (
            "en",
            "quit my klonopin 5 days ago and everything feels loud",
            "benzodiazepine-withdrawal",
        ),
        ("en", "came off ativan last month, still jittery at night", "benzodiazepine-withdrawal"),
        (
            "es",
            "deje el rivotril hace una semana y estoy fatal de ansiedad",
            "benzodiazepine-withdrawal",
        ),
        ("es", "si dejo el orfidal me tiembla todo el cuerpo", "benzodiazepine-withdrawal"),
        # no stopping: the drug itself
        ("en", "how many xans before bed is too many", "benzodiazepines"),
        ("es", "cuanto tarda el trankimazin en hacer efecto", "benzodiazepines"),
    ],
)
def test_stopping_a_named_benzodiazepine(
    index: SearchIndex, lang: str, text: str, topic: str
) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == topic, (text, [h.topic_id for h in hits])


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        # opioid withdrawal by its street names ("la cruda de la chiva", "dope sick")
        ("es", "traigo una cruda de heroina que no me deja ni pararme", "opioid-withdrawal"),
        ("es", "con la malilla encima no se que tomar para aguantar", "opioid-withdrawal"),
        ("en", "clucking since yesterday, what can i take to get through it", "opioid-withdrawal"),
        # someone's own methadone handed on: the street methadone topic
        (
            "es",
            "mi vecino me regala de su metadona, cuanta es segura sin tolerancia",
            "street-methadone-heroin",
        ),
        (
            "en",
            "my mate gives me some of his methadone, how much is ok if i'm not used to it",
            "street-methadone-heroin",
        ),
        # overdoing a stimulant said "pasarse de": its overdose
        (
            "es",
            "como saber cuando uno se esta pasando de farlopa y hay que preocuparse",
            "stimulant-overdose",
        ),
    ],
)
def test_withdrawal_supply_and_overdose_frames(
    index: SearchIndex, lang: str, text: str, topic: str
) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == topic, (text, [h.topic_id for h in hits])


def test_a_tequila_hangover_is_not_opioid_withdrawal(index: SearchIndex) -> None:
    hits = index.search("tengo una cruda horrible de tanto tequila, que me tomo", "es")
    assert not hits or hits[0].topic_id != "opioid-withdrawal"


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        # street words: "shard" alone, ecstasy "ruedas", crystal smoked, street "done"
        ("en", "shard has me scratching my arms all night, is that normal", "methamphetamine"),
        ("en", "how long does shard keep you awake", "methamphetamine"),
        ("es", "cuantas ruedas es pasarse en una noche de boliche", "mdma"),
        ("es", "me tome media rueda y no me sube, tomo la otra mitad?", "mdma"),
        ("es", "mi novio fuma cristal todos los dias y no come nada", "methamphetamine"),
        (
            "en",
            "got offered a bit of done by a neighbour, how risky if i'm not on a script",
            "street-methadone-heroin",
        ),
    ],
)
def test_street_words(index: SearchIndex, lang: str, text: str, topic: str) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == topic, (text, [h.topic_id for h in hits])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "is the view from the top of the shard worth the ticket price"),
        ("en", "stood on a glass shard barefoot, how do i get it out"),
        ("es", "se me pincho una rueda de la bici, como la parcho"),
        ("es", "cuanto cuesta una silla de ruedas electrica"),
        ("es", "que ruedas le pongo al carro para la carretera"),
    ],
)
def test_street_words_in_everyday_senses(index: SearchIndex, lang: str, text: str) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # stopping an opioid with no topic of its own, in few words
        "trucos para el insomnio ahora que dejo la morfina",
        "cuatro dias sin codeina y me duele todo el cuerpo",
        "como aguantar la primera semana al dejar el oxycontin",
    ],
)
def test_stopping_an_opioid_pill_in_spanish(index: SearchIndex, text: str) -> None:
    hits = index.search(text, "es")
    assert hits and hits[0].topic_id == "opioid-withdrawal", (text, [h.topic_id for h in hits])


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        # a reagent by name, fentanyl strips, chemsex by name: the topic named comes first
        ("en", "does mecke tell ketamine apart from something else", "reagent-tests"),
        ("es", "el test de marquis vale para saber si es md o anfeta", "reagent-tests"),
        ("en", "can fentanyl test strips work on pressed bars", "fentanyl-test-strips"),
        ("en", "chem sex weekends with g and meph, what should we look out for", "chemsex"),
        ("es", "sexo con drogas todo el finde con tina, como nos cuidamos", "chemsex"),
    ],
)
def test_a_topic_named_in_other_words(index: SearchIndex, lang: str, text: str, topic: str) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == topic, (text, [h.topic_id for h in hits])


@pytest.mark.parametrize(
    "text",
    [
        "me queme la boca con el mechero fumando piedra, como se cura",
        "keep burning my fingers on the crack pipe, any tips",
    ],
)
def test_burns_from_a_pipe_are_not_a_crisis(text: str) -> None:
    assert not is_crisis(text), text


@pytest.mark.parametrize(
    "text",
    [
        "me quemo los brazos con el mechero cuando estoy mal",
        "no quiero seguir viva, me quemo los dedos con la pipa a proposito",
    ],
)
def test_burning_oneself_on_purpose_stays_a_crisis(text: str) -> None:
    assert is_crisis(text), text
