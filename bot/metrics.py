"""Counts for operators, in Prometheus' text format: never an id, a text or a place.

Every metric here is a count or a size. Labels are limited to fixed vocabularies: update
types, Bot API method names, languages the bot speaks, outcomes and delivery states. A
person's id, a message text, a region finer than a country or a token never becomes a label.

The counters live in one registry for the process (``REGISTRY``). Values that already sit in
the database (tickets, alert deliveries, the file's size) are read when ``/metrics`` is
scraped (``refresh_from_database``), so they survive restarts and cost nothing per update.

Counting is a plain dictionary increment (``count_*``); ``prometheus_client`` is imported and
the registry built only when someone scrapes ``/metrics`` (or reads one of the metric objects
below), and the counts made since the last scrape are added then. The bot's start does not
wait for prometheus_client (about 30 ms: issue 14, a light start), and a bot that is never
scraped never imports it.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bot.storage.library import TicketStatus
from bot.storage.outbox import DeliveryState

# (metric, label values) -> count so far, and what the registry has been given of it.
_COUNTS: defaultdict[tuple[str, tuple[str, ...]], int] = defaultdict(int)
_EXPORTED: dict[tuple[str, tuple[str, ...]], int] = {}
_METRICS = (
    "REGISTRY",
    "UPDATES",
    "BOT_API_CALLS",
    "RATE_LIMITED",
    "SEARCHES",
    "EMERGENCY_CARDS",
    "CRISIS_REPLIES",
    "TICKETS",
    "ALERT_DELIVERIES",
    "DATABASE_BYTES",
    "LAST_UPDATE_AGE",
)
_made: Any = None
_BUILD_LOCK = threading.Lock()


def _build() -> Any:
    """Import prometheus_client and make the registry and its metrics (once): a namespace
    with the names in ``_METRICS``."""
    global _made
    with _BUILD_LOCK:
        if _made is None:
            _made = _make()
        return _made


def _make() -> Any:
    from prometheus_client import CollectorRegistry, Counter, Gauge

    registry = CollectorRegistry(auto_describe=True)
    made: dict[str, Any] = {
        "REGISTRY": registry,
        "UPDATES": Counter(
            "hrbot_updates", "Updates received from Telegram, by type.", ["type"], registry=registry
        ),
        "BOT_API_CALLS": Counter(
            "hrbot_bot_api_requests",
            "Requests the bot made to the Bot API that send or change a message, by method.",
            ["method"],
            registry=registry,
        ),
        "RATE_LIMITED": Counter(
            "hrbot_telegram_429", "Bot API answers 429 (Too Many Requests).", registry=registry
        ),
        "SEARCHES": Counter(
            "hrbot_searches",
            "Free-text questions answered from the library or left unanswered, by language.",
            ["language", "outcome"],
            registry=registry,
        ),
        "EMERGENCY_CARDS": Counter(
            "hrbot_emergency_cards", "Overdose emergency cards sent.", registry=registry
        ),
        "CRISIS_REPLIES": Counter(
            "hrbot_crisis_replies", "Crisis replies sent.", registry=registry
        ),
        "TICKETS": Gauge(
            "hrbot_tickets",
            "Anonymous questions to peers kept now, by status (open, claimed, closed).",
            ["status"],
            registry=registry,
        ),
        "ALERT_DELIVERIES": Gauge(
            "hrbot_alert_deliveries",
            "Alert messages in the delivery queue, by state (pending, sending, sent, failed, ...).",
            ["state"],
            registry=registry,
        ),
        "DATABASE_BYTES": Gauge(
            "hrbot_database_bytes", "Size of the database file and its WAL.", registry=registry
        ),
        "LAST_UPDATE_AGE": Gauge(
            "hrbot_last_update_age_seconds",
            "Seconds since the last getUpdates answer or webhook update.",
            registry=registry,
        ),
    }
    return SimpleNamespace(**made)


def _sync() -> Any:
    """Give the registry's counters what was counted since the last time; the metrics."""
    made = _build()
    for key, value in list(_COUNTS.items()):
        delta = value - _EXPORTED.get(key, 0)
        if delta:
            name, labels = key
            metric = getattr(made, name)
            (metric.labels(*labels) if labels else metric).inc(delta)
            _EXPORTED[key] = value
    return made


def prepare() -> None:
    """Import prometheus_client and build the registry now (the health server does, in a
    worker thread, when it starts: its first scrape then waits for nothing)."""
    _build()


def __getattr__(name: str) -> Any:
    """The registry and metric objects, made on first use (``_build``)."""
    if name in _METRICS:
        return getattr(_sync(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Only these methods count as replies (they send or change what a person sees).
REPLY_METHODS = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendLocation",
        "sendVenue",
        "sendMediaGroup",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
        "deleteMessage",
        "answerCallbackQuery",
        "copyMessage",
        "forwardMessage",
    }
)
TICKET_STATES = tuple(TicketStatus)
DELIVERY_STATES = tuple(DeliveryState)


class Heartbeat:
    """When Telegram last gave the bot updates (a getUpdates answer or a webhook update)."""

    def __init__(self) -> None:
        self.last = time.monotonic()

    def beat(self) -> None:
        self.last = time.monotonic()

    def age(self) -> float:
        return time.monotonic() - self.last


HEARTBEAT = Heartbeat()


def count_request(method: str, status: int) -> None:
    """Called by the HTTP transport for every Bot API request (method name only)."""
    if status == 429:
        _COUNTS["RATE_LIMITED", ()] += 1
    if method == "getUpdates":
        if status == 200:
            HEARTBEAT.beat()
    elif method in REPLY_METHODS:
        _COUNTS["BOT_API_CALLS", (method,)] += 1


def count_update(kind: str) -> None:
    _COUNTS["UPDATES", (kind,)] += 1
    HEARTBEAT.beat()


def count_search(language: str, answered: bool) -> None:
    _COUNTS["SEARCHES", (language, "answered" if answered else "unanswered")] += 1


def database_bytes(path: Path) -> int:
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += Path(f"{path}{suffix}").stat().st_size
    return total


async def refresh_from_database(db: object, path: Path) -> None:
    """Read the counts that live in the database into the gauges (at scrape time)."""
    fetchall = db.fetchall  # type: ignore[attr-defined]
    tickets = {
        row[0]: row[1]
        for row in await fetchall("SELECT status, count(*) FROM library_tickets GROUP BY status")
    }
    made = _sync()  # after the reads: their time limit is for the database only
    for status in TICKET_STATES:
        made.TICKETS.labels(status).set(tickets.get(status, 0))
    deliveries = {
        row[0]: row[1]
        for row in await fetchall("SELECT state, count(*) FROM outbox GROUP BY state")
    }
    for state in DELIVERY_STATES:
        made.ALERT_DELIVERIES.labels(state).set(deliveries.get(state, 0))
    made.DATABASE_BYTES.set(database_bytes(path))
    made.LAST_UPDATE_AGE.set(round(HEARTBEAT.age(), 3))


def exposition() -> bytes:
    made = _sync()
    from prometheus_client import generate_latest

    return generate_latest(made.REGISTRY)
