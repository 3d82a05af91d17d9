"""/forget takes a person's questions out of the peers' group; revoked peers receive nothing more."""

from __future__ import annotations

import asyncio

from tests.conftest import MODERATOR_ID
from tests.library.test_peer_chat import _wait, group_harness  # noqa: F401 - fixture


async def _ask(harness, api, group, text: str):
    person = api.add_user(language_code="en", first_name="Hidden", username="hidden_asker")
    person.send_command("/ask", text)
    await person.next_message(timeout=5)
    notice = await _wait(
        lambda: next(
            (m for m in api.chat_messages(group.id) if text[:20] in m.get("text", "")), None
        )
    )
    return person, notice


async def _forget(harness, person) -> dict:
    person.send_command("/forget")
    confirm = await _until_text(person, "Erase it?")
    assert "stays on your phone" in confirm["text"]
    person.press(confirm, button_text="Yes, erase everything")
    event = await harness.api.wait_for(
        lambda e: e["type"] == "edit" and e["chat_id"] == person.id, timeout=10
    )
    return event["message"]


async def _until_text(user, fragment: str, timeout: float = 5.0) -> dict:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        message = await user.next_message(
            timeout=max(0.1, deadline - asyncio.get_running_loop().time())
        )
        if fragment.lower() in message.get("text", "").lower():
            return message


async def test_forget_removes_the_question_from_the_group_and_closes_it(group_harness) -> None:  # noqa: F811
    harness, group, _moderator, _bystander = group_harness
    api = harness.api
    lib = harness.services.features.library
    person, notice = await _ask(harness, api, group, "is it safe to mix ketamine and alcohol")
    assert "Claim #1" in str(notice.get("reply_markup"))
    done = await _forget(harness, person)
    assert "stays on your phone" in done["text"] and "30 days" in done["text"]
    # The notice is gone from the group (deleted), and no Claim button is left anywhere.
    await _wait(
        lambda: all("ketamine" not in m.get("text", "") for m in api.chat_messages(group.id))
    )
    assert all("Claim" not in str(m.get("reply_markup")) for m in api.chat_messages(group.id))
    assert await lib.repo.ticket(1) is None
    assert notice["message_id"] not in [m["message_id"] for m in api.chat_messages(group.id)]


async def test_forget_of_an_asker_tells_the_claiming_peer_and_ends_the_ticket(
    group_harness,  # noqa: F811
) -> None:
    harness, group, moderator, _bystander = group_harness
    api = harness.api
    person, notice = await _ask(harness, api, group, "how long does xylazine stay in the body")
    moderator.press(notice, button_text="Claim #1")
    await _until_text(moderator, "Question #1")
    await _forget(harness, person)
    told = await _until_text(moderator, "withdrew question #1")
    assert "delete your copy" in told["text"]
    assert await harness.services.features.library.repo.ticket(1) is None


async def test_a_revoked_peer_receives_nothing_more_and_the_question_goes_back(
    group_harness,  # noqa: F811
) -> None:
    harness, group, moderator, _bystander = group_harness
    api = harness.api
    services = harness.services
    lib = services.features.library
    peer_user = api.add_user(language_code="en", first_name="Peer")
    group.set_member_status(peer_user, "member")
    await services.people.grant(
        await services.people.resolve(peer_user.id), "peer", "river-peer", actor="test"
    )
    person, notice = await _ask(harness, api, group, "what does naloxone do to benzos")
    peer_user.press(notice, button_text="Claim #1")
    await _until_text(peer_user, "Question #1")
    assert (await lib.repo.ticket(1)).status == "claimed"
    assert await services.people.revoke(
        services.keyring.user_key(peer_user.id), actor="moderator-x"
    )
    ticket = await lib.repo.ticket(1)
    assert (
        ticket.status == "open"
        and ticket.peer_key is None
        and ticket.peer_chat is None
        and ticket.peer_name is None
    )
    await _until_text(person, "can no longer answer it")
    again = await _wait(
        lambda: next(
            (
                m
                for m in api.chat_messages(group.id)
                if "Still waiting: question #1" in m.get("text", "")
            ),
            None,
        )
    )
    assert "Claim #1" in str(again.get("reply_markup"))
    # The asker's follow-up reaches nobody who was revoked.
    await lib.desk.reply(1, await services.people.resolve(person.id), "are you still there?")
    await asyncio.sleep(0.3)
    while True:
        try:
            message = await peer_user.next_message(timeout=0.3)
        except Exception:  # noqa: BLE001 - no more messages
            break
        assert "still there" not in message.get("text", "")
    # Another peer can take it over.
    moderator.press(again, button_text="Claim #1")
    thread = await _until_text(moderator, "Question #1")
    assert "naloxone" in thread["text"] and "still there" in thread["text"]


async def test_a_peer_who_forgets_leaves_no_orphaned_ticket(group_harness) -> None:  # noqa: F811
    harness, group, _moderator, _bystander = group_harness
    api = harness.api
    services = harness.services
    lib = services.features.library
    peer_user = api.add_user(language_code="en", first_name="Peer")
    group.set_member_status(peer_user, "member")
    await services.people.grant(
        await services.people.resolve(peer_user.id), "peer", "lake-peer", actor="test"
    )
    _person, notice = await _ask(harness, api, group, "can I test pills for fentanyl at home")
    peer_user.press(notice, button_text="Claim #1")
    await _until_text(peer_user, "Question #1")
    await _forget(harness, peer_user)
    ticket = await lib.repo.ticket(1)
    assert ticket.status == "open" and ticket.peer_key is None
    assert any(
        "Still waiting: question #1" in m.get("text", "") for m in api.chat_messages(group.id)
    )
    assert MODERATOR_ID


async def test_unanswered_questions_kept_after_forget_link_to_nobody(group_harness) -> None:  # noqa: F811
    harness, _group, _moderator, _bystander = group_harness
    api = harness.api
    services = harness.services
    person = api.add_user(language_code="en")
    person.send_text("which bicycle chain oil lasts longest in rain")
    await person.next_message(timeout=5)
    key = services.keyring.user_key(person.id)
    await services.features.library.service.flush()  # counters are written in batches
    rows = await services.db.fetchall(
        "SELECT digest, lang, day, sealed, count FROM library_unanswered"
    )
    assert len(rows) == 1
    await _forget(harness, person)
    rows = await services.db.fetchall(
        "SELECT digest, lang, day, sealed, count FROM library_unanswered"
    )
    assert len(rows) == 1  # kept, as /privacy says, for up to 30 days
    digest, _lang, day, sealed, _count = rows[0]
    assert len(day) == 10 and day.count("-") == 2  # the day only, no time
    assert key not in bytes(digest) and key not in bytes(sealed)
    columns = [r[1] for r in await services.db.fetchall("PRAGMA table_info(library_unanswered)")]
    assert columns == ["digest", "lang", "day", "sealed", "count"]  # nothing that names a person
