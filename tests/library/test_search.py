"""Search quality smoke tests per language, on the fixture content and on the real content."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.library.loader import load_library
from bot.library.search import SearchIndex

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "content"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fixture_index() -> SearchIndex:
    library, _ = load_library(FIXTURES)
    return SearchIndex(library)


@pytest.fixture(scope="module")
def real_index() -> SearchIndex:
    library, problems = load_library(ROOT / "content")
    assert not [p for p in problems if p.level == "error"]
    return SearchIndex(library)


def top(index: SearchIndex, query: str, lang: str) -> str | None:
    hits = index.search(query, lang)
    return hits[0].topic_id if hits else None


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [
        ("en", "where do I get narcan", "naloxone"),
        ("en", "lost my tolerence after prison", "tolerance-loss"),
        ("ru", "где взять нолоксон", "naloxone"),
        ("ru", "после тюрьмы упала толерантность", "tolerance-loss"),
        ("uk", "де взяти налоксон", "naloxone"),
        ("es", "dónde conseguir naloxona", "naloxone"),
        ("es", "tiras para detectar fentanilo", "fentanyl-test-strips"),
    ],
)
def test_fixture_questions(
    fixture_index: SearchIndex, lang: str, query: str, expected: str
) -> None:
    assert top(fixture_index, query, lang) == expected


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [
        ("en", "my friend isnt breathing what do i do", "overdose-response"),
        ("en", "are fake xanax bars dangerous", "benzodiazepines"),
        ("ru", "где взять нолоксон", "naloxone"),
        ("ru", "ломка от героина как пережить", "opioid-withdrawal"),
        ("uk", "як безпечніше колотися чисті шприци", "safer-injecting"),
        ("uk", "друг не дихає", "overdose-response"),
        ("es", "como funcionan las tiras de fentanilo", "fentanyl-test-strips"),
        ("es", "no respira", "overdose-response"),
    ],
)
def test_real_content_questions(
    real_index: SearchIndex, lang: str, query: str, expected: str
) -> None:
    assert top(real_index, query, lang) == expected


@pytest.mark.parametrize(
    ("lang", "query", "expected"),
    [
        # street words from content/lexicon.yaml lead to the topic about that substance
        ("ru", "марки как долго держат", "psychedelics"),  # LSD blotters
        ("es", "tripis y hongos, que tan fuerte", "psychedelics"),
        ("uk", "лірика скільки можна", "pregabalin"),
        ("en", "how much lyrica is safe", "pregabalin"),
        ("ru", "соль что это за вещество", "salts-alpha-pvp"),
        ("en", "what does flakka do to you", "salts-alpha-pvp"),
        ("es", "trankimazin cuanto dura", "benzodiazepines"),
        ("en", "just got out of prison how much can i use", "tolerance-loss"),
    ],
)
def test_slang_leads_to_the_substance_topic(
    real_index: SearchIndex, lang: str, query: str, expected: str
) -> None:
    assert top(real_index, query, lang) == expected


@pytest.mark.parametrize(
    ("lang", "query"),
    [
        ("en", "what is the capital of australia"),
        ("ru", "как сварить рис в микроволновке"),
        ("uk", "яка погода завтра"),
        ("es", "recomiendame una buena pizzeria"),
    ],
)
def test_off_topic_gets_nothing(real_index: SearchIndex, lang: str, query: str) -> None:
    assert real_index.search(query, lang) == []


def test_hidden_topics_are_never_returned(fixture_index: SearchIndex) -> None:
    hits = fixture_index.search("narcan", "en", hidden={"naloxone"})
    assert all(h.topic_id != "naloxone" for h in hits)


def test_cyrillic_question_with_english_interface(fixture_index: SearchIndex) -> None:
    hits = fixture_index.search("где взять налоксон", "en")
    assert hits and hits[0].topic_id == "naloxone" and hits[0].lang == "ru"


def _with_similarities(index: SearchIndex, sims: dict[str, float]) -> SearchIndex:
    """Attach topic embeddings whose cosine similarity to any question is ``sims`` (topic ->
    similarity): rows s*e0 against the query vector e0."""
    from bot.library import embed

    e0 = np.zeros(384, dtype=np.float32)
    e0[0] = 1.0
    vectors, ids = {}, {}
    for lang, lang_index in index.indexes.items():
        rows = [e0 * sims.get(topic_id, 0.78) for topic_id in lang_index.topic_ids]
        vectors[lang] = np.stack(rows).astype(np.float32)
        ids[lang] = lang_index.topic_ids
    index.embeddings = embed.TopicEmbeddings(vectors, ids, embed_query=lambda text: e0)
    return index


def test_agreeing_rankings_answer_a_partly_covered_question() -> None:
    """BM25 covers only part of the question (confidence about 0.4); its first topic is also
    the embedding's first, standing out from the rest: the topic is answered. When the
    embedding prefers another topic, or nothing stands out, the question stays unanswered."""
    library, _ = load_library(FIXTURES)
    query = "naloxone for my grandmother garden"
    index = SearchIndex(library)
    bm_only = index.search(query, "en", threshold=0.0)
    assert bm_only[0].topic_id == "naloxone"
    assert index.config.agree_floor <= bm_only[0].score < index.config.fused_threshold
    # agreement, and the similarity stands 0.03 above the 4th topic's
    flat = {"about-this-bot": 0.82, "fentanyl-test-strips": 0.81, "overdose-response": 0.82}
    agreed = _with_similarities(SearchIndex(library), {**flat, "naloxone": 0.85})
    hits = agreed.search(query, "en")
    assert hits and hits[0].topic_id == "naloxone"
    # the embedding prefers another topic: no agreement, no answer
    other = _with_similarities(
        SearchIndex(library), {**flat, "naloxone": 0.83, "about-this-bot": 0.845}
    )
    assert other.search(query, "en") == []
    # both agree but the similarities are flat (a generic question): no answer
    level = _with_similarities(SearchIndex(library), {**flat, "naloxone": 0.825})
    assert level.search(query, "en") == []


@pytest.mark.parametrize(
    ("lang", "chatty", "plain"),
    [
        ("en", "idk wat narcan does tho", "narcan does"),
        ("ru", "чо ваще делает налоксон пж", "делает налоксон"),
        ("uk", "шо ваще робить налоксон пж", "робить налоксон"),
        ("es", "neta q hace la naloxona wey", "hace la naloxona"),
    ],
)
def test_chat_filler_is_not_a_search_term(lang: str, chatty: str, plain: str) -> None:
    """Filler words would count as words no topic covers and pull the confidence down."""
    from bot.library.textproc import analyzer_for

    analyzer = analyzer_for(lang)
    assert analyzer.terms(chatty) == analyzer.terms(plain)
