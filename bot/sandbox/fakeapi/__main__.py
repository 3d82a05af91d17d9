"""``python -m bot.sandbox.fakeapi``: run the fake Bot API server until interrupted."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal

from bot.sandbox.fakeapi.server import SANDBOX_TOKEN, FakeBotAPI


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot.sandbox.fakeapi", description="Run a fake Telegram Bot API server."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (keep loopback)")
    parser.add_argument("--port", type=int, default=8081, help="0 picks a free port")
    parser.add_argument("--token", default=SANDBOX_TOKEN, help="the one bot token accepted")
    parser.add_argument("--bot-username", default="hrbot_sandbox_bot")
    parser.add_argument("--global-rate", type=float, default=30.0, help="messages/s overall")
    parser.add_argument("--per-chat-rate", type=float, default=1.0, help="messages/s per chat")
    parser.add_argument("--per-chat-burst", type=int, default=3)
    parser.add_argument("--no-rate-limits", action="store_true", help="disable flood control")
    parser.add_argument(
        "--no-privacy-mode", action="store_true", help="deliver every group message to the bot"
    )
    return parser


async def _serve(args: argparse.Namespace) -> None:
    api = FakeBotAPI(
        args.token,
        args.bot_username,
        global_rate=args.global_rate,
        per_chat_rate=args.per_chat_rate,
        per_chat_burst=args.per_chat_burst,
        rate_limits=not args.no_rate_limits,
        privacy_mode=not args.no_privacy_mode,
    )
    await api.start(args.host, args.port)
    print(f"TELEGRAM_API_URL={api.base_url}", flush=True)
    print(f"TELEGRAM_FILE_URL={api.base_file_url}", flush=True)
    print(f"TELEGRAM_BOT_TOKEN={api.token}", flush=True)
    print(f"control API: http://{api.host}:{api.port}/_fake/info", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
    finally:
        await api.stop()


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and serve until SIGINT/SIGTERM."""
    args = _parser().parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
