"""harm-reduction-bot: a community-led harm reduction Telegram bot."""

import os

__version__ = "0.1.0"

# python-telegram-bot 22.2+ turns time periods (a 429's ``retry_after``, ...) into
# ``datetime.timedelta`` in its next major version and warns on every such value until a program
# opts in early through this variable (read each time a value is read). The bot takes the new
# form now (``bot.telegram_http.retry_seconds`` reads both); set PTB_TIMEDELTA=false to get the
# old integers back.
os.environ.setdefault("PTB_TIMEDELTA", "true")
