"""Designs of the embedding stage's decision, chosen on grouped folds, compared on every aside side.

``python bench/triage_crisis_designs.py``

Every design decides from the same two scores per kind that ``bot.library.triage_head`` blends
(the nearest-prototype score and the network's, each rescaled so that the other prototypes'
median is 0 and the score ``NORM_ALLOW`` of them reach is 1). Its thresholds come from grouped
out-of-fold scores on the shipped prototypes and rules-only negatives
(``bot/library/triage_prototypes.npz``; folds of whole labelled parts, as ``triage_head.fit``):
no aside side is read to choose anything. Then each design is scored once on every aside side
(``fresh-aside``, ``blind-aside`` ... ``blind6-aside``: aggregates only, never a text) with the
rules first and the bot's gates (``triage._question`` asks for the strict threshold,
``told_not_now`` forbids an emergency card), and on every everyday search question (cards and
notes where the rules say nothing).

The out-of-fold scores are cached in the hrbot cache folder (keyed by the shipped file's key).

What it showed (session 9, ``bench/results/triage-crisis-designs.txt``): with the bot's gates
applied out of fold, the "names no drug, dose, person or body" gate held most crisis messages to
the strict threshold (grouped out-of-fold crisis recall 0.737 at an allowed 0.4%, really 0.11%);
the crisis reply without it ("narrow") 0.849 at 0.39% (the rules-only near-copies are outside that
share). A crisis the rules see in a message naming a drug or body, turned emergency past the strict
emergency threshold ("upgrade"), turned no tuned crisis message out of fold. Shipped: the upgrade
alone (``Prototypes.upgrade``): all asides emergency 331 -> 333 of 336 (false 12/690 both), false
crisis 10 -> 8 of 878, crisis unchanged. "narrow" lost: one more aside crisis message (139 -> 140
of 148), but ten more full crisis replies on tune19/tune21's rules-only near-copies (14 -> 20 of
122, 5 -> 9 of 156) and one more on the everyday search questions. Lost or no better on the asides overall: per-language thresholds,
blend weights 0.5 and 0.85, k=1 (nearest margin) or k=5 for crisis, k=3 for emergency, "kNN and
network agree" (at the same allowance it adds nothing), the note at 3% or 4% (one more crisis
message, twice the notes on everyday questions), crisis allowances 0.3%-0.8%, emergency 1%-2%.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import make_triage_prototypes
import triage_bench
import triage_heads

from bot.library import embed, triage, triage_head
from bot.library.emergency_text import about_using, told_not_now

KINDS = triage_head.KINDS
ASIDES = ("fresh-aside", *triage_bench.ASIDE_QUIET)


def stored() -> dict[str, np.ndarray]:
    with np.load(triage.SHIPPED_VECTORS, allow_pickle=False) as data:
        return {key: data[key] for key in data.files}


def oof_components(data: dict[str, np.ndarray], ks: tuple[int, ...]) -> dict[str, np.ndarray]:
    """Grouped out-of-fold raw scores: the network's logits (n x 2) and the kNN score per kind
    for each k in ``ks`` (rows: prototypes then rules-only negatives)."""
    cache = embed.default_cache_dir(None) / "triage-designs-oof.npz"
    tag = hashlib.sha256(
        f"{data['key']}|{ks}|{triage_head.HIDDEN}|{triage_head.DECAY}|{triage_head.EPOCHS}".encode()
    ).hexdigest()[:16]
    if cache.exists():
        with np.load(cache) as old:
            if str(old["tag"]) == tag:
                return {key: old[key] for key in old.files}
    texts = triage.load_texts()
    labels = np.array([label for label in (*KINDS, "other") for _ in texts[label]])
    vectors = data["vectors"].astype(np.float32)
    hard_vectors = data["hard_vectors"].astype(np.float32)
    x = np.vstack([vectors, hard_vectors])
    y = np.concatenate([labels, np.array(["other"] * len(hard_vectors))])
    hard = np.concatenate([np.zeros(len(vectors), bool), np.ones(len(hard_vectors), bool)])
    folds = triage_head.group_folds(
        [*(str(p) for p in data["parts"]), *(str(p) for p in data["hard_parts"])]
    )
    out: dict[str, np.ndarray] = {"lin": np.zeros((len(x), len(KINDS)))}
    for k in ks:
        for kind in KINDS:
            out[f"knn{k}_{kind}"] = np.zeros(len(x))
    started = time.perf_counter()
    for f in range(folds.max() + 1):
        test = folds == f
        train = ~test & ~hard
        sim = x[test] @ x[train].T
        for k in ks:
            for kind, s in triage_head.knn_scores(sim, y[train], dict.fromkeys(KINDS, k)).items():
                out[f"knn{k}_{kind}"][test] = s
        out["lin"][test] = triage_head.logits(
            triage_head.fit_network(x[~test], y[~test], hard[~test]), x[test]
        )
        print(f"  fold {f} done at {time.perf_counter() - started:.0f} s", flush=True)
    out.update(y=y, hard=hard, folds=folds, tag=np.array(tag))
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, **out)
    return out


def prototype_langs(data: dict[str, np.ndarray]) -> np.ndarray:
    """Each row's language (prototypes then rules-only negatives), from the tuned items."""
    items = make_triage_prototypes.tuned_items()
    lang_of = {(i["label"], i["text"], i["rules_only"]): i["lang"] for i in reversed(items)}
    texts = triage.load_texts()
    flat = [(label, t, False) for label in (*KINDS, "other") for t in texts[label]]
    hard = [("other", str(t), True) for t in data["hard_texts"]]
    return np.array([lang_of[key] for key in (*flat, *hard)])


