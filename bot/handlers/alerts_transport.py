"""The Telegram side of alert delivery: sends and edits through python-telegram-bot and maps
its errors onto the sender's vocabulary (``bot.alerts.errors``).

* 403 Forbidden (blocked, deactivated) and 400 "chat not found" -> ``Blocked``
* 429 RetryAfter -> ``RetryLater(seconds)``
* timeouts, network errors, 5xx -> ``Transient``
* any other 400 -> ``Rejected`` (retrying the same request cannot help)

The transport uses its own ``telegram.Bot`` (same token and API server as the application)
with a connection pool sized for the sender's concurrency and without the application's
rate limiter, which would otherwise sleep through 429s on its own instead of pausing the
whole sender. Paid broadcasts (``allow_paid_broadcast``, up to 1,000 messages a second) are
used when the sender is configured for them (``HRBOT_PAID_BROADCAST=1``).
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING, Any

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.request import BaseRequest

from bot.alerts.card import caption_fits
from bot.alerts.errors import Blocked, Rejected, RetryLater, Transient
from bot.alerts.sender import OutboxSender
from bot.telegram_http import AiohttpRequest, retry_seconds

if TYPE_CHECKING:
    from bot.container import Services
    from bot.directory.regions import Regions

log = logging.getLogger(__name__)

_GONE = (
    "chat not found",
    "user not found",
    "peer_id_invalid",
    "bot was blocked",
    "user is deactivated",
)
_BAD_PHOTO = (
    "wrong file identifier",
    "wrong remote file",
    "failed to get http url content",
    "wrong type of the web page content",
    "file reference",
    "photo_invalid",
)


class BulkBot(Bot):
    """A ``telegram.Bot`` that can also make a call without building the answer's Telegram
    objects (the sender needs only the message id; parsing a full Message costs more than
    the rest of the request at 1,000 messages a second). Errors are python-telegram-bot's.

    Only public API: ``Bot.do_api_request`` without a ``return_type`` returns the raw result
    (tests/foundation/test_public_api.py fails loudly if that changes)."""

    async def call(self, endpoint: str, data: dict[str, Any]) -> Any:
        return await self.do_api_request(endpoint, api_kwargs=data)


class TelegramTransport:
    """``bot.alerts.sender.Transport`` for the Telegram Bot API."""

    def __init__(self, bot: BulkBot, request: BaseRequest | None = None) -> None:
        self.bot = bot
        self._request = request

    @classmethod
    def connect(
        cls, token: str, api_url: str, file_url: str | None = None, pool: int = 16
    ) -> TelegramTransport:
        request = AiohttpRequest(pool_size=max(pool, 4))
        kwargs: dict[str, Any] = {"base_file_url": file_url} if file_url else {}
        # The sender never polls; its getUpdates transport (python-telegram-bot builds one
        # anyway) is an unopened aiohttp one, not httpx's client with its TLS context (~0.1 s
        # of CPU at start).
        updates = AiohttpRequest(pool_size=1)
        bot = BulkBot(
            token, base_url=api_url, request=request, get_updates_request=updates, **kwargs
        )
        return cls(bot, request)

    async def send(
        self, chat_id: int, html: str, photo_file_id: str | None, reply_to: int | None, paid: bool
    ) -> int:
        return (await self.post(chat_id, html, photo_file_id, reply_to, paid))[0]

    async def post(
        self,
        chat_id: int | str,
        html: str,
        photo_file_id: str | None,
        reply_to: int | None = None,
        paid: bool = False,
    ) -> tuple[int, bool]:
        """Send a card; (message id, whether the card is that message's caption)."""
        try:
            return await self._send(chat_id, html, photo_file_id, reply_to, paid)
        except BadRequest as exc:
            if photo_file_id and any(s in str(exc).lower() for s in _BAD_PHOTO):
                # The photo cannot be sent (expired or wrong file id): the text still matters.
                log.warning("An alert photo could not be sent; sending the card without it")
                return await self.post(chat_id, html, None, reply_to, paid)
            raise

    async def _send(
        self,
        chat_id: int | str,
        html: str,
        photo_file_id: str | None,
        reply_to: int | None,
        paid: bool,
    ) -> tuple[int, bool]:
        common: dict[str, Any] = {"chat_id": chat_id, "parse_mode": ParseMode.HTML.value}
        if paid:
            common["allow_paid_broadcast"] = True
        if reply_to:
            common["reply_parameters"] = {
                "message_id": reply_to,
                "allow_sending_without_reply": True,
            }
        with _mapped_errors():
            if photo_file_id and caption_fits(html):
                sent = await self.bot.call(
                    "sendPhoto", {**common, "photo": photo_file_id, "caption": html}
                )
                return int(sent["message_id"]), True
            # Text first: the headline and advice are what a lock screen shows, never "Photo" alone.
            sent = await self.bot.call(
                "sendMessage",
                {**common, "text": html, "link_preview_options": {"is_disabled": True}},
            )
            if photo_file_id:
                # Too long for a caption (1,024 characters): the photo follows as a reply to the card.
                common["reply_parameters"] = {
                    "message_id": int(sent["message_id"]),
                    "allow_sending_without_reply": True,
                }
                common["disable_notification"] = True  # one alert, one notification
                try:
                    await self.bot.call("sendPhoto", {**common, "photo": photo_file_id})
                except TelegramError as exc:
                    # The card got through; sending it again for the sake of the photo would be a
                    # duplicate, so a photo that fails here is given up.
                    log.warning(
                        "An alert photo after its card could not be sent (%s)", type(exc).__name__
                    )
            return int(sent["message_id"]), False

    async def edit(
        self, chat_id: int | str, message_id: int, html: str, caption: bool = False
    ) -> None:
        """Edit a message's text, or its caption (``caption``: a photo sent with the card)."""
        with _mapped_errors():
            try:
                if caption:
                    await self.bot.edit_message_caption(
                        chat_id=chat_id,
                        message_id=message_id,
                        caption=html,
                        parse_mode=ParseMode.HTML,
                    )
                    return
                await self.bot.edit_message_text(
                    html,
                    chat_id=chat_id,
                    message_id=message_id,
                    parse_mode=ParseMode.HTML,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
            except BadRequest as exc:
                if "not modified" in str(exc).lower():
                    return
                raise

    async def close(self) -> None:
        if self._request is not None:
            await self._request.shutdown()


class _mapped_errors:
    """Translate python-telegram-bot exceptions into bot.alerts.errors (texts are not kept:
    Telegram's descriptions can echo what was sent)."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc is None or not isinstance(exc, TelegramError):
            return
        text = str(exc).lower()
        if isinstance(exc, RetryAfter):
            raise RetryLater(retry_seconds(exc)) from None
        if isinstance(exc, Forbidden):
            raise Blocked("forbidden") from None
        if isinstance(exc, BadRequest):
            if any(s in text for s in _GONE):
                raise Blocked("chat not found") from None
            if any(s in text for s in _BAD_PHOTO):
                return  # not suppressed: let send() retry without the photo
            raise Rejected(_short_reason(text)) from None
        if isinstance(exc, NetworkError):
            raise Transient(type(exc).__name__) from None
        raise Transient(type(exc).__name__) from None


def _short_reason(text: str) -> str:
    """A fixed label for a refusal (Telegram's description may quote the message)."""
    for label in (
        "message is too long",
        "can't parse entities",
        "caption is too long",
        "not enough rights",
        "message to edit not found",
        "message can't be edited",
        "no text in the message to edit",
        "no caption in the message to edit",
        "need administrator rights",
        "message to reply not found",
        "have no rights",
    ):
        if label in text:
            return label
    return "bad request"


def create_sender(
    services: Services, bot: Bot | None = None, regions: Regions | None = None
) -> OutboxSender:
    """The alert sender with the Telegram transport, configured from the settings.

    ``HRBOT_PAID_BROADCAST=1`` uses paid broadcasts (default rate 980/s instead of 29.8/s);
    ``HRBOT_SEND_RATE`` sets the messages per second for the whole bot; ``HRBOT_SEND_CONCURRENCY``
    the requests in flight (default: enough for the rate at ~0.25 s per request, at least 8).
    Without paid broadcasts the sender takes its slots from the bot's one sending budget
    (``services.send_budget``), after people's replies. The token comes from ``bot`` when
    given, else from the settings. Call ``await sender.start()`` once the application runs.
    """
    settings = services.settings
    token = bot.token if bot is not None else settings.core.token
    if not token:
        raise ValueError("the alert sender needs the bot token (settings.core.token or a Bot)")
    paid = settings.delivery.paid_broadcast
    rate = settings.delivery.effective_send_rate
    concurrency = settings.delivery.send_concurrency or max(8, min(256, math.ceil(rate * 0.25)))
    transport = TelegramTransport.connect(
        token, settings.core.api_url, settings.core.api_file_url, pool=concurrency + 4
    )
    budget = None if paid else services.send_budget
    return OutboxSender(
        services,
        transport,
        rate=rate,
        concurrency=concurrency,
        paid_broadcast=paid,
        budget=budget,
        regions=regions,
    )
