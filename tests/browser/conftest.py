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


async def _page(
    browser: Any, sandbox: WebSandbox, request: pytest.FixtureRequest, width: int, height: int
) -> AsyncIterator[Any]:
    context = await browser.new_context(viewport={"width": width, "height": height}, locale="en-GB")
    context.set_default_timeout(WAIT_MS)
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    await page.goto(sandbox.url)
    await page.wait_for_selector("body[data-ready=true]")
    try:
        yield page
    finally:
        failed = getattr(request.node, "rep_call", None)
        if failed is not None and failed.failed:
            OUTPUT.mkdir(exist_ok=True)
            name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)
            try:
                await page.screenshot(path=str(OUTPUT / f"{name}.png"), full_page=True)
            except Exception as exc:  # noqa: BLE001 - a screenshot must not hide the failure
                print(f"Could not take a screenshot: {exc}")
        await context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest_asyncio.fixture(loop_scope="session")
async def page(
    browser: Any, sandbox: WebSandbox, request: pytest.FixtureRequest
) -> AsyncIterator[Any]:
    """The sandbox page on a wide screen (all chats side by side)."""
    async for opened in _page(browser, sandbox, request, 1600, 900):
        yield opened


@pytest_asyncio.fixture(loop_scope="session")
async def phone(
    browser: Any, sandbox: WebSandbox, request: pytest.FixtureRequest
) -> AsyncIterator[Any]:
    """The sandbox page on a phone-sized screen (one chat at a time, tabs)."""
    async for opened in _page(browser, sandbox, request, 390, 780):
        yield opened
