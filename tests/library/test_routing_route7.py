"""The kinds fixed after route7 (issue 9 items 4 and 5), on the real content: a drug asked about
as belonging to a class ("относится к", "counts as", "pertenece a") stays a topic question, while
the same two names taken together still open the combination card; a near overdose, using alone,
sleepiness on methadone and the signs of an overdose are asked for by their words
(``cues.asked_topics``) and answered with their topic first, without embeddings."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.library import cues
from bot.library.intent import Router
from bot.library.search import SearchIndex

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("does tramadol count as an opioid", "en"),
        ("is tramadol a type of opioid or not", "en"),
        ("трамадол относится к опиоидам или нет", "ru"),
        ("трамадол відноситься до опіоїдів?", "uk"),
        ("el tramadol pertenece a los opioides?", "es"),
    ],
)
def test_class_membership_stays_a_topic_question(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "topic", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tramadol with other opioids, is that ok", "en"),
        ("трамадол с опиоидами вместе можно?", "ru"),
    ],
)
def test_class_taken_together_stays_a_combination(router: Router, text: str, lang: str) -> None:
    assert router.route(text, lang).kind == "combo", text


NEAR_MISS = {"tolerance-loss", "overdose-signs-opioids", "using-alone"}


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        ("almost overdosed on saturday, how can i lower my risk", "en", NEAR_MISS),
        ("позавчера чуть не передознулась, как сделать чтобы не повторилось", "ru", NEAR_MISS),
        ("я ледь не передознувся вчора, як знизити ризик", "uk", NEAR_MISS),
        ("el finde casi me paso, cómo bajo el riesgo", "es", NEAR_MISS),
        ("how do i stay safer when i use by myself", "en", {"using-alone"}),
        ("як не передознутися коли вживаєш сама", "uk", {"using-alone"}),
        ("does methadone make you drowsy, is that normal", "en", {"opioid-agonist-therapy"}),
        ("me da sueño la metadona, es normal", "es", {"opioid-agonist-therapy"}),
        ("señales de sobredosis", "es", {"overdose-signs-opioids"}),
    ],
)
def test_asked_topics_come_first(index: SearchIndex, text: str, lang: str, wanted: set) -> None:
    hits = index.search(text, lang)
    assert hits and hits[0].topic_id in wanted, (text, [h.topic_id for h in hits])


@pytest.mark.parametrize(
    "text",
    [
        "casi me muero de risa con la película",
        "i live alone with my cat",
        "what to do in an overdose, the steps",
    ],
)
def test_asked_topics_need_their_words(text: str) -> None:
    assert cues.asked_topics(text) == ()


def test_a_stimulant_overdose_asks_for_its_own_topic_not_the_opioid_signs() -> None:
    # too much of a stimulant asks for the stimulant overdose (ninth session), never the opioid signs
    assert cues.asked_topics("signs of a cocaine overdose") == (cues.STIMULANT_OVERDOSE,)
