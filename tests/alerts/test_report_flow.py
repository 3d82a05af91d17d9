"""/report: the guided form for verified peers (buttons, typed words, photo not file, back and
cancel at every step, nothing identifying, a preview), the daily limit, timeouts, stale buttons."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from bot.alerts.reports import Draft, check_text
from tests.alerts.conftest import (
    alert_id_of,
    answer_to,
    buttons,
    press,
    quiet,
    report_alert,
    say,
)
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_the_form_with_typed_words_a_photo_and_back_steps(
    relaxed: Harness, moderators, peer
) -> None:
    api = relaxed.api
    screen = await say(api, peer, "/report")
    assert "step 1 of 9" in screen["text"] and "Cancel" in buttons(screen)
    assert "where it was bought" in screen["text"]  # says what it will never ask
    # Typed "sold as" is kept as the reporter's own words.
    screen = await say(api, peer, "blue pills sold as oxy")
    assert "step 2 of 9" in screen["text"]
    screen = await press(api, peer, screen, "Nitazenes")
    assert "✓ Nitazenes" in buttons(screen)
    screen = await press(api, peer, screen, "‹ Back", exact=True)
    assert "step 1 of 9" in screen["text"]
    screen = await say(api, peer, "blue pills sold as oxy")
    assert "✓ Nitazenes" in buttons(screen)  # what was chosen survives going back
    screen = await say(api, peer, "maybe something new")
    assert "maybe something new" in screen["text"]
    screen = await press(api, peer, screen, "Done")
    screen = await press(api, peer, screen, "Lab analysis")
    # Walking the tree inside the form.
    while "Ukraine" not in buttons(screen):
        screen = await press(api, peer, screen, "›", exact=True)
    screen = await press(api, peer, screen, "Ukraine", exact=True)
    screen = await press(api, peer, screen, "Kyiv", exact=False)
    screen = await press(api, peer, screen, "📍")
    assert "step 5 of 9" in screen["text"] and "photo, not as a file" in screen["text"]
    # A file is refused with the reason; a photo is taken.
    refused = await _after(
        api, peer, lambda: peer.send_document(b"\xff\xd8\xff", "pill.jpg", "image/jpeg")
    )
    assert "not as a file" in refused["text"] and "not kept" in refused["text"]
    screen = await _after(api, peer, lambda: peer.send_photo(caption="round blue tablet, M30"))
    assert "Photo added" in screen["text"] and "round blue tablet" in screen["text"]
    screen = await press(api, peer, screen, "Next")
    # A phone number or a @username is refused in free text.
    refused = await say(api, peer, "ask @dealer_guy or call +380 50 123 4567")
    assert "leave out links" in refused["text"]
    screen = await say(api, peer, "swallowed; people fell asleep for hours")
    screen = await press(api, peer, screen, "Caution")
    assert "✓ Carry naloxone" in buttons(screen)  # nitazenes: opioid advice pre-filled
    screen = await press(api, peer, screen, "Carry naloxone")
    assert "Carry naloxone" in buttons(screen)  # toggled off
    screen = await say(api, peer, "Ask for nitazene test strips at the drop-in")
    screen = await press(api, peer, screen, "Done")
    screen = await press(api, peer, screen, "14 days")
    assert "Preview" in screen["text"]
    assert (
        "blue pills sold as oxy" in screen["text"] and "Your photo goes with it" in screen["text"]
    )
    done = await press(api, peer, screen, "Submit")
    alert_id = alert_id_of(done)
    alert = await relaxed.services.features.alerts.repo.get_alert(alert_id)
    assert alert.sold_as == "blue pills sold as oxy" and alert.sold_as_free
    assert alert.found == ["nitazenes"] and alert.found_free == "maybe something new"
    assert alert.evidence == "lab" and alert.region_id == "ua-kyiv-city"
    assert alert.photo_file_id and alert.appearance == "round blue tablet, M30"
    assert "carry-naloxone" not in alert.advice and "more-naloxone" in alert.advice
    assert alert.advice_free.startswith("Ask for nitazene")
    assert (alert.expires_at - alert.created_at).days == 14
    assert alert.state == "pending" and alert.severity == "caution"


async def _after(api, user, action):
    from tests.alerts.conftest import after

    return await after(api, user.id, action)


async def test_cancel_at_any_step_keeps_nothing(relaxed: Harness, moderators, peer) -> None:
    api = relaxed.api
    feature = relaxed.services.features.alerts
    before = len(await feature.repo.list_alerts(limit=1000))
    screen = await say(api, peer, "/report")
    screen = await press(api, peer, screen, "Cocaine")
    screen = await press(api, peer, screen, "Levamisole")
    done_data = next(
        b["callback_data"]
        for row in screen["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == "Done ›"
    )
    cancelled = await press(api, peer, screen, "Cancel")
    assert "Nothing was sent" in cancelled["text"]
    assert len(await feature.repo.list_alerts(limit=1000)) == before
    # The old form's buttons no longer act on anything.
    answer = await answer_to(api, lambda: peer.press_data(screen["message_id"], done_data))
    assert "closed" in answer or "earlier" in answer
    # /cancel works too, and text afterwards goes to the rest of the bot, not the form.
    await say(api, peer, "/report")
    cancelled = await say(api, peer, "/cancel")
    assert "cancelled" in cancelled["text"].lower()


async def test_only_verified_peers_can_report(relaxed: Harness, moderators) -> None:
    api = relaxed.api
    person = api.add_user(language_code="en")
    answer = await say(api, person, "/report")
    assert "verified peers" in answer["text"]
    forged = relaxed.services.buttons.encode(person.id, "rps", "0")
    home = await say(api, person, "/alerts")
    assert "Report a bad batch" not in buttons(home)
    await answer_to(api, lambda: person.press_data(home["message_id"], forged))
    assert not [m for m in await quiet(person, 0.2) if "step 1" in (m.get("text") or "")]


async def test_daily_limit(relaxed: Harness, moderators, peer) -> None:
    feature = relaxed.services.features.alerts
    original = feature.reports.settings
    from dataclasses import replace

    feature.reports.settings = replace(original, reports_per_day=2)
    try:
        for _ in range(2):
            alert_id_of(await report_alert(relaxed, peer, severity="Information"))
        answer = await say(relaxed.api, peer, "/report")
        assert "2 reports today" in answer["text"]
    finally:
        feature.reports.settings = original


async def test_unfinished_form_closes_after_inactivity(relaxed: Harness, moderators, peer) -> None:
    api = relaxed.api
    kinds = relaxed.app.bot_data.registry.prompts.kinds
    saved = kinds["report"]
    kinds["report"] = dataclasses.replace(saved, timeout=0.3)
    try:
        screen = await say(api, peer, "/report")
        await asyncio.sleep(0.5)
        # The person moved on: their text is not taken as "sold as".
        await say(api, peer, "what is naloxone")
        heroin = next(
            b["callback_data"]
            for row in screen["reply_markup"]["inline_keyboard"]
            for b in row
            if b["text"] == "Heroin"
        )
        answer = await answer_to(api, lambda: peer.press_data(screen["message_id"], heroin))
        assert "closed" in answer
    finally:
        kinds["report"] = saved


async def test_draft_rules() -> None:
    draft = Draft()
    assert set(draft.missing()) == {"sold_as", "found", "evidence", "region", "severity"}
    draft.toggle_found("fentanyl")
    assert "carry-naloxone" in draft.prefill_advice()
    draft.toggle_advice("carry-naloxone")
    assert "carry-naloxone" not in draft.advice
    draft.toggle_found("not-a-substance")
    assert draft.found == ["fentanyl"]
    assert check_text("white, bitter", "appearance") is None
    assert check_text("see https://example.org", "effects") == "contact"
    assert check_text("x" * 501, "effects") == "long"
    assert check_text("   ", "effects") == "empty"


async def test_odd_button_data_in_the_form_is_refused_not_crashing(
    relaxed: Harness, moderators, peer
) -> None:
    api = relaxed.api
    screen = await say(api, peer, "/report")
    for data in ("rp:é~é", "rp:", "rp:zz:s:0~AAAAAAAA", "rps:0~ü"):
        answer = await answer_to(api, lambda d=data: peer.press_data(screen["message_id"], d))
        assert "no longer works" in answer, data
    # The form is still open and works.
    shown = await press(api, peer, screen, "Heroin")
    assert "step 2 of 9" in shown["text"]


async def test_peers_start_the_form_from_the_alerts_menu(
    relaxed: Harness, moderators, peer
) -> None:
    api = relaxed.api
    home = await say(api, peer, "/alerts")
    first = await _after(api, peer, lambda: peer.press(home, button_text="Report a bad batch"))
    assert "step 1 of 9" in first["text"]
    assert "Cancel" in buttons(first)


async def test_an_edited_message_is_not_taken_as_an_answer(
    relaxed: Harness, moderators, peer
) -> None:
    api = relaxed.api
    await say(api, peer, "/report")
    sent: dict = {}
    step2 = await _after(api, peer, lambda: sent.update(peer.send_text("pink pills")))
    assert "step 2 of 9" in step2["text"]
    edited = await _after(api, peer, lambda: peer.edit_message(sent, "blue pills"))
    assert "step" not in edited["text"]  # the bot's usual answer about edits, not the form
    draft = relaxed.app.user_data[peer.id]["alerts.report"]
    assert draft.sold_as == "pink pills" and draft.found_free == ""
    screen = await say(api, peer, "/cancel")
    assert "cancelled" in screen["text"].lower()
