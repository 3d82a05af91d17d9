"""Counts for operators, in Prometheus' text format: never an id, a text or a place.

Every metric here is a count or a size. Labels are limited to fixed vocabularies: update
types, Bot API method names, languages the bot speaks, outcomes and delivery states. A
person's id, a message text, a region finer than a country or a token never becomes a label.

The counters live in one registry for the process (``REGISTRY``). Values that already sit in
the database (tickets, alert deliveries, the file's size) are read when ``/metrics`` is
scraped (``refresh_from_database``), so they survive restarts and cost nothing per update.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest

from bot.storage.library import TicketStatus
from bot.storage.outbox import DeliveryState

REGISTRY = CollectorRegistry(auto_describe=True)

UPDATES = Counter(
    "hrbot_updates", "Updates received from Telegram, by type.", ["type"], registry=REGISTRY
)
BOT_API_CALLS = Counter(
    "hrbot_bot_api_requests",
    "Requests the bot made to the Bot API that send or change a message, by method.",
    ["method"],
    registry=REGISTRY,
)
RATE_LIMITED = Counter(
    "hrbot_telegram_429", "Bot API answers 429 (Too Many Requests).", registry=REGISTRY
)
SEARCHES = Counter(
    "hrbot_searches",
    "Free-text questions answered from the library or left unanswered, by language.",
    ["language", "outcome"],
    registry=REGISTRY,
)
EMERGENCY_CARDS = Counter(
    "hrbot_emergency_cards", "Overdose emergency cards sent.", registry=REGISTRY
)
CRISIS_REPLIES = Counter("hrbot_crisis_replies", "Crisis replies sent.", registry=REGISTRY)
TICKETS = Gauge(
    "hrbot_tickets",
    "Anonymous questions to peers kept now, by status (open, claimed, closed).",
    ["status"],
    registry=REGISTRY,
)
ALERT_DELIVERIES = Gauge(
    "hrbot_alert_deliveries",
    "Alert messages in the delivery queue, by state (pending, sending, sent, failed, ...).",
    ["state"],
    registry=REGISTRY,
)
DATABASE_BYTES = Gauge(
    "hrbot_database_bytes", "Size of the database file and its WAL.", registry=REGISTRY
)
LAST_UPDATE_AGE = Gauge(
    "hrbot_last_update_age_seconds",
    "Seconds since the last getUpdates answer or webhook update.",
    registry=REGISTRY,
)

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
        RATE_LIMITED.inc()
    if method == "getUpdates":
        if status == 200:
            HEARTBEAT.beat()
    elif method in REPLY_METHODS:
        BOT_API_CALLS.labels(method).inc()


def count_update(kind: str) -> None:
    UPDATES.labels(kind).inc()
    HEARTBEAT.beat()


def count_search(language: str, answered: bool) -> None:
    SEARCHES.labels(language, "answered" if answered else "unanswered").inc()


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
    for status in TICKET_STATES:
        TICKETS.labels(status).set(tickets.get(status, 0))
    deliveries = {
        row[0]: row[1]
        for row in await fetchall("SELECT state, count(*) FROM outbox GROUP BY state")
    }
    for state in DELIVERY_STATES:
        ALERT_DELIVERIES.labels(state).set(deliveries.get(state, 0))
    DATABASE_BYTES.set(database_bytes(path))
    LAST_UPDATE_AGE.set(round(HEARTBEAT.age(), 3))


def exposition() -> bytes:
    return generate_latest(REGISTRY)
