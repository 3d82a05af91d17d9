"""Roles: moderators from HRBOT_MODERATORS choose a pseudonym on first use; moderators list peers,
revoke them and make moderators; every change is audited; the role is checked on every press."""

from __future__ import annotations

import pytest
import pytest_asyncio

from bot.alerts.invites import person_token
from bot.sandbox.fakeapi.model import FakeUser
from tests.alerts.conftest import (
    MODERATOR2_ID,
    alert_id_of,
    answer_to,
    buttons,
    invited_peer,
    named_moderator,
    press,
    report_alert,
    say,
)
from tests.conftest import MODERATOR_ID, Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(loop_scope="module")
async def river(relaxed: Harness) -> FakeUser:
    """The configured moderator "river" (and the second one, "harbour"): named by the first test
    when it ran on this worker before, named here otherwise (so that any test runs alone, or on
    any xdist worker)."""
    for user_id, name in ((MODERATOR_ID, "river"), (MODERATOR2_ID, "harbour")):
        if user_id not in relaxed.api.users:
            await named_moderator(relaxed, user_id, name)
    return relaxed.api.users[MODERATOR_ID]


async def test_configured_moderators_choose_a_pseudonym_before_moderating(relaxed: Harness) -> None:
    api = relaxed.api
    river = api.add_user(user_id=MODERATOR_ID, language_code="en")
    prompt = await say(api, river, "/peers")
    assert "choose a pseudonym" in prompt["text"]
    assert "2 to 32" in (await say(api, river, "x"))["text"]
    done = await say(api, river, "river")
    assert "/moderate" in done["text"]
    person = await relaxed.services.people.resolve(river.id)
    assert person.role == "moderator" and person.pseudonym == "river"
    audit = await relaxed.services.audit.recent(5, "role.grant.moderator")
    assert audit[0].actor == "HRBOT_MODERATORS" and audit[0].subject == "river"
    # Now moderator tools answer right away.
    listing = await say(api, river, "/peers")
    assert (
        "Moderators and verified peers" in listing["text"]
        and "river (moderator)" in listing["text"]
    )
    # A second configured moderator who picks a taken pseudonym is asked for another.
    harbour = api.add_user(user_id=MODERATOR2_ID, language_code="en")
    await say(api, harbour, "/moderate")
    assert "already uses" in (await say(api, harbour, "River"))["text"]
    assert "harbour" in (await say(api, harbour, "harbour"))["text"]


async def test_list_revoke_and_promote_with_audit(relaxed: Harness, river: FakeUser) -> None:
    api = relaxed.api
    owl = await invited_peer(relaxed, river, "owl")
    lark = await invited_peer(relaxed, river, "lark")
    listing = await say(api, river, "/peers")
    assert "owl (peer)" in listing["text"] and "lark (peer)" in listing["text"]
    assert not any("river" in b for b in buttons(listing))  # no button to revoke oneself
    assert not any(
        "harbour" in b for b in buttons(listing)
    )  # nor a moderator from HRBOT_MODERATORS
    harbour_key = relaxed.services.keyring.user_key(MODERATOR2_ID)
    forged = relaxed.services.buttons.encode(river.id, "prxy", person_token(harbour_key))
    await answer_to(api, lambda: river.press_data(listing["message_id"], forged))
    assert (await relaxed.services.people.repo.role(harbour_key)).role == "moderator"

    confirm = await press(api, river, listing, "Revoke owl")
    assert "Remove the role of owl" in confirm["text"]
    listing = await press(api, river, confirm, "Yes, revoke")
    assert "owl" not in listing["text"]
    person = await relaxed.services.people.resolve(owl.id)
    assert person.role == "person"
    # The revoked peer cannot report any more, and an old report-form start is refused.
    answer = await say(api, owl, "/report")
    assert "verified peers" in answer["text"]

    confirm = await press(api, river, listing, "Make moderator")
    listing = await press(api, river, confirm, "Yes, make moderator")
    assert "lark (moderator)" in listing["text"]
    assert (await relaxed.services.people.resolve(lark.id)).is_moderator
    audit = [
        (a.actor, a.action, a.subject) for a in await relaxed.services.audit.recent(30, "role.")
    ]
    assert ("river", "role.revoke.peer", "owl") in audit
    assert ("river", "role.grant.moderator", "lark") in audit
    # No user key or Telegram id in the audit log.
    rows = await relaxed.services.db.fetchall(
        "SELECT actor, action, subject, detail FROM audit_log"
    )
    text = " ".join(" ".join(str(v) for v in row) for row in rows)
    assert str(owl.id) not in text and str(lark.id) not in text


async def test_peer_management_buttons_refuse_non_moderators(
    relaxed: Harness, river: FakeUser
) -> None:
    api = relaxed.api
    finch = await invited_peer(relaxed, river, "finch")
    listing = await say(api, river, "/peers")
    token = person_token(relaxed.services.keyring.user_key(finch.id))
    # A peer forging the moderator's revoke button: signed for another chat, then for their own.
    copied = next(
        b["callback_data"]
        for row in listing["reply_markup"]["inline_keyboard"]
        for b in row
        if b["text"] == "Revoke finch"
    )
    home = await say(api, finch, "/alerts")
    for data in (copied, relaxed.services.buttons.encode(finch.id, "prxy", token)):
        answer = await answer_to(api, lambda d=data: finch.press_data(home["message_id"], d))
        assert "no longer works" in answer or "Only moderators" in answer
    assert (await relaxed.services.people.resolve(finch.id)).role == "peer"
    answer = await say(api, finch, "/peers")
    assert "Only moderators" in answer["text"]


async def test_forget_unlinks_reports_and_erases_subscriptions(
    relaxed: Harness, river: FakeUser
) -> None:
    api = relaxed.api
    robin = await invited_peer(relaxed, river, "robin")
    alert_id = alert_id_of(await report_alert(relaxed, robin, severity="Information"))
    feature = relaxed.services.features.alerts
    key = relaxed.services.keyring.user_key(robin.id)
    assert (await feature.repo.reporter(alert_id))[0] == key
    confirm = await say(api, robin, "/forget")
    await press(api, robin, confirm, "Yes, erase everything")
    assert (await feature.repo.reporter(alert_id))[0] is None
    assert (
        await feature.repo.get_alert(alert_id)
    ) is not None  # the report itself stays for review
    for table in ("subscriptions", "report_counts", "roles"):
        row = await relaxed.services.db.fetchone(
            f"SELECT count(*) FROM {table} WHERE user_key = ?", (key,)
        )
        assert row[0] == 0
