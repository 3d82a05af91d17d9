"""End to end in a real browser: the two alert stories (a report, its review, the broadcast to
simulated subscribers), in their own sandbox.

Their own file (the two longest tests of tests/browser/test_sandbox.py): the workers of
``make test`` take whole files, so these run beside the rest of the browser tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.sandbox.web.server import WebSandbox
from tests.browser.test_sandbox import LVIV, Chat

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def report_bad_batch(peer: Chat, severity: str) -> None:
    """The verified peer reports a bad batch in Lviv, up to the report's preview."""
    await peer.say("/report", "")
    await peer.press("Heroin", exact=True)
    await peer.press("Fentanyl", exact=True)
    await peer.press("Done")
    await peer.press("Test strip", exact=True)
    await peer.say("Lviv", LVIV)
    await peer.press(LVIV, exact=True)
    await peer.say("white powder")
    await peer.press("›")
    await peer.say("smoked; much stronger than usual")
    await peer.press(severity)
    await peer.press("Done")
    await peer.press("7 days", expect="Preview")


async def test_alert_story_across_three_personas(page: Any, sandbox: WebSandbox) -> None:
    person, peer, moderators = Chat(page, "person"), Chat(page, "peer"), Chat(page, "moderators")
    await person.language("en")
    # the person subscribes to alerts for Lviv
    await person.say("/alerts", "")
    await person.press("Type a place")
    await person.say("Lviv", LVIV)
    await person.press(LVIV, exact=True)
    await person.press("🔔")
    # simulated subscribers in Lviv, and Telegram's limits on, to watch the broadcast pace
    await page.get_by_role("tab", name="Subscribers").click()
    panel = page.locator("#panel-subscribers")
    await panel.locator("#sub-count").fill("40")
    await panel.locator("#sub-regions").select_option(label=LVIV)
    await panel.get_by_role("button", name="Add subscribers").click()
    await panel.locator(".sub-summary", has_text="40 simulated subscribers").wait_for()
    limits = panel.get_by_role("checkbox", name="Telegram's rate limits")
    assert not await limits.is_checked()  # the test sandbox starts without them
    await limits.check()
    await page.locator(".toast", has_text="Rate limits on").wait_for()
    assert sandbox.api.flood.enabled
    try:
        # the verified peer reports a bad batch
        await report_bad_batch(peer, "Caution")
        after = await person.newest()
        await peer.press("Submit")
        # a moderator approves it in the moderators' chat
        review = await moderators.wait_for("waiting for review")
        assert "sandbox-peer" in await review.inner_text()
        await moderators.press("Approve", expect="Approved")
        await page.locator(".toast", has_text="Approved").first.wait_for()
        # the person, subscribed to the region, receives the alert
        alert = await person.wait_for("fentanyl", after)
        assert "Caution" in await alert.inner_text()
        # and the broadcast reaches everyone through the rate limit, with progress shown
        await panel.locator(".sub-alert", has_text="left 0 of 41").wait_for(timeout=30_000)
        assert (
            "40 of them have received a message" in await panel.locator(".sub-summary").inner_text()
        )
    finally:
        sandbox.api.set_limits(enabled=False)


async def test_a_second_moderator_finishes_an_urgent_warning_and_each_language_s_card_shows(
    page: Any, sandbox: WebSandbox
) -> None:
    person, peer = Chat(page, "person"), Chat(page, "peer")
    kim, jo = Chat(page, "moderators"), Chat(page, "moderator2")
    await person.language("en")
    await peer.language("en")
    # simulated subscribers in Lviv in four languages
    await page.get_by_role("tab", name="Subscribers").click()
    panel = page.locator("#panel-subscribers")
    await panel.locator("#sub-count").fill("8")
    await panel.locator("#sub-regions").select_option(label=LVIV)
    await panel.get_by_role("button", name="Add subscribers").click()
    await page.locator(".toast", has_text="simulated subscribers now").first.wait_for()
    await report_bad_batch(peer, "Warning")
    await peer.press("Submit")
    review = await kim.wait_for("waiting for review")
    assert "URGENT" in (await review.inner_text()).upper() or "warning" in await review.inner_text()
    # One moderator is not enough for an urgent warning ...
    await kim.press("Approve", expect="")
    await page.locator(".toast", has_text="of 2").first.wait_for()
    # ... the second moderator, in the same chat, finishes it.
    assert "Jo (moderator)" in await jo.panel.locator(".as").inner_text()
    await jo.button("Approve").click()
    await page.locator(".toast", has_text="Approved").first.wait_for()
    # The Subscribers tab shows the card each language received: no English in the others.
    await page.get_by_role("tab", name="Subscribers").click()
    samples = panel.locator("li.sample")
    await page.wait_for_function(
        "() => ['en','ru','uk','es'].every(l => [...document.querySelectorAll("
        "'#panel-subscribers li.sample')].some(li => li.lang === l "
        "&& /ТЕРМІНОВЕ|СРОЧНОЕ|URGENT|URGENTE/.test(li.textContent)))"
    )
    assert await samples.count() >= 4
    headlines = {
        "en": "URGENT WARNING",
        "ru": "СРОЧНОЕ ПРЕДУПРЕЖДЕНИЕ",
        "uk": "ТЕРМІНОВЕ ПОПЕРЕДЖЕННЯ",
        "es": "AVISO URGENTE",
    }
    for lang, headline in headlines.items():
        text = await panel.locator(f"li.sample[lang={lang}]").inner_text()
        assert headline in text, (lang, text[:80])
        if lang != "en":
            assert "URGENT WARNING" not in text and "Fentanyl" not in text
