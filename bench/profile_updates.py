"""Where hrbot's CPU goes per update: cProfile inside `hrbot run`, one workload at a time.

The companion of bench/updates_bench.py (same fake server, same four workloads, same
transport). The bot runs as its own process; the profiler is switched on (SIGUSR1) just before
a workload's burst and written out (SIGUSR2) when every person got their answer, so start-up
and the other workloads do not blur the picture. It also prints the bot's CPU time per update
(user + system, from /proc) for hrbot and, with ``--bare``, for the bare Application.

    python bench/profile_updates.py [--updates N] [--top K] [--workload start|questions|...]
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import pstats
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from updates_bench import (
    LANGS,
    SECRET,
    TOKEN,
    WORKLOADS,
    answered,
    cpu_seconds,
    drain,
    question_mix,
    question_pool,
    settle,
    wait_first_get_updates,
    warm_embeddings,
)

from bot.sandbox.fakeapi import FakeBotAPI

# Runs inside the bot's process: SIGUSR1 starts a cProfile, SIGUSR2 writes it to $PROFILE_OUT.
WRAPPER = """
import cProfile, gc, os, signal, sys, time
_prof = [None]
_gc = {"t": 0.0, "n": [0, 0, 0], "at": 0.0}
def _gc_cb(phase, info):
    if phase == "start":
        _gc["at"] = time.thread_time()
    else:
        _gc["t"] += time.thread_time() - _gc["at"]
        _gc["n"][info["generation"]] += 1
gc.callbacks.append(_gc_cb)
def _threads():
    import threading
    names = {t.native_id: t.name for t in threading.enumerate()}
    out = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        name = names.get(int(tid), "native")
        name = name.split("_")[0].rstrip("-0123456789") if name.startswith("asyncio") else name
        name = "ThreadPoolExecutor" if name.startswith("ThreadPoolExecutor") else name
        key = (int(tid), name)
        out[key] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return out
def _start(*_):
    _gc["threads0"] = _threads()
    _gc["t"], _gc["n"] = 0.0, [0, 0, 0]
    _gc["main0"] = time.thread_time()
    _gc["proc0"] = time.process_time()
    if os.environ.get("PROFILE_GC_ONLY"):
        _prof[0] = False
        return
    if os.environ.get("PROFILE_TIMER") == "thread":
        # CPU time of the event loop's thread only (the embedding runs in worker threads, which
        # cProfile does not see): where the loop's CPU goes, without waits counted as cost
        _prof[0] = cProfile.Profile(time.thread_time)
    else:
        _prof[0] = cProfile.Profile()
    _prof[0].enable()
def _stop(*_):
    main = time.thread_time() - _gc.get("main0", 0.0)
    proc = time.process_time() - _gc.get("proc0", 0.0)
    with open(os.environ["PROFILE_OUT"] + ".gc", "w") as f:
        f.write(f"{_gc['t']:.3f} s in {_gc['n']} collections per generation, "
                f"{len(gc.get_objects())} tracked objects, {gc.get_freeze_count()} frozen; "
                f"CPU {proc:.3f} s in all, {main:.3f} s on the event loop's thread, "
                f"{proc - main:.3f} s in other threads")
        by_name = {}
        before = _gc.get("threads0", {})
        for key, cpu in _threads().items():
            by_name[key[1]] = by_name.get(key[1], 0.0) + cpu - before.get(key, 0.0)
        f.write("; by thread: " + ", ".join(
            f"{n} {s:.2f} s" for n, s in sorted(by_name.items(), key=lambda i: -i[1]) if s > 0))
    if _prof[0] is False:
        _prof[0] = None
        os.replace(os.environ["PROFILE_OUT"] + ".gc", os.environ["PROFILE_OUT"])
        return
    if _prof[0] is not None:
        _prof[0].disable()
        _prof[0].dump_stats(os.environ["PROFILE_OUT"] + ".tmp")
        os.replace(os.environ["PROFILE_OUT"] + ".tmp", os.environ["PROFILE_OUT"])
        _prof[0] = None
signal.signal(signal.SIGUSR1, _start)
signal.signal(signal.SIGUSR2, _stop)
sys.argv = sys.argv[1:]
if sys.argv and sys.argv[0] == "-bare":
    sys.argv = sys.argv[1:]
    import runpy
    runpy.run_path(sys.argv[0], run_name="__main__")
else:
    from bot.cli import main
    sys.exit(main(["run"]))
