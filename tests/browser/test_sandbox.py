"""End to end in a real browser: the sandbox page, the real bot behind it, several personas."""

from __future__ import annotations

from typing import Any

import pytest

from bot.sandbox.web.server import WebSandbox

pytestmark = pytest.mark.asyncio(loop_scope="session")

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

    async def newest(self) -> int:
        return await self.page.evaluate(_NEWEST, self.selector)

    async def say(self, text: str, expect: str = "") -> Any:
        """Type and send ``text``; the bot's next message containing ``expect``."""
        after = await self.newest()
        box = self.panel.locator("textarea")
        await box.fill(text)
        await box.press("Enter")
        await self.page.wait_for_function(_ARRIVED, arg=[self.selector, after, expect])
        return self.panel.locator("li.msg.bot", has_text=expect).last

    def button(self, label: str, exact: bool = False) -> Any:
        if exact:
            return (
                self.panel.locator("li.msg .kb-btn")
                .filter(has_text=label)
                .filter(has=self.page.locator(f"xpath=self::*[normalize-space(.)='{label}']"))
                .last
            )
        return self.panel.locator("li.msg .kb-btn").filter(has_text=label).last

    async def press(self, label: str, exact: bool = False, expect: str = "") -> Any:
        """Press the last inline button labelled ``label``; the message the bot shows next."""
        button = self.button(label, exact)
        message = button.locator("xpath=ancestor::li[1]")
        mid = await message.get_attribute("data-message-id")
        after = await self.newest()
        await message.evaluate("node => { node.dataset.old = '1'; }")
        await button.click()
        await self.page.wait_for_function(_CHANGED, arg=[self.selector, mid, after, expect])
        return self.panel.locator("li.msg.bot", has_text=expect).last

    async def wait_for(self, expect: str, after: int = 0) -> Any:
        await self.page.wait_for_function(_ARRIVED, arg=[self.selector, after, expect])
        return self.panel.locator("li.msg.bot", has_text=expect).last

    async def language(self, code: str) -> None:
        await self.panel.locator("select.lang-select").select_option(code)
        await self.page.locator(".toast", has_text=f"“{code}”").first.wait_for()


async def test_start_shows_the_welcome_in_the_chosen_language(page: Any) -> None:
    person = Chat(page, "person")
    await person.language("uk")
    welcome = await person.say("/start", "зменшення шкоди")
    assert await welcome.get_attribute("dir") == "auto", (
        "bubbles set dir=auto for right-to-left text"
    )
    assert await welcome.locator(".kb-btn").count() >= 4
    await person.language("es")
    assert (
        "reducción de daños"
        in await (await person.say("/start", "reducción de daños")).inner_text()
    )
    await person.language("en")


async def test_pressing_an_inline_button_edits_the_message(page: Any) -> None:
    person = Chat(page, "person")
    await person.language("en")
    welcome = await person.say("/start", "harm reduction")
    mid = await welcome.get_attribute("data-message-id")
    shown = await person.press("Topics", exact=True, expect="Choose a category")
    assert await shown.get_attribute("data-message-id") == mid, "the same message was edited"
    assert "edited" in await shown.locator(".meta").inner_text()
    assert await shown.locator(".kb-btn", has_text="Overdose").count() == 1


async def test_a_question_gets_an_answer(page: Any) -> None:
    person = Chat(page, "person")
    await person.language("en")
    answer = await person.say("how do I use naloxone?", "aloxone")
    assert await answer.locator(".text strong").count() >= 1, (
        "the title is bold, rendered from entities"
    )


async def test_sharing_a_sample_location_shows_services(page: Any) -> None:
    person = Chat(page, "person")
    await person.language("en")
    await person.say("/near", "Where are you")
    keyboard = person.panel.locator(".reply-keyboard")
    location_button = keyboard.get_by_role("button", name="Send my location")
    await location_button.wait_for()
    after = await person.newest()
    await location_button.click()
    await page.locator("#location-dialog").wait_for()
    await page.locator("#place-select").select_option(label="Podil (district)")
    await page.locator("#location-send").click()
    results = await person.wait_for("Services nearest", after)
    assert await results.locator(".kb-btn").count() >= 1
    # the bot deletes the shared location and removes the keyboard, and the page shows it
    await person.panel.locator("li.msg.out .card.location").wait_for(state="detached")
    await keyboard.wait_for(state="hidden")
    # a service's 📍 button sends it as a venue, shown as a card
    before = await person.newest()
    await results.locator(".kb-btn", has_text="1").first.click()
    await person.wait_for("", before)
    venue = person.panel.locator("li.msg.bot .card.venue").last
    await venue.wait_for()
    assert (await venue.locator(".card-title").inner_text()).strip()
    assert "50." in await venue.locator(".card-coords").inner_text()


