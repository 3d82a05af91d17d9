"""The composition root: builds the Application and registers every handler in one visible order.

Order matters in python-telegram-bot: within a group the first matching handler wins. So:
group -100 resolves the person (and slows floods); then each feature in ``FEATURES`` order
(commands and guided conversations before free-text handlers); then the signed-button router;
then the fallbacks that answer whatever nobody else took.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from types import ModuleType
from typing import Any

from telegram import BotCommand, BotCommandScopeDefault, Update
from telegram.error import RetryAfter, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    ContextTypes,
    TypeHandler,
)

from bot import metrics
from bot.config import Settings
from bot.container import Services
from bot.handlers import (
    alerts,
    ask,
    combo,
    errors,
    fallback,
    language,
    library_questions,
    overdose,
    peers,
    privacy,
    prompts,
    report,
    review,
    start,
    topics,
    urgent,
)
from bot.handlers import services as find_services
from bot.handlers.base import (
    BotData,
    BotRegistry,
    FloodGate,
    HRContext,
    PerChatUpdateProcessor,
    identify,
)
from bot.telegram_http import AiohttpRequest, retry_seconds

log = logging.getLogger(__name__)

# Each module here registers handlers: ``register(app, registry)``; order is handler priority.
# The domain objects they use are built before, in one place: ``bot.compose.compose_features``.
# The library's free-text handler (library_questions) takes any private text that is not a
# command, so it stays LAST among the feature modules: guided conversations come before it.
# ``urgent`` (emergencies and crises, group -50) and ``prompts`` (a person's answer to what they
# were asked, group -10) run in their own groups before every feature, whatever the order here.
FEATURES: list[ModuleType] = [
    urgent,
    prompts,
    overdose,
    start,
    language,
    privacy,
    report,
    alerts,
    peers,
    review,
    find_services,
    topics,
    combo,
    ask,
    library_questions,
]

MAX_RETRIES_AFTER_429 = 3
FIRST_POLL_WAIT_S = 2.0


async def first_poll_sent(app: Application) -> None:
    """Wait (at most ``FIRST_POLL_WAIT_S``) until the first getUpdates has been written to the socket:
    whatever would compete with it for the interpreter (a full garbage collection, the loads
    that wait for ``Services.polling``) starts only then (issue 14, a light start)."""
    event = app.bot_data.first_poll
    if event is not None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), FIRST_POLL_WAIT_S)


# Updates handled at once (in order within each chat). More slots mostly add waiting in the
# HTTP client's pool; bench/updates_bench.py measures it.
CONCURRENT_UPDATES = 32


class RetryAfterLimiter(BaseRateLimiter[None]):
    """Honour Telegram's 429 ``retry_after`` for ordinary replies by waiting and retrying.

    Bulk delivery (alerts) has its own paced sender; this only keeps a burst of replies to one
    person from failing.
    """

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(self, callback, args, kwargs, endpoint, data, rate_limit_args):
        for attempt in range(MAX_RETRIES_AFTER_429 + 1):
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == MAX_RETRIES_AFTER_429:
                    raise
                await asyncio.sleep(retry_seconds(exc) + 0.05)
        raise AssertionError("unreachable")


async def count_update(update: Update, context: object) -> None:
    """Count every update by its type for /metrics (the type only: never ids or texts)."""
    for kind in Update.ALL_TYPES:
        if getattr(update, kind, None) is not None:
            metrics.count_update(kind)
            return
    metrics.count_update("other")


def build_application(settings: Settings, services: Services, token: str) -> Application:
    """The Application with every handler registered; not yet initialized."""
    first_poll = asyncio.Event()  # the first getUpdates is on its way (bot.runner waits for it)
    requests = AiohttpRequest(pool_size=CONCURRENT_UPDATES + 4, budget=services.send_budget)
    # Long polling on the same transport: httpx's default client costs ~0.1 s of CPU to build (a
    # TLS context) and more per request than aiohttp. The read timeout is python-telegram-bot's
    # own for getUpdates (5 s, plus the poll's timeout): the last getUpdates at shutdown waits at
    # most that long for an answer, well inside the 10 s a container gets to stop.
    polls = AiohttpRequest(pool_size=1, read_timeout=5.0, sent=first_poll)
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.core.api_url)
        .base_file_url(settings.core.api_file_url)
        .context_types(ContextTypes(context=HRContext, bot_data=BotData))
        .concurrent_updates(PerChatUpdateProcessor(CONCURRENT_UPDATES))
        .request(requests)
        .get_updates_request(polls)
        .rate_limiter(RetryAfterLimiter())
        .build()
    )
    registry = BotRegistry()
    app.bot_data.services = services
    app.bot_data.registry = registry
    app.bot_data.floodgate = FloodGate(settings.flood.rate, settings.flood.burst)
    app.bot_data.first_poll = first_poll
    app.bot_data.transports = (requests, polls)
    app.add_handler(TypeHandler(Update, count_update), group=-1000)
    app.add_handler(TypeHandler(Update, identify), group=-100)
    for feature in FEATURES:
        feature.register(app, registry)
    app.add_handler(CallbackQueryHandler(registry.router))
    fallback.register(app, registry)
    app.add_error_handler(errors.on_error)
    return app


async def publish_commands(app: Application) -> None:
    """Register the command list per language (setMyCommands with language_code)."""
    services: Services = app.bot_data.services
    registry: BotRegistry = app.bot_data.registry
    listed = [c for c in registry.commands if c.listed]
    for lang in [None, *services.i18n.languages]:
        tr = services.i18n.translator(lang)
        commands = [BotCommand(c.name, tr._(c.description)[:256]) for c in listed]
        try:
            await app.bot.set_my_commands(
                commands, scope=BotCommandScopeDefault(), language_code=lang
            )
        except TelegramError as exc:
            log.warning(
                "Could not register the command list for %s (%s)",
                lang or "default",
                type(exc).__name__,
            )


async def _purge_loop(app: Application, stop: asyncio.Event) -> None:
    services: Services = app.bot_data.services
    while not stop.is_set():
        await services.retention.run()
        # Rows other features inserted meanwhile (with no language or role) join the cache.
        await services.people.preload()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), services.settings.core.purge_interval_s)


def _import_and_warm_up(stop: threading.Event) -> float:
    # Imported here, in the worker thread, once the bot polls: not at start (issue 14).
    from bot.library import triage  # noqa: F401 - the rules' modules, for the first message
    from bot.library.emergency_text import warm_up

    return warm_up(stop)


async def _warm_up_patterns(stop: threading.Event | None = None) -> None:
    """Compile the patterns in a worker thread; ``stop`` (the bot is stopping) ends it early."""
    stop = stop or threading.Event()
    try:
        seconds = await asyncio.to_thread(_import_and_warm_up, stop)
    except Exception:
        log.exception("Compiling the emergency patterns ahead of time failed")
    else:
        if stop.is_set():
            log.info("Compiling the patterns ahead of time stopped after %.2fs: stopping", seconds)
        else:
            log.info("Emergency and crisis patterns compiled in %.2fs", seconds)


async def start_background(app: Application) -> None:
    """After the Application started: publish commands, start the alert sender and the purge job.

    The sender starts only now, so that nothing is delivered (and no 429 taken) while the
    application is still starting. The loads that waited for the first getUpdates start now
    (``Services.polling``), and the emergency and crisis patterns compile in a worker thread
    (recognition is exact before that too: a message compiles what it needs).
    """
    services: Services = app.bot_data.services
    services.polling.set()
    warm_stop = app.bot_data["warm_up_stop"] = threading.Event()
    app.bot_data["warm_up_task"] = asyncio.create_task(
        _warm_up_patterns(warm_stop), name="patterns"
    )
    await publish_commands(app)
    alerts = services.features.alerts
    sender = getattr(alerts, "sender", None)
    if sender is not None:
        await sender.start()
    stop = asyncio.Event()
    app.bot_data["purge_stop"] = stop
    app.bot_data["purge_task"] = asyncio.create_task(_purge_loop(app, stop), name="retention-purge")


async def stop_background(app: Application) -> None:
    """Before the Application stops: let the purge job finish its current run, then end it.

    Cancelling it mid-query would leave a statement running in the database thread.
    """
    warm_stop: threading.Event | None = app.bot_data.pop("warm_up_stop", None)
    if warm_stop is not None:
        warm_stop.set()  # the compiling ahead ends after its current union
    warm: Any = app.bot_data.pop("warm_up_task", None)
    if warm is not None:
        await asyncio.wait([warm], timeout=10)  # a worker thread: it cannot be cancelled
    stop: asyncio.Event | None = app.bot_data.pop("purge_stop", None)
    task: Any = app.bot_data.pop("purge_task", None)
    if stop is None or task is None:
        return
    stop.set()
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=10)
    except TimeoutError:
        log.warning("The retention purge did not finish in time; it will run again at next start")
        task.cancel()
    except Exception:
        log.exception("The retention purge failed while stopping")