"""


async def run(
    api: FakeBotAPI,
    argv: list[str],
    env: dict[str, str],
    n: int,
    workloads: list[str],
    out: Path,
    top: int,
    profile: bool,
    save: Path | None = None,
    repeats: float = 0.25,
) -> dict[str, float]:
    events = api.subscribe()
    started = time.perf_counter()
    proc = await asyncio.create_subprocess_exec(
        *argv, env=env, cwd=ROOT, stdout=asyncio.subprocess.DEVNULL
    )
    per_update: dict[str, float] = {}
    try:
        await wait_first_get_updates(api, started)
        await asyncio.sleep(1.5)
        await settle(proc.pid)
        for workload in workloads:
            questions = question_mix(question_pool(), n, 0, repeats)
            if workload == "questions":  # the mix bench/updates_bench.py sends
                users = [api.add_user(language_code=lang) for lang, _ in questions]
            else:
                users = [api.add_user(language_code=LANGS[i % 4]) for i in range(n)]
            ids = {u.id for u in users}
            targets = []
            if workload == "button":
                for user in users:
                    user.send_command("/topics")
                await answered(events, ids, ("message",))
                for user in users:
                    message = next(
                        m
                        for m in reversed(list(user.chat.messages.values()))
                        if m.get("reply_markup", {}).get("inline_keyboard")
                    )
                    targets.append((message, message["reply_markup"]["inline_keyboard"][0][0]))
            drain(events)
            if profile:
                out.unlink(missing_ok=True)
                proc.send_signal(signal.SIGUSR1)
                await asyncio.sleep(0.2)
            cpu0 = cpu_seconds(proc.pid)
            t0 = time.perf_counter()
            for i, user in enumerate(users):
                if workload in ("start", "topics"):
                    user.send_command("/" + workload)
                elif workload == "questions":
                    user.send_text(questions[i][1])
                else:
                    message, button = targets[i]
                    user.press(message, callback_data=button["callback_data"])
            await answered(events, ids, ("message", "edit"))
            wall = time.perf_counter() - t0
            cpu = cpu_seconds(proc.pid) - cpu0
            per_update[workload] = cpu / n * 1000
            print(
                f"{workload}: {n / wall:.1f}/s, bot CPU {cpu / n * 1000:.2f} ms per update",
                flush=True,
            )
            if profile:
                proc.send_signal(signal.SIGUSR2)
                while not out.exists():
                    await asyncio.sleep(0.05)
                gc_file = Path(str(out) + ".gc")
                if gc_file.exists():
                    print("garbage collection during the burst:", gc_file.read_text(), flush=True)
                else:
                    print("garbage collection during the burst:", out.read_text(), flush=True)
                    continue
                buf = io.StringIO()
                stats = pstats.Stats(str(out), stream=buf)
                stats.sort_stats("tottime").print_stats(top)
                stats.sort_stats("cumulative").print_stats(top)
                stats.sort_stats("cumulative").print_stats(r"/bot/", top)
                if save is not None:
                    save.mkdir(parents=True, exist_ok=True)
                    stats.dump_stats(str(save / f"{workload}.prof"))
                text = buf.getvalue().replace(str(ROOT) + "/", "")
                print(text, flush=True)
    finally:
        api.unsubscribe(events)
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(proc.wait(), 20)
            except TimeoutError:
                proc.kill()
    return per_update


async def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--updates", type=int, default=300)
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--workload", choices=WORKLOADS, action="append")
    parser.add_argument("--bare", action="store_true", help="also measure the bare bot's CPU")
    parser.add_argument("--no-profile", action="store_true", help="CPU per update only")
    parser.add_argument(
        "--gc-only", action="store_true", help="garbage collection time only (no cProfile)"
    )
    parser.add_argument("--profile-bare", action="store_true", help="profile the bare bot too")
    parser.add_argument(
        "--thread-time",
        action="store_true",
        help="profile the event loop thread's CPU time (not wall time; worker threads unseen)",
    )
    parser.add_argument("--save", type=Path, help="also write each workload's profile here")
    parser.add_argument(
        "--repeats", type=float, default=0.25, help="as bench/updates_bench.py's --repeats"
    )
    args = parser.parse_args()
    workloads = args.workload or list(WORKLOADS)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "HRBOT_"))}
    env["PYTHONPATH"] = str(ROOT)
    cache = Path(tempfile.gettempdir()) / "hrbot-bench-embeddings"
    with tempfile.TemporaryDirectory() as tmp:
        warm_embeddings(cache, tmp)
        out = Path(tmp) / "profile.out"
        async with FakeBotAPI(token=TOKEN, rate_limits=False) as api:
            bot_env = dict(
                env,
                TELEGRAM_BOT_TOKEN=TOKEN,
                TELEGRAM_API_URL=api.base_url,
                HRBOT_DATABASE=str(Path(tmp) / "bench.sqlite3"),
                HRBOT_SECRET_KEY=SECRET,
                HRBOT_CONTENT_DIR=str(ROOT / "content"),
                HRBOT_EMBEDDINGS_CACHE=str(cache),
                HRBOT_LOG_LEVEL="WARNING",
                PROFILE_OUT=str(out),
            )
            if args.gc_only:
                bot_env["PROFILE_GC_ONLY"] = "1"
            if args.thread_time:
                bot_env["PROFILE_TIMER"] = "thread"
            if args.bare:
                print("-- bare Application")
                bare = await run(
                    api,
                    [
                        sys.executable,
                        "-c",
                        WRAPPER,
                        "-bare",
                        str(ROOT / "bench" / "echo_bot.py"),
                        TOKEN,
                        api.base_url,
                    ],
                    dict(env, PROFILE_OUT=str(out)),
                    args.updates,
                    workloads,
                    out,
                    args.top,
                    args.profile_bare,
                    args.save / "bare" if args.save else None,
                    args.repeats,
                )
            print("-- hrbot")
            ours = await run(
                api,
                [sys.executable, "-c", WRAPPER, "hrbot"],
                bot_env,
                args.updates,
                workloads,
                out,
                args.top,
                not args.no_profile,
                args.save,
                args.repeats,
            )
            if args.bare:
                print("CPU ms per update (hrbot / bare):")
                for w in workloads:
                    print(f"  {w:>10}: {ours[w]:.2f} / {bare[w]:.2f} = {ours[w] / bare[w]:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
