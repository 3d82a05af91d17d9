"""What a delivery transport can answer besides "sent": the sender's whole error vocabulary.

The Telegram adapter (``bot/handlers/alerts_transport.py``) maps python-telegram-bot's
exceptions onto these, so the sender never sees a Telegram type. Messages carry only the
error class or a fixed reason, never message texts or chat ids.
"""

from __future__ import annotations


class DeliveryError(Exception):
    """Base class of every transport error."""


class Blocked(DeliveryError):
    """The person blocked the bot, deleted their account, or the chat does not exist (403 /
    "chat not found"): drop their subscriptions and everything still queued for them."""


class RetryLater(DeliveryError):
    """Flood control (429): nothing may be sent for ``seconds``, to anyone."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = max(float(seconds), 0.0)


class Transient(DeliveryError):
    """A network problem, a timeout or a server error: try again later with backoff."""


class Rejected(DeliveryError):
    """Telegram refused this message for good (400 other than "chat not found"): retrying the
    same request cannot help, so the row is marked failed."""
