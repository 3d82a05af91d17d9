"""End to end: the real python-telegram-bot Application against the fake Bot API server."""

from __future__ import annotations

import logging
import struct
from typing import Any

import pytest
from telegram.ext import CommandHandler

from bot.handlers.payload import Payload, action
from bot.people import Role
from bot.privacy import configure_logging
from tests.conftest import MODERATOR_ID, Harness, buttons

WELCOME = {
    "en": "harm reduction bot",
    "ru": "бот снижения вреда",
    "uk": "бот зменшення шкоди",
    "es": "bot de reducción de daños",
}


async def wait_edit(harness: Harness, chat_id: int, timeout: float = 5.0) -> dict[str, Any]:
    event = await harness.api.wait_for(
        lambda e: e["type"] == "edit" and e["chat_id"] == chat_id, timeout=timeout
    )
    return event["message"]


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
async def test_start_answers_in_the_telegram_language(harness: Harness, lang: str) -> None:
    user = harness.api.add_user(language_code=lang)
    user.send_command("/start")
    reply = await user.next_message()
    assert WELCOME[lang] in reply["text"]
    assert len(buttons(reply)) >= 3


async def test_unknown_language_code_falls_back_to_english(harness: Harness) -> None:
    for code in ("pt-BR", None):
        user = harness.api.add_user(language_code=code)
        user.send_command("/start")
        assert WELCOME["en"] in (await user.next_message())["text"]


async def test_commands_registered_per_language(harness: Harness) -> None:
    await harness.settle(0.2)
    ru = harness.api.commands(language_code="ru")
    en = harness.api.commands(language_code="en")
    assert {c["command"] for c in ru} >= {"start", "help", "language", "privacy", "forget"}
    ru_desc = {c["command"]: c["description"] for c in ru}
    en_desc = {c["command"]: c["description"] for c in en}
    assert ru_desc["language"] != en_desc["language"]


async def test_language_choice_is_remembered(harness: Harness) -> None:
    user = harness.api.add_user(language_code="ru")
    user.send_command("/language")
    menu = await user.next_message()
    assert "Español" in buttons(menu)
    user.press(menu, button_text="Español")
    edited = await wait_edit(harness, user.id)
    assert "Hecho" in edited["text"]
    user.send_command("/start")
    assert WELCOME["es"] in (await user.next_message())["text"]
    # The choice wins over Telegram's language code, and survives the cache.
    harness.services.people.invalidate(harness.services.keyring.user_key(user.id))
    user.send_command("/start")
    assert WELCOME["es"] in (await user.next_message())["text"]


