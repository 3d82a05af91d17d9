"""The Bot API methods of the fake server, with Telegram's request and answer shapes."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.sandbox.fakeapi import content
from bot.sandbox.fakeapi.model import FakeChat, Message
from bot.sandbox.fakeapi.params import ApiError, Params, Upload, bad_request

if TYPE_CHECKING:
    from bot.sandbox.fakeapi.server import FakeBotAPI

Handler = Callable[["FakeBotAPI", Params], Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class Described:
    """A result that Telegram answers with a ``description`` next to it."""

    result: Any
    description: str


# lower-case method name -> (Telegram's spelling, handler)
METHODS: dict[str, tuple[str, Handler]] = {}
# Methods that put a message into a chat and so count against flood limits.
SENDING = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendLocation",
        "sendVenue",
        "copyMessage",
        "forwardMessage",
    }
)
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
SCOPE_TYPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_LANGUAGE = re.compile(r"[a-z]{2}")
_SECRET = re.compile(r"[A-Za-z0-9_\-]{1,256}")
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
CONTENT_FIELDS = (
    "text",
    "entities",
    "link_preview_options",
    "photo",
    "document",
    "sticker",
    "voice",
    "caption",
    "caption_entities",
    "location",
    "venue",
    "contact",
)


def method(name: str) -> Callable[[Handler], Handler]:
    """Register a handler under Telegram's method name (looked up case-insensitively)."""

    def register(handler: Handler) -> Handler:
        METHODS[name.lower()] = (name, handler)
        return handler

    return register


def _message_id(p: Params, name: str = "message_id") -> int:
    return p.req_integer(name)


def _target(api: FakeBotAPI, p: Params) -> FakeChat:
    """The chat a message goes to: it must exist and not have blocked the bot."""
    chat = api.resolve_chat(p.chat_id())
    if chat.user is not None and chat.user.blocked:
        raise ApiError(403, "Forbidden: bot was blocked by the user")
    if chat.type == "channel" and chat.bot_status not in ("administrator", "creator"):
        if chat.bot_status in ("left", "kicked"):
            raise ApiError(403, "Forbidden: bot is not a member of the channel chat")
        raise bad_request("need administrator rights in the channel chat")
    return chat


def _reply_target(chat: FakeChat, p: Params) -> Message | None:
    reply = p.obj("reply_parameters")
    if isinstance(reply, dict):
        if reply.get("chat_id") not in (None, chat.id):
            raise bad_request("message to be replied not found")
        message_id, allow_missing = (
            reply.get("message_id"),
            bool(reply.get("allow_sending_without_reply")),
        )
    else:
        message_id = p.integer("reply_to_message_id")
        allow_missing = p.flag("allow_sending_without_reply")
    if message_id is None:
        return None
    target = chat.messages.get(int(message_id))
    if target is None and not allow_missing:
        raise bad_request("message to be replied not found")
    return target


async def _send(api: FakeBotAPI, p: Params, chat: FakeChat, fields: dict[str, Any]) -> Message:
    """Finish a send* call: markup, reply, flood control, then store the message."""
    markup = content.reply_markup(p.obj("reply_markup"))
    reply_to = _reply_target(chat, p)
    paid = p.flag("allow_paid_broadcast")
    retry_after = api.flood.check(chat.id, paid=paid)
    if retry_after:
        raise ApiError(
            429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
        )
    if p.flag("protect_content"):
        fields["has_protected_content"] = True
    return api.store_bot_message(
        chat,
        fields,
        markup=markup,
        reply_to=reply_to,
        disable_notification=p.flag("disable_notification"),
        paid_broadcast=paid,
    )


@method("getMe")
async def get_me(api: FakeBotAPI, p: Params) -> Any:
    return api.bot_info()


@method("logOut")
async def log_out(api: FakeBotAPI, p: Params) -> Any:
    return True


@method("close")
async def close(api: FakeBotAPI, p: Params) -> Any:
    return True


@method("getUpdates")
async def get_updates(api: FakeBotAPI, p: Params) -> Any:
    allowed = p.obj("allowed_updates")
    if isinstance(allowed, list):
        api.updates.set_allowed([str(kind) for kind in allowed])
    limit = min(max(p.integer("limit", 100) or 100, 1), 100)
    timeout = max(p.number("timeout", 0.0) or 0.0, 0.0)
    return await api.updates.poll(p.integer("offset", 0) or 0, limit, timeout)


