"""The library as the running bot holds it: the last good content, its index, the withdraw switch.

``LibraryService`` is what ``services.features.library`` holds. Content is swapped only
when a reload is free of errors, so a broken file never takes the library down: the bot keeps
serving the last good content and the moderator gets the exact problems.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag

from bot import heap
from bot.library.combos import ComboAnswer, ComboChecker, Named
from bot.library.lexicon import Lexicon, Match, set_lexicon
from bot.library.loader import errors, load_library
from bot.library.model import Library, Status, Topic
from bot.library.search_config import Hit, SearchConfig
from bot.privacy import Keyring
from bot.storage.audit import AuditLog
from bot.storage.library import LibraryRepo
from bot.yamlstrict import Problem

if TYPE_CHECKING:  # imported where built: bm25s and numpy load once the bot polls
    from bot.library.intent import Intent, Router
    from bot.library.search import SearchIndex

log = logging.getLogger(__name__)

UNANSWERED_WINDOW = timedelta(days=30)
MAX_UNANSWERED_CHARS = 300
# How long a question that comes right after start waits for the first search index.
INDEX_WAIT_S = 30.0
ANSWER_CACHE = 512  # questions whose hits are remembered (LibraryService.search)


def _search_index(library: Library, config: SearchConfig) -> SearchIndex:
    """A search index, built in a worker thread: the first one also imports the index's
    libraries (bm25s, numpy: ~0.15 s) there, off the event loop and after the first poll."""
    from bot.library.search import SearchIndex

    return SearchIndex(library, config)


def _message_router(
    checker: ComboChecker,
    lexicon: Lexicon,
    langs: tuple[str, ...] | None = (),
    content: Path | None = None,
) -> Router:
    """The free-text router for one content, its stem maps built for ``langs`` (None: all four;
    empty: none yet). ``bot.library.intent`` and ``cues`` (hundreds of patterns to compile, ~50
    ms of CPU) are imported by the first call: in a worker thread once the bot polls, or by the
    first free-text message if it comes before that. /start, /overdose and emergencies never
    need them (emergency recognition is ``bot.library.emergency_text``). ``content``: the folder
    whose known places (``places.yaml``, ``regions.yaml``) a place typed in lower case is read
    against (None: the one beside the code)."""
    from bot.library.intent import Router, known_place_names, set_router

    router = Router(checker, lexicon, known_place_names(content))
    if langs != ():
        router.prepare(langs)
    set_router(router)
    return router


@dataclass(frozen=True)
class ReloadResult:
    ok: bool
    problems: list[Problem]
    topics: int
    combos: int


def _same(a: tuple | None, b: tuple) -> bool:
    """The same objects, one by one (identity, not equality: a new index equals nothing)."""
    return a is not None and len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def normalize_question(text: str) -> str:
    """Lower case, numbers and links removed, whitespace collapsed: no phone numbers, no
    addresses, nothing that survives as a way to find a person."""
    text = text.lower().replace("ё", "е")
    text = re.sub(r"https?://\S+|\S+@\S+|@\w+", " ", text)
    text = re.sub(r"\+?\d[\d\s\-().]*", "# ", text)  # any number (phone, address, amount) is one #
    text = re.sub(r"[^\w\s#'’-]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:MAX_UNANSWERED_CHARS]


class LibraryService:
    def __init__(
        self,
        content_dir: Path,
        repo: LibraryRepo,
        audit: AuditLog,
        keyring: Keyring,
        config: SearchConfig | None = None,
        embed_cache: Path | None = None,
        quick_start: bool = False,
        gate: asyncio.Event | None = None,
    ) -> None:
        self.content_dir = Path(content_dir)
        # At the first load, answer at once with an index whose Ukrainian words are not
        # lemmatized (the lemmatizer's dictionary takes about a second to load) and swap in the
        # full index when it is ready in the background (issue 14: a light start).
        self.quick_start = quick_start
        self._full_task: asyncio.Task | None = None
        # Set when the first index is ready, if the first load left it for after the first poll.
        self._index_ready: asyncio.Event | None = None
        # The full index and the embeddings wait for this (``Services.polling``: the bot polls
        # for updates) so they never slow the start; None starts them at once.
        self.gate = gate
        self.repo = repo
        self.audit = audit
        self.keyring = keyring
        self.config = config or SearchConfig()
        self.library = Library()
        self.index: SearchIndex | None = None
        self.checker = ComboChecker(self.library)
        self.lexicon = Lexicon()
        # The free-text router (``router``), made for ``checker`` when first needed.
        self._router: Router | None = None
        self._router_lock = threading.Lock()
        self.warnings: list[Problem] = []
        self.withdrawn_topics: set[str] = set()
        self.withdrawn_combos: set[str] = set()
        self._fingerprint: tuple = ()
        # (library, withdrawn set, hidden ids): refresh_withdrawn assigns a new set
        self._hidden: tuple[Library, set[str], frozenset[str]] | None = None
        self._browsing: tuple[Library, set[str], tuple] | None = None
        self._lock = asyncio.Lock()
        self.loaded_at: datetime | None = None
        # Answers to questions asked again word for word, while the index, the content and the
        # withdrawn topics stay the same (``search``); at most ANSWER_CACHE questions.
        self._answers: OrderedDict[tuple, tuple[Hit, ...]] = OrderedDict()
        self._answers_for: tuple | None = None  # (index, its embeddings, library, withdrawn)
        self._answers_lock = threading.Lock()
        self._counts: Counter[tuple[str, str, str]] = Counter()
        self._unanswered: dict[tuple[bytes, str, str], list[Any]] = {}
        # Sentence embeddings (bot.library.embed): built off the event loop after each load, so
        # start-up and /reload never wait for them; until they are ready search is BM25 only.
        self.embed_cache = embed_cache
        self._embed_task: asyncio.Task | None = None
        self._embed_stop: threading.Event | None = None

    # -- loading -------------------------------------------------------------------------------
    def fingerprint(self) -> tuple:
        """Names, sizes and modification times of every content file (cheap to compare)."""
        entries = []
        paths = [self.content_dir / "categories.yaml", self.content_dir / "combos.yaml"]
        topics = self.content_dir / "topics"
        if topics.is_dir():
            paths += sorted(topics.glob("*.y*ml"))
        for path in paths:
            try:
                stat = path.stat()
            except OSError:
                continue
            entries.append((str(path), stat.st_size, stat.st_mtime_ns))
        return tuple(entries)

    async def load(self) -> ReloadResult:
        """Load the content; on any error keep what was there and report the problems."""
        async with self._lock:
            fingerprint = self.fingerprint()
            library, problems = await asyncio.to_thread(load_library, self.content_dir)
            bad = errors(problems)
            self._fingerprint = fingerprint
            if bad:
                log.warning(
                    "Content reload refused: %d error(s); keeping the last good content", len(bad)
                )
                return ReloadResult(
                    False, problems, len(self.library.topics), len(self.library.combos)
                )
            quick = (
                self.quick_start
                and self.index is None
                and self.config.stemming
                and self.config.uk_backend in ("default", "simplemma")
            )
            index_config = replace(self.config, uk_backend="quick") if quick else self.config
            first = self.index is None
            # The bot's first load (a gate: Services.polling) builds no index before the bot
            # polls: even the quick one is ~0.15 s of CPU and ~15 MB that /start, /help,
            # /overdose and emergencies never need. A question that comes before it is ready
            # waits for it (``search_async``); the quick index, then the full one, follow.
            deferred = quick and self.gate is not None
            index: SearchIndex | None = None
            if not deferred:
                index = await asyncio.to_thread(_search_index, library, index_config)
                self.index = index
            else:
                self._index_ready = asyncio.Event()
            self.library = library
            self._forget_answers()
            self.checker = ComboChecker(library)
            self.lexicon = library.lexicon or Lexicon()
            set_lexicon(self.lexicon)
            if deferred:
                # The router waits for the bot to poll too (``_full_index``), unless a free-text
                # message asks for it first (``router``).
                self._router = None
            else:
                # Stem maps now, off the loop (Ukrainian's needs the lemmatizer: after a quick
                # start, with the full index).
                self._router = await asyncio.to_thread(
                    _message_router,
                    self.checker,
                    self.lexicon,
                    ("en", "ru", "es") if quick else None,
                    self.content_dir,
                )
            if quick:
                self._full_task = asyncio.create_task(
                    self._full_index(library, index_config if deferred else None),
                    name="library-full-index",
                )
            else:
                assert index is not None
                self._start_embeddings(index)
            self.warnings = problems
            self.loaded_at = datetime.now(UTC)
            await self.refresh_withdrawn()
            if not first:
                heap.settle("content reload")  # at start, the runner settles after every setup
            log.info(
                "Content loaded: %d topic(s), %d combination(s), index %s",
                len(library.topics),
                len(library.combos),
                f"built in {index.build_seconds:.2f}s" if index else "building once the bot polls",
            )
            return ReloadResult(True, problems, len(library.topics), len(library.combos))

    async def _full_index(self, library: Library, quick: SearchConfig | None = None) -> None:
        """The full index (Ukrainian lemmatized), built off the event loop after a quick start;
        first the quick one (``quick``, its settings) when the first load deferred it."""
        if self.gate is not None:
            await self.gate.wait()
        if quick is not None:
            try:
                await asyncio.to_thread(self._router_for, library, ("en", "ru", "es"))
            except Exception as exc:  # noqa: BLE001 - built again on the first message
                log.warning("The message router failed (%s)", type(exc).__name__)
            ready = self._index_ready
            try:
                index = await asyncio.to_thread(_search_index, library, quick)
            except Exception as exc:  # noqa: BLE001 - the full index may still come
                log.warning("The quick search index failed (%s)", type(exc).__name__)
            else:
                if self.library is library:
                    self.index = index
                    self._forget_answers()
                    log.info("Quick search index ready (%.2fs)", index.build_seconds)
            finally:
                if ready is not None:
                    ready.set()
        try:
            full = await asyncio.to_thread(_search_index, library, self.config)
        except Exception as exc:  # noqa: BLE001 - the quick index keeps answering
            log.warning(
                "The full search index could not be built (%s); the quick one stays",
                type(exc).__name__,
            )
            return
        if self.library is library:  # not replaced by a reload meanwhile
            self.index = full
            self._forget_answers()
            await asyncio.to_thread(self.router.prepare)
            heap.settle("full search index")
            self._start_embeddings(full)
            log.info("Full search index ready (%.2fs)", full.build_seconds)

    # -- embeddings ------------------------------------------------------------------------------
    def _start_embeddings(self, index: SearchIndex) -> None:
        from bot.library import embed

        if not self.config.embeddings or not embed.available():
            from bot.library import triage

            triage.unload()  # embeddings off: the rules alone recognise emergencies and crises
            return
        if self._embed_stop is not None:
            self._embed_stop.set()  # an older build for older content: not needed any more
        stop = threading.Event()
        self._embed_stop = stop
        self._embed_task = asyncio.create_task(self._embed(index, stop), name="library-embeddings")

    async def _embed(self, index: SearchIndex, stop: threading.Event) -> None:
        from bot.library.embed import TopicEmbeddings

        if self.gate is not None:
            await self.gate.wait()
        if stop.is_set():
            return
        try:
            built = await asyncio.to_thread(
                TopicEmbeddings.build, index, self.embed_cache, None, stop
            )
        except Exception as exc:  # noqa: BLE001 - search goes on with BM25 alone
            log.warning("Topic embeddings failed (%s); searching without them", type(exc).__name__)
            return
        if built is None or stop.is_set():
            return
        from bot.library import embed

        # start the query engine here, off the loop, so no person's first message waits for it
        await asyncio.to_thread(embed.fast_engine)
        index.embeddings = built
        self._forget_answers()
        log.info(
            "Topic embeddings ready: %d read from the cache, %d computed, in %.2fs",
            built.cached,
            built.computed,
            built.seconds,
        )
        from bot.library import triage

        if not triage.ready() and not stop.is_set():
            # emergency and crisis recognition by embeddings too (rules alone until then)
            await asyncio.to_thread(triage.prepare, self.embed_cache)
        heap.settle("embeddings")

    async def embeddings_ready(self) -> bool:
        """Wait for the current build (tests, benchmarks; bound it with ``asyncio.timeout``);
        True when search uses embeddings."""
        if self._full_task is not None:
            await asyncio.shield(self._full_task)
        task = self._embed_task
        if task is not None:
            await asyncio.shield(task)
        return self.index is not None and self.index.embeddings is not None

    async def close(self) -> None:
        if self._full_task is not None:
            self._full_task.cancel()  # waiting for the gate, or its worker thread ends alone
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await self._full_task
            self._full_task = None
        if self._embed_stop is not None:
            self._embed_stop.set()
        if self._embed_task is not None and self.gate is not None and not self.gate.is_set():
            self._embed_task.cancel()  # still waiting for the bot to poll
        if self._embed_task is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await self._embed_task
            self._embed_task = None
        from bot.library import triage

        triage.unload()

    def changed(self) -> bool:
        return self.fingerprint() != self._fingerprint

    async def refresh_withdrawn(self) -> None:
        self.withdrawn_topics = await self.repo.withdrawn("topic")
        self._forget_answers()
        self.withdrawn_combos = await self.repo.withdrawn("combo")

    # -- topics --------------------------------------------------------------------------------
    def visible(self, topic_id: str) -> Topic | None:
        topic = self.library.topics.get(topic_id)
        if topic is None or topic.status != Status.PUBLISHED or topic_id in self.withdrawn_topics:
            return None
        return topic

    def topics_in(self, category_id: str) -> list[Topic]:
        return list(self._browse()[1].get(category_id, ()))

    def categories(self) -> list:
        return list(self._browse()[0])

    def _browse(self) -> tuple[tuple, dict[str, tuple[Topic, ...]]]:
        """Categories with visible topics, and each category's visible topics sorted by English
        title: worked out once per content and withdraw list, not on every /topics or press."""
        library, withdrawn = self.library, self.withdrawn_topics
        cached = self._browsing
        if cached is None or cached[0] is not library or cached[1] is not withdrawn:
            by_category: dict[str, list[Topic]] = {}
            for topic in library.topics.values():
                if self.visible(topic.id):
                    by_category.setdefault(topic.category, []).append(topic)
            sorted_topics = {
                category: tuple(sorted(topics, key=lambda t: t.translation("en")[1].title.lower()))
                for category, topics in by_category.items()
            }
            categories = tuple(c for c in library.categories if sorted_topics.get(c.id))
            cached = self._browsing = (library, withdrawn, (categories, sorted_topics))
        return cached[2]

    def hidden(self) -> set[str]:
        """Withdrawn and unpublished topics (worked out once per content and withdraw list)."""
        library, withdrawn = self.library, self.withdrawn_topics
        cached = self._hidden
        if cached is None or cached[0] is not library or cached[1] is not withdrawn:
            hidden = set(withdrawn)
            hidden |= {t.id for t in library.topics.values() if t.status != Status.PUBLISHED}
            cached = self._hidden = (library, withdrawn, frozenset(hidden))
        return set(cached[2])

    def search(self, query: str, lang: str, country: str | None = None) -> list[Hit]:
        index = self.index
        if index is None:
            return []
        state = self._answer_state(index)
        key = (query, lang, country)
        found = self._answer(state, key)
        if found is not None:
            return found
        hits = index.search(query, lang, hidden=self.hidden(), country=country)
        with self._answers_lock:
            if _same(self._answers_for, state):
                self._answers[key] = tuple(hits)
                while len(self._answers) > ANSWER_CACHE:
                    self._answers.popitem(last=False)
        return hits

    def _answer_state(self, index: SearchIndex) -> tuple:
        """What a remembered answer depends on besides the question: the index (and whether it
        has its embeddings yet), the content and the withdrawn topics."""
        return (index, index.embeddings, self.library, self.withdrawn_topics)

    def _answer(self, state: tuple, key: tuple) -> list[Hit] | None:
        """The hits remembered for exactly this question (people send the same words again:
        "naloxone", "where can i get narcan"), or None; forgets everything when ``state``
        changed (a reload, the embeddings arriving, a topic withdrawn)."""
        with self._answers_lock:
            if not _same(self._answers_for, state):
                self._answers.clear()
                self._answers_for = state
                return None
            found = self._answers.get(key)
            if found is None:
                return None
            self._answers.move_to_end(key)
            return list(found)

    def _forget_answers(self) -> None:
        """Drop the remembered answers (and the old index and content they hold on to)."""
        with self._answers_lock:
            self._answers.clear()
            self._answers_for = None

    async def search_async(self, query: str, lang: str, country: str | None = None) -> list[Hit]:
        """``search`` off the event loop when it embeds the query (tens of ms of CPU); on the
        loop when the query's vector is already known (a thread hop costs more than the rest)."""
        index = self.index
        if index is None and self._index_ready is not None:
            # The first index is being built (the bot just started): wait for it, not "no answer".
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._index_ready.wait(), INDEX_WAIT_S)
            index = self.index
        if index is not None:
            found = self._answer(self._answer_state(index), (query, lang, country))
            if found is not None:
                return found
        if (
            index is not None
            and index.embeddings is not None
            and self.config.embeddings
            and not index.query_vector_known(query, lang, country)
        ):
            return await asyncio.to_thread(self.search, query, lang, country)
        return self.search(query, lang, country)

    @property
    def router(self) -> Router:
        """The free-text router for the current content (built here if not ready yet)."""
        router = self._router
        if router is not None and router.checker is self.checker:
            return router
        return self._router_for(self.library, ())

    def _router_for(self, library: Library, langs: tuple[str, ...] | None) -> Router:
        """Build the router for ``library`` (in a worker thread, or on first use), unless the
        content changed meanwhile or it is already there."""
        with self._router_lock:
            checker, lexicon = self.checker, self.lexicon
            router = self._router
            if router is None or router.checker is not checker:
                router = _message_router(
                    checker,
                    lexicon,
                    langs if library is self.library else (),
                    self.content_dir,
                )
                if self.checker is checker:
                    self._router = router
            return router

    async def near_async(
        self, query: str, lang: str, country: str | None = None, limit: int = 2
    ) -> list[Hit]:
        """For a question search found no good answer to: the one or two topics that came close
        (``SearchIndex.near``), offered as buttons beside the no-answer; empty when the message
        is far from every topic. Off the event loop, like ``search_async``."""
        index = self.index
        if index is None:
            return []
        return await asyncio.to_thread(
            index.near, query, lang, self.hidden(), country=country, limit=limit
        )

    def route(self, text: str, lang: str, country: str | None = None) -> Intent:
        """Command, combination, service or topic (``bot.library.intent``)."""
        return self.router.route(text, lang, country)

    def slang_free(self, text: str, lang: str, country: str | None = None) -> str:
        """The text search embeds for a message (slang with one meaning replaced)."""
        index = self.index
        return index.slang_free(text, lang, country) if index is not None else text

    def ambiguous(self, text: str, lang: str, country: str | None = None) -> Match | None:
        """The first slang word in ``text`` whose meanings disagree (the bot asks, never guesses);
        a word sent on its own counts with every reading it has alone ("фен", "соль")."""
        bare = self.lexicon.bare(text, lang, country)
        if bare is not None and bare.ambiguous:
            return bare
        for match in self.lexicon.find(text, lang, country):
            if match.ambiguous:
                return match
        return None

    # -- combinations --------------------------------------------------------------------------
    def combo(self, a: Named, b: Named) -> ComboAnswer:
        return self.checker.lookup(a, b, self.withdrawn_combos)

    # -- the withdraw switch -------------------------------------------------------------------
    def kind_of(self, item_id: str) -> str | None:
        if item_id in self.library.topics:
            return "topic"
        if any(c.id == item_id for c in self.library.combos):
            return "combo"
        if "+" in item_id:
            a, _, b = item_id.partition("+")
            from bot.library.model import combo_id

            if any(c.id == combo_id(a, b) for c in self.library.combos):
                return "combo"
        return None

    def canonical(self, item_id: str) -> str:
        if "+" in item_id:
            from bot.library.model import combo_id

            a, _, b = item_id.partition("+")
            return combo_id(a.strip(), b.strip())
        return item_id

    async def withdraw(self, item_id: str, actor: str) -> bool:
        item_id = self.canonical(item_id)
        kind = self.kind_of(item_id)
        if kind is None:
            return False
        now = datetime.now(UTC).isoformat(timespec="seconds")
        changed = await self.repo.withdraw(kind, item_id, actor, now)
        if changed:
            await self.audit.record(actor, f"library.withdraw.{kind}", item_id)
        await self.refresh_withdrawn()
        return True

    async def republish(self, item_id: str, actor: str) -> bool:
        item_id = self.canonical(item_id)
        kind = self.kind_of(item_id) or ("combo" if "+" in item_id else "topic")
        changed = await self.repo.republish(kind, item_id)
        if changed:
            await self.audit.record(actor, f"library.republish.{kind}", item_id)
        await self.refresh_withdrawn()
        return changed

    # -- feedback and unanswered questions ------------------------------------------------------
    # Counters are kept in memory and written in one transaction every few seconds (and at
    # shutdown) by ``flush``, not one write transaction per question on the reply path. A crash
    # loses at most the last few seconds of counts: acceptable for statistics.
    async def count(self, topic_id: str, lang: str, what: str) -> None:
        if what not in ("shown", "helpful", "not_helpful"):
            raise ValueError(what)
        if topic_id in self.library.topics:
            self._counts[(topic_id, lang, what)] += 1

    async def record_unanswered(self, text: str, lang: str, now: datetime | None = None) -> None:
        normalized = normalize_question(text)
        if len(normalized) < 3:
            return
        now = now or datetime.now(UTC)
        # a keyed digest groups equal questions without storing them in a comparable form
        digest = self.keyring.button_mac(0, f"unanswered|{lang}|{normalized}").encode()
        key = (digest, lang, now.strftime("%Y-%m-%d"))
        entry = self._unanswered.get(key)
        if entry is None:
            sealed = self.keyring.seal_text(normalized, "unanswered-question")
            self._unanswered[key] = [sealed, 1]
        else:
            entry[1] += 1

    async def flush(self) -> int:
        """Write the counters gathered since the last flush; return how many entries."""
        if not self._counts and not self._unanswered:
            return 0
        counts, self._counts = self._counts, Counter()
        unanswered, self._unanswered = self._unanswered, {}
        try:
            await self.repo.add_counts(
                [(t, lang, what, n) for (t, lang, what), n in counts.items()],
                [(d, lang, day, sealed, n) for (d, lang, day), (sealed, n) in unanswered.items()],
            )
        except BaseException:
            # Keep them for the next flush (a busy or briefly unavailable database).
            self._counts.update(counts)
            for key, (sealed, n) in unanswered.items():
                entry = self._unanswered.setdefault(key, [sealed, 0])
                entry[1] += n
            raise
        return len(counts) + len(unanswered)

    async def purge_unanswered(self, now: datetime) -> int:
        await self.flush()
        return await self.repo.purge_unanswered((now - UNANSWERED_WINDOW).strftime("%Y-%m-%d"))

    async def unanswered(self, days: int = 30, limit: int = 30) -> list[tuple[str, str, int]]:
        await self.flush()
        since = (datetime.now(UTC) - timedelta(days=days)).strftime("%Y-%m-%d")
        rows = await self.repo.unanswered(since, limit)
        out = []
        for _, lang, sealed, count in rows:
            try:
                text = self.keyring.open_text(sealed, "unanswered-question")
            except InvalidTag:  # a row sealed under another key: skip it
                log.warning("An unanswered-question row could not be opened; skipping it")
                continue
            out.append((text, lang, count))
        return out
