"""Fixtures for the alerts flow: two configured moderators, alert settings per test, and
helpers that act like a person pressing buttons in Telegram (through the fake Bot API)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.handlers.base import FloodGate
from bot.sandbox.fakeapi import FakeBotAPI
from bot.sandbox.fakeapi.model import FakeUser
from tests.conftest import MODERATOR_ID, Harness, make_settings

MODERATOR2_ID = 900002
ALERT_ENV = {
    "HRBOT_INVITE_HOURS": "48",
    "HRBOT_REPORTS_PER_DAY": "5",
    "HRBOT_APPROVALS": "information=1,caution=1,warning=2",
    "HRBOT_REPORT_TIMEOUT": "30",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "alert_env(**values): environment for the alerts feature")


@pytest.fixture(autouse=True)
def alert_env(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """HRBOT_* alert settings for this test (override with @pytest.mark.alert_env(...))."""
    values = dict(ALERT_ENV)
    marker = request.node.get_closest_marker("alert_env")
    if marker is not None:
        values.update({k: str(v) for k, v in marker.kwargs.items()})
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("HRBOT_CONFIG", raising=False)
    return values


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path, moderators=frozenset({MODERATOR_ID, MODERATOR2_ID}), log_level="INFO")


# -- acting like a person ---------------------------------------------------------------------------
def buttons(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [b["text"] for row in rows for b in row]


def find_button(message: dict[str, Any], contains: str) -> str:
    """The text of the first button whose label contains ``contains``."""
    for text in buttons(message):
        if contains in text:
            return text
    raise AssertionError(f"no button containing {contains!r} in {buttons(message)}")


def _drain(user: FakeUser, message_id: int) -> None:
    """Take messages up to ``message_id`` out of the person's inbox (they were seen)."""
    while True:
        queued = user.chat.inbox.get_nowait()
        if queued is None or queued["message_id"] >= message_id:
            return


async def after(api: FakeBotAPI, chat_id: int, action: Any, timeout: float = 5.0) -> dict[str, Any]:
    """Do ``action`` and return the first message the bot sends or edits in ``chat_id``."""
    future = api.wait_for(lambda e: e["type"] in ("message", "edit") and e["chat_id"] == chat_id, timeout)
    action()
    event = await future
    return event["message"]


async def press(api: FakeBotAPI, user: FakeUser, message: dict[str, Any], label: str,
                exact: bool = False) -> dict[str, Any]:
    """Press the button labelled (or containing) ``label``; the message the bot shows next."""
    text = label if exact else find_button(message, label)
    shown = await after(api, message["chat"]["id"], lambda: user.press(message, button_text=text))
    if message["chat"]["id"] == user.id:
        _drain(user, shown["message_id"])
    return shown


async def press_answer(api: FakeBotAPI, user: FakeUser, message: dict[str, Any], label: str) -> str:
    """Press a button and return the callback answer text (a toast or an alert)."""
    text = find_button(message, label)
    future = api.wait_for(lambda e: e["type"] == "callback_answer" and e["user_id"] == user.id, 5.0)
    user.press(message, button_text=text)
    return (await future).get("text") or ""


async def say(api: FakeBotAPI, user: FakeUser, text: str) -> dict[str, Any]:
    """Send a text (or command) and return the bot's next message in the private chat."""
    if text.startswith("/"):
        command, _, args = text.partition(" ")
        shown = await after(api, user.id, lambda: user.send_command(command, args))
    else:
        shown = await after(api, user.id, lambda: user.send_text(text))
    _drain(user, shown["message_id"])
    return shown


async def quiet(user: FakeUser, seconds: float = 0.3) -> list[dict[str, Any]]:
    """Messages that arrive in the next ``seconds`` (used to check that nothing else came)."""
    await asyncio.sleep(seconds)
    found = []
    while (message := user.chat.inbox.get_nowait()) is not None:
        found.append(message)
    return found


# -- people with roles ----------------------------------------------------------------------------------
async def named_moderator(harness: Harness, user_id: int, name: str, lang: str = "en") -> FakeUser:
    """A person from HRBOT_MODERATORS who has chosen a pseudonym through the bot."""
    api = harness.api
    user = api.add_user(user_id=user_id, language_code=lang)
    prompt = await say(api, user, "/moderate")
    assert "pseudonym" in prompt["text"].lower() or "псевдоним" in prompt["text"].lower()
    done = await say(api, user, name)
    assert name in done["text"]
    return user


async def invited_peer(harness: Harness, moderator: FakeUser, name: str, lang: str = "en") -> FakeUser:
    """A new person who opens a moderator's invite link and chooses ``name``."""
    api = harness.api
    answer = await say(api, moderator, "/invite")
    code = answer["text"].split("start=inv-", 1)[1].split()[0]
    peer = api.add_user(language_code=lang)
    await say(api, peer, f"/start inv-{code}")
    done = await say(api, peer, name)
    assert name in done["text"]
    return peer


@pytest.fixture
def relaxed(harness: Harness) -> Harness:
    """The harness with a flood gate loose enough for a test that presses fast."""
    harness.app.bot_data["floodgate"] = FloodGate(rate=1000.0, burst=10_000)
    return harness


@pytest.fixture
async def moderators(relaxed: Harness) -> tuple[FakeUser, FakeUser]:
    harness = relaxed
    first = await named_moderator(harness, MODERATOR_ID, "river")
    second = await named_moderator(harness, MODERATOR2_ID, "harbour")
    return first, second


@pytest.fixture
async def peer(harness: Harness, moderators: tuple[FakeUser, FakeUser]) -> FakeUser:
    return await invited_peer(harness, moderators[0], "sparrow")
