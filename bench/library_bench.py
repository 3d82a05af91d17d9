"""A big library: `hrbot content check` and the bot's start with 1,000 topics x 4 languages.

Builds a content folder with N topics (copies of the real ones under new ids, so their text,
Markdown and keywords are real), then measures, each in a new process and against the stock
content measured in the same run:
- `hrbot content check DIR`: seconds,
- `hrbot run` against a fake Bot API: seconds from process start to its first getUpdates,
  and peak memory (VmHWM).
Targets (issue 14): with 1,000 topics, start under 2 s and `content check` under 2 s.

    python bench/library_bench.py [--topics N] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.sandbox.fakeapi import FakeBotAPI

TOKEN = "123456789:AAH-bench-token-0123456789abcdefghijklm"
# A key of this run only: keys written in the repository are refused by `hrbot run`.
SECRET = secrets.token_urlsafe(48)


def build(folder: Path, count: int) -> None:
    """``count`` topics: the real ones, then copies under new ids until there are enough."""
    shutil.copytree(ROOT / "content", folder, ignore=shutil.ignore_patterns("drafts"))
    topics = sorted((ROOT / "content" / "topics").glob("*.yaml"))
    n, k = len(topics), 0
    while n < count:
        for source in topics:
            if n >= count:
                break
            text = source.read_text(encoding="utf-8")
            old_id = source.stem
            new_id = f"{old_id}-copy{k}"
            text = re.sub(
                rf"^id: {re.escape(old_id)}$", f"id: {new_id}", text, count=1, flags=re.MULTILINE
            )
            (folder / "topics" / f"{new_id}.yaml").write_text(text, encoding="utf-8")
            n += 1
        k += 1


def check_seconds(content: Path) -> tuple[float, int]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bot", "content", "check", str(content)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return time.perf_counter() - started, done.returncode


def peak_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def start_seconds(api: FakeBotAPI, content: Path, data: Path) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HRBOT_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_URL=api.base_url,
        HRBOT_DATABASE=str(data / "bench.sqlite3"),
        HRBOT_SECRET_KEY=SECRET,
        HRBOT_CONTENT_DIR=str(content),
        HRBOT_LOG_LEVEL="WARNING",
    )
    seen = api.arrivals["getUpdates"]
    started = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=env,
        cwd=ROOT,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        while api.arrivals["getUpdates"] <= seen:
            if time.perf_counter() - started > 120:
                raise TimeoutError("the bot never called getUpdates")
            await asyncio.sleep(0.005)
        first = time.perf_counter() - started
        await asyncio.sleep(3.0)  # what loads in the background after the first poll counts too
        peak = peak_mb(proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(proc.wait(), 20)
        except TimeoutError:
            proc.kill()
    return first, peak


async def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--topics", type=int, default=1000)
    parser.add_argument("--quick", action="store_true", help="300 topics")
    args = parser.parse_args()
    count = 300 if args.quick else args.topics
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "content"
        build(big, count)
        n_topics = len(list((big / "topics").glob("*.yaml")))
        async with FakeBotAPI(token=TOKEN, rate_limits=False) as api:
            rows = []
            for label, content in (("stock", ROOT / "content"), (f"{n_topics} topics", big)):
                check, code = check_seconds(content)
                first, peak = await start_seconds(api, content, Path(tmp) / label.replace(" ", "-"))
                rows.append((label, check, code, first, peak))
    print(f"{'content':>12} {'check s':>8} {'start s':>8} {'peak MB':>8}")
    for label, check, code, first, peak in rows:
        print(
            f"{label:>12} {check:8.2f} {first:8.2f} {peak:8.0f}"
            + ("" if code in (0, 1) else f"  (check exit {code})")
        )
    _, base_check, _, base_start, _ = rows[0]
    _, check, _, first, _ = rows[1]
    print(f"ratio big/stock: check {check / base_check:.2f}, start {first / base_start:.2f}")
    met = check < 2.0 and first < 2.0
    print(f"targets (1,000 topics: check < 2 s, start < 2 s): {'met' if met else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