async def test_typed_coordinates_are_checked(page: Any) -> None:
    person = Chat(page, "person")
    await person.panel.locator(".attach-btn").click()
    await page.locator("#lat-input").fill("123")
    await page.locator("#lon-input").fill("30")
    await page.locator("#location-send").click()
    assert "Latitude goes from -90 to 90" in await page.locator(".location-error").inner_text()
    await page.keyboard.press("Escape")
    await page.locator("#location-dialog").wait_for(state="hidden")


async def test_a_question_a_peer_answers(page: Any) -> None:
    person, peer, peers = Chat(page, "person"), Chat(page, "peer"), Chat(page, "peers")
    await person.language("en")
    await peer.language("en")
    await person.say("/ask", "")
    asked = await person.newest()
    await person.say("Is it safe to mix ketamine and alcohol at a party?", "ticket #")
    ticket = await peers.wait_for("ketamine and alcohol")
    assert await ticket.locator(".kb-btn").count() >= 1
    before = await peer.newest()
    await peers.button("Claim").click()
    await peer.wait_for("ketamine and alcohol", before)
    await peer.press("Reply", expect="Write your reply")
    await peer.say("Both slow your breathing: take much less of each, and don't use alone.", "Sent")
    answer = await person.wait_for("take much less of each", asked)
    assert await answer.is_visible()


async def test_phone_shows_one_chat_at_a_time_with_tabs(phone: Any) -> None:
    person = phone.locator("section.panel[data-persona=person]")
    peer = phone.locator("section.panel[data-persona=peer]")
    assert await person.is_visible() and not await peer.is_visible()
    await phone.get_by_role("tab", name="Verified peer").click()
    await peer.wait_for()
    assert not await person.is_visible()
    # keyboard: arrows move between tabs, Enter sends
    tab = phone.get_by_role("tab", name="Verified peer")
    await tab.focus()
    await phone.keyboard.press("ArrowRight")
    assert (
        await phone.get_by_role("tab", name="Moderator", exact=True).get_attribute("aria-selected")
        == "true"
    )
    moderator = Chat(phone, "moderator")
    await moderator.panel.locator("textarea").focus()
    await moderator.say("/help", "How I can help")
    width = await phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 400, "nothing overflows a phone-sized screen"


async def test_controls_have_names_and_messages_are_announced(page: Any) -> None:
    unnamed = await page.evaluate("""() => [...document.querySelectorAll('button, select, textarea, input')]
        .filter(el => el.offsetParent !== null)
        .filter(el => !(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')
                        || (el.labels && el.labels.length) || el.textContent.trim()))
        .map(el => el.outerHTML.slice(0, 80))""")
    assert unnamed == []
    logs = page.locator("ol.messages[role=log]")
    assert await logs.count() >= 6  # five personas and the second moderator (and new people)
    for i in range(await logs.count()):
        assert await logs.nth(i).get_attribute("aria-label")
    assert await page.get_by_role("tablist").count() == 1


async def test_right_to_left_text_and_photos(page: Any) -> None:
    from bot.sandbox.fakeapi import SAMPLE_JPEG

    person = Chat(page, "person")
    await person.language("ar")
    box = person.panel.locator("textarea")
    await box.fill("مرحبا، هل النالوكسون آمن؟")
    await box.press("Enter")
    mine = person.panel.locator("li.msg.out", has_text="مرحبا").last.locator(".text")
    await mine.wait_for()
    assert await mine.evaluate("node => getComputedStyle(node).direction") == "rtl"
    await person.panel.locator(".photo-input").set_input_files(
        files=[{"name": "pill.jpg", "mimeType": "image/jpeg", "buffer": SAMPLE_JPEG}]
    )
    photo = person.panel.locator("li.msg.out img.photo").last
    await photo.wait_for()
    await page.wait_for_function(
        "img => img.complete && img.naturalWidth === 16", arg=await photo.element_handle()
    )
    await person.language("en")


