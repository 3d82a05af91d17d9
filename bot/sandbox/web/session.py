"""Start and stop the browser sandbox: fake Telegram, the real bot, the personas, the web app."""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from bot.config import ConfigError, Settings
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from bot.sandbox.terminal import (
    MODERATOR_ID,
    PEER_ID,
    PERSON_ID,
    SANDBOX_TOKEN,
    sandbox_settings,
)
from bot.sandbox.web.server import Persona, WebSandbox

log = logging.getLogger(__name__)

PEER_PSEUDONYM = "sandbox-peer"
MODERATOR_PSEUDONYM = "sandbox-moderator"
# A second moderator, so that an urgent warning (two approvals) can be finished in the page.
MODERATOR2_ID = 1004
MODERATOR2_PSEUDONYM = "sandbox-moderator-2"
# Telegram's flood limits, on in the sandbox so broadcasts pace like the real thing.
GLOBAL_RATE = 30.0
PER_CHAT_RATE = 1.0
DEFAULT_PORT = 8080


@asynccontextmanager
async def web_sandbox(
    settings: Settings,
    data_dir: Path | None = None,
    *,
    language: str = "en",
    host: str = "127.0.0.1",
    port: int = 0,
    rate_limits: bool = True,
) -> AsyncIterator[WebSandbox]:
    """The fake server, the bot (same ``running_bot`` path as production) and the web app.

    Data lives in a throwaway folder unless ``data_dir`` is given.
    """
    with tempfile.TemporaryDirectory(prefix="hrbot-sandbox-") as tmp:
        folder = Path(data_dir) if data_dir else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        api = FakeBotAPI(
            token=SANDBOX_TOKEN,
            rate_limits=rate_limits,
            global_rate=GLOBAL_RATE,
            per_chat_rate=PER_CHAT_RATE,
        )
        await api.start()
        try:
            person = api.add_user(user_id=PERSON_ID, first_name="Alex", language_code=language)
            peer = api.add_user(user_id=PEER_ID, first_name="Sam (peer)", language_code=language)
            moderator = api.add_user(
                user_id=MODERATOR_ID, first_name="Kim (moderator)", language_code=language
            )
            moderator2 = api.add_user(
                user_id=MODERATOR2_ID, first_name="Jo (moderator)", language_code=language
            )
            moderators_chat = api.add_group("Moderators", [moderator, moderator2])
            peers_chat = api.add_group("Peers", [peer, moderator])
            base = sandbox_settings(settings, folder, api.base_url, keep=data_dir is not None)
            local = replace(
                base,
                core=replace(base.core, moderator_chat=moderators_chat.id),
                peers=replace(base.peers, chat=peers_chat.id),
            )
            async with running_bot(local, SANDBOX_TOKEN) as app:
                services = app.bot_data.services
                people = services.people
                await people.grant(await people.resolve(PEER_ID), "peer", PEER_PSEUDONYM, "sandbox")
                await people.grant(
                    await people.resolve(MODERATOR_ID), "moderator", MODERATOR_PSEUDONYM, "sandbox"
                )
                await people.grant(
                    await people.resolve(MODERATOR2_ID),
                    "moderator",
                    MODERATOR2_PSEUDONYM,
                    "sandbox",
                )
                personas = [
                    Persona(
                        "person",
                        "Person",
                        person,
                        person.chat,
                        "person",
                        "Send /start, ask anything in your own words, or share a location.",
                    ),
                    Persona(
                        "peer",
                        "Verified peer",
                        peer,
                        peer.chat,
                        "peer",
                        "A verified peer: /report a bad batch; claimed questions come here.",
                    ),
                    Persona(
                        "moderator",
                        "Moderator",
                        moderator,
                        moderator.chat,
                        "moderator",
                        "A moderator: /moderate, /invite, /peers, /reload.",
                    ),
                    Persona(
                        "moderators",
                        "Moderators' chat",
                        moderator,
                        moderators_chat,
                        "moderator",
                        "Reports from peers arrive here for review.",
                    ),
                    Persona(
                        "moderator2",
                        "Second moderator",
                        moderator2,
                        moderators_chat,
                        "moderator",
                        "A second moderator in the moderators' chat: urgent warnings and their "
                        "withdrawal need two.",
                    ),
                    Persona(
                        "peers",
                        "Peers' chat",
                        peer,
                        peers_chat,
                        "peer",
                        "Anonymous questions from people arrive here for peers to claim.",
                    ),
                ]
                sandbox = WebSandbox(
                    api,
                    services,
                    personas,
                    local.core.content_dir,
                    folder,
                    keep_data=data_dir is not None,
                )
                sandbox.bot_app = app
                await sandbox.start(host, port)
                try:
                    yield sandbox
                finally:
                    await sandbox.stop()
        finally:
            await api.stop()


def check_port(host: str, port: int) -> None:
    """Fail early, in one line, when the page cannot listen there (before starting the bot)."""
    if not 0 <= port <= 65535:
        raise ConfigError(f"--port must be between 0 and 65535 (got {port}).")
    if port == 0:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise ConfigError(
            f"Cannot listen on {host}:{port}: unknown host; try --host 127.0.0.1."
        ) from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise ConfigError(
                f"Cannot listen on {host}:{port} ({exc.strerror or exc}); choose another port "
                "with --port, or --port 0 for any free one."
            ) from None


async def run_web_sandbox(
    settings: Settings,
    data_dir: Path | None = None,
    language: str = "en",
    host: str = "127.0.0.1",
    port: int | None = None,
    out: TextIO | None = None,
) -> int:
    """``hrbot sandbox --web``: serve until Ctrl-C or SIGTERM; returns the exit code (0).

    Without ``port`` the page uses 8080, or any free port when 8080 is taken (``make run``
    cannot pass options); a port that was asked for is an error when taken.
    """
    out = out or sys.stdout
    if port is None:
        try:
            check_port(host, DEFAULT_PORT)
            port = DEFAULT_PORT
        except ConfigError:
            out.write(f"Port {DEFAULT_PORT} is taken; using a free one.\n")
            port = 0
    check_port(host, port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    handled = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
            handled.append(sig)
    try:
        async with web_sandbox(settings, data_dir, language=language, host=host, port=port) as box:
            where = f"{box.data_dir}" if data_dir else f"{box.data_dir} (deleted on exit)"
            out.write(
                "harm-reduction-bot sandbox: the real bot, a fake Telegram on 127.0.0.1, no token.\n"
                f"Data folder: {where}\n"
                f"Sandbox: open {box.url}\n"
                f"Content preview for moderators: {box.url}preview\n"
                "Press Ctrl-C to stop.\n"
            )
            if host not in ("127.0.0.1", "localhost", "::1"):
                out.write(
                    f"Warning: listening on {host}, not only on this computer. The page has no "
                    "password: anyone who can reach it can act as every sandbox persona.\n"
                )
            out.flush()
            await stop.wait()
            out.write("Stopping the sandbox...\n")
            out.flush()
    finally:
        for sig in handled:
            loop.remove_signal_handler(sig)
    out.write("Bye.\n")
    out.flush()
    return 0
