"""Designs against false emergency cards and for more full crisis replies, chosen on grouped folds.

``python bench/triage_card_designs.py [--only N,M]``

Builds on ``bench/triage_crisis_designs.py`` (its grouped out-of-fold scores of the shipped
prototypes and rules-only negatives, its rescaling and thresholds): every threshold below is
chosen on those out-of-fold scores alone (folds of whole labelled parts); the aside sides
(``fresh-aside``, ``blind-aside`` ... ``blind7-aside``) are then scored once per design, aggregates
only, with the rules first and the bot's gates, and so are the everyday search questions.

The designs (each on top of the shipped decision):

- ``margin``: an embedding-stage emergency card also needs the nearest emergency prototype to be
  nearer than the nearest everyday one (prototypes and rules-only near-copies alike) by a margin;
  the margin is the one that cuts at most ``cut`` of the out-of-fold emergency prototypes the
  stage would card;
- ``veto``: the rules' emergency card is taken back when the blended emergency score is below a
  floor no out-of-fold emergency prototype the rules card falls under, so that tuning data loses
  no emergency;
- ``cue``: a crisis full reply at a lower threshold (``cue_allow`` of the other prototypes'
  out-of-fold crisis scores) when the message speaks of the writer (first person) and names no
  drug, dose or body (so "can I mix..." questions stay with the usual threshold); ``cue_strict``
  lets it through the strict gate too (a crisis message names no drug, so it is held there);
- per-language thresholds (``per_lang``, folds of whole parts, as the shipped ones).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import triage_crisis_designs as tcd
import triage_heads

from bot.library import triage, triage_head
from bot.library.emergency_text import about_using, told_not_now

KINDS = triage_head.KINDS


def first_person(text: str) -> bool:
    """The bot's cue (``triage.first_person``; it was this module's before the bot took it)."""
    return triage.first_person(text)


@dataclass
class CardDesign(tcd.Design):
    margin_cut: float = -1.0  # < 0: no margin
    veto: bool = False
    cue_allow: float = 0.0  # 0: no cue tier
    cue_strict: bool = False
    # when both kinds pass, the one further over its threshold (else an emergency always wins)
    argmax: bool = False

    def thr_of(self, which: str, kind: str, langs: np.ndarray) -> np.ndarray:
        if not self.per_lang:
            return np.full(len(langs), self.thr[(which, kind, "*")])
        return np.array([self.thr[(which, kind, lang)] for lang in langs])

    def fit_extra(
        self,
        b: dict,
        margin: np.ndarray,
        y: np.ndarray,
        hard: np.ndarray,
        pq: np.ndarray,
        pn: np.ndarray,
        prules: np.ndarray,
        pcue: np.ndarray,
        langs: np.ndarray,
    ) -> None:
        carded = (y == "emergency") & (b["emergency"] > self.thr_of("lenient", "emergency", langs))
        self.margin_thr = (
            float(np.quantile(margin[carded], self.margin_cut)) if self.margin_cut >= 0 else -9.0
        )
        ruled = (y == "emergency") & (prules == "emergency")
        self.veto_thr = float(b["emergency"][ruled].min()) - 1e-3 if self.veto else -np.inf
        others = (y != "crisis") & ~hard
        self.cue_thr = (
            triage_head.passing(b["crisis"][others & pcue], self.cue_allow)
            if self.cue_allow
            else np.inf
        )

    def decide_extra(
        self,
        a: dict,
        c: dict,
        margin: np.ndarray,
        strict: np.ndarray,
        not_now: np.ndarray,
        rules: np.ndarray,
        cue: np.ndarray,
        about: np.ndarray,
        langs: np.ndarray,
        narrow: np.ndarray,
        with_rules: bool = True,
    ) -> tuple[np.ndarray, np.ndarray]:
        b = self.blend(a, c)
        got, note = self.decide(a, c, langs, strict, not_now, narrow, None, None)
        if self.argmax:
            crisis_gate = narrow if self.crisis_gate == "narrow" else strict
            over_c = b["crisis"] - np.where(
                crisis_gate,
                self.thr_of("strict", "crisis", langs),
                self.thr_of("lenient", "crisis", langs),
            )
            over_e = b["emergency"] - np.where(
                strict,
                self.thr_of("strict", "emergency", langs),
                self.thr_of("lenient", "emergency", langs),
            )
            got = np.where((got == "emergency") & (over_c > over_e), "crisis", got)
        # the margin: an embedding emergency needs it
        got = np.where((got == "emergency") & (margin <= self.margin_thr), "", got)
        # the cue tier: a full crisis reply at the lower threshold
        cue_ok = cue & (b["crisis"] > self.cue_thr) & (self.cue_strict | ~strict) & (got == "")
        got = np.where(cue_ok, "crisis", got)
        note &= got == ""
        if not with_rules:
            return got, note
        # rules first; the upgrade of a rules crisis (shipped: strict threshold, about a drug)
        ruled = rules != ""
        out = np.where(ruled, rules, got)
        note &= ~ruled
        thr = self.thr_of("strict", "emergency", langs)
        up = (rules == "crisis") & (b["emergency"] > thr) & ~not_now & about
        out = np.where(up, "emergency", out)
        if self.veto:
            out = np.where((rules == "emergency") & (b["emergency"] < self.veto_thr), "", out)
        return out, note


def oof_margin(data: dict, oof: dict) -> np.ndarray:
    """Grouped out-of-fold: nearest emergency prototype minus nearest everyday row (prototypes
    and rules-only negatives) among the other folds."""
    x = np.vstack([data["vectors"], data["hard_vectors"]]).astype(np.float32)
    y, folds = oof["y"], oof["folds"]
    out = np.zeros(len(x))
    for f in range(folds.max() + 1):
        test = folds == f
        sim = x[test] @ x[~test].T
        yt = y[~test]
        out[test] = sim[:, yt == "emergency"].max(axis=1) - sim[:, yt == "other"].max(axis=1)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="comma-separated design numbers")
    args = parser.parse_args()
    data = tcd.stored()
    texts = triage.load_texts()
    labels = np.array([label for label in (*KINDS, "other") for _ in texts[label]])
    oof = tcd.oof_components(data, (1, 3, 5, 8))
    y, hard = oof["y"], oof["hard"]
    langs = tcd.prototype_langs(data)
    head = triage.read_head(texts)
    assert head is not None
    vectors = data["vectors"].astype(np.float16).astype(np.float32)
    hard_vectors = data["hard_vectors"].astype(np.float32)
    everyday = np.vstack([vectors[labels == "other"], hard_vectors])
    flat_texts = [
        *(t for label in (*KINDS, "other") for t in texts[label]),
        *map(str, data["hard_texts"]),
    ]
    pq = np.array([triage._question(t) for t in flat_texts])
    pn = np.array([told_not_now(t) for t in flat_texts])
    pabout = np.array([about_using(t) for t in flat_texts])
    pcue = np.array([first_person(t) for t in flat_texts]) & ~pabout
    prules = np.array([str(triage.by_rules(t).kind) for t in flat_texts], dtype=object)
    pmargin = oof_margin(data, oof)
    pnarrow = np.array([tcd.narrow_question(t) for t in flat_texts])

    designs = [
        CardDesign("shipped"),
        CardDesign("margin cut .01", margin_cut=0.01),
        CardDesign("margin cut .03", margin_cut=0.03),
        CardDesign("margin cut .05", margin_cut=0.05),
        CardDesign("veto of rules' cards below every ruled emergency", veto=True),
        CardDesign("cue crisis .01", cue_allow=0.01),
        CardDesign("cue crisis .02", cue_allow=0.02),
        CardDesign("cue crisis .01 +strict", cue_allow=0.01, cue_strict=True),
        CardDesign("cue crisis .02 +strict", cue_allow=0.02, cue_strict=True),
        CardDesign("per-language thresholds", per_lang=True),
        CardDesign(
            "margin .03 + cue .01 +strict", margin_cut=0.03, cue_allow=0.01, cue_strict=True
        ),
        CardDesign("narrow crisis gate", crisis_gate="narrow"),
        CardDesign("cue crisis .004 +strict", cue_allow=0.004, cue_strict=True),
        CardDesign("cue crisis .03 +strict", cue_allow=0.03, cue_strict=True),
        CardDesign("argmax when both pass", argmax=True),
        CardDesign("cue crisis .04 +strict", cue_allow=0.04, cue_strict=True),
        CardDesign("cue crisis .05 +strict", cue_allow=0.05, cue_strict=True),
        CardDesign(
            "per-language + cue .03 +strict", per_lang=True, cue_allow=0.03, cue_strict=True
        ),
        CardDesign(
            "margin .03 + cue .02 +strict + argmax",
            margin_cut=0.03,
            cue_allow=0.02,
            cue_strict=True,
            argmax=True,
        ),
    ]
    if args.only:
        keep = {int(n) for n in args.only.split(",")}
        designs = [d for n, d in enumerate(designs) if n in keep]

    sets = {name: triage_heads.side(name.rsplit("-", 1)[0], name) for name in tcd.ASIDES}
    sets["search"] = [
        {"text": t, "label": "other", "lang": lang}
        for t, lang in triage_heads.search_questions(with_lang=True)
    ]
    every = []
    for name, items in sets.items():
        ev = triage_heads.EvalSet(name, items)
        ev.narrow = np.array([tcd.narrow_question(str(i["text"])) for i in items])
        ev.about = np.array([about_using(str(i["text"])) for i in items])
        ev.cue = np.array([first_person(str(i["text"])) for i in items]) & ~ev.about
        sim = ev.x @ vectors.T
        ev.margin = sim[:, labels == "emergency"].max(axis=1) - (ev.x @ everyday.T).max(axis=1)
        every.append(ev)
    evals = every[:-1]
    print(
        f"first-person cue without a drug/body: prototypes crisis {pcue[y == 'crisis'].mean():.3f}, "
        f"other {pcue[(y == 'other') & ~hard].mean():.3f}, rules-only {pcue[hard].mean():.3f}"
    )
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
        a = tcd.rescale({kind: oof[f"knn{d.k[kind]}_{kind}"] for kind in KINDS}, kz, ko)
        c = tcd.rescale({kind: oof["lin"][:, n] for n, kind in enumerate(KINDS)}, lz, lo)
        d.fit(a, c, y, hard, langs)
        d.fit_extra(d.blend(a, c), pmargin, y, hard, pq, pn, prules, pcue, langs)
        cv, cn = d.decide_extra(a, c, pmargin, pq, pn, prules, pcue, pabout, langs, pnarrow)
        sv, sn = d.decide_extra(
            a, c, pmargin, pq, pn, prules, pcue, pabout, langs, pnarrow, with_rules=False
        )
        keep = ~hard
        print(f"== {d.name} (cue threshold {d.cue_thr:.3f}, margin {d.margin_thr:.3f})")
        print(
            "   grouped out-of-fold, the stage alone: emergency recall "
            f"{(sv[(y == 'emergency')] == 'emergency').mean():.3f}, false {(sv[(y != 'emergency') & keep] == 'emergency').mean():.4f}; "
            f"crisis recall {(sv[y == 'crisis'] == 'crisis').mean():.3f} (+note {((sv == 'crisis') | sn)[y == 'crisis'].mean():.3f}), "
            f"false {(sv[(y != 'crisis') & keep] == 'crisis').mean():.4f} (rules-only {(sv[hard] == 'crisis').sum()})"
        )
        print(
            "   grouped out-of-fold, rules first: emergency recall "
            f"{(cv[(y == 'emergency')] == 'emergency').mean():.3f}, false {(cv[(y != 'emergency') & keep] == 'emergency').mean():.4f} "
            f"(rules-only {(cv[hard] == 'emergency').sum()}); "
            f"crisis recall {(cv[y == 'crisis'] == 'crisis').mean():.3f} (+note {((cv == 'crisis') | cn)[y == 'crisis'].mean():.3f}), "
            f"false {(cv[(y != 'crisis') & keep] == 'crisis').mean():.4f} (rules-only {(cv[hard] == 'crisis').sum()}), "
            f"false note {cn[(y != 'crisis') & keep].mean():.4f}"
        )
        totals = np.zeros(10, int)
        rows = []
        for ev in every:
            sim = ev.x @ vectors.T
            knn = triage_head.knn_scores(sim, labels, d.k)
            lin = triage_head.logits(head.network(), ev.x)
            ea = tcd.rescale(knn, kz, ko)
            ec = tcd.rescale({kind: lin[:, n] for n, kind in enumerate(KINDS)}, lz, lo)
            got, note = d.decide_extra(
                ea,
                ec,
                ev.margin,
                ev.strict,
                ev.not_now,
                ev.rules,
                ev.cue,
                ev.about,
                ev.langs,
                ev.narrow,
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
            if ev.name != "search":
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
    del evals
    return 0


if __name__ == "__main__":
    sys.exit(main())
