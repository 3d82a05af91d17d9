"""The error handler: log without personal data, apologise instead of going silent."""

from __future__ import annotations

import logging
import traceback

from telegram import Update
from telegram.constants import ChatType
from telegram.error import Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import CallbackContext

log = logging.getLogger("bot.errors")


async def on_error(update: object, context: CallbackContext) -> None:
    error = context.error
    if error is None:
        return
    if isinstance(error, (TimedOut, NetworkError, RetryAfter)) and not isinstance(update, Update):
        log.warning("Telegram connection problem (%s); retrying", type(error).__name__)
        return
    if isinstance(error, Forbidden):
        log.info("A person has blocked the bot; nothing was sent")
        return
    # The exception's message can carry user data (texts, ids); log its type and frames only.
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error("Unhandled %s while handling an update:\n%s", type(error).__name__, frames)
    if not isinstance(update, Update):
        return
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    services = context.application.bot_data.services
    user = update.effective_user
    try:
        person = await services.people.resolve(user.id) if user else None
        tr = services.i18n.for_person(
            person.language if person else None, user.language_code if user else None
        )
        if update.callback_query:
            await update.callback_query.answer()
        await chat.send_message(
            tr._("Sorry, something went wrong on my side. Please try again in a moment.")
        )
    except Exception as exc:  # noqa: BLE001 - the apology itself failed: nothing more to do
        # type only: the exception's message can carry user data (see above)
        log.error("Could not send the apology (%s)", type(exc).__name__)  # noqa: TRY400
