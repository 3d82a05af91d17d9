"""``/healthz`` and ``/metrics`` for operators: off by default, on 127.0.0.1 when enabled.

``HRBOT_HEALTH_PORT`` turns it on (``HRBOT_HEALTH_LISTEN`` changes the address; keep it on
loopback or a private network: the counts are not secret, but nobody outside needs them).

``/healthz`` answers 200 with ``{"status": "ok", ...}`` when
- the event loop answers (this handler runs on it, and a zero sleep comes back quickly),
- the database is writable (a one-row write to ``meta`` in a transaction),
- Telegram gave the bot updates recently: the last getUpdates answer is younger than
  ``MAX_SILENCE_S`` in polling mode (long polls return at least every 30 s even when nobody
  writes). In webhook mode a quiet hour is normal, so the age is reported but not judged;
and 503 with the failing checks otherwise. ``/metrics`` is Prometheus' text format
(``bot.metrics``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from datetime import UTC, datetime

from aiohttp import web

from bot import metrics
from bot.storage.db import Database

log = logging.getLogger(__name__)

MAX_SILENCE_S = 120.0
MAX_LOOP_LAG_S = 1.0
DB_TIMEOUT_S = 3.0


class HealthServer:
    """A tiny aiohttp server beside the bot, on the bot's own event loop."""

    def __init__(self, db: Database, host: str, port: int, webhook: bool) -> None:
        self.db = db
        self.host = host
        self.port = port
        self.webhook = webhook
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        await asyncio.to_thread(metrics.prepare)  # prometheus_client, off the event loop
        app = web.Application()
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/metrics", self.metrics)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        if self.port == 0 and self._runner.addresses:  # a free port was chosen: which one
            self.port = int(self._runner.addresses[0][1])
        log.info("Health and metrics on http://%s:%d/healthz and /metrics", self.host, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def check(self) -> tuple[bool, dict[str, object]]:
        checks: dict[str, object] = {}
        ok = True
        started = time.perf_counter()
        await asyncio.sleep(0)
        lag = time.perf_counter() - started
        checks["event_loop"] = {"ok": lag < MAX_LOOP_LAG_S, "lag_s": round(lag, 4)}
        ok &= lag < MAX_LOOP_LAG_S
        try:
            stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H")  # the hour: no finer
            await asyncio.wait_for(self.db.set_meta("health_write", stamp), DB_TIMEOUT_S)
            checks["database"] = {"ok": True}
        except Exception as exc:  # noqa: BLE001 - any failure means "not writable"
            checks["database"] = {"ok": False, "error": type(exc).__name__}
            ok = False
        age = metrics.HEARTBEAT.age()
        fresh = self.webhook or age < MAX_SILENCE_S
        checks["updates"] = {
            "ok": fresh,
            "last_update_age_s": round(age, 1),
            "mode": "webhook" if self.webhook else "polling",
        }
        ok &= fresh
        return ok, checks

    async def healthz(self, request: web.Request) -> web.Response:
        ok, checks = await self.check()
        body = {"status": "ok" if ok else "fail", "checks": checks}
        return web.Response(
            status=200 if ok else 503, text=json.dumps(body), content_type="application/json"
        )

    async def metrics(self, request: web.Request) -> web.Response:
        try:
            await asyncio.wait_for(
                metrics.refresh_from_database(self.db, self.db.path), DB_TIMEOUT_S
            )
        except Exception as exc:  # noqa: BLE001 - still serve the in-memory counters
            log.warning("Metrics: could not read counts from the database (%s)", type(exc).__name__)
        return web.Response(
            body=metrics.exposition(),
            headers={"Content-Type": "text/plain; version=0.0.4; charset=utf-8"},
        )
