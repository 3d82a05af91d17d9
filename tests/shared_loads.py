"""What every test bot loads the same way, loaded once per test process.

Each test starts its own bot (the real Application, the fake Bot API server, a fresh SQLite
file), and a bot start used to spend most of its CPU re-reading what no test changes: the
gettext catalogs, the content library and its search index, the region tree and the places, and the CA bundle of the HTTP clients. These
wrappers keep the real loader and return its result again when the same bytes are asked for
again (the key is a hash of the files read, so a test that writes its own catalog, regions or
places file gets a fresh load, and a broken file raises every time; a library is shared only
for the same folder on the same day). The objects are read-only once built (``Regions``,
``Gazetteer``, the merged ``Translations``, the ``Library`` and its problem list, and a
``SearchIndex``: "queries are read-only"). A search index is shared for the same library object
and the same settings, never when embeddings are on (they are attached to the index), and
never in a test that asks for ``fresh_search_indexes`` (it watches a build take time). Each
wrapped name must exist where it is wrapped (a renamed loader fails the session at once instead
of quietly going uncached, as the index's builder once did for a whole release).

The embedding stage of triage (``bot.library.triage.Prototypes``) scores every prototype
against all the others to choose its thresholds (a second of CPU for the shipped ~4,700); the
scores depend only on the vectors, the labels and ``k``, so they are kept for the same ones
(read-only arrays) while every ``prepare`` still builds its own ``Prototypes``.

The default TLS context of HTTP clients is shared for the same ``SSL_CERT_FILE`` and
``SSL_CERT_DIR`` (part of the key: the bundle they name is what is loaded).

``heap.settle`` (collect, then ``gc.freeze`` what survives: a production GC tuning with no
visible effect) walked the whole test process, pytest and every earlier test included, two to
four times per bot start; tests that do not ask for it (``real_heap_settle``) skip it.
``tests/foundation/test_heap.py`` checks the real one.

``emergency_text.warm_up`` (every bot start runs it in a worker thread once the bot polls)
compiles every union of every emergency and crisis pattern group ahead of the first messages:
1.7 s of CPU once per test process, for unions most test processes never use. Recognition is
exact without it (a message compiles the unions its words need, as a bot's first messages do
before the warm-up ends), so tests that do not ask for it (``real_warm_up``) skip it;
``tests/foundation/test_warm_up.py`` checks the real one.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

_LOCK = threading.Lock()


def _digest(*paths: Path) -> str:
    """A hash of the files' names and bytes (a missing file counts as missing)."""
    h = hashlib.blake2b(digest_size=16)
    for path in paths:
        h.update(path.name.encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except FileNotFoundError:
            h.update(b"\1missing")
        h.update(b"\0")
    return h.hexdigest()


def _array_digest(array: Any) -> tuple[Any, ...]:
    """A numpy array's shape, type and a hash of its bytes."""
    return (
        array.shape,
        str(array.dtype),
        hashlib.blake2b(array.tobytes(), digest_size=16).digest(),
    )


def _memo(cache: dict[Any, Any], key: Any, load: Callable[[], Any], keep: int = 0) -> Any:
    """``load()``, or what it returned for ``key`` before (the last ``keep`` keys, 0: all)."""
    with _LOCK:
        if key in cache:
            cache[key] = cache.pop(key)  # the most recent last
            return cache[key]
    value = load()  # outside the lock: loads run in worker threads, and may raise
    with _LOCK:
        value = cache.setdefault(key, value)
        while keep and len(cache) > keep:
            del cache[next(iter(cache))]
        return value


@contextmanager
def shared_loads() -> Iterator[None]:
    """Install the caches for the duration of the block (a pytest session)."""
    import httpx._transports.default as httpx_transport

    from bot import heap, i18n
    from bot.directory import gazetteer, regions
    from bot.library import emergency_text, triage
    from bot.library import service as library_service

    catalogs: dict[Any, Any] = {}
    trees: dict[Any, Any] = {}
    places: dict[Any, Any] = {}
    contexts: dict[Any, Any] = {}
    libraries: dict[Any, Any] = {}
    indexes: dict[Any, Any] = {}
    scorings: dict[Any, Any] = {}

    real_compile = i18n.compile_catalogs
    real_regions = regions.Regions.__dict__["load"]
    real_places = gazetteer.Gazetteer.__dict__["load"]
    real_ssl = httpx_transport.create_ssl_context
    real_settle = heap.settle
    real_warm_up = emergency_text.warm_up
    real_library = library_service.load_library
    real_index = library_service._search_index  # the bot's builds, in a worker thread
    real_left_out = triage.Prototypes.__dict__["_left_out_scores"]

    def compile_catalogs(locales_dir: Path, cache: Path | None = None) -> Any:
        # The compiled-table cache folder is left out of the key: with or without it the
        # catalogues are the same (tests/foundation/test_catalog_cache.py checks that on the
        # real function, reached through __wrapped__).
        locales_dir = Path(locales_dir)
        files = sorted(locales_dir.glob("*/LC_MESSAGES/*.po")) if locales_dir.is_dir() else []
        key = (str(locales_dir.resolve()), tuple(str(f) for f in files), _digest(*files))
        return _memo(catalogs, key, lambda: real_compile(locales_dir, cache))

    compile_catalogs.__wrapped__ = real_compile  # type: ignore[attr-defined]

    def load_regions(cls: type, path: Path) -> Any:
        path = Path(path)
        key = (cls, _digest(path, path.parent / regions.NUMBERS_FILE))
        return _memo(trees, key, lambda: real_regions.__func__(cls, path))

    def load_places(cls: type, path: Path, tree: Any = None) -> Any:
        path = Path(path)
        if tree is None:
            tree = regions.Regions.load(path.parent / regions.REGIONS_FILE)
        # the tree itself is in the key (kept alive by the cached value, so its id stays its own)
        key = (cls, id(tree), _digest(path))
        return _memo(places, key, lambda: real_places.__func__(cls, path, tree))

    def create_ssl_context(verify: Any = True, cert: Any = None, trust_env: bool = True) -> Any:
        if not (verify is True and cert is None):
            return real_ssl(verify=verify, cert=cert, trust_env=trust_env)
        # the default context (verifying, with certifi's bundle or the one the environment
        # names): the same settings for every client with the same environment
        names = ("SSL_CERT_FILE", "SSL_CERT_DIR")
        key = (trust_env, *(os.environ.get(n) for n in names)) if trust_env else (False,)
        return _memo(contexts, key, lambda: real_ssl(True, None, trust_env))

    def left_out_scores(self: Any) -> Any:
        key = (
            _array_digest(self.vectors),
            _array_digest(self.labels),
            tuple(sorted(self.k.items())),
        )

        def score() -> Any:
            scores = real_left_out(self)
            for array in scores.values():
                array.setflags(write=False)
            return scores

        return _memo(scorings, key, score, keep=2)

    def load_library(content_dir: Path, today: date | None = None) -> Any:
        folder = Path(content_dir)
        if today is not None or not folder.is_dir():
            return real_library(folder, today)
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        # the folder itself is in the key too: loaded topics name their files
        key = (
            str(folder.resolve()),
            datetime.now(UTC).date(),  # what expires or is due depends on the day
            tuple(str(p.relative_to(folder)) for p in files),
            _digest(*files),
        )
        # a few folders: tests that edit content load copies of it, each its own
        return _memo(libraries, key, lambda: real_library(folder), keep=3)

    def search_index(library: Any, config: Any) -> Any:
        try:
            key = (id(library), config)
            hash(key)
        except TypeError:  # settings that cannot be a key: build as the bot does
            return real_index(library, config)
        if config is None or getattr(config, "embeddings", True) or _fresh_indexes.is_set():
            return real_index(library, config)
        # the library is kept with the index: its id stays its own while the entry lives
        index = _memo(indexes, key, lambda: real_index(library, config), keep=6)
        assert index.library is library
        # shared only while untouched: no embeddings attached, no method replaced on the object
        shadowed = sorted(n for n in vars(index) if callable(getattr(type(index), n, None)))
        assert index.embeddings is None and not shadowed, (
            f"a test changed a shared index: {shadowed}"
        )
        return index

    def settle(reason: str) -> None:
        if _real_settle.is_set():
            real_settle(reason)

    def warm_up(stop: threading.Event | None = None) -> float:
        return real_warm_up(stop) if _real_warm_up.is_set() else 0.0

    i18n.compile_catalogs = compile_catalogs
    regions.Regions.load = classmethod(load_regions)  # type: ignore[method-assign,assignment]
    gazetteer.Gazetteer.load = classmethod(load_places)  # type: ignore[method-assign,assignment]
    httpx_transport.create_ssl_context = create_ssl_context
    heap.settle = settle
    emergency_text.warm_up = warm_up
    triage.Prototypes._left_out_scores = left_out_scores  # type: ignore[method-assign]
    library_service.load_library = load_library  # the bot's (re)loads; the CLI reads its own
    library_service._search_index = search_index
    try:
        yield
    finally:
        i18n.compile_catalogs = real_compile
        regions.Regions.load = real_regions  # type: ignore[method-assign]
        gazetteer.Gazetteer.load = real_places  # type: ignore[method-assign]
        httpx_transport.create_ssl_context = real_ssl
        heap.settle = real_settle
        emergency_text.warm_up = real_warm_up
        triage.Prototypes._left_out_scores = real_left_out  # type: ignore[method-assign]
        library_service.load_library = real_library
        library_service._search_index = real_index


_real_settle = threading.Event()
_real_warm_up = threading.Event()
_fresh_indexes = threading.Event()


@pytest.fixture
def real_heap_settle() -> Iterator[None]:
    """The real ``heap.settle`` for this test."""
    _real_settle.set()
    try:
        yield
    finally:
        _real_settle.clear()


@pytest.fixture
def real_warm_up() -> Iterator[None]:
    """The real ``emergency_text.warm_up`` for this test."""
    _real_warm_up.set()
    try:
        yield
    finally:
        _real_warm_up.clear()


@pytest.fixture
def fresh_search_indexes() -> Iterator[None]:
    """Every search index this test's code builds is built, none shared: for a test that
    watches one index replace another (a shared one is there at once, with no build time)."""
    _fresh_indexes.set()
    try:
        yield
    finally:
        _fresh_indexes.clear()
