"""The paced sender: a background worker that delivers the outbox at Telegram's pace.

* Global pace: at most ``rate`` messages a second (default 29, just under Telegram's ~30; with
  paid broadcasts up to 1,000), as a token bucket shared by deliveries and progress edits.
* At most one message a second to one chat: a row for a person written to less than
  ``per_chat_interval`` ago is put back with a later due time.
* Warnings first: rows are claimed in priority order, and rows of a lower priority already in
  hand are given back when a new delivery is queued (``wake``), so a warning overtakes them.
* 429 ``retry_after`` pauses everything; 403 / "chat not found" drops the person's
  subscriptions and queued rows; transient errors retry with exponential backoff up to
  ``max_attempts``; permanent refusals are marked failed.
* Crash safety: rows are claimed ('sending') in one UPDATE per batch and marked 'sent' right
  after Telegram answers (outcomes are written in group commits). A send slot is only freed
  once its outcome is written, so at any moment at most ``concurrency`` rows can have been
  sent without being recorded: after ``kill -9`` those are the only possible duplicates. At
  start, rows a crashed process left 'sending' are due again.
* Public channels (``HRBOT_ALERT_CHANNELS``): a separate small loop works through
  ``outbox_channels`` (same states, same budget): it posts the card in the channel's language,
  keeps the post's message id, and for a correction or withdrawal edits that post
  (editMessageText, or editMessageCaption for a photo post), replying to it instead when
  Telegram cannot edit it. Each outcome is written before the next channel message goes out.
* Progress: for each delivery run a status message (moderators' chat, or the approving
  moderator's private chat) is edited every few seconds with sent, failed, left and the time
  still needed.

No Telegram types here: the transport (``bot/handlers/alerts_transport.py``) does the calls.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import time
from collections import OrderedDict, deque
from dataclasses import dataclass
from datetime import timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Protocol, cast
from zoneinfo import ZoneInfo

from babel.dates import format_timedelta
from cryptography.exceptions import InvalidTag

from bot.alerts.card import caption_fits, esc, messages_needed, render_card
from bot.alerts.errors import Blocked, Rejected, RetryLater, Transient
from bot.alerts.model import Alert, AlertState, DeliveryKind
from bot.alerts.outbox import (
    CHAT_PURPOSES,
    RETENTION_RULE,
    RETENTION_WINDOW,
    Progress,
    alert_from_snapshot,
    progress_from_counts,
    purge_rule,
)
from bot.clock import REAL, Clock
from bot.i18n import Translator
from bot.storage.channels import ChannelRepo, ChannelRow
from bot.storage.outbox import LEFT_STATES, DeliveryState, OutboxRepo, OutboxRow, Outcomes, Run
from bot.telegram_budget import SendBudget

if TYPE_CHECKING:
    from bot.container import Services
    from bot.directory.regions import Regions

log = logging.getLogger(__name__)

PROGRESS_PURPOSE = "progress-chat"


class Transport(Protocol):
    """Sends and edits messages; raises bot.alerts.errors.Blocked / RetryLater / Transient /
    Rejected. Implemented for Telegram by ``bot.handlers.alerts_transport.TelegramTransport``."""

    async def send(
        self, chat_id: int, html: str, photo_file_id: str | None, reply_to: int | None, paid: bool
    ) -> int: ...

    async def edit(self, chat_id: int, message_id: int, html: str) -> None: ...


class ChannelTransport(Protocol):
    """What public channels need on top of ``Transport`` (only used when HRBOT_ALERT_CHANNELS
    names some): a post that says whether the card is a photo's caption, and caption edits."""

    async def post(
        self,
        chat_id: int | str,
        html: str,
        photo_file_id: str | None,
        reply_to: int | None = None,
        paid: bool = False,
    ) -> tuple[int, bool]: ...

    async def edit(
        self, chat_id: int | str, message_id: int, html: str, caption: bool = False
    ) -> None: ...


@dataclass
class SenderStats:
    """Counters since this sender started (for logs, progress estimates and the benchmark)."""

    sent: int = 0
    failed: int = 0
    dropped: int = 0
    retry_after: int = 0  # 429 answers received
    transient: int = 0
    deferred: int = 0  # put back for per-chat pacing
    cancelled: int = 0
    claimed: int = 0
    first_send: float | None = None
    last_send: float | None = None


