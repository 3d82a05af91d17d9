"""Only python-telegram-bot's public API (issue 13, item 6), and a loud failure if the parts of
it the bot leans on change: no ``telegram._*`` import, no private attribute of a library
object, no override of a method the library marks ``@final``."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
import re
import warnings
from pathlib import Path

import pytest
import telegram
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import BaseUpdateProcessor, ContextTypes, ExtBot
from telegram.request import BaseRequest

import bot
from bot.handlers.alerts_transport import BulkBot, TelegramTransport
from bot.handlers.base import (
    BotData,
    HRContext,
    Keyboard,
    PerChatUpdateProcessor,
    _unparsed,
    edit_or_send,
    reply,
    reply_message,
)
from bot.sandbox.fakeapi import FakeBotAPI
from bot.telegram_http import AiohttpRequest, silence_raw_call_advice

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456789:AAH-test-token-0123456789abcdefghijklm"

# Private names of python-telegram-bot the bot used before (and anything under telegram._).
PRIVATE = re.compile(
    r"from telegram\._|import telegram\._|(?<!self)\._post\(|\._conversations\b|\._get_key\(|"
    r"\._do_post\(|\._request\[|\._semaphore\b|\.bot\._|application\._|app\._"
)


def test_no_private_name_of_the_library_in_the_source() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "bot").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PRIVATE.search(line)
    ]
    assert found == []


def _bot_classes() -> list[type]:
    classes = []
    for info in pkgutil.walk_packages(bot.__path__, "bot."):
        if info.name.endswith("__main__"):  # runs the command line when imported
            continue
        module = importlib.import_module(info.name)
        classes += [
            c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == info.name
        ]
    return classes


def test_no_class_overrides_a_final_method_of_the_library() -> None:
    overrides = []
    for cls in _bot_classes():
        for base in cls.__mro__[1:]:
            if not base.__module__.startswith("telegram"):
                continue
            for name, value in vars(base).items():
                if getattr(value, "__final__", False) and name in vars(cls):
                    overrides.append(f"{cls.__module__}.{cls.__qualname__}.{name}")
    assert overrides == []


def test_the_public_api_the_bot_relies_on_is_there() -> None:
    # The aiohttp transport: "not given" timeouts are BaseRequest.DEFAULT_NONE.
    assert BaseRequest.DEFAULT_NONE is not None
    assert "read_timeout" in inspect.signature(BaseRequest.do_request).parameters
    # The typed container for handlers.
    types = ContextTypes(context=HRContext, bot_data=BotData)
    assert types.bot_data is BotData and types.context is HRContext
    # The update processor: the library calls do_process_update (ours) from process_update.
    assert getattr(BaseUpdateProcessor.process_update, "__final__", False)
    assert "do_process_update" in BaseUpdateProcessor.__abstractmethods__
    # The bulk sender's raw call.
    parameters = inspect.signature(telegram.Bot.do_api_request).parameters
    assert {"endpoint", "api_kwargs", "return_type"} <= set(parameters)


async def test_a_raw_call_returns_the_raw_result_without_warnings() -> None:
    api = FakeBotAPI(token=TOKEN, rate_limits=False)
    await api.start()
    transport = TelegramTransport.connect(TOKEN, api.base_url, pool=4)
    try:
        user = api.add_user()
        assert isinstance(transport.bot, BulkBot)
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            silence_raw_call_advice()  # fails here if the library changes its advice's wording
            raw = await transport.bot.call("sendMessage", {"chat_id": user.id, "text": "hi"})
        assert [str(w.message) for w in seen] == []
        assert isinstance(raw, dict) and isinstance(raw["message_id"], int)
        assert raw["chat"]["id"] == user.id
    finally:
        await transport.close()
        await api.stop()


async def test_updates_of_one_chat_run_in_order_and_never_take_more_than_the_slots() -> None:
    processor = PerChatUpdateProcessor(2)
    assert processor.slots == 2
    running = 0
    peak = 0
    order: list[tuple[int, int]] = []

    async def work(chat: int, n: int) -> None:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.01)
        order.append((chat, n))
        running -= 1

    def update(chat: int, n: int) -> telegram.Update:
        message = telegram.Message(
            n,
            date=None,
            chat=telegram.Chat(chat, "private"),  # type: ignore[arg-type]
        )
        return telegram.Update(chat * 100 + n, message=message)

    await asyncio.gather(
        *(
            processor.process_update(update(chat, n), work(chat, n))
            for chat in (1, 2, 3)
            for n in range(4)
        )
    )
    assert peak == 2
    for chat in (1, 2, 3):
        assert [n for c, n in order if c == chat] == [0, 1, 2, 3]


async def test_replies_left_unparsed_send_what_the_library_sends() -> None:
    """``reply`` and ``edit_or_send`` make the library's raw call (the answer is not parsed
    into a Message): the fake server must see exactly the request send_message and edit_text
    make, errors included, and nothing may be warned."""
    api = FakeBotAPI(token=TOKEN, rate_limits=False)
    await api.start()
    client = ExtBot(TOKEN, base_url=api.base_url, request=AiohttpRequest(pool_size=4))
    await client.initialize()
    try:
        user = api.add_user(language_code="uk")
        user.send_command("/start")
        (update,) = await client.get_updates()
        markup = Keyboard.of_json([[{"text": "Тема", "callback_data": "t:1~abc"}]])
        text = "<b>Привіт</b> /privacy"
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            silence_raw_call_advice()  # as bot.telegram_http does on import
            await reply(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)
            sent = await reply_message(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)
        ours, library = list(api.calls)[-2:]
        assert (ours.method, ours.params) == (library.method, library.params)
        assert ours.method == "sendMessage" and ours.params["text"] == text
        assert ours.params["parse_mode"] == "HTML" and int(ours.params["chat_id"]) == user.id
        assert ours.params["reply_markup"] == {
            "inline_keyboard": [[{"text": "Тема", "callback_data": "t:1~abc"}]]
        }
        assert sent is not None
        user.press(sent.message_id, callback_data="t:1~abc")
        (press,) = await client.get_updates(offset=update.update_id + 1)
        with warnings.catch_warnings(record=True) as seen_too:
            warnings.simplefilter("always")
            silence_raw_call_advice()
            await edit_or_send(press, "<i>edited</i>", parse_mode=ParseMode.HTML)
            await press.callback_query.message.edit_text("<i>again</i>", parse_mode=ParseMode.HTML)
        assert [str(w.message) for w in seen + seen_too] == []
        ours, library = list(api.calls)[-2:]
        assert ours.method == library.method == "editMessageText"
        assert {**ours.params, "text": "<i>again</i>"} == library.params
        assert api.chat_messages(user.id)[-1]["text"] == "again"
        # an error is the library's own: a message that is gone cannot be edited
        with pytest.raises(BadRequest):
            await _unparsed(
                client, "editMessageText", {"chat_id": user.id, "message_id": 999, "text": "x"}
            )
    finally:
        await client.shutdown()
        await api.stop()
