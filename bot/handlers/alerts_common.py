"""Shared pieces of the alerts handlers: the feature, typed-answer prompts, the moderator gate.

A few steps outside the /report form wait for one typed answer (a pseudonym, a place name,
an edited text). ``expect_text`` asks for it through the one prompt mechanism
(``bot.handlers.prompts``); the handler registered in ``TEXT_INPUTS`` under its kind gets it.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import InlineKeyboardButton, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.alerts.feature import AlertsFeature
from bot.alerts.invites import InviteOutcome
from bot.container import composed
from bot.handlers import prompts
from bot.handlers.base import HRContext, answer_query, is_private, reply
from bot.handlers.payload import Payload

log = logging.getLogger(__name__)

EXPECT_TTL_S = 15 * 60

TextInput = Callable[[Update, HRContext, dict[str, Any]], Awaitable[None]]
TEXT_INPUTS: dict[str, TextInput] = {}


def feature(context: HRContext) -> AlertsFeature:
    return composed(context.services.features.alerts, "the alerts feature")


def esc(text: object) -> str:
    return html.escape(str(text), quote=False)


def button_for(
    context: HRContext, chat_id: int, text: str, payload: Payload
) -> InlineKeyboardButton:
    """A signed button for a chat other than the one the update came from."""
    return context.button(text, payload, chat_id=chat_id)


# -- one typed answer ----------------------------------------------------------------------------
# Each kind in TEXT_INPUTS is a prompt (``bot.handlers.prompts``), declared by ``declare_prompts``.
def expect_text(context: HRContext, kind: str, **data: Any) -> None:
    """Read this person's next private text as ``kind`` (answered in their private chat)."""
    if context.person is not None:
        prompts.ask_in(context, context.person.telegram_id, kind, **data)


def clear_expected(context: HRContext) -> None:
    """End a waiting alerts prompt (any other prompt stays)."""
    prompts.end_in(context, TEXT_INPUTS)


async def _on_expected_text(update: Update, context: HRContext, prompt: prompts.Prompt) -> None:
    handler = TEXT_INPUTS.get(prompt.kind)
    if handler is None or context.person is None:
        return
    await handler(update, context, {"kind": prompt.kind, **prompt.data})


async def _cancelled(update: Update, context: HRContext) -> None:
    await reply(update, context.tr._("Cancelled."))


# A moderator writing an alert's wording, its translation, a correction or a withdrawal reason
# writes about overdoses for others: the urgent step lets those answers through.
AUTHORED = frozenset({"edit", "translate", "notetr", "correction", "retract"})


def declare_prompts(kinds: prompts.PromptKinds) -> None:
    for kind in TEXT_INPUTS:
        kinds.add(
            prompts.PromptKind(
                kind,
                _on_expected_text,
                timeout=EXPECT_TTL_S,
                on_cancel=_cancelled,
                authored=(lambda _p: True) if kind in AUTHORED else None,
            )
        )


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
    if context.person is None:  # the person could not be resolved (database busy): say nothing
        return
    outcome = await feature(context).invites.name_moderator(
        context.person, text, telegram_names(update)
    )
    if outcome == InviteOutcome.OK:
        lines = [
            tr._(
                "Thank you, {name}. You can now use the moderator tools: /moderate, /invite, /peers.",
                name=esc(text),
            )
        ]
        waiting = await feature(context).pending_count()
        if waiting:
            lines.append(
                tr.n_(
                    "{n} report is waiting for review: /moderate",
                    "{n} reports are waiting for review: /moderate",
                    waiting,
                )
            )
        await reply(update, "\n\n".join(lines), parse_mode=ParseMode.HTML)
        return
    if outcome == InviteOutcome.NOT_MODERATOR:
        await reply(update, tr._("Only moderators can do this."))
        return
    await reply(update, pseudonym_problem(tr, text, outcome))
    expect_text(context, "modname")


TEXT_INPUTS["modname"] = on_moderator_name
