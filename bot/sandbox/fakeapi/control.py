"""The JSON control API under ``/_fake/``: drive the people of the fake Telegram from another
process (tests and benchmarks of a bot running as a subprocess). Endpoints are listed in
the package docstring. Answers are ``{"ok": true, "result": ...}`` or, for a bad request,
HTTP 400 with ``{"ok": false, "error": "..."}``."""

from __future__ import annotations

import base64
import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from bot.sandbox.fakeapi.model import FakeChat, FakeUser, Message

if TYPE_CHECKING:
    from bot.sandbox.fakeapi.server import FakeBotAPI

Route = Callable[[web.Request], Awaitable[web.Response]]
Action = Callable[[FakeUser, dict[str, Any], FakeChat | None], Any]


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _guarded(handler: Route) -> Route:
    @functools.wraps(handler)
    async def guarded(request: web.Request) -> web.Response:
        try:
            return await handler(request)
        except (KeyError, ValueError, TypeError) as exc:
            return web.json_response(
                {"ok": False, "error": f"{type(exc).__name__}: {exc}"}, status=400
            )

    return guarded


async def _body(request: web.Request) -> dict[str, Any]:
    if not request.can_read_body:
        return {}
    body = await request.json()
    if not isinstance(body, dict):
        raise TypeError("the body must be a JSON object")
    return body


def _message_ref(user: FakeUser, body: dict[str, Any], chat: FakeChat | None) -> Message | int:
    """``message_id`` of the private chat, or the message itself when ``chat_id`` is given."""
    message_id = int(body["message_id"])
    return message_id if chat is None else chat.messages[message_id]


def _data(body: dict[str, Any], default: bytes | None) -> bytes | None:
    encoded = body.get("data_base64")
    return base64.b64decode(encoded) if encoded else default


_ACTIONS: dict[str, Action] = {
    "text": lambda u, b, c: u.send_text(b["text"], c, reply_to=b.get("reply_to")),
    "command": lambda u, b, c: u.send_command(b["command"], b.get("args", ""), c),
    "press": lambda u, b, c: {
        "callback_query_id": u.press(
            _message_ref(u, b, c), b.get("button_text"), b.get("callback_data")
        )
    },
    "press_data": lambda u, b, c: {
        "callback_query_id": u.press_data(int(b["message_id"]), b["data"], c)
    },
    "location": lambda u, b, c: u.send_location(b["latitude"], b["longitude"], c),
    "venue": lambda u, b, c: u.send_venue(
        b["latitude"], b["longitude"], b.get("title", "Venue"), b.get("address", "Street 1"), c
    ),
    "sticker": lambda u, b, c: u.send_sticker(b.get("emoji", "👍"), c),
    "voice": lambda u, b, c: u.send_voice(b.get("duration", 3), c),
    "photo": lambda u, b, c: u.send_photo(_data(b, None), b.get("caption"), c),
    "document": lambda u, b, c: u.send_document(
        _data(b, b"hello\n") or b"",
        b.get("file_name", "notes.txt"),
        b.get("mime_type", "text/plain"),
        b.get("caption"),
        c,
    ),
    "contact": lambda u, b, c: u.send_contact(
        b.get("phone_number", "+15550100000"), b.get("first_name"), b.get("user_id"), c
    ),
    "edit": lambda u, b, c: u.edit_message(_message_ref(u, b, c), b["text"]),
    "block": lambda u, b, c: u.block(),
    "unblock": lambda u, b, c: u.unblock(),
}


