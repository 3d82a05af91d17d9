"""Search quality and speed, measured: ``python bench/search_bench.py [--content DIR]``.

Quality, on the labelled questions in bench/data/questions.yaml (per language):
precision@1 (the expected topic is the answer), recall@3 (it is among the first three), and
the share of off-topic questions that wrongly got an answer; for the tuned search, for a plain
BM25 baseline (no stemming, no keywords, no typo tolerance) and for the Ukrainian options
(simplemma lemmas, the default; pymorphy3 lemmas; no lemmatizer), all in the same run.

Speed, with 1,000 synthetic topics in 4 languages built from the real texts: index build
time, one-search latency (p50, p99) and the process's peak memory (max RSS).

Targets: precision@1 >= 0.85 in every language, off-topic wrongly answered <= 10%,
p99 < 30 ms, build < 2 s.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.library.loader import errors, load_library
from bot.library.model import Library, Topic, Translation
from bot.library.search import BASELINE, SearchConfig, SearchIndex

LANGS = ("en", "ru", "uk", "es")
COLD_START = """
import sys, time
t = time.perf_counter()
from pathlib import Path
from bot.library.loader import load_library
from bot.library.search import SearchIndex
lib, _ = load_library(Path(sys.argv[1]))
loaded = time.perf_counter()
SearchIndex(lib)
done = time.perf_counter()
print(f"content {loaded - t:.2f} s, index {done - loaded:.2f} s (includes loading the dictionaries)")
"""


def evaluate(index: SearchIndex, data: dict) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for lang in LANGS:
        questions = data["questions"].get(lang, [])
        p1 = r3 = 0
        misses = []
        for expected, question in questions:
            hits = index.search(question, lang)
            ids = [h.topic_id for h in hits]
            if ids[:1] == [expected]:
                p1 += 1
            else:
                misses.append((question, expected, ids[:3]))
            if expected in ids[:3]:
                r3 += 1
        off = data["off_topic"].get(lang, [])
        wrong = [q for q in off if index.search(q, lang)]
        results[lang] = {
            "n": len(questions),
            "p1": p1 / len(questions) if questions else 0.0,
            "r3": r3 / len(questions) if questions else 0.0,
            "off_n": len(off),
            "off_wrong": len(wrong) / len(off) if off else 0.0,
            "misses": misses,  # type: ignore[dict-item]
            "wrong": wrong,  # type: ignore[dict-item]
        }
    return results


def print_table(name: str, results: dict[str, dict[str, float]]) -> None:
    print(f"\n{name}")
    print(f"  {'lang':<5}{'n':>4}{'precision@1':>13}{'recall@3':>10}{'off-topic answered':>20}")
    for lang, r in results.items():
        print(
            f"  {lang:<5}{int(r['n']):>4}{r['p1']:>13.3f}{r['r3']:>10.3f}{r['off_wrong']:>14.1%} of {int(r['off_n'])}"
        )


def synthetic_library(real: Library, n: int, seed: int = 7) -> Library:
    """``n`` topics in 4 languages whose texts are shuffled words of the real ones."""
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {lang: [] for lang in LANGS}
    keywords: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for topic in real.topics.values():
        for lang in LANGS:
            tr = topic.translations.get(lang)
            if tr:
                pools[lang].extend((tr.title + " " + tr.summary + " " + tr.body).split())
                keywords[lang].extend(tr.keywords)
    topics: dict[str, Topic] = {}
    for i in range(n):
        translations = {}
        for lang in LANGS:
            words = pools[lang] or ["word"]
            body = " ".join(rng.choice(words) for _ in range(180))
            translations[lang] = Translation(
                title=" ".join(rng.choice(words) for _ in range(4)),
                summary=" ".join(rng.choice(words) for _ in range(25)),
                body=body,
                keywords=tuple(rng.sample(keywords[lang], min(12, len(keywords[lang]))))
                if keywords[lang]
                else (),
            )
        topic_id = f"synthetic-{i}"
        topics[topic_id] = Topic(
            id=topic_id, category="substances", status="published", translations=translations
        )
    return Library(topics=topics, categories=real.categories)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument(
        "--questions", type=Path, default=ROOT / "bench" / "data" / "questions.yaml"
    )
    parser.add_argument("--synthetic", type=int, default=1000)
    parser.add_argument("--misses", action="store_true", help="list the questions that went wrong")
    parser.add_argument("--quick", action="store_true", help="a smaller run (200 synthetic topics)")
    args = parser.parse_args(argv)

    library, problems = load_library(args.content)
    bad = errors(problems)
    if bad:
        for p in bad:
            print(p)
        print("the content has errors; fix them first (hrbot content check)")
        return 1
    data = yaml.safe_load(args.questions.read_text(encoding="utf-8"))
    print(f"content: {len(library.topics)} topics from {args.content}")

    tuned_cfg = SearchConfig()
    runs = {
        "tuned (stemming/lemmas + keywords + typo tolerance; uk: simplemma)": tuned_cfg,
        "baseline: plain BM25 (no stemming, no keywords, no typo tolerance)": BASELINE,
        "tuned, uk with pymorphy3 instead of simplemma": replace(tuned_cfg, uk_backend="pymorphy3"),
        "tuned, uk with no lemmatizer": replace(tuned_cfg, uk_backend="none"),
    }
    all_results = {}
    for name, cfg in runs.items():
        index = SearchIndex(library, cfg)
        results = evaluate(index, data)
        all_results[name] = results
        print_table(name, results)
    tuned = all_results[next(iter(runs))]
    base = all_results[list(runs)[1]]
    print("\ntuned vs baseline, precision@1:")
    for lang in LANGS:
        print(
            f"  {lang}: {tuned[lang]['p1']:.3f} vs {base[lang]['p1']:.3f} ({tuned[lang]['p1'] - base[lang]['p1']:+.3f})"
        )
    if data.get("holdout"):
        index = SearchIndex(library, tuned_cfg)
        print("\nheld-out questions (written after tuning), precision@1 tuned vs baseline:")
        base_index = SearchIndex(library, BASELINE)
        for lang in LANGS:
            rows = data["holdout"].get(lang, [])
            good = sum(1 for e, q in rows if [h.topic_id for h in index.search(q, lang)][:1] == [e])
            base_good = sum(
                1 for e, q in rows if [h.topic_id for h in base_index.search(q, lang)][:1] == [e]
            )
            print(f"  {lang}: {good}/{len(rows)} vs {base_good}/{len(rows)}")
    if args.misses:
        print("\nmisses of the tuned search:")
        for lang in LANGS:
            for question, expected, got in tuned[lang]["misses"]:  # type: ignore[union-attr]
                print(f"  [{lang}] {question!r}: expected {expected}, got {got}")
            for question in tuned[lang]["wrong"]:  # type: ignore[union-attr]
                print(f"  [{lang}] off-topic answered: {question!r}")

    # -- speed with synthetic topics --------------------------------------------------------
    synth = synthetic_library(library, 200 if args.quick else args.synthetic)
    merged = Library(topics={**synth.topics, **library.topics}, categories=library.categories)
    # Best of three wall-clock builds (other processes share the machine), and the CPU time.
    builds, cpu_builds, baseline_builds = [], [], []
    for _ in range(3):
        started, cpu_started = time.perf_counter(), time.process_time()
        index = SearchIndex(merged, tuned_cfg)
        builds.append(time.perf_counter() - started)
        cpu_builds.append(time.process_time() - cpu_started)
        started = time.perf_counter()
        SearchIndex(merged, BASELINE)
        baseline_builds.append(time.perf_counter() - started)
    build, baseline_build = min(builds), min(baseline_builds)
    queries = [(lang, q) for lang in LANGS for _, q in data["questions"][lang]] + [
        (lang, q) for lang in LANGS for q in data["off_topic"][lang]
    ]
    for lang, q in queries[:20]:  # warm caches as a running bot would be
        index.search(q, lang)
    latencies = []
    for _ in range(3):
        for lang, q in queries:
            t = time.perf_counter()
            index.search(q, lang)
            latencies.append((time.perf_counter() - t) * 1000)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nspeed with {len(merged.topics)} topics x {len(LANGS)} languages:")
    print(
        f"  index build: {build:.2f} s best of 3 wall clock (runs: {', '.join(f'{b:.2f}' for b in builds)}; "
        f"CPU {min(cpu_builds):.2f} s) (target < 2 s; plain BM25 baseline build {baseline_build:.2f} s, "
        f"ratio {build / baseline_build:.1f}x)"
    )
    print(f"  load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    cold = subprocess.run(
        [sys.executable, "-c", COLD_START, str(args.content)],
        capture_output=True,
        text=True,
        check=False,
    )
    print(
        f"  cold start in a new process (content load + stemmer/lemmatizer dictionaries + index): "
        f"{cold.stdout.strip() or cold.stderr.strip()[-200:]}"
    )
    print(
        f"  one search: p50 {percentile(latencies, 0.5):.2f} ms, p99 {percentile(latencies, 0.99):.2f} ms "
        f"(target < 30 ms; {len(latencies)} searches)"
    )
    print(f"  peak memory (max RSS of this process): {peak_mb:.0f} MB")
    ok = all(tuned[lang]["p1"] >= 0.85 and tuned[lang]["off_wrong"] <= 0.10 for lang in LANGS)
    # The build target is checked on CPU time: on a shared machine the wall clock also counts
    # the time other processes held the cores (both are printed above).
    ok = ok and percentile(latencies, 0.99) < 30 and min(cpu_builds) < 2
    print("\nall targets met" if ok else "\nsome targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
