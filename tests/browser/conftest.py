"""Browser tests of the web sandbox: Debian's Chromium driven by Playwright for Python.

Setup for developers (CI's .ci/run does it): ``sudo apt-get install -y chromium chromium-driver``.
No browser is ever downloaded: Playwright launches /usr/bin/chromium. One browser per test
session and one sandbox (fake Telegram + the real bot + the web page) per test module, both on
the session's event loop (Playwright's async API, so the rest of the suite's asyncio tests are
unaffected). A failing test leaves a screenshot under ``test-output/``.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.handlers.base import FloodGate
from bot.sandbox.web import web_sandbox
from bot.sandbox.web.server import WebSandbox
from tests.conftest import ROOT, make_settings, replace_core

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # no GPU process at all: with --disable-gpu alone Chromium still starts one that composites
    # with SwiftShader, its software GL (tests/browser alone on a loaded 2-core machine, side by
    # side with and without this flag: user+sys CPU of pytest and Chromium 13.5 -> 12.0 s)
    "--disable-software-rasterizer",
]
OUTPUT = ROOT / "test-output"
WAIT_MS = 15_000


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    setattr(item, "rep_" + report.when, report)


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser() -> AsyncIterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(
            "Debian's chromium is not installed at /usr/bin/chromium "
            "(sudo apt-get install -y chromium chromium-driver)"
        )
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            await browser.close()


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def sandbox(
    browser: Any, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[WebSandbox]:
    settings = replace_core(make_settings(tmp_path_factory.mktemp("browser")), log_level="INFO")
    async with web_sandbox(settings, rate_limits=False) as box:
        # A test presses faster than a person: loosen the bot's per-chat flood gate.
        box.bot_app.bot_data.floodgate = FloodGate(rate=1000.0, burst=10_000)
        yield box


async def _open(browser: Any, sandbox: WebSandbox, width: int, height: int) -> _Opened:
    """The sandbox page, loaded and ready, in its own browser context."""
    context = await browser.new_context(viewport={"width": width, "height": height}, locale="en-GB")
    context.set_default_timeout(WAIT_MS)
    page = await context.new_page()
    opened = _Opened(context, page)
    page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
    await page.goto(sandbox.url)
    await page.wait_for_selector("body[data-ready=true]")
    return opened


class _Opened:
    def __init__(self, context: Any, page: Any) -> None:
        self.context, self.page = context, page
        self.errors: list[str] = []


async def _watched(opened: _Opened, request: pytest.FixtureRequest) -> AsyncIterator[bool]:
    """Around one test on ``opened``: a screenshot under test-output/ when it fails, and no
    JavaScript error on the page during it. Yields; then tells whether the page is still fit
    for another test (it is not after a failure or an error)."""
    opened.errors.clear()
    yield True
    failed = getattr(request.node, "rep_call", None)
    failed = failed is not None and failed.failed
    if failed:
        OUTPUT.mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)
        try:
            await opened.page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)
        except Exception as exc:  # noqa: BLE001 - a screenshot must not hide the failure
            print(f"Could not take a screenshot: {exc}")
    yield not failed and not opened.errors


async def _page(
    browser: Any, sandbox: WebSandbox, request: pytest.FixtureRequest, width: int, height: int
) -> AsyncIterator[Any]:
    opened = await _open(browser, sandbox, width, height)
    watch = _watched(opened, request)
    await anext(watch)
    try:
        yield opened.page
    finally:
        await anext(watch)
        await opened.context.close()
    assert not opened.errors, f"JavaScript errors on the page: {opened.errors}"


class _SharedPage:
    """One wide page for the tests of a module that go on from where the last one left it
    (their people keep chatting, as on a page left open; a page costs a second to open). A
    failed test, a JavaScript error or a test that went to another address (the preview)
    closes it, so the next test gets a fresh one."""

    def __init__(self, browser: Any, sandbox: WebSandbox) -> None:
        self.browser, self.sandbox = browser, sandbox
        self.opened: _Opened | None = None

    async def use(self, request: pytest.FixtureRequest) -> AsyncIterator[Any]:
        if self.opened is None:
            self.opened = await _open(self.browser, self.sandbox, 1600, 900)
        opened = self.opened
        watch = _watched(opened, request)
        await anext(watch)
        try:
            yield opened.page
        finally:
            fit = await anext(watch)
            if not fit or opened.page.url != self.sandbox.url:  # failed, or went elsewhere
                self.opened = None
                await opened.context.close()
        assert not opened.errors, f"JavaScript errors on the page: {opened.errors}"

    async def close(self) -> None:
        if self.opened is not None:
            await self.opened.context.close()
            self.opened = None


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def _shared_page(browser: Any, sandbox: WebSandbox) -> AsyncIterator[_SharedPage]:
    shared = _SharedPage(browser, sandbox)
    try:
        yield shared
    finally:
        await shared.close()


@pytest_asyncio.fixture(loop_scope="session")
async def page(_shared_page: _SharedPage, request: pytest.FixtureRequest) -> AsyncIterator[Any]:
    """The sandbox page on a wide screen (all chats side by side), shared by the module's tests
    that ask for it: each goes on where the previous one left the page."""
    async for opened in _shared_page.use(request):
        yield opened


@pytest_asyncio.fixture(loop_scope="session")
async def fresh_page(
    browser: Any, sandbox: WebSandbox, request: pytest.FixtureRequest
) -> AsyncIterator[Any]:
    """The sandbox page on a wide screen, freshly loaded for this test alone."""
    async for opened in _page(browser, sandbox, request, 1600, 900):
        yield opened


@pytest_asyncio.fixture(loop_scope="session")
async def phone(
    browser: Any, sandbox: WebSandbox, request: pytest.FixtureRequest
) -> AsyncIterator[Any]:
    """The sandbox page on a phone-sized screen (one chat at a time, tabs), freshly loaded."""
    async for opened in _page(browser, sandbox, request, 390, 780):
        yield opened
