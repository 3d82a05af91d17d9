"""Chats, people and files of the fake Telegram, and the people's side of a conversation."""

from __future__ import annotations

import asyncio
import base64
import itertools
import secrets
import struct
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.sandbox.tghtml import add_detected_entities, strip_text

if TYPE_CHECKING:
    from bot.sandbox.fakeapi.server import FakeBotAPI

Message = dict[str, Any]

# A 16x16 JPEG, what a person "sends" when a test does not provide a picture.
SAMPLE_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERX"
    "RTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAQABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAA"
    "AAT/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAwb/xAAUEQEAAAAAAAAAAAAAAAAA"
    "AAAA/9oADAMBAAIRAxEAPwCMAagf/9k="
)
INBOX_LIMIT = 10_000
# Telegram's file_id prefixes by kind, so ids look like the real ones.
_FILE_PREFIX = {
    "photo": "AgACAgIAAxkBAAI",
    "document": "BQACAgIAAxkBAAI",
    "voice": "AwACAgIAAxkBAAI",
    "sticker": "CAACAgIAAxkBAAI",
}
_PHOTO_SIDES = (90, 320, 800, 1280)


class Inbox:
    """FIFO of the new bot messages of one chat; ``get`` waits for the next one."""

    __slots__ = ("_items", "_waiters")

    def __init__(self) -> None:
        self._items: deque[Message] = deque(maxlen=INBOX_LIMIT)
        self._waiters: deque[asyncio.Future[Message]] = deque()

    def __len__(self) -> int:
        return len(self._items)

    def put(self, message: Message) -> None:
        """Hand ``message`` to the oldest waiter, or queue it."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(message)
                return
        self._items.append(message)

    def get_nowait(self) -> Message | None:
        """The oldest unread message, or None."""
        return self._items.popleft() if self._items else None

    def clear(self) -> None:
        """Forget the unread messages."""
        self._items.clear()

    # The tests' many ``next_message(timeout=...)`` calls: a wait with a clear failure message.
    async def get(self, timeout: float) -> Message:  # noqa: ASYNC109
        """The oldest unread message, waiting up to ``timeout`` seconds for one."""
        if self._items:
            return self._items.popleft()
        waiter: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        await asyncio.wait({waiter}, timeout=timeout)
        if waiter.done():
            return waiter.result()
        waiter.cancel()
        raise TimeoutError(f"no new bot message within {timeout} s")


class FakeChat:
    """A chat the bot is in: private (with one person), a group or a supergroup."""

    def __init__(
        self,
        chat_id: int,
        chat_type: str,
        *,
        title: str | None = None,
        username: str | None = None,
        user: FakeUser | None = None,
    ) -> None:
        self.id = chat_id
        self.type = chat_type
        self.title = title
        self.username = username
        self.user = user
        self.messages: dict[int, Message] = {}
        self.inbox = Inbox()
        self.members: dict[int, str] = {}
        self.bot_status = "member"
        self.reply_keyboard: dict[str, Any] | None = None
        # messages sent with a reply keyboard, its removal or a forced reply: Telegram edits
        # only messages without reply_markup or with an inline keyboard
        self.uneditable: set[int] = set()
        self._last_message_id = 0

    def next_message_id(self) -> int:
        """Allocate the next message id of this chat."""
        self._last_message_id += 1
        return self._last_message_id

    def as_dict(self) -> dict[str, Any]:
        """The Bot API ``Chat`` object."""
        chat: dict[str, Any] = {"id": self.id}
        if self.user is not None:
            chat["first_name"] = self.user.first_name
            if self.user.last_name:
                chat["last_name"] = self.user.last_name
            if self.user.username:
                chat["username"] = self.user.username
        else:
            chat["title"] = self.title
            if self.username:
                chat["username"] = self.username
        chat["type"] = self.type
        return chat

    def set_member_status(self, user: FakeUser, status: str) -> None:
        """Set a person's ``ChatMember`` status here (member, administrator, creator, left...)."""
        self.members[user.id] = status


