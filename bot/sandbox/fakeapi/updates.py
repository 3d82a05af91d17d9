"""The bot's update queue: ``getUpdates`` long polling and webhook delivery, as Telegram does.

Updates wait in one queue until confirmed (``offset`` in ``getUpdates``, or a 2xx answer of the
webhook). Only one long poll may wait at a time: a second one ends the first with 409, like
Telegram does when two bot instances poll. ``allowed_updates`` filters when an update is
created, so it does not affect updates already queued.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bot.sandbox.fakeapi.params import ApiError

Update = dict[str, Any]

ALL_UPDATE_TYPES = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_connection",
    "business_message",
    "edited_business_message",
    "deleted_business_messages",
    "message_reaction",
    "message_reaction_count",
    "inline_query",
    "chosen_inline_result",
    "callback_query",
    "shipping_query",
    "pre_checkout_query",
    "purchased_paid_media",
    "poll",
    "poll_answer",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
    "chat_boost",
    "removed_chat_boost",
)
DEFAULT_UPDATE_TYPES = frozenset(ALL_UPDATE_TYPES) - {
    "chat_member",
    "message_reaction",
    "message_reaction_count",
}
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
RETRY_MIN = 0.05
RETRY_MAX = 2.0
WEBHOOK_TIMEOUT = 10.0


@dataclass
class Webhook:
    """A webhook set with ``setWebhook`` and the state of its delivery."""

    url: str
    secret_token: str | None
    max_connections: int
    last_error_date: int | None = None
    last_error_message: str | None = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)


class UpdateQueue:
    """Pending updates with ids, long polling and webhook delivery."""

    def __init__(self, stats: dict[str, Any], webhook_ca: str | None = None) -> None:
        # A CA file to trust for https webhooks (a test's self-signed reverse proxy).
        self.webhook_ca = webhook_ca
        self.pending: deque[Update] = deque()
        self.allowed: frozenset[str] = DEFAULT_UPDATE_TYPES
        self.allowed_list: list[str] | None = None
        self.webhook: Webhook | None = None
        self._stats = stats
        self.pushed = 0  # updates ever queued (never reset, unlike stats: tests wait on it)
        self._ids = itertools.count(1)
        self._poller: asyncio.Future[str] | None = None
        self._arrived = asyncio.Event()
        self._closed = False

    def set_allowed(self, types: list[str] | None) -> None:
        """Apply ``allowed_updates`` (None keeps the current setting, [] means the default)."""
        if types is None:
            return
        known = [kind for kind in types if kind in ALL_UPDATE_TYPES]
        self.allowed = frozenset(known) if known else DEFAULT_UPDATE_TYPES
        self.allowed_list = known

    def push(self, update: Update) -> Update | None:
        """Queue an update (given without ``update_id``); None if ``allowed_updates`` drops it."""
        kind = next(iter(update))
        if kind not in self.allowed:
            return None
        full = {"update_id": next(self._ids), **update}
        self.pending.append(full)
        self._stats["updates"] += 1
        self.pushed += 1
        self._arrived.set()
        if self._poller is not None and not self._poller.done():
            self._poller.set_result("update")
        return full

    def drop_pending(self) -> None:
        """Forget every queued update (``drop_pending_updates``)."""
        self.pending.clear()

    def confirm(self, offset: int) -> None:
        """Forget updates before ``offset``; a negative offset keeps only the last ``-offset``."""
        pending = self.pending
        if offset > 0:
            while pending and pending[0]["update_id"] < offset:
                pending.popleft()
        elif offset < 0:
            while len(pending) > -offset:
                pending.popleft()

    def _batch(self, limit: int) -> list[Update]:
        return list(itertools.islice(self.pending, limit))

    # ``timeout`` is getUpdates' own parameter in the Bot API
    async def poll(self, offset: int, limit: int, timeout: float) -> list[Update]:  # noqa: ASYNC109
        """``getUpdates``: confirm, then return updates at once or when one arrives."""
        if self.webhook is not None:
            raise ApiError(409, WEBHOOK_CONFLICT)
        self._end_poll("conflict")
        self.confirm(offset)
        batch = self._batch(limit)
        if batch or timeout <= 0 or self._closed:
            return batch
        poller: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._poller = poller
        await asyncio.wait({poller}, timeout=timeout)
        if self._poller is poller:
            self._poller = None
        if not poller.done():
            poller.cancel()
        elif poller.result() == "conflict":
            raise ApiError(409, POLL_CONFLICT)
        if self.webhook is not None:
            raise ApiError(409, WEBHOOK_CONFLICT)
        return self._batch(limit)

    def _end_poll(self, reason: str) -> None:
        if self._poller is not None and not self._poller.done():
            self._poller.set_result(reason)
        self._poller = None

    def set_webhook(self, url: str, secret_token: str | None, max_connections: int) -> None:
        """Start delivering to ``url`` (replacing an earlier webhook)."""
        self.delete_webhook()
        self._end_poll("webhook")
        self.webhook = Webhook(url, secret_token, max_connections)
        self.webhook.task = asyncio.create_task(self._deliver(self.webhook))

    def delete_webhook(self) -> bool:
        """Stop webhook delivery; False if there was none."""
        webhook, self.webhook = self.webhook, None
        if webhook is None:
            return False
        if webhook.task is not None:
            webhook.task.cancel()
        return True

    def webhook_info(self) -> dict[str, Any]:
        """``getWebhookInfo``."""
        info: dict[str, Any] = {
            "url": self.webhook.url if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.pending),
        }
        if self.webhook is not None:
            info["max_connections"] = self.webhook.max_connections
            info["ip_address"] = "127.0.0.1"
            if self.webhook.last_error_date is not None:
                info["last_error_date"] = self.webhook.last_error_date
                info["last_error_message"] = self.webhook.last_error_message
        if self.allowed_list:
            info["allowed_updates"] = self.allowed_list
        return info

    async def _deliver(self, webhook: Webhook) -> None:
        """POST updates one at a time, in order, retrying with backoff until a 2xx answer."""
        headers = {"Content-Type": "application/json"}
        if webhook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = webhook.secret_token
        timeout = aiohttp.ClientTimeout(total=WEBHOOK_TIMEOUT)
        delay = RETRY_MIN
        connector = None
        if self.webhook_ca:
            import ssl

            connector = aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile=self.webhook_ca))
        async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
            while True:
                if not self.pending:
                    self._arrived.clear()
                    await self._arrived.wait()
                    continue
                update = self.pending[0]
                error = await self._post(session, webhook.url, update, headers)
                if error is None:
                    if self.pending and self.pending[0] is update:
                        self.pending.popleft()
                    self._stats["webhook_deliveries"] += 1
                    delay = RETRY_MIN
                    continue
                webhook.last_error_date = int(time.time())
                webhook.last_error_message = error
                await asyncio.sleep(delay)
                delay = min(delay * 2, RETRY_MAX)

    @staticmethod
    async def _post(
        session: aiohttp.ClientSession, url: str, update: Update, headers: dict[str, str]
    ) -> str | None:
        try:
            async with session.post(url, json=update, headers=headers) as response:
                await response.read()
                if 200 <= response.status < 300:
                    return None
                return f"Wrong response from the webhook: {response.status} {response.reason}"
        except aiohttp.ClientConnectorError:
            return "Connection refused"
        except TimeoutError:
            return "Read timeout expired"
        except aiohttp.ClientError as exc:
            return f"Connection error: {exc.__class__.__name__}"

    def close(self) -> None:
        """Answer the waiting long poll and stop webhook delivery (server shutdown)."""
        self._closed = True
        self._end_poll("closed")
        self.delete_webhook()
