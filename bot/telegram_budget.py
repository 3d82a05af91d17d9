"""One sending budget for the whole bot: Telegram allows about 30 messages a second in all.

Every message the bot sends or edits counts against one budget: replies to people, notices,
moderators' progress messages and alert deliveries. People come first: a reply is never
delayed by the budget, it is only *counted* (``note``), and the alert sender, which waits for
its turn (``acquire``), takes what is left. The budget is a token bucket that holds one
token: a send that wakes up late does not make the following sends catch up in a burst (at
least half an interval always separates two bulk sends), and time nobody used is not saved
up for later.
"""

from __future__ import annotations

from bot.clock import REAL, Clock

# Bot API methods that send or change a message (they count against the budget).
SEND_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendLocation",
        "sendVenue",
        "sendMediaGroup",
        "sendAnimation",
        "sendVideo",
        "sendAudio",
        "sendVoice",
        "sendSticker",
        "sendContact",
        "sendPoll",
        "copyMessage",
        "forwardMessage",
        "editMessageText",
        "editMessageCaption",
        "editMessageReplyMarkup",
        "editMessageMedia",
    }
)


class SendBudget:
    """``rate`` messages a second for the whole bot, people first."""

    def __init__(self, rate: float, clock: Clock = REAL) -> None:
        if rate <= 0:
            raise ValueError("the send rate must be positive")
        # real time in production; a test's ScaledClock when the alert sender runs on one
        # (``OutboxSender.use_clock``)
        self.clock = clock
        self.rate = float(rate)
        self.interval = 1.0 / self.rate
        self._next = 0.0  # monotonic time of the next free slot
        self.noted = 0  # messages counted for people (replies, notices)
        self.acquired = 0  # messages sent by the alert sender

    def note(self, cost: int = 1) -> None:
        """A reply went (or is going) out now: it uses slots, without waiting for them."""
        now = self.clock.monotonic()
        self._next = max(self._next, now) + cost * self.interval
        self.noted += cost

    async def acquire(self, cost: int = 1) -> None:
        """Wait for ``cost`` slots after everything already counted (bulk sends)."""
        now = self.clock.monotonic()
        at = max(self._next, now)
        self._next = at + cost * self.interval
        self.acquired += cost
        if at > now:
            await self.clock.sleep(at - now)
            # The event loop may wake us late: keep the next bulk send at least half an
            # interval away from this one, instead of sending the two back to back.
            self._next = max(self._next, self.clock.monotonic() + 0.5 * cost * self.interval)
