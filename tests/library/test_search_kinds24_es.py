"""Kinds of message fixed in the twenty-fourth session (issue 9, helper srches, Spanish and
English), on the real content. The messages are written for this test, not copied from the
labelled sets.

- Mushrooms bought and kept as food (fresh, in the fridge, at the market or a restaurant):
  everyday; a mushroom kept for its effect ("magic", "shrooms") keeps its topic.
- A book or a film by its title with a street name in it ("charlie and the chocolate factory"):
  the story; "charlie" for a night out stays cocaine.
- Gravel of a path or a road, a fall off a bike or a scooter on it: everyday; gravel smoked stays
  the drug (flakka).
- Restless legs at night or in bed, said alone: the doctor's; with a drug, stopping or another
  sign of withdrawal (yawning) it stays withdrawal.
- Pills for an everyday ache asked at the pharmacy with a few words between ("qué pastillas me
  recomiendan en la farmacia para el dolor de muelas"): the pharmacy's.
- A "g" said as an amount ("a g and a half", "un g y medio") is never GHB.
- One's own drugs tested ("got our pills tested"): drug checking among the answers; blood tests
  are not.
"""

from __future__ import annotations

import pytest

from bot.library import cues
from bot.library.intent import Router
from bot.library.search import SearchIndex


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("do mushrooms from the supermarket need washing before they go in the fridge", "en"),
        ("can you freeze fresh mushrooms or do they go slimy", "en"),
        ("las setas frescas del mercado se pueden congelar?", "es"),
        ("cuanto duran los hongos en el refri antes de ponerse negros", "es"),
        ("en el restaurante de mi pueblo ponen una racion de setas buenisima, como la hago", "es"),
    ],
)
def test_mushrooms_kept_as_food_are_everyday(index: SearchIndex, text: str, lang: str) -> None:
    assert cues.everyday_frame(text), text
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("do magic mushrooms keep their strength in the fridge", "en"),
        ("how long do fresh shrooms last in the fridge before the trip gets weaker", "en"),
        ("los hongos alucinogenos frescos aguantan en la nevera?", "es"),
    ],
)
def test_mushrooms_kept_for_their_effect_keep_their_topic(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert [h.topic_id for h in index.search(text, lang)][:1] == ["psychedelics"], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("reading charlie and the great glass elevator to my son at bedtime", "en"),
        ("which actor played willy wonka in charlie and the chocolate factory", "en"),
        ("mi hija tiene que leer charlie y la fabrica de chocolate para el cole", "es"),
    ],
)
def test_a_title_with_a_street_name_is_the_story(index: SearchIndex, text: str, lang: str) -> None:
    assert cues.everyday_frame(text), text
    assert index.search(text, lang) == [], text


def test_charlie_for_a_night_out_stays_cocaine(index: SearchIndex) -> None:
    text = "how much charlie do people usually do on a night out"
    assert not cues.everyday_frame(text)
    assert [h.topic_id for h in index.search(text, "en")][:1] == ["cocaine"]


@pytest.mark.parametrize(
    "text",
    [
        "slipped on gravel on my scooter and scraped my palm raw",
        "my kid fell on the gravel path at the park and his elbow is bleeding",
    ],
)
def test_gravel_of_a_fall_is_everyday(index: SearchIndex, text: str) -> None:
    assert cues.everyday_frame(text), text
    assert index.search(text, "en") == [], text


def test_gravel_smoked_stays_the_drug(index: SearchIndex) -> None:
    text = "smoked gravel for three days straight and now i hear things"
    assert not cues.everyday_frame(text)
    assert index.search(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("restless legs syndrome keeps me up at night, would magnesium help", "en"),
        ("my legs jerk in bed just as i drift off, is that normal", "en"),
        ("tengo piernas inquietas al acostarme, q vitamina me ayudaria", "es"),
    ],
)
def test_restless_legs_at_night_alone_are_the_doctors(
    index: SearchIndex, text: str, lang: str
) -> None:
    assert cues.everyday_matter(text), text
    assert index.search(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a drug, stopping or another sign of withdrawal beside them: withdrawal stays
        ("restless legs every night since i stopped the oxy", "en"),
        ("yawning and restless legs all night, day 3 of oxy withdrawal", "en"),
        ("piernas inquietas toda la noche desde que deje el caballo", "es"),
    ],
)
def test_restless_legs_beside_withdrawal_stay(index: SearchIndex, text: str, lang: str) -> None:
    assert not cues.everyday_matter(text), text
    assert index.search(text, lang), text


@pytest.mark.parametrize(
    "text",
    [
        "que pastillas me recomiendan en la farmacia para el dolor de muelas",
        "q pastillas venden sin receta para la migraña",
    ],
)
def test_pills_asked_for_an_everyday_ache(index: SearchIndex, text: str) -> None:
    assert index.search(text, "es") == [], text


def test_pills_asked_for_withdrawal_stay(index: SearchIndex) -> None:
    assert index.search("que pastillas me dan en la farmacia para el mono de heroina", "es")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("split a g and a half of coke with my mate", "en"),
        ("is 1 g with two friends enough", "en"),
        ("compramos un g y medio de perico", "es"),
    ],
)
def test_a_g_as_an_amount_is_no_ghb(router: Router, text: str, lang: str) -> None:
    assert "ghb" not in [n.id for n in router.substances(text, lang)], text


def test_own_drugs_tested_ask_drug_checking(index: SearchIndex) -> None:
    assert cues.DRUG_CHECKING in cues.asked_topics("got our pills tested last week, is it worth it")
    hits = index.search("does it matter where i get my stuff checked, what do they tell me", "en")
    assert hits is not None
    assert cues.DRUG_CHECKING not in cues.asked_topics("getting my bloods tested on monday")