@method("setWebhook")
async def set_webhook(api: FakeBotAPI, p: Params) -> Any:
    url = p.string("url") or ""
    if not url:
        return await delete_webhook(api, p)
    if not re.match(r"https?://[^/\s]+", url):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    secret = p.string("secret_token")
    if secret is not None and not _SECRET.fullmatch(secret):
        raise bad_request("secret token contains unallowed characters")
    if p.flag("drop_pending_updates"):
        api.updates.drop_pending()
    allowed = p.obj("allowed_updates")
    if isinstance(allowed, list):
        api.updates.set_allowed([str(kind) for kind in allowed])
    current = api.updates.webhook
    if current is not None and (current.url, current.secret_token) == (url, secret):
        return Described(True, "Webhook is already set")
    api.updates.set_webhook(url, secret, min(max(p.integer("max_connections", 40) or 40, 1), 100))
    return Described(True, "Webhook was set")


@method("deleteWebhook")
async def delete_webhook(api: FakeBotAPI, p: Params) -> Any:
    if p.flag("drop_pending_updates"):
        api.updates.drop_pending()
    if api.updates.delete_webhook():
        return Described(True, "Webhook was deleted")
    return Described(True, "Webhook is already deleted")


@method("getWebhookInfo")
async def get_webhook_info(api: FakeBotAPI, p: Params) -> Any:
    return api.updates.webhook_info()


@method("sendMessage")
async def send_message(api: FakeBotAPI, p: Params) -> Any:
    chat = _target(api, p)
    fields = content.message_text(p, api.users, api.strict_html)
    preview = p.obj("link_preview_options")
    if isinstance(preview, dict) and preview:
        fields["link_preview_options"] = preview
    return await _send(api, p, chat, fields)


def _edited_message(api: FakeBotAPI, p: Params, what: str) -> tuple[FakeChat, Message]:
    if p.has("inline_message_id"):
        raise bad_request(f"message to {what} not found")
    chat = _target(api, p)
    message = chat.messages.get(_message_id(p))
    if message is None:
        raise bad_request(f"message to {what} not found")
    if chat.type == "channel":
        # Posts are the channel's; an administrator bot may edit them (can_edit_messages).
        if "sender_chat" not in message:
            raise bad_request("message can't be edited")
    elif message.get("from", {}).get("id") != api.bot_id:
        raise bad_request("message can't be edited")
    if message["message_id"] in chat.uneditable:
        # "it is currently only possible to edit messages without reply_markup or with inline
        # keyboards" (Bot API, Updating messages)
        raise bad_request("message can't be edited")
    return chat, message


def _inline_markup(p: Params) -> dict[str, Any] | None:
    markup = content.reply_markup(p.obj("reply_markup"))
    if markup is not None and "inline_keyboard" not in markup:
        raise bad_request("inline keyboard expected")
    return markup or None


@method("editMessageText")
async def edit_message_text(api: FakeBotAPI, p: Params) -> Any:
    chat, message = _edited_message(api, p, "edit")
    if "text" not in message:
        raise bad_request("there is no text in the message to edit")
    fields = content.message_text(p, api.users, api.strict_html)
    markup = _inline_markup(p)
    if (
        fields["text"] == message["text"]
        and fields.get("entities") == message.get("entities")
        and markup == message.get("reply_markup")
    ):
        raise bad_request(NOT_MODIFIED)
    edited = {k: v for k, v in message.items() if k not in ("entities", "reply_markup")}
    edited.update(fields)
    return api.replace_bot_message(chat, edited, markup)


@method("editMessageCaption")
async def edit_message_caption(api: FakeBotAPI, p: Params) -> Any:
    chat, message = _edited_message(api, p, "edit")
    if not any(k in message for k in ("photo", "document", "video", "audio", "animation")):
        raise bad_request("there is no caption in the message to edit")
    fields = content.caption(p, api.users, api.strict_html)
    markup = _inline_markup(p)
    if (
        fields.get("caption") == message.get("caption")
        and fields.get("caption_entities") == message.get("caption_entities")
        and markup == message.get("reply_markup")
    ):
        raise bad_request(NOT_MODIFIED)
    edited = {
        k: v for k, v in message.items() if k not in ("caption", "caption_entities", "reply_markup")
    }
    edited.update(fields)
    return api.replace_bot_message(chat, edited, markup)


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(api: FakeBotAPI, p: Params) -> Any:
    chat, message = _edited_message(api, p, "edit")
    markup = _inline_markup(p)
    if markup == message.get("reply_markup"):
        raise bad_request(NOT_MODIFIED)
    edited = {k: v for k, v in message.items() if k != "reply_markup"}
    return api.replace_bot_message(chat, edited, markup)


