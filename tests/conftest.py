"""Shared fixtures: a fake Bot API server on 127.0.0.1 and the real bot running against it."""

from __future__ import annotations

import asyncio
import os
import weakref
from collections.abc import AsyncIterator, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from bot.config import Settings
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from tests.shared_loads import fresh_search_indexes, real_heap_settle, real_warm_up, shared_loads

__all__ = ["fresh_search_indexes", "real_heap_settle", "real_warm_up"]  # fixtures for every test

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456789:AAH-test-token-0123456789abcdefghijklm"
SECRET = "test-secret-key-which-is-long-enough-0123456789"
MODERATOR_ID = 900001


# Settings every test bot starts with (through Settings.from_env, as the bot reads them):
# computing topic embeddings costs CPU seconds per bot start, so tests that need them turn them
# on; and tests answer right after start, so they search with the full index from the first message.
TEST_ENV = {"HRBOT_SEARCH_EMBEDDINGS": "off", "HRBOT_SEARCH_QUICK_START": "off"}

# One BLAS thread per test process (unless the environment says otherwise): `make test` already
# runs a worker per core or more, and OpenBLAS's own threads on top of them fight for the same
# cores (tests/library/test_triage_head.py alone on a loaded 2-core machine: 37 and 32 s -> 16.5
# and 15.8 s wall, user CPU 5.5 -> 3.6 s). Set before anything imports numpy (these imports do
# not), so the test workers and the processes the tests start inherit it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# The files that take longest (CPU, subprocesses, a browser, real-time pacing; measured per file
# with `make test` on a loaded 2-core machine, mean seconds on a worker), longest first. `make
# test` hands whole files to the workers in collection order (--no-loadscope-reorder), so these
# start first and no worker is left alone with one at the end.
LONGEST_FIRST = (
    "browser/test_sandbox.py",  # with the next, one unit on one worker (SHARED_WORKER): ~38 s
    "browser/test_sandbox_alerts.py",
    "library/test_triage_embed.py",  # 47 s with the next, now split in two
    "library/test_triage_dispatch.py",  # 27 s
    "library/test_triage_shipped.py",
    "foundation/test_cli.py",  # 22 s
    "library/test_triage_head.py",  # one unit with test_triage_embed.py (SHARED_WORKER)
    "sandbox/test_web_cli.py",  # 19 s
    "library/test_tickets.py",  # 12 s
    "library/test_routing.py",
    "foundation/test_operations.py",
    "alerts/test_channels.py",
    "alerts/test_sender.py",
    "library/test_triage.py",
    "foundation/test_light_start.py",
    "foundation/test_forget_wal.py",
    "library/test_combo_names.py",
    "flow/test_triage_embed.py",
    "library/test_routing_route10.py",
    "alerts/test_lifecycle.py",
    "alerts/test_review.py",
    "sandbox/test_web.py",
    "directory/test_geo.py",
    "alerts/test_urgent.py",
    "library/test_search_questions.py",
    "foundation/test_i18n.py",
    "directory/test_emergency.py",
    "foundation/test_odd_updates.py",
    "directory/test_near_e2e.py",
    "library/test_embed.py",
    "library/test_yaml_bombs.py",
    "library/test_embed_static.py",
    "alerts/test_languages.py",
    "alerts/test_delivery_e2e.py",
    "sandbox/test_fakeapi.py",
    "foundation/test_e2e.py",  # 2 s; the rest take less, in collection order
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest files first (LONGEST_FIRST), each file's tests in their own order."""
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    weights: dict[Path, int] = {}  # per file: resolving a path per test cost ~0.1 s per process

    def weight(item: pytest.Item) -> int:
        found = weights.get(item.path)
        if found is None:
            try:
                name = item.path.resolve().relative_to(ROOT / "tests").as_posix()
            except ValueError:
                found = len(rank)
            else:
                found = rank.get(name, len(rank))
            weights[item.path] = found
        return found

    items.sort(key=weight)  # stable: the rest keep their collection order


# Files `make test` hands to one worker together (each entry: a folder or file prefix, or a
# tuple of them, that become one unit). The browser tests share one Chromium per test process
# (tests/browser/conftest.py), so only one browser is launched. The two triage files score every
# shipped prototype against all the others (~3.5 s of CPU), kept per process by
# tests/shared_loads.py, so they score it once.
SHARED_WORKER: tuple[str | tuple[str, ...], ...] = (
    "tests/browser/",
    ("tests/library/test_triage_embed.py", "tests/library/test_triage_head.py"),
)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """With ``--dist loadfile``: whole files per worker, but the files under SHARED_WORKER
    folders all on the same worker. Other modes: pytest-xdist's own scheduler."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class _Scheduling(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            for unit in SHARED_WORKER:
                prefixes = (unit,) if isinstance(unit, str) else unit
                if nodeid.startswith(prefixes):
                    return prefixes[0]
            return super()._split_scope(nodeid)

    return _Scheduling(config, log)  # type: ignore[arg-type]


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto``: two workers per core. A worker often waits (on the ``python -m bot``
    processes and the browser the tests start, long polls, paced deliveries), and the other
    one on its core runs meanwhile. At most 16 (a worker holds about half a gigabyte; measured
    on 2 cores only). PYTEST_XDIST_AUTO_NUM_WORKERS still decides when set."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # pytest-xdist reads it
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return min(2 * cores, 16)


def buttons(message: Mapping[str, object]) -> list[str]:
    """The texts of a sent message's inline buttons, row by row."""
    markup = message.get("reply_markup") or {}
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    return [b["text"] for row in rows for b in row]


async def next_matching(user, predicate, timeout: float = 10.0):
    """The next message to ``user`` that satisfies ``predicate`` (earlier ones are skipped)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        remaining = deadline - loop.time()
        message = await user.next_message(timeout=max(0.1, remaining))
        if predicate(message):
            return message


def make_settings(tmp_path: Path, env: Mapping[str, str] | None = None, **core: object) -> Settings:
    """Test settings: ``env`` holds HRBOT_* variables (parsed as the bot parses them), the
    keywords replace fields of the core section (``CoreSettings``)."""
    base = Settings.from_env({**TEST_ENV, **(env or {})})
    defaults: dict[str, object] = {
        "token": TOKEN,
        "database": tmp_path / "data" / "hrbot.sqlite3",
        "content_dir": ROOT / "content",
        "secret_key": SECRET,
        "moderators": frozenset({MODERATOR_ID}),
        "log_level": "DEBUG",
    }
    return replace_core(base, **{**defaults, **core})


def replace_core(settings: Settings, **core: object) -> Settings:
    """``settings`` with these fields of its core section replaced."""
    return replace(settings, core=replace(settings.core, **core))  # type: ignore[arg-type]


@pytest.fixture(scope="session", autouse=True)
def _shared_loads() -> Iterator[None]:
    """Catalogs, regions, places and the CA bundle loaded once per test process
    (tests/shared_loads.py)."""
    with shared_loads():
        yield


@pytest.fixture(scope="session")
def _yaml_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("yaml-cache")


@pytest.fixture(autouse=True)
def _no_embeddings_by_default(monkeypatch: pytest.MonkeyPatch, _yaml_cache_dir: Path) -> None:
    """For the commands tests run through ``hrbot`` (which reads the real environment): the same
    as TEST_ENV. Bots the tests start get their settings from make_settings."""
    monkeypatch.setenv("HRBOT_SEARCH_EMBEDDINGS", "off")
    # Tests answer right after start: search with the full index from the first message on.
    monkeypatch.setenv("HRBOT_SEARCH_QUICK_START", "off")
    # Parsed content files (bot/yamlcache.py) go to this run's folder, not the user's cache.
    monkeypatch.setenv("HRBOT_YAML_CACHE", str(_yaml_cache_dir))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotAPI]:
    api = FakeBotAPI(token=TOKEN, rate_limits=False)
    await api.start()
    try:
        yield api
    finally:
        await api.stop()


# The harness of each running fake server, so helpers that only hold a person (FakeUser.api)
# can wait for that bot to be idle.
_HARNESSES: weakref.WeakKeyDictionary[FakeBotAPI, Harness] = weakref.WeakKeyDictionary()


def harness_of(api: FakeBotAPI) -> Harness | None:
    """The running bot's harness for this fake server (the latest one started on it)."""
    return _HARNESSES.get(api)


@dataclass
class Harness:
    """The running bot, its fake Telegram, and its settings."""

    app: object
    api: FakeBotAPI
    settings: Settings

    def __post_init__(self) -> None:
        # Updates the fake server queued and the bot handled before this harness: idle() counts
        # from here (a restarted bot on the same server starts its count at zero).
        self._pushed0 = self.api.updates.pushed
        self._handled0 = self.app.update_processor.handled  # type: ignore[attr-defined]
        _HARNESSES[self.api] = self

    @property
    def services(self):
        return self.app.bot_data.services  # type: ignore[attr-defined]

    async def settle(self, delay: float = 0.05) -> None:
        """Give the bot a moment to process what was sent."""
        await asyncio.sleep(delay)

    async def is_idle(self, updates_only: bool = False) -> bool:
        """Has the bot handled every update the fake server queued for it since this harness
        started, and (unless ``updates_only``) has its alert sender nothing queued or in
        flight?"""
        pushed = self.api.updates.pushed - self._pushed0
        handled = self.app.update_processor.handled - self._handled0  # type: ignore[attr-defined]
        if handled < pushed:
            return False
        if updates_only:
            return True
        alerts = getattr(self.services.features, "alerts", None)
        sender = getattr(alerts, "sender", None)
        return sender is None or not sender.running or await sender.wait_idle(0)

    async def idle(self, timeout: float = 10.0, updates_only: bool = False) -> None:
        """Until ``is_idle()``: everything the bot was going to send for what people did so far
        has been sent (instead of waiting a fixed moment and hoping it was long enough)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not await self.is_idle(updates_only):
            if loop.time() > deadline:
                raise AssertionError("the bot did not finish handling its updates in time")
            await asyncio.sleep(0.005)


@pytest.fixture
async def harness(fake_api: FakeBotAPI, settings: Settings) -> AsyncIterator[Harness]:
    settings = replace_core(settings, api_url=fake_api.base_url)
    async with running_bot(settings, TOKEN) as app:
        yield Harness(app, fake_api, settings)
