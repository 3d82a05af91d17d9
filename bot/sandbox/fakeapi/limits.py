"""Telegram-like flood control: token buckets for all sends, for paid broadcasts and per chat.

Defaults follow Telegram's published guidance: about 30 messages per second overall
(burst: one second's worth), 1 message per second in one chat (burst of 3), and 1000
messages per second for ``allow_paid_broadcast`` sends, which bypass the overall limit
but not the per-chat one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from bot.clock import REAL, Clock


class TokenBucket:
    """``rate`` tokens per second, holding at most ``burst``; one token per message."""

    __slots__ = ("burst", "rate", "stamp", "tokens")

    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.rate = rate
        self.burst = max(burst, 1.0)
        self.tokens = self.burst
        self.stamp = now

    def wait(self, now: float) -> float:
        """Seconds until a token is available (0 when one is available now)."""
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1.0 else (1.0 - self.tokens) / self.rate

    def take(self) -> None:
        """Spend one token (after ``wait`` returned 0)."""
        self.tokens -= 1.0


@dataclass
class FloodControl:
    """The limits of one fake server; ``check`` answers 0 (sent) or the ``retry_after``."""

    global_rate: float = 30.0
    per_chat_rate: float = 1.0
    per_chat_burst: int = 3
    global_burst: float | None = None
    paid_rate: float = 1000.0
    enabled: bool = True
    clock: Clock = REAL  # time.monotonic in real time; a test's ScaledClock
    _global: TokenBucket = field(init=False)
    _paid: TokenBucket = field(init=False)
    _chats: dict[int, TokenBucket] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Refill every bucket (after a change of limits)."""
        now = self.clock.monotonic()
        self._global = TokenBucket(self.global_rate, self.global_burst or self.global_rate, now)
        self._paid = TokenBucket(self.paid_rate, self.paid_rate, now)
        self._chats.clear()

    def check(self, chat_id: int, *, paid: bool = False) -> int:
        """Count one message to ``chat_id``; 0 if allowed, else whole seconds to wait (>= 1)."""
        if not self.enabled:
            return 0
        now = self.clock.monotonic()
        overall = self._paid if paid else self._global
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = TokenBucket(self.per_chat_rate, self.per_chat_burst, now)
        wait = max(overall.wait(now), chat.wait(now))
        if wait > 0:
            return max(1, math.ceil(wait))
        overall.take()
        chat.take()
        return 0
