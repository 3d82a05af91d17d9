"""python-telegram-bot's HTTP layer on aiohttp, shared by the bot and the alert sender.

PTB's default transport (httpx) spends milliseconds per request once many requests are in
flight: httpcore scans every pooled connection on each request. Measured against the fake
Bot API server, aiohttp carries the same requests many times faster (bench/updates_bench.py,
bench/alerts_bench.py). Answers, errors and parsing stay python-telegram-bot's; only the
transport differs. Errors never carry the URL (it contains the token).
"""

from __future__ import annotations

import asyncio
import warnings
from datetime import timedelta
from typing import Any

import aiohttp
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.request import BaseRequest, RequestData
from telegram.warnings import PTBUserWarning

from bot.metrics import count_request
from bot.telegram_budget import SEND_METHODS, SendBudget


def retry_seconds(exc: RetryAfter) -> float:
    """Seconds Telegram asked us to wait: a ``timedelta`` (the form the bot opts in to, see
    ``bot/__init__.py``) or, with PTB_TIMEDELTA=false, python-telegram-bot 22's integer."""
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


RAW_CALL_ADVICE = r"Please use 'Bot\.\w+' instead of 'Bot\.do_api_request"


def silence_raw_call_advice() -> None:
    """``Bot.do_api_request`` (public) advises, by a warning on every call, to use
    ``Bot.send_message`` instead; the alert sender (``BulkBot``) and the handlers' replies
    (``bot.handlers.base.reply``) call it on purpose, to leave answers nobody reads unparsed,
    so that one advice is silenced (pyproject's pytest settings do the same for the tests)."""
    warnings.filterwarnings("ignore", message=RAW_CALL_ADVICE, category=PTBUserWarning)


silence_raw_call_advice()


class AiohttpRequest(BaseRequest):
    """python-telegram-bot's HTTP layer on aiohttp, for bulk sending.

    PTB's default (httpx) spends tens of milliseconds per request once many requests are in
    flight (measured against the fake server: ~85 messages/s with 16 in flight, against
    ~2,900/s for aiohttp), which would cap paid broadcasts far below 1,000 messages a second.
    Answers, errors and parsing stay python-telegram-bot's; only the transport differs.
    """

    def __init__(
        self,
        pool_size: int = 16,
        read_timeout: float = 15.0,
        write_timeout: float = 15.0,
        connect_timeout: float = 10.0,
        pool_timeout: float = 30.0,
        budget: SendBudget | None = None,
        sent: asyncio.Event | None = None,
    ) -> None:
        # Messages sent through this transport are counted in the bot's sending budget
        # (bot/telegram_budget.py); the alert sender's transport has none: it waits for its
        # slots itself before each send.
        self.budget = budget
        # Set once the first request's bytes are written (the getUpdates transport: the loads
        # that may wait do not start before the bot's first poll is on its way).
        self.sent = sent
        self._pool_size = pool_size
        self._timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._timeouts[0]

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            # aiohttp sets TCP_NODELAY on its connections (no Nagle delay per request).
            connector = aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300)
            traces = []
            if self.sent is not None:
                sent = self.sent

                async def mark(*_args: Any) -> None:
                    sent.set()

                trace = aiohttp.TraceConfig()
                trace.on_request_chunk_sent.append(mark)
                trace.on_request_headers_sent.append(mark)
                traces.append(trace)
            self._session = aiohttp.ClientSession(connector=connector, trace_configs=traces)

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,  # float | None, or DEFAULT_NONE: not given
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        await self.initialize()
        assert self._session is not None
        if self.budget is not None:
            name = url.rpartition("/")[2]
            if name in SEND_METHODS:
                self.budget.note()
        default_read, default_write, default_connect, default_pool = self._timeouts
        # "Use ``if parameter is (not) BaseRequest.DEFAULT_NONE:`` to check if the parameter was
        # set" (python-telegram-bot's BaseRequest documentation).
        read = default_read if read_timeout is BaseRequest.DEFAULT_NONE else read_timeout
        write = default_write if write_timeout is BaseRequest.DEFAULT_NONE else write_timeout
        connect = (
            default_connect if connect_timeout is BaseRequest.DEFAULT_NONE else connect_timeout
        )
        pool = default_pool if pool_timeout is BaseRequest.DEFAULT_NONE else pool_timeout
        limits = [t for t in (read, write, connect, pool) if t is not None]
        timeout = aiohttp.ClientTimeout(
            total=sum(limits) if len(limits) == 4 else None,
            sock_connect=connect,
            sock_read=read,
        )
        body: Any = None
        headers = {"User-Agent": self.USER_AGENT}
        if request_data is not None:
            files = request_data.multipart_data
            if files:
                form = aiohttp.FormData()
                for name, value in request_data.json_parameters.items():
                    form.add_field(name, value)
                for name, part in files.items():
                    filename, content, *rest = part if isinstance(part, tuple) else (name, part)
                    form.add_field(
                        name,
                        content,
                        filename=filename,
                        content_type=rest[0] if rest else "application/octet-stream",
                    )
                body = form
            else:
                # A JSON body (the Bot API accepts it): url-encoding a long card is slower.
                body = request_data.json_payload
                headers = {**headers, "Content-Type": "application/json"}
        try:
            async with self._session.request(
                method, url, data=body, timeout=timeout, headers=headers
            ) as response:
                payload = await response.read()
                count_request(url.rpartition("/")[2], response.status)
                return response.status, payload
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}") from exc
