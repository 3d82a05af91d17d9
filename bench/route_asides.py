"""Routing only, over every labelled part but the sealed ones, with sums over the tuned and the
-aside sides: ``python bench/route_asides.py [--list SPLIT ...]``.

The router (``bot.library.intent.Router`` over the real content, as in
``bench/search_quality_bench.py``) decides combination, service or topic before any search, so
its figures need no search index and no embeddings. Per split and language:

* ``route`` right/asked: the bench's "routing acc" (a combination or service message routed as
  labelled, with the service type labelled);
* ``wrong`` sent/asked: topic questions and off-topic messages the router sent to the
  combination card or the service finder (these count as topic or off-topic misses in the bench).

``--list SPLIT`` prints the routing misses of a tuned side with their text (an -aside side's
misses are never listed, only counted).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import search_quality_bench as quality

from bot.library.combos import ComboChecker
from bot.library.intent import Router
from bot.library.lexicon import Lexicon
from bot.library.loader import errors, load_library

PARTS = tuple(p for p in quality.PARTS if p not in quality.SEALED_PARTS)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    parser.add_argument("--labelled", type=Path, default=ROOT / "bench" / "labelled")
    parser.add_argument("--list", nargs="*", default=(), metavar="SPLIT")
    parser.add_argument("--parts", nargs="*", default=PARTS, choices=PARTS, metavar="PART")
    args = parser.parse_args(argv)

    library, problems = load_library(args.content)
    if errors(problems):
        for p in errors(problems):
            print(p)
        return 1
    router = Router(ComboChecker(library), library.lexicon or Lexicon())
    listed = set(args.list)
    sums: dict[tuple[str, str], list[int]] = {}
    print("split         per language: route right/asked  wrong sent/asked")
    for part in args.parts:
        items = quality.load_items(args.labelled, "" if part == "main" else part)
        for split in quality.splits_of(items):
            side = "aside" if split in quality.HIDDEN_SPLITS else "tuned"
            cells, misses = [], []
            for lang in quality.LANGS:
                r = [0, 0, 0, 0]
                for item in items[lang]:
                    if item["split"] != split:
                        continue
                    intent = router.route(item["text"], lang)
                    expect = item["expect"]
                    if expect in ("combo", "service"):
                        ok = intent.kind == expect and (
                            expect == "combo" or intent.service_type == item.get("type")
                        )
                        r[0] += ok
                        r[1] += 1
                    else:
                        ok = intent.kind not in ("combo", "service")
                        r[2] += not ok
                        r[3] += 1
                    if not ok:
                        got = intent.substances or intent.service_type
                        misses.append(
                            f"    [{lang}] {item['text']!r}: expected {expect} "
                            f"{item.get('topic') or item.get('type') or ''}, got {intent.kind} {got}"
                            + (f" place={intent.place!r}" if intent.place else "")
                        )
                total = sums.setdefault((side, lang), [0, 0, 0, 0])
                for n in range(4):
                    total[n] += r[n]
                cells.append(f"{lang} {r[0]:>2}/{r[1]:<2} wrong {r[2]}/{r[3]:<2}")
            print(f"{split:<13} " + " | ".join(cells))
            if split in listed and split not in quality.HIDDEN_SPLITS:
                print("\n".join(misses))
    for side in ("tuned", "aside"):
        print(f"\nsummed over the {side} sides:")
        for lang in quality.LANGS:
            t = sums.get((side, lang), [0, 0, 0, 0])
            print(
                f"  {lang}  routing acc {t[0] / max(t[1], 1):.3f} ({t[0]}/{t[1]})"
                f"  topic or off-topic sent to combo/service {t[2]}/{t[3]}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