async def test_content_preview_in_every_language(page: Any, sandbox: WebSandbox) -> None:
    await page.goto(sandbox.url + "preview")
    await page.wait_for_selector("body[data-ready=true]")
    await page.locator("#item-select").select_option("naloxone")
    await page.locator(".preview-status", has_text="naloxone").wait_for()
    cards = page.locator(".preview-card")
    languages = [await cards.nth(i).get_attribute("lang") for i in range(await cards.count())]
    assert {"en", "ru", "uk", "es"} <= set(languages)
    assert (await page.locator(".preview-card[lang=en] .text strong").first.inner_text()).strip()
    assert (await page.locator(".check-summary").inner_text()).strip()
    await page.locator("#kind-select").select_option("service")
    await page.locator(".preview-card[lang=en] .card.venue").first.wait_for()
    await page.locator("#kind-select").select_option("combo")
    await page.locator("#item-filter").fill("alcohol")
    await page.locator(".preview-status", has_text="combo").wait_for()
    assert "+" in await page.locator(".preview-card[lang=en] .text strong").first.inner_text()


async def test_keyboard_only_use_commands_menu_and_buttons(page: Any) -> None:
    moderator = Chat(page, "moderator")
    await moderator.language("en")
    menu = moderator.panel.get_by_role("button", name="/")
    await menu.focus()
    await page.keyboard.press("Enter")
    first = moderator.panel.get_by_role("menuitem").first
    await first.wait_for()
    assert "/start" in await first.inner_text()
    assert await page.evaluate("document.activeElement.getAttribute('role')") == "menuitem"
    after = await moderator.newest()
    await page.keyboard.press("Enter")
    welcome = await moderator.wait_for("harm reduction", after)
    mid = await welcome.get_attribute("data-message-id")
    topics = welcome.get_by_role("button", name="Topics", exact=True)
    await topics.focus()
    assert await topics.evaluate("b => getComputedStyle(b).outlineStyle") != "none", (
        "focus is visible"
    )
    await page.keyboard.press("Space")
    edited = moderator.panel.locator(f"li.msg[data-message-id='{mid}']")
    await edited.locator(".meta", has_text="edited").wait_for()


