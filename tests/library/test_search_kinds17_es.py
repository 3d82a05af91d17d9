"""Kinds of Spanish miss fixed after search tune17 (issue 9, seventeenth session), on the real
content: bath salts said with what they do to a person ("paranoico") are the drug, bath salts for
a bath stay everyday; a pill sent off to be analysed is the drug-checking service, not the pill's
drug; an infection's blood test that came back "reactivo" is the infection, not the reagent kits;
eye drops for hay fever, dry eyes or contact lenses are the pharmacy, not tropicamide; two
neighbouring letters typed the wrong way round in a Spanish word ("ketmaina") are read as the
word. The messages are written for this test, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str) -> str | None:
    hits = index.search(text, "es")
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("las sales de baño dejan a la gente paranoica durante dias?", "salts-alpha-pvp"),
        ("me pusieron re paranoico unas sales de baño, que llevan", "salts-alpha-pvp"),
        ("mando por correo una pasti para que la analicen, es anonimo?", "drug-checking"),
        ("quiero que me analicen la tacha antes del festival sin dar datos", "drug-checking"),
        ("el test rapido de la hepatitis me dio reactivo, y ahora que", "hepatitis-c"),
        ("me salio reactiva la prueba del vih en la farmacia, que hago", "hiv-prep-pep"),
        ("la ketmaina por la nariz cuanto dura", "ketamine"),
    ],
)
def test_spanish_kinds_land_on_their_topic(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


@pytest.mark.parametrize(
    "text",
    [
        "que colirio me compro para la conjuntivitis de la alergia",
        "gotas para los ojos secos de tanto mirar la pantalla, cuales",
        "las lentillas me irritan, me recomiendas un colirio",
        "unas sales de baño con olor a rosas para regalar a mi madre",
    ],
)
def test_everyday_spanish_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "es") == [], text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # guards: eye drops injected, the reagent kits by name, a substance's own question
        ("hay quien se pica el colirio para ojos con la heroina, es malo", "tropicamide"),
        ("el reactivo de marquis se volvio negro, que significa", "reagent-tests"),
        ("que colores da el reactivo mandelin con la keta", "reagent-tests"),
        ("cuanto dura el efecto de la ketamina", "ketamine"),
    ],
)
def test_guards_keep_their_topic(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


def test_lab_result_needs_an_infection() -> None:
    assert cues.asks_lab_result("la prueba de hepatitis c salio positiva")
    assert not cues.asks_lab_result("el reactivo salio morado con la pastilla")
    assert cues.everyday_eye_drops("colirio para la alergia al polen")
    assert not cues.everyday_eye_drops("me inyecto colirio, tengo alergia")
