"""Alert broadcast, black-box: ``hrbot run`` against the fake Bot API with Telegram's limits.

    .venv/bin/python bench/alerts_blackbox_bench.py            # 2,000 subscribers (~10 minutes)
    .venv/bin/python bench/alerts_blackbox_bench.py --quick    # 300 subscribers (~2.5 minutes)

Everything goes through the Bot API, as in production (issue 11, item 5):

* the fake Bot API server (``bot.sandbox.fakeapi``) runs in this process with Telegram's flood
  limits on all the time (30 messages/s overall, 1/s per chat with a burst of 3);
* the bot is ``python -m bot run`` (= ``hrbot run``) in a subprocess, configured only by its
  environment (TELEGRAM_API_URL pointed at the fake server, HRBOT_MODERATORS for the two
  moderators, HRBOT_APPROVALS with two approvals for a warning);
* people subscribe like real users, in four languages: some send /start first, then /alerts,
  and either press their city among the suggested ones or press "Type a place" and type its
  name in their own language, then press the subscribe button; a few subscribe to a region
  elsewhere (they must not get the alert). The people are driven at 20 actions/s so the bot's
  answers stay under the 30/s limit;
* the two moderators choose pseudonyms (/moderate), one invites a peer (/invite, the peer
  opens the link), the peer reports a warning with the buttons, and both moderators press
  Approve;
* halfway through the broadcast the bot gets ``kill -9``; it is started again and finishes.

Printed: subscribers; the rate of each segment (first to last card the server accepted in it)
and of both segments together outside the restart gap, as a ratio of 30/s; the 429 answers
provoked; missed, duplicate, wrong-region and wrong-language cards; the bot's CPU time and its
time waiting in the run queue for a CPU per segment (/proc/PID/task/*/schedstat), and the gaps
between cards: a rate below the target with a long run-queue wait is CPU contention; with every
bot message together at the budget's rate and little waiting, it is the budget's ceiling.
``--quick`` (make bench) requires the exact delivery and shows the rate; the full run requires
the rate too (>= 0.97 of 30/s outside the restart gap).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import secrets
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import DEFAULT_SEND_RATE
from bot.directory.regions import Regions
from bot.sandbox.fakeapi import FakeBotAPI
from bot.sandbox.fakeapi.model import FakeUser
from tests.alerts.conftest import (
    after,
    alert_id_of,
    buttons,
    press,
    press_answer,
    review_for,
    say,
)

TOKEN = "123456789:AAH-bench-token-0123456789abcdefghijklm"
MODERATORS = (900_001, 900_002)
FIRST_ID = 6_000_000_000
LANGUAGES = ("en", "ru", "uk", "es")
LIMIT = 30.0
REGION = "ua-kyiv-city"
ELSEWHERE = "es-madrid"
ELSEWHERE_EVERY = 20  # one person in 20 subscribes elsewhere
# What people type to find Kyiv, in their own language.
TYPED = {"en": "Kyiv", "ru": "Киев", "uk": "Київ", "es": "Kiev"}
HEADLINES = {
    "en": "URGENT WARNING",
    "ru": "СРОЧНОЕ ПРЕДУПРЕЖДЕНИЕ",
    "uk": "ТЕРМІНОВЕ ПОПЕРЕДЖЕННЯ",
    "es": "AVISO URGENTE",
}
ACTIONS_PER_S = 20.0  # people's taps and messages, each answered by one bot message or edit


# -- the bot process ------------------------------------------------------------------------------
def bot_env(api: FakeBotAPI, folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HRBOT_", "TELEGRAM_"))}
    env.update(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api.base_url,
            "HRBOT_DATABASE": str(folder / "data" / "hrbot.sqlite3"),
            "HRBOT_SECRET_KEY": secrets.token_urlsafe(48),
            "HRBOT_CONTENT_DIR": str(ROOT / "content"),
            "HRBOT_MODERATORS": ",".join(str(m) for m in MODERATORS),
            "HRBOT_APPROVALS": "information=1,caution=1,warning=2",
            "HRBOT_LOG_LEVEL": "INFO",
            # Topic embeddings cost CPU seconds at every start; the search is not measured here.
            "HRBOT_SEARCH_EMBEDDINGS": "off",
        }
    )
    return env


def cpu_of(pid: int) -> tuple[float, float]:
    """Seconds process ``pid`` (all its threads) has run on a CPU, and has waited in the run
    queue for one (from /proc/PID/task/*/schedstat): the wait is the CPU contention."""
    ran = waited = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            values = (task / "schedstat").read_text().split()
        except OSError:
            continue  # a thread that just ended
        ran += int(values[0])
        waited += int(values[1])
    return ran / 1e9, waited / 1e9


def own_cpu() -> float:
    times = os.times()
    return times.user + times.system


def loadavg() -> str:
    with open("/proc/loadavg") as handle:
        return " ".join(handle.read().split()[:3])


class Bot:
    """``python -m bot run`` (= ``hrbot run``), its log in a file."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.process: asyncio.subprocess.Process | None = None

    async def start(self, api: FakeBotAPI | None = None) -> None:
        """Start the process; with ``api``, wait until it polls for updates."""
        polls = api.arrivals["getUpdates"] if api is not None else 0
        handle = self.log.open("ab")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            cwd=str(ROOT),
            env=self.env,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=handle,
            stderr=handle,
        )
        handle.close()
        deadline = time.monotonic() + 120
        while api is not None and api.arrivals["getUpdates"] <= polls:
            if self.process.returncode is not None or time.monotonic() > deadline:
                raise RuntimeError("the bot did not start")
            await asyncio.sleep(0.05)

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    async def kill9(self) -> None:
        assert self.process is not None
        os.kill(self.process.pid, signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            await asyncio.wait_for(self.process.wait(), 30)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()


# -- people ---------------------------------------------------------------------------------------
class Pace:
    """People's actions at ``rate`` a second (so the bot's answers stay under Telegram's limit)."""

    def __init__(self, rate: float) -> None:
        self.interval, self._next = 1.0 / rate, 0.0

    async def __call__(self) -> None:
        now = time.monotonic()
        at = max(self._next, now)
        self._next = at + self.interval
        if at > now:
            await asyncio.sleep(at - now)


@dataclass
class Person:
    user: FakeUser
    lang: str
    region: str  # what they subscribed to


async def subscribe(
    api: FakeBotAPI, regions: Regions, pace: Pace, user: FakeUser, lang: str, region_id: str, i: int
) -> None:
    """/start (every third person), /alerts, the suggested city or a typed place, 🔔."""
    name = regions.get(region_id).name(lang)
    if i % 3 == 0:
        await pace()
        await after(api, user.id, lambda: user.send_command("/start"), timeout=20)
    await pace()
    screen = await say(api, user, "/alerts")
    if name in buttons(screen) and i % 2 == 0:
        await pace()
        screen = await press(api, user, screen, name, exact=True)
    else:
        await pace()
        await press(api, user, screen, "🔎")
        await pace()
        typed = TYPED[lang] if region_id == REGION else name
        choices = await say(api, user, typed)
        label = next(b for b in buttons(choices) if b.startswith(name))
        await pace()
        screen = await press(api, user, choices, label, exact=True)
    await pace()
    done = await press(api, user, screen, "🔔")
    assert "✅" in done["text"], done["text"]


HUMAN_S = 1.1  # a moderator or peer taps about once a second (Telegram allows 1/s per chat)


async def hsay(api: FakeBotAPI, user: FakeUser, text: str, **kw: Any) -> dict[str, Any]:
    await asyncio.sleep(HUMAN_S)
    return await say(api, user, text, **kw)


async def hpress(api: FakeBotAPI, user: FakeUser, message: dict, label: str, **kw: Any) -> dict:
    await asyncio.sleep(HUMAN_S)
    return await press(api, user, message, label, **kw)


async def named_moderator(api: FakeBotAPI, user_id: int, name: str) -> FakeUser:
    user = api.add_user(user_id=user_id, language_code="en", first_name="Mo")
    await hsay(api, user, "/moderate")
    done = await hsay(api, user, name)
    assert name in done["text"]
    return user


async def invited_peer(api: FakeBotAPI, moderator: FakeUser, name: str) -> FakeUser:
    answer = await hsay(api, moderator, "/invite", expect="start=inv-")
    code = answer["text"].split("start=inv-", 1)[1].split()[0]
    peer = api.add_user(language_code="en", first_name="Pe")
    await hsay(api, peer, f"/start inv-{code}")
    done = await hsay(api, peer, name)
    assert name in done["text"]
    return peer


async def report_warning(api: FakeBotAPI, peer: FakeUser) -> dict[str, Any]:
    """The peer reports a warning for Kyiv with the buttons, as tests/alerts do."""
    screen = await hsay(api, peer, "/report")
    screen = await hpress(api, peer, screen, "Heroin", exact=True)
    screen = await hpress(api, peer, screen, "Fentanyl", exact=True)
    screen = await hpress(api, peer, screen, "Done")
    screen = await hpress(api, peer, screen, "Test strip", exact=True)
    choices = await hsay(api, peer, "Kyiv")
    label = next(b for b in buttons(choices) if b.startswith("Kyiv"))
    screen = await hpress(api, peer, choices, label, exact=True)
    screen = await hpress(api, peer, screen, "›")  # no free-text description
    screen = await hpress(api, peer, screen, "›")  # no effects in words
    screen = await hpress(api, peer, screen, "Warning")
    screen = await hpress(api, peer, screen, "Done")
    screen = await hpress(api, peer, screen, "7 days")
    assert "Preview" in screen["text"], screen["text"]
    return await hpress(api, peer, screen, "Submit")


# -- what the server saw --------------------------------------------------------------------------
@dataclass
class Seen:
    cards: list[tuple[float, int, str]] = field(default_factory=list)  # (time, chat, text)
    sends: list[float] = field(default_factory=list)  # every message or edit the bot made


def is_card(text: str) -> bool:
    return "📍" in text and any(h in text for h in HEADLINES.values())


async def run(args: argparse.Namespace) -> int:
    count = args.subscribers
    regions = Regions.load(ROOT / "content" / "regions.yaml")
    with tempfile.TemporaryDirectory(prefix="alerts-blackbox-") as tmp:
        folder = Path(tmp)
        api = FakeBotAPI(token=TOKEN, rate_limits=True)
        await api.start()
        api.set_limits(global_rate=LIMIT, per_chat_rate=1, per_chat_burst=3)
        seen = Seen()
        queue = api.subscribe()

        async def collect() -> None:
            while True:
                event = await queue.get()
                if event["type"] in ("message", "edit"):
                    now = time.monotonic()
                    seen.sends.append(now)
                    text = event["message"].get("text") or event["message"].get("caption") or ""
                    if event["type"] == "message" and is_card(text):
                        seen.cards.append((now, event["chat_id"], text))

        collector = asyncio.create_task(collect())
        bot = Bot(bot_env(api, folder), folder / "bot.log")
        try:
            return await scenario(args, api, regions, bot, seen, count)
        except BaseException:
            print(f"bot log tail:\n{(folder / 'bot.log').read_text()[-3000:]}")
            raise
        finally:
            await bot.stop()
            collector.cancel()
            await api.stop()


async def scenario(
    args: argparse.Namespace, api: FakeBotAPI, regions: Regions, bot: Bot, seen: Seen, count: int
) -> int:
    started = time.monotonic()
    await bot.start(api)
    river = await named_moderator(api, MODERATORS[0], "river")  # waits for the bot to be up
    harbour = await named_moderator(api, MODERATORS[1], "harbour")
    peer = await invited_peer(api, river, "sparrow")

    # Subscribers, 40 at a time, at 20 actions/s.
    pace = Pace(ACTIONS_PER_S)
    people: list[Person] = []
    for i in range(count):
        lang = LANGUAGES[i % 4]
        region = ELSEWHERE if i % ELSEWHERE_EVERY == ELSEWHERE_EVERY - 1 else REGION
        user = api.add_user(user_id=FIRST_ID + i, language_code=lang, first_name="Sam")
        people.append(Person(user, lang, region))
    limit = asyncio.Semaphore(40)

    async def one(i: int, person: Person) -> None:
        async with limit:
            await subscribe(api, regions, pace, person.user, person.lang, person.region, i)

    await asyncio.gather(*(one(i, p) for i, p in enumerate(people)))
    setup_429 = api.stats["429"]
    in_region = [p for p in people if p.region == REGION]
    print(
        f"set-up through the Bot API in {time.monotonic() - started:.0f} s: "
        f"{len(people):,} people subscribed ({len(in_region):,} to {REGION}, "
        f"{len(people) - len(in_region)} to {ELSEWHERE}), {setup_429} 429 answers"
    )

    # The peer reports, both moderators approve with the buttons.
    done = await report_warning(api, peer)
    alert_id = alert_id_of(done)
    review = await review_for(river, alert_id, 10)
    await asyncio.sleep(HUMAN_S)
    await press_answer(api, river, review, "Approve")
    await asyncio.sleep(1.5)  # the moderators' chats recover their per-chat allowance
    api.reset_stats()
    seen.cards.clear()
    seen.sends.clear()
    review = await review_for(harbour, alert_id, 10)
    t0 = time.monotonic()
    cpu0, own0 = cpu_of(bot.pid), own_cpu()
    answer = await press_answer(api, harbour, review, "Approve")
    assert "Approved" in answer, answer

    # Halfway: kill -9, then start again.
    half = len(in_region) // 2
    while len(seen.cards) < half:
        await asyncio.sleep(0.005)
    cpu1 = cpu_of(bot.pid)
    await bot.kill9()
    killed_at = time.monotonic()
    own1 = own_cpu()
    at_kill = len(seen.cards)
    await asyncio.sleep(0.5)  # requests already on the wire land
    segment1 = list(seen.cards)
    sends1 = len(seen.sends)
    await bot.start()
    cpu2 = own2 = first2 = None
    cpu3, own3, t3 = (0.0, 0.0), 0.0, 0.0
    counted = len(segment1)

    # Until everyone in the region has a card and nothing more comes for 5 s.
    wanted = {p.user.id for p in in_region}
    deadline = time.monotonic() + max(60.0, 3 * len(in_region) / LIMIT)
    while time.monotonic() < deadline:
        if cpu2 is None and len(seen.cards) > len(segment1):
            # The bot's CPU in segment 2 from its first card on (not its start-up).
            cpu2, own2, first2 = cpu_of(bot.pid), own_cpu(), time.monotonic()
        if len(seen.cards) > counted:  # CPU up to the latest card
            counted = len(seen.cards)
            cpu3, own3, t3 = cpu_of(bot.pid), own_cpu(), time.monotonic()
        got = {chat for _, chat, _ in seen.cards}
        if wanted <= got and time.monotonic() - seen.cards[-1][0] > 5.0:
            break
        await asyncio.sleep(0.2)
    segment2 = seen.cards[len(segment1) :]
    await bot.stop()
    load = loadavg()

    # -- figures ------------------------------------------------------------------------------
    def rate(segment: list[tuple[float, int, str]]) -> tuple[int, float, float]:
        span = segment[-1][0] - segment[0][0] if len(segment) > 1 else 0.0
        return len(segment), span, (len(segment) - 1) / span if span > 0 else float("nan")

    n1, span1, r1 = rate(segment1)
    n2, span2, r2 = rate(segment2)
    outside = (n1 + n2 - 2) / (span1 + span2) if span1 + span2 > 0 else float("nan")
    whole_span = (segment2[-1][0] if segment2 else segment1[-1][0]) - segment1[0][0]
    with_gap = (n1 + n2 - 1) / whole_span if whole_span > 0 else float("nan")
    per_chat = Counter(chat for _, chat, _ in seen.cards)
    lang_of = {p.user.id: p.lang for p in people}
    missed = sum(1 for p in in_region if per_chat[p.user.id] == 0)
    duplicates = sum(n - 1 for chat, n in per_chat.items() if chat in wanted and n > 1)
    wrong_region = sum(n for chat, n in per_chat.items() if chat not in wanted)
    wrong_language = sum(
        1 for _, chat, text in seen.cards if chat in wanted and HEADLINES[lang_of[chat]] not in text
    )
    resumed = [
        line.strip()
        for line in (bot.log.read_text("utf-8", "replace").splitlines())
        if "earlier run stopped" in line
    ]
    gap = segment2[0][0] - segment1[-1][0] if segment1 and segment2 else float("nan")
    busy1 = (cpu1[0] - cpu0[0]) / max(killed_at - t0, 1e-9)
    wait1 = (cpu1[1] - cpu0[1]) / max(killed_at - t0, 1e-9)
    if cpu2 is None or own2 is None or first2 is None:
        cpu2, own2, first2 = cpu3, own3, t3
    busy2 = (cpu3[0] - cpu2[0]) / max(t3 - first2, 1e-9)
    wait2 = (cpu3[1] - cpu2[1]) / max(t3 - first2, 1e-9)
    server1 = (own1 - own0) / max(killed_at - t0, 1e-9)
    server2 = (own3 - own2) / max(t3 - first2, 1e-9)
    print(
        f"\n[black-box broadcast] {len(in_region):,} subscribers in {REGION} "
        f"({len(people) - len(in_region)} elsewhere), Telegram limit {LIMIT:.0f}/s, "
        f"kill -9 after {at_kill:,} cards"
    )
    print(f"  segment 1: {n1:,} cards in {span1:.2f} s = {r1:.2f} msg/s = {r1 / LIMIT:.3f} of 30/s")
    print(f"  segment 2: {n2:,} cards in {span2:.2f} s = {r2:.2f} msg/s = {r2 / LIMIT:.3f} of 30/s")
    print(
        f"  outside the restart gap: {outside:.2f} msg/s = {outside / LIMIT:.3f} of 30/s "
        f"(with the {gap:.1f} s gap: {with_gap / LIMIT:.3f})"
    )
    print(
        f"  all bot messages and edits during the broadcast: {len(seen.sends):,} "
        f"({sends1:,} by the kill)"
    )
    inside = [
        sum(1 for t in seen.sends if seg[0][0] <= t <= seg[-1][0])
        for seg in (segment1, segment2)
        if len(seg) > 1
    ]
    print(
        f"  every bot message and edit within those windows (cards, progress, notices): "
        f"{sum(inside):,} = {(sum(inside) - len(inside)) / (span1 + span2) / LIMIT:.3f} of 30/s"
    )
    # Where the time went: gaps between consecutive cards longer than 1.5 budget intervals.
    interval = 1 / DEFAULT_SEND_RATE  # the bot's default budget
    gaps = [
        b[0] - a[0]
        for seg in (segment1, segment2)
        for a, b in itertools.pairwise(seg)
        if b[0] - a[0] > 1.5 * interval
    ]
    print(
        f"  gaps between cards > {1.5 * interval * 1000:.0f} ms: {len(gaps)}, "
        f"{sum(g - interval for g in gaps):.2f} s lost in them (longest "
        f"{max(gaps, default=0) * 1000:.0f} ms)"
    )
    if args.dump:  # arrival times, for a closer look at the pacing
        args.dump.write_text(
            "".join(f"1 {t:.6f}\n" for t, _, _ in segment1)
            + "".join(f"2 {t:.6f}\n" for t, _, _ in segment2)
            + "".join(f"s {t:.6f}\n" for t in seen.sends)
        )
    print(f"  429 answers provoked: {api.stats['429']}")
    print(
        f"  missed {missed}, duplicates {duplicates}, wrong-region {wrong_region}, "
        f"wrong-language {wrong_language}"
    )
    print(f"  restart log: {resumed[-1] if resumed else '(no resume line)'}")
    print(
        f"  bot CPU: ran {busy1:.2f} s and waited for a CPU {wait1:.2f} s per second in "
        f"segment 1, ran {busy2:.2f} s and waited {wait2:.2f} s in segment 2 (from its first "
        f"card); the fake server (this process) ran {server1:.2f} s and {server2:.2f} s per second"
    )
    print(f"  machine load average (1, 5, 15 min): {load} on {os.cpu_count()} cores")
    ok = (
        missed == 0
        and duplicates <= args.concurrency
        and wrong_region == 0
        and wrong_language == 0
        and outside / LIMIT >= args.target
    )
    checks = [
        ("missed 0", missed == 0),
        (f"duplicates <= concurrency {args.concurrency}", duplicates <= args.concurrency),
        ("wrong-region 0", wrong_region == 0),
        ("wrong-language 0", wrong_language == 0),
        (f"rate outside the gap >= {args.target} of 30/s", outside / LIMIT >= args.target),
    ]
    for name, passed in checks:
        print(f"  {'PASS' if passed else 'FAIL'}  {name}")
    print(f"\ntotal {time.monotonic() - started:.0f} s")
    if args.quick and not ok and all(p for n, p in checks if not n.startswith("rate")):
        # Segments of ~140 cards are too short for the rate target (one slow wake-up is a
        # percent): --quick (make bench) requires the exact delivery, the full run the rate.
        print("--quick: the rate is shown, not required (run without --quick for the target)")
        return 0
    return 0 if ok else 1


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=None, help="default 2,000; --quick 300")
    parser.add_argument("--quick", action="store_true", help="300 subscribers")
    parser.add_argument("--target", type=float, default=0.97, help="rate / 30 per s to pass")
    parser.add_argument(
        "--concurrency", type=int, default=8, help="the sender's concurrency (duplicate bound)"
    )
    parser.add_argument("--dump", type=Path, help="write the cards' arrival times to this file")
    args = parser.parse_args(argv)
    if args.subscribers is None:
        args.subscribers = 300 if args.quick else 2000
    if args.subscribers < 40:
        parser.error("--subscribers must be at least 40")
    return args


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[attr-defined]
    sys.exit(asyncio.run(run(parse_args(sys.argv[1:]))))
