"""The baseline for bench/updates_bench.py: a bare python-telegram-bot Application.

Same library, same fake server and the SAME HTTP transport as hrbot (``bot.telegram_http``,
aiohttp, for replies and for getUpdates), no features. It does what a minimal bot must do for
each workload:
- ``/start`` and ``/topics``: a short text with an 8-button inline keyboard (hrbot's menu size),
- any other text: a short reply,
- a button press: answer the callback query and edit the message, keeping its keyboard.
Usage: python bench/echo_bot.py TOKEN BASE_URL
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.telegram_http import AiohttpRequest

CONCURRENT_UPDATES = 32  # as bot.app.CONCURRENT_UPDATES
MENU = InlineKeyboardMarkup(
    [
        [
            InlineKeyboardButton(f"Item {row * 2 + col}", callback_data=f"item:{row * 2 + col}")
            for col in range(2)
        ]
        for row in range(4)
    ]
)


async def menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_chat.send_message("Welcome. Choose:", reply_markup=MENU)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.effective_chat.send_message("echo: " + (update.effective_message.text or ""))


async def press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    await query.answer()
    await query.edit_message_text(f"You chose {query.data}.", reply_markup=MENU)


def main() -> None:
    token, base_url = sys.argv[1], sys.argv[2]
    app = (
        Application.builder()
        .token(token)
        .base_url(base_url)
        .concurrent_updates(CONCURRENT_UPDATES)
        .request(AiohttpRequest(pool_size=CONCURRENT_UPDATES + 4))
        # long polling on the same transport too, as hrbot (bot.app.build_application); left
        # out, python-telegram-bot would poll through httpx, which costs more CPU per request
        .get_updates_request(AiohttpRequest(pool_size=1, read_timeout=5.0))
        .build()
    )
    app.add_handler(CommandHandler(["start", "topics"], menu))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(press))
    app.run_polling(poll_interval=0.0, timeout=30)


if __name__ == "__main__":
    main()
