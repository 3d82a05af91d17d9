"""harm-reduction-bot: a community-led harm reduction Telegram bot."""

__version__ = "0.1.0"
