"""Kinds of miss fixed after blind5 and tune7 (issue 9 item 5), on the real content: street names
that are people's names (Molly, Charlie, María) and crystals or cones among crafts stay
unanswered; a testing service asked about with the police named keeps its own topic; an overdose
without naloxone gets the steps, a syringe used again safer injecting, a shared pipe safer
smoking, an adulterant asked about with the fentanyl strips its own topic, and a pregnant
person's question the pregnancy topic before any other cue. The search here has no sentence
embeddings: the words, the lexicon and the tie-breaks alone (the messages are written for this
test, not copied from the labelled sets)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.library import cues
from bot.library.search import _prefer_by_cues
from bot.library.search_config import Hit

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "our new puppy is called Molly, what toys are good for teething"),
        ("en", "should i name my kitten charlie or oscar"),
        ("es", "qué le regalo a mi abuela María por su cumpleaños"),
        ("uk", "де купити кристали і стрази для рукоділля"),
        ("ru", "соснові шишки для новогоднего декора, как покрасить"),
        ("en", "how do i polish crystal wine glasses"),
        ("es", "cómo quito una mancha del mono de trabajo"),
    ],
)
def test_an_everyday_name_or_craft_stays_unanswered(index, lang: str, text: str) -> None:
    assert index.search(text, lang) == []


@pytest.mark.parametrize(
    "text",
    [
        "how much molly is too much at a festival",
        "my aunt found my maria, what do i say to her",
        "is it safe to take molly twice in one month",
    ],
)
def test_a_drug_question_with_a_name_is_not_everyday(text: str) -> None:
    assert not cues.everyday_frame(text)


def hits(*ids: str) -> list[Hit]:
    return [Hit(topic_id, 0.9, "en", "en") for topic_id in ids]


@pytest.mark.parametrize(
    ("text", "ids", "first"),
    [
        (
            "if i take my pills to a testing service will the cops hear about it",
            ("police-and-rights", "drug-checking"),
            "drug-checking",
        ),
        (
            "drug checking: do they pass my details to the police",
            ("drug-checking", "police-and-rights"),
            "drug-checking",
        ),
        (
            "someone is overdosing and we have no naloxone, what should we do",
            ("naloxone", "overdose-response"),
            "overdose-response",
        ),
        (
            "можно ли уколоться одной иглой дважды",
            ("syringe-disposal", "safer-injecting"),
            "safer-injecting",
        ),
        (
            "is sharing a crack pipe risky",
            ("cocaine", "safer-smoking"),
            "safer-smoking",
        ),
        (
            "do fentanyl strips show xylazine",
            ("fentanyl-test-strips", "xylazine"),
            "xylazine",
        ),
        (
            "беременна, на метадоне, будет ли ломка у малыша",
            ("opioid-agonist-therapy", "opioid-withdrawal", "pregnancy"),
            "pregnancy",
        ),
    ],
)
def test_the_question_decides_between_topics_found(text: str, ids, first: str) -> None:
    got = _prefer_by_cues(text, hits(*ids))
    assert got[0].topic_id == first, [h.topic_id for h in got]
    assert [h.score for h in got] == sorted((h.score for h in got), reverse=True)


def test_a_needle_thrown_away_is_still_disposal() -> None:
    got = _prefer_by_cues(
        "where do i throw away used needles", hits("syringe-disposal", "safer-injecting")
    )
    assert got[0].topic_id == "syringe-disposal"
