"""The linear head of triage's embedding stage (bot.library.triage_head), on the real prototype
vectors shipped in bot/library/triage_prototypes.npz: what the bot loads, and the math that fits it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.library import triage, triage_head


@pytest.fixture(scope="module")
def shipped():
    texts = triage.load_texts()
    labels = [label for label in (*triage.KINDS, "other") for _ in texts[label]]
    vectors = triage.read_shipped(texts, len(labels))
    head = triage.read_head(texts)
    assert vectors is not None and head is not None, "run bench/make_triage_prototypes.py"
    vectors = vectors.astype(np.float16).astype(np.float32)
    with np.load(triage.SHIPPED_VECTORS, allow_pickle=False) as data:
        extra = {name: data[name] for name in ("parts", "hard_texts", "hard_vectors", "hard_parts")}
    return texts, labels, vectors, head, extra


def test_the_shipped_head_is_the_one_for_the_shipped_texts(shipped) -> None:
    texts, labels, _, head, extra = shipped
    assert head.weights.shape == (2, 384) and head.bias.shape == (2,)
    assert np.isfinite(head.weights).all()
    assert (head.lenient < head.strict).all()  # general questions need the higher threshold
    assert (head.knn_zero < head.knn_one).all() and (head.lin_zero < head.lin_one).all()
    assert len(extra["parts"]) == len(labels)
    # the rules-only everyday near-copies are its hard negatives, never prototypes
    assert len(extra["hard_texts"]) >= 50
    assert not set(extra["hard_texts"]) & set(texts["emergency"] + texts["crisis"])
    assert len(extra["hard_vectors"]) == len(extra["hard_texts"]) == len(extra["hard_parts"])


def test_the_bot_loads_the_blend_without_leave_one_out(shipped) -> None:
    _, labels, vectors, head, _ = shipped
    built = triage.Prototypes(vectors, labels, head=head)
    assert built.thresholds == {
        kind: pytest.approx(float(head.lenient[n])) for n, kind in enumerate(triage.KINDS)
    }
    assert built.strict == {
        kind: pytest.approx(float(head.strict[n])) for n, kind in enumerate(triage.KINDS)
    }


def test_the_blend_keeps_other_prototypes_out_and_lets_most_of_each_kind_through(shipped) -> None:
    """Each prototype scored against all the others (itself left out): the head's thresholds,
    chosen on folds of whole labelled parts (stricter than leaving one text out), let at most
    ALLOW of the other prototypes through and none through the strict ones, and most of the
    prototypes of the kind."""
    _, labels, vectors, head, _ = shipped
    built = triage.Prototypes(vectors, labels, head=head)
    sim = vectors @ vectors.T
    np.fill_diagonal(sim, -2.0)
    scores = built.stage_scores(sim, vectors)
    for kind in triage.KINDS:
        mask = built.masks[kind]
        others = scores[kind][~mask]
        assert (others > built.thresholds[kind]).mean() <= triage_head.ALLOW[kind], kind
        assert (others > built.strict[kind]).sum() <= 2, kind
        assert (scores[kind][mask] > built.thresholds[kind]).mean() > 0.85, kind


def test_a_verdict_is_the_blend_of_the_two_scores(shipped) -> None:
    """One message's verdict from ``Prototypes.verdict`` equals the blend worked out by hand from
    the shipped arrays: ALPHA x the rescaled nearest-prototype score + the rest x the rescaled
    logit."""
    _, labels, vectors, head, extra = shipped
    built = triage.Prototypes(vectors, labels, head=head)
    for vector in (
        vectors[3],
        vectors[len(vectors) // 2],
        extra["hard_vectors"][0].astype(np.float32),
    ):
        sim = (vectors @ vector).reshape(1, -1)
        knn = built.scores(sim)
        got = built.stage_scores(sim, vector)
        verdict = built.verdict(vector)
        for n, kind in enumerate(triage.KINDS):
            logit = float(head.weights[n] @ vector + head.bias[n])
            a = (float(knn[kind][0]) - head.knn_zero[n]) / (head.knn_one[n] - head.knn_zero[n])
            b = (logit - head.lin_zero[n]) / (head.lin_one[n] - head.lin_zero[n])
            by_hand = triage_head.ALPHA * a + (1 - triage_head.ALPHA) * b
            assert float(got[kind][0]) == pytest.approx(by_hand, abs=1e-4)
        passed = [k for k in triage.KINDS if got[k][0] > built.thresholds[k]]
        assert verdict.kind == (passed[0] if passed else "")


def test_newtons_method_finds_the_regularised_optimum(shipped) -> None:
    """fit_binary on real vectors (every 8th prototype, emergency against the rest): the gradient
    of the weighted, L2-regularised log loss is zero at its answer, and the logit ranks the
    training messages well."""
    _, labels, vectors, _, _ = shipped
    x = vectors[::8].astype(np.float64)
    t = (np.array(labels)[::8] == "emergency").astype(np.float64)
    z = (x - x.mean(axis=0)) / (x.std(axis=0) + 1e-6)
    sw = np.where(t == 1, 0.5 / t.sum(), 0.5 / (1 - t).sum()) * len(t)
    w = triage_head.fit_binary(z, t, sw, triage_head.LAMBDA)
    za = np.hstack([z, np.ones((len(z), 1))])
    p = 1 / (1 + np.exp(-(za @ w)))
    reg = np.full(len(w), triage_head.LAMBDA)
    reg[-1] = 0
    grad = za.T @ (sw / sw.mean() * (p - t)) / len(t) + reg * w
    assert np.abs(grad).max() < 1e-6
    logit = za @ w
    pos, neg = logit[t == 1], logit[t == 0]
    auc = (pos[:, None] > neg[None, :]).mean()
    assert auc > 0.95


def test_fit_linear_folds_the_standardisation_into_the_weights(shipped) -> None:
    _, labels, vectors, _, _ = shipped
    x = vectors[::10]
    y = np.array(labels)[::10]
    hard = np.zeros(len(x), bool)
    w, b = triage_head.fit_linear(x, y, hard)
    mu, sd = x.mean(axis=0), x.std(axis=0) + 1e-6
    t = (y == "crisis").astype(np.float64)
    sw = np.where(t == 1, 0.5 / t.sum(), 0.5 / (1 - t).sum()) * len(t)
    raw = triage_head.fit_binary((x - mu) / sd, t, sw, triage_head.LAMBDA)
    standardised = ((x - mu) / sd) @ raw[:-1] + raw[-1]
    assert np.allclose(x @ w[1] + b[1], standardised, atol=1e-3)


def test_folds_keep_each_labelled_part_whole(shipped) -> None:
    _, _, _, _, extra = shipped
    parts = [str(p) for p in extra["parts"]]
    folds = triage_head.group_folds(parts)
    assert set(folds) == set(range(triage_head.FOLDS))
    for part in set(parts):
        assert len({int(f) for f, p in zip(folds, parts, strict=True) if p == part}) == 1


def test_a_stale_or_missing_head_is_not_used(tmp_path: Path) -> None:
    texts = {"emergency": ["he is not breathing"], "crisis": ["i want to die"], "other": ["hi"]}
    vectors = np.eye(3, 384, dtype=np.float32)
    path = tmp_path / "vectors.npz"
    triage.write_shipped(texts, vectors, path)  # a file written before there was a head
    assert triage.read_head(texts, path) is None
    head = triage.read_head(triage.load_texts())
    triage.write_shipped(texts, vectors, path, head=head)
    assert triage.read_head(texts, path) is not None
    assert triage.read_head({**texts, "other": ["hello"]}, path) is None  # other texts
    path.write_bytes(b"PK\x03\x04 not really a zip")
    assert triage.read_head(texts, path) is None


def test_another_embedder_gets_no_head(tmp_path: Path) -> None:
    """The shipped weights belong to the model's vectors: prototypes embedded by anything else
    (the static query embedding, here a stand-in) are judged by the nearest-prototype stage."""
    texts = {
        "emergency": ["he is not breathing", "she turned blue"],
        "crisis": ["i want to die"],
        "other": ["what is naloxone", "hello"],
    }
    built = triage.Prototypes.build(
        None, texts=texts, embed=lambda batch: np.eye(len(batch), 384, dtype=np.float32)
    )
    assert built.head is None


def test_one_query_is_scored_from_each_labels_slice_as_from_the_masks(shipped) -> None:
    """``Prototypes.scores`` for one query reads each label's contiguous rows (a slice): the same
    nearest-prototype scores as the masks over every row give, for prototypes and other vectors."""
    _, labels, vectors, head, extra = shipped
    built = triage.Prototypes(vectors, labels, head=head)
    queries = np.vstack([vectors[::97], extra["hard_vectors"][:5].astype(np.float32)])
    for query in queries:
        sim = (vectors @ query).reshape(1, -1)
        fast = built.scores(sim)
        for kind, mask in built.masks.items():
            k = built.k[kind]
            slow = triage._top_mean(sim, mask, k) - triage._top_mean(sim, ~mask, k)
            assert float(fast[kind][0]) == pytest.approx(float(slow[0]), abs=1e-5)
    # rows not grouped by label: the masks decide
    shuffled = triage.Prototypes(vectors[::-1][:300], labels[::-1][:300], k=triage.K)
    assert shuffled._blocks() is not None  # still contiguous (reversed blocks)
    mixed = [labels[0], labels[-1]] * 50
    interleaved = triage.Prototypes(np.vstack([vectors[0], vectors[-1]] * 50), mixed)
    assert interleaved._blocks() is None
