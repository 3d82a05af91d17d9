"""Kinds of off-topic miss fixed after search tune20 (issue 9, twentieth session), on the real
content: everyday matters of a life that name no drug (a pregnancy test or breastfeeding, a
tattoo, a piercing or an insect's sting, a burn or a cut in the kitchen, pay, dismissal, rent,
custody and taxes, a towed car or a parking ticket, a phone's or a computer's trouble, blood
pressure and snoring) and medicines in their everyday use (melatonin, a hay-fever tablet, an
antidepressant taken as prescribed) get no library answer, in Spain's and Mexico's Spanish and
in English; the same matter with a substance, a word of using or drinking, the police, a stash
job or this bot keeps its topic. The messages are written for this test, not copied from the
labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str, lang: str) -> str | None:
    hits = index.search(text, lang)
    return hits[0].topic_id if hits else None


EVERYDAY_ES = [
    # pregnancy and a baby as life events
    "la prueba de embarazo de la farmacia marca dos rayas, me fio o voy al centro de salud",
    "llevo una semana de atraso de la regla y me da miedo hacerme la prueba",
    "cuanto tiempo de lactancia recomiendan los pediatras",
    "puedo hacer dieta mientras amamanto a mi hijo",
    "el biberon de la noche se lo sigo dando con 2 años?",
    # body art and everyday wounds by their cause
    "cuanto tiempo tengo que tapar un tatuaje recien hecho con film",
    "me quiero hacer un piercing en la ceja, duele mucho?",
    "me mordio un perro en la pantorrilla, necesito vacuna?",
    "me queme con el aceite de la sarten friendo papas, le pongo hielo?",
    # work, money, a family's law
    "mi empresa no me paga las horas extras desde enero, a quien reclamo",
    "me dieron de baja medica por la espalda, cobro el sueldo entero?",
    "como calculo mi aguinaldo si entre a trabajar en junio",
    "el casero quiere subirme el alquiler un 20 por ciento, puede?",
    "como se tramita el divorcio de mutuo acuerdo en cdmx",
    "mi ex no paga la pension alimenticia de los niños, donde lo denuncio",
    # a vehicle and its fines
    "se llevaron mi carro al corralon, cuanto cuesta sacarlo",
    "me llego una multa por aparcar en zona de carga y descarga",
    # a phone and a computer
    "se me mojo el celular en la alberca y ya no prende, lo meto en arroz?",
    "como hago una copia de seguridad de las fotos del movil en el ordenador",
    "la impresora no imprime en negro aunque tiene tinta",
    # the body's everyday measures, a medicine in its everyday use
    "tengo la presion alta, puedo tomar cafe?",
    "mi pareja ronca tanto que no pego ojo, hay algo que funcione",
    "la valeriana para dormir se puede tomar todos los dias?",
    "la loratadina me da sueño, hay otra que no?",
    # one everyday symptom, for days or at night
    "desde el lunes con diarrea, que puedo cenar",
    "mi marido vomito dos veces despues de la paella, lo llevo al medico?",
    "me dan calambres en los gemelos por la noche, me falta magnesio?",
    "me encontre una bolita en la axila que no duele",
    "despues de cenar legumbres tengo la barriga hinchada y muchos gases",
    "a mi hijo le sangra la nariz sin motivo casi cada semana",
]
EVERYDAY_EN = [
    "do i count from my last period to work out how far along i am",
    "can i drink coffee while breastfeeding my newborn",
    "how long should i wait before swimming with a new tattoo",
    "got bitten by a dog on my walk, do i need a jab",
    "burned my hand on the stove, cold water or ice",
    "can my employer cut my wages without telling me",
    "landlord is keeping my deposit for normal wear and tear",
    "how do i split custody over the school holidays",
    "my car was towed from a supermarket car park, is that legal",
    "whatsapp wont back up to google drive anymore",
    "my laptop fan is really loud all of a sudden",
    "what is a normal blood pressure for a 50 year old",
    "does melatonin stop working if you take it every night",
    "kept vomiting after the kebab last night, can i eat today",
    "my eye keeps twitching for a week now",
]


@pytest.mark.parametrize("text", EVERYDAY_ES)
def test_everyday_spanish_matter_is_everyday(text: str) -> None:
    assert cues.everyday_matter(text) or cues.everyday_medicine(text), text


@pytest.mark.parametrize("text", EVERYDAY_EN)
def test_everyday_english_matter_is_everyday(text: str) -> None:
    assert cues.everyday_matter(text) or cues.everyday_medicine(text), text


@pytest.mark.parametrize("text", EVERYDAY_ES)
def test_everyday_spanish_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "es") == [], text


@pytest.mark.parametrize("text", EVERYDAY_EN)
def test_everyday_english_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "en") == [], text


# the same matters with a drug, a word of using or drinking, the police, a stash job, this bot
GUARDS = [
    "me hice la prueba de embarazo y dio positivo, y el finde me meti de todo",
    "estoy dando pecho, cuanto tiempo espero despues de fumar un porro",
    "me hice un tatuaje y me pinche en la misma zona, se me ha infectado",
    "me ofrecen un sueldo muy alto por dejar paquetes escondidos, que riesgo hay",
    "me despidieron por dar positivo en el test de drogas del trabajo",
    "la policia me quiere revisar el whatsapp del celular, estoy obligado",
    "este bot guarda lo que escribo en whatsapp o solo en telegram",
    "got a new tattoo, is it ok to drink alcohol while it heals",
    "cops want my iphone passcode after finding a bag, do i have to give it",
    "someone on instagram offered me good wages to drop parcels round town",
    "la melatonina con alcohol es peligrosa?",
    "im on sertraline, can i take mdma this weekend",
    # a symptom among the signs of withdrawal or of a high, or after stopping
    "tengo diarrea, escalofrios y me duelen los huesos, cuanto dura esto",
    "dos dias sin dormir, vomito y veo cosas que no estan",
    "vomito cada vez que fumo, que me pasa",
    "me sangra la nariz sin motivo desde que esnifo los findes",
    "stopped three days ago and the diarrhoea and sweats wont quit",
]


@pytest.mark.parametrize("text", GUARDS)
def test_a_drug_or_a_use_word_keeps_it_a_question(text: str) -> None:
    assert not cues.everyday_matter(text), text


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        # guards on the real index: a substance or a word of using keeps the topic
        ("estoy embarazada de 4 meses y sigo metiendome heroina, que hago", "es", "pregnancy"),
        ("me ofrecen sueldo fijo por dejar paquetes escondidos por telegram", "es", "dead-drops"),
        (
            "i'm breastfeeding and still using gear most days, is the baby at risk",
            "en",
            "pregnancy",
        ),
        ("my injection site looks like a bad tattoo gone wrong, red and hot", "en", "wound-care"),
        (
            "the cops stopped me and want to look through my whatsapp, can they",
            "en",
            "police-and-rights",
        ),
        (
            "tengo diarrea, escalofrios y bostezo sin parar desde que lo deje",
            "es",
            "opioid-withdrawal",
        ),
    ],
)
def test_guards_keep_their_topic(index: SearchIndex, text: str, lang: str, topic: str) -> None:
    hits = index.search(text, lang)
    assert hits and topic in [h.topic_id for h in hits], (text, hits)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a substance named: the caller's check keeps the answer
        ("can i breastfeed after a line of coke last night", "en"),
        ("my blood pressure goes through the roof on speed, is that dangerous", "en"),
        ("tengo un tatuaje de hace dos dias, puedo tomar md el sabado?", "es"),
    ],
)
def test_a_named_substance_keeps_an_answer(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang), text


def test_an_insect_sting_is_not_injecting_but_a_fix_is() -> None:
    assert cues.everyday_matter("me pico una avispa en el tobillo y se hincho")
    assert not cues.everyday_matter("me pico en el tobillo y se hincho, hay absceso?")
