"""A service on the map, and anonymous feedback on it (``svv``/``svq``/``svf``): only counts
are kept, and a service reported closed by several people is sent to the moderators
(``bot.moderators.Moderators.notice`` decides where).
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

from telegram import (
    Update,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.container import Services
from bot.directory.feedback import KINDS, Feedback, Flag
from bot.handlers.base import (
    HRContext,
    answer_query,
    edit_or_send,
)
from bot.handlers.buttons import (
    ServiceAskFeedback,
    ServiceFeedback,
    ServiceVenue,
)
from bot.handlers.services_common import KIND_IDS, _finder

log = logging.getLogger(__name__)


# -- a service on the map, and feedback on it ------------------------------------------------
def _feedback_keyboard(context: HRContext, position: int):
    tr = context.tr
    buttons = [
        context.button(tr._(KINDS[k]), ServiceFeedback(position, i)) for i, k in enumerate(KIND_IDS)
    ]
    return context.keyboard([buttons[0:2], buttons[2:4]])


def _service_at(context: HRContext, position: int):
    finder = _finder(context)
    if finder is None or not 0 <= position < len(finder.directory.services):
        return None
    service = finder.directory.services[position]
    return service if service.findable else None


async def venue_button(update: Update, context: HRContext, pressed: ServiceVenue) -> None:
    """Send the service as a Telegram venue, with anonymous feedback buttons."""
    chat = update.effective_chat
    service = _service_at(context, pressed.position)
    if chat is None or service is None or not service.has_point:
        await answer_query(
            update, context, context.tr._("This service is no longer listed."), alert=True
        )
        return
    lang = context.tr.lang
    await context.bot.send_venue(
        chat_id=chat.id,
        latitude=service.lat,
        longitude=service.lon,
        title=service.name(lang)[:128],
        address=(service.address_in(lang) or service.organization)[:256],
    )
    await _send_feedback_prompt(context, chat.id, service, pressed.position)


async def ask_feedback_button(
    update: Update, context: HRContext, pressed: ServiceAskFeedback
) -> None:
    """The anonymous feedback buttons for a service without a map (mobile)."""
    chat = update.effective_chat
    service = _service_at(context, pressed.position)
    if chat is None or service is None:
        await answer_query(
            update, context, context.tr._("This service is no longer listed."), alert=True
        )
        return
    await _send_feedback_prompt(context, chat.id, service, pressed.position)


async def _send_feedback_prompt(
    context: HRContext, chat_id: int, service: Any, position: int
) -> None:
    await context.bot.send_message(
        chat_id=chat_id,
        text=context.tr._(
            "After you have been to {name}, you can tell others how it was. "
            "This is anonymous: I only count the answers, never who gave them.",
            name=html.escape(service.name(context.tr.lang)),
        ),
        parse_mode=ParseMode.HTML,
        reply_markup=_feedback_keyboard(context, position),
    )


async def feedback_button(update: Update, context: HRContext, answer: ServiceFeedback) -> None:
    """Count one anonymous answer about a service."""
    tr = context.tr
    service = _service_at(context, answer.position)
    feedback: Feedback | None = context.services.features.service_feedback
    if (
        service is None
        or feedback is None
        or context.person is None
        or not 0 <= answer.kind < len(KIND_IDS)
    ):
        await answer_query(update, context, tr._("This service is no longer listed."), alert=True)
        return
    kind = KIND_IDS[answer.kind]
    recorded = await feedback.record(context.person.key, service.id, kind)
    if recorded.counted:
        text = tr._("Thank you. Your answer was counted, anonymously.")
    else:
        text = tr._("You already told me this about this service. Thank you.")
    await edit_or_send(update, text)
    if recorded.flag is not None:
        await notify_moderators(context, recorded.flag)


async def notify_moderators(context: HRContext, flag: Flag) -> None:
    """Tell the moderator chat (or each moderator privately) that a service needs checking."""
    services: Services = context.services
    finder = _finder(context)
    service = finder.directory.get(flag.service_id) if finder else None
    where = (
        f"content/services/{Path(service.file).name}:{service.line}"
        if service
        else "content/services"
    )

    def text_for(lang: str | None) -> str:
        tr = services.i18n.translator(lang)
        name = service.name(tr.lang) if service else flag.service_id
        return tr._(
            "⚠️ {n} people said in the last {days} days that <b>{name}</b> was closed during its "
            "listed hours. Please check with the program and update its listing ({where}).",
            n=flag.reports,
            days=flag.window_days,
            name=html.escape(name),
            where=html.escape(where),
        )

    sent = 0
    for target in await services.moderators.notice():
        try:
            await context.bot.send_message(
                chat_id=target.chat_id, text=text_for(target.language), parse_mode=ParseMode.HTML
            )
            sent += 1
        except TelegramError as exc:
            log.warning("Could not send a service notice to a moderator (%s)", type(exc).__name__)
    log.info("Service flag sent to %d moderator chat(s)", sent)
