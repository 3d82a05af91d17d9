"""Kinds of everyday message answered as a drug question, fixed in the twenty-second session
(issue 9, helper srches, Spanish and English), on the real content. The messages are written for
this test, not copied from the labelled sets.

- An animal that swallowed, ate or chewed a thing named by a street word with an everyday sense
  ("el gato se comió una piedrita del acuario", "кот съел соль из солонки"): the vet's matter; a
  drug by its own name keeps its topic.
- "se tragó" / "me tragué" is swallowing, never "un trago" (a drink) for the combination checker.
- Used needles swapped for new ones ("donde cambian agujas usadas por nuevas"): the exchange,
  the finder, not the disposal topic.
- A splinter: an everyday wound by its everyday cause.
- Nothing in the message names a drug practice or a harm-reduction matter: an everyday message's
  likeness takes the answer away sooner (``questions_veto_plain``), when it is clearly nearer
  than the topic's own questions.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.library import cues
from bot.library.intent import Route, Router
from bot.library.search import SearchConfig, SearchIndex
from bot.library.search_questions import Evidence, second_stage


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("el gato se comió una piedra del acuario, le pasa algo?", "es"),
        ("mi perro se tragó un cristalito de una botella rota", "es"),
        ("the puppy chewed a chunk of rock salt off the driveway", "en"),
        ("our dog swallowed a crystal from my bracelet, vet or wait?", "en"),
        ("кот съел соль из солонки, что делать", "ru"),
    ],
)
def test_an_animal_that_ate_something_is_the_vets(index: SearchIndex, text: str, lang: str) -> None:
    assert cues.animal_ate(text)
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a drug by its own name: the topic stays (a pet's poisoning by it is asked about)
        ("mi perro se comió un brownie de marihuana", "es"),
        # the person took it; the animal only looks on
        ("me comí dos tachas y ahora mi perro me mira raro, cuanto dura", "es"),
        ("took a pill of molly and my dog keeps barking at me, how long does it last", "en"),
    ],
)
def test_a_drug_by_name_or_taken_by_the_person_keeps_the_topic(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index.search(text, lang), text


@pytest.mark.parametrize(
    "text",
    [
        "el niño se tragó una moneda y una piedrita del parque",
        "me tragué un chicle y una pastilla de menta sin querer",
    ],
)
def test_swallowing_is_no_drink(router: Router, text: str) -> None:
    assert router.route(text, "es").kind != Route.COMBO


@pytest.mark.parametrize(
    "text",
    [
        "me tomé unos tragos y una tacha, es peligroso?",
        "un trago de ron con un porro, malo?",
    ],
)
def test_a_drink_with_a_drug_keeps_the_card(router: Router, text: str) -> None:
    assert router.route(text, "es").kind == Route.COMBO


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("donde cambian agujas usadas por nuevas en guadalajara", "es"),
        ("en sevilla hay algun sitio para canjear jeringuillas usadas?", "es"),
        ("where can i swap used syringes in bristol", "en"),
        ("де поміняти використані голки у києві", "uk"),
    ],
)
def test_used_needles_swapped_for_new_is_the_exchange(router: Router, text: str, lang: str) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE and intent.service_type == "syringe-services", intent


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("donde tiro las agujas usadas en puebla", "es"),
        ("how do i get rid of used needles in leeds", "en"),
    ],
)
def test_used_needles_thrown_away_stay_the_disposal_topic(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind == Route.TOPIC


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tengo una astilla clavada en el dedo y se puso roja, como la saco", "es"),
        ("splinter under my thumbnail is throbbing and red, how do i get it out", "en"),
    ],
)
def test_a_splinter_is_everyday(index: SearchIndex, text: str, lang: str) -> None:
    assert cues.everyday_matter(text)
    assert index.search(text, lang) == [], text


def test_a_sore_where_one_injects_keeps_wound_care(index: SearchIndex) -> None:
    hits = index.search("the spot where i inject is red, hot and throbbing", "en")
    assert hits and hits[0].topic_id == "wound-care", hits


@pytest.mark.parametrize(
    "text",
    [
        "me meto coca los findes",
        "how long does the comedown last",
        "tengo el mono desde ayer",
        "la poli me paró en la calle",
        "do you keep my messages, bot?",
    ],
)
def test_names_matter(text: str) -> None:
    assert cues.names_matter(text)


@pytest.mark.parametrize(
    "text",
    [
        "a que hora sale el autobus para el pueblo",
        "receta de arroz con hierbas del campo",
        "who won the match last night",
    ],
)
def test_names_no_matter(text: str) -> None:
    assert not cues.names_matter(text)


def _veto_plain() -> SearchConfig:
    return replace(SearchConfig(), questions_veto_plain=0.86, questions_veto_plain_margin=0.02)


def test_a_plain_message_near_everyday_ones_is_taken_away() -> None:
    cfg = _veto_plain()
    margin = cfg.questions_veto_plain_margin
    evidence = Evidence(off_topic=0.88, topics={"cannabis": 0.84})
    hits = [("cannabis", 0.9)]
    assert second_stage(evidence, hits, 0.65, cfg) == hits  # the usual veto: not near enough
    assert second_stage(evidence, hits, 0.65, cfg, cfg.questions_veto_plain, margin) == []


def test_a_plain_question_near_its_topic_keeps_its_answer() -> None:
    cfg = _veto_plain()
    margin = cfg.questions_veto_plain_margin
    evidence = Evidence(off_topic=0.88, topics={"naloxone": 0.87})
    hits = [("naloxone", 0.9)]
    assert second_stage(evidence, hits, 0.65, cfg, cfg.questions_veto_plain, margin) == hits


def test_the_usual_veto_holds_in_plain_words() -> None:
    cfg = _veto_plain()
    margin = cfg.questions_veto_plain_margin
    evidence = Evidence(off_topic=0.95, topics={"naloxone": 0.94})
    hits = [("naloxone", 0.9)]
    assert second_stage(evidence, hits, 0.65, cfg, cfg.questions_veto_plain, margin) == []
