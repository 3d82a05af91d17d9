"""The clocks paced code reads and the waits it makes, as one object it is given.

The alert sender (``bot.alerts.sender``) and the fake Bot API's flood control
(``bot.sandbox.fakeapi.limits``) take a ``Clock``: production uses ``REAL`` (``time.time``,
``time.monotonic``, ``asyncio.sleep``), so nothing changes there. Tests hand both the same
``ScaledClock``, on which every second of pacing, backoff and 429 pause passes ``speed`` times
faster: the sender still paces, defers, backs off and pauses exactly as it would, in the same
proportions, and the fake server still limits it, only the waiting shrinks.
"""

from __future__ import annotations

import asyncio
import time


class Clock:
    """Real time: the wall clock, the monotonic clock, sleeping and waiting for an event."""

    def time(self) -> float:
        """Seconds since the epoch (for due times stored in the database)."""
        return time.time()

    def monotonic(self) -> float:
        """A clock that never goes back (for intervals and pauses)."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def wait(self, event: asyncio.Event, timeout: float) -> bool:  # noqa: ASYNC109 - the waiting is what this object measures out
        """Until ``event`` is set (True) or ``timeout`` seconds passed (False)."""
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            return False
        return True


REAL = Clock()


class ScaledClock(Clock):
    """Time that passes ``speed`` times faster than real time (for tests and the sandbox).

    Both clocks start at the real ones' readings and then run ``speed`` times faster, so they
    never fall behind real time: rows another part of the bot queued "now" are due at once.
    """

    def __init__(self, speed: float) -> None:
        if speed <= 0:
            raise ValueError("the speed must be positive")
        self.speed = float(speed)
        self._wall0 = time.time()
        self._mono0 = time.monotonic()

    def _elapsed(self) -> float:
        return (time.monotonic() - self._mono0) * self.speed

    def time(self) -> float:
        return self._wall0 + self._elapsed()

    def monotonic(self) -> float:
        return self._mono0 + self._elapsed()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0.0) / self.speed)

    async def wait(self, event: asyncio.Event, timeout: float) -> bool:  # noqa: ASYNC109 - as Clock.wait
        return await super().wait(event, max(timeout, 0.0) / self.speed)
