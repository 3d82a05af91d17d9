"""The baseline for bench/start_bench.py: a bare python-telegram-bot echo Application.

Same library, same fake server, no features: it answers every text with a short reply.
Usage: python bench/echo_bot.py TOKEN BASE_URL
"""

from __future__ import annotations

import sys

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_chat.send_message("echo: " + (update.effective_message.text or ""))


def main() -> None:
    token, base_url = sys.argv[1], sys.argv[2]
    app = (
        Application.builder()
        .token(token)
        .base_url(base_url)
        .concurrent_updates(32)
        .get_updates_read_timeout(40)
        .build()
    )
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.run_polling(poll_interval=0.0, timeout=30)


if __name__ == "__main__":
    main()