class Pacer:
    """A token bucket shared by every send: ``rate`` a second, a small burst to absorb jitter."""

    def __init__(self, rate: float, burst: float, clock: Clock = REAL) -> None:
        if rate <= 0:
            raise ValueError("the send rate must be positive")
        self.clock = clock
        self.interval = 1.0 / rate
        self.burst = max(burst, 1.0)
        self._next = 0.0

    async def take(self, tokens: int = 1) -> None:
        now = self.clock.monotonic()
        earliest = now - (self.burst - 1.0) * self.interval
        self._next = max(self._next, earliest)
        at = self._next
        self._next += tokens * self.interval
        if at > now:
            await self.clock.sleep(at - now)


class OutboxSender:
    """The background worker. ``start()`` once; ``wake()`` after queueing; ``stop()`` at exit."""

    def __init__(
        self,
        services: Services,
        transport: Transport,
        rate: float = 29.0,
        per_chat_interval: float = 1.0,
        concurrency: int = 8,
        paid_broadcast: bool = False,
        *,
        max_attempts: int = 6,
        backoff_initial: float = 2.0,
        backoff_max: float = 600.0,
        lease_seconds: float = 120.0,
        progress_interval: float = 3.0,
        idle_poll: float = 1.0,
        budget: SendBudget | None = None,
        regions: Regions | None = None,
        clock: Clock = REAL,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.services = services
        self.transport = transport
        # Real time in production; tests pass a faster clock (bot.clock.ScaledClock) shared
        # with the fake server's flood control, so pacing keeps its proportions, not its waits.
        self.clock = clock
        self.rate = float(rate)
        self.per_chat_interval = float(per_chat_interval)
        self.concurrency = int(concurrency)
        self.paid_broadcast = bool(paid_broadcast)
        self.max_attempts = max_attempts
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.lease_seconds = lease_seconds
        self.progress_interval = progress_interval
        self.idle_poll = idle_poll
        self.repo = OutboxRepo(services.db)
        self.channels = ChannelRepo(services.db)
        self._channel_wake = asyncio.Event()
        self._channel_last: dict[str, float] = {}
        self.stats = SenderStats()
        self.claim_size = max(2 * self.concurrency, min(1000, math.ceil(self.rate)))
        # The bot's one sending budget (replies first, alerts take what is left); paid
        # broadcasts, which Telegram counts apart, pace themselves.
        self._budget = budget
        self._pacer = Pacer(self.rate, max(1.0, self.rate * 0.02), clock)
        self._recent_429: deque[tuple[float, bytes]] = deque(maxlen=16)
        self._slots = asyncio.Semaphore(self.concurrency)
        self._wake = asyncio.Event()
        self._flush = asyncio.Event()
        self._outcomes = Outcomes()
        self._slots_to_free = 0
        self._recording = 0  # outcome batches taken but not yet written
        self._paused_until = 0.0  # self.clock.monotonic()
        self._last_by_chat: OrderedDict[bytes, float] = OrderedDict()
        self._in_flight: set[asyncio.Task[None]] = set()
        self._tasks: list[asyncio.Task[None]] = []
        self._stopping = False
        self._closing = False
        self._dispatching = False
        self._snapshots: dict[int, tuple[int, Alert]] = {}
        self._cards: dict[tuple[int, int, str, str], tuple[str, str | None, int]] = {}
        self._labels: dict[tuple[str, str], tuple[str, tzinfo | None]] = {}
        self._rate_samples: deque[tuple[float, int]] = deque(maxlen=64)
        self._progress_texts: dict[tuple[int, str, int], str] = {}
        self._progress_kick = asyncio.Event()
        self._known_runs: set[tuple[int, str, int]] = set()
        self._sent_at_kick = 0
        self.regions = regions  # the one region tree (bot.compose); None: cards name region ids
        if not any(rule.name == RETENTION_RULE for rule in services.retention.rules):
            services.retention.add(RETENTION_RULE, RETENTION_WINDOW, purge_rule(services.db))

    # -- lifecycle ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return bool(self._tasks) and not self._stopping

    async def start(self) -> None:
        if self._tasks:
            return
        self._stopping = False
        self._closing = False
        if await self.channels.release_in_flight():
            log.warning(
                "An earlier run stopped while posting to an alert channel; that post is sent again "
                "(if Telegram had taken it, the channel shows it twice)."
            )
        released = await self.repo.release_in_flight()
        if released:
            # Claimed rows are not all sends: at most ``concurrency`` requests were really in
            # flight, and only those could reach a person twice.
            log.warning(
                "An earlier run stopped with %d alert deliveries claimed but not confirmed; they "
                "are queued again. At most %d of them were being sent at that moment and may "
                "arrive twice.",
                released,
                min(released, self.concurrency),
            )
        self._tasks = [
            asyncio.create_task(self._run(), name="outbox-sender"),
            asyncio.create_task(self._write_loop(), name="outbox-writer"),
            asyncio.create_task(self._progress_loop(), name="outbox-progress"),
            asyncio.create_task(self._channel_loop(), name="outbox-channels"),
        ]

    def use_clock(self, clock: Clock) -> None:
        """Pace on ``clock`` from now on: its own waits, the global pace and the bot's sending
        budget it takes its turns from (tests: a ``ScaledClock`` shared with the fake server, so
        every interval keeps its proportions and only the waiting shrinks)."""
        self.clock = clock
        self._pacer.clock = clock
        if self._budget is not None:
            self._budget.clock = clock

    def wake(self) -> None:
        """New rows were queued: look now (and let a warning overtake rows already in hand)."""
        self._wake.set()
        self._channel_wake.set()

    async def stop(self, timeout: float = 10.0) -> None:  # noqa: ASYNC109 - a public wait with its own deadline, used by tests and shutdown
        """Stop claiming, let messages in flight finish (up to ``timeout``), write outcomes.

        The workers are asked to stop rather than cancelled: cancelling an aiosqlite call
        half-way can leave the shared connection inside a transaction. Cancelling is only
        the last resort for a worker that does not stop in time.
        """
        if not self._tasks:
            return
        self._stopping = True
        self._wake.set()
        self._progress_kick.set()
        self._channel_wake.set()
        run, writer, progress, channels = self._tasks
        await self._finish(run, timeout)
        await self._finish(progress, timeout)
        await self._finish(channels, timeout)
        if self._in_flight:
            _done, pending = await asyncio.wait(set(self._in_flight), timeout=timeout)
            for task in pending:  # their rows stay 'sending' and are retried at the next start
                task.cancel()
            if pending:
                await asyncio.wait(pending, timeout=1.0)
        self._closing = True
        self._flush.set()
        await self._finish(writer, timeout)
        await self._write(self._take_outcomes()[0], attempts=3)
        self._tasks = []
        close = getattr(self.transport, "close", None)
        if close is not None:
            await close()

    @staticmethod
    async def _finish(task: asyncio.Task[None], timeout: float) -> None:  # noqa: ASYNC109 - a public wait with its own deadline, used by tests and shutdown
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout)
        except TimeoutError:
            log.warning("An alert sender task did not stop in %.0f s; cancelling it", timeout)
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass
            except Exception as exc:  # noqa: BLE001 - stopping must not fail; the error is logged
                log.warning("An alert sender task ended with %s", type(exc).__name__)
        except Exception as exc:  # noqa: BLE001 - the task failed; it is over either way
            log.warning("An alert sender task ended with %s", type(exc).__name__)

    close = stop

    async def wait_idle(self, timeout: float | None = None) -> bool:  # noqa: ASYNC109 - a public wait with its own deadline, used by tests and shutdown
        """Until nothing is queued or in flight (for tests and the benchmark)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            # A batch being written is neither in flight nor pending: its rows are still
            # 'sending' until it lands (a retry's row is only pending again after that).
            busy = self._dispatching or self._in_flight or len(self._outcomes) or self._recording
            if (
                not busy
                and not await self.repo.has_pending()
                and not await self.channels.has_pending()
            ):
                return True
            if deadline is not None and time.monotonic() > deadline:
                return False
            await asyncio.sleep(0.05)

    # -- progress ----------------------------------------------------------------------------
    def send_rate(self) -> float:
        """Messages a second over the last ~10 seconds (the configured rate before that)."""
        now = self.clock.monotonic()
        samples = [s for s in self._rate_samples if now - s[0] <= 15.0]
        if len(samples) >= 2 and samples[-1][0] - samples[0][0] >= 2.0:
            elapsed = samples[-1][0] - samples[0][0]
            measured = (samples[-1][1] - samples[0][1]) / elapsed
            if measured > 0:
                return measured
        return self.rate

    def _eta(self, left: int) -> float:
        pause = max(self._paused_until - self.clock.monotonic(), 0.0)
        return pause + left / max(self.send_rate(), 0.1)

    async def progress(self, alert_id: int) -> Progress:
        """Sent, failed and left for every delivery of this alert, with the time still needed."""
        counts = await self.repo.counts(alert_id)
        left = sum(counts.get(state, 0) for state in LEFT_STATES)
        return progress_from_counts(counts, self._eta(left) if left else 0.0)

    # -- the main loop -----------------------------------------------------------------------
    async def _run(self) -> None:
        while not self._stopping:
            try:
                await self._wait_for_pause()
                now = self.clock.time()
                self._dispatching = True  # claimed rows are neither pending nor in flight yet
                rows = await self.repo.claim(self.claim_size, now, now + self.lease_seconds)
                if not rows:
                    self._dispatching = False
                    await self._idle_wait()
                    continue
                self._wake.clear()
                self.stats.claimed += len(rows)
                runs = {(r.alert_id, r.kind, r.version) for r in rows}
                if not runs <= self._known_runs:
                    # A delivery starts: post its progress message now, not in a few seconds.
                    self._known_runs |= runs
                    self._progress_kick.set()
                await self._dispatch(rows)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("The alert sender hit an error; retrying in a second")
                await asyncio.sleep(1.0)
            finally:
                self._dispatching = False

    async def _idle_wait(self) -> None:
        if self.stats.sent != self._sent_at_kick and not self._in_flight:
            # The queue just ran dry: show the final counts now.
            self._sent_at_kick = self.stats.sent
            self._progress_kick.set()
        due = await self.repo.next_due()
        timeout = self.idle_poll
        if due is not None:
            timeout = min(timeout, max(due - self.clock.time(), 0.01))
        await self.clock.wait(self._wake, timeout)
        self._wake.clear()

    async def _wait_for_pause(self) -> None:
        while (delay := self._paused_until - self.clock.monotonic()) > 0:  # a 429 pause's end
            await self.clock.sleep(delay)

    async def _dispatch(self, rows: list[OutboxRow]) -> None:
        prepared = await self._prepare(rows)
        release: list[tuple[int, float]] = []
        for index, (row, job) in enumerate(prepared):
            if job is None:
                continue
            chat_id, html, photo, reply_to, cost = job
            last = self._last_by_chat.get(row.user_key)
            mono = self.clock.monotonic()
            if last is not None and mono - last < self.per_chat_interval:
                # At most one message a second to one chat: this one later.
                self.stats.deferred += 1
                release.append(
                    (row.id, self.clock.time() + self.per_chat_interval - (mono - last) + 0.01)
                )
                continue
            await self._slots.acquire()
            if (
                self._stopping
                or self._paused_until > self.clock.monotonic()
                or (self._wake.is_set() and row.priority > 0)
            ):
                # Stopping, paused by a 429, or something more urgent was queued: give the rest
                # back (no attempt counted) and claim again in priority order.
                self._slots.release()
                due = self.clock.time() + max(self._paused_until - self.clock.monotonic(), 0.0)
                release += [(r.id, due) for r, j in prepared[index:] if j is not None]
                break
            await self._take(cost)
            self._last_by_chat[row.user_key] = self.clock.monotonic()
            self._last_by_chat.move_to_end(row.user_key)
            task = asyncio.create_task(self._deliver(row, chat_id, html, photo, reply_to))
            self._in_flight.add(task)
            task.add_done_callback(self._in_flight.discard)
        self._forget_old_chats()
        if release:
            await self.repo.release(release)

    async def _take(self, cost: int = 1) -> None:
        if self._budget is not None:
            await self._budget.acquire(cost)
        else:
            await self._pacer.take(cost)

    def _forget_old_chats(self) -> None:
        horizon = self.clock.monotonic() - self.per_chat_interval
        chats = self._last_by_chat
        while chats:
            _key, stamp = next(iter(chats.items()))
            if stamp > horizon:
                break
            chats.popitem(last=False)

    async def _prepare(self, rows: list[OutboxRow]) -> list[tuple[OutboxRow, Any]]:
        """Render each claimed row: (chat, html, photo, reply_to, cost), or None when it was
        settled here (cancelled, failed, or deferred until its original is sent)."""
        for alert_id in {r.alert_id for r in rows}:
            stored = await self.repo.snapshot(alert_id)
            cached = self._snapshots.get(alert_id)
            if stored is not None and (cached is None or cached[0] != stored[0]):
                self._snapshots[alert_id] = (stored[0], alert_from_snapshot(stored[1]))
        originals: dict[int, dict[bytes, tuple[str, int | None]]] = {}
        for alert_id in {r.alert_id for r in rows if r.kind != DeliveryKind.ALERT}:
            keys = [
                r.user_key for r in rows if r.alert_id == alert_id and r.kind != DeliveryKind.ALERT
            ]
            originals[alert_id] = await self.repo.originals(alert_id, keys)
        out: list[tuple[OutboxRow, Any]] = []
        now = self.clock.time()
        deferred: list[tuple[int, float]] = []
        for row in rows:
            snap = self._snapshots.get(row.alert_id)
            if snap is None:
                self._settle_cancel(row)
                out.append((row, None))
                continue
            alert = snap[1]
            reply_to = None
            if row.kind == DeliveryKind.ALERT:
                if (
                    alert.state in (AlertState.RETRACTED, AlertState.REJECTED)
                    or alert.expires_at.timestamp() <= now
                ):
                    self._settle_cancel(row)
                    out.append((row, None))
                    continue
            else:
                state, message_id = originals.get(row.alert_id, {}).get(
                    row.user_key, ("missing", None)
                )
                if state in LEFT_STATES:
                    deferred.append((row.id, now + 2.0))
                    out.append((row, None))
                    continue
                if state != DeliveryState.SENT or message_id is None:
                    self._settle_cancel(row)
                    out.append((row, None))
                    continue
                reply_to = message_id
            try:
                chat_id = self._open_chat(row.sealed_chat)
            except InvalidTag:
                log.error(  # noqa: TRY400 - the type only: a traceback may carry people's data
                    "An outbox row's chat id cannot be opened with this key; marking it failed"
                )
                self._outcomes.failed.append((row.id, "sealed"))
                self.stats.failed += 1
                out.append((row, None))
                continue
            html, photo, cost = self._card(row, alert)
            out.append((row, (chat_id, html, photo, reply_to, cost)))
        if deferred:
            await self.repo.release(deferred)
        if len(self._outcomes):
            self._flush.set()
        return out

    def _settle_cancel(self, row: OutboxRow) -> None:
        self._outcomes.cancelled.append(row.id)
        self.stats.cancelled += 1

    def _open_chat(self, sealed: bytes) -> int:
        keyring = self.services.keyring
        for purpose in CHAT_PURPOSES:
            try:
                return keyring.open_chat(sealed, purpose)
            except InvalidTag:
                continue
        raise InvalidTag()

    def _card(self, row: OutboxRow, alert: Alert) -> tuple[str, str | None, int]:
        key = (row.alert_id, alert.version, row.kind, row.language)
        card = self._cards.get(key)
        if card is None:
            tr = self.services.i18n.translator(row.language)
            label, tz = self._region_label(alert.region_id, tr.lang)
            html = render_card(alert, tr, label, row.kind, tz=tz)
            photo = alert.photo_file_id if row.kind == DeliveryKind.ALERT else None
            card = (html, photo, messages_needed(html, photo))
            if len(self._cards) > 256:
                self._cards.clear()
            self._cards[key] = card
        return card

    def _region_label(self, region_id: str, lang: str) -> tuple[str, tzinfo | None]:
        key = (region_id, lang)
        found = self._labels.get(key)
        if found is not None:
            return found
        regions = self.regions
        label, tz = region_id, None
        region = regions.get(region_id) if regions is not None else None
        if regions is not None and region is not None:
            # "Lviv, Lviv Oblast, Ukraine", as /alerts names regions.
            label = ", ".join(r.name(lang) for r in regions.ancestors(region_id)) or region_id
            try:
                tz = ZoneInfo(region.timezone)
            except (ValueError, KeyError, OSError):
                tz = None
        self._labels[key] = (label, tz)
        return label, tz

    # -- one delivery ------------------------------------------------------------------------
    async def _deliver(
        self, row: OutboxRow, chat_id: int, html: str, photo: str | None, reply_to: int | None
    ) -> None:
        try:
            message_id = await self.transport.send(
                chat_id, html, photo, reply_to, self.paid_broadcast
            )
        except Blocked:
            self._outcomes.dropped.append((row.id, row.user_key))
            self.stats.dropped += 1
        except RetryLater as exc:
            self.stats.retry_after += 1
            if self._global_limit(row.user_key):
                self._pause(exc.seconds)
            else:
                # One chat's own limit (about a message a second): only that chat waits.
                self._last_by_chat[row.user_key] = self.clock.monotonic() + exc.seconds
                self._last_by_chat.move_to_end(row.user_key)
            self._outcomes.retry.append((row.id, self.clock.time() + exc.seconds, 1))
        except Rejected as exc:
            log.warning("Telegram refused an alert message for good (%s)", exc)
            self._outcomes.failed.append((row.id, "rejected"))
            self.stats.failed += 1
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - Transient, or anything unexpected: retry later
            self.stats.transient += 1
            if not isinstance(exc, Transient):
                log.error("Unexpected %s while sending an alert; will retry", type(exc).__name__)  # noqa: TRY400 - the type only: a traceback may carry people's data
            if row.attempts >= self.max_attempts:
                self._outcomes.failed.append((row.id, type(exc).__name__[:40]))
                self.stats.failed += 1
            else:
                # 2 s, 4 s, 8 s ... (capped), with jitter so retries do not arrive together.
                delay = min(self.backoff_initial * 2 ** (row.attempts - 1), self.backoff_max)
                delay *= random.uniform(0.8, 1.2)
                self._outcomes.retry.append((row.id, self.clock.time() + delay, 0))
        else:
            # A chat's second counts from when Telegram took the message (it measures what it
            # receives): a send that waited in the event loop or on the network before it
            # arrived never brings the next one closer than per_chat_interval.
            self._last_by_chat[row.user_key] = max(
                self._last_by_chat.get(row.user_key, 0.0), self.clock.monotonic()
            )
            self._last_by_chat.move_to_end(row.user_key)
            self._outcomes.sent.append((row.id, message_id))
            stats = self.stats
            stats.sent += 1
            stats.last_send = self.clock.time()
            if stats.first_send is None:
                stats.first_send = stats.last_send
        finally:
            # The outcome and its slot go into the same group commit (no await in between).
            self._slots_to_free += 1
            self._flush.set()

    def _global_limit(self, user_key: bytes) -> bool:
        """Is a 429 the bot's overall limit, or one chat's?

        Telegram's answer does not say. The overall limit hits whoever is next, so 429s for two
        different chats within two seconds mean "overall" (pause everything); a 429 for one
        chat alone (a resend after a restart, a person who also got a reply) delays that chat.
        """
        now = self.clock.monotonic()
        self._recent_429.append((now, user_key))
        return any(key != user_key and now - at <= 2.0 for at, key in self._recent_429)

    def _pause(self, seconds: float) -> None:
        until = self.clock.monotonic() + seconds
        if until > self._paused_until:
            self._paused_until = until
            log.warning("Telegram asked to slow down: pausing alert delivery for %.0f s", seconds)

    # -- group commits -----------------------------------------------------------------------
    def _take_outcomes(self) -> tuple[Outcomes, int]:
        outcomes, slots = self._outcomes, self._slots_to_free
        self._outcomes, self._slots_to_free = Outcomes(), 0
        return outcomes, slots

    async def _write(self, outcomes: Outcomes, attempts: int | None = None) -> None:
        """Record outcomes, retrying (forever while running: slots wait for it)."""
        self._recording += 1
        try:
            await self._write_retrying(outcomes, attempts)
        finally:
            self._recording -= 1

    async def _write_retrying(self, outcomes: Outcomes, attempts: int | None) -> None:
        tried = 0
        while True:
            try:
                await self.repo.record(outcomes)
                return
            except asyncio.CancelledError:
                raise
            except Exception:
                tried += 1
                if (attempts is not None and tried >= attempts) or (self._closing and tried >= 3):
                    log.exception(
                        "Could not record %d alert delivery outcome(s); those rows are retried at "
                        "the next start",
                        len(outcomes),
                    )
                    return
                log.exception("Could not record alert delivery outcomes; retrying")
                await asyncio.sleep(0.5)

    async def _write_loop(self) -> None:
        while True:
            await self._flush.wait()
            self._flush.clear()
            outcomes, slots = self._take_outcomes()
            await self._write(outcomes)
            # Only now may new messages go out: bounded duplicates after a crash.
            for _ in range(slots):
                self._slots.release()
            if self._closing and not len(self._outcomes):
                return

    # -- public channels ---------------------------------------------------------------------
    async def _channel_loop(self) -> None:
        while not self._stopping:
            claimed: list[ChannelRow] = []
            try:
                await self._wait_for_pause()
                claimed = await self.channels.claim(4, self.clock.time())
                if not claimed:
                    due = await self.channels.next_due()
                    timeout = self.idle_poll
                    if due is not None:
                        timeout = min(timeout, max(due - self.clock.time(), 0.01))
                    await self.clock.wait(self._channel_wake, timeout)
                    self._channel_wake.clear()
                    continue
                while claimed:
                    if self._stopping:
                        break
                    await self._channel_one(claimed[0])
                    claimed.pop(0)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("The alert channel sender hit an error; retrying in a second")
                await asyncio.sleep(1.0)
            finally:
                # Rows not settled (stopping, or an error) are given back unsent.
                for row in claimed:
                    try:
                        await self.channels.retry(row.id, self.clock.time(), refund=1)
                    except Exception:  # noqa: BLE001 - released at the next start instead
                        log.warning(
                            "Could not give back an alert channel post; it waits for a restart"
                        )

    def _latest(self, alert_id: int, stored: tuple[int, str] | None) -> Alert | None:
        cached = self._snapshots.get(alert_id)
        if stored is not None and (cached is None or cached[0] != stored[0]):
            self._snapshots[alert_id] = (stored[0], alert_from_snapshot(stored[1]))
        found = self._snapshots.get(alert_id)
        return found[1] if found else None

    async def _channel_one(self, row: ChannelRow) -> None:
        """Post, edit or reply in one channel, and record it before anything else goes there."""
        alert = self._latest(row.alert_id, await self.repo.snapshot(row.alert_id))
        if alert is None:
            await self.channels.cancelled(row.id)
            return
        tr = self.services.i18n.translator(row.language)
        label, tz = self._region_label(alert.region_id, tr.lang)
        chat: int | str = row.channel if row.channel.startswith("@") else int(row.channel)
        html = render_card(alert, tr, label, row.kind, tz=tz)
        original: int | None = None
        try:
            if row.kind == DeliveryKind.ALERT:
                if alert.state in (
                    AlertState.RETRACTED,
                    AlertState.REJECTED,
                ) or alert.expires_at.timestamp() <= (self.clock.time()):
                    await self.channels.cancelled(row.id)
                    return
                photo = alert.photo_file_id
                await self._channel_pace(row.channel, messages_needed(html, photo))
                message_id, caption = await cast(ChannelTransport, self.transport).post(
                    chat, html, photo, None, False
                )
                await self.channels.sent(row.id, message_id, "caption" if caption else "text")
                return
            state, original, how = await self.channels.original(row.alert_id, row.channel)
            if state in LEFT_STATES:
                await self.channels.retry(row.id, self.clock.time() + 2.0, refund=1)
                return
            if state != DeliveryState.SENT or original is None:
                await self.channels.cancelled(row.id)
                return
            caption = how == "caption"
            if not caption or caption_fits(html):
                await self._channel_pace(row.channel, 1)
                try:
                    await cast(ChannelTransport, self.transport).edit(
                        chat, original, html, caption=caption
                    )
                except Rejected:
                    pass  # deleted by the channel's admins, or no longer editable: reply instead
                else:
                    await self.channels.sent(row.id, original, "edit")
                    return
            await self._channel_pace(row.channel, 1)
            message_id = await self.transport.send(chat, html, None, original, False)  # type: ignore[arg-type]
            await self.channels.sent(row.id, message_id, "reply")
        except RetryLater as exc:
            self.stats.retry_after += 1
            if self._global_limit(b"channel:" + row.channel.encode()):
                self._pause(exc.seconds)
            self._channel_last[row.channel] = self.clock.monotonic() + exc.seconds
            await self.channels.retry(row.id, self.clock.time() + exc.seconds, refund=1)
        except (Blocked, Rejected) as exc:
            # Not an administrator there (any more), or the channel is gone: an operator's fix.
            log.error(  # noqa: TRY400 - the type only: a traceback may carry people's data
                "An alert channel refused a %s (%s); check HRBOT_ALERT_CHANNELS and that the bot "
                "is an administrator of the channel",
                row.kind,
                type(exc).__name__,
            )
            await self.channels.failed(row.id, type(exc).__name__.lower())
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - Transient, or unexpected: retry later
            self.stats.transient += 1
            if row.attempts >= self.max_attempts:
                await self.channels.failed(row.id, type(exc).__name__[:40])
            else:
                delay = min(self.backoff_initial * 2 ** (row.attempts - 1), self.backoff_max)
                await self.channels.retry(
                    row.id, self.clock.time() + delay * random.uniform(0.8, 1.2)
                )

    async def _channel_pace(self, channel: str, cost: int) -> None:
        """At most one message a second to one channel, from the bot's one sending budget."""
        last = self._channel_last.get(channel)
        if last is not None:
            wait = last + self.per_chat_interval - self.clock.monotonic()
            if wait > 0:
                await self.clock.sleep(wait)
        await self._wait_for_pause()
        await self._take(cost)
        self._channel_last[channel] = self.clock.monotonic()

    # -- the moderators' progress message ----------------------------------------------------
    async def _progress_loop(self) -> None:
        while not self._stopping:
            await self.clock.wait(self._progress_kick, self.progress_interval)
            self._progress_kick.clear()
            if self._stopping:
                return
            self._rate_samples.append((self.clock.monotonic(), self.stats.sent))
            try:
                for run in await self.repo.open_runs():
                    await self._update_run(run)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("Could not update a delivery progress message")

    async def _progress_target(self, run: Run) -> tuple[int, str] | None:
        approver = await self.repo.latest_approver(run.alert_id)
        target = await self.services.moderators.progress(approver)
        if target is None:
            return None
        return target.chat_id, self.services.i18n.translator(target.language).lang

    def progress_text(self, tr: Translator, run: Run, progress: Progress, elapsed: float) -> str:
        titles = {
            DeliveryKind.ALERT: tr._("Delivering alert #{id}", id=run.alert_id),
            DeliveryKind.CORRECTION: tr._(
                "Delivering the correction of alert #{id}", id=run.alert_id
            ),
            DeliveryKind.RETRACTION: tr._(
                "Delivering the withdrawal of alert #{id}", id=run.alert_id
            ),
        }
        icon = "✅" if progress.done else "📬"
        lines = [
            f"{icon} <b>{esc(titles[run.kind])}</b>",
            esc(
                tr._(
                    "Sent: {sent} · Failed: {failed} · Left: {left}",
                    sent=tr.number(progress.sent),
                    failed=tr.number(progress.failed),
                    left=tr.number(progress.left),
                )
            ),
        ]
        if progress.done:
            lines.append(esc(tr._("Finished in {duration}.", duration=_duration(tr, elapsed))))
        else:
            eta = progress.eta_seconds or 0.0
            lines.append(esc(tr._("About {duration} to go.", duration=_duration(tr, eta))))
            pause = self._paused_until - self.clock.monotonic()
            if pause > 0:
                lines.append(
                    esc(
                        tr._(
                            "Telegram asked us to wait; paused for {duration}.",
                            duration=_duration(tr, pause),
                        )
                    )
                )
        return "\n".join(lines)

    async def _update_run(self, run: Run) -> None:
        counts = await self.repo.counts(run.alert_id, run.kind, run.version)
        progress = progress_from_counts(counts)
        progress = Progress(
            progress.sent,
            progress.failed,
            progress.left,
            self._eta(progress.left),
            progress.cancelled,
        )
        key = (run.alert_id, run.kind, run.version)
        now = self.clock.time()
        if run.progress_message is None:
            if run.progress_tries < 3:
                target = await self._progress_target(run)
                if target is None:
                    await self.repo.set_progress_message(run, None, None, None)
                else:
                    chat_id, lang = target
                    text = self.progress_text(
                        self.services.i18n.translator(lang), run, progress, now - run.created_at
                    )
                    message_id = await self._post(chat_id, text)
                    sealed = self.services.keyring.seal_chat(chat_id, PROGRESS_PURPOSE)
                    await self.repo.set_progress_message(run, sealed, message_id, lang)
                    self._progress_texts[key] = text
        elif run.progress_chat is not None:
            tr = self.services.i18n.translator(run.progress_lang)
            text = self.progress_text(tr, run, progress, now - run.created_at)
            if self._progress_texts.get(key) != text:
                chat_id = self.services.keyring.open_chat(run.progress_chat, PROGRESS_PURPOSE)
                await self._edit(chat_id, run.progress_message, text)
                self._progress_texts[key] = text
        if progress.done:
            await self.repo.finish_run(run, now)
            self._progress_texts.pop(key, None)

    async def _post(self, chat_id: int, text: str) -> int | None:
        await self._wait_for_pause()
        await self._take()
        try:
            return await self.transport.send(chat_id, text, None, None, False)
        except RetryLater as exc:
            self.stats.retry_after += 1
            self._pause(exc.seconds)
        except Exception as exc:  # noqa: BLE001 - progress is best effort; delivery goes on
            log.warning("Could not post a delivery progress message (%s)", type(exc).__name__)
        return None

    async def _edit(self, chat_id: int, message_id: int | None, text: str) -> None:
        if message_id is None:
            return
        await self._wait_for_pause()
        await self._take()
        try:
            await self.transport.edit(chat_id, message_id, text)
        except RetryLater as exc:
            self.stats.retry_after += 1
            self._pause(exc.seconds)
        except Exception as exc:  # noqa: BLE001 - progress is best effort; delivery goes on
            log.warning("Could not update a delivery progress message (%s)", type(exc).__name__)


def _duration(tr: Translator, seconds: float) -> str:
    seconds = max(seconds, 1.0)
    return format_timedelta(timedelta(seconds=seconds), threshold=1.5, locale=tr.locale)
