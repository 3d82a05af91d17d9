"""A question's embedding and its speed (issue 9, "Speed"): the model runs in a worker thread
while search reads the question's words, each text is embedded once (a bounded in-memory LRU
keyed by the exact text, never written anywhere), and the second stage's similarities run in
numpy's own loop. The model is replaced by a fake here (a vector from the text's hash), so
these tests are about the mechanism, not the model."""

from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from bot.library import embed
from bot.library.loader import load_library
from bot.library.search import SearchConfig, SearchIndex
from bot.library.search_questions import Questions

ROOT = Path(__file__).resolve().parents[2]


def fake_vector(text: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
    v = np.random.default_rng(seed).standard_normal(384).astype(np.float32)
    return v / np.linalg.norm(v)


@pytest.fixture
def computed(monkeypatch) -> list[tuple[str, str]]:
    """Every model run as (text, thread name), with the fake model."""
    runs: list[tuple[str, str]] = []

    def compute(text: str, wait: float | None) -> np.ndarray:
        runs.append((text, threading.current_thread().name))
        return fake_vector(text)

    monkeypatch.setattr(embed, "_compute", compute)
    monkeypatch.setattr(embed, "_cores", lambda: 2)
    monkeypatch.setattr(embed, "_OVERLAP", True)  # off by default (see embed._OVERLAP)
    embed.forget_queries()
    yield runs
    embed.forget_queries()


def test_a_new_question_is_embedded_in_a_worker_thread_once(computed) -> None:
    text = "what helps with a comedown after a long weekend"
    later = embed.query_vector_later(text)
    # give the worker its chance (on a loaded machine the caller may otherwise ask for the vector
    # before the worker started, and then computes it itself: the test below)
    deadline = time.monotonic() + 10
    while not computed and time.monotonic() < deadline:
        time.sleep(0.01)
    vector = later()
    assert len(computed) == 1
    assert computed[0][0] == text and computed[0][1].startswith("query-embedding")
    assert np.array_equal(vector, fake_vector(text))
    # remembered: asked again (by triage, by search) it is not embedded a second time
    assert embed.query_vector(text) is vector
    assert embed.query_vector_later(text)() is vector
    assert len(computed) == 1


def test_a_remembered_vector_is_read_on_the_callers_thread(computed) -> None:
    text = "is it ok to smoke weed on antidepressants"
    first = embed.query_vector(text)
    assert computed == [(text, threading.current_thread().name)]
    assert embed.query_vector_later(text)() is first
    assert len(computed) == 1


def test_when_every_worker_is_busy_the_caller_embeds_it_itself(computed, monkeypatch) -> None:
    from concurrent.futures import ThreadPoolExecutor

    busy = ThreadPoolExecutor(max_workers=1)
    release = threading.Event()
    busy.submit(release.wait)  # the one worker is taken
    monkeypatch.setattr(embed, "_later_pool", lambda: busy)
    try:
        text = "how long does ketamine stay in the body"
        assert np.array_equal(embed.query_vector_later(text)(), fake_vector(text))
        assert computed == [(text, threading.current_thread().name)]  # never queued
    finally:
        release.set()
        busy.shutdown()


def test_the_lru_is_keyed_by_the_exact_text_and_bounded(computed, monkeypatch) -> None:
    monkeypatch.setattr(embed, "_QUERY_CACHE", 3)
    a = embed.query_vector("Where to get naloxone")
    b = embed.query_vector("where to get naloxone")  # another spelling: its own vector
    assert not np.array_equal(a, b) and len(computed) == 2
    assert embed.cached_vector("Where to get naloxone") is a
    for n in range(5):
        embed.query_vector(f"question number {n}")
    assert embed.cached_queries() == 3  # never more than the bound
    assert embed.cached_vector("Where to get naloxone") is None  # the oldest went first
    assert embed.cached_vector("question number 4") is not None


def test_query_vectors_are_never_written_anywhere(computed, monkeypatch, tmp_path) -> None:
    """Messages are never stored at rest: embedding them writes no file (cache folder, working
    folder, temp folder)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    monkeypatch.chdir(tmp_path)
    writes: list[str] = []
    real_open = open

    def watching_open(file, mode="r", *args, **kwargs):
        if any(m in mode for m in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", watching_open)
    for text in ("my mate took too much and is asleep", "Where to get naloxone"):
        embed.query_vector(text)
        embed.query_vector_later(text + " please")()
        embed.remember(text + "!", embed.query_vector(text))
    assert writes == []
    assert list(tmp_path.rglob("*")) == []


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    library, _ = load_library(ROOT / "content")
    built = SearchIndex(library, SearchConfig())
    rng = np.random.default_rng(3)
    vectors = {}
    for lang, lang_index in built.indexes.items():
        rows = rng.standard_normal((len(lang_index.topic_ids), 384)).astype(np.float32)
        vectors[lang] = rows / np.linalg.norm(rows, axis=1, keepdims=True)
    built.embeddings = embed.TopicEmbeddings(
        vectors, {lang: ix.topic_ids for lang, ix in built.indexes.items()}
    )
    return built


QUESTIONS = [
    ("en", "can you mix benzos with methadone"),
    ("en", "my arm is red and swollen where i injected"),
    ("ru", "как понять что у человека передоз"),
    ("uk", "де взяти налоксон у Львові"),
    ("es", "qué onda con el cristal, es muy adictivo"),
    ("en", "what's the weather like tomorrow"),
]


@pytest.mark.parametrize(("lang", "text"), QUESTIONS)
def test_search_embeds_a_message_once_and_answers_as_with_the_vector_known(
    index, computed, lang, text
) -> None:
    embedded = index.question_text(text, lang)
    later = index.search(text, lang)  # the vector computed in a worker while BM25 runs
    # one model run for the whole search (in the worker, or on this thread when the worker had
    # not started yet on a loaded machine: both are the same vector)
    assert [t for t, _ in computed] == [embedded]
    # the same answer when the vector was known before the search started
    embed.forget_queries()
    embed.query_vector(embedded)
    assert index.search(text, lang) == later
    assert len(computed) == 2


def test_the_second_stage_compares_in_numpys_own_loop() -> None:
    """Its similarities are numpy's einsum (one thread), not OpenBLAS's product, whose thread
    pool cost up to 20 ms of wall clock per question on a busy 2-core machine."""
    bank = Questions.load()
    if bank is None:
        pytest.skip("no question bank")
    lang = "en"
    rows = bank._rows[lang]
    v = fake_vector("some question")
    evidence = bank.evidence(v, lang, reach=len(rows))
    sims = np.einsum("ij,j->i", bank._matrices[lang], v)
    for label in set(evidence.topics):
        mine = [float(s) for s, r in zip(sims, rows, strict=True) if bank.labels[r] == label]
        assert evidence.topics[label] == max(mine)
