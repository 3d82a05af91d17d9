"""End to end in a real browser: the sandbox page, the real bot behind it, several personas."""

from __future__ import annotations

from typing import Any

from tests.browser.conftest import SandboxThread

LVIV = "Lviv, Lviv Oblast, Ukraine"

_NEWEST = "(sel) => Math.max(0, ...[...document.querySelectorAll(sel + ' li.msg')].map(li => Number(li.dataset.messageId)))"
_ARRIVED = """([sel, after, expect]) => [...document.querySelectorAll(sel + ' li.msg.bot')]
    .some(li => Number(li.dataset.messageId) > after && li.textContent.includes(expect))"""
_CHANGED = """([sel, mid, after, expect]) => [...document.querySelectorAll(sel + ' li.msg.bot')]
    .some(li => (Number(li.dataset.messageId) > after
                 || (li.dataset.messageId === mid && !li.dataset.old)) && li.textContent.includes(expect))"""


class Chat:
    """One chat panel of the page, used like a person would."""

    def __init__(self, page: Any, persona: str) -> None:
        self.page = page
        self.selector = f"section.panel[data-persona={persona}]"
        self.panel = page.locator(self.selector)

    def newest(self) -> int:
        return self.page.evaluate(_NEWEST, self.selector)

    def say(self, text: str, expect: str = "") -> Any:
        """Type and send ``text``; the bot's next message containing ``expect``."""
        after = self.newest()
        box = self.panel.locator("textarea")
        box.fill(text)
        box.press("Enter")
        self.page.wait_for_function(_ARRIVED, arg=[self.selector, after, expect])
        return self.panel.locator("li.msg.bot", has_text=expect).last

    def button(self, label: str, exact: bool = False) -> Any:
        if exact:
            return self.panel.locator("li.msg .kb-btn").filter(has_text=label).filter(
                has=self.page.locator(f"xpath=self::*[normalize-space(.)='{label}']")).last
        return self.panel.locator("li.msg .kb-btn").filter(has_text=label).last

    def press(self, label: str, exact: bool = False, expect: str = "") -> Any:
        """Press the last inline button labelled ``label``; the message the bot shows next."""
        button = self.button(label, exact)
        message = button.locator("xpath=ancestor::li[1]")
        mid = message.get_attribute("data-message-id")
        after = self.newest()
        message.evaluate("node => { node.dataset.old = '1'; }")
        button.click()
        self.page.wait_for_function(_CHANGED, arg=[self.selector, mid, after, expect])
        return self.panel.locator("li.msg.bot", has_text=expect).last

    def wait_for(self, expect: str, after: int = 0) -> Any:
        self.page.wait_for_function(_ARRIVED, arg=[self.selector, after, expect])
        return self.panel.locator("li.msg.bot", has_text=expect).last

    def language(self, code: str) -> None:
        self.panel.locator("select.lang-select").select_option(code)
        self.page.locator(".toast", has_text=f"“{code}”").first.wait_for()


def test_start_shows_the_welcome_in_the_chosen_language(page: Any) -> None:
    person = Chat(page, "person")
    person.language("uk")
    welcome = person.say("/start", "зменшення шкоди")
    assert welcome.get_attribute("dir") == "auto", "bubbles set dir=auto for right-to-left text"
    assert welcome.locator(".kb-btn").count() >= 4
    person.language("es")
    assert "reducción de daños" in person.say("/start", "reducción de daños").inner_text()
    person.language("en")


def test_pressing_an_inline_button_edits_the_message(page: Any) -> None:
    person = Chat(page, "person")
    person.language("en")
    welcome = person.say("/start", "harm reduction")
    mid = welcome.get_attribute("data-message-id")
    shown = person.press("Topics", exact=True, expect="Choose a category")
    assert shown.get_attribute("data-message-id") == mid, "the same message was edited"
    assert "edited" in shown.locator(".meta").inner_text()
    assert shown.locator(".kb-btn", has_text="Overdose").count() == 1


def test_a_question_gets_an_answer(page: Any) -> None:
    person = Chat(page, "person")
    person.language("en")
    answer = person.say("how do I use naloxone?", "aloxone")
    assert answer.locator(".text strong").count() >= 1, "the title is bold, rendered from entities"


def test_sharing_a_sample_location_shows_services(page: Any) -> None:
    person = Chat(page, "person")
    person.language("en")
    person.say("/near", "Where are you")
    keyboard = person.panel.locator(".reply-keyboard")
    location_button = keyboard.get_by_role("button", name="Send my location")
    location_button.wait_for()
    after = person.newest()
    location_button.click()
    dialog = page.locator("#location-dialog")
    dialog.wait_for()
    page.locator("#place-select").select_option(label="Podil (district)")
    page.locator("#location-send").click()
    results = person.wait_for("Services nearest", after)
    assert results.locator(".kb-btn").count() >= 1
    # the bot deletes the shared location and removes the keyboard, and the page shows it
    person.panel.locator("li.msg.out .card.location").wait_for(state="detached")
    keyboard.wait_for(state="hidden")


