"""A fake Telegram Bot API server that behaves like the real one, for tests, benchmarks and
the sandboxes where a person chats with the bot without Telegram.

The real python-telegram-bot client talks HTTP to it on loopback::

    async with FakeBotAPI() as api:                     # 127.0.0.1, a free port
        app = Application.builder().token(api.token).base_url(api.base_url) \\
            .base_file_url(api.base_file_url).build()
        alex = api.add_user(first_name="Alex", language_code="uk")
        alex.send_command("/start")
        reply = await alex.next_message(timeout=5)

Protocol: ``/bot<token>/<method>`` by GET or POST, method names case-insensitive; parameters
from the query string, urlencoded forms (objects as JSON strings), JSON bodies or multipart
uploads (also ``attach://<field>``). Answers are ``{"ok": true, "result": ...}`` or
``{"ok": false, "error_code": N, "description": ...}`` with HTTP status N, and
``parameters.retry_after`` on 429. A wrong token gets 401 ``Unauthorized``, an unknown
method 404 ``Not Found``. Files: ``/file/bot<token>/<file_path>`` after ``getFile``.

Methods: getMe, logOut, close, getUpdates (offset, limit, long-polling timeout,
allowed_updates), setWebhook/deleteWebhook/getWebhookInfo (POSTs each update in order with
``X-Telegram-Bot-Api-Secret-Token``, retrying with backoff), sendMessage, editMessageText,
editMessageCaption, editMessageReplyMarkup, deleteMessage, deleteMessages, answerCallbackQuery,
sendLocation, sendVenue, sendPhoto, sendDocument, sendChatAction, copyMessage, forwardMessage,
set/get/deleteMyCommands (per scope and language_code), set/getMyName,
set/getMyDescription, set/getMyShortDescription, getChat, getChatMember, getFile.

Telegram's limits and errors are enforced with Telegram's wording: 4096 UTF-16 code units of
text after entity parsing, 1024 for captions, empty text, HTML that does not parse (see
``bot.sandbox.tghtml``; by default stricter than Telegram about bare ``&``), 64-byte
callback_data, "message is not modified", chat/message not found, blocked users (403),
stale callback queries, and flood control (``bot.sandbox.fakeapi.limits``): by default 30
messages/s overall (burst 30), 1 message/s per chat (burst 3) and 1000/s for
``allow_paid_broadcast``, on send*/copyMessage/forwardMessage only; over a limit the answer is
429 "Too Many Requests: retry after N". Edits remove an inline keyboard unless it is sent
again, as in Telegram. With privacy mode (the default) the bot gets only commands and replies
to it from groups, unless it is an administrator there.

Control API over HTTP, for a bot in another process (JSON in and out, ``{"ok": true,
"result": ...}``; 400 ``{"ok": false, "error": ...}`` on bad input)::

    GET   /_fake/info                          base URLs, getMe, counts
    GET   /_fake/users                         people (User objects)
    POST  /_fake/users                         {user_id?, first_name?, language_code?, username?,
                                               last_name?} -> User
    PATCH /_fake/users/<id>                    {language_code?, first_name?, ...} -> User
    POST  /_fake/users/<id>/<action>           {chat_id?, ...} with action one of
          text {text, reply_to?} | command {command, args?} -> Message
          press {message_id, button_text? | callback_data?} | press_data {message_id, data}
                                               -> {callback_query_id}
          location {latitude, longitude} | venue {latitude, longitude, title?, address?}
          sticker {emoji?} | voice {duration?} | photo {data_base64?, caption?}
          document {data_base64?, file_name?, mime_type?, caption?}
          contact {phone_number?, first_name?, user_id?} | edit {message_id, text}
          block | unblock
    GET   /_fake/users/<id>/next?timeout=5     next new bot message in the private chat, or null
    POST  /_fake/groups                        {title?, member_ids?, admin_ids?, bot_status?,
                                               username?, chat_id?} -> Chat
    POST  /_fake/channels                      {title?, username?, chat_id?, bot_status?} -> Chat
                                               (posts carry sender_chat, not from; the bot must
                                               be an administrator to post or edit)
    GET   /_fake/chats/<id>/messages           messages as they stand now
    GET   /_fake/chats/<id>/next?timeout=5     next new bot message in that chat, or null
    POST  /_fake/updates                       a raw update without update_id -> Update
    GET   /_fake/events?after=<seq>&timeout=S  events after seq (long poll), see ``publish``
    GET   /_fake/stats, POST /_fake/stats/reset
    POST  /_fake/limits                        {global_rate?, per_chat_rate?, per_chat_burst?,
                                               global_burst?, paid_rate?, enabled?}
    GET   /_fake/commands?language_code=&scope=&chat_id=&user_id=
    GET   /_fake/calls?limit=100               recent Bot API calls

Run it alone with ``python -m bot.sandbox.fakeapi --port 8081`` and point the bot at the
printed TELEGRAM_API_URL. Bind it to loopback only: the control API has no authentication.
"""

from bot.sandbox.fakeapi.limits import FloodControl
from bot.sandbox.fakeapi.model import SAMPLE_JPEG, FakeChat, FakeUser
from bot.sandbox.fakeapi.params import ApiError
from bot.sandbox.fakeapi.server import SANDBOX_TOKEN, Call, FakeBotAPI

__all__ = [
    "SAMPLE_JPEG",
    "SANDBOX_TOKEN",
    "ApiError",
    "Call",
    "FakeBotAPI",
    "FakeChat",
    "FakeUser",
    "FloodControl",
]