async def test_renderer_builds_nodes_for_every_entity_and_never_markup(page: Any) -> None:
    text = "Bold italic <script>x</script> link code\nquote spoiler"
    entities = [
        {"type": "bold", "offset": 0, "length": 11},
        {"type": "italic", "offset": 5, "length": 6},
        {"type": "text_link", "offset": 31, "length": 4, "url": "https://example.org/"},
        {"type": "code", "offset": 36, "length": 4},
        {"type": "blockquote", "offset": 41, "length": 5},
        {"type": "spoiler", "offset": 47, "length": 7},
        {"type": "strikethrough", "offset": 3, "length": 6},
        {"type": "text_link", "offset": 0, "length": 4, "url": "javascript:alert(1)"},
    ]
    html = await page.evaluate(
        """([text, entities]) => {
        const box = document.createElement('div');
        box.append(TG.render(text, entities, {}));
        return box.innerHTML;
    }""",
        [text, entities],
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert (
        '<a href="https://example.org/" target="_blank" rel="noopener noreferrer">link</a>' in html
    )
    assert "<code>code</code>" in html and "<blockquote>quote</blockquote>" in html
    assert 'class="spoiler"' in html and "javascript:" not in html.replace(
        'title="javascript:alert(1)"', ""
    )
    # overlapping bold/strikethrough/italic all cover their characters
    covered = await page.evaluate(
        """([text, entities]) => {
        const box = document.createElement('div');
        box.append(TG.render(text, entities, {}));
        document.body.append(box);
        const probe = (tag) => [...box.querySelectorAll(tag)].map(n => n.textContent).join('');
        const result = {b: probe('strong'), i: probe('em'), s: probe('s'), text: box.textContent};
        box.remove();
        return result;
    }""",
        [text, entities],
    )
    assert covered["text"] == text
    assert covered["b"] == "Bold italic" and covered["i"] == "italic" and covered["s"] == "d ital"


_CONTRAST = """() => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = (el) => {
    for (let n = el; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.9)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const low = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!el.offsetParent || el.closest('.spoiler:not(.revealed)')) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const style = getComputedStyle(el);
    const fg = rgb(style.color).slice(0, 3), bg = background(el);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < 4.5) low.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)}`);
  }
  return low;
}"""


async def test_text_contrast_meets_wcag_aa(page: Any, sandbox: WebSandbox) -> None:
    person = Chat(page, "person")
    await person.language("en")
    await person.say("/start", "harm reduction")
    assert await page.evaluate(_CONTRAST) == []
    # the check itself finds grey on white
    await page.evaluate("""() => { const p = document.createElement('p'); p.id = 'grey';
        p.style.cssText = 'color:#aaa;background:#fff'; p.textContent = 'faint'; document.body.append(p); }""")
    assert any(found.startswith("P.") for found in await page.evaluate(_CONTRAST))
    await page.evaluate("() => document.getElementById('grey').remove()")
    await page.goto(sandbox.url + "preview")
    await page.wait_for_selector("body[data-ready=true]")
    assert await page.evaluate(_CONTRAST) == []


# -- the sandbox tells the story (issue 11, item 8) ------------------------------------------------
async def test_an_invite_link_opens_inside_the_page_as_a_new_person(page: Any) -> None:
    moderator = Chat(page, "moderator")
    await moderator.language("en")
    invite = await moderator.say("/invite", "one-time invite link")
    link = invite.locator("a[href*='start=inv-']")
    href = await link.get_attribute("href")
    assert href and href.startswith("https://t.me/")
    address = page.url
    await link.click()
    # Not Telegram's web page (which knows no sandbox bot): a new person's chat in this page.
    tab = page.get_by_role("tab", name="New person 1")
    await tab.wait_for()
    assert page.url == address
    # the page adds the tab, connects its chat, then selects it: wait for the selection (read
    # at once, a loaded machine found the tab still unselected)
    await page.get_by_role("tab", name="New person 1", selected=True).wait_for()
    assert await tab.get_attribute("aria-selected") == "true"
    newcomer = Chat(page, "new1")
    await newcomer.wait_for("pseudonym")
    mine = newcomer.panel.locator("li.msg.out", has_text="/start inv-")
    assert await mine.count() == 1
    welcome = await newcomer.say("wren", "wren")
    assert "verified peer" in (await welcome.inner_text()).lower()
    focused = await page.evaluate(
        "document.activeElement.closest('section.panel')?.dataset.persona"
    )
    assert focused == "new1"


async def test_the_message_box_is_one_tab_stop_away(fresh_page: Any, phone: Any) -> None:
    for opened in (fresh_page, phone):
        # As a keyboard user meets the page: freshly loaded, nothing focused yet.
        assert await opened.evaluate("document.activeElement === document.body")
        stops = 0
        while True:
            await opened.keyboard.press("Tab")
            stops += 1
            focused = await opened.evaluate(
                "document.activeElement.id || document.activeElement.tagName"
            )
            if focused == "skip-to-message" or stops > 3:
                break
        assert focused == "skip-to-message" and stops == 1
        assert await opened.evaluate("document.activeElement.textContent") == (
            "Skip to the message box"
        )
        await opened.keyboard.press("Enter")
        where = await opened.evaluate(
            "[document.activeElement.tagName, "
            "document.activeElement.closest('section.panel')?.classList.contains('active')]"
        )
        assert where == ["TEXTAREA", True]
        # and typing there writes to the chat on show
        await opened.keyboard.type("/help")
        await opened.keyboard.press("Enter")
        await opened.locator(
            "section.panel.active li.msg.bot", has_text="How I can help"
        ).last.wait_for()


async def test_the_phone_tab_row_shows_that_it_scrolls(phone: Any) -> None:
    tabs = phone.locator("#tabs")
    wrap = phone.locator("#tabs-wrap")
    overflow = await tabs.evaluate("t => t.scrollWidth - t.clientWidth")
    assert overflow > 0, "on a phone the tab row is wider than the screen"
    await phone.wait_for_function(
        "() => document.querySelector('#tabs-wrap').classList.contains('more-right')"
    )
    hint = phone.locator(".tabs-more.right")
    assert await hint.is_visible() and await hint.inner_text() == "›"
    await phone.wait_for_function(
        "() => getComputedStyle(document.querySelector('.tabs-more.right')).opacity === '1'"
    )
    assert (
        await phone.locator(".tabs-more.left").evaluate("n => getComputedStyle(n).opacity") == "0"
    )
    # Scrolled to the end: the arrow moves to the other side.
    await tabs.evaluate("t => { t.scrollLeft = t.scrollWidth; }")
    await phone.wait_for_function(
        "() => { const w = document.querySelector('#tabs-wrap'); "
        "return w.classList.contains('more-left') && !w.classList.contains('more-right'); }"
    )
    # Choosing the last tab with the keyboard scrolls it into view.
    await tabs.evaluate("t => { t.scrollLeft = 0; }")
    first = phone.get_by_role("tab", name="Person", exact=True)
    await first.focus()
    await phone.keyboard.press("End")
    last = phone.get_by_role("tab", name="Subscribers")
    assert await last.get_attribute("aria-selected") == "true"
    box = await last.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 391
    assert "more-left" in (await wrap.get_attribute("class") or "")
    await phone.keyboard.press("Home")
