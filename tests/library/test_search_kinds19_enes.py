"""Kinds of Spanish miss fixed after blind15 became tuning data (issue 9, eighteenth session,
late round), on the real content: a sore or clenched jaw and ground teeth after a night on pills
(MDMA's jaw clenching, "mandíbula apretada", "rechinar los dientes") is the MDMA topic (the same
English keywords answered an off-topic message of a never-tuned side, so English is left as it
was and its guards stay); days without drinking said without the word alcohol ("llevo días sin beber") and shaking
is alcohol withdrawal; several downers counted with the Spanish plural "bajones" ("mezclar dos
bajones") and asked why that mix is dangerous is mixing depressants, while one "bajón" stays a
comedown. Guards: a jaw after the dentist, teeth ground from stress, shaking from
nerves, and a dog that has not drunk stay unanswered. The messages are written
for this test, not copied from the labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str, lang: str) -> str | None:
    hits = index.search(text, lang)
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("me duele la mandíbula de tanto apretar después de las pastis", "es", "mdma"),
        ("rechinar los dientes con las tachas es peligroso?", "es", "mdma"),
        ("llevo cuatro días sin beber y me tiemblan las manos", "es", "alcohol-withdrawal"),
        ("dejé de beber el viernes y tiemblo, es normal", "es", "alcohol-withdrawal"),
        ("por qué es tan peligroso mezclar dos bajones", "es", "mixing-depressants"),
        ("por que no se deben combinar distintos bajones", "es", "mixing-depressants"),
        # guard: one comedown of a named stimulant stays the stimulant's
        ("por que el bajon de la coca es tan feo", "es", "cocaine"),
    ],
)
def test_kinds_land_on_their_topic(index: SearchIndex, text: str, lang: str, topic: str) -> None:
    assert _first(index, text, lang) == topic, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("my jaw hurts after the dentist pulled a tooth", "en"),
        ("grinding my teeth at night from work stress", "en"),
        ("tiemblo de los nervios antes del examen", "es"),
        ("el perro lleva dos días sin beber", "es"),
        ("por qué me dan dos bajones seguidos después de la fiesta", "es"),
    ],
)
def test_everyday_stays_unanswered(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang) == [], text


def test_counted_bajones_are_downers_but_one_is_a_comedown() -> None:
    assert cues.depressants_named("juntar tres bajones") == 2
    assert cues.depressants_named("el bajón del domingo") == 0
    assert cues.depressants_named("los bajones de la coca") == 0
