"""Kinds fixed in the late round of the twenty-second session (issue 9, helper srches, Spanish
and English, from blind19-tune's misses), on the real content. The messages are written for this
test in other words than the labelled ones.

- A smoking pipe that cracked, chipped or broke ("se me estrelló la pipita", "the stem has a
  chip"): safer smoking, even when the glass is called "cristal" (the street word's everyday
  sense); a water truck, a sink's pipe, a tobacco pipe, sunflower seeds and a phone receiver are
  no smoking pipe.
- PnP ("party and play") by its English name in every language: chemsex.
- Where on the body a nasal spray goes ("one nostril or both", "en una fosa nasal o en las
  dos", "в одну ноздрю или в обе"): how to use naloxone, the topic, not the finder; "both" or
  "las dos" is no place.
- Who runs a service, said after the place ("groups in leeds run by people who use", "grupos
  en valencia llevados por usuarios"): the place ends before it, and the finder opens.
- Everyday Spanish on a street word with an everyday sense, the rules stage: a chess knight
  ("el caballo ... en el tablero"), a stone in a shoe or a boot, a bathtub of the bathroom ("la
  tina del baño"), and a theft ("me robó", "un robo": never "robo", DXM's English street name).
  A drug by its street name, taken, keeps its answer.
- A symptom with its everyday cause said: the eye doctor's drops, the cold, nerves before an
  exam or a talk (an everyday matter, ``cues.everyday_matter``); a drug, using, drinking or a sign
  of withdrawal beside it keeps it the library's.
- A theft suffered ("me robaron la bici", "got mugged"), the police asked about it: the victim's
  police, an everyday matter; the police doing something to the person (searching, finding,
  stopping) or a drug named keeps it the library's.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Route, Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("se me estrelló tantito la pipita, aguanta o mejor la tiro?", "es"),
        ("mi pipa de vidrio tiene una fisura en la boquilla, pasa algo si fumo?", "es"),
        ("the stem has a chip at the mouth end, can i still hit it", "en"),
        ("my glass pipe got a hairline crack, toss it?", "en"),
        ("колба тріснула збоку, ще можна з неї?", "uk"),
    ],
)
def test_a_damaged_smoking_pipe_is_safer_smoking(index: SearchIndex, text: str, lang: str) -> None:
    assert cues.asks_pipe_damage(text), text
    assert cues.SAFER_SMOKING in cues.asked_topics(text)
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == "safer-smoking", (text, hits)


@pytest.mark.parametrize(
    "text",
    [
        "la pipa de agua no llegó y se rompió la tubería de la casa",
        "the pipe under the sink cracked last night, plumber?",
        "my grandad's tobacco pipe split along the bowl",
        "se rompió la bolsa de pipas en el autobús",
        "телефонная трубка треснула, где починить",
        "the stem of my glasses broke off",
        "колба треснула в лаборатории на химии",
        # a pipe with no damage asked is not this kind (other cues decide)
        "quiero comprar una pipa nueva para regalar",
    ],
)
def test_other_pipes_and_stems_are_no_damaged_smoking_pipe(text: str) -> None:
    assert not cues.asks_pipe_damage(text), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("me invitaron a un pnp en un depa, que tengo que saber?", "es"),
        ("first pnp weekend coming up, how do i not mess it up", "en"),
        ("invited to party and play on saturday, tips?", "en"),
        ("позвали на pnp, что нужно знать?", "ru"),
    ],
)
def test_pnp_is_chemsex(index: SearchIndex, text: str, lang: str) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id == "chemsex", (text, hits)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("where does the nasal narcan go, one nostril or both", "en"),
        ("donde se pone la naloxona, en una fosa nasal o en las dos?", "es"),
        ("куда брызгать налоксон, в одну ноздрю или в обе?", "ru"),
        ("куди пшикати налоксон, в одну ніздрю чи в обидві?", "uk"),
    ],
)
def test_where_on_the_body_a_nasal_spray_goes_is_the_topic(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind != Route.SERVICE, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the finder stays for a place or a request for the spray itself
        ("where can i get narcan nasal spray in london", "en"),
        ("donde consigo naloxona en spray en madrid", "es"),
        ("where do i get naloxone near me", "en"),
    ],
)
def test_where_to_get_the_nasal_spray_stays_the_finder(
    router: Router, text: str, lang: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE and intent.service_type == "naloxone", text


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("support groups in leeds run by people who use drugs", "en", "leeds"),
        ("any peer group in cork led by people on methadone?", "en", "cork"),
        ("grupos de apoyo en valencia llevados por usuarios", "es", "valencia"),
        ("hay grupo de apoyo en rosario dirigido por gente que consume?", "es", "rosario"),
    ],
)
def test_who_runs_the_group_ends_the_place(
    router: Router, text: str, lang: str, place: str
) -> None:
    intent = router.route(text, lang)
    assert intent.kind == Route.SERVICE and intent.service_type == "peer-support", (text, intent)
    assert (intent.place or "").lower() == place


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # no place: how such a group works is the topic's
        ("are support groups run by people who use any good?", "en"),
        ("los grupos llevados por usuarios sirven de algo?", "es"),
    ],
)
def test_who_runs_a_group_without_a_place_is_no_finder(
    router: Router, text: str, lang: str
) -> None:
    assert router.route(text, lang).kind != Route.SERVICE, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("en el ajedrez el caballo salta en L o cómo?", "es"),
        ("se me metió una piedrita en la chancla y me raspó el pie", "es"),
        ("traigo una piedra en la bota desde la caminata, cómo la saco sin desatarla", "es"),
        ("there's a little rock in my shoe that won't come out", "en"),
        ("la tina del baño tiene sarro amarillo, con qué la limpio", "es"),
        ("un chavo me robó el celular en el metro, qué hago", "es"),
        ("el mono del zoológico le robó la gorra a mi hijo jaja", "es"),
    ],
)
def test_everyday_spanish_on_a_street_word_is_no_drug_question(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("fumé piedra toda la noche y no siento los pies, es normal?", "es"),
        ("me metí tina en el baño del bar, cuánto dura el efecto?", "es"),
        ("cuánto dura la piedra en el cuerpo", "es"),
    ],
)
def test_a_street_word_taken_keeps_its_answer(index: SearchIndex, text: str, lang: str) -> None:
    assert index.search(text, lang), text


@pytest.mark.parametrize(
    "text",
    ["robo con alcohol es peligroso?", "tomé robo y alcohol anoche"],
)
def test_robo_taken_is_still_dxm(router: Router, text: str) -> None:
    assert router.route(text, "es").kind == Route.COMBO, text


@pytest.mark.parametrize(
    "text",
    ["me robó la cartera y dos tachas, qué hago", "hubo varios robos en mi calle"],
)
def test_a_theft_names_no_dxm(router: Router, text: str) -> None:
    assert "dxm" not in [n.id for n in router.substances(text, "es")], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("fui al oftalmólogo y sigo con las pupilas enormes, cuándo se me pasa", "es"),
        ("my pupils are still wide hours after the eye exam", "en"),
        ("se me resecan los labios con el frío, qué uso", "es"),
        ("durante los parciales me bloqueo, algún truco?", "es"),
        ("how do i calm down before a job interview", "en"),
    ],
)
def test_a_symptom_with_its_everyday_cause_is_no_drug_question(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert cues.everyday_matter(text), text
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "las pupilas se me quedan enormes con la keta, el oculista dice que no es de la vista",
            "es",
        ),
        ("i take xanax for stage fright before presentations, is that bad", "en"),
    ],
)
def test_a_drug_beside_an_everyday_cause_keeps_its_answer(
    index: SearchIndex, text: str, lang: str
) -> None:
    # the everyday cause takes no answer away from a drug named beside it (words alone may still
    # rank these below the cut: the sentence embeddings answer them)
    assert not index._everyday_only(text, lang, None), text


def test_a_drug_before_an_exam_is_answered(index: SearchIndex) -> None:
    assert index.search("antes del parcial me metí una raya de perico, se nota?", "es")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("me bolsearon el celular en el metro, vale la pena ir a la policía?", "es"),
        ("nos asaltaron anoche, cómo pongo la denuncia", "es"),
        ("i was pickpocketed on the bus, do the cops even care", "en"),
        ("у меня украли телефон в метро, идти в полицию?", "ru"),
    ],
)
def test_a_theft_suffered_is_an_everyday_matter(index: SearchIndex, text: str, lang: str) -> None:
    assert cues.everyday_matter(text), text
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("me asaltaron y luego la policía me revisó y me halló un gramo, qué me pasa?", "es"),
        ("got robbed, then the cops searched me and found my pills", "en"),
        ("me robaron la mota en la fiesta y la poli no hace nada", "es"),
    ],
)
def test_police_on_the_person_or_a_drug_keeps_the_theft_a_library_question(
    text: str, lang: str
) -> None:
    assert not cues.everyday_matter(text), text