@dataclass
class Design:
    """How the two rescaled scores per kind become a verdict.

    ``alpha``: the blend's weight on the kNN score; ``allow``: share of other prototypes (grouped
    out-of-fold) a full reply may let through, per kind; ``note``: the crisis note's share;
    ``per_lang``: thresholds per language; ``agree``: the crisis full reply also when the kNN and
    the network scores each pass their own threshold (chosen so that the union lets through no
    more than ``allow`` of the others); ``k``: the kNN's k per kind."""

    name: str
    alpha: float = triage_head.ALPHA
    allow: dict[str, float] = field(default_factory=lambda: dict(triage_head.ALLOW))
    note: float = triage_head.NOTE_ALLOW
    per_lang: bool = False
    agree: bool = False
    agree_note: bool = False
    k: dict[str, int] = field(default_factory=lambda: dict(triage.K))
    # "all": a crisis message the rules read as a question or naming no drug needs the strict
    # threshold (as shipped); "narrow": only a general overdose question, coffee, a legal call
    crisis_gate: str = "all"
    # a message the rules read as crisis becomes an emergency when its emergency blend passes
    # this threshold ("lenient", "strict"; "" never)
    upgrade: str = ""
    thr: dict = field(default_factory=dict)

    def blend(self, a: dict, c: dict) -> dict:
        return {kind: self.alpha * a[kind] + (1 - self.alpha) * c[kind] for kind in KINDS}

    def fit(self, a: dict, c: dict, y: np.ndarray, hard: np.ndarray, langs: np.ndarray) -> None:
        b = self.blend(a, c)
        groups = sorted(set(langs)) if self.per_lang else ["*"]
        for g in groups:
            in_g = (langs == g) if g != "*" else np.ones(len(y), bool)
            for kind in KINDS:
                others = (y != kind) & ~hard & in_g
                self.thr[("lenient", kind, g)] = triage_head.passing(
                    b[kind][others], self.allow[kind]
                )
                self.thr[("strict", kind, g)] = triage_head.passing(b[kind][others], 0.0)
            others = (y != "crisis") & ~hard & in_g
            self.thr[("note", g)] = triage_head.passing(b["crisis"][others], self.note)
            if self.agree or self.agree_note:
                # the largest per-score share whose union with the blend stays within the allowance
                lenient = self.thr[("lenient", "crisis", g)]
                target = self.allow["crisis"]
                best = (np.inf, np.inf)
                for share in np.linspace(0.002, 0.2, 100):
                    ta = triage_head.passing(a["crisis"][others], share)
                    tc = triage_head.passing(c["crisis"][others], share)
                    full = (b["crisis"] > lenient) | ((a["crisis"] > ta) & (c["crisis"] > tc))
                    if self.agree_note:
                        full = (b["crisis"] > lenient) | (
                            (a["crisis"] > ta)
                            & (c["crisis"] > tc)
                            & (b["crisis"] > self.thr[("note", g)])
                        )
                    if full[others].mean() <= target + 1e-9:
                        best = (ta, tc)
                    else:
                        break
                self.thr[("agree", g)] = best

    def decide(
        self,
        a: dict,
        c: dict,
        langs: np.ndarray,
        strict: np.ndarray,
        not_now: np.ndarray,
        narrow: np.ndarray | None = None,
        rules: np.ndarray | None = None,
        about: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Verdicts ("", emergency, crisis; the rules' first when ``rules`` is given) and the
        crisis note."""
        b = self.blend(a, c)
        gate = {"emergency": strict, "crisis": strict}
        if self.crisis_gate == "narrow" and narrow is not None:
            gate["crisis"] = narrow
        out = np.array([""] * len(strict), dtype=object)
        g = langs if self.per_lang else np.array(["*"] * len(strict))
        crisis_full = np.zeros(len(strict), bool)
        for kind in reversed(KINDS):  # emergency last: it wins
            thr = np.array(
                [
                    self.thr[("strict" if q else "lenient", kind, lg)]
                    for q, lg in zip(gate[kind], g, strict=True)
                ]
            )
            ok = b[kind] > thr
            if kind == "crisis" and (self.agree or self.agree_note):
                ta = np.array([self.thr[("agree", lg)][0] for lg in g])
                tc = np.array([self.thr[("agree", lg)][1] for lg in g])
                extra = (a["crisis"] > ta) & (c["crisis"] > tc) & ~strict
                if self.agree_note:
                    extra &= b["crisis"] > np.array([self.thr[("note", lg)] for lg in g])
                ok |= extra
            if kind == "emergency":
                ok &= ~not_now
            else:
                crisis_full = ok
            out[ok] = kind
        note = (out == "") & (b["crisis"] > np.array([self.thr[("note", lg)] for lg in g]))
        del crisis_full
        if rules is not None:
            ruled = rules != ""
            out = np.where(ruled, rules, out)
            note &= ~ruled
            if self.upgrade:
                thr = np.array(
                    [
                        self.thr[
                            (
                                "strict" if self.upgrade == "strict" or q else "lenient",
                                "emergency",
                                lg,
                            )
                        ]
                        for q, lg in zip(strict, g, strict=True)
                    ]
                )
                up = (rules == "crisis") & (b["emergency"] > thr) & ~not_now
                if about is not None:  # the bot runs the model only for these
                    up &= about
                out = np.where(up, "emergency", out)
        return out, note


def narrow_question(text: str) -> bool:
    """``triage._question`` without "names no drug, dose, person or body" (which every crisis
    message without a drug is)."""
    from bot.library.emergency_text import _LEGAL_CALL, _NOT_A_DRUG, asks_about_overdose, fold

    folded = fold(text)
    return (
        asks_about_overdose(text)
        or _NOT_A_DRUG.search(folded) is not None
        or _LEGAL_CALL.search(folded) is not None
    )


def rescale(raw: dict[str, np.ndarray], zero: dict, one: dict) -> dict[str, np.ndarray]:
    return {kind: (raw[kind] - zero[kind]) / (one[kind] - zero[kind]) for kind in KINDS}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="comma-separated design names")
    args = parser.parse_args()
    data = stored()
    texts = triage.load_texts()
    labels = np.array([label for label in (*KINDS, "other") for _ in texts[label]])
    ks = (1, 3, 5, 8)
    oof = oof_components(data, ks)
    y, hard = oof["y"], oof["hard"]
    langs = prototype_langs(data)
    head = triage.read_head(texts)
    assert head is not None
    vectors = data["vectors"].astype(np.float16).astype(np.float32)
    # the gates and the rules' verdicts of every prototype and rules-only negative
    flat_texts = [
        *(t for label in (*KINDS, "other") for t in texts[label]),
        *map(str, data["hard_texts"]),
    ]
    pq = np.array([triage._question(t) for t in flat_texts])
    pn = np.array([told_not_now(t) for t in flat_texts])
    pnarrow = np.array([narrow_question(t) for t in flat_texts])
    pabout = np.array([about_using(t) for t in flat_texts])
    prules = np.array([str(triage.by_rules(t).kind) for t in flat_texts], dtype=object)

    designs = [
        Design("shipped (alpha .7, allow e.015 c.004, note .02)"),
        Design("narrow crisis gate", crisis_gate="narrow"),
        Design("upgrade rules' crisis at lenient", upgrade="lenient"),
        Design("upgrade rules' crisis at strict", upgrade="strict"),
        Design("narrow+upgrade-strict", crisis_gate="narrow", upgrade="strict"),
        Design("narrow+crisis-k1", crisis_gate="narrow", k={"emergency": 5, "crisis": 1}),
        Design("narrow+per-language", crisis_gate="narrow", upgrade="strict", per_lang=True),
        Design("narrow+alpha .5", crisis_gate="narrow", upgrade="strict", alpha=0.5),
        Design("narrow+note .03", crisis_gate="narrow", upgrade="strict", note=0.03),
        Design(
            "narrow+crisis allow .003",
            crisis_gate="narrow",
            upgrade="strict",
            allow={"emergency": 0.015, "crisis": 0.003},
        ),
        Design(
            "narrow+crisis allow .006",
            crisis_gate="narrow",
            upgrade="strict",
            allow={"emergency": 0.015, "crisis": 0.006},
        ),
        Design("per-language thresholds", per_lang=True),
        Design("alpha .5", alpha=0.5),
        Design("alpha .85", alpha=0.85),
        Design("crisis k=1 (nearest margin)", k={"emergency": 5, "crisis": 1}),
        Design("crisis k=5", k={"emergency": 5, "crisis": 5}),
        Design("emergency k=3", k={"emergency": 3, "crisis": 3}),
        Design("agree: kNN and network both pass", agree=True),
        Design("agree above the note", agree_note=True),
        Design("note .03", note=0.03),
        Design("note .04", note=0.04),
        Design("crisis allow .006", allow={"emergency": 0.015, "crisis": 0.006}),
        Design("crisis allow .008", allow={"emergency": 0.015, "crisis": 0.008}),
        Design("emergency allow .02", allow={"emergency": 0.02, "crisis": 0.004}),
        Design("emergency allow .01", allow={"emergency": 0.01, "crisis": 0.004}),
    ]
    if args.only:
        keep = set(args.only.split(","))
        designs = [d for n, d in enumerate(designs) if str(n) in keep]

    print("loading the aside sides and the everyday search questions (vectors cached)", flush=True)
    sets = {name: triage_heads.side(name.rsplit("-", 1)[0], name) for name in ASIDES}
    sets["search"] = [
        {"text": t, "label": "other", "lang": lang}
        for t, lang in triage_heads.search_questions(with_lang=True)
    ]
    every = []
    for name, items in sets.items():
        ev = triage_heads.EvalSet(name, items)
        ev.narrow = np.array([narrow_question(str(i["text"])) for i in items])
        ev.about = np.array([about_using(str(i["text"])) for i in items])
        every.append(ev)
    evals, search = every[:-1], every[-1]
    # zero and one of the rescaling per k, from the out-of-fold scores (as triage_head does)
    for d in designs:
        others = {kind: (y != kind) & ~hard for kind in KINDS}
        kz = {kind: float(np.median(oof[f"knn{d.k[kind]}_{kind}"][others[kind]])) for kind in KINDS}
        ko = {
            kind: triage_head.passing(
                oof[f"knn{d.k[kind]}_{kind}"][others[kind]], triage_head.NORM_ALLOW[kind]
            )
            for kind in KINDS
        }
        lz = {kind: float(np.median(oof["lin"][others[kind], n])) for n, kind in enumerate(KINDS)}
        lo = {
            kind: triage_head.passing(oof["lin"][others[kind], n], triage_head.NORM_ALLOW[kind])
            for n, kind in enumerate(KINDS)
        }
        a = rescale({kind: oof[f"knn{d.k[kind]}_{kind}"] for kind in KINDS}, kz, ko)
        c = rescale({kind: oof["lin"][:, n] for n, kind in enumerate(KINDS)}, lz, lo)
        d.fit(a, c, y, hard, langs)
        cv, cn = d.decide(a, c, langs, pq, pn, pnarrow)
        keep = ~hard
        print(f"== {d.name}")
        print(
            "   grouped out-of-fold on the prototypes: emergency recall "
            f"{(cv[(y == 'emergency')] == 'emergency').mean():.3f}, false {(cv[(y != 'emergency') & keep] == 'emergency').mean():.4f}; "
            f"crisis recall {(cv[y == 'crisis'] == 'crisis').mean():.3f} (+note {((cv == 'crisis') | cn)[y == 'crisis'].mean():.3f}), "
            f"false {(cv[(y != 'crisis') & keep] == 'crisis').mean():.4f}, false note {cn[(y != 'crisis') & keep].mean():.4f}"
        )
        if d.upgrade:
            up, _ = d.decide(a, c, langs, pq, pn, pnarrow, prules, pabout)
            flipped = (prules == "crisis") & (up == "emergency")
            print(
                f"   rules' crisis verdicts turned emergency (out-of-fold): emergency prototypes "
                f"{int(flipped[y == 'emergency'].sum())}/{int(((prules == 'crisis') & (y == 'emergency')).sum())}, "
                f"crisis prototypes {int(flipped[y == 'crisis'].sum())}/{int(((prules == 'crisis') & (y == 'crisis')).sum())}, "
                f"others {int(flipped[(y == 'other')].sum())}"
            )
        # the shipped network and the kNN over every prototype, rescaled as the head is
        zero_k = {kind: kz[kind] for kind in KINDS}
        totals = np.zeros(10, int)
        rows = []
        for ev in [*evals, search]:
            sim = ev.x @ vectors.T
            knn = triage_head.knn_scores(sim, labels, d.k)
            lin = triage_head.logits(head.network(), ev.x)
            ea = rescale(knn, zero_k, ko)
            ec = rescale({kind: lin[:, n] for n, kind in enumerate(KINDS)}, lz, lo)
            got, note = d.decide(
                ea, ec, ev.langs, ev.strict, ev.not_now, ev.narrow, ev.rules, ev.about
            )
            e, cr = ev.labels == "emergency", ev.labels == "crisis"
            f = np.array(
                [
                    (got[e] == "emergency").sum(),
                    e.sum(),
                    (got[~e] == "emergency").sum(),
                    (~e).sum(),
                    (got[cr] == "crisis").sum(),
                    ((got == "crisis") | note)[cr].sum(),
                    cr.sum(),
                    (got[~cr] == "crisis").sum(),
                    note[~cr].sum(),
                    (~cr).sum(),
                ]
            )
            if ev is not search:
                totals += f
            rows.append((ev.name, f))
        rows.insert(0, ("all asides", totals))
        for name, f in rows:
            eh, en, ef, eo, ch, cnote, cn_, cf, nf, co = (int(v) for v in f)
            if name == "search":
                print(
                    f"   {name:<13} cards: emergency {ef}/{eo}, crisis {cf}/{co}, notes {nf}/{co}"
                )
                continue
            print(
                f"   {name:<13} emerg {eh:>3}/{en:<3} {eh / max(en, 1):.3f} false {ef:>2}/{eo:<3} {ef / max(eo, 1):.3f}  "
                f"crisis full {ch:>3}/{cn_:<3} {ch / max(cn_, 1):.3f} +note {cnote:>3} {cnote / max(cn_, 1):.3f}  "
                f"false crisis {cf:>2}/{co:<3} {cf / max(co, 1):.3f} false note {nf:>2} {nf / max(co, 1):.3f}"
            )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
