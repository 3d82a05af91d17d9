"""The crisis note's threshold: grouped out-of-fold crisis recall against the share of other
prototypes passing, and what each point costs on the everyday search questions.

The softer crisis tier (``bot.library.triage``: a short crisis note before the message's own
answer, never in its place) needs a threshold below the full crisis reply's. It is chosen the way
``bot.library.triage_head.fit`` chooses the full one: the prototypes and the rules-only negatives
shipped in ``bot/library/triage_prototypes.npz`` are cut into folds by labelled part, each row
scored by the kNN/network blend of the folds without it, and the threshold is the score at most a
given share of the other prototypes reach. No held-out side is read here. The everyday search
questions (``bench/labelled/search-*.yaml``, every side, aggregates only) the rules say nothing
about are scored by the shipped stage: how many would get the note (or a full reply) at each point.

    python bench/triage_note_curve.py            # the curve
    python bench/triage_note_curve.py --write    # also store the chosen threshold (NOTE_ALLOW)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import triage_heads

from bot.library import triage, triage_head

SHARES = (0.004, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 0.075, 0.1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="store the NOTE_ALLOW threshold")
    args = parser.parse_args()
    texts = triage.load_texts()
    labels = np.array([label for label in (*triage.KINDS, "other") for _ in texts[label]])
    with np.load(triage.SHIPPED_VECTORS, allow_pickle=False) as data:
        stored = {key: data[key] for key in data.files}
    vectors = stored["vectors"].astype(np.float32)
    hard_vectors = stored["hard_vectors"].astype(np.float32)
    started = time.perf_counter()
    _head, blended, y, hard = triage_head.out_of_fold(
        vectors,
        labels,
        hard_vectors,
        [str(p) for p in stored["parts"]],
        [str(p) for p in stored["hard_parts"]],
        triage.K,
    )
    crisis = blended["crisis"]
    others = (y != "crisis") & ~hard
    full = triage_head.passing(crisis[others], triage_head.ALLOW["crisis"])
    shipped = float(stored["head_lenient"][1])
    print(
        f"grouped out-of-fold blend refitted in {time.perf_counter() - started:.1f} s on "
        f"{len(vectors)} prototypes + {int(hard.sum())} rules-only negatives; full crisis "
        f"threshold {full:.4f} (shipped {shipped:.4f})"
    )
    # the everyday search questions the rules say nothing about, by the shipped stage
    protos = triage.Prototypes.build()
    questions = [
        t for t in triage_heads.search_questions() if not triage.by_rules(t).urgent and t.strip()
    ]
    x = triage_heads.vectors(questions)
    scores = protos.stage_scores(x @ protos.vectors.T, x)["crisis"]
    everyday = len(triage_heads.search_questions())
    print(
        f"-- crisis: share of other prototypes passing (grouped out-of-fold) -> threshold, "
        f"crisis prototypes over it, rules-only negatives over it, everyday search questions "
        f"over it (of {everyday}; {len(questions)} the rules say nothing about) --"
    )
    for share in SHARES:
        t = triage_head.note_threshold(crisis, y, hard, share)
        real = float((crisis[others] > t).mean())
        recall = float((crisis[y == "crisis"] > t).mean())
        hard_over = int((crisis[hard] > t).sum())
        search = int((scores > t).sum())
        mark = "  <- NOTE_ALLOW" if share == triage_head.NOTE_ALLOW else ""
        print(
            f"  allow {share:.3f}  threshold {t:.4f}  others passing {real:.4f}  "
            f"crisis recall {recall:.3f}  rules-only {hard_over:>2}/{int(hard.sum())}  "
            f"search {search:>3}/{everyday} {search / everyday:.4f}{mark}"
        )
    if args.write:
        note = triage_head.note_threshold(crisis, y, hard)
        stored["head_note"] = np.array([note], dtype=np.float32)
        np.savez_compressed(triage.SHIPPED_VECTORS, **stored)
        print(
            f"wrote head_note {note:.4f} (NOTE_ALLOW {triage_head.NOTE_ALLOW}) to "
            f"{triage.SHIPPED_VECTORS.relative_to(ROOT)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