class _Control:
    def __init__(self, api: FakeBotAPI) -> None:
        self.api = api

    def _user(self, request: web.Request) -> FakeUser:
        return self.api.users[int(request.match_info["user_id"])]

    async def info(self, request: web.Request) -> web.Response:
        api = self.api
        return _ok(
            {
                "base_url": api.base_url,
                "base_file_url": api.base_file_url,
                "bot": api.bot_info(),
                "users": len(api.users),
                "chats": len(api.chats),
            }
        )

    async def users(self, request: web.Request) -> web.Response:
        return _ok([user.as_dict() for user in self.api.users.values()])

    async def add_user(self, request: web.Request) -> web.Response:
        body = await _body(request)
        user = self.api.add_user(
            body.get("user_id"),
            body.get("first_name", "Alex"),
            body.get("language_code", "ru"),
            body.get("username"),
            body.get("last_name"),
        )
        return _ok(user.as_dict())

    async def change_user(self, request: web.Request) -> web.Response:
        user = self._user(request)
        for field, value in (await _body(request)).items():
            if field not in ("first_name", "last_name", "username", "language_code"):
                raise ValueError(f"cannot change {field}")
            setattr(user, field, value)
        return _ok(user.as_dict())

    async def act(self, request: web.Request) -> web.Response:
        user = self._user(request)
        action = _ACTIONS[request.match_info["action"]]
        body = await _body(request)
        chat = self.api.chat(int(body["chat_id"])) if body.get("chat_id") is not None else None
        return _ok(action(user, body, chat))

    async def add_group(self, request: web.Request) -> web.Response:
        body = await _body(request)
        users = self.api.users
        group = self.api.add_group(
            body.get("title", "Moderators"),
            [users[int(i)] for i in body.get("member_ids", [])],
            admins=[users[int(i)] for i in body.get("admin_ids", [])],
            chat_id=body.get("chat_id"),
            username=body.get("username"),
            bot_status=body.get("bot_status", "member"),
        )
        return _ok(group.as_dict())

    async def add_channel(self, request: web.Request) -> web.Response:
        body = await _body(request)
        channel = self.api.add_channel(
            body.get("title", "Alerts"),
            username=body.get("username"),
            chat_id=body.get("chat_id"),
            bot_status=body.get("bot_status", "administrator"),
        )
        return _ok(channel.as_dict())

    async def messages(self, request: web.Request) -> web.Response:
        return _ok(self.api.chat_messages(int(request.match_info["chat_id"])))

    async def next_message(self, request: web.Request) -> web.Response:
        """The next new bot message of a chat, or null after ``timeout`` seconds."""
        chat_id = int(request.match_info.get("chat_id") or request.match_info["user_id"])
        timeout = float(request.query.get("timeout", "5"))
        try:
            return _ok(await self.api.next_message(chat_id, timeout))
        except TimeoutError:
            return _ok(None)

    async def inject(self, request: web.Request) -> web.Response:
        return _ok(self.api.inject_update(await _body(request)))

    async def events(self, request: web.Request) -> web.Response:
        after = int(request.query.get("after", "0"))
        timeout = float(request.query.get("timeout", "0"))
        return _ok(await self.api.events_after(after, timeout))

    async def stats(self, request: web.Request) -> web.Response:
        return _ok(self.api.stats)

    async def reset_stats(self, request: web.Request) -> web.Response:
        self.api.reset_stats()
        return _ok(self.api.stats)

    async def limits(self, request: web.Request) -> web.Response:
        self.api.set_limits(**await _body(request))
        flood = self.api.flood
        return _ok(
            {
                "global_rate": flood.global_rate,
                "per_chat_rate": flood.per_chat_rate,
                "per_chat_burst": flood.per_chat_burst,
                "global_burst": flood.global_burst,
                "paid_rate": flood.paid_rate,
                "enabled": flood.enabled,
            }
        )

    async def commands(self, request: web.Request) -> web.Response:
        query = request.query
        scope: dict[str, Any] = {"type": query.get("scope", "default")}
        for key in ("chat_id", "user_id"):
            if key in query:
                scope[key] = int(query[key])
        return _ok(self.api.commands(query.get("language_code"), scope))

    async def calls(self, request: web.Request) -> web.Response:
        limit = int(request.query.get("limit", "100"))
        calls = list(self.api.calls)[-limit:] if limit > 0 else []
        return _ok([call._asdict() for call in calls])


def add_routes(app: web.Application, api: FakeBotAPI) -> None:
    """Mount the control API of ``api`` under ``/_fake/``."""
    control = _Control(api)
    routes: list[tuple[str, str, Route]] = [
        ("GET", "/_fake/info", control.info),
        ("GET", "/_fake/users", control.users),
        ("POST", "/_fake/users", control.add_user),
        ("PATCH", "/_fake/users/{user_id}", control.change_user),
        ("GET", "/_fake/users/{user_id}/next", control.next_message),
        ("POST", "/_fake/users/{user_id}/{action}", control.act),
        ("POST", "/_fake/groups", control.add_group),
        ("POST", "/_fake/channels", control.add_channel),
        ("GET", "/_fake/chats/{chat_id}/messages", control.messages),
        ("GET", "/_fake/chats/{chat_id}/next", control.next_message),
        ("POST", "/_fake/updates", control.inject),
        ("GET", "/_fake/events", control.events),
        ("GET", "/_fake/stats", control.stats),
        ("POST", "/_fake/stats/reset", control.reset_stats),
        ("POST", "/_fake/limits", control.limits),
        ("GET", "/_fake/commands", control.commands),
        ("GET", "/_fake/calls", control.calls),
    ]
    for verb, path, handler in routes:
        app.router.add_route(verb, path, _guarded(handler))