def test_typed_coordinates_are_checked(page: Any) -> None:
    person = Chat(page, "person")
    person.panel.locator(".attach-btn").click()
    page.locator("#lat-input").fill("123")
    page.locator("#lon-input").fill("30")
    page.locator("#location-send").click()
    assert "Latitude goes from -90 to 90" in page.locator(".location-error").inner_text()
    page.keyboard.press("Escape")
    page.locator("#location-dialog").wait_for(state="hidden")


def test_alert_story_across_three_personas(page: Any, sandbox: SandboxThread) -> None:
    person, peer, moderators = Chat(page, "person"), Chat(page, "peer"), Chat(page, "moderators")
    person.language("en")
    # the person subscribes to alerts for Lviv
    person.say("/alerts", "")
    person.press("Type a place")
    person.say("Lviv", LVIV)
    person.press(LVIV, exact=True)
    person.press("🔔")
    # simulated subscribers in Lviv, and Telegram's limits on, to watch the broadcast pace
    page.get_by_role("tab", name="Subscribers").click()
    panel = page.locator("#panel-subscribers")
    panel.locator("#sub-count").fill("40")
    panel.locator("#sub-regions").select_option(label=LVIV)
    panel.get_by_role("button", name="Add subscribers").click()
    panel.locator(".sub-summary", has_text="40 simulated subscribers").wait_for()
    sandbox.call(lambda: sandbox.box.api.set_limits(enabled=True))
    try:
        # the verified peer reports a bad batch
        peer.say("/report", "")
        peer.press("Heroin", exact=True)
        peer.press("Fentanyl", exact=True)
        peer.press("Done")
        peer.press("Test strip", exact=True)
        peer.say("Lviv", LVIV)
        peer.press(LVIV, exact=True)
        peer.say("white powder")
        peer.press("›")
        peer.say("smoked; much stronger than usual")
        peer.press("Caution")
        peer.press("Done")
        peer.press("7 days", expect="Preview")
        after = person.newest()
        peer.press("Submit")
        # a moderator approves it in the moderators' chat
        review = moderators.wait_for("waiting for review")
        assert "sandbox-peer" in review.inner_text()
        moderators.press("Approve", expect="Approved")
        page.locator(".toast", has_text="Approved").first.wait_for()
        # the person, subscribed to the region, receives the alert
        alert = person.wait_for("fentanyl", after)
        assert "Caution" in alert.inner_text()
        # and the broadcast reaches everyone through the rate limit, with progress shown
        panel.locator(".sub-alert", has_text="left 0 of 41").wait_for(timeout=30_000)
        assert "40 of them have received a message" in panel.locator(".sub-summary").inner_text()
    finally:
        sandbox.call(lambda: sandbox.box.api.set_limits(enabled=False))


def test_a_question_a_peer_answers(page: Any) -> None:
    person, peer, peers = Chat(page, "person"), Chat(page, "peer"), Chat(page, "peers")
    person.language("en")
    peer.language("en")
    person.say("/ask", "")
    asked = person.newest()
    person.say("Is it safe to mix ketamine and alcohol at a party?", "ticket #")
    ticket = peers.wait_for("ketamine and alcohol")
    assert ticket.locator(".kb-btn").count() >= 1
    before = peer.newest()
    peers.button("Claim").click()
    peer.wait_for("ketamine and alcohol", before)
    peer.press("Reply", expect="Write your reply")
    peer.say("Both slow your breathing: take much less of each, and don't use alone.", "Sent")
    answer = person.wait_for("take much less of each", asked)
    assert answer.is_visible()


def test_phone_shows_one_chat_at_a_time_with_tabs(phone: Any) -> None:
    person = phone.locator("section.panel[data-persona=person]")
    peer = phone.locator("section.panel[data-persona=peer]")
    assert person.is_visible() and not peer.is_visible()
    phone.get_by_role("tab", name="Verified peer").click()
    peer.wait_for()
    assert not person.is_visible()
    # keyboard: arrows move between tabs, Enter sends, focus is visible
    tab = phone.get_by_role("tab", name="Verified peer")
    tab.focus()
    phone.keyboard.press("ArrowRight")
    assert phone.get_by_role("tab", name="Moderator", exact=True).get_attribute("aria-selected") == "true"
    moderator = Chat(phone, "moderator")
    moderator.panel.locator("textarea").focus()
    moderator.say("/help", "How I can help")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, "nothing overflows a phone-sized screen"


def test_controls_have_names_and_messages_are_announced(page: Any) -> None:
    unnamed = page.evaluate("""() => [...document.querySelectorAll('button, select, textarea, input')]
        .filter(el => el.offsetParent !== null)
        .filter(el => !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')
                        || (el.labels && el.labels.length) || el.textContent.trim()))
        .map(el => el.outerHTML.slice(0, 80))""")
    assert unnamed == []
    logs = page.locator("ol.messages[role=log]")
    assert logs.count() == 5
    assert all(logs.nth(i).get_attribute("aria-label") for i in range(5))
    assert page.get_by_role("tablist").count() == 1
