"""Questions announced in the peers' group chat (HRBOT_PEER_CHAT), claimed there, answered by DM."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.runner import running_bot
from tests.conftest import MODERATOR_ID, TOKEN, Harness, make_settings


@pytest.fixture
async def group_harness(fake_api, tmp_path: Path, content_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("HRBOT_CONTENT_POLL_SECONDS", "0")
    monkeypatch.setenv("HRBOT_PEER_HOURS", "24/7")
    moderator = fake_api.add_user(user_id=MODERATOR_ID, language_code="en", first_name="Mod")
    bystander = fake_api.add_user(language_code="en", first_name="Curious")
    group = fake_api.add_group("Peers", members=[moderator, bystander])
    settings = make_settings(tmp_path, content_dir=content_dir, api_url=fake_api.base_url, peer_chat=group.id)
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
    notice = await _wait(lambda: next((m for m in api.chat_messages(group.id) if "New question #1" in m.get("text", "")), None))
    assert "литий" in notice["text"]
    for secret in ("Hidden", "hidden_asker", str(person.id)):
        assert secret not in notice["text"]
    # someone who is not a verified peer cannot claim it
    bystander.press(notice, button_text="Claim #1")
    await asyncio.sleep(0.3)
    assert await harness.services.features["library"].repo.ticket(1) is not None
    assert (await harness.services.features["library"].repo.ticket(1)).status == "open"
    moderator.press(notice, button_text="Claim #1")
    thread = await moderator.next_message(timeout=5)
    assert "литий" in thread["text"]
    edited = await _wait(lambda: next((m for m in api.chat_messages(group.id)
                                       if m["message_id"] == notice["message_id"] and "claimed" in m.get("text", "")), None))
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
