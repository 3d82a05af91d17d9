"""Urgent alerts do not wait silently, and one moderator cannot take one back alone: waiting
warnings are brought up again to moderators who have not approved them, a newly promoted
moderator is told what waits, and withdrawing or downgrading an approved warning needs as many
moderators as sending it did."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.alerts.conftest import (
    alert_id_of,
    buttons,
    invited_peer,
    press,
    press_answer,
    quiet,
    report_alert,
    review_for,
    say,
    send_note,
    subscribe_by_typing,
)
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")


def _cards(messages: list[dict]) -> list[dict]:
    return [
        m
        for m in messages
        if "📍" in (m.get("text") or m.get("caption") or "") or "ℹ️" in (m.get("text") or "")
    ]


async def test_a_waiting_warning_is_brought_up_again_to_who_has_not_approved(
    relaxed: Harness, moderators, peer
) -> None:
    api = relaxed.api
    river, harbour = moderators
    feature = relaxed.services.features.alerts
    alert_id = alert_id_of(await report_alert(relaxed, peer, severity="Warning"))
    review = await review_for(river, alert_id)
    await review_for(harbour, alert_id)
    assert "Waiting for" in review["text"]
    assert "1 of 2" in await press_answer(api, river, review, "Approve")
    await quiet(river, 0.2)
    saved = feature.settings
    feature.settings = replace(saved, review_reping_s=0.5)
    try:
        feature.poke_reminders()
        again = await review_for(harbour, alert_id, timeout=5)
        assert "Still waiting: an urgent warning needs 1 more approval" in again["text"]
        assert "river" in again["text"] and "Approve" in " ".join(buttons(again))
    finally:
        feature.settings = saved
        feature.poke_reminders()
    # The moderator who already approved is not asked again; the reporter is never asked.
    assert not [
        m
        for m in await quiet(river, 0.3)
        if f"#{alert_id}" in (m.get("text") or "") and "Still waiting" in (m.get("text") or "")
    ]
    # The reminder's own buttons work: the second approval sends it.
    assert "Approved" in await press_answer(api, harbour, again, "Approve")
    assert (await feature.repo.get_alert(alert_id)).state == "approved"


async def test_a_newly_promoted_moderator_is_told_what_waits(
    relaxed: Harness, moderators, peer
) -> None:
    api = relaxed.api
    river, _ = moderators
    alert_id = alert_id_of(await report_alert(relaxed, peer, severity="Warning"))
    await review_for(river, alert_id)
    kite = await invited_peer(relaxed, river, "kite")
    listing = await say(api, river, "/peers")
    while "kite" not in listing["text"]:
        listing = await press(api, river, listing, "›", exact=True)
    confirm = await press(api, river, listing, "Make moderator")
    while "kite" not in confirm["text"]:  # the first "Make moderator" button may be someone else's
        listing = await say(api, river, "/peers")
        confirm = await press(api, river, listing, "Make moderator")
    await press(api, river, confirm, "Yes, make moderator")
    told = await kite.next_message(5)
    assert "You are now a moderator" in told["text"] and "urgent warning" in told["text"]
    review = await review_for(kite, alert_id)
    assert "Approve" in " ".join(buttons(review))


async def test_one_moderator_alone_cannot_withdraw_an_approved_warning(
    relaxed: Harness, moderators, peer
) -> None:
    api = relaxed.api
    river, harbour = moderators
    feature = relaxed.services.features.alerts
    reader = api.add_user(language_code="en")
    await subscribe_by_typing(relaxed, reader, "en", "Lviv", "ua-lviv-oblast-lviv")
    alert_id = alert_id_of(await report_alert(relaxed, peer, severity="Warning"))
    assert "1 of 2" in await press_answer(api, river, await review_for(river, alert_id), "Approve")
    assert "Approved" in await press_answer(
        api, harbour, await review_for(harbour, alert_id), "Approve"
    )
    assert await feature.sender.wait_idle(10)
    assert len(_cards(await quiet(reader, 0.3))) == 1
    await quiet(harbour, 0.3)

    detail = await press(
        api,
        river,
        await say(api, river, "/moderate", expect="waiting for review first"),
        f"#{alert_id}",
        exact=True,
    )
    await press(api, river, detail, "Withdraw")
    recorded = await send_note(api, river, "It was a mix-up at the lab.", "Recorded, not sent yet")
    assert "2 moderators must agree" in recorded["text"]
    assert (await feature.repo.get_alert(alert_id)).state == "approved"
    assert _cards(await quiet(reader, 0.3)) == []

    request = next(
        m for m in await quiet(harbour, 0.5) if "asks to withdraw" in (m.get("text") or "")
    )
    assert (
        f"alert #{alert_id}" in request["text"]
        and "river" in request["text"]
        and "mix-up" in request["text"]
    )
    assert "Withdrawn" in await press_answer(api, harbour, request, "Confirm")
    assert (await feature.repo.get_alert(alert_id)).state == "retracted"
    assert await feature.sender.wait_idle(10)
    withdrawn = _cards(await quiet(reader, 0.3))
    assert (
        len(withdrawn) == 1
        and withdrawn[0]["text"].startswith("ℹ️")
        and "mix-up" in withdrawn[0]["text"]
    )
    audit = [(a.actor, a.action) for a in await relaxed.services.audit.recent(30, "alert.")]
    assert ("river", "alert.retraction.request") in audit and ("harbour", "alert.retract") in audit


async def test_downgrading_an_approved_warning_needs_a_second_moderator(
    relaxed: Harness, moderators, peer
) -> None:
    api = relaxed.api
    river, harbour = moderators
    feature = relaxed.services.features.alerts
    reader = api.add_user(language_code="uk")
    await subscribe_by_typing(relaxed, reader, "uk", "Львів", "ua-lviv-oblast-lviv")
    alert_id = alert_id_of(await report_alert(relaxed, peer, severity="Warning"))
    assert "1 of 2" in await press_answer(api, river, await review_for(river, alert_id), "Approve")
    assert "Approved" in await press_answer(
        api, harbour, await review_for(harbour, alert_id), "Approve"
    )
    assert await feature.sender.wait_idle(10)
    await quiet(reader, 0.3)
    await quiet(harbour, 0.3)

    detail = await press(
        api,
        river,
        await say(api, river, "/moderate", expect="waiting for review first"),
        f"#{alert_id}",
        exact=True,
    )
    menu = await press(api, river, detail, "Correct")
    menu = await press(api, river, await press(api, river, menu, "Severity"), "Caution")
    await press(api, river, menu, "Send the correction")
    await send_note(api, river, "Fewer overdoses than first thought.", "Recorded, not sent yet")
    assert (await feature.repo.get_alert(alert_id)).severity == "warning"
    request = next(
        m for m in await quiet(harbour, 0.5) if "lower the urgency" in (m.get("text") or "")
    )
    # The one who asked cannot confirm their own request (in a shared chat they could press it).
    again = await feature.review.confirm_request(
        alert_id, await relaxed.services.people.resolve(river.id)
    )
    assert again.outcome == "already"
    assert "Correction sent" in await press_answer(api, harbour, request, "Confirm")
    alert = await feature.repo.get_alert(alert_id)
    assert alert.severity == "caution" and alert.changes == {"severity": "warning"}
    assert await feature.sender.wait_idle(10)
    correction = [m for m in await quiet(reader, 0.3) if "✏️" in (m.get("text") or "")]
    # Field by field, in the reader's language.
    assert len(correction) == 1 and "Терміновість" in correction[0]["text"]
