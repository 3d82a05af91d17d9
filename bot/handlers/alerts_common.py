"""Shared pieces of the alerts handlers: the feature, typed-answer prompts, the moderator gate.

A few steps outside the /report form wait for one typed answer (a pseudonym, a place name,
an edited text). ``expect_text`` remembers (in memory, per person) what the next text is
for; ``on_expected_text`` runs in an early handler group and consumes that text only.
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import InlineKeyboardButton, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.alerts.feature import AlertsFeature
from bot.handlers.base import HRContext, answer_query, is_private, reply

log = logging.getLogger(__name__)

EXPECT_KEY = "alerts.expect"
EXPECT_TTL_S = 15 * 60
TEXT_GROUP = -10

TextInput = Callable[[Update, HRContext, dict[str, Any]], Awaitable[None]]
TEXT_INPUTS: dict[str, TextInput] = {}


def feature(context: HRContext) -> AlertsFeature:
    return context.services.features["alerts"]


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def button_for(context: HRContext, chat_id: int, text: str, action: str, *args: object) -> InlineKeyboardButton:
    """A signed button for a chat other than the one the update came from."""
    return InlineKeyboardButton(text, callback_data=context.services.buttons.encode(chat_id, action, *args))


# -- one typed answer ----------------------------------------------------------------------------
def expect_text(context: HRContext, kind: str, **data: Any) -> None:
    if context.user_data is not None:
        context.user_data[EXPECT_KEY] = {"kind": kind, "at": time.monotonic(), **data}


def clear_expected(context: HRContext) -> None:
    if context.user_data is not None:
        context.user_data.pop(EXPECT_KEY, None)


def _stored(context: HRContext, update: Update) -> dict[str, Any] | None:
    """This person's in-memory data, without creating an entry for everyone who writes."""
    user = update.effective_user
    return context.application.user_data.get(user.id) if user is not None else None


def expected(context: HRContext, update: Update | None = None) -> dict[str, Any] | None:
    data = _stored(context, update) if update is not None else context.user_data
    if data is None:
        return None
    pending = data.get(EXPECT_KEY)
    if pending and time.monotonic() - pending["at"] > EXPECT_TTL_S:
        data.pop(EXPECT_KEY, None)
        return None
    return pending


async def on_expected_text(update: Update, context: HRContext) -> None:
    """Group TEXT_GROUP: if a prompt is waiting for this person's text, hand it over."""
    pending = expected(context, update)
    if not pending or context.person is None:
        return
    handler = TEXT_INPUTS.get(pending["kind"])
    clear_expected(context)
    if handler is None:
        return
    await handler(update, context, pending)
    raise ApplicationHandlerStop


async def on_cancel_expected(update: Update, context: HRContext) -> None:
    """/cancel while a prompt waits: drop the prompt (else /cancel goes on to the form)."""
    if expected(context, update) is None:
        return
    clear_expected(context)
    await reply(update, context.tr._("Cancelled."))
    raise ApplicationHandlerStop


# -- moderators ------------------------------------------------------------------------------------
async def moderator_ready(update: Update, context: HRContext) -> bool:
    """True if the person is a moderator with a pseudonym; otherwise say what to do."""
    person = context.person
    tr = context.tr
    if person is None or not person.is_moderator:
        if update.callback_query:
            await answer_query(update, context, tr._("Only moderators can do this."), alert=True)
        else:
            await reply(update, tr._("Only moderators can do this."))
        return False
    if person.pseudonym:
        return True
    prompt = tr._(
        "Before you use the moderator tools, choose a pseudonym: the name other moderators and "
        "the audit log will know you by. Use 2 to 32 letters, digits, - or _, and not your real "
        "name or Telegram username. Send it now:"
    )
    if is_private(update):
        if update.callback_query:
            await answer_query(update, context)
        await reply(update, prompt)
        expect_text(context, "modname")
        return False
    try:
        await context.bot.send_message(person.telegram_id, prompt)
        expect_text(context, "modname")
        note = tr._("Choose a pseudonym first: I have written to you in a private chat.")
    except TelegramError:
        note = tr._("Choose a pseudonym first: open a private chat with me and send /moderate.")
    await answer_query(update, context, note, alert=True)
    return False


async def on_moderator_name(update: Update, context: HRContext, pending: dict[str, Any]) -> None:
    from bot.handlers.peers import pseudonym_problem, telegram_names

    tr = context.tr
    text = (update.effective_message.text or "").strip() if update.effective_message else ""
    outcome = await feature(context).invites.name_moderator(context.person, text, telegram_names(update))  # type: ignore[arg-type]
    if outcome == "ok":
        lines = [tr._("Thank you, {name}. You can now use the moderator tools: /moderate, /invite, /peers.",
                      name=esc(text))]
        waiting = await feature(context).repo.pending_count()
        if waiting:
            lines.append(tr.n_("{n} report is waiting for review: /moderate",
                               "{n} reports are waiting for review: /moderate", waiting))
        await reply(update, "\n\n".join(lines), parse_mode=ParseMode.HTML)
        return
    if outcome == "not-moderator":
        await reply(update, tr._("Only moderators can do this."))
        return
    await reply(update, pseudonym_problem(tr, text, outcome))
    expect_text(context, "modname")


TEXT_INPUTS["modname"] = on_moderator_name
