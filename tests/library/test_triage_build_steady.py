"""The triage embedding stage's build is steady (issue 9, session 19): the same data gives the same
files byte for byte, whatever the hash seed, and new labelled parts leave the old ones where they
were. Small builds on a slice of the shipped vectors (bot/library/triage_prototypes.npz)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.library import triage, triage_head

ROOT = Path(__file__).resolve().parents[2]

# A small build: every 25th prototype and every 5th rules-only negative, their parts, a head fitted
# on them (the same code as bench/make_triage_prototypes.py) and the file written.
SMALL_BUILD = """
import sys
import numpy as np
from bot.library import triage, triage_head
texts = triage.load_texts()
labels = [label for label in (*triage.KINDS, "other") for _ in texts[label]]
with np.load(triage.SHIPPED_VECTORS, allow_pickle=False) as data:
    vectors = data["vectors"].astype(np.float32)[::25]
    parts = [str(p) for p in data["parts"][::25]]
    hard = data["hard_vectors"].astype(np.float32)[::5]
    hard_parts = [str(p) for p in data["hard_parts"][::5]]
labels = np.array(labels)[::25]
small = {kind: [f"{kind} {n}" for n in range(int((labels == kind).sum()))] for kind in ("emergency", "crisis", "other")}
seeds = None if sys.argv[2] == "default" else tuple(int(s) for s in sys.argv[2].split(","))
head, _ = triage_head.fit(vectors, labels, hard, parts, hard_parts, triage.K, seeds=seeds)
triage.write_shipped(small, vectors, path=__import__("pathlib").Path(sys.argv[1]), head=head,
                     parts=np.array(parts), hard_vectors=hard.astype(np.float16))
"""


def small_build(path: Path, hash_seed: str, seeds: str = "default") -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-c", SMALL_BUILD, str(path), seeds],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=600,
    )
    return path.read_bytes()


@pytest.mark.skipif(not triage.SHIPPED_VECTORS.exists(), reason="no shipped vectors")
@pytest.mark.parametrize(("seeds", "members"), [("default", len(triage_head.SEEDS)), ("1,2", 2)])
def test_a_small_build_twice_gives_the_same_file(tmp_path: Path, seeds: str, members: int) -> None:
    """Two builds of the same data, in two processes with different hash seeds (no set or dict
    order may leak into the file): the same bytes (numpy stamps an npz's members with the time).
    The default head and a two-member ensemble."""
    first = small_build(tmp_path / "a.npz", "1", seeds)
    second = small_build(tmp_path / "b.npz", "2", seeds)
    assert first == second
    with np.load(tmp_path / "a.npz", allow_pickle=False) as data:
        assert data["head_hidden_w"].shape == (384, triage_head.HIDDEN * members)


def test_the_same_arrays_are_written_as_the_same_bytes(tmp_path: Path) -> None:
    texts = {"emergency": ["he is not breathing"], "crisis": ["i want to die"], "other": ["hi"]}
    vectors = np.eye(3, 384, dtype=np.float32)
    triage.write_shipped(texts, vectors, tmp_path / "a.npz", parts=np.array(["x", "y", "z"]))
    os.utime(tmp_path / "a.npz", (0, 0))
    triage.write_shipped(texts, vectors, tmp_path / "b.npz", parts=np.array(["x", "y", "z"]))
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    with np.load(tmp_path / "b.npz", allow_pickle=False) as data:
        assert str(data["key"]) == triage.shipped_key(texts)
        assert np.array_equal(data["vectors"], vectors.astype(np.float16))
        assert list(data["parts"]) == ["x", "y", "z"]
    assert not list(tmp_path.glob("*.tmp"))  # written beside, then moved over


def test_a_new_part_moves_no_old_part_to_another_fold() -> None:
    """A part's fold depends on its own name (and the seed): adding parts, in any order, leaves
    every old part in its fold, so a rebuild with more data does not reshuffle the out-of-fold
    scores the thresholds come from."""
    old = [f"tune{n}" for n in range(2, 40)] + ["tune"] * 3 + ["blind2-tune"]
    new = [*old, "tune45", "blind17-tune", "tune46"]
    for seed in (1, 2, 3):
        before = triage_head.group_folds(old, seed=seed)
        after = triage_head.group_folds(list(reversed(new)), seed=seed)[::-1]
        assert np.array_equal(before, after[: len(old)])
        assert len({int(f) for f, p in zip(before, old, strict=True) if p == "tune"}) == 1
    # other seeds, other folds: the ensemble's members do not share one split
    assert not np.array_equal(
        triage_head.group_folds(old, seed=1), triage_head.group_folds(old, seed=2)
    )


def test_the_combined_network_scores_the_mean_of_its_members() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 384)).astype(np.float32)
    labels = np.array(["emergency"] * 10 + ["crisis"] * 10 + ["other"] * 20)
    hard = np.zeros(len(x), bool)
    nets = [triage_head.fit_network(x, labels, hard, hidden=8, epochs=2, seed=s) for s in (1, 2, 3)]
    mean = np.mean([triage_head.logits(n, x) for n in nets], axis=0)
    combined = triage_head.combine_networks(nets)
    assert combined[0].shape == (384, 24)
    assert np.allclose(triage_head.logits(combined, x), mean, atol=1e-5)
    assert np.allclose(triage_head.logits(combined, x[:1]), mean[:1], atol=1e-5)  # one message
