"""Webhook mode: Telegram's secret_token header is checked on every request."""

from __future__ import annotations

import socket

import aiohttp
import pytest

from bot.runner import running_bot, webhook_secret
from bot.sandbox.fakeapi import FakeBotAPI
from tests.conftest import TOKEN, replace_core


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_webhook_mode_answers_and_refuses_requests_without_the_secret(
    fake_api: FakeBotAPI, settings
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    settings = replace_core(
        settings,
        api_url=fake_api.base_url,
        webhook_url=url,
        webhook_listen="127.0.0.1",
        webhook_port=port,
    )
    async with running_bot(settings, TOKEN, webhook=True):
        user = fake_api.add_user(language_code="es")
        user.send_command("/start")
        reply = await user.next_message(timeout=10)
        assert "reducción de daños" in reply["text"]
        update = {
            "update_id": 999_999,
            "message": {
                "message_id": 1,
                "date": 1,
                "chat": {"id": user.id, "type": "private"},
                "from": {"id": user.id, "is_bot": False, "first_name": "x"},
                "text": "/start",
                "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            },
        }
        async with aiohttp.ClientSession() as http:
            async with http.post(url, json=update) as response:
                assert response.status == 403
            async with http.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}
            ) as response:
                assert response.status == 403
            async with http.post(
                url,
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": webhook_secret(settings)},
            ) as response:
                assert response.status == 200
        # This hand-made update carries no language_code, so the answer is in English.
        assert "harm reduction bot" in (await user.next_message(timeout=10))["text"]


async def test_an_update_telegram_cannot_parse_is_logged_without_its_data(
    fake_api: FakeBotAPI, settings, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.privacy import redact_unparsed_updates

    redact_unparsed_updates()
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    settings = replace_core(
        settings,
        api_url=fake_api.base_url,
        webhook_url=url,
        webhook_listen="127.0.0.1",
        webhook_port=port,
    )
    broken = {
        "update_id": 1_000_001,
        "message": {
            "message_id": 1,
            "date": "yesterday",
            "chat": {"id": 612_345_678, "type": "private"},
            "from": {
                "id": 612_345_678,
                "is_bot": False,
                "first_name": "Secretname",
                "username": "secret_handle",
            },
            "text": "a very private question",
            "location": {"latitude": 50.4501, "longitude": 30.5234},
        },
    }
    headers = {"X-Telegram-Bot-Api-Secret-Token": webhook_secret(settings)}
    async with (
        running_bot(settings, TOKEN, webhook=True),
        aiohttp.ClientSession() as http,
        http.post(url, json=broken, headers=headers) as response,
    ):
        assert response.status == 400
    logged = caplog.text
    assert "Received data" in logged and "message{" in logged
    for secret in (
        "612345678",
        "Secretname",
        "secret_handle",
        "very private",
        "50.4501",
        "30.5234",
    ):
        assert secret not in logged, secret
