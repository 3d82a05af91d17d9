"""Webhook mode: Telegram's secret_token header is checked on every request."""

from __future__ import annotations

import socket
from dataclasses import replace

import aiohttp

from bot.runner import running_bot, webhook_secret
from bot.sandbox.fakeapi import FakeBotAPI
from tests.conftest import TOKEN


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_mode_answers_and_refuses_requests_without_the_secret(fake_api: FakeBotAPI, settings) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    settings = replace(settings, api_url=fake_api.base_url, webhook_url=url, webhook_listen="127.0.0.1", webhook_port=port)
    async with running_bot(settings, TOKEN, webhook=True):
        user = fake_api.add_user(language_code="es")
        user.send_command("/start")
        reply = await user.next_message(timeout=10)
        assert "reducción de daños" in reply["text"]
        update = {"update_id": 999_999, "message": {"message_id": 1, "date": 1, "chat": {"id": user.id, "type": "private"},
                                                   "from": {"id": user.id, "is_bot": False, "first_name": "x"}, "text": "/start",
                                                   "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}}
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json=update) as response:
                assert response.status == 403
            async with http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}) as response:
                assert response.status == 403
            async with http.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": webhook_secret(settings)}) as response:
                assert response.status == 200
        # This hand-made update carries no language_code, so the answer is in English.
        assert "harm reduction bot" in (await user.next_message(timeout=10))["text"]
