"""The trade-off behind ``bot.library.triage.ALLOW`` (emergency and crisis), on tuning data only.

``python bench/triage_allow_curve.py [--parts tune13]``. For each share of the other-kind
prototypes allowed through the emergency threshold (leave-one-out on the prototypes, as
``triage.Prototypes`` chooses it):

1. on the prototypes themselves, left out one by one: the threshold, the share of the emergency
   prototypes the embedding stage alone catches, and the share of the 'other' prototypes it passes;
2. on the parts named by ``--parts`` (tuning parts written after the prototypes were last built, so
   no prototype comes from them; their texts are left out of the prototypes here in any case):
   emergency recall and false emergency cards of rules + embeddings, and of the embedding stage
   alone on the emergencies the rules miss;
3. on the everyday questions of ``bench/labelled/search-*.yaml`` (never prototypes): the cards the
   embedding stage adds where the rules say nothing.

Held-out parts (heldout*, final, *-aside) are never read here: the choice rests on tuning data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import triage_bench

from bot.library import embed, triage
from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, is_emergency, told_not_now

SHARES = (0.0, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02)
CRISIS_SHARES = (0.0, 0.0005, 0.001, 0.0025, 0.005)
ALLOW_NOW = dict(triage.ALLOW)


def vectors(texts: list[str]) -> np.ndarray:
    return np.vstack([embed.query_vector(t) for t in texts]).astype(np.float32)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", default="tune13", help="comma-separated tuning parts")
    args = parser.parse_args()
    parts = [p for p in args.parts.split(",") if p]
    for part in parts:
        if part not in triage_bench.TUNED:
            raise SystemExit(f"{part} is not a tuning part")
    items = [i for lang in triage_bench.LANGS for p in parts for i in triage_bench.load(lang, p)]
    held = {i["text"].strip() for i in items}

    texts = triage.load_texts()
    texts = {k: [t for t in v if t.strip() not in held] for k, v in texts.items()}
    built = triage.Prototypes.build(embed.default_cache_dir(None), texts)
    protos = triage.Prototypes(built.vectors, list(built.labels))
    sim = protos.vectors @ protos.vectors.T
    np.fill_diagonal(sim, -2.0)

    search = []
    for lang in triage_bench.LANGS:
        data = yaml.safe_load((ROOT / "bench" / "labelled" / f"search-{lang}.yaml").read_text())
        search += [str(i["text"]) for i in data["items"]]
    search_quiet = [t for t in search if not triage.by_rules(t).urgent]

    item_vecs = vectors([i["text"] for i in items]) if items else np.zeros((0, 384))
    search_vecs = vectors(search_quiet)
    rules = {
        "emergency": [is_emergency(i["text"]) for i in items],
        "crisis": [not is_emergency(i["text"]) and is_crisis(i["text"]) for i in items],
    }
    questions = [triage._question(i["text"]) for i in items]
    frames = [told_not_now(i["text"]) for i in items]
    search_questions = [triage._question(t) for t in search_quiet]
    search_frames = [told_not_now(t) for t in search_quiet]

    print(
        f"prototypes {len(protos.labels)} (without the {len(held)} texts of {', '.join(parts)}); "
        f"parts {', '.join(parts)}: {len(items)} messages; search questions {len(search)} "
        f"({len(search_quiet)} where the rules say nothing)"
    )
    for kind, shares in (("emergency", SHARES), ("crisis", CRISIS_SHARES)):
        loo = protos.scores(sim)[kind]
        is_kind = protos.masks[kind]
        others = ~is_kind
        print(
            f"-- {kind}: ALLOW, threshold, leave-one-out recall of the {kind} prototypes by the "
            f"embedding stage alone, share of the other prototypes passing | parts: rules+emb "
            f"recall, false {kind} replies, and the embedding stage alone | search questions: "
            f"{kind} replies added where the rules say nothing"
        )
        for share in shares:
            allow = {
                "emergency": ALLOW_NOW["emergency"],
                "crisis": ALLOW_NOW["crisis"],
                kind: share,
            }
            protos.thresholds = protos._choose_thresholds(allow)
            thr = protos.thresholds[kind]
            rec = float((loo[is_kind] > thr).mean())
            fo = float((loo[others] > thr).mean())
            hit = n = false = n_other = emb_hit = emb_false = 0
            for item, vec, by_rules, strict, not_now in zip(
                items, item_vecs, rules[kind], questions, frames, strict=True
            ):
                emb = protos.verdict(vec, strict, not_now).kind == kind
                reply = by_rules or emb
                if item["label"] == kind:
                    n += 1
                    hit += reply
                    emb_hit += emb
                else:
                    n_other += 1
                    false += reply
                    emb_false += emb
            added = sum(
                protos.verdict(v, q, f).kind == kind
                for v, q, f in zip(search_vecs, search_questions, search_frames, strict=True)
            )
            print(
                f"{share:<7} {thr:.4f}  {rec:.3f}  {fo:.4f} | {hit}/{n}, {false}/{n_other}, emb alone "
                f"{emb_hit}/{n} false {emb_false}/{n_other} | {added}/{len(search_quiet)}"
            )
    odq = sum(asks_about_overdose(i["text"]) for i in items if i["label"] == "overdose-question")
    print(f"(overdose questions seen as questions by the rules on the parts: {odq})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
