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


@pytest.fixture(scope="module")
def left_out(shipped):
    """The shipped prototypes built with the shipped head, and each prototype's stage scores
    against all the others (itself left out), read-only, for the tests that check the thresholds
    on them: the head's blend of the nearest-prototype scores that ``Prototypes`` without a head
    chooses its own thresholds from (``_left_out_scores``: the prototypes' similarity matrix,
    a block of rows at a time, its diagonal left out, through ``scores``), which is ``stage_scores`` of that matrix. Those
    scores are kept per test process for the same vectors, labels and k (tests/shared_loads.py),
    and ``make test`` runs this file on the worker of tests/library/test_triage_embed.py, which
    scores the same prototypes (SHARED_WORKER in tests/conftest.py): ~3.5 s of CPU once, not twice."""
    _, labels, vectors, head, _ = shipped
    built = triage.Prototypes(vectors, labels, head=head)
    scores = head.blend(triage.Prototypes(vectors, labels)._left_out_scores(), vectors)
    for array in scores.values():
        array.setflags(write=False)
    return built, scores


def test_the_shipped_head_is_the_one_for_the_shipped_texts(shipped) -> None:
    texts, labels, _, head, extra = shipped
    # an ensemble's networks side by side (a file from before the ensemble: one)
    hidden = head.hidden_w.shape[1]
    assert head.hidden_w.shape == (384, hidden) and head.out_w.shape == (hidden, 2)
    assert hidden % triage_head.HIDDEN == 0
    assert all(np.isfinite(part).all() for part in head.network())
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


def test_the_blend_keeps_other_prototypes_out_and_lets_most_of_each_kind_through(
    left_out,
) -> None:
    """Each prototype scored against all the others (itself left out): the head's thresholds,
    chosen on folds of whole labelled parts (stricter than leaving one text out), let at most
    ALLOW of the other prototypes through and none through the strict ones, and most of the
    prototypes of the kind."""
    built, scores = left_out
    for kind in triage.KINDS:
        mask = built.masks[kind]
        others = scores[kind][~mask]
        assert (others > built.thresholds[kind]).mean() <= triage_head.ALLOW[kind], kind
        assert (others > built.strict[kind]).sum() <= 2, kind
        assert (scores[kind][mask] > built.thresholds[kind]).mean() > 0.85, kind


def test_a_verdict_is_the_blend_of_the_two_scores(shipped) -> None:
    """One message's verdict from ``Prototypes.verdict`` equals the blend worked out by hand from
    the shipped arrays: ALPHA x the rescaled nearest-prototype score + the rest x the rescaled
    logit of the network (one hidden ReLU layer)."""
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
        hidden = np.maximum(vector @ head.hidden_w + head.hidden_b, 0.0)
        for n, kind in enumerate(triage.KINDS):
            logit = float(hidden @ head.out_w[:, n] + head.out_b[n])
            a = (float(knn[kind][0]) - head.knn_zero[n]) / (head.knn_one[n] - head.knn_zero[n])
            b = (logit - head.lin_zero[n]) / (head.lin_one[n] - head.lin_zero[n])
            by_hand = triage_head.ALPHA * a + (1 - triage_head.ALPHA) * b
            assert float(got[kind][0]) == pytest.approx(by_hand, abs=1e-4)
        passed = [k for k in triage.KINDS if got[k][0] > built.thresholds[k]]
        assert verdict.kind == (passed[0] if passed else "")


def test_the_gradients_are_the_slopes_of_the_loss(shipped) -> None:
    """The network's analytic gradients (what Adam follows) against central differences of its
    weighted, decayed loss, on real vectors (every 50th prototype, a small hidden layer)."""
    _, labels, vectors, _, _ = shipped
    rng = np.random.default_rng(0)
    z = vectors[::50].astype(np.float64)
    z = (z - z.mean(axis=0)) / (z.std(axis=0) + 1e-6)
    y = np.array(labels)[::50]
    t = np.stack([(y == kind).astype(np.float64) for kind in triage.KINDS], axis=1)
    sw = rng.uniform(0.5, 2.0, size=t.shape)
    params = [
        rng.normal(size=(384, 8)) * 0.1,
        rng.normal(size=8) * 0.1,
        rng.normal(size=(8, 2)) * 0.3,
        rng.normal(size=2) * 0.1,
    ]
    _, grads = triage_head._loss_and_grads(params, z, t, sw, 0.01)
    eps = 1e-6
    for which, index in ((0, (5, 3)), (0, (200, 7)), (1, (2,)), (2, (4, 1)), (3, (0,))):
        up = [q.copy() for q in params]
        down = [q.copy() for q in params]
        up[which][index] += eps
        down[which][index] -= eps
        slope = (
            triage_head._loss_and_grads(up, z, t, sw, 0.01)[0]
            - triage_head._loss_and_grads(down, z, t, sw, 0.01)[0]
        ) / (2 * eps)
        assert slope == pytest.approx(grads[which][index], rel=1e-3, abs=1e-7), (which, index)