@dataclass(slots=True)
class StoredFile:
    """A file the fake Telegram can hand out through ``getFile`` and the file route."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes | None
    mime_type: str


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a JPEG or PNG, read from its header."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if not data.startswith(b"\xff\xd8"):
        return None
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return width, height
        i += 2 + length
    return None


class FileStore:
    """Files by ``file_id`` and by download path, with realistic ids."""

    def __init__(self) -> None:
        self.by_id: dict[str, StoredFile] = {}
        self.by_path: dict[str, StoredFile] = {}
        self._photos: dict[str, list[dict[str, Any]]] = {}
        self._counter = itertools.count(1)

    def add(self, data: bytes | None, kind: str, extension: str, mime_type: str) -> StoredFile:
        """Store ``data`` (None for a URL the sandbox cannot fetch) under new ids."""
        number = next(self._counter)
        stored = StoredFile(
            file_id=_FILE_PREFIX.get(kind, "BQACAgIAAxkBAAI") + secrets.token_urlsafe(45),
            file_unique_id="AQAD" + secrets.token_urlsafe(9),
            file_path=f"{kind}s/file_{number}.{extension}",
            data=data,
            mime_type=mime_type,
        )
        self.by_id[stored.file_id] = stored
        self.by_path[stored.file_path] = stored
        return stored

    def photo(self, data: bytes | None) -> list[dict[str, Any]]:
        """A new photo: the ``PhotoSize`` list Telegram makes (thumbnails up to 1280 px)."""
        width, height = (image_size(data) if data else None) or (800, 600)
        longest = max(width, height)
        sides = [side for side in _PHOTO_SIDES if side < longest] + [min(longest, 1280)]
        sizes: list[dict[str, Any]] = []
        for side in sides:
            stored = self.add(data, "photo", "jpg", "image/jpeg")
            scale = side / longest
            size: dict[str, Any] = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "width": max(1, round(width * scale)),
                "height": max(1, round(height * scale)),
            }
            if data is not None:
                size["file_size"] = len(data)
            sizes.append(size)
        for size in sizes:
            self._photos[size["file_id"]] = sizes
        return sizes

    def photo_by_id(self, file_id: str) -> list[dict[str, Any]] | None:
        """The ``PhotoSize`` list that a photo file_id belongs to."""
        return self._photos.get(file_id)

    def describe(self, stored: StoredFile, **extra: Any) -> dict[str, Any]:
        """The Bot API object for a stored file (Document, Voice, ... fields)."""
        described: dict[str, Any] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            **extra,
        }
        if stored.data is not None:
            described["file_size"] = len(stored.data)
        return described


class FakeUser:
    """A person chatting with the bot. Their actions become updates for the bot."""

    def __init__(
        self,
        api: FakeBotAPI,
        user_id: int,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> None:
        self.api = api
        self.id = user_id
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        self.blocked = False
        self.chat = FakeChat(user_id, "private", user=self)

    def __repr__(self) -> str:
        return f"FakeUser(id={self.id}, first_name={self.first_name!r})"

    def as_dict(self) -> dict[str, Any]:
        """The Bot API ``User`` object (with the current ``language_code``)."""
        user: dict[str, Any] = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            user["last_name"] = self.last_name
        if self.username:
            user["username"] = self.username
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    @property
    def keyboard(self) -> dict[str, Any] | None:
        """The reply keyboard the bot currently shows in the private chat, if any."""
        return self.chat.reply_keyboard

    def _chat(self, chat: FakeChat | None) -> FakeChat:
        return self.chat if chat is None else chat

    def send_text(
        self, text: str, chat: FakeChat | None = None, *, reply_to: Message | int | None = None
    ) -> Message:
        """Send a text; commands, URLs and mentions get their entities like in Telegram."""
        text, entities = strip_text(text, [])
        if not text:
            raise ValueError("Telegram does not send empty messages")
        fields: dict[str, Any] = {"text": text}
        entities = add_detected_entities(text, entities)
        if entities:
            fields["entities"] = entities
        return self.api.deliver_user_message(self, self._chat(chat), fields, reply_to=reply_to)

    def send_command(self, command: str, args: str = "", chat: FakeChat | None = None) -> Message:
        """Send ``/command args``."""
        command = command if command.startswith("/") else "/" + command
        return self.send_text(f"{command} {args}".strip(), chat)

    def press(
        self,
        message: Message | int,
        button_text: str | None = None,
        callback_data: str | None = None,
    ) -> str:
        """Press an inline button of a bot message (found by text or data); returns the query id."""
        if button_text is None and callback_data is None:
            raise ValueError("say which button: button_text or callback_data")
        chat, message_id = self._locate(message)
        current = chat.messages.get(message_id)
        if current is None:
            raise ValueError(f"message {message_id} is not in chat {chat.id} (deleted?)")
        rows = current.get("reply_markup", {}).get("inline_keyboard", [])
        for button in itertools.chain.from_iterable(rows):
            if (button_text is None or button["text"] == button_text) and (
                callback_data is None or button.get("callback_data") == callback_data
            ):
                if "callback_data" not in button:
                    raise ValueError(f"button {button['text']!r} has no callback_data")
                return self.api.deliver_callback(self, chat, message_id, button["callback_data"])
        raise ValueError(f"no such button on message {message_id}: {button_text or callback_data}")

    def press_data(self, message_id: int, data: str, chat: FakeChat | None = None) -> str:
        """Send a callback query with any data, as a forged or stale client would."""
        return self.api.deliver_callback(self, self._chat(chat), message_id, data)

    def _locate(self, message: Message | int) -> tuple[FakeChat, int]:
        if isinstance(message, int):
            return self.chat, message
        return self.api.chat(message["chat"]["id"]), message["message_id"]

    def send_location(
        self, latitude: float, longitude: float, chat: FakeChat | None = None
    ) -> Message:
        """Share a location."""
        location = {"latitude": latitude, "longitude": longitude}
        return self.api.deliver_user_message(self, self._chat(chat), {"location": location})

    def send_venue(
        self,
        latitude: float,
        longitude: float,
        title: str = "Venue",
        address: str = "Street 1",
        chat: FakeChat | None = None,
    ) -> Message:
        """Share a venue (a place with a title and address)."""
        location = {"latitude": latitude, "longitude": longitude}
        venue = {"location": location, "title": title, "address": address}
        fields = {"venue": venue, "location": location}
        return self.api.deliver_user_message(self, self._chat(chat), fields)

    def send_sticker(self, emoji: str = "👍", chat: FakeChat | None = None) -> Message:
        """Send a sticker."""
        stored = self.api.files.add(None, "sticker", "webp", "image/webp")
        sticker = self.api.files.describe(
            stored,
            type="regular",
            width=512,
            height=512,
            is_animated=False,
            is_video=False,
            emoji=emoji,
        )
        return self.api.deliver_user_message(self, self._chat(chat), {"sticker": sticker})

    def send_voice(self, duration: int = 3, chat: FakeChat | None = None) -> Message:
        """Send a voice message."""
        stored = self.api.files.add(b"OggS" + bytes(60), "voice", "oga", "audio/ogg")
        voice = self.api.files.describe(stored, duration=duration, mime_type="audio/ogg")
        return self.api.deliver_user_message(self, self._chat(chat), {"voice": voice})

    def send_photo(
        self, data: bytes | None = None, caption: str | None = None, chat: FakeChat | None = None
    ) -> Message:
        """Send a photo (a small sample JPEG unless ``data`` is given), optionally captioned."""
        fields: dict[str, Any] = {"photo": self.api.files.photo(data or SAMPLE_JPEG)}
        if caption:
            fields.update(self._caption(caption))
        return self.api.deliver_user_message(self, self._chat(chat), fields)

    def send_document(
        self,
        data: bytes = b"hello\n",
        file_name: str = "notes.txt",
        mime_type: str = "text/plain",
        caption: str | None = None,
        chat: FakeChat | None = None,
    ) -> Message:
        """Send a file."""
        extension = file_name.rpartition(".")[2] or "bin"
        stored = self.api.files.add(data, "document", extension, mime_type)
        document = self.api.files.describe(stored, file_name=file_name, mime_type=mime_type)
        fields: dict[str, Any] = {"document": document}
        if caption:
            fields.update(self._caption(caption))
        return self.api.deliver_user_message(self, self._chat(chat), fields)

    def send_contact(
        self,
        phone_number: str = "+15550100000",
        first_name: str | None = None,
        user_id: int | None = None,
        chat: FakeChat | None = None,
    ) -> Message:
        """Share a contact (their own by default, like the "share my phone" button)."""
        contact = {
            "phone_number": phone_number,
            "first_name": first_name or self.first_name,
            "user_id": self.id if user_id is None else user_id,
        }
        return self.api.deliver_user_message(self, self._chat(chat), {"contact": contact})

    @staticmethod
    def _caption(caption: str) -> dict[str, Any]:
        entities = add_detected_entities(caption, [])
        return (
            {"caption": caption, "caption_entities": entities} if entities else {"caption": caption}
        )

    def edit_message(self, message: Message | int, new_text: str) -> Message:
        """Edit one of their own text messages; the bot gets an ``edited_message``."""
        chat, message_id = self._locate(message)
        return self.api.deliver_user_edit(self, chat, message_id, new_text)

    def block(self) -> None:
        """Block the bot: sends fail with 403 and the bot gets ``my_chat_member`` (kicked)."""
        self.api.set_blocked(self, blocked=True)

    def unblock(self) -> None:
        """Unblock the bot (``my_chat_member`` back to member)."""
        self.api.set_blocked(self, blocked=False)

    async def next_message(self, timeout: float = 5.0) -> Message:  # noqa: ASYNC109 - see get
        """The next new bot message in the private chat (FIFO); raises TimeoutError."""
        return await self.chat.inbox.get(timeout)
