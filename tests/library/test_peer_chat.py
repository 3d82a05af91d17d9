"""Questions announced in the peers' group chat (HRBOT_PEER_CHAT), claimed there, answered by DM."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.runner import running_bot
from tests.conftest import MODERATOR_ID, TOKEN, Harness, make_settings


@pytest.fixture
async def group_harness(fake_api, tmp_path: Path, content_dir: Path):
    moderator = fake_api.add_user(user_id=MODERATOR_ID, language_code="en", first_name="Mod")
    bystander = fake_api.add_user(language_code="en", first_name="Curious")
    group = fake_api.add_group("Peers", members=[moderator, bystander])
    env = {
        "HRBOT_CONTENT_POLL_SECONDS": "0",
        "HRBOT_PEER_HOURS": "24/7",
        "HRBOT_PEER_CHAT": str(group.id),
    }
    settings = make_settings(tmp_path, env, content_dir=content_dir, api_url=fake_api.base_url)
    async with running_bot(settings, TOKEN) as app:
        yield Harness(app, fake_api, settings), group, moderator, bystander


async def _wait(predicate, timeout: float = 5.0):
    for _ in range(int(timeout / 0.05)):
        found = predicate()
        if found:
            return found
        await asyncio.sleep(0.05)
    raise AssertionError("timed out")


async def test_group_notice_claim_and_answer(group_harness) -> None:
    harness, group, moderator, bystander = group_harness
    api = harness.api
    person = api.add_user(language_code="ru", first_name="Hidden", username="hidden_asker")
    person.send_command("/ask", "можно ли смешивать грибы и литий?")
    confirm = await person.next_message(timeout=5)
    assert "№1" in confirm["text"]
    notice = await _wait(
        lambda: next(
            (m for m in api.chat_messages(group.id) if "New question #1" in m.get("text", "")), None
        )
    )
    assert "литий" in notice["text"]
    for secret in ("Hidden", "hidden_asker", str(person.id)):
        assert secret not in notice["text"]
    # someone who is not a verified peer cannot claim it
    bystander.press(notice, button_text="Claim #1")
    await harness.idle()
    assert await harness.services.features.library.repo.ticket(1) is not None
    assert (await harness.services.features.library.repo.ticket(1)).status == "open"
    moderator.press(notice, button_text="Claim #1")
    thread = await moderator.next_message(timeout=5)
    assert "литий" in thread["text"]
    edited = await _wait(
        lambda: next(
            (
                m
                for m in api.chat_messages(group.id)
                if m["message_id"] == notice["message_id"] and "claimed" in m.get("text", "")
            ),
            None,
        )
    )
    assert "Question #1 was claimed" in edited["text"]
    moderator.press(thread, button_text="Reply")
    await moderator.next_message(timeout=5)
    moderator.send_text("Литий с псилоцибином может вызвать судороги, лучше не совмещать.")
    answer = None
    for _ in range(5):
        message = await person.next_message(timeout=5)
        if "Ответ консультанта" in message["text"]:
            answer = message
            break
    assert answer is not None and "судороги" in answer["text"]


async def test_a_peers_answer_about_breathing_reaches_the_asker(group_harness) -> None:
    """A peer's reply may talk about breathing or overdoses: it is the answer, not an
    emergency, so it goes to the asker (the asker's own words still get the card)."""
    harness, group, moderator, _bystander = group_harness
    api = harness.api
    person = api.add_user(language_code="en")
    person.send_command("/ask", "is it ok to mix ketamine and alcohol at a party?")
    await person.next_message(timeout=5)
    notice = await _wait(
        lambda: next(
            (m for m in api.chat_messages(group.id) if "New question #1" in m.get("text", "")), None
        )
    )
    moderator.press(notice, button_text="Claim #1")
    claimed = await _wait(
        lambda: next(
            (
                m
                for m in api.chat_messages(moderator.id)
                if "ketamine and alcohol" in (m.get("text") or "")
            ),
            None,
        )
    )
    moderator.press(claimed, button_text="Reply")
    await _wait(
        lambda: any(
            "Write your reply" in (m.get("text") or "") for m in api.chat_messages(moderator.id)
        )
    )
    moderator.send_text("Both slow your breathing: take much less of each, and don't use alone.")
    await _wait(
        lambda: any(
            "Sent (question #1)" in (m.get("text") or "") for m in api.chat_messages(moderator.id)
        )
    )
    answer = await _wait(
        lambda: next(
            (
                m
                for m in api.chat_messages(person.id)
                if "take much less of each" in (m.get("text") or "")
            ),
            None,
        )
    )
    assert answer
    assert not any(
        "call" in (m.get("text") or "").lower() and "overdos" in (m.get("text") or "").lower()
        for m in api.chat_messages(moderator.id)[-3:]
    )