def test_the_network_learns_the_kinds_and_always_the_same_way(shipped) -> None:
    """fit_network on real vectors (every 6th prototype, 12 passes): the same weights twice (a
    fixed seed), and its logits on the raw vectors (the standardisation is folded into the first
    layer) rank each kind's training messages above the others."""
    _, labels, vectors, _, _ = shipped
    x = vectors[::6]
    y = np.array(labels)[::6]
    hard = np.zeros(len(x), bool)
    net = triage_head.fit_network(x, y, hard, hidden=32, epochs=12)
    again = triage_head.fit_network(x, y, hard, hidden=32, epochs=12)
    assert all(np.array_equal(a, b) for a, b in zip(net, again, strict=True))
    assert net[0].shape == (384, 32)
    out = triage_head.logits(net, x)
    for n, kind in enumerate(triage.KINDS):
        pos, neg = out[y == kind, n], out[y != kind, n]
        assert (pos[:, None] > neg[None, :]).mean() > 0.95, kind


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


def test_the_crisis_note_sits_between_nothing_and_the_full_reply(shipped, left_out) -> None:
    """The softer crisis tier: the shipped note threshold is below the full reply's; each
    prototype scored against all the others, at most NOTE_ALLOW of the other prototypes reach
    it, more crisis prototypes than reach the full reply; a vector between the two gets a
    verdict that is not urgent but ``maybe_crisis``; a file without the note's threshold, no note."""
    import dataclasses

    _, labels, vectors, head, _ = shipped
    assert head.note is not None and float(head.note[0]) < float(head.lenient[1])
    built, all_scores = left_out
    scores = all_scores["crisis"]
    mask = built.masks["crisis"]
    assert (scores[~mask] > built.note).mean() <= triage_head.NOTE_ALLOW
    assert (scores[mask] > built.note).sum() > (scores[mask] > built.thresholds["crisis"]).sum()
    # the first prototype, in order, scored as ``verdict`` scores a vector (against every
    # prototype, itself included) that lands between: rows are scored independently, so a block
    # at a time finds the same first one without scoring all 4,700 once one is found
    between: list[int] = []
    for start in range(0, len(vectors), 256):
        rows = vectors[start : start + 256]
        own = built.stage_scores(rows @ vectors.T, rows)
        found = np.flatnonzero(
            (own["crisis"] > built.note)
            & (own["crisis"] < built.thresholds["crisis"])
            & (own["emergency"] < built.thresholds["emergency"])
        )
        if len(found):
            between = [start + int(found[0])]
            break
    assert len(between) > 0
    verdict = built.verdict(vectors[between[0]])
    assert verdict.maybe_crisis and not verdict.urgent and verdict.kind == triage.Urgency.NONE
    older = triage.Prototypes(vectors, labels, head=dataclasses.replace(head, note=None))
    assert older.note is None and not older.verdict(vectors[between[0]]).maybe_crisis


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("i dont want to be here anymore", True),
        ("I'm so tired of everything, nobody would notice", True),
        ("хочу исчезнуть навсегда", True),
        ("мені все набридло", True),
        ("estoy harta de todo, nadie me extrañaria", True),
        ("can i mix mdma and alcohol", False),  # names a drug: the usual thresholds
        ("my friend took heroin and is not waking", False),  # a person and a drug
        ("what time does the pharmacy open", False),  # nobody speaks of themself
        ("que horario tiene la farmacia", False),
    ],
)
def test_the_first_person_cue(text: str, cue: bool) -> None:
    assert triage._cue(text) is cue


def test_the_first_person_tier_gives_the_full_crisis_reply_between_its_threshold_and_the_full_one(
    shipped,
) -> None:
    """The first-person crisis tier: its shipped threshold lies below the strict crisis one; a
    vector whose crisis score lies between the tier's threshold and the lenient and strict ones
    gets the full crisis reply when the message has the cue (strict gate or not) and only what it
    had without (the note, or nothing); a file without the tier's threshold, no tier."""
    import dataclasses

    _, labels, vectors, head, _ = shipped
    assert head.cue is not None and float(head.cue[0]) < float(head.strict[1])
    built = triage.Prototypes(vectors, labels, head=head)
    assert built.cue == pytest.approx(float(head.cue[0]))
    # a prototype finds itself, so a point on the way from a crisis prototype to an everyday one
    # (normalised, as a query vector is) is what lands between the thresholds
    labels_ = np.array(labels)
    crisis_rows = np.flatnonzero(labels_ == "crisis")[::50]
    other_rows = np.flatnonzero(labels_ == "other")[::50]
    found = None
    for c, o in zip(crisis_rows, other_rows, strict=False):
        share = np.linspace(0.0, 1.0, 41)[:, None]
        rows = share * vectors[c] + (1 - share) * vectors[o]
        rows = (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)
        own = built.stage_scores(rows @ vectors.T, rows)
        hits = np.flatnonzero(
            (own["crisis"] > built.cue)
            & (own["crisis"] < min(built.thresholds["crisis"], built.strict["crisis"]))
            & (own["emergency"] < built.thresholds["emergency"])
        )
        if len(hits):
            found = rows[int(hits[0])]
            break
    assert found is not None
    for strict in (False, True):
        assert built.verdict(found, strict=strict, cue=True).crisis
        plain = built.verdict(found, strict=strict)
        assert not plain.urgent
    older = triage.Prototypes(vectors, labels, head=dataclasses.replace(head, cue=None))
    assert older.cue is None and not older.verdict(found, cue=True).urgent
