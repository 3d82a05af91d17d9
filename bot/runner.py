"""Running the bot: start everything, serve until a stop signal, stop cleanly.

Shared by ``hrbot run`` (real Telegram or any Bot API server) and the sandboxes (the fake
server), so both exercise exactly the same start-up and shutdown path.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram import Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application

from bot import heap
from bot.app import build_application, first_poll_sent, start_background, stop_background
from bot.compose import compose_features
from bot.config import ConfigError, Settings
from bot.container import Services

log = logging.getLogger(__name__)


def webhook_secret(settings: Settings) -> str:
    """Telegram's secret_token header value: configured, or derived from the secret key."""
    if settings.core.webhook_secret:
        return settings.core.webhook_secret
    assert settings.core.secret_key
    return hashlib.sha256(b"webhook|" + settings.core.secret_key.encode()).hexdigest()


@asynccontextmanager
async def running_bot(
    settings: Settings, token: str, webhook: bool = False
) -> AsyncIterator[Application]:
    """Start the bot (polling or webhook) and stop it cleanly when the block exits."""
    services = await Services.create(settings)
    try:
        await compose_features(services)
        app = build_application(settings, services, token)
        try:
            try:
                await app.initialize()
            except BaseException:
                # python-telegram-bot closes its transports in shutdown(), which does nothing for
                # an Application whose initialize() failed (getMe refused or unreachable): close
                # them here, or aiohttp reports an unclosed session and connector on the way out.
                for transport in app.bot_data.transports:
                    await transport.shutdown()
                raise
        except InvalidToken:
            raise ConfigError(
                "Telegram rejected TELEGRAM_BOT_TOKEN (Unauthorized): check the token with @BotFather."
            ) from None
        except NetworkError as exc:
            raise ConfigError(
                f"Cannot reach the Bot API at {settings.core.api_url} ({type(exc).__name__}); "
                "check TELEGRAM_API_URL and the network."
            ) from None
        try:
            await app.start()
            if webhook:
                if not settings.core.webhook_url:
                    raise ConfigError(
                        "Webhook mode needs HRBOT_WEBHOOK_URL, the public https URL Telegram should call."
                    )
                url = settings.core.webhook_url.rstrip("/")
                path = url.split("://", 1)[-1].partition("/")[2]
                await app.updater.start_webhook(  # type: ignore[union-attr]
                    listen=settings.core.webhook_listen,
                    port=settings.core.webhook_port,
                    url_path=path,
                    webhook_url=url,
                    secret_token=webhook_secret(settings),
                    allowed_updates=Update.ALL_TYPES,
                )
            else:
                await app.updater.start_polling(  # type: ignore[union-attr]
                    poll_interval=0.0, timeout=30, allowed_updates=Update.ALL_TYPES
                )
            log.info(
                "The bot is running as @%s (%s)",
                app.bot.username,
                "webhook" if webhook else "long polling",
            )
            # After the first getUpdates is under way: the heap settles (tens of ms), and the
            # command lists, the alert sender and the purge job start, without delaying it.
            if not webhook:
                await first_poll_sent(app)
            heap.settle("start")
            heap.resume_after_start()  # the collector paused by ``hrbot run`` (bot.cli)
            heap.collect_for_updates()
            await start_background(app)
            if settings.core.health_port is not None:
                # aiohttp's server side (~30 ms to import): only when asked for
                from bot.health import HealthServer

                health = HealthServer(
                    services.db, settings.core.health_listen, settings.core.health_port, webhook
                )
                await health.start()
                app.bot_data["health"] = health
            if settings.core.feeds_port is not None:
                app.bot_data["feeds"] = await _start_feeds(settings, services)
            yield app
        finally:
            for server in ("feeds", "health"):
                if server in app.bot_data:
                    await app.bot_data.pop(server).stop()
            if app.updater and app.updater.running:
                await app.updater.stop()
            await stop_background(app)
            if app.running:
                await app.stop()
            await app.shutdown()
    finally:
        await services.close()


async def _start_feeds(settings: Settings, services: Services) -> object:
    """The alert feeds' HTTP server (HRBOT_FEEDS_PORT), on the bot's event loop."""
    from bot.alerts.feed_server import FeedServer
    from bot.alerts.feeds import FeedConfig, FeedPublisher

    alerts = services.features.alerts
    regions = alerts.regions_or_none() if alerts is not None else None
    config = FeedConfig(sender=settings.core.feeds_sender, base_url=settings.core.feeds_url)
    server = FeedServer(
        FeedPublisher(services.db, services.i18n, regions, config),
        settings.core.feeds_listen,
        settings.core.feeds_port or 0,
    )
    await server.start()
    return server


async def serve_until_signalled(settings: Settings, token: str, webhook: bool = False) -> None:
    """``hrbot run``: serve until SIGTERM or SIGINT, then stop within a few seconds."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with running_bot(settings, token, webhook):
        await stop.wait()
        log.info("Stop signal received; finishing in-flight work")
