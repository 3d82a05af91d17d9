"""The fused search keeps a right rules answer (session 15): the topic the lexicon or a question
cue names, when BM25 agrees and it is confident, stays first over the embedding's order; and a
substance's own topic that BM25 puts clearly first, as sure as the rules' cut, answers when no
fused topic is confident (the embedding did not know the street name). Fake topic similarities
over the real content (no model; the question bank off, to test the fusion alone); the messages
are written for this test, not copied from a labelled file."""

from __future__ import annotations

import pytest

from bot.library.loader import Library
from bot.library.search import SearchConfig, SearchIndex
from tests.library.test_search import _with_similarities

FUSION = SearchConfig(questions=False)
OFF = SearchConfig(questions=False, keep_named_first=False, rules_lead=0)


STEPS = {
    "naloxone": 0.90,
    "overdose-signs-opioids": 0.895,
    "using-alone": 0.89,
    "overdose-response": 0.79,
}
FLAT = {"safer-smoking": 0.80, "salts-alpha-pvp": 0.805}


@pytest.fixture(scope="module")
def steps(real: Library) -> SearchIndex:
    return _with_similarities(SearchIndex(real, FUSION), STEPS)


@pytest.fixture(scope="module")
def flat(real: Library) -> SearchIndex:
    return _with_similarities(SearchIndex(real, FUSION), FLAT)


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("en", "what do i do if somebody has an overdose and there is no narcan"),
        ("es", "qué hago si mi colega tiene una sobredosis y no tenemos naloxona"),
        ("ru", "что делать при передозировке если налоксона под рукой нет"),
        ("uk", "що робити при передозуванні, якщо налоксону під рукою немає"),
    ],
)
def test_the_named_steps_stay_first_without_naloxone(
    steps: SearchIndex, lang: str, query: str
) -> None:
    """ "What to do, and there is no naloxone": the steps the cue names come first, though the
    embedding ranks naloxone and the signs higher."""
    hits = steps.search(query, lang)
    assert hits and hits[0].topic_id == "overdose-response"


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("uk", "кристал нюхати чи курити, що гірше для здоровья"),
        ("uk", "кристал по вені чи курити, шо безпечніше"),
        ("ru", "кристалл курить или по вене, что опаснее"),
    ],
)
def test_a_street_name_the_rules_answer_is_answered(
    flat: SearchIndex, lang: str, query: str
) -> None:
    """A street name for methamphetamine the embedding does not know: flat similarities, no
    fused topic confident; BM25's clear first topic, as sure as the rules' cut, is answered."""
    hits = flat.search(query, lang)
    assert hits and hits[0].topic_id == "methamphetamine"


def test_the_rules_lead_is_what_answers(real: Library) -> None:
    """Without the rule the same message under flat similarities gets no answer."""
    query = "кристал нюхати чи курити, що гірше для здоровья"
    assert _with_similarities(SearchIndex(real, OFF), FLAT).search(query, "uk") == []


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("uk", "кришталева ваза розбилась, чим склеїти"),
        ("ru", "хрустальная люстра пыльная, чем помыть"),
        ("en", "my crystal glasses got cloudy in the dishwasher"),
        ("es", "se me rompió una copa de cristal, cómo la pego"),
    ],
)
def test_everyday_crystal_stays_unanswered(flat: SearchIndex, lang: str, query: str) -> None:
    assert flat.search(query, lang) == []


@pytest.fixture(scope="module")
def tie(real: Library) -> SearchIndex:
    sims = {
        "safer-smoking": 0.853,
        "methamphetamine": 0.850,
        "stimulant-overdose": 0.849,
        "cathinones": 0.846,
    }
    return _with_similarities(SearchIndex(real, FUSION), sims)


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("en", "smoking crystal from a pipe makes me overheat, why"),
        ("es", "qué es sobrecalentarse fumando cristal"),
        ("ru", "курю кристалл, перегреваюсь, что это"),
        ("uk", "курю кристал і перегріваюсь, шо це"),
    ],
)
def test_the_substance_stays_first_in_a_near_tie(tie: SearchIndex, lang: str, query: str) -> None:
    """The substance BM25 puts first, confident, against a practice topic the embedding puts a
    hair nearer (0.003): the substance's topic first."""
    hits = tie.search(query, lang)
    assert hits and hits[0].topic_id == "methamphetamine"
