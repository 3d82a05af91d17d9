"""Where a free-text question's CPU goes, stage by stage, without Telegram.

The companion of bench/profile_updates.py: the same question mix as bench/updates_bench.py
(languages in turn, a share of repeats), run in one process through the stages the bot runs
for a private text message, in its order, each timed with the CPU clock of this thread:

1. triage: the phrase rules (``triage.classify_now``), then, when they say nothing and the
   vector is not known, the embedding stage (``triage.classify_unruled``: the query embedding
   and the prototype comparison);
2. route: command, combination, service or topic (``Router.route``);
3. ambiguous: a slang word with several meanings (``Lexicon.find``);
4. search: ``SearchIndex.search`` (with the query embedding of the slang-free text when it
   differs from the message; the bot's per-question answer cache is left out here).

It prints CPU ms per message for each stage, how many query embeddings ran and what they cost.
No sealed or aside data is read (the question pool of bench/updates_bench.py).

    python bench/question_stages.py [--updates N] [--repeats R] [--seed S]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path
from typing import Self

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import yaml
from updates_bench import question_mix, question_pool

from bot.library import embed, triage
from bot.library.combos import ComboChecker
from bot.library.intent import Router
from bot.library.lexicon import Lexicon
from bot.library.loader import load_library
from bot.library.search import SearchConfig, SearchIndex

STAGES = ("triage rules", "triage embedding", "route", "ambiguous", "search")


class Counting:
    """Counts the query embeddings the process computes (not those found in the LRU)."""

    def __init__(self) -> None:
        self.runs = 0
        self.seconds = 0.0
        self._compute = embed._compute

    def __enter__(self) -> Self:
        def compute(text, wait):
            t0 = time.thread_time()
            try:
                return self._compute(text, wait)
            finally:
                self.runs += 1
                self.seconds += time.thread_time() - t0

        embed._compute = compute
        return self

    def __exit__(self, *_: object) -> None:
        embed._compute = self._compute


def run(n: int, repeats: float, seed: int, cache: Path, profile: int = 0) -> dict:
    library, _ = load_library(ROOT / "content")
    index = SearchIndex(library, SearchConfig())
    index.embeddings = embed.TopicEmbeddings.build(index, cache)
    router = Router(ComboChecker(library), library.lexicon or Lexicon())
    lexicon = library.lexicon or Lexicon()
    # HRBOT_QUERY_EMBEDDING=rewrite: triage embeds the text search embeds (as the bot's service)
    embed.use_rewriter(lambda text, lang, country: lexicon.rewrite(text, lang, country)[0])
    triage.prepare(cache)
    embed.fast_engine()
    # Warm up as a running bot is (regular expressions compiled as bot.app's start does, stemmer
    # caches, the engine's buffers) on other messages: the main split's labelled triage texts
    from bot.app import _import_and_warm_up

    _import_and_warm_up()
    for path in sorted((ROOT / "bench" / "labelled").glob("triage-??.yaml")):
        lang = path.stem.rsplit("-", 1)[1]
        for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or [])[:60]:
            if triage.classify(item["text"]).urgent:
                continue
            router.route(item["text"], lang)
            index.search(item["text"], lang)
    embed.forget_queries()
    mix = question_mix(question_pool(), n, seed, repeats)
    cpu = dict.fromkeys(STAGES, 0.0)
    searched = 0
    prof = cProfile.Profile(time.thread_time) if profile else None
    if prof is not None:
        prof.enable()
    with Counting() as counting:
        triage_runs = 0
        for lang, text in mix:
            t0 = time.thread_time()
            verdict = triage.classify_now(text, lang)
            t1 = time.thread_time()
            cpu["triage rules"] += t1 - t0
            if verdict is None:
                before = counting.runs
                verdict = triage.classify_unruled(text, lang)
                triage_runs += counting.runs - before
                cpu["triage embedding"] += time.thread_time() - t1
            if verdict.urgent:
                continue
            t0 = time.thread_time()
            intent = router.route(text, lang)
            t1 = time.thread_time()
            cpu["route"] += t1 - t0
            if intent.kind != "topic":
                continue
            lexicon.find(text, lang)
            t2 = time.thread_time()
            cpu["ambiguous"] += t2 - t1
            index.search(text, lang)
            cpu["search"] += time.thread_time() - t2
            searched += 1
    if prof is not None:
        prof.disable()
        stats = pstats.Stats(prof)
        stats.sort_stats("tottime").print_stats(profile)
        stats.sort_stats("cumulative").print_stats(r"/bot/", profile)
    return {
        "n": n,
        "distinct": len(set(mix)),
        "cpu": cpu,
        "embeddings": counting.runs,
        "embedding_s": counting.seconds,
        "triage_embeddings": triage_runs,
        "searched": searched,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--updates", type=int, default=300)
    parser.add_argument("--repeats", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--embeddings-cache",
        type=Path,
        default=Path(tempfile.gettempdir()) / "hrbot-bench-embeddings",
    )
    parser.add_argument(
        "--profile", type=int, default=0, metavar="K", help="also print the K busiest functions"
    )
    parser.add_argument(
        "--query-embedding",
        choices=embed.QUERY_EMBEDDINGS,
        default="full",
        help="HRBOT_QUERY_EMBEDDING to measure (default: %(default)s)",
    )
    parser.add_argument("--weighting", default="sif", help="of the static embedding: sif, uniform")
    args = parser.parse_args()
    embed.use_query_embedding(args.query_embedding, None, args.weighting)
    r = run(args.updates, args.repeats, args.seed, args.embeddings_cache, args.profile)
    n = r["n"]
    total = sum(r["cpu"].values())
    print(
        f"{n} messages ({r['distinct']} distinct), {r['searched']} reached topic search; "
        f"CPU per message {total / n * 1000:.2f} ms:"
    )
    for stage, seconds in r["cpu"].items():
        print(f"  {stage:>16}: {seconds / n * 1000:6.2f} ms  ({seconds / total:4.0%})")
    runs = r["embeddings"]
    print(
        f"query embeddings computed: {runs} ({runs / n:.2f} per message; "
        f"{r['triage_embeddings']} for triage, {runs - r['triage_embeddings']} more for search), "
        f"{r['embedding_s'] / max(runs, 1) * 1000:.2f} ms each, "
        f"{r['embedding_s'] / n * 1000:.2f} ms per message"
    )
    static = embed.static_engine()
    if static is not None:
        print(
            f"static ({static.weighting}): {static.computed} pieces distilled in all (the triage "
            f"prototypes' and this mix's), {len(static.vectors)} known"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
