"""Review: moderators approve, edit or reject; approvals per severity; nobody approves their own
report; non-moderators cannot approve even with forged or replayed buttons; approval delivers
the alert to subscribers of the region and of every region above it, once each, in their language."""

from __future__ import annotations

import logging

import pytest

from tests.alerts.conftest import (
    alert_id_of,
    answer_to,
    buttons,
    current,
    eventually,
    invited_peer,
    press,
    press_answer,
    quiet,
    region_name,
    report_alert,
    review_for,
    say,
    subscribe_by_typing,
    subscribe_by_walking,
    tr_for,
)
from tests.conftest import Harness, replace_core

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def _cards(user, wait: float = 0.3) -> list[dict]:
    return [m for m in await quiet(user, wait) if "📍" in (m.get("text") or m.get("caption") or "")]


async def test_two_moderators_approve_a_warning_and_subscribers_get_it_once_in_their_language(
    relaxed: Harness, moderators, peer, caplog: pytest.LogCaptureFixture
) -> None:
    harness = relaxed
    api = harness.api
    river, harbour = moderators
    city = api.add_user(language_code="uk")
    await subscribe_by_typing(harness, city, "uk", "Львів", "ua-lviv-oblast-lviv")
    province = api.add_user(language_code="es")
    await subscribe_by_walking(harness, province, "es", ["ua", "ua-lviv-oblast"])
    country = api.add_user(language_code="ru")
    await subscribe_by_walking(harness, country, "ru", ["ua"])
    elsewhere = api.add_user(language_code="en")
    await subscribe_by_typing(harness, elsewhere, "en", "Madrid", "es-madrid-madrid")
    both = api.add_user(language_code="en")  # subscribed to the city and its country: one copy
    await subscribe_by_typing(harness, both, "en", "Lviv", "ua-lviv-oblast-lviv")
    await subscribe_by_walking(harness, both, "en", ["ua"])

    done = await report_alert(harness, peer, severity="Warning")
    alert_id = alert_id_of(done)
    review_river = await review_for(river, alert_id)
    review_harbour = await review_for(harbour, alert_id)
    assert f"#{alert_id}" in review_river["text"] and peer.pseudonym in review_river["text"]
    assert buttons(review_river)[:3] == ["✅ Approve", "✏️ Edit", "❌ Reject"]
    # The reporter typed English; subscribers here read Ukrainian, Spanish, Russian and English.
    assert sorted(buttons(review_river)[3:]) == [
        "🌐 Translate: Russian",
        "🌐 Translate: Spanish",
        "🌐 Translate: Ukrainian",
    ]
    assert (
        "Subscribers here read:" in review_river["text"] and "Waiting for" in review_river["text"]
    )

    # A verified peer cannot approve: not with a button copied from a moderator's chat
    # (signed for another chat), not with one correctly signed for their own chat (wrong role).
    caplog.set_level(logging.WARNING)
    copied = review_river["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    own = await say(api, peer, "/alerts")
    for data in (copied, f"rva:{alert_id}"):
        answer = await answer_to(api, lambda d=data: peer.press_data(own["message_id"], d))
        assert "no longer works" in answer
    # A refusal says the rule that applies: the reporter is told it is their own report ...
    signed = harness.services.buttons.encode(peer.id, "rva", alert_id)
    answer = await answer_to(api, lambda: peer.press_data(own["message_id"], signed))
    assert answer == tr_for(harness, "en")._(
        "This is your own report: it goes out once moderators other than you approve it. Nobody approves "
        "their own report."
    )
    # ... anyone else that only moderators approve, and other moderator buttons say "moderators only".
    stranger = api.add_user(language_code="es")
    home = await say(api, stranger, "/alerts")
    for action, text in (
        ("rva", "Only moderators can approve reports."),
        ("moa", "Only moderators can use this button."),
    ):
        signed = harness.services.buttons.encode(stranger.id, action, alert_id)
        answer = await answer_to(api, lambda d=signed: stranger.press_data(home["message_id"], d))
        assert answer == tr_for(harness, "es")._(text)
    assert str(peer.id) not in caplog.text

    # The first approval of a warning is recorded; two are needed.
    answer = await press_answer(api, river, review_river, "Approve")
    assert "1 of 2" in answer
    assert (await harness.services.features.alerts.repo.get_alert(alert_id)).state == "pending"
    again = await press_answer(api, river, review_river, "Approve")
    assert "already approved" in again
    assert await _cards(city, 0.2) == []

    answer = await press_answer(api, harbour, review_harbour, "Approve")
    assert "Approved" in answer
    feature = harness.services.features.alerts
    assert (await feature.repo.get_alert(alert_id)).state == "approved"
    assert await feature.sender.wait_idle(10)

    for user, lang in ((city, "uk"), (province, "es"), (country, "ru"), (both, "en")):
        cards = await _cards(user)
        assert len(cards) == 1, (lang, cards)
        assert region_name(harness, "ua-lviv-oblast-lviv", lang) in cards[0]["text"]
    assert await _cards(elsewhere) == []

    # The reporter hears the outcome; the audit log has both decisions by pseudonym.
    outcome = [m for m in await quiet(peer, 0.2) if "approved" in m["text"]]
    assert outcome and f"#{alert_id}" in outcome[0]["text"]
    audit = await harness.services.audit.recent(20, "alert.")
    actors = [(a.actor, a.action) for a in audit]
    assert ("river", "alert.approve") in actors and ("harbour", "alert.approve") in actors
    assert (peer.pseudonym, "alert.submit") in actors

    # The buttons are gone; a replayed approve press (the old data) changes nothing.
    assert buttons(api.chat(river.id).messages[review_river["message_id"]]) == []
    old_data = review_river["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    replay = await answer_to(api, lambda: river.press_data(review_river["message_id"], old_data))
    assert "already been decided" in replay
    assert (await feature.repo.get_alert(alert_id)).state == "approved"


async def test_moderator_cannot_approve_their_own_report(relaxed: Harness, moderators) -> None:
    api = relaxed.api
    river, harbour = moderators
    done = await report_alert(relaxed, river, severity="Caution")
    alert_id = alert_id_of(done)
    # Only the other moderator is asked to review it.
    review_harbour = await review_for(harbour, alert_id)
    assert f"#{alert_id}" in review_harbour["text"]
    listing = await say(api, river, "/moderate", expect="waiting for review first")
    detail = await press(api, river, listing, f"#{alert_id}", exact=True)
    answer = await press_answer(api, river, detail, "Approve")
    assert "reported this yourself" in answer
    feature = relaxed.services.features.alerts
    assert (await feature.repo.get_alert(alert_id)).state == "pending"
    answer = await press_answer(api, harbour, review_harbour, "Approve")
    assert "Approved" in answer  # caution needs one approval
    assert (await feature.repo.get_alert(alert_id)).state == "approved"


async def test_reject_with_a_reason_tells_the_reporter(relaxed: Harness, moderators, peer) -> None:
    api = relaxed.api
    river, _ = moderators
    alert_id = alert_id_of(await report_alert(relaxed, peer, severity="Information"))
    review = await review_for(river, alert_id)
    reasons = await press(api, river, review, "Reject")
    assert "Not enough evidence yet" in buttons(reasons)
    decided = await press(api, river, reasons, "Not enough evidence")
    assert "Rejected" in decided["text"] and buttons(decided) == []
    told = [m for m in await quiet(peer, 0.3) if "not approved" in m["text"]]
    assert told and "Not enough evidence yet" in told[0]["text"]
    feature = relaxed.services.features.alerts
    assert (await feature.repo.get_alert(alert_id)).state == "rejected"
    audit = await relaxed.services.audit.recent(5, "alert.reject")
    assert audit[0].actor == "river" and audit[0].subject == f"#{alert_id}"


async def test_edit_before_approval_changes_the_alert_and_clears_earlier_approvals(
    relaxed: Harness, moderators, peer
) -> None:
    api = relaxed.api
    river, harbour = moderators
    alert_id = alert_id_of(await report_alert(relaxed, peer, severity="Warning"))
    review_river = await review_for(river, alert_id)
    assert "1 of 2" in await press_answer(api, river, review_river, "Approve")
    review_harbour = await review_for(harbour, alert_id)
    await eventually(lambda: "river" in current(api, review_harbour)["text"])
    menu = await press(api, harbour, review_harbour, "Edit")
    assert "Editing report" in menu["text"]
    severities = await press(api, harbour, menu, "Severity")
    menu = await press(api, harbour, severities, "Caution")
    prompt = await press(api, harbour, menu, "Effects seen")
    assert "new text" in prompt["text"]
    await say(api, harbour, "call 555 123 4567 for more")  # refused: looks like a phone number
    menu = await say(api, harbour, "injected; long sedation")
    assert "injected; long sedation" in menu["text"]
    feature = relaxed.services.features.alerts
    alert = await feature.repo.get_alert(alert_id)
    assert alert.severity == "caution" and alert.effects == "injected; long sedation"
    assert await feature.repo.approvals(alert_id) == []
    answer = await press_answer(api, harbour, menu, "Approve")
    assert "Approved" in answer
    edits = await relaxed.services.audit.recent(10, "alert.edit")
    assert {e.detail.split(";")[0] for e in edits} == {"severity", "effects"}


async def test_reviews_go_to_the_moderators_chat_where_only_moderators_can_decide(
    relaxed: Harness, moderators
) -> None:
    harness = relaxed
    api = harness.api
    river, harbour = moderators
    peer = await invited_peer(harness, river, "wren")
    bystander = api.add_user(language_code="en")
    group = api.add_group("Moderators", members=[river, harbour, bystander])
    before = harness.services.settings
    harness.services.settings = replace_core(before, moderator_chat=group.id)
    try:
        alert_id = alert_id_of(await report_alert(harness, peer, severity="Caution"))
    finally:
        harness.services.settings = before
    review = await api.next_message(group.id)
    assert f"#{alert_id}" in review["text"]
    refused = await answer_to(api, lambda: bystander.press(review, button_text="✅ Approve"))
    assert "Only moderators" in refused
    feature = harness.services.features.alerts
    assert (await feature.repo.get_alert(alert_id)).state == "pending"
    # Editing needs typed answers, so the edit menu opens in the moderator's private chat.
    future = api.wait_for(
        lambda e: (
            e["type"] == "message"
            and e["chat_id"] == river.id
            and "Editing report" in e["message"]["text"]
        )
    )
    told = await answer_to(api, lambda: river.press(review, button_text="✏️ Edit"))
    assert "private chat" in told
    assert f"#{alert_id}" in (await future)["message"]["text"]
    future = api.wait_for(lambda e: e["type"] == "edit" and e["chat_id"] == group.id)
    harbour.press(review, button_text="✅ Approve")
    decided = (await future)["message"]
    assert "Approved" in decided["text"] and "harbour" in decided["text"]
    assert (await feature.repo.get_alert(alert_id)).state == "approved"


async def test_approvals_per_severity_are_configurable() -> None:
    from bot.alerts.config import parse_approvals
    from bot.config import ConfigError, Settings

    assert parse_approvals(None) == {"information": 1, "caution": 1, "warning": 2}
    assert parse_approvals("warning=3, caution=2") == {"information": 1, "caution": 2, "warning": 3}
    for bad in ("urgent=2", "warning", "warning=two", "warning=0"):
        with pytest.raises(ConfigError):
            parse_approvals(bad)
    settings = Settings.from_env(
        {
            "HRBOT_APPROVALS": "information=2",
            "HRBOT_INVITE_HOURS": "12",
            "HRBOT_REPORTS_PER_DAY": "3",
            "HRBOT_REPORT_TIMEOUT": "10",
        }
    ).alerts
    assert (
        settings.approvals_needed("information") == 2 and settings.approvals_needed("warning") == 2
    )
    assert (
        settings.invite_hours == 12
        and settings.reports_per_day == 3
        and settings.report_timeout_s == 600
    )
    with pytest.raises(ConfigError):
        Settings.from_env({"HRBOT_REPORTS_PER_DAY": "many"})


async def test_the_domain_refuses_decisions_by_anyone_but_a_named_moderator(
    relaxed: Harness, moderators, peer
) -> None:
    feature = relaxed.services.features.alerts
    alert_id = alert_id_of(await report_alert(relaxed, peer, severity="Information"))
    as_peer = await relaxed.services.people.resolve(peer.id)
    stranger = await relaxed.services.people.resolve(123_456)
    for person in (as_peer, stranger):
        assert (await feature.review.approve(alert_id, person)).outcome == "not-allowed"
        assert (await feature.review.reject(alert_id, person, "other")).outcome == "not-allowed"
        assert (
            await feature.review.edit(alert_id, person, "severity", "warning")
        ).outcome == "not-allowed"
    alert = await feature.repo.get_alert(alert_id)
    assert alert.state == "pending" and alert.severity == "information"
    assert await feature.repo.approvals(alert_id) == []


async def test_an_overlong_review_text_falls_back_to_valid_plain_text() -> None:
    from bot.handlers.review_cards import _fit
    from bot.sandbox.tghtml import parse_html

    short = _fit(["<b>Report #1</b>", "card"])
    assert short == "<b>Report #1</b>\n\ncard"
    long = _fit(["<b>Report #1</b> from <i>x</i>", "<i>" + "é & ü" * 1500 + "</i>"])
    text, _entities = parse_html(long)
    assert len(text) <= 4096 and "<" not in text
