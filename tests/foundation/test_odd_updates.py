"""Property-based: odd updates never crash the bot or leave an unhandled exception."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Harness

ODD_CHARS = st.sampled_from(
    [
        "\u200b",
        "\u200f",
        "\u202e",
        "\u2066",
        "\ufeff",
        "👩‍👩‍👧",
        "🏳️‍🌈",
        "\u0301",
        "\x00",
        "\n",
        "<b>",
        "&amp;",
        "/",
        "@",
    ]
)
TEXTS = st.one_of(
    st.text(min_size=1, max_size=200),
    st.lists(ODD_CHARS, min_size=1, max_size=40).map("".join),
    st.integers(min_value=4000, max_value=5000).map(lambda n: "я" * n),
    st.sampled_from(
        [
            "/start@hrbot_sandbox_bot",
            "/start " + "x" * 200,
            "/",
            "/help extra args",
            "/language@other_bot",
        ]
    ),
)
LANGS = st.sampled_from([None, "", "en", "ru", "uk", "es", "pt-BR", "zh-hans", "x" * 30, "ar"])


def _message(chat: dict[str, Any], user: dict[str, Any] | None, **fields: Any) -> dict[str, Any]:
    msg = {"message_id": 1, "date": 1_700_000_000, "chat": chat, **fields}
    if user is not None:
        msg["from"] = user
    return msg


UPDATE_KINDS = st.sampled_from(
    [
        "text",
        "no_text",
        "channel_post",
        "edited",
        "callback_garbage",
        "group_text",
        "my_chat_member",
        "reaction",
    ]
)


@pytest.fixture
def errors(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.ERROR)
    return caplog


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_odd_updates_never_crash(harness_sync: SyncHarness, data: st.DataObject) -> None:
    kind = data.draw(UPDATE_KINDS)
    text = data.draw(TEXTS)
    lang = data.draw(LANGS)
    harness_sync.run(kind, text, lang)


class SyncHarness:
    """Drives the async harness from hypothesis' synchronous test body."""

    def __init__(
        self, harness: Harness, loop: asyncio.AbstractEventLoop, errors: pytest.LogCaptureFixture
    ) -> None:
        self.harness = harness
        self.loop = loop
        self.errors = errors
        self.counter = 0
        self.group = harness.api.add_group(title="g")

    def run(self, kind: str, text: str, lang: str | None) -> None:
        self.loop.run_until_complete(self._run(kind, text, lang))

    async def _run(self, kind: str, text: str, lang: str | None) -> None:
        api = self.harness.api
        self.counter += 1
        user_id = 800_000_000 + self.counter
        api.add_user(
            user_id=user_id, first_name="Ödd \u202e name", language_code=lang
        )  # the chat exists
        user = {"id": user_id, "is_bot": False, "first_name": "Ödd \u202e name"}
        if lang is not None:
            user["language_code"] = lang
        private = {"id": user_id, "type": "private", "first_name": "x"}
        group = {"id": self.group.id, "type": "supergroup", "title": "g"}
        if kind == "text":
            update = {"message": _message(private, user, text=text)}
        elif kind == "no_text":
            update = {"message": _message(private, user, dice={"emoji": "🎲", "value": 3})}
        elif kind == "channel_post":
            update = {
                "channel_post": _message(
                    {"id": -100_777, "type": "channel", "title": "c"}, None, text=text
                )
            }
        elif kind == "edited":
            update = {"edited_message": _message(private, user, text=text, edit_date=1_700_000_100)}
        elif kind == "callback_garbage":
            update = {
                "callback_query": {
                    "id": str(self.counter),
                    "from": user,
                    "chat_instance": "1",
                    "message": _message(
                        private, {"id": 1, "is_bot": True, "first_name": "b"}, text="x"
                    ),
                    "data": text[:64],
                }
            }
        elif kind == "group_text":
            update = {"message": _message(group, user, text=text)}
        elif kind == "my_chat_member":
            update = {
                "my_chat_member": {
                    "chat": group,
                    "from": user,
                    "date": 1_700_000_000,
                    "old_chat_member": {
                        "status": "left",
                        "user": {"id": 1, "is_bot": True, "first_name": "b"},
                    },
                    "new_chat_member": {
                        "status": "member",
                        "user": {"id": 1, "is_bot": True, "first_name": "b"},
                    },
                }
            }
        else:
            update = {
                "message_reaction": {
                    "chat": private,
                    "message_id": 1,
                    "user": user,
                    "date": 1_700_000_000,
                    "old_reaction": [],
                    "new_reaction": [{"type": "emoji", "emoji": "👍"}],
                }
            }
        api.inject_update(update)
        await asyncio.sleep(0.03)
        failures = [
            r
            for r in self.errors.records
            if r.name == "bot.errors" and "Unhandled" in r.getMessage()
        ]
        assert not failures, failures[0].getMessage()


@pytest.fixture
def harness_sync(tmp_path, errors):

    from bot.runner import running_bot
    from bot.sandbox.fakeapi import FakeBotAPI
    from tests.conftest import TOKEN, make_settings

    loop = asyncio.new_event_loop()
    api = FakeBotAPI(token=TOKEN, rate_limits=False)
    loop.run_until_complete(api.start())
    settings_ = make_settings(tmp_path, api_url=api.base_url)
    context = running_bot(settings_, TOKEN)
    app = loop.run_until_complete(context.__aenter__())
    try:
        yield SyncHarness(Harness(app, api, settings_), loop, errors)
        loop.run_until_complete(asyncio.sleep(0.3))
        failures = [
            r for r in errors.records if r.name == "bot.errors" and "Unhandled" in r.getMessage()
        ]
        assert not failures
    finally:
        loop.run_until_complete(context.__aexit__(None, None, None))
        loop.run_until_complete(api.stop())
        loop.close()
