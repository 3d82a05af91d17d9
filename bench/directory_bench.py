"""A national directory in seconds: load time and memory of `hrbot services near` at size.

Generates directories in the project's schema (content/services/*.yaml, half of the services
carrying a warning, as real imports do), then times `hrbot services near --json` in a new
process for each size, cold (no compiled cache) and warm (the cache the first run wrote),
and prints wall seconds, CPU seconds (user + system of the child: on a shared machine the
wall time also counts other people's work), peak memory (VmHWM) and the ratio to the stock
7-city directory measured in the same run. Targets (issue 14): 20,000 services answer in under 2 s, 100,000 load in
under 5 s with peak memory under 400 MB.

It also starts `hrbot run` (stock content with the generated directory) against the fake Bot
API for 20,000 services, cold and warm, and prints the time to its first getUpdates (target:
under 3 s; the directory loads in a worker thread meanwhile), the time until the directory is
loaded, and peak memory.

    python bench/directory_bench.py            # 1k, 5k, 20k, 100k; hrbot run with 20k
    python bench/directory_bench.py --quick    # 1k, 5k; no hrbot run
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A key of this run only (keys written in the repository are refused by `hrbot run`).
SECRET = secrets.token_urlsafe(48)
TYPES = [
    "syringe-services",
    "naloxone",
    "drug-checking",
    "hiv-testing",
    "hepatitis-testing-treatment",
    "opioid-agonist-therapy",
    "wound-care",
]
# Regions of the stock regions.yaml with their rough centres (the generator places services
# around them so that `location.region` is consistent with the coordinates).
CENTRES = [
    ("ua-kyiv-city", 50.45, 30.52),
    ("ua-lviv-oblast-lviv", 49.84, 24.03),
    ("es-madrid-madrid", 40.42, -3.70),
    ("es-catalonia-barcelona", 41.39, 2.17),
    ("mx-cdmx", 19.43, -99.13),
    ("gb-england-london", 51.51, -0.13),
    ("ca-bc-vancouver", 49.28, -123.12),
]


def generate(folder: Path, count: int, seed: int = 7) -> None:
    """``count`` services in files of 2,000, half of them with a warning."""
    rng = random.Random(seed)
    services = folder / "services"
    services.mkdir(parents=True)
    per_file = 2000
    for start in range(0, count, per_file):
        lines = ["services:"]
        for i in range(start, min(count, start + per_file)):
            region, lat, lon = CENTRES[i % len(CENTRES)]
            warn = i % 2 == 0
            lines += [
                f"  - id: gen-{i}",
                "    name:",
                f"      en: Generated service {i}",
                f"      uk: Згенерований сервіс {i}",
                f"    organization: Org {i % 97}",
                f"    types: [{', '.join(rng.sample(TYPES, 2))}]",
                "    location:",
                f"      lat: {lat + rng.uniform(-0.05, 0.05):.5f}",
                f"      lon: {lon + rng.uniform(-0.05, 0.05):.5f}",
                "      address:",
                f"        en: {i} Generated St",
                f"      region: {region}",
                '    hours: "Mo-Fr 09:00-17:00; PH off"',
                # A warning for half: a sample service whose name does not say "(sample)".
                *(["    sample: true"] if warn else []),
                "    languages: [en, uk]",
                "    status: active",
                "    verified: 2026-11-01",
            ]
        (services / f"part-{start // per_file:03d}.yaml").write_text("\n".join(lines) + "\n")
    for name in ("regions.yaml", "places.yaml", "categories.yaml"):
        shutil.copy(ROOT / "content" / name, folder / name)


def run_near(content: Path, cache: Path) -> tuple[float, int, int, float]:
    """Seconds and peak memory (kB) of one `hrbot services near --json`, its result count, and
    its CPU seconds."""
    env = {
        **os.environ,
        "HRBOT_CONTENT_DIR": str(content),
        "HRBOT_DATABASE": str(cache / "db.sqlite3"),
        "PYTHONPATH": str(ROOT),
    }
    script = (
        "import sys, runpy\n"
        "sys.argv = ['hrbot', 'services', 'near', '50.45', '30.52', '--json', '--limit', '5']\n"
        "try:\n"
        "    runpy.run_module('bot', run_name='__main__')\n"
        "except SystemExit as e:\n"
        "    code = e.code\n"
        "else:\n"
        "    code = 0\n"
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
        "print('PEAK', peak, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"hrbot services near failed ({done.returncode}): {done.stderr[-800:]}")
    peak = int(
        next(line.split()[1] for line in done.stderr.splitlines() if line.startswith("PEAK"))
    )
    items = json.loads(done.stdout)
    return elapsed, peak, len(items if isinstance(items, list) else items.get("items", [])), cpu


def run_bot(content: Path, data: Path) -> tuple[float, float, float]:
    """`hrbot run` against the fake Bot API: seconds to the first getUpdates, seconds until
    the directory is loaded, peak memory (MB)."""
    import asyncio
    import re

    sys.path.insert(0, str(ROOT))
    from bot.sandbox.fakeapi import FakeBotAPI

    token = "123456789:AAH-bench-token-0123456789abcdefghijklm"
    secret = SECRET

    async def go() -> tuple[float, float, float]:
        async with FakeBotAPI(token=token, rate_limits=False) as api:
            env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HRBOT_"))}
            env.update(
                PYTHONPATH=str(ROOT),
                TELEGRAM_BOT_TOKEN=token,
                TELEGRAM_API_URL=api.base_url,
                HRBOT_DATABASE=str(data / "bot.sqlite3"),
                HRBOT_SECRET_KEY=secret,
                HRBOT_CONTENT_DIR=str(content),
                HRBOT_LOG_LEVEL="INFO",
            )
            started = time.perf_counter()
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "run",
                env=env,
                cwd=ROOT,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.PIPE,
            )
            first = float("nan")
            loaded = asyncio.get_running_loop().create_future()
            tail: list[bytes] = []

            async def read_log() -> None:  # read all along: a full pipe would stop the bot
                assert proc.stderr is not None
                async for line in proc.stderr:
                    tail[:] = [*tail[-20:], line]
                    if not loaded.done() and re.search(rb"Service directory loaded: \d+", line):
                        loaded.set_result(time.perf_counter() - started)
                if not loaded.done():
                    loaded.set_exception(
                        SystemExit("hrbot run stopped: " + b"".join(tail).decode()[-800:])
                    )

            reader = asyncio.create_task(read_log())
            try:
                while api.arrivals["getUpdates"] == 0:
                    if time.perf_counter() - started > 120 or reader.done():
                        raise SystemExit("no getUpdates: " + b"".join(tail).decode()[-800:])
                    await asyncio.sleep(0.005)
                first = time.perf_counter() - started
                await asyncio.wait_for(asyncio.shield(loaded), 300)
                peak = float(
                    next(
                        line.split()[1]
                        for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
                        if line.startswith("VmHWM")
                    )
                )
            finally:
                if proc.returncode is None:
                    proc.terminate()
                    await proc.wait()
                await reader
            return first, loaded.result(), peak / 1024

    return asyncio.run(go())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="1k and 5k only")
    parser.add_argument(
        "--sizes", default="", help="comma-separated sizes (default 1000,5000,20000,100000)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s] or (
        [1000, 5000] if args.quick else [1000, 5000, 20000, 100000]
    )
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        stock_cache = tmp_path / "stock-cache"
        stock_cache.mkdir()
        run_near(ROOT / "content", stock_cache)  # warm the file cache and the compiled cache
        base, base_peak, _, base_cpu = run_near(ROOT / "content", stock_cache)
        print(
            f"stock directory (7 cities): {base:.2f} s (cpu {base_cpu:.2f} s), "
            f"peak {base_peak / 1024:.0f} MB  (baseline)",
            flush=True,
        )
        print(
            f"{'services':>9} {'cold s':>8} {'cold cpu':>8} {'warm s':>8} {'warm cpu':>8} "
            f"{'warm/base':>9} {'peak MB':>8}",
            flush=True,
        )
        failed = False
        for size in sizes:
            content = tmp_path / f"dir-{size}"
            generate(content, size)
            cache = tmp_path / f"cache-{size}"
            cache.mkdir()
            cold, cold_peak, n, cold_cpu = run_near(content, cache)
            warm, warm_peak, _, warm_cpu = run_near(content, cache)
            peak = max(cold_peak, warm_peak)
            print(
                f"{size:>9,} {cold:>8.2f} {cold_cpu:>8.2f} {warm:>8.2f} {warm_cpu:>8.2f} "
                f"{warm / base:>9.2f} {peak / 1024:>8.0f}  ({n} results)",
                flush=True,
            )
            if size >= 100_000 and (max(cold, warm) > 5.0 or peak / 1024 > 400):
                failed = True
            if 20_000 <= size < 100_000 and max(cold, warm) > 2.0:
                failed = True
            if size == 20_000 and not args.quick:
                stock_data = tmp_path / "bot-stock-data"
                stock_data.mkdir()
                first, loaded, bot_peak = run_bot(ROOT / "content", stock_data)
                print(
                    f"   hrbot run, stock directory (baseline): first getUpdates {first:.2f} s, "
                    f"directory loaded {loaded:.2f} s, peak {bot_peak:.0f} MB",
                    flush=True,
                )
                bot_content = tmp_path / "bot-content"
                shutil.copytree(
                    ROOT / "content", bot_content, ignore=shutil.ignore_patterns("services")
                )
                shutil.copytree(content / "services", bot_content / "services")
                data = tmp_path / "bot-data"
                data.mkdir()
                for label in ("cold", "warm"):
                    first, loaded, bot_peak = run_bot(bot_content, data)
                    print(
                        f"   hrbot run, 20,000 services, {label}: first getUpdates {first:.2f} s, "
                        f"directory loaded {loaded:.2f} s, peak {bot_peak:.0f} MB",
                        flush=True,
                    )
                    if first > 3.0:
                        failed = True
                shutil.rmtree(bot_content)
            shutil.rmtree(content)
        print(
            "targets: 20,000 under 2 s, hrbot run's first getUpdates under 3 s; "
            "100,000 under 5 s and 400 MB -> " + ("MISSED" if failed else "met")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