@method("deleteMessage")
async def delete_message(api: FakeBotAPI, p: Params) -> Any:
    chat = api.resolve_chat(p.chat_id())
    if not api.delete_message(chat, _message_id(p)):
        raise bad_request("message to delete not found")
    return True


@method("deleteMessages")
async def delete_messages(api: FakeBotAPI, p: Params) -> Any:
    chat = api.resolve_chat(p.chat_id())
    ids = p.obj("message_ids")
    if (
        not isinstance(ids, list)
        or not 1 <= len(ids) <= 100
        or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids)
    ):
        raise bad_request("message_ids must be a non-empty list of at most 100 identifiers")
    for message_id in ids:
        with contextlib.suppress(ApiError):
            api.delete_message(chat, message_id)
    return True


@method("answerCallbackQuery")
async def answer_callback_query(api: FakeBotAPI, p: Params) -> Any:
    query_id = p.req_string("callback_query_id")
    text = p.string("text")
    if text is not None and len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    api.answer_callback(query_id, text=text, show_alert=p.flag("show_alert"), url=p.string("url"))
    return True


def _coordinates(p: Params) -> dict[str, float]:
    latitude, longitude = p.number("latitude"), p.number("longitude")
    if latitude is None or longitude is None:
        raise bad_request("wrong latitude or longitude specified")
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise bad_request("wrong latitude or longitude specified")
    return {"latitude": latitude, "longitude": longitude}


@method("sendLocation")
async def send_location(api: FakeBotAPI, p: Params) -> Any:
    chat = _target(api, p)
    location: dict[str, Any] = _coordinates(p)
    for name in ("horizontal_accuracy", "live_period", "heading", "proximity_alert_radius"):
        if p.has(name):
            location[name] = p.number(name)
    return await _send(api, p, chat, {"location": location})


@method("sendVenue")
async def send_venue(api: FakeBotAPI, p: Params) -> Any:
    chat = _target(api, p)
    location = _coordinates(p)
    venue: dict[str, Any] = {
        "location": location,
        "title": p.req_string("title"),
        "address": p.req_string("address"),
    }
    for name in ("foursquare_id", "foursquare_type", "google_place_id", "google_place_type"):
        if p.has(name):
            venue[name] = p.string(name)
    return await _send(api, p, chat, {"venue": venue, "location": location})


def _wrong_file() -> ApiError:
    return bad_request("wrong file identifier/HTTP URL specified")


@method("sendPhoto")
async def send_photo(api: FakeBotAPI, p: Params) -> Any:
    chat = _target(api, p)
    photo = p.file("photo")
    if isinstance(photo, Upload):
        if not photo.data:
            raise bad_request("file must be non-empty")
        sizes = api.files.photo(photo.data)
    elif isinstance(photo, str) and photo.startswith(("http://", "https://")):
        sizes = api.files.photo(None)
    elif isinstance(photo, str):
        found = api.files.photo_by_id(photo)
        if found is None:
            raise _wrong_file()
        sizes = found
    else:
        raise bad_request("there is no photo in the request")
    fields = {"photo": sizes, **content.caption(p, api.users, api.strict_html)}
    return await _send(api, p, chat, fields)


@method("sendDocument")
async def send_document(api: FakeBotAPI, p: Params) -> Any:
    chat = _target(api, p)
    document = p.file("document")
    if isinstance(document, Upload):
        extension = document.filename.rpartition(".")[2] or "bin"
        stored = api.files.add(document.data, "document", extension, document.content_type)
        described = api.files.describe(
            stored, file_name=document.filename, mime_type=document.content_type
        )
    elif isinstance(document, str) and document.startswith(("http://", "https://")):
        name = document.rstrip("/").rpartition("/")[2] or "file"
        stored = api.files.add(None, "document", "bin", "application/octet-stream")
        described = api.files.describe(stored, file_name=name)
    elif isinstance(document, str):
        if document not in api.files.by_id:
            raise _wrong_file()
        described = api.files.describe(api.files.by_id[document])
    else:
        raise bad_request("there is no document in the request")
    fields = {"document": described, **content.caption(p, api.users, api.strict_html)}
    return await _send(api, p, chat, fields)


@method("sendChatAction")
async def send_chat_action(api: FakeBotAPI, p: Params) -> Any:
    chat = _target(api, p)
    action = p.string("action")
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    api.publish({"type": "chat_action", "chat_id": chat.id, "action": action})
    return True


def _source_message(api: FakeBotAPI, p: Params, what: str) -> Message:
    source = api.resolve_chat(p.chat_id("from_chat_id"))
    message = source.messages.get(_message_id(p))
    if message is None:
        raise bad_request(f"message to {what} not found")
    return message


