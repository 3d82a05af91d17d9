"""The fake Bot API server, exercised through python-telegram-bot's real client."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    ReplyParameters,
    Update,
)
from telegram.error import BadRequest, Conflict, Forbidden, RetryAfter
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.sandbox.fakeapi import SAMPLE_JPEG, FakeBotAPI
from bot.telegram_http import retry_seconds

Json = dict[str, Any]


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(rate_limits=False) as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    client = Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url)
    await client.initialize()
    yield client
    await client.shutdown()


def keyboard(*buttons: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=d) for t, d in buttons]])


async def raw(api: FakeBotAPI, path: str, **kwargs: Any) -> tuple[int, Json]:
    """A plain HTTP request to the fake server: (status, JSON body)."""
    method = "POST" if "json" in kwargs or "data" in kwargs else "GET"
    async with (
        aiohttp.ClientSession() as session,
        session.request(method, f"http://127.0.0.1:{api.port}{path}", **kwargs) as response,
    ):
        return response.status, await response.json()


async def test_get_me_describes_the_bot(bot: Bot, api: FakeBotAPI) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot) == (123456789, "hrbot_sandbox_bot", True)
    assert me.can_read_all_group_messages is False
    assert api.stats["methods"]["getMe"] >= 2  # initialize() and the call above


async def test_protocol_envelope_tokens_methods_and_encodings(api: FakeBotAPI) -> None:
    user = api.add_user()
    assert await raw(api, "/bot1:wrong/getMe") == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    status, body = await raw(api, f"/bot{api.token}/noSuchMethod")
    assert (status, body["description"]) == (404, "Not Found")
    status, body = await raw(api, f"/bot{api.token}/GETME")
    assert status == 200 and body["result"]["username"] == "hrbot_sandbox_bot"
    # query string, JSON body (chat_id as a string), and a form with JSON-encoded objects
    _, by_query = await raw(api, f"/bot{api.token}/sendMessage?chat_id={user.id}&text=q")
    _, by_json = await raw(
        api, f"/bot{api.token}/sendMessage", json={"chat_id": str(user.id), "text": "j"}
    )
    markup = json.dumps({"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]})
    _, by_form = await raw(
        api,
        f"/bot{api.token}/sendMessage",
        data={"chat_id": str(user.id), "text": "f", "reply_markup": markup},
    )
    assert [by_query["result"]["text"], by_json["result"]["text"]] == ["q", "j"]
    assert by_form["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "a"
    assert [m["message_id"] for m in api.chat_messages(user.id)] == [1, 2, 3]
    status, body = await raw(api, f"/bot{api.token}/sendMessage?chat_id=42&text=x")
    assert (status, body["description"]) == (400, "Bad Request: chat not found")
    assert api.calls[-1].method == "sendMessage" and api.calls[-1].error_code == 400


async def test_send_message_html_round_trip_with_entities(bot: Bot, api: FakeBotAPI) -> None:
    user = api.add_user()
    html = "<b>Hi</b> 👋 <i>there</i> &amp; <a href='https://example.org'>link</a>"
    sent = await bot.send_message(user.id, html, parse_mode="HTML")
    assert sent.text == "Hi 👋 there & link"
    got = [(e.type, e.offset, e.length, e.url) for e in sent.entities]
    assert got == [
        ("bold", 0, 2, None),
        ("italic", 6, 5, None),
        ("text_link", 14, 4, "https://example.org/"),
    ]
    delivered = await user.next_message(timeout=1)
    assert delivered["message_id"] == sent.message_id
    assert delivered["from"]["id"] == bot.id and delivered["chat"]["type"] == "private"
    assert sent.parse_entity(sent.entities[1]) == "there"


async def test_telegram_limits_surface_as_bad_request(bot: Bot, api: FakeBotAPI) -> None:
    user = api.add_user()
    await bot.send_message(user.id, "x" * 4096)
    await bot.send_message(user.id, "<b>" + "y" * 4096 + "</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(user.id, "x" * 4097)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(user.id, "😀" * 2049)  # 4098 UTF-16 code units
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(user.id, "<b> </b>", parse_mode="HTML")
    # python-telegram-bot capitalizes (so lower-cases) Telegram's description
    with pytest.raises(BadRequest, match='Can\'t parse entities: unsupported start tag "br"'):
        await bot.send_message(user.id, "a<br>b", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Can't parse entities: unmatched end tag"):
        await bot.send_message(user.id, "<b><i>x</b></i>", parse_mode="HTML")
    await bot.send_message(user.id, "ok", reply_markup=keyboard(("é", "é" * 32)))  # 64 bytes
    with pytest.raises(BadRequest, match="(?i)button_data_invalid"):
        await bot.send_message(user.id, "no", reply_markup=keyboard(("é", "é" * 32 + "x")))
    assert api.stats["4xx"] == 6
    assert len(api.chat_messages(user.id)) == 3


async def test_blocked_user_is_forbidden_and_tells_the_bot(bot: Bot, api: FakeBotAPI) -> None:
    user = api.add_user()
    user.block()
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(user.id, "hello?")
    updates = await bot.get_updates()
    member = updates[-1].my_chat_member
    assert (member.old_chat_member.status, member.new_chat_member.status) == ("member", "kicked")
    user.unblock()
    await bot.send_message(user.id, "welcome back")


# The bot opts in to python-telegram-bot's timedelta periods (bot/__init__.py): a 429 warns nothing.
@pytest.mark.filterwarnings("error::DeprecationWarning")
async def test_flood_control_answers_429_with_retry_after(bot: Bot, api: FakeBotAPI) -> None:
    user = api.add_user()
    api.set_limits(enabled=True, per_chat_rate=1.0, per_chat_burst=3, global_rate=30.0)
    for i in range(3):
        await bot.send_message(user.id, f"burst {i}")
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(user.id, "one too many")
    assert api.stats["429"] == 1
    status, body = await raw(api, f"/bot{api.token}/sendMessage?chat_id={user.id}&text=x")
    assert status == 429 and body["parameters"]["retry_after"] >= 1
    assert (
        body["description"] == f"Too Many Requests: retry after {body['parameters']['retry_after']}"
    )
    assert "Retry in" in str(caught.value)  # python-telegram-bot's own wording
    assert caught.value.retry_after == timedelta(seconds=body["parameters"]["retry_after"])
    assert retry_seconds(caught.value) == body["parameters"]["retry_after"]
    # PTB_TIMEDELTA=false (the old integers): the helper reads them too
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PTB_TIMEDELTA", "false")
        with pytest.warns(DeprecationWarning):
            old = RetryAfter(7)
        with pytest.warns(DeprecationWarning):
            assert retry_seconds(old) == 7.0
    await bot.send_chat_action(user.id, "typing")  # not a message: not limited
    await bot.set_my_commands([BotCommand("start", "Start")])


@pytest.mark.filterwarnings("error::DeprecationWarning")
async def test_paid_broadcast_uses_its_own_global_bucket(bot: Bot, api: FakeBotAPI) -> None:
    users = [api.add_user() for _ in range(8)]
    api.set_limits(enabled=True, global_rate=5.0, global_burst=5, per_chat_rate=10.0)
    for user in users[:5]:
        await bot.send_message(user.id, "news")
    with pytest.raises(RetryAfter):
        await bot.send_message(users[5].id, "news")
    for user in users[5:]:
        await bot.send_message(user.id, "paid news", allow_paid_broadcast=True)
    assert api.stats["messages"] == 8


async def test_get_updates_long_polls_and_honours_offset(bot: Bot, api: FakeBotAPI) -> None:
    user = api.add_user()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    started = time.monotonic()
    user.send_text("hello bot")
    updates = await poll
    assert time.monotonic() - started < 1.0
    assert [u.message.text for u in updates] == ["hello bot"]
    assert [u.message.text for u in await bot.get_updates()] == ["hello bot"]  # unconfirmed
    user.send_command("/start", "deep-link")
    confirmed = await bot.get_updates(offset=updates[0].update_id + 1)
    assert [u.message.text for u in confirmed] == ["/start deep-link"]
    assert confirmed[0].message.entities[0].type == "bot_command"
    assert await bot.get_updates(offset=confirmed[0].update_id + 1, timeout=0) == ()
    started = time.monotonic()
    assert await bot.get_updates(timeout=0.3) == ()
    assert time.monotonic() - started >= 0.25


async def test_a_second_poller_ends_the_first_with_conflict(bot: Bot, api: FakeBotAPI) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    # python-telegram-bot serialises its own getUpdates calls, so the second is a raw request
    second = asyncio.create_task(raw(api, f"/bot{api.token}/getUpdates?timeout=0.2"))
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first
    assert await second == (200, {"ok": True, "result": []})


async def test_allowed_updates_filter_new_updates(bot: Bot, api: FakeBotAPI) -> None:
    user = api.add_user()
    await bot.get_updates(allowed_updates=["callback_query"])
    user.send_text("filtered out")
    assert await bot.get_updates() == ()
    await bot.get_updates(allowed_updates=[])
    user.send_text("kept")
    assert [u.message.text for u in await bot.get_updates()] == ["kept"]


async def test_pressed_button_arrives_as_callback_query(bot: Bot, api: FakeBotAPI) -> None:
    user = api.add_user()
    sent = await bot.send_message(
        user.id, "Sure?", reply_markup=keyboard(("Yes", "y:1"), ("No", "n"))
    )
    query_id = user.press(await user.next_message(), button_text="Yes")
    forged = user.press_data(sent.message_id, "forged:data")
    updates = await bot.get_updates()
    queries = [u.callback_query for u in updates]
    assert [(q.id, q.data) for q in queries] == [(query_id, "y:1"), (forged, "forged:data")]
    assert queries[0].message.message_id == sent.message_id
    assert queries[0].from_user.id == user.id
    answered = api.wait_for(lambda e: e["type"] == "callback_answer")
    assert await bot.answer_callback_query(query_id, text="Done")
    assert (await answered)["text"] == "Done"
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_callback_query(query_id)
    with pytest.raises(ValueError, match="no such button"):
        user.press(sent.message_id, button_text="Maybe")


async def test_edits_and_deletes_are_published(bot: Bot, api: FakeBotAPI) -> None:
    user = api.add_user()
    events = api.subscribe()
    sent = await bot.send_message(user.id, "v1", reply_markup=keyboard(("A", "a")))
    assert (await events.get())["type"] == "message"
    edited = await bot.edit_message_text("v2", chat_id=user.id, message_id=sent.message_id)
    event = await events.get()
    assert event["type"] == "edit" and event["message"]["text"] == "v2"
    assert edited.edit_date is not None and edited.reply_markup is None  # keyboard not resent
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("v2", chat_id=user.id, message_id=sent.message_id)
    await bot.edit_message_reply_markup(user.id, sent.message_id, reply_markup=keyboard(("B", "b")))
    assert (await events.get())["message"]["reply_markup"]["inline_keyboard"][0][0]["text"] == "B"
    assert await bot.delete_message(user.id, sent.message_id)
    event = await events.get()
    assert (event["type"], event["message_id"]) == ("delete", sent.message_id)
    assert api.chat_messages(user.id) == []
    assert api.deleted[user.id][sent.message_id]["text"] == "v2"
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(user.id, sent.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("v3", chat_id=user.id, message_id=sent.message_id)
    api.unsubscribe(events)


async def test_replies_keyboards_and_user_edits(bot: Bot, api: FakeBotAPI) -> None:
    user = api.add_user()
    asked = user.send_text("question")
    markup = ReplyKeyboardMarkup([["Yes", "No"]], one_time_keyboard=True)
    reply = await bot.send_message(
        user.id,
        "answer",
        reply_parameters=ReplyParameters(asked["message_id"]),
        reply_markup=markup,
    )
    assert reply.reply_to_message.text == "question"
    assert reply.reply_markup is None  # reply keyboards are not part of the Message
    assert user.keyboard["keyboard"] == [[{"text": "Yes"}, {"text": "No"}]]
    user.send_text("Yes")
    assert user.keyboard is None  # one-time keyboard hidden after use
    menu = await bot.send_message(user.id, "menu", reply_markup=ReplyKeyboardMarkup([["A"]]))
    gone = await bot.send_message(user.id, "gone", reply_markup=ReplyKeyboardRemove())
    assert user.keyboard is None
    # "only possible to edit messages without reply_markup or with inline keyboards"
    for sent in (reply, menu, gone):
        with pytest.raises(BadRequest, match="(?i)message can't be edited"):
            await bot.edit_message_reply_markup(
                user.id, sent.message_id, reply_markup=keyboard(("Go", "go"))
            )
        with pytest.raises(BadRequest, match="(?i)message can't be edited"):
            await bot.edit_message_text("edited", chat_id=user.id, message_id=sent.message_id)
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(user.id, "x", reply_to_message_id=999)
    user.edit_message(asked, "question, edited")
    updates = await bot.get_updates()
    assert updates[-1].edited_message.text == "question, edited"


async def test_commands_are_stored_per_scope_and_language(bot: Bot, api: FakeBotAPI) -> None:
    user = api.add_user(language_code="uk")
    await bot.set_my_commands([BotCommand("start", "Start")])
    await bot.set_my_commands([BotCommand("start", "Почати")], language_code="uk")
    await bot.set_my_commands([BotCommand("admin", "Tools")], scope=BotCommandScopeChat(user.id))
    assert api.commands() == [{"command": "start", "description": "Start"}]
    assert api.commands("uk")[0]["description"] == "Почати"
    assert api.commands(scope={"type": "chat", "chat_id": user.id})[0]["command"] == "admin"
    assert (await bot.get_my_commands(language_code="uk"))[0].description == "Почати"
    assert api.commands_for(user)[0]["command"] == "admin"
    await bot.delete_my_commands(scope=BotCommandScopeChat(user.id))
    assert api.commands_for(user)[0]["description"] == "Почати"
    with pytest.raises(BadRequest, match="(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "Upper case")])
    assert await bot.set_my_description("Peer-written answers", language_code="uk")
    assert (await bot.get_my_description("uk")).description == "Peer-written answers"


async def test_webhook_delivery_with_secret_and_retries(bot: Bot, api: FakeBotAPI) -> None:
    received: list[tuple[str | None, Json]] = []
    failures = [1]

    async def hook(request: web.Request) -> web.Response:
        if failures[0]:
            failures[0] -= 1
            return web.Response(status=500)
        body = await request.json()
        received.append((request.headers.get("X-Telegram-Bot-Api-Secret-Token"), body))
        return web.Response(text="ok")

    app = web.Application()
    app.router.add_post("/hook", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        user = api.add_user()
        user.send_text("before the hook")
        await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret-token")
        user.send_text("after the hook")
        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates()
        deadline = time.monotonic() + 3
        while len(received) < 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        assert [(s, b["message"]["text"]) for s, b in received] == [
            ("s3cret-token", "before the hook"),
            ("s3cret-token", "after the hook"),
        ]
        info = await bot.get_webhook_info()
        assert info.pending_update_count == 0
        assert (
            info.last_error_message == "Wrong response from the webhook: 500 Internal Server Error"
        )
        assert await bot.delete_webhook()
        user.send_text("polling again")
        assert [u.message.text for u in await bot.get_updates()] == ["polling again"]
    finally:
        await runner.cleanup()


async def test_real_application_echoes_over_polling(api: FakeBotAPI) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_html(f"<i>echo:</i> {update.effective_message.text}")

    app = (
        Application.builder()
        .token(api.token)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    user = api.add_user()
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        user.send_text("ping")
        user.send_text("pong")
        first, second = await user.next_message(timeout=5), await user.next_message(timeout=5)
        await app.updater.stop()
        await app.stop()
    assert [first["text"], second["text"]] == ["echo: ping", "echo: pong"]
    assert first["entities"] == [{"offset": 0, "length": 5, "type": "italic"}]


async def test_photos_files_locations_and_chat_info(bot: Bot, api: FakeBotAPI) -> None:
    user = api.add_user(username="alex_example")
    sent = await bot.send_photo(
        user.id, SAMPLE_JPEG, caption="<b>Pill</b> photo", parse_mode="HTML"
    )
    assert sent.photo[-1].width == 16 and sent.caption == "Pill photo"
    again = await bot.send_photo(user.id, sent.photo[-1].file_id)
    assert again.photo[-1].file_unique_id == sent.photo[-1].file_unique_id
    with pytest.raises(BadRequest, match="Wrong file identifier"):
        await bot.send_photo(user.id, "no-such-file-id")
    user.send_photo(caption="what is this?")
    incoming = (await bot.get_updates())[-1].message
    photo_file = await bot.get_file(incoming.photo[-1].file_id)
    assert bytes(await photo_file.download_as_bytearray()) == SAMPLE_JPEG
    venue = await bot.send_venue(user.id, 50.45, 30.52, "Drop-in", "Khreshchatyk 1")
    assert venue.venue.location.latitude == pytest.approx(50.45)
    assert (await bot.send_location(user.id, 1.5, 2.5)).location.longitude == pytest.approx(2.5)
    document = await bot.send_document(user.id, b"a,b\n1,2\n", filename="list.csv")
    assert document.document.file_name == "list.csv"
    copied = await bot.copy_message(user.id, user.id, sent.message_id)
    assert api.chat_messages(user.id)[-1]["caption"] == "Pill photo"
    assert copied.message_id == api.chat_messages(user.id)[-1]["message_id"]
    forwarded = await bot.forward_message(user.id, user.id, incoming.message_id)
    assert forwarded.forward_origin.sender_user.id == user.id
    chat = await bot.get_chat(user.id)
    assert (chat.type, chat.username) == ("private", "alex_example")
    assert await bot.send_chat_action(user.id, "upload_photo")
    assert api.events[-1]["action"] == "upload_photo"


async def test_groups_members_and_privacy_mode(bot: Bot, api: FakeBotAPI) -> None:
    moderator, member = api.add_user(), api.add_user()
    group = api.add_group("Moderators", [member], admins=[moderator])
    assert group.id < 0
    assert (await bot.get_chat_member(group.id, moderator.id)).status == "administrator"
    assert (await bot.get_chat_member(group.id, member.id)).status == "member"
    assert (await bot.get_chat_member(group.id, api.add_user().id)).status == "left"
    member.send_text("just chatting", chat=group)
    member.send_command("/report@hrbot_sandbox_bot", chat=group)
    member.send_command("/other@some_other_bot", chat=group)
    posted = await bot.send_message(group.id, "noted")
    member.send_text("a reply", chat=group, reply_to=posted.to_dict())
    texts = [u.message.text for u in await bot.get_updates()]
    assert texts == ["/report@hrbot_sandbox_bot", "a reply"]
    assert (await api.next_message(group.id, timeout=1))["text"] == "noted"
    assert len(api.chat_messages(group.id)) == 5


async def test_control_api_drives_people_over_http(bot: Bot, api: FakeBotAPI) -> None:
    status, created = await raw(
        api, "/_fake/users", json={"first_name": "Sam", "language_code": "es"}
    )
    user_id = created["result"]["id"]
    assert status == 200 and created["result"]["language_code"] == "es"
    _, sent = await raw(api, f"/_fake/users/{user_id}/text", json={"text": "/start"})
    assert sent["result"]["entities"][0]["type"] == "bot_command"
    update = (await bot.get_updates())[-1]
    reply = await bot.send_message(
        user_id,
        "Hola",
        reply_markup=keyboard(("Sí", "yes")),
        reply_to_message_id=update.message.message_id,
    )
    _, nxt = await raw(api, f"/_fake/users/{user_id}/next?timeout=1")
    assert nxt["result"]["text"] == "Hola"
    _, pressed = await raw(
        api,
        f"/_fake/users/{user_id}/press",
        json={"message_id": reply.message_id, "button_text": "Sí"},
    )
    assert (await bot.get_updates())[-1].callback_query.id == pressed["result"]["callback_query_id"]
    _, messages = await raw(api, f"/_fake/chats/{user_id}/messages")
    assert [m["message_id"] for m in messages["result"]] == [1, 2]
    _, events = await raw(api, "/_fake/events?after=0&timeout=0")
    assert "message" in [e["type"] for e in events["result"]]
    status, error = await raw(api, "/_fake/users/999/text", json={"text": "x"})
    assert status == 400 and not error["ok"]
    _, stats = await raw(api, "/_fake/stats")
    assert stats["result"]["methods"]["sendMessage"] == 1


async def test_standalone_server_prints_its_url() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.sandbox.fakeapi",
        "--port",
        "0",
        "--token",
        "1:T",
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 10)).decode().strip()
        assert line.startswith("TELEGRAM_API_URL=http://127.0.0.1:")
        async with aiohttp.ClientSession() as session:
            url = line.partition("=")[2]
            async with session.get(f"{url}1:T/getMe") as response:
                assert (await response.json())["result"]["id"] == 1
    finally:
        process.terminate()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(process.wait(), 5)
    assert process.returncode is not None


async def test_channels_posts_edits_and_rights(bot: Bot, api: FakeBotAPI) -> None:
    channel = api.add_channel("Lviv alerts", username="lviv_alerts")
    # By @username or by id; a post is the channel's own (sender_chat, no from).
    post = await bot.send_message("@lviv_alerts", "<b>Alert</b> one")
    assert post.chat.type == "channel" and post.chat.id == channel.id
    assert post.sender_chat.id == channel.id and post.from_user is None
    edited = await bot.edit_message_text(
        "ℹ️ withdrawn", chat_id=channel.id, message_id=post.message_id
    )
    assert edited.text == "ℹ️ withdrawn" and edited.edit_date is not None
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("ℹ️ withdrawn", chat_id=channel.id, message_id=post.message_id)
    with pytest.raises(BadRequest, match="(?i)no caption in the message"):
        await bot.edit_message_caption(chat_id=channel.id, message_id=post.message_id, caption="x")
    # A photo with a caption: the caption is edited, the text method refuses.
    photo = await bot.send_photo(channel.id, SAMPLE_JPEG, caption="<b>Card</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)no text in the message"):
        await bot.edit_message_text("x", chat_id=channel.id, message_id=photo.message_id)
    recaptioned = await bot.edit_message_caption(
        chat_id=channel.id, message_id=photo.message_id, caption="corrected"
    )
    assert recaptioned.caption == "corrected" and recaptioned.photo
    with pytest.raises(BadRequest, match="(?i)caption is too long"):
        await bot.edit_message_caption(
            chat_id=channel.id, message_id=photo.message_id, caption="x" * 1025
        )
    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=channel.id, message_id=999)
    # A reply to a post, and a forward of it names the channel as origin.
    reply = await bot.send_message(
        channel.id, "note", reply_parameters=ReplyParameters(post.message_id)
    )
    assert reply.reply_to_message.message_id == post.message_id
    person = api.add_user(first_name="Ola")
    forwarded = await bot.forward_message(person.id, channel.id, post.message_id)
    assert forwarded.forward_origin.type == "channel"
    assert forwarded.forward_origin.chat.id == channel.id
    # Only an administrator may post: a bot removed from the channel is refused.
    api.add_channel("Closed", username="closed_channel", bot_status="left")
    with pytest.raises(Forbidden, match="(?i)not a member of the channel"):
        await bot.send_message("@closed_channel", "hello")
    status, body = await raw(api, "/_fake/channels", json={"title": "Kyiv", "username": "kyiv_a"})
    assert status == 200 and body["result"]["type"] == "channel"
    assert (await bot.send_message("@kyiv_a", "hi")).chat.username == "kyiv_a"
    assert [m["text"] for m in api.chat_messages(channel.id) if "text" in m] == [
        "ℹ️ withdrawn",
        "note",
    ]
