"""Kinds of Spanish miss fixed after blind14's look (issue 9, seventeenth session, late round), on
the real content: one drug said to be inside another with "en la"/"en el" before the second name
("hay fentanilo en la coca") is a topic question, not a mix, while being on a drug ("estando en la
metadona") stays a mix; a Spanish comparative with "más que"/"menos que" ("pega más que el
speed") compares two drugs, while "más que nada" compares nothing; "cuánto espero" (how long do I
wait) is no hope of not waking up, so a naloxone question gets no crisis reply, and "esperanza"
keeps its own stem apart from "espero". The messages are written for this test, not copied from
the labelled sets."""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis
from bot.library.intent import Router
from bot.library.search import SearchIndex
from bot.library.textproc import analyzer_for


@pytest.mark.parametrize(
    "text",
    [
        "me dijeron que meten fentanilo en la coca de aquí, cómo lo detecto",
        "encontraron xilacina en la heroína del barrio, eso qué hace",
        "el speed dura mucho más que la coca?",
        "la keta pega menos que el mdma o igual?",
    ],
)
def test_spanish_inside_or_compared_is_a_topic(router: Router, text: str) -> None:
    assert router.route(text, "es").kind == "topic", text


@pytest.mark.parametrize(
    "text",
    [
        # guards: a mix said while on a drug, "más que nada", a plain mix
        "tomo alprazolam estando en la metadona, es peligroso?",
        "más que nada quería saber si puedo mezclar keta con alcohol",
        "puedo mezclar mdma con alcohol en la fiesta",
        "mi colega fuma paco mezclado en el porro, es muy malo?",
    ],
)
def test_spanish_mixes_stay_combinations(router: Router, text: str) -> None:
    assert router.route(text, "es").kind == "combo", text


@pytest.mark.parametrize(
    "text",
    [
        "le pongo narcan y sigue sin despertar, cuánto tiempo espero antes de la otra dosis",
        "si no despierta con la naloxona cuanto espero para repetir la dosis",
    ],
)
def test_waiting_for_a_naloxone_dose_is_no_crisis(text: str) -> None:
    assert not is_crisis(text), text


@pytest.mark.parametrize(
    "text",
    [
        # guards: hoping a dose is the last one stays a crisis
        "espero que esta dosis sea la ultima y no despierte",
        "espero que la proxima dosis me mate",
    ],
)
def test_hoping_not_to_wake_stays_a_crisis(text: str) -> None:
    assert is_crisis(text), text


def test_hope_and_waiting_keep_apart_stems(index: SearchIndex) -> None:
    es = analyzer_for("es")
    assert es.stem("esperanza") != es.stem("espero")
    assert es.stem("preparar") != es.stem("prep")
    hits = index.search("me siento sin esperanza, nada tiene sentido", "es")
    assert hits and hits[0].topic_id == "mental-health-crisis"
    assert not any(
        h.topic_id == "mental-health-crisis" for h in index.search("cuánto espero", "es")
    )
