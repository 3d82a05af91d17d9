"""Second looks for triage's embedding stage: a long message's tail, and Latin-typed ru/uk in Cyrillic.

``python bench/triage_window_designs.py [--seeds 1] [--stories 600]``

The embedding stage scores one vector per message (``embed.query_text``: its first 400
characters). Two designs add a second vector for some messages and take, per kind, the larger
blended score of the two (``triage_head``'s blend: the kNN and network scores, each rescaled as
shipped):

- ``tail``: for a message over ``N`` words, its tail (the last sentences that together reach
  ``W`` words, or its last ``W`` words when it has no sentence end) -- the danger often comes at
  the end of a long story, which one whole-message vector dilutes (or cuts: 400 characters);
- ``cyr``: a message in Latin letters that reads as Russian or Ukrainian
  (``emergency_text.cyrillic_readings``: two transliteration markers or more), read in Cyrillic.

Everything is grouped out of fold, as ``triage_head.member`` (folds of whole labelled parts by
a hash of the part's name and the seed; a part's messages, often translations of one another,
never straddle training and testing). For each fold the network is fitted on the other folds
and the kNN looks only at their prototypes; the fold's rows are scored whole and, for each
design, by their second vector. Thresholds are then chosen on the SAME scoring (the max over the
vectors a design gives), at the shipped shares of the other prototypes (``triage_head.ALLOW``;
strict: none), so the false rates are what the design really lets through.

Two sets are scored:

- the tuned rows (prototypes and rules-only negatives, what the shipped head is fitted on); they
  are short (emergency p90 19 words; 61 emergencies, 30 crisis messages, 7 everyday ones over 30
  words), so the tail design barely touches them;
- made-up long stories, each from ONE labelled part and language (so held out in every fold with
  it): two or three everyday messages of the part run together as the story, then (``+emergency``,
  ``+crisis``) one of the part's emergencies or crisis messages at the end, or (``story``) nothing,
  or (``story+near``) one of its rules-only near-copies (everyday words close to crisis wording).
  These are not strangers' messages: they stand in for a kind the tuned rows lack.

Verdicts follow the bot (``triage.Prototypes.verdict``, ``triage._decide``): the rules first
(``is_emergency``, ``is_crisis``), then the stage with its gates (``triage._question``: the strict
threshold; ``told_not_now``: no card; the first-person crisis tier with ``triage._cue`` or
``own_means``, its threshold ``CUE_ALLOW`` of the other rows with the cue). The everyday filters of
``triage._decide`` (a film request, a game ...) are left out here (they only take crisis replies
away). Aggregates only; the aside sides are not read (``bench/triage_asides.py`` prints theirs).

What it showed (session 24, one seed, 500 stories a kind: ``bench/results/triage-window-designs.txt``):
the thresholds do not move (the tuned rows are short: the long everyday ones are too few to shift
them), so every design's false rates on the tuned rows stay the shipped ones (cards 0.0150, crisis
0.0040; "cyr" even two false cards fewer, 36 against 38 with the rules first). ``tail N=30 W=12``
lifts the stage's crisis recall on the 30 long crisis prototypes from 0.459 to 0.754 and the
made-up stories' emergency-at-the-end 281 -> 293 of 500 and crisis-at-the-end 445 -> 456, for one
more crisis reply on the 500 stories ending in a rules-only near-copy (4 -> 5) and none on the
plain everyday stories (4, 17 cards both); ``N=20`` catches more (299, 456) but gives 2 and 3 more
false crisis replies there. ``cyr`` is a small, clean gain (stage emergency 0.945 -> 0.946,
crisis 0.859 -> 0.865). Not yet in the bot: it needs the head's thresholds fitted on the same
max-scoring at build time (``triage_head.member`` scoring the second vectors with each fold's
models), a second model run for long messages, and the aside sums measured after a rebuild.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import make_triage_prototypes

from bot.library import embed, triage, triage_head
from bot.library.crisis import is_crisis
from bot.library.emergency_text import cyrillic_readings, fold, is_emergency, told_not_now

KINDS = triage_head.KINDS
CACHE = Path("/tmp/head-window-vectors.npz")
_SENTENCE_END = re.compile(r"(?<=[.!?…;])\s+|\n+")


def tail(text: str, words: int) -> str:
    """The last sentences of ``text`` that together reach ``words`` words (its last ``words``
    words when the last sentence alone is longer, or when it has no sentence end)."""
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    out: list[str] = []
    count = 0
    for sentence in reversed(sentences):
        n = len(sentence.split())
        if count and count + n > 2 * words:
            break
        out.insert(0, sentence)
        count += n
        if count >= words:
            break
    chosen = " ".join(out)
    split = chosen.split()
    return " ".join(split[-2 * words :]) if len(split) > 2 * words else chosen


def cyrillic(text: str) -> str | None:
    readings = cyrillic_readings(fold(text))
    return readings[0] if readings else None


# -- vectors ----------------------------------------------------------------------------------


class Vectors:
    """Query vectors as the bot's model computes them (``embed.query_text`` first), kept in
    ``CACHE`` between runs (never committed)."""

    def __init__(self) -> None:
        self.known: dict[str, np.ndarray] = {}
        if CACHE.exists():
            with np.load(CACHE, allow_pickle=False) as stored:
                self.known = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
        self.added = 0

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(f"{embed.MODEL_ID}\n{embed.query_text(text)}".encode()).hexdigest()[
            :24
        ]

    def __call__(self, texts: list[str]) -> np.ndarray:
        keys = [self.key(t) for t in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self.known))
        by_key = {self.key(t): embed.query_text(t) for t in texts}
        model = embed.model()
        for i in range(0, len(missing), 16):
            batch = missing[i : i + 16]
            made = np.asarray(model.query([by_key[k] for k in batch]), dtype=np.float32)
            self.known.update(zip(batch, made.reshape(len(batch), -1), strict=True))
            self.added += len(batch)
        if missing:
            np.savez(
                CACHE,
                keys=np.array(list(self.known)),
                vectors=np.vstack(list(self.known.values())).astype(np.float16),
            )
        return (
            np.vstack([self.known[k] for k in keys]).astype(np.float16).astype(np.float32)
            if keys
            else np.zeros((0, 384), np.float32)
        )


# -- the rows ---------------------------------------------------------------------------------


def tuned_rows() -> dict:
    """The shipped head's rows: prototypes then rules-only negatives, with labels, parts,
    languages and vectors as shipped."""
    with np.load(triage.SHIPPED_VECTORS, allow_pickle=False) as data:
        vectors = data["vectors"].astype(np.float32)
        hard_vectors = data["hard_vectors"].astype(np.float32)
        parts = [str(p) for p in data["parts"]] + [str(p) for p in data["hard_parts"]]
        hard_texts = [str(t) for t in data["hard_texts"]]
    texts = triage.load_texts()
    flat = [(label, t) for label in (*KINDS, "other") for t in texts[label]]
    items = make_triage_prototypes.tuned_items()
    lang_of = {(i["label"], i["text"], i["rules_only"]): i["lang"] for i in reversed(items)}
    langs = [lang_of[(label, t, False)] for label, t in flat] + [
        lang_of[("other", t, True)] for t in hard_texts
    ]
    return {
        "texts": [t for _, t in flat] + hard_texts,
        "y": np.array([label for label, _ in flat] + ["other"] * len(hard_texts)),
        "hard": np.array([False] * len(flat) + [True] * len(hard_texts)),
        "parts": parts,
        "langs": langs,
        "x": np.vstack([vectors, hard_vectors]),
    }


def stories(rows: dict, per_kind: int, seed: int = 7) -> dict:
    """Made-up long stories, each from one part and language (see the module's docstring)."""
    rng = np.random.default_rng(seed)
    groups: dict[tuple[str, str], dict[str, list[int]]] = {}
    for n, (part, lang, label, hard) in enumerate(
        zip(rows["parts"], rows["langs"], rows["y"], rows["hard"], strict=True)
    ):
        slot = "near" if hard else str(label)
        groups.setdefault((part, lang), {}).setdefault(slot, []).append(n)
    keys = sorted(groups)
    texts, labels, parts, kinds = [], [], [], []

    def sentence(t: str) -> str:
        t = t.strip()
        return t if t[-1:] in ".!?…" else t + "."

    for kind, end in (
        ("+emergency", "emergency"),
        ("+crisis", "crisis"),
        ("story", ""),
        ("story+near", "near"),
    ):
        made = 0
        for _ in range(per_kind * 20):
            if made >= per_kind:
                break
            part, lang = keys[rng.integers(len(keys))]
            g = groups[(part, lang)]
            everyday = [n for n in g.get("other", []) if len(rows["texts"][n].split()) >= 6]
            if len(everyday) < 3 or (end and not g.get(end)):
                continue
            size = int(rng.integers(2, 4))
            story = [rows["texts"][n] for n in rng.choice(everyday, size, replace=False)]
            if end:
                story.append(rows["texts"][int(rng.choice(g[end]))])
            texts.append(" ".join(sentence(s) for s in story))
            labels.append(end if end in ("emergency", "crisis") else "other")
            parts.append(part)
            kinds.append(kind)
            made += 1
    return {"texts": texts, "y": np.array(labels), "parts": parts, "kinds": np.array(kinds)}


# -- designs ----------------------------------------------------------------------------------


def designs() -> dict[str, Callable[[str], str | None]]:
    """Each design: text -> its second text, or None (the whole message alone)."""
    out: dict[str, Callable[[str], str | None]] = {"shipped (whole message)": lambda t: None}
    for n in (20, 30, 40):
        for w in (12, 20):
            out[f"tail N={n} W={w}"] = lambda t, n=n, w=w: (
                tail(t, w) if len(t.split()) > n else None
            )
    out["cyr (translit read in Cyrillic)"] = cyrillic
    out["tail N=30 W=12 + cyr"] = lambda t: tail(t, 12) if len(t.split()) > 30 else cyrillic(t)
    return out


# -- grouped out-of-fold scoring ----------------------------------------------------------------


def fold_scores(
    rows: dict, extra: list[tuple[np.ndarray, list[str]]], seeds: tuple[int, ...]
) -> list[tuple[dict[str, np.ndarray], np.ndarray]]:
    """For the tuned rows (first) and each ``extra`` (vectors, parts): each row's grouped
    out-of-fold kNN score per kind and network logits, the mean over ``seeds``."""
    x, y, hard = rows["x"], rows["y"], rows["hard"]
    sets = [(x, rows["parts"]), *extra]
    totals = [
        ({kind: np.zeros(len(v)) for kind in KINDS}, np.zeros((len(v), len(KINDS))))
        for v, _ in sets
    ]
    started = time.perf_counter()
    for seed in seeds:
        names = sorted(set(rows["parts"]) | {p for _, ps in extra for p in ps})
        fold_of = dict(zip(names, triage_head.group_folds(names, seed=seed).tolist(), strict=True))
        folds = [np.array([fold_of[p] for p in ps]) for _, ps in sets]
        for f in range(triage_head.FOLDS):
            test = folds[0] == f
            train = ~test & ~hard
            net = triage_head.fit_network(x[~test], y[~test], hard[~test], seed=seed)
            for (v, _), fs, (knn, lin) in zip(sets, folds, totals, strict=True):
                here = fs == f
                if not here.any():
                    continue
                for kind, s in triage_head.knn_scores(
                    v[here] @ x[train].T, y[train], triage.K
                ).items():
                    knn[kind][here] += s / len(seeds)
                lin[here] += triage_head.logits(net, v[here]) / len(seeds)
            print(f"  seed {seed} fold {f} at {time.perf_counter() - started:.0f} s", flush=True)
    return totals


def rescaling(knn: dict, lin: np.ndarray, y: np.ndarray, hard: np.ndarray):
    zero, one = {}, {}
    for n, kind in enumerate(KINDS):
        others = (y != kind) & ~hard
        zero[("knn", kind)] = float(np.median(knn[kind][others]))
        one[("knn", kind)] = triage_head.passing(knn[kind][others], triage_head.NORM_ALLOW[kind])
        zero[("lin", kind)] = float(np.median(lin[others, n]))
        one[("lin", kind)] = triage_head.passing(lin[others, n], triage_head.NORM_ALLOW[kind])

    def blend(k: dict, li: np.ndarray) -> dict[str, np.ndarray]:
        out = {}
        for n, kind in enumerate(KINDS):
            a = (k[kind] - zero[("knn", kind)]) / (one[("knn", kind)] - zero[("knn", kind)])
            b = (li[:, n] - zero[("lin", kind)]) / (one[("lin", kind)] - zero[("lin", kind)])
            out[kind] = triage_head.ALPHA * a + (1 - triage_head.ALPHA) * b
        return out

    return blend


def gates(texts: list[str]) -> dict[str, np.ndarray]:
    """The bot's per-message facts: the rules' verdict and the stage's gates."""
    rules, question, not_now, cue = [], [], [], []
    for t in texts:
        rules.append("emergency" if is_emergency(t) else "crisis" if is_crisis(t) else "")
        question.append(triage._question(t))
        not_now.append(told_not_now(t))
        cue.append(triage._cue(t) or triage.own_means(t))
    return {
        "rules": np.array(rules, dtype=object),
        "question": np.array(question),
        "not_now": np.array(not_now),
        "cue": np.array(cue),
    }


def decide(score: dict, thr: dict, g: dict) -> np.ndarray:
    """The bot's verdict per row: rules first, then the stage (see the module's docstring)."""
    out = np.array([""] * len(g["rules"]), dtype=object)
    crisis = (score["crisis"] > np.where(g["question"], thr["strict crisis"], thr["crisis"])) | (
        g["cue"] & (score["crisis"] > thr["cue"])
    )
    out[crisis] = "crisis"
    card = (
        score["emergency"] > np.where(g["question"], thr["strict emergency"], thr["emergency"])
    ) & ~g["not_now"]
    out[card] = "emergency"
    ruled = g["rules"] != ""
    out[ruled] = g["rules"][ruled]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", default="1", help="the ensemble's seeds (shipped: 1,2,3)")
    parser.add_argument("--stories", type=int, default=600, help="made-up stories per kind")
    args = parser.parse_args(argv)
    seeds = tuple(int(s) for s in args.seeds.split(","))
    started = time.perf_counter()
    rows = tuned_rows()
    made = stories(rows, args.stories)
    vec = Vectors()
    made_x = vec(made["texts"])
    table = designs()
    # every design's second texts, embedded once (None: no second vector)
    seconds: dict[str, tuple[list[int], list[int], np.ndarray, np.ndarray]] = {}
    for name, second in table.items():
        r = [(n, s) for n, t in enumerate(rows["texts"]) if (s := second(t))]
        m = [(n, s) for n, t in enumerate(made["texts"]) if (s := second(t))]
        seconds[name] = (
            [n for n, _ in r],
            [n for n, _ in m],
            vec([s for _, s in r]),
            vec([s for _, s in m]),
        )
    print(
        f"{len(rows['texts'])} tuned rows, {len(made['texts'])} made-up stories; "
        f"{vec.added} vectors computed in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    extra: list[tuple[np.ndarray, list[str]]] = [(made_x, made["parts"])]
    for r_idx, m_idx, rx, mx in seconds.values():
        extra.append((rx, [rows["parts"][n] for n in r_idx]))
        extra.append((mx, [made["parts"][n] for n in m_idx]))
    scored = fold_scores(rows, extra, seeds)
    y, hard = rows["y"], rows["hard"]
    blend = rescaling(*scored[0], y, hard)
    whole_rows = blend(*scored[0])
    whole_made = blend(*scored[1])
    g_rows = gates(rows["texts"])
    g_made = gates(made["texts"])
    cue_rows = g_rows["cue"]
    print(f"gates computed at {time.perf_counter() - started:.0f} s; seeds {seeds}\n")
    long_rows = np.array([len(t.split()) > 20 for t in rows["texts"]])
    for d, (name, (r_idx, m_idx, _, _)) in enumerate(seconds.items()):
        s_rows = {k: v.copy() for k, v in whole_rows.items()}
        s_made = {k: v.copy() for k, v in whole_made.items()}
        b_r = blend(*scored[2 + 2 * d]) if r_idx else None
        b_m = blend(*scored[3 + 2 * d]) if m_idx else None
        for kind in KINDS:
            if b_r is not None:
                s_rows[kind][r_idx] = np.maximum(s_rows[kind][r_idx], b_r[kind])
            if b_m is not None:
                s_made[kind][m_idx] = np.maximum(s_made[kind][m_idx], b_m[kind])
        thr = {}
        for kind in KINDS:
            others = (y != kind) & ~hard
            thr[kind] = triage_head.passing(s_rows[kind][others], triage_head.ALLOW[kind])
            thr[f"strict {kind}"] = triage_head.passing(s_rows[kind][others], 0.0)
        thr["cue"] = triage_head.passing(
            s_rows["crisis"][(y != "crisis") & ~hard & cue_rows], triage_head.CUE_ALLOW
        )
        print(f"== {name}: second vectors for {len(r_idx)} tuned rows, {len(m_idx)} stories")
        stage = []
        for kind in KINDS:
            own, others = y == kind, (y != kind) & ~hard
            stage.append(
                f"{kind} {np.mean(s_rows[kind][own] > thr[kind]):.3f} "
                f"(long {np.mean(s_rows[kind][own & long_rows] > thr[kind]):.3f}) "
                f"false {np.mean(s_rows[kind][others] > thr[kind]):.4f} "
                f"rules-only {int((s_rows[kind][hard] > thr[kind]).sum())}"
            )
        print("   tuned rows, the stage alone (lenient): " + "; ".join(stage))
        v = decide(s_rows, thr, g_rows)
        e, c = y == "emergency", y == "crisis"
        print(
            "   tuned rows, rules first + gates:  "
            f"emergency {int((v[e] == 'emergency').sum())}/{int(e.sum())}  "
            f"false card {int((v[~e] == 'emergency').sum())}/{int((~e).sum())}  "
            f"crisis {int((v[c] == 'crisis').sum())}/{int(c.sum())}  "
            f"false crisis {int((v[~c] == 'crisis').sum())}/{int((~c).sum())}"
        )
        v = decide(s_made, thr, g_made)
        parts = []
        for kind in ("+emergency", "+crisis", "story", "story+near"):
            here = made["kinds"] == kind
            want = {"+emergency": "emergency", "+crisis": "crisis"}.get(kind)
            if want:
                parts.append(f"{kind} {int((v[here] == want).sum())}/{int(here.sum())}")
            else:
                parts.append(
                    f"{kind} card {int((v[here] == 'emergency').sum())} crisis "
                    f"{int((v[here] == 'crisis').sum())} of {int(here.sum())}"
                )
        print("   stories, rules first + gates:     " + "  ".join(parts))
        print(
            "   thresholds: "
            + ", ".join(f"{key} {value:.3f}" for key, value in thr.items())
            + "\n",
            flush=True,
        )
    print(f"done in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
