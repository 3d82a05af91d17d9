"""Start-up of ``hrbot run`` with the stock content: time and memory (issue 14, item 5).

Starts the bot as ``updates_bench.py`` does (a separate process against the fake Bot API
server, a fresh database per run) and prints, per run:

- seconds from process start to the first getUpdates (and, for comparison, a bare
  python-telegram-bot Application on the same transport, ``bench/echo_bot.py``);
- resident memory (VmRSS) at the first getUpdates, and the peak (VmHWM) at that moment;
- resident memory and peak after ``--settle`` seconds, when the background loads (full search
  index, sentence-embedding model, topic and triage vectors) are done: the steady state.

Targets (issue 14): under 0.8 s to the first getUpdates and under 120 MB.

    python bench/startup_bench.py [--runs N] [--settle S] [--quick]
    python bench/startup_bench.py --importtime FILE   # one run with -X importtime into FILE
    python bench/startup_bench.py --profile FILE      # one run under cProfile (start and settle)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.sandbox.fakeapi import FakeBotAPI

TOKEN = "123456789:AAH-bench-token-0123456789abcdefghijklm"
SECRET = secrets.token_urlsafe(48)
TARGET_SECONDS = 0.8
TARGET_MB = 120


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (all its threads) so far: on a shared machine the
    wall-clock start time varies with other load, this much less."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def memory_mb(pid: int) -> tuple[float, float]:
    """(VmRSS, VmHWM) of a process in MB."""
    rss = hwm = float("nan")
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss, hwm


async def one_run(
    api: FakeBotAPI, argv: list[str], env: dict[str, str], settle: float
) -> dict[str, float]:
    seen = api.arrivals["getUpdates"]
    started = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(
        *argv, env=env, cwd=ROOT, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE
    )
    result: dict[str, float] = {}
    try:
        while api.arrivals["getUpdates"] <= seen:
            if time.perf_counter() - started > 60 or proc.returncode is not None:
                err = (await proc.stderr.read()).decode(errors="replace")[-2000:]  # type: ignore[union-attr]
                raise RuntimeError(f"the bot never called getUpdates:\n{err}")
            await asyncio.sleep(0.002)
        result["first_poll"] = time.perf_counter() - started
        result["cpu_first"] = cpu_seconds(proc.pid)
        result["rss_first"], result["hwm_first"] = memory_mb(proc.pid)
        await asyncio.sleep(settle)
        result["rss_settled"], result["hwm_settled"] = memory_mb(proc.pid)
        result["cpu_settled"] = cpu_seconds(proc.pid)
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), 20)
            except TimeoutError:
                proc.kill()
                await proc.wait()
    return result


async def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--settle", type=float, default=8.0, help="seconds before steady state")
    parser.add_argument("--quick", action="store_true", help="2 runs, 5 s settle")
    parser.add_argument("--importtime", metavar="FILE", help="one run with -X importtime")
    parser.add_argument("--profile", metavar="FILE", help="one run under cProfile")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare Application")
    parser.add_argument(
        "--bytecode",
        action="store_true",
        help="let Python cache compiled modules (in a temporary PYTHONPYCACHEPREFIX, filled by a "
        "first run that is not counted), as an installed package has; by default the "
        "environment decides (PYTHONDONTWRITEBYTECODE=1 compiles every module at every start)",
    )
    args = parser.parse_args()
    if args.quick:
        args.runs, args.settle = 2, 5.0
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HRBOT_"))}
    env["PYTHONPATH"] = str(ROOT)
    python = [sys.executable]
    print(
        "bytecode cache: "
        + (
            "on (temporary prefix)"
            if args.bytecode
            else ("off (PYTHONDONTWRITEBYTECODE)" if env.get("PYTHONDONTWRITEBYTECODE") else "on")
        ),
        flush=True,
    )
    if args.importtime:
        python += ["-X", "importtime"]
    if args.importtime or args.profile:
        args.runs, args.no_bare = 1, True
    with tempfile.TemporaryDirectory() as tmp:
        if args.bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        async with FakeBotAPI(token=TOKEN, rate_limits=False) as api:
            ours: list[dict[str, float]] = []
            bare: list[dict[str, float]] = []
            for run in range(-1 if args.bytecode else 0, args.runs):
                bot_env = dict(
                    env,
                    TELEGRAM_BOT_TOKEN=TOKEN,
                    TELEGRAM_API_URL=api.base_url,
                    HRBOT_DATABASE=str(Path(tmp) / f"r{run}" / "bench.sqlite3"),
                    HRBOT_SECRET_KEY=SECRET,
                    HRBOT_CONTENT_DIR=str(ROOT / "content"),
                    HRBOT_LOG_LEVEL="WARNING",
                )
                argv = [*python, "-m", "bot", "run"]
                if args.profile:  # written when the bot stops (SIGTERM after the settle time)
                    argv = [*python, "-m", "cProfile", "-o", args.profile, "-m", "bot", "run"]
                if args.importtime:
                    argv = [
                        "/bin/sh",
                        "-c",
                        f'exec "$@" 2>"{args.importtime}"',
                        "sh",
                        *argv,
                    ]
                if not args.no_bare:
                    bare.append(
                        await one_run(
                            api,
                            [
                                sys.executable,
                                str(ROOT / "bench" / "echo_bot.py"),
                                TOKEN,
                                api.base_url,
                            ],
                            env,
                            0.5,
                        )
                    )
                r = await one_run(api, argv, bot_env, args.settle)
                if run < 0:
                    bare.clear()
                    continue  # the run that filled the bytecode cache
                ours.append(r)
                print(
                    f"run {run + 1}: hrbot first getUpdates {r['first_poll']:.2f} s "
                    f"(CPU {r['cpu_first']:.2f} s), "
                    f"RSS then {r['rss_first']:.0f} MB (peak {r['hwm_first']:.0f} MB); "
                    f"after {args.settle:.0f} s RSS {r['rss_settled']:.0f} MB "
                    f"(peak {r['hwm_settled']:.0f} MB, CPU {r['cpu_settled']:.2f} s)"
                    + (
                        f"; bare {bare[-1]['first_poll']:.2f} s (CPU {bare[-1]['cpu_first']:.2f} s), "
                        f"{bare[-1]['rss_first']:.0f} MB"
                        if bare
                        else ""
                    ),
                    flush=True,
                )
    med = statistics.median
    first = [r["first_poll"] for r in ours]
    print(
        f"\nhrbot, {len(ours)} runs: first getUpdates best {min(first):.2f} s, median {med(first):.2f} s"
        f" (target < {TARGET_SECONDS} s); CPU to then median {med(r['cpu_first'] for r in ours):.2f} s"
    )
    print(
        f"memory at first getUpdates: RSS median {med(r['rss_first'] for r in ours):.0f} MB, "
        f"peak median {med(r['hwm_first'] for r in ours):.0f} MB (target < {TARGET_MB} MB)"
    )
    print(
        f"steady state after {args.settle:.0f} s: RSS median {med(r['rss_settled'] for r in ours):.0f} MB, "
        f"peak median {med(r['hwm_settled'] for r in ours):.0f} MB"
    )
    if bare:
        print(
            f"bare Application: first getUpdates best {min(r['first_poll'] for r in bare):.2f} s, "
            f"median {med(r['first_poll'] for r in bare):.2f} s; CPU median "
            f"{med(r['cpu_first'] for r in bare):.2f} s; RSS {med(r['rss_first'] for r in bare):.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
