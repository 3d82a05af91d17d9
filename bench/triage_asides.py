"""Every -aside side of triage at once, and their sums: ``python bench/triage_asides.py [--no-embeddings]``.

The -aside sides of ``fresh``, ``blind`` ... ``blind13`` (``triage_bench.SIDED``: every third
message per language and label, ranked by the sha256 of its text) are never tuned on and never
prototypes. This prints one line per side and the sums over all of them, for the rules
(``is_emergency`` / ``is_crisis``) and the rules with the embedding stage
(``bot.library.triage.classify``), plus the overdose-question recall and the crisis note. It
never prints a message (aggregates only), so anyone who tunes may run it to check that a fix
generalises: a change is kept only when these sums do not get worse. The sealed part (``SEALED``)
is never read here.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import triage_bench as tb

from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, is_emergency


def counts(
    items: list[dict], judge: Callable[[str], tuple[bool, bool]]
) -> dict[str, tuple[int, int]]:
    """``judge(text)`` is (emergency card, crisis reply). (hits, total) for emergency recall, false emergency, crisis recall, false crisis and
    overdose-question recall."""
    out = {k: [0, 0] for k in ("emergency", "false card", "crisis", "false crisis", "od-q")}
    for item in items:
        label, text = item["label"], item["text"]
        e, c = judge(text)
        if label == "emergency":
            out["emergency"][0] += e
            out["emergency"][1] += 1
        else:
            out["false card"][0] += e
            out["false card"][1] += 1
        if label == "crisis":
            out["crisis"][0] += c
            out["crisis"][1] += 1
        else:
            out["false crisis"][0] += c
            out["false crisis"][1] += 1
        if label == "overdose-question":
            out["od-q"][0] += asks_about_overdose(text)
            out["od-q"][1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def verdict(triage: object, text: str) -> tuple[bool, bool]:
    """The embedding stage's (emergency card, crisis reply) for one message."""
    found = triage.classify(text)  # type: ignore[attr-defined]
    return found.emergency, found.crisis


def fmt(row: dict[str, tuple[int, int]]) -> str:
    return "  ".join(f"{k} {h}/{n}" for k, (h, n) in row.items())


def add(a: dict[str, tuple[int, int]], b: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    return {k: (a[k][0] + b[k][0], a[k][1] + b[k][1]) for k in a}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--no-embeddings", action="store_true", help="rules only (no rules+emb column)"
    )
    args = parser.parse_args(argv)
    triage = None if args.no_embeddings else tb.load_embeddings()
    total_rules: dict[str, tuple[int, int]] | None = None
    total_emb: dict[str, tuple[int, int]] | None = None
    everything: list[dict] = []
    for part in tb.SIDED:
        side = f"{part}-aside"
        data = tb.load_data(side)
        items = [i for lang in tb.LANGS for i in data[lang] if i["split"] == side]
        if not items:
            continue
        everything += items
        rules = counts(items, lambda t: (is_emergency(t), is_crisis(t)))
        total_rules = rules if total_rules is None else add(total_rules, rules)
        print(f"{side:<14} rules      {fmt(rules)}")
        if triage is not None:
            emb = counts(items, lambda t: verdict(triage, t))
            total_emb = emb if total_emb is None else add(total_emb, emb)
            print(f"{'':<14} rules+emb  {fmt(emb)}")
    if total_rules is None:
        print("no -aside side found")
        return 1
    print(f"{'ALL asides':<14} rules      {fmt(total_rules)}")
    if total_emb is not None:
        print(f"{'':<14} rules+emb  {fmt(total_emb)}")
        print(f"{'':<14} rules+emb: {tb.note_row(everything, triage)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
