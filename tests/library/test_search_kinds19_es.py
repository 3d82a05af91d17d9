"""Kinds of Spanish miss fixed after search tune19 (issue 9, nineteenth session), on the real
content: a speck ("mota") in the eye, spots seen in the eyes or left on clothes, a polka-dot
dress, stay everyday while "mota" smoked or eaten stays cannabis; studs ("tachas" in Mexico) on a
belt or a jacket and the verb "tachar" (to cross out) stay everyday while tachas taken, bought or
split stay ecstasy; a dodgy manoeuvre made to someone ("hacer una pirula") stays everyday while a
pirula taken stays ecstasy; a parrot taught to talk stays a pet while "perico" that makes one
talk stays cocaine; the words of a substance name's explanatory brackets ("tusi (casi siempre
ketamina + MDMA)") name nothing ("casi", almost); an opioid stronger than fentanyl is the
nitazenes and a new vet sedative that is not xylazine is medetomidine. Found by the helper's
own everyday sentences after the first look: a bathtub ("tina") blocked or stained, chocolate
sweets and truffles, acids by their chemical name, a sharpening stone, a Catalan "coca", a
mystic's ecstasy, a pill for an everyday ache, a slump after a meal or low sugar ("bajón"), a
traffic fine, and everyday painkillers alone (ibuprofen with paracetamol) stay everyday; the same
words taken as drugs stay their topics. The messages are written for this test, not copied from
the labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.model import Library
from bot.library.search import SearchIndex, name_words


def _first(index: SearchIndex, text: str) -> str | None:
    hits = index.search(text, "es")
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    "text",
    [
        # a speck in the eye, spots seen or left on clothes, polka dots
        "me cayo una mota de arena en el ojo en la playa y me lloran los dos",
        "tengo una mota en el ojo desde ayer y ya me lo lave con suero",
        "veo unas motas que flotan cuando miro al cielo, voy al oculista?",
        "le quedaron motas de pintura a la sudadera, como las quito",
        "busco un vestido de motas rojas para una boda en mayo",
        # studs on clothes and the verb to cross out
        "como se ponen tachas en una chaqueta vaquera sin que se caigan",
        "se le salieron las tachas a las botas vaqueras de mi papa",
        "el maestro dice que tache la palabra mal escrita o que use corrector",
        # a manoeuvre made to someone
        "el autobus me hizo una pirula al salir de la parada y me rayo el coche",
        "no me hagas la pirula otra vez con el turno de vacaciones",
        # a parrot taught to talk
        "como le enseño a hablar a mi perico, ya tiene un año",
        # a bathtub, sweets, acids, a stone, a cake, a mystic, an ache, a slump, a fine, medicines
        "la tina se tapo con pelo, que producto uso para el drenaje",
        "receta de bizcocho de chocolate sin horno para cuatro",
        "trufas de cacao caseras, cuanto aguantan en la nevera",
        "el acido folico se toma en ayunas o con la comida",
        "cada cuanto hay que mojar la piedra de afilar",
        "donde compro coca de llardons en tarragona",
        "que significa el extasis mistico en los poemas de santa teresa",
        "me tome una pastilla para la jaqueca hace una hora y sigo igual",
        "siempre me da un bajon despues de almorzar en la oficina",
        "me llego una fotomulta de la ciudad, como la pago en linea",
        "cuantas horas deben pasar entre el ibuprofeno y el paracetamol en un niño",
    ],
)
def test_everyday_spanish_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "es") == [], text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # guards: the street word taken stays the drug
        ("la mota me deja los ojos rojos toda la tarde, es malo", "cannabis"),
        ("fumo mota desde la secundaria y se me olvida todo", "cannabis"),
        ("me tome dos tachas y no puedo dormir, cuanto dura", "mdma"),
        ("cuantas tachas son demasiadas en un rave de toda la noche", "mdma"),
        ("parti una pirula a medias con mi novia, es suficiente?", "mdma"),
        ("con el perico no paro de hablar y luego me da bajon", "cocaine"),
        ("cuanto dura el viaje de las trufas magicas", "psychedelics"),
        ("la tina me tiene despierto desde el viernes", "methamphetamine"),
        ("el acido me dio un mal viaje, cuando se pasa", "psychedelics"),
        ("tramadol con paracetamol me sube mucho, es normal", "tramadol"),
    ],
)
def test_guards_keep_their_topic(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


def test_speck_and_studs_are_everyday_but_the_drug_is_not() -> None:
    assert cues.everyday_frame("se me metio una mota de rimel en el ojo")
    assert not cues.everyday_frame("la mota de interior pega mas que la de exterior?")
    assert cues.everyday_frame("una cazadora de cuero con tachas plateadas, cuanto cuesta")
    assert not cues.everyday_frame("me meti unas tachas y me duelen las botas de bailar")
    assert not cues.everyday_frame("compre tachas rosas, vienen muy cargadas?")


def test_a_pirula_made_is_everyday_but_one_that_worked_is_not() -> None:
    assert cues.everyday_frame("lo multaron por hacer una pirula con el coche")
    assert not cues.everyday_frame("la pirula me hizo efecto a la media hora")
    assert not cues.everyday_frame("las pirulas que hacen en holanda son mas fuertes")


def test_bracketed_words_of_a_name_name_nothing(real: Library) -> None:
    single = frozenset({"ketamina", "mdma", "tusi"})
    assert name_words("tusi (casi siempre ketamina + MDMA)", single).split() == [
        "tusi",
        "ketamina",
        "MDMA",
    ]
    index = SearchIndex(real)
    terms = index._substance_terms("\0words")
    assert "casi" not in terms and "siempre" not in terms
    assert "ketamina" in terms and "sildenafilo" in terms


def test_stronger_than_fentanyl_and_the_new_tranq() -> None:
    assert cues.asks_stronger_than_fentanyl("circula un opioide mas potente que el fentanilo?")
    assert not cues.asks_stronger_than_fentanyl("el carfentanilo es mas fuerte que el fentanilo?")
    assert not cues.asks_stronger_than_fentanyl("el fentanilo es mas fuerte que la heroina?")
    assert cues.asks_new_tranq("que sedante nuevo le echan a la droga en vez de la xilacina")
    assert not cues.asks_new_tranq("que es la xilacina y por que da heridas")


def test_everyday_medicines_alone_but_not_with_drink_or_a_drug() -> None:
    assert cues.everyday_medicine("se puede tomar ibuprofeno con omeprazol")
    assert not cues.everyday_medicine("se me infecto donde me pincho, necesito amoxicilina?")
    assert not cues.everyday_medicine("ibuprofeno con cerveza para la resaca es malo")
    assert not cues.everyday_medicine("me tome toda la caja de paracetamol")
