"""``FakeBotAPI``: the fake Telegram Bot API server and its in-process control surface."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import re
import secrets
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple, Self

from aiohttp import web

from bot.clock import REAL, Clock
from bot.sandbox.fakeapi import control
from bot.sandbox.fakeapi.limits import FloodControl
from bot.sandbox.fakeapi.methods import METHODS, Described
from bot.sandbox.fakeapi.model import FakeChat, FakeUser, FileStore, Message
from bot.sandbox.fakeapi.params import ApiError, Params, bad_request, read_params
from bot.sandbox.fakeapi.updates import UpdateQueue
from bot.sandbox.tghtml import add_detected_entities, strip_text

SANDBOX_TOKEN = "123456789:AAH-sandbox-token-0123456789abcdefghij"
# How long a callback query can be answered (Telegram's clients give up after about 15 s).
CALLBACK_QUERY_TTL = 15.0
EVENT_HISTORY = 10_000
CALL_HISTORY = 10_000
MAX_REQUEST_BYTES = 50 * 1024 * 1024
FIRST_USER_ID = 100_000_001
FIRST_GROUP_ID = -1_001_000_000_001
MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "left", "kicked"})
ADMIN_RIGHTS = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_pin_messages": True,
}
_COMMAND_TARGET = re.compile(r"(?<![^\s])/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?")

Event = dict[str, Any]
logger = logging.getLogger(__name__)


class Call(NamedTuple):
    """One Bot API request as the fake server saw it."""

    method: str
    params: dict[str, Any]
    ok: bool
    error_code: int | None


def _json_response(body: dict[str, Any], status: int = 200) -> web.Response:
    return web.Response(
        body=json.dumps(body, ensure_ascii=False).encode(),
        status=status,
        content_type="application/json",
    )


def _without_reply(message: Message) -> Message:
    """A replied-to message as Telegram nests it: without its own ``reply_to_message``."""
    return {k: v for k, v in message.items() if k != "reply_to_message"}


def _member(user: dict[str, Any], status: str) -> dict[str, Any]:
    member: dict[str, Any] = {"status": status, "user": user}
    if status == "administrator":
        member.update(ADMIN_RIGHTS)
    elif status == "creator":
        member["is_anonymous"] = False
    elif status == "kicked":
        member["until_date"] = 0
    return member


class FakeBotAPI:
    """A Telegram Bot API server on loopback, plus the people who chat with the bot."""

    def __init__(
        self,
        token: str = SANDBOX_TOKEN,
        bot_username: str = "hrbot_sandbox_bot",
        *,
        bot_name: str = "Harm Reduction Sandbox",
        global_rate: float = 30.0,
        per_chat_rate: float = 1.0,
        per_chat_burst: int = 3,
        rate_limits: bool = True,
        global_burst: float | None = None,
        paid_rate: float = 1000.0,
        privacy_mode: bool = True,
        strict_html: bool = True,
        webhook_ca: str | None = None,
        clock: Clock = REAL,
    ) -> None:
        self.token = token
        prefix = token.partition(":")[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 123456789
        self.bot_username = bot_username
        self.privacy_mode = privacy_mode
        self.strict_html = strict_html
        self.flood = FloodControl(
            global_rate=global_rate,
            per_chat_rate=per_chat_rate,
            per_chat_burst=per_chat_burst,
            global_burst=global_burst,
            paid_rate=paid_rate,
            enabled=rate_limits,
            clock=clock,  # the sender's, when a test speeds both up (bot.clock.ScaledClock)
        )
        self.files = FileStore()
        self.users: dict[int, FakeUser] = {}
        self.chats: dict[int, FakeChat] = {}
        self.deleted: dict[int, dict[int, Message]] = {}
        self.events: deque[Event] = deque(maxlen=EVENT_HISTORY)
        self.calls: deque[Call] = deque(maxlen=CALL_HISTORY)
        # Requests per method counted when they arrive (``calls`` records them when answered,
        # which for a long poll is up to its timeout later).
        self.arrivals: Counter[str] = Counter()
        self.stats: dict[str, Any] = {}
        self.reset_stats()
        self.updates = UpdateQueue(self.stats, webhook_ca)
        self.host = "127.0.0.1"
        self.port = 0
        self.base_url = ""
        self.base_file_url = ""
        self._profile: dict[tuple[str, str], str] = {("name", ""): bot_name}
        self._commands: dict[tuple[tuple[Any, ...], str], list[dict[str, str]]] = {}
        self._callbacks: dict[str, tuple[float, int, int, int]] = {}
        self._usernames: dict[str, int] = {}
        self._subscribers: list[asyncio.Queue[Event]] = []
        self._waiters: list[tuple[Callable[[Event], bool], asyncio.Future[Event]]] = []
        self._event_tick = asyncio.Event()
        self._seq = itertools.count(1)
        self._user_ids = itertools.count(FIRST_USER_ID)
        self._group_ids = itertools.count(FIRST_GROUP_ID, -1)
        self._runner: web.AppRunner | None = None

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on ``host:port`` (0 picks a free port); sets ``port`` and the base URLs."""
        app = web.Application(client_max_size=MAX_REQUEST_BYTES)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        control.add_routes(app, self)
        app.router.add_route("*", "/{tail:.*}", self._not_found)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()
        self.port = self._runner.addresses[0][1]
        self.host = "127.0.0.1" if host in ("", "0.0.0.0") else host
        self.base_url = f"http://{self.host}:{self.port}/bot"
        self.base_file_url = f"http://{self.host}:{self.port}/file/bot"

    async def stop(self) -> None:
        """Answer pending long polls, stop webhook delivery and close the server."""
        self.updates.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    # -- HTTP ------------------------------------------------------------------------------

    async def _handle_method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _json_response(ApiError(401, "Unauthorized").payload(), 401)
        entry = METHODS.get(request.match_info["method"].lower())
        if entry is None or request.method not in ("GET", "POST"):
            return await self._not_found(request)
        name, handler = entry
        self.arrivals[name] += 1
        params = Params({})
        try:
            params = await read_params(request)
            result = await handler(self, params)
        except ApiError as exc:
            self._count(name, params, exc.code)
            return _json_response(exc.payload(), exc.code)
        except Exception:
            logger.exception("fake Bot API failed in %s", name)
            self._count(name, params, 500)
            return _json_response(ApiError(500, "Internal Server Error").payload(), 500)
        self._count(name, params, None)
        if isinstance(result, Described):
            return _json_response(
                {"ok": True, "result": result.result, "description": result.description}
            )
        return _json_response({"ok": True, "result": result})

    def _count(self, name: str, params: Params, error_code: int | None) -> None:
        stats = self.stats
        stats["requests"] += 1
        stats["methods"][name] += 1
        if error_code is not None and 400 <= error_code < 500:
            stats["4xx"] += 1
            if error_code == 429:
                stats["429"] += 1
        self.calls.append(Call(name, params.record(), error_code is None, error_code))

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _json_response(ApiError(401, "Unauthorized").payload(), 401)
        stored = self.files.by_path.get(request.match_info["path"])
        if stored is None or stored.data is None:
            return await self._not_found(request)
        return web.Response(body=stored.data, content_type=stored.mime_type)

    async def _not_found(self, request: web.Request) -> web.Response:
        return _json_response(ApiError(404, "Not Found").payload(), 404)

    def reset_stats(self) -> None:
        """Zero the counters in ``stats`` (requests, per method, 4xx, 429, messages, ...)."""
        self.stats.update(
            {
                "requests": 0,
                "methods": Counter(),
                "4xx": 0,
                "429": 0,
                "messages": 0,
                "updates": 0,
                "webhook_deliveries": 0,
            }
        )

    def set_limits(
        self,
        *,
        global_rate: float | None = None,
        per_chat_rate: float | None = None,
        per_chat_burst: int | None = None,
        global_burst: float | None = None,
        paid_rate: float | None = None,
        enabled: bool | None = None,
    ) -> None:
        """Change flood control at runtime; buckets restart full."""
        flood = self.flood
        if global_rate is not None:
            flood.global_rate = global_rate
        if per_chat_rate is not None:
            flood.per_chat_rate = per_chat_rate
        if per_chat_burst is not None:
            flood.per_chat_burst = per_chat_burst
        if global_burst is not None:
            flood.global_burst = global_burst
        if paid_rate is not None:
            flood.paid_rate = paid_rate
        if enabled is not None:
            flood.enabled = enabled
        flood.reset()

    # -- the bot ---------------------------------------------------------------------------

    @property
    def bot_user(self) -> dict[str, Any]:
        """The bot's ``User`` object, as in the ``from`` of its messages."""
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self._profile[("name", "")] or self.bot_username,
            "username": self.bot_username,
        }

    def bot_info(self) -> dict[str, Any]:
        """``getMe``."""
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": not self.privacy_mode,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def set_profile(self, field: str, language_code: str, value: str) -> None:
        """Store the bot's name/description/short description for a language."""
        self._profile[(field, language_code)] = value

    def profile(self, field: str, language_code: str = "") -> str:
        """The bot's name/description/short description, falling back to the default."""
        return self._profile.get((field, language_code)) or self._profile.get((field, ""), "")

    def scope_key(self, scope: dict[str, Any]) -> tuple[Any, ...]:
        """A hashable ``BotCommandScope`` (chat ids resolved)."""
        kind = scope.get("type", "default")
        chat_id = scope.get("chat_id")
        if kind in ("chat", "chat_administrators", "chat_member"):
            if chat_id is None:
                raise bad_request("chat_id is empty")
            chat_id = self.resolve_chat(chat_id).id
        user_id = scope.get("user_id") if kind == "chat_member" else None
        if kind == "chat_member" and user_id is None:
            raise bad_request("user_id is empty")
        return (kind, chat_id, None if user_id is None else int(user_id))

    def set_commands(
        self, scope: tuple[Any, ...], language_code: str, commands: list[dict[str, str]]
    ) -> None:
        """Store (or with an empty list delete) a command list."""
        if commands:
            self._commands[(scope, language_code)] = commands
        else:
            self._commands.pop((scope, language_code), None)
        scope_dict = dict(zip(("type", "chat_id", "user_id"), scope, strict=True))
        self.publish(
            {
                "type": "commands",
                "scope": {k: v for k, v in scope_dict.items() if v is not None},
                "language_code": language_code,
                "commands": commands,
            }
        )

    def stored_commands(self, scope: tuple[Any, ...], language_code: str) -> list[dict[str, str]]:
        """The command list stored for exactly this scope and language."""
        return list(self._commands.get((scope, language_code), []))

    def commands(
        self, language_code: str | None = None, scope: dict[str, Any] | None = None
    ) -> list[dict[str, str]]:
        """The command list stored for ``scope`` (default scope) and ``language_code``."""
        return self.stored_commands(
            self.scope_key(scope or {"type": "default"}), language_code or ""
        )

    def commands_for(self, user: FakeUser, chat: FakeChat | None = None) -> list[dict[str, str]]:
        """The menu ``user`` sees in ``chat``, by Telegram's scope and language fallback."""
        chat = chat or user.chat
        if chat.type == "private":
            scopes: list[tuple[Any, ...]] = [
                ("chat", chat.id, None),
                ("all_private_chats", None, None),
            ]
        else:
            admin = chat.members.get(user.id) in ("administrator", "creator")
            scopes = [("chat_member", chat.id, user.id)]
            scopes += [("chat_administrators", chat.id, None)] if admin else []
            scopes += [("chat", chat.id, None)]
            scopes += [("all_chat_administrators", None, None)] if admin else []
            scopes += [("all_group_chats", None, None)]
        scopes.append(("default", None, None))
        languages = [user.language_code, ""] if user.language_code else [""]
        for scope in scopes:
            for language in languages:
                found = self._commands.get((scope, language))
                if found:
                    return list(found)
        return []

    # -- chats and people ------------------------------------------------------------------

    def add_user(
        self,
        user_id: int | None = None,
        first_name: str = "Alex",
        language_code: str | None = "ru",
        username: str | None = None,
        last_name: str | None = None,
    ) -> FakeUser:
        """A person who has opened a private chat with the bot (auto id when None)."""
        if user_id is None:
            user_id = next(i for i in self._user_ids if i not in self.users)
        if user_id in self.users:
            raise ValueError(f"user {user_id} exists")
        user = FakeUser(
            self,
            user_id,
            first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
        )
        self.users[user_id] = user
        self.chats[user_id] = user.chat
        return user

    def add_group(
        self,
        title: str = "Moderators",
        members: Iterable[FakeUser] = (),
        *,
        admins: Iterable[FakeUser] = (),
        chat_id: int | None = None,
        username: str | None = None,
        bot_status: str = "member",
    ) -> FakeChat:
        """A supergroup with the bot in it (as ``bot_status``; an admin bot sees all messages)."""
        if chat_id is None:
            chat_id = next(i for i in self._group_ids if i not in self.chats)
        if chat_id in self.chats:
            raise ValueError(f"chat {chat_id} exists")
        group = FakeChat(chat_id, "supergroup", title=title, username=username)
        group.bot_status = bot_status
        for user in members:
            group.set_member_status(user, "member")
        for user in admins:
            group.set_member_status(user, "administrator")
        self.chats[chat_id] = group
        if username:
            self._usernames[username.lower()] = chat_id
        return group

    def add_channel(
        self,
        title: str = "Alerts",
        *,
        username: str | None = None,
        chat_id: int | None = None,
        bot_status: str = "administrator",
    ) -> FakeChat:
        """A channel with the bot in it as ``bot_status``: only an administrator (with the
        right to post, as the bot is made when added) may post and edit there; a bot that is
        not in the channel (``left``, ``kicked``) gets 403 as from Telegram."""
        if chat_id is None:
            chat_id = next(i for i in self._group_ids if i not in self.chats)
        if chat_id in self.chats:
            raise ValueError(f"chat {chat_id} exists")
        channel = FakeChat(chat_id, "channel", title=title, username=username)
        channel.bot_status = bot_status
        self.chats[chat_id] = channel
        if username:
            self._usernames[username.lower()] = chat_id
        return channel

    def chat(self, chat_id: int) -> FakeChat:
        """A chat by id (KeyError if unknown)."""
        return self.chats[chat_id]

    def resolve_chat(self, chat_id: int | str) -> FakeChat:
        """A chat by id or ``@username``, or Telegram's "chat not found"."""
        if isinstance(chat_id, str):
            if chat_id.startswith("@"):
                chat_id = self._usernames.get(chat_id[1:].lower(), 0)
            else:
                chat_id = int(chat_id) if chat_id.lstrip("-").isdigit() else 0
        chat = self.chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def chat_messages(self, chat_id: int) -> list[Message]:
        """The messages of a chat as they stand now, oldest first (deleted ones left out)."""
        return list(self.chats[chat_id].messages.values())

    async def next_message(self, chat_id: int, timeout: float = 5.0) -> Message:  # noqa: ASYNC109
        """The next new bot message in a chat (FIFO), e.g. a group; raises TimeoutError."""
        return await self.chats[chat_id].inbox.get(timeout)

    def chat_member(self, chat: FakeChat, user_id: int) -> dict[str, Any]:
        """``getChatMember``."""
        if user_id == self.bot_id:
            status = "member" if chat.user is not None else chat.bot_status
            return _member(self.bot_user, status)
        user = self.users.get(user_id)
        if user is None or (chat.user is not None and chat.user is not user):
            raise bad_request("user not found")
        status = "member" if chat.user is not None else chat.members.get(user_id, "left")
        return _member(user.as_dict(), status)

    # -- what the bot does -----------------------------------------------------------------

    def store_bot_message(
        self,
        chat: FakeChat,
        fields: dict[str, Any],
        *,
        markup: dict[str, Any] | None = None,
        reply_to: Message | None = None,
        disable_notification: bool = False,
        paid_broadcast: bool = False,
    ) -> Message:
        """Add a message from the bot to ``chat`` and tell the inbox and subscribers."""
        message: Message = {"message_id": chat.next_message_id()}
        if chat.type == "channel":
            # A post in a channel is sent on behalf of the channel: no ``from``.
            message["sender_chat"] = chat.as_dict()
        else:
            message["from"] = self.bot_user
        message.update(chat=chat.as_dict(), date=int(time.time()))
        if reply_to is not None:
            message["reply_to_message"] = _without_reply(reply_to)
        message.update(fields)
        if markup is not None:
            if "inline_keyboard" in markup:
                message["reply_markup"] = markup
            else:  # a reply keyboard, its removal or a forced reply: Telegram edits none of these
                chat.uneditable.add(message["message_id"])
                if "keyboard" in markup:
                    chat.reply_keyboard = markup
                elif markup.get("remove_keyboard"):
                    chat.reply_keyboard = None
        chat.messages[message["message_id"]] = message
        chat.inbox.put(message)
        self.stats["messages"] += 1
        self.publish(
            {
                "type": "message",
                "chat_id": chat.id,
                "message": message,
                "reply_markup": markup,
                "disable_notification": disable_notification,
                "paid_broadcast": paid_broadcast,
            }
        )
        return message

    def replace_bot_message(
        self, chat: FakeChat, edited: Message, markup: dict[str, Any] | None
    ) -> Message:
        """Store an edited bot message (``edit_date`` set) and publish an ``edit`` event."""
        edited["edit_date"] = int(time.time())
        if markup is not None:
            edited["reply_markup"] = markup
        chat.messages[edited["message_id"]] = edited
        self.publish({"type": "edit", "chat_id": chat.id, "message": edited})
        return edited

    def delete_message(self, chat: FakeChat, message_id: int) -> bool:
        """Delete a message; False if it does not exist. Moves it to ``deleted``."""
        message = chat.messages.get(message_id)
        if message is None:
            return False
        from_bot = message.get("from", {}).get("id") == self.bot_id
        if (
            chat.user is None
            and not from_bot
            and chat.bot_status not in ("administrator", "creator")
        ):
            raise bad_request("message can't be deleted")
        del chat.messages[message_id]
        self.deleted.setdefault(chat.id, {})[message_id] = message
        self.publish(
            {"type": "delete", "chat_id": chat.id, "message_id": message_id, "message": message}
        )
        return True

    def answer_callback(
        self, query_id: str, *, text: str | None, show_alert: bool, url: str | None
    ) -> None:
        """``answerCallbackQuery``: once per query, within ``CALLBACK_QUERY_TTL``."""
        entry = self._callbacks.pop(query_id, None)
        if entry is None or time.monotonic() - entry[0] > CALLBACK_QUERY_TTL:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        _, chat_id, user_id, message_id = entry
        self.publish(
            {
                "type": "callback_answer",
                "chat_id": chat_id,
                "user_id": user_id,
                "message_id": message_id,
                "query_id": query_id,
                "text": text,
                "show_alert": show_alert,
                "url": url,
            }
        )

    # -- what people do --------------------------------------------------------------------

    def inject_update(self, update: dict[str, Any]) -> dict[str, Any] | None:
        """Queue a raw update (without ``update_id``); None if ``allowed_updates`` drops it."""
        if len(update) != 1:
            raise ValueError("an update has exactly one field besides update_id")
        full = self.updates.push(update)
        if full is not None:
            self.publish({"type": "update", "update": full})
        return full

    def _bot_sees(self, chat: FakeChat, message: Message) -> bool:
        """Privacy mode: in groups a bot gets only commands for it and replies to it."""
        if chat.user is not None or not self.privacy_mode:
            return True
        if chat.bot_status in ("administrator", "creator"):
            return True
        if message.get("reply_to_message", {}).get("from", {}).get("id") == self.bot_id:
            return True
        username = self.bot_username.lower()
        return any(
            not target or target.lower() == username
            for target in _COMMAND_TARGET.findall(message.get("text", ""))
        )

    def _check_sender(self, user: FakeUser, chat: FakeChat) -> None:
        if user.blocked:
            raise ValueError(f"{user!r} has blocked the bot; call unblock() first")
        if chat.user is None and chat.members.get(user.id) in (None, "left", "kicked"):
            raise ValueError(f"{user!r} is not a member of chat {chat.id}")

    def deliver_user_message(
        self,
        user: FakeUser,
        chat: FakeChat,
        fields: dict[str, Any],
        *,
        reply_to: Message | int | None = None,
    ) -> Message:
        """A person's message in ``chat``; the bot gets it unless privacy mode hides it."""
        self._check_sender(user, chat)
        message: Message = {
            "message_id": chat.next_message_id(),
            "from": user.as_dict(),
            "chat": chat.as_dict(),
            "date": int(time.time()),
        }
        if reply_to is not None:
            reply_id = reply_to if isinstance(reply_to, int) else reply_to["message_id"]
            message["reply_to_message"] = _without_reply(chat.messages[reply_id])
        message.update(fields)
        chat.messages[message["message_id"]] = message
        keyboard = chat.reply_keyboard
        if keyboard is not None and keyboard.get("one_time_keyboard") and "text" in fields:
            chat.reply_keyboard = None
        if self._bot_sees(chat, message):
            self.inject_update({"message": message})
        return message

    def deliver_user_edit(
        self, user: FakeUser, chat: FakeChat, message_id: int, new_text: str
    ) -> Message:
        """A person edits their text message; the bot gets an ``edited_message``."""
        self._check_sender(user, chat)
        old = chat.messages.get(message_id)
        if old is None or old["from"]["id"] != user.id or "text" not in old:
            raise ValueError(f"{user!r} has no text message {message_id} in chat {chat.id}")
        text, entities = strip_text(new_text, [])
        edited = {k: v for k, v in old.items() if k != "entities"}
        edited.update(text=text, edit_date=int(time.time()))
        entities = add_detected_entities(text, entities)
        if entities:
            edited["entities"] = entities
        chat.messages[message_id] = edited
        if self._bot_sees(chat, edited):
            self.inject_update({"edited_message": edited})
        return edited

    def deliver_callback(self, user: FakeUser, chat: FakeChat, message_id: int, data: str) -> str:
        """A button press; returns the callback query id the bot must answer."""
        self._check_sender(user, chat)
        query_id = str(secrets.randbits(62))
        message = chat.messages.get(message_id) or {
            "chat": chat.as_dict(),
            "message_id": message_id,
            "date": 0,
        }
        now = time.monotonic()
        callbacks = self._callbacks
        while callbacks:
            oldest = next(iter(callbacks))
            if now - callbacks[oldest][0] <= CALLBACK_QUERY_TTL:
                break
            del callbacks[oldest]
        callbacks[query_id] = (now, chat.id, user.id, message_id)
        query = {
            "id": query_id,
            "from": user.as_dict(),
            "message": message,
            "chat_instance": str(abs(chat.id * 7919 + self.bot_id)),
            "data": data,
        }
        self.inject_update({"callback_query": query})
        return query_id

    def set_blocked(self, user: FakeUser, *, blocked: bool) -> None:
        """Block or unblock the bot; the bot gets ``my_chat_member`` like in Telegram."""
        if user.blocked == blocked:
            return
        user.blocked = blocked
        old, new = ("member", "kicked") if blocked else ("kicked", "member")
        self.inject_update(
            {
                "my_chat_member": {
                    "chat": user.chat.as_dict(),
                    "from": user.as_dict(),
                    "date": int(time.time()),
                    "old_chat_member": _member(self.bot_user, old),
                    "new_chat_member": _member(self.bot_user, new),
                }
            }
        )

    # -- events ----------------------------------------------------------------------------

    def publish(self, event: Event) -> None:
        """Record an event and hand it to subscribers and waiters without blocking. ``at``: when
        it happened on the server's clock (the flood control's, which a test may share with the
        bot), for tests that measure pacing as Telegram sees it, not when they read the event."""
        event["seq"] = next(self._seq)
        event["at"] = self.flood.clock.monotonic()
        self.events.append(event)
        for queue in self._subscribers:
            if queue.full():
                queue.get_nowait()
            queue.put_nowait(event)
        if self._waiters:
            still_waiting = []
            for predicate, future in self._waiters:
                if future.done():
                    continue
                try:
                    matched = predicate(event)
                except Exception as exc:  # noqa: BLE001 - the waiter gets the error
                    future.set_exception(exc)
                    continue
                if matched:
                    future.set_result(event)
                else:
                    still_waiting.append((predicate, future))
            self._waiters = still_waiting
        self._event_tick.set()
        self._event_tick = asyncio.Event()

    def subscribe(self, maxsize: int = 0) -> asyncio.Queue[Event]:
        """A queue receiving every future event (bounded queues drop their oldest event)."""
        queue: asyncio.Queue[Event] = asyncio.Queue(maxsize)
        self._subscribers.append(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[Event]) -> None:
        """Stop feeding a queue from ``subscribe``."""
        self._subscribers.remove(queue)

    def wait_for(
        self, predicate: Callable[[Event], bool], timeout: float = 5.0
    ) -> asyncio.Future[Event]:
        """A future for the first event from now on matching ``predicate``.

        It is registered at once, so it can be created before the action that causes the
        event and awaited after it. It fails with TimeoutError after ``timeout`` seconds.
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Event] = loop.create_future()

        def expire() -> None:
            if not future.done():
                future.set_exception(TimeoutError(f"no matching event within {timeout} s"))

        handle = loop.call_later(timeout, expire)
        future.add_done_callback(lambda _: handle.cancel())
        self._waiters.append((predicate, future))
        return future

    # ``timeout`` is the long-poll parameter of the control API's /events (like getUpdates)
    async def events_after(self, seq: int, timeout: float) -> list[Event]:  # noqa: ASYNC109
        """Events with ``seq`` greater than ``seq``, waiting up to ``timeout`` for one."""
        if not self.events or self.events[-1]["seq"] <= seq:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event_tick.wait(), timeout)
        if not self.events:
            return []
        start = max(0, seq - self.events[0]["seq"] + 1)
        return list(itertools.islice(self.events, start, None))
