"""Benchmark: end-to-end update throughput of /start and /help, against a bare echo bot.

Both run as separate processes against the same fake Bot API server (its rate limits off,
so the bots are the bottleneck), measured in the same run:

- time from process start to its first getUpdates call,
- updates answered per second for a burst of N updates from distinct people,
- peak RSS of the bot process (VmHWM).

Prints both rates and their ratio; the target is bot/bare >= 0.8.
Usage: python bench/start_bench.py [--updates N] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.sandbox.fakeapi import FakeBotAPI

TOKEN = "123456789:AAH-bench-token-0123456789abcdefghijklm"


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


async def measure(api: FakeBotAPI, argv: list[str], env: dict[str, str], updates: int, texts: list[str], label: str) -> dict[str, float]:
    calls_before = api.stats.get("methods", {}).get("getUpdates", 0) if isinstance(api.stats.get("methods"), dict) else None
    events = api.subscribe()
    started = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(*argv, env=env, cwd=ROOT, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    try:
        first_poll = await wait_first_get_updates(api, started, calls_before)
        await asyncio.sleep(1.0)  # let start-up work (command registration, etc.) finish
        users = [api.add_user(language_code=("en", "ru", "uk", "es")[i % 4]) for i in range(updates)]
        ids = {u.id for u in users}
        # Drain events from start-up.
        while not events.empty():
            events.get_nowait()
        t0 = time.perf_counter()
        for i, user in enumerate(users):
            user.send_text(texts[i % len(texts)])
        answered: set[int] = set()
        while len(answered) < len(ids):
            event = await asyncio.wait_for(events.get(), 60)
            if event["type"] == "message" and event["chat_id"] in ids and event["message"]["from"]["is_bot"]:
                answered.add(event["chat_id"])
        elapsed = time.perf_counter() - t0
        rss = peak_rss_mb(proc.pid)
    finally:
        api.unsubscribe(events)
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), 15)
            except TimeoutError:
                proc.kill()
    rate = updates / elapsed
    print(f"{label:>10}: {rate:8.1f} updates/s  ({updates} updates in {elapsed:.2f} s), "
          f"start to first getUpdates {first_poll:.2f} s, peak RSS {rss:.1f} MB")
    return {"rate": rate, "first_poll": first_poll, "rss": rss}


async def wait_first_get_updates(api: FakeBotAPI, started: float, _before: object) -> float:
    seen = api.arrivals["getUpdates"]
    while True:
        if api.arrivals["getUpdates"] > seen:
            return time.perf_counter() - started
        if time.perf_counter() - started > 60:
            raise TimeoutError("the bot never called getUpdates")
        await asyncio.sleep(0.005)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--quick", action="store_true", help="a smaller run (500 updates, 2 rounds)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the best of each side counts")
    args = parser.parse_args()
    updates = 500 if args.quick else args.updates
    if args.quick:
        args.rounds = min(args.rounds, 2)
    bares: list[dict[str, float]] = []
    ourses: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeBotAPI(token=TOKEN, rate_limits=False) as api:
            env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HRBOT_"))}
            env.update({"PYTHONPATH": str(ROOT)})
            bot_env = dict(env, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api.base_url,
                           HRBOT_DATABASE=str(Path(tmp) / "bench.sqlite3"), HRBOT_SECRET_KEY=secrets.token_urlsafe(48),
                           HRBOT_CONTENT_DIR=str(ROOT / "content"), HRBOT_LOG_LEVEL="WARNING")
            # Interleaved rounds, best of each: a shared machine's noise hits both sides alike.
            for _ in range(args.rounds):
                bares.append(await measure(api, [sys.executable, str(ROOT / "bench" / "echo_bot.py"), TOKEN, api.base_url], env, updates, ["hello"], "bare echo"))
                ourses.append(await measure(api, [sys.executable, "-m", "bot", "run"], bot_env, updates, ["/start", "/help"], "hrbot"))
    bare = max(bares, key=lambda r: r["rate"])
    ours = max(ourses, key=lambda r: r["rate"])
    ratio = ours["rate"] / bare["rate"]
    print(f"best of {args.rounds}: hrbot {ours['rate']:.1f} updates/s, bare {bare['rate']:.1f} updates/s")
    print(f"ratio hrbot/bare: {ratio:.2f} (target >= 0.80) -> {'OK' if ratio >= 0.8 else 'BELOW TARGET'}")
    print(f"hrbot start to first getUpdates: {ours['first_poll']:.2f} s (bare: {bare['first_poll']:.2f} s)")
    print(f"hrbot peak RSS: {ours['rss']:.1f} MB (bare: {bare['rss']:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
