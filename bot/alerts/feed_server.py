"""Serve the alert feeds (``bot.alerts.feeds``) over HTTP from ``hrbot run``.

Off by default; ``HRBOT_FEEDS_PORT`` turns it on, on ``HRBOT_FEEDS_LISTEN`` (127.0.0.1: put
a reverse proxy in front to publish it). Paths are those of ``hrbot alerts export``:
``/<region>/<lang>/atom.xml``, ``/<region>/<lang>/cap.xml``, ``/alerts/<id>/<lang>.cap.xml``.
Files are built per request from the database (alerts are few) and cached for a minute.
"""

from __future__ import annotations

import logging
import time

from aiohttp import web

from bot.alerts.feeds import FeedPublisher

log = logging.getLogger(__name__)
CACHE_SECONDS = 60.0
TYPES = {"atom.xml": "application/atom+xml", "cap.xml": "application/atom+xml"}


class FeedServer:
    def __init__(self, publisher: FeedPublisher, host: str, port: int) -> None:
        self.publisher = publisher
        self.host = host
        self.port = port
        self._runner: web.AppRunner | None = None
        self._cache: dict[str, tuple[float, str | None]] = {}

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/{path:.+}", self.serve)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.port).start()
        if self.port == 0 and self._runner.addresses:
            self.port = int(self._runner.addresses[0][1])
        log.info("Alert feeds on http://%s:%d/", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def serve(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        now = time.monotonic()
        cached = self._cache.get(path)
        if cached is not None and now - cached[0] < CACHE_SECONDS:
            body = cached[1]
        else:
            body = await self.publisher.one(path)
            if len(self._cache) > 2000:
                self._cache.clear()
            self._cache[path] = (now, body)
        if body is None:
            return web.Response(status=404, text="No such feed.\n")
        kind = path.rsplit("/", 1)[-1]
        content_type = TYPES.get(kind, "application/cap+xml")
        return web.Response(
            body=body.encode("utf-8"),
            headers={
                "Content-Type": f"{content_type}; charset=utf-8",
                "Cache-Control": f"public, max-age={int(CACHE_SECONDS)}",
            },
        )