async def test_forged_and_replayed_buttons_are_refused(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    alice = harness.api.add_user(language_code="en")
    mallory = harness.api.add_user(language_code="en")
    alice.send_command("/language")
    menu = await alice.next_message()
    genuine = menu["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    mallory.send_command("/start")
    own = await mallory.next_message()
    caplog.set_level(logging.WARNING)
    for data in ("lang:uk", "lang:uk~AAAAAAAA", genuine):
        mallory.press_data(own["message_id"], data)
        answer = await harness.api.wait_for(lambda e: e["type"] == "callback_answer", timeout=5)
        assert "no longer works" in (answer.get("text") or "")
    assert "Refused a button press" in caplog.text
    assert str(mallory.id) not in caplog.text
    person = await harness.services.people.resolve(mallory.id)
    assert person.language is None


@action("test-mod", Role.MODERATOR, "a moderator-only button of this test")
class ModeratorOnly(Payload):
    pass


async def test_moderator_only_button_checked_on_arrival(harness: Harness) -> None:
    async def secret(update, context, pressed: ModeratorOnly):
        await update.effective_chat.send_message("moderator action done")

    router = harness.app.bot_data.registry.router
    if ModeratorOnly.action not in router.routes:
        router.add(ModeratorOnly, secret)
    person = harness.api.add_user(language_code="en")
    moderator = harness.api.add_user(user_id=MODERATOR_ID, language_code="en")
    codec = harness.services.buttons
    person.send_command("/start")
    message = await person.next_message()
    person.press_data(message["message_id"], codec.encode(person.id, "test-mod"))
    answer = await harness.api.wait_for(lambda e: e["type"] == "callback_answer", timeout=5)
    assert "Only moderators" in answer.get("text", "")
    moderator.send_command("/start")
    message = await moderator.next_message()
    moderator.press_data(message["message_id"], codec.encode(moderator.id, "test-mod"))
    assert (await moderator.next_message())["text"] == "moderator action done"


def _ids_in(raw: bytes, telegram_id: int) -> bool:
    needles = [
        str(telegram_id).encode(),
        struct.pack(">q", telegram_id),
        struct.pack("<q", telegram_id),
    ]
    return any(n in raw for n in needles)


async def test_database_holds_no_telegram_ids(harness: Harness) -> None:
    users = [
        harness.api.add_user(user_id=uid, language_code="ru")
        for uid in (734_551_902, 5_812_377_640)
    ]
    for user in users:
        user.send_command("/language")
        menu = await user.next_message()
        user.press(menu, button_text="Українська")
        await wait_edit(harness, user.id)
        await harness.services.people.grant(
            await harness.services.people.resolve(user.id), "peer", f"p{user.id % 97}", actor="test"
        )
    await harness.services.db.checkpoint()
    raw = harness.settings.core.database.read_bytes()
    for suffix in ("-wal", "-shm"):
        extra = harness.settings.core.database.with_name(
            harness.settings.core.database.name + suffix
        )
        if extra.exists():
            raw += extra.read_bytes()
    rows = await harness.services.db.fetchall("SELECT count(*) FROM people WHERE language = 'uk'")
    assert rows[0][0] == 2
    for user in users:
        assert not _ids_in(raw, user.id), f"Telegram id {user.id} found in the database file"


async def test_forget_erases_rows_and_bytes(harness: Harness) -> None:
    services = harness.services
    user = harness.api.add_user(user_id=611_204_733, language_code="en")
    user.send_command("/language")
    menu = await user.next_message()
    user.press(menu, button_text="Español")
    await wait_edit(harness, user.id)
    key = services.keyring.user_key(user.id)
    await services.people.grant(
        await services.people.resolve(user.id), "peer", "zorro-unique-pseudonym", actor="test"
    )
    await services.db.checkpoint()
    assert key in harness.settings.core.database.read_bytes()

    user.send_command("/forget")
    confirm = await user.next_message()
    user.press(confirm, button_text="Sí, borrar todo")
    done = await wait_edit(harness, user.id)
    assert "borrado" in done["text"]

    for table in ("people", "roles"):
        rows = await services.db.fetchall(
            f"SELECT count(*) FROM {table} WHERE user_key = ?", (key,)
        )
        assert rows[0][0] == 0
    # No table anywhere still refers to the person.
    tables = await services.db.fetchall(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    for (table,) in tables:
        columns = [r[1] for r in await services.db.fetchall(f"PRAGMA table_info({table})")]
        for column in columns:
            if column.endswith("_key") or column == "user_key":
                rows = await services.db.fetchall(
                    f"SELECT count(*) FROM {table} WHERE {column} = ?", (key,)
                )
                assert rows[0][0] == 0, f"{table}.{column} still refers to the person"
    await services.db.checkpoint()
    raw = harness.settings.core.database.read_bytes()
    wal = harness.settings.core.database.with_name(harness.settings.core.database.name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    assert key not in raw
    # The audit log keeps what was done (never a key or id), for accountability, but under a
    # random "erased-..." label: the pseudonym is gone from every table and from the file.
    rows = await services.db.fetchall(
        "SELECT count(*) FROM roles WHERE pseudonym = 'zorro-unique-pseudonym'"
    )
    assert rows[0][0] == 0
    entries = await services.audit.recent()
    assert any(e.action == "role.grant.peer" and e.subject.startswith("erased-") for e in entries)
    await services.db.checkpoint()
    raw = b"".join(
        p.read_bytes() for p in harness.settings.core.database.parent.glob("hrbot.sqlite3*")
    )
    assert b"zorro-unique-pseudonym" not in raw


async def test_kind_replies_to_everything_else(harness: Harness) -> None:
    user = harness.api.add_user(language_code="en")
    user.send_command("/nonsense")
    assert "don't know that command" in (await user.next_message())["text"]
    user.send_voice()
    assert "voice" in (await user.next_message())["text"]
    user.send_sticker()
    assert "only read text" in (await user.next_message())["text"]
    user.send_photo()
    assert "pictures" in (await user.next_message())["text"]
    user.send_contact()
    assert "phone number" in (await user.next_message())["text"]
    sent = user.send_text("hello there")
    await user.next_message()
    user.edit_message(sent, "hello again")
    assert "edits" in (await user.next_message())["text"]


async def test_group_chats_get_pointed_to_a_private_chat(harness: Harness) -> None:
    user = harness.api.add_user(first_name="Sensitive-Name", language_code="en")
    group = harness.api.add_group(title="Friends", members=[user])
    user.send_command("/start", chat=group)
    event = await harness.api.wait_for(
        lambda e: e["type"] == "message" and e["chat_id"] == group.id, timeout=5
    )
    text = event["message"]["text"]
    assert "private messages" in text
    assert "Sensitive-Name" not in text and str(user.id) not in text
    assert not harness.api.chat_messages(user.id)


async def test_an_exception_gets_an_apology_and_a_clean_log(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    async def boom(update, context):
        raise RuntimeError(
            f"secret detail {update.effective_user.id} {update.effective_message.text}"
        )

    harness.app.add_handler(CommandHandler("boom", boom), group=-1)
    user = harness.api.add_user(language_code="uk")
    configure_logging("DEBUG", secrets=(harness.settings.core.token or "",))
    caplog.set_level(logging.DEBUG)
    user.send_command("/boom", "my private words")
    reply = await user.next_message()
    assert "Вибачте" in reply["text"]
    assert "Unhandled RuntimeError" in caplog.text
    assert "my private words" not in caplog.text
    assert str(user.id) not in caplog.text


async def test_flooding_is_slowed_politely_without_slowing_others(harness: Harness) -> None:
    flooder = harness.api.add_user(language_code="en")
    other = harness.api.add_user(language_code="en")
    for i in range(40):
        flooder.send_text(f"message {i}")
    other.send_command("/start")
    reply = await other.next_message(timeout=5)
    assert WELCOME["en"] in reply["text"]
    await harness.idle()  # all 40 handled (answered, slowed or dropped)
    texts = [m["text"] for m in harness.api.chat_messages(flooder.id) if m["from"]["is_bot"]]
    assert any("faster than I can answer" in t for t in texts)
    assert sum("faster than I can answer" in t for t in texts) == 1
    assert len(texts) < 40


async def test_help_and_privacy(harness: Harness) -> None:
    user = harness.api.add_user(language_code="ru")
    user.send_command("/help")
    help_text = (await user.next_message())["text"]
    assert "/forget" in help_text and "/privacy" in help_text
    user.send_command("/privacy")
    privacy = (await user.next_message())["text"]
    assert "Telegram" in privacy and "IP" in privacy and "/forget" in privacy