@method("copyMessage")
async def copy_message(api: FakeBotAPI, p: Params) -> Any:
    chat = _target(api, p)
    source = _source_message(api, p, "copy")
    fields = {key: source[key] for key in CONTENT_FIELDS if key in source}
    if not fields:
        raise bad_request("message can't be copied")
    if p.has("caption") or p.has("caption_entities"):
        fields.pop("caption", None)
        fields.pop("caption_entities", None)
        fields.update(content.caption(p, api.users, api.strict_html))
    copied = await _send(api, p, chat, fields)
    return {"message_id": copied["message_id"]}


@method("forwardMessage")
async def forward_message(api: FakeBotAPI, p: Params) -> Any:
    chat = _target(api, p)
    source = _source_message(api, p, "forward")
    fields: dict[str, Any] = {key: source[key] for key in CONTENT_FIELDS if key in source}
    if not fields:
        raise bad_request("message can't be forwarded")
    if "from" in source:
        fields["forward_origin"] = {
            "type": "user",
            "sender_user": source["from"],
            "date": source["date"],
        }
    else:  # a channel post
        fields["forward_origin"] = {
            "type": "channel",
            "chat": source["sender_chat"],
            "message_id": source["message_id"],
            "date": source["date"],
        }
    return await _send(api, p, chat, fields)


def _scope_key(api: FakeBotAPI, p: Params) -> tuple[Any, ...]:
    scope = p.obj("scope") or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in SCOPE_TYPES:
        raise bad_request("can't parse BotCommandScope JSON object")
    return api.scope_key(scope)


def _language(p: Params) -> str:
    language = p.string("language_code") or ""
    if language and not _LANGUAGE.fullmatch(language):
        raise bad_request("invalid language code specified")
    return language


@method("setMyCommands")
async def set_my_commands(api: FakeBotAPI, p: Params) -> Any:
    commands = p.obj("commands")
    if not isinstance(commands, list):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > 100:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    clean = []
    for entry in commands:
        if not isinstance(entry, dict):
            raise bad_request("can't parse commands JSON object")
        command = str(entry.get("command", "")).removeprefix("/")
        if not _COMMAND.fullmatch(command):
            raise bad_request("BOT_COMMAND_INVALID")
        description = str(entry.get("description", "")).strip()
        if not 1 <= len(description) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        clean.append({"command": command, "description": description})
    api.set_commands(_scope_key(api, p), _language(p), clean)
    return True


@method("getMyCommands")
async def get_my_commands(api: FakeBotAPI, p: Params) -> Any:
    return api.stored_commands(_scope_key(api, p), _language(p))


@method("deleteMyCommands")
async def delete_my_commands(api: FakeBotAPI, p: Params) -> Any:
    api.set_commands(_scope_key(api, p), _language(p), [])
    return True


def _profile_setter(field: str, limit: int) -> Handler:
    async def setter(api: FakeBotAPI, p: Params) -> Any:
        value = p.string(field) or ""
        if len(value) > limit:
            raise bad_request(f"{field} is too long")
        api.set_profile(field, _language(p), value)
        return True

    return setter


def _profile_getter(field: str) -> Handler:
    async def getter(api: FakeBotAPI, p: Params) -> Any:
        return {field: api.profile(field, _language(p))}

    return getter


for _name, _field, _limit in (
    ("MyDescription", "description", 512),
    ("MyShortDescription", "short_description", 120),
    ("MyName", "name", 64),
):
    method("set" + _name)(_profile_setter(_field, _limit))
    method("get" + _name)(_profile_getter(_field))


@method("getChat")
async def get_chat(api: FakeBotAPI, p: Params) -> Any:
    chat = api.resolve_chat(p.chat_id())
    info = chat.as_dict()
    info.update(
        accent_color_id=0,
        max_reaction_count=11,
        accepted_gift_types={
            "unlimited_gifts": False,
            "limited_gifts": False,
            "unique_gifts": False,
            "premium_subscription": False,
            "gifts_from_channels": False,
        },
    )
    return info


@method("getChatMember")
async def get_chat_member(api: FakeBotAPI, p: Params) -> Any:
    chat = api.resolve_chat(p.chat_id())
    user_id = p.req_integer("user_id")
    return api.chat_member(chat, user_id)


@method("getFile")
async def get_file(api: FakeBotAPI, p: Params) -> Any:
    stored = api.files.by_id.get(p.req_string("file_id"))
    if stored is None:
        raise bad_request("invalid file_id")
    info: dict[str, Any] = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
    if stored.data is not None:
        info["file_size"] = len(stored.data)
    info["file_path"] = stored.file_path
    return info
