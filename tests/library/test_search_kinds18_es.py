"""Kinds of Spanish miss fixed after search tune18 (issue 9, eighteenth session), on the real
content: "grifa", the old Spanish word for cannabis, is cannabis, while a water tap ("grifo"),
which the stemmer cuts to the same stem, stays a tap; bath salts of the news (the drug said to
turn people into zombies or mad) are the drug, bath salts for a bath stay everyday; "porros" who
beat up or threaten students (thugs, in Mexico) are people, not joints, while joints that hit hard
or are smoked before class stay cannabis; a drug bought asked to be adulterated or cut with
something, and how to check it, is the drug-checking topic (only with a substance named: honey
and olive oil are adulterated too); everyday words the stemmer cut to a street word's stem (a
market, mackerel, a billy goat, a betting pool, a bullring, swallowing) keep their everyday
sense. The messages are written for this test, not copied from
the labelled sets."""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.model import Library
from bot.library.search import SearchIndex


def _first(index: SearchIndex, text: str) -> str | None:
    hits = index.search(text, "es")
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mi abuelo fumaba grifa de joven, es lo mismo que la maria de hoy", "cannabis"),
        ("cuanto tiempo se queda la grifa en la orina", "cannabis"),
        (
            "las sales de baño esas de las noticias que convierten a la gente en zombis",
            "salts-alpha-pvp",
        ),
        (
            "vi en un reportaje que las sales de baño ponen agresivos a los que las toman",
            "salts-alpha-pvp",
        ),
    ],
)
def test_spanish_kinds_land_on_their_topic(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


@pytest.mark.parametrize(
    "text",
    [
        "el grifo del lavabo no deja de gotear, hay que cambiar la goma",
        "que griferia me recomiendas para la ducha nueva",
        "unas sales de baño de eucalipto para el jacuzzi, donde las venden",
        "los porros de la prepa golpearon a mi sobrino a la salida, a quien acudo",
        "a mi hija la amenazaron unos porros en la universidad",
        "en mi facultad hay grupos porriles que cobran cuota a los estudiantes",
        "hay porros que agreden a los chavos a la salida del cch, que se puede hacer",
        "como se si el aceite de oliva del mercado esta adulterado",
        "la miel que venden en la feria vendra adulterada? como lo compruebo",
        "el mercadillo del barrio abre tambien los festivos?",
        "como limpio unas caballas frescas para el horno",
        "hicimos una porra en el trabajo para la final de la liga",
        "en que plaza hay ruedo cubierto para ver a los forcados",
    ],
)
def test_everyday_spanish_stays_unanswered(index: SearchIndex, text: str) -> None:
    assert index.search(text, "es") == [], text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # guards: joints smoked, hitting hard, or a threat at home about smoking them
        ("los porros me dejan muy tirado ultimamente, es normal", "cannabis"),
        ("me fumo dos porros antes de clase, me afecta para estudiar", "cannabis"),
        ("mi madre me amenaza con echarme si sigo fumando porros, como lo dejo", "cannabis"),
        ("los porros que me fumo me dejan la boca seca, que bebo", "cannabis"),
        # bath salts taken ("esnifar") stay the drug
        ("las sales de baño esnifadas que hacen en el cuerpo", "salts-alpha-pvp"),
        # a drug's own question without any checking asked stays the drug's
        ("la coca me quita el hambre, es normal", "cocaine"),
    ],
)
def test_guards_keep_their_topic(index: SearchIndex, text: str, topic: str) -> None:
    assert _first(index, text) == topic, text


def test_tap_never_shares_the_cannabis_sense(real: Library) -> None:
    lexicon = real.lexicon
    assert lexicon is not None
    grifa = lexicon.senses_for("grifa", "es")
    assert any("cannabis" in s.topics for s in grifa)
    for word in ("grifo", "grifos", "griferia"):
        assert not any(s.topics or s.substances for s in lexicon.senses_for(word, "es")), word


def test_thugs_are_everyday_but_joints_are_not() -> None:
    assert cues.everyday_frame("unos porros agredieron a mi primo en el cch")
    assert not cues.everyday_frame("fumo porros todos los dias y me agobio")


def test_adulterated_needs_a_way_to_check() -> None:
    assert cues.asks_adulterated("estara adulterada la keta, como lo compruebo")
    assert not cues.asks_adulterated("me hice una cortada con el cuchillo, como la curo")
    assert not cues.asks_adulterated("la keta esta adulterada seguro")


@pytest.mark.parametrize(
    ("word", "street"),
    [
        ("mercados", "merca"),
        ("caballas", "caballo"),
        ("chivos", "chiva"),
        ("porras", "porro"),
        ("ruedos", "rueda"),
        ("tragarse", "trago"),
    ],
)
def test_everyday_words_never_take_a_street_words_sense(
    real: Library, word: str, street: str
) -> None:
    lexicon = real.lexicon
    assert lexicon is not None
    assert lexicon.senses_for(street, "es"), street  # the street word keeps its own sense
    assert not any(s.topics or s.substances for s in lexicon.senses_for(word, "es")), word
