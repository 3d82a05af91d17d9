"""Kinds of miss fixed after search tune21 (issue 9, twenty-first session), on the real content:

- one everyday ache or a cold said plainly with no drug named ("my head hurts", "me duele la
  cabeza", "can't sleep", "tengo calentura") gets no library answer in Spain's and Mexico's
  Spanish and in English; a drug, a word of using, withdrawal, despair, a wound, the heart or
  sleeping pills beside it keeps it a question for the library;
- everyday senses of street words in a new frame: "molly" or "maría" as a guest or a relative,
  ice ("hielo") on a knock or a bruise;
- research chemicals by their code names, with or without the hyphen ("2c-b", "2cb", "25i",
  "4-fa"), are one word for the lexicon (never "2c" and "b", "4" and "fa");
- what a drug really was, one name against another ("the tab was 25i and not acid", "speed en
  lugar de md"), is a question about what it is, not a combination.

The messages are written for this test, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Router
from bot.library.search import SearchIndex

ACHES_ES = [
    "llevo desde ayer con un dolor de cabeza que me martillea",
    "me duelen las muelas del juicio, que hago hasta ir al dentista",
    "tengo una jaqueca horrible con la luz",
    "me duele la panza desde que desayune",
    "al nene le duele el oido y no para de llorar",
    "traigo tos seca desde hace una semana",
    "tengo gripa y me duele todo el cuerpo",
    "no logro dormir por el calor, algun remedio",
    "me despierto a las 4 cada noche y ya no me duermo",
    "tengo la nariz tapada de la alergia",
    "me duele la regla muchisimo este mes",
    "me salio un granito en la frente enorme",
    "me pica muchisimo la cabeza desde que cambie de champu",
    "me salieron ronchas en las piernas despues de la playa",
    "me brincan los parpados desde hace dias",
    "estoy sin chamba desde marzo, donde busco",
    "me duelen los gemelos despues del partido",
    "a mi madre le pusieron la vacuna del covid y tiene el brazo dolorido",
]
ACHES_EN = [
    "my head is throbbing after staring at a screen all day",
    "got a splitting headache, what works fastest",
    "my lower back aches when i get out of bed",
    "tummy ache since dinner, should i worry",
    "he has a sore throat and a temperature",
    "can't fall asleep before 3am, any tips",
    "i have a cold and a blocked nose",
    "my ear hurts when i swallow",
    "period pain is awful this month",
    "toothache keeps me up, dentist is closed",
    "itchy rash on my arms after gardening",
    "lost my job last week, where do i get help with rent",
    "my feet hurt after walking around the city all day",
    "is it normal for the arm to be sore two days after a vaccine",
]


@pytest.mark.parametrize("text", ACHES_ES + ACHES_EN)
def test_one_everyday_ache_is_everyday(text: str) -> None:
    assert cues.everyday_matter(text), text


@pytest.mark.parametrize("text", ACHES_ES)
def test_spanish_ache_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "es") == [], text


@pytest.mark.parametrize("text", ACHES_EN)
def test_english_ache_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "en") == [], text


# the same aches beside a drug's sign, despair, a wound, the heart, sleeping pills or withdrawal
ACHE_GUARDS = [
    "my head is pounding and i keep wanting to hurt myself",
    "headache all day on the comedown, normal?",
    "cant sleep and my heart is racing",
    "i have a fever and the spot where i inject is swollen",
    "can't sleep without sleeping pills anymore",
    "day three off the gear and cant sleep",
    "my anxiety is bad and i cant sleep",
    "no puedo dormir y ya no quiero seguir",
    "me duele la cabeza y tengo el corazon a mil",
    "tengo fiebre y una herida en el brazo que supura",
    "no consigo dormir sin mis pastillas",
    "me duele la barriga, bostezo y tengo escalofrios desde que lo deje",
    "me duele el pecho y no puedo dormir",
    "me pica el brazo donde me pinche ayer",
    "me tiemblan las manos por las mañanas",
    "itchy all over on opioids, is that normal",
    "sin curro y con el mono, que hago",
    "my legs ache and i cant stop yawning since i stopped",
    "me duelen las piernas y tengo escalofrios desde ayer que lo deje",
]


@pytest.mark.parametrize("text", ACHE_GUARDS)
def test_a_sign_beside_the_ache_keeps_it_a_question(text: str) -> None:
    assert not cues.everyday_matter(text), text


def test_breastfeeding_is_not_the_chest() -> None:
    assert cues.everyday_matter("dando el pecho, puedo tomar algo para el dolor de cabeza")
    assert not cues.everyday_matter("me duele el pecho al respirar y la cabeza")


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        # a substance named: the topic stays
        ("me duele la cabeza cada vez que me meto una raya", "es", "cocaine"),
        ("no puedo dormir desde que deje la heroina", "es", "opioid-withdrawal"),
        ("my stomach hurts after months of ket", "en", "ketamine"),
        ("cant sleep at all on the meth comedown", "en", "methamphetamine"),
    ],
)
def test_a_named_drug_keeps_its_topic(index: SearchIndex, text: str, lang: str, topic: str) -> None:
    hits = index.search(text, lang)
    assert hits and topic in [h.topic_id for h in hits], (text, hits)


# everyday senses of street words
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my friend molly is coming over for lunch, she doesnt eat gluten", "en"),
        ("mi hermana maria se casa en mayo, que le regalo", "es"),
        ("hielo o calor para un chichon en la frente", "es"),
        ("should i put ice on a bruise on my shin", "en"),
        ("a stone chipped my windscreen and now theres a long crack", "en"),
    ],
)
def test_everyday_sense_of_a_street_word(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("rolled on molly with friends, jaw is sore today", "en", "mdma"),
        ("fume hielo toda la noche y me dio un golpe de calor", "es", "methamphetamine"),
    ],
)
def test_the_drug_sense_stays(index: SearchIndex, text: str, lang: str, topic: str) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == topic, (text, hits)


# research chemicals by their code names
@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("how long does 2cb take to come up", "en", "psychedelics"),
        ("is 2c-e stronger than 2c-i", "en", "psychedelics"),
        ("que dosis de 2c-b es para novatos", "es", "psychedelics"),
        ("el 25i se puede confundir con acido?", "es", "psychedelics"),
        ("how much 4fa for a first time", "en", "methamphetamine"),
        ("el 4-fa sube la tension?", "es", "methamphetamine"),
    ],
)
def test_code_names_point_to_their_topic(
    index: SearchIndex, text: str, lang: str, topic: str
) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == topic, (text, hits)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a temperature, a flat, a bus, a size: numbers and letters that name no drug
        ("it hit 25c today, too hot to walk the dog?", "en"),
        ("the 2c bus never comes on time", "en"),
        ("vivo en el 4a y el vecino del 4b nunca saluda", "es"),
    ],
)
def test_numbers_and_letters_name_no_drug(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the blotter was 25i and not lsd, what now", "en"),
        ("creo que la pasti era pcm y no md", "es"),
        ("me dieron speed en lugar de md", "es"),
        # a joint of the other drug is how it is smoked, one drug
        ("un peta de spice me dejo fatal", "es"),
        ("had a spliff of k2 and felt awful", "en"),
    ],
)
def test_what_it_really_was_is_no_combination(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind != "combo", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("puedo tomar md y no beber alcohol?", "es"),
        ("se puede mezclar keta y md", "es"),
        ("is it ok to mix md and weed", "en"),
        ("un porro con md es peligroso?", "es"),
    ],
)
def test_a_mix_stays_a_combination(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "combo", text
