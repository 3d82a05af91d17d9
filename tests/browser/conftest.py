"""Browser tests of the web sandbox: Debian's Chromium driven by Playwright for Python.

Setup for developers (CI's .ci/run does it): ``sudo apt-get install -y chromium chromium-driver``.
No browser is ever downloaded: Playwright launches /usr/bin/chromium. One browser per test
session, one sandbox (fake Telegram + the real bot + the web page) per test module, run in a
thread of its own. A failing test leaves a screenshot under ``test-output/``.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, Self

import pytest

from bot.handlers.base import FloodGate
from bot.sandbox.web import web_sandbox
from bot.sandbox.web.server import WebSandbox
from tests.conftest import ROOT, make_settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
OUTPUT = ROOT / "test-output"
WAIT_MS = 15_000


class SandboxThread:
    """``web_sandbox`` running in its own thread and event loop, for synchronous browser tests."""

    def __init__(self, data: Path, **kwargs: Any) -> None:
        self.settings = replace(make_settings(data), log_level="INFO")
        self.kwargs = kwargs
        self.box: WebSandbox | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name="web-sandbox", daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        if not self._ready.wait(90):
            raise RuntimeError("the sandbox did not start within 90 s")
        if self._error is not None:
            raise self._error
        return self

    def __exit__(self, *exc: object) -> None:
        if self.loop is not None and self._stop is not None:
            self.loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(30)

    def _main(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        self.loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        try:
            async with web_sandbox(self.settings, **self.kwargs) as box:
                # A test presses faster than a person: loosen the bot's per-chat flood gate.
                box.bot_app.bot_data["floodgate"] = FloodGate(rate=1000.0, burst=10_000)
                self.box = box
                self._ready.set()
                await self._stop.wait()
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            self._error = exc
            self._ready.set()

    def run(self, coro: Any, timeout: float = 30) -> Any:
        """Run a coroutine in the sandbox's loop (to reach the bot's services)."""
        assert self.loop is not None
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def call(self, fn: Any, *args: Any) -> Any:
        """Call a plain function in the sandbox's loop (the fake server is not thread-safe)."""
        async def wrapper() -> Any:
            return fn(*args)

        return self.run(wrapper())

    @property
    def url(self) -> str:
        assert self.box is not None
        return self.box.url


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    setattr(item, "rep_" + report.when, report)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium "
                    "(sudo apt-get install -y chromium chromium-driver)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def sandbox(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxThread]:
    with SandboxThread(tmp_path_factory.mktemp("browser"), rate_limits=False) as running:
        yield running


def _page(browser: Any, sandbox: SandboxThread, request: pytest.FixtureRequest, width: int, height: int) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": width, "height": height}, locale="en-GB")
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(sandbox.url)
    page.wait_for_selector("body[data-ready=true]")
    page.js_errors = errors  # type: ignore[attr-defined]
    try:
        yield page
    finally:
        failed = getattr(request.node, "rep_call", None)
        if failed is not None and failed.failed:
            OUTPUT.mkdir(exist_ok=True)
            name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)
            try:
                page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)
            except Exception as exc:  # noqa: BLE001 - a screenshot must not hide the failure
                print(f"Could not take a screenshot: {exc}")
        context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def page(browser: Any, sandbox: SandboxThread, request: pytest.FixtureRequest) -> Iterator[Any]:
    """The sandbox page on a wide screen (all chats side by side)."""
    yield from _page(browser, sandbox, request, 1600, 900)


@pytest.fixture
def phone(browser: Any, sandbox: SandboxThread, request: pytest.FixtureRequest) -> Iterator[Any]:
    """The sandbox page on a phone-sized screen (one chat at a time, tabs)."""
    yield from _page(browser, sandbox, request, 390, 780)
