"""Moderators review reports: approve, reject (with a reason), translate the reporter's words,
a picture to share; and the registration of every moderation conversation.

The conversations live beside it: ``review_cards`` (what moderators see, posted where
``bot.moderators.Moderators.reviewers`` says: HRBOT_MODERATOR_CHAT, or each moderator
privately), ``review_edit`` (editing a report or a correction), ``review_changes``
(corrections and withdrawals going out, and other moderators' confirmations),
``review_moderate`` (/moderate). Every button checks the presser's role when it arrives (the
router), and the domain re-checks what matters (not one's own report, still pending).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, get_args

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, filters

from bot.alerts import picture
from bot.alerts.card import language_name
from bot.alerts.labels import (
    REJECT_REASONS,
    label,
)
from bot.alerts.model import (
    Alert,
    AlertState,
)
from bot.alerts.review import (
    Decision,
    DeliveryUnavailable,
    InvalidChange,
    Outcome,
)
from bot.handlers.alerts_common import (
    TEXT_INPUTS,
    button_for,
    esc,
    expect_text,
    feature,
    moderator_ready,
)
from bot.handlers.base import BotRegistry, HRContext, answer_query, reply
from bot.handlers.buttons import (
    AlertApprove,
    AlertCorrect,
    AlertEdit,
    AlertPicture,
    AlertReject,
    AlertRejectBack,
    AlertRejectReason,
    AlertTranslate,
    AlertWithdraw,
    AlertWithdrawConfirmed,
    Moderate,
    ModerateAlert,
    NoteCancel,
    NoteSend,
    NoteTranslate,
    RejectReason,
    RequestCancel,
    RequestConfirm,
)
from bot.handlers.review_cards import (
    TRANSLATION_FIELD_LABELS,
    _change_problem,
    _moderator,
    _private,
    notify_reporter,
    refresh_reviews,
    remind_waiting,
    review_keyboard,
)
from bot.handlers.review_changes import (
    cancel_request_button,
    confirm_request_button,
    note_cancel_button,
    note_send_button,
    note_translate_button,
    on_correction_note,
    on_note_translation,
    on_retract_reason,
)
from bot.handlers.review_edit import edit_button, on_edit_text
from bot.handlers.review_moderate import (
    alert_detail,
    correct_button,
    moderate_button,
    moderate_command,
    retract_button,
    retract_confirmed,
)
from bot.i18n import N_

log = logging.getLogger(__name__)


# -- a picture to share ---------------------------------------------------------------------------
async def picture_button(update: Update, context: HRContext, pressed: AlertPicture) -> None:
    """Send the alert as a PNG in one language, with one tap for each other language."""
    tr = context.tr
    alert_id = pressed.alert
    f = feature(context)
    alert = await f.alert(alert_id)
    chat = update.effective_chat
    if (
        alert is None
        or chat is None
        or alert.state not in (AlertState.APPROVED, AlertState.RETRACTED)
    ):
        await answer_query(update, context, tr._("There is no such alert."), alert=True)
        return
    languages = context.services.i18n.languages
    lang = pressed.language if pressed.language in languages else tr.lang
    card_tr = context.services.i18n.translator(lang)
    try:
        png = await asyncio.to_thread(
            picture.render_png,
            alert,
            card_tr,
            f.region_name(alert.region_id, lang),
            f"@{context.bot.username}" if context.bot.username else "",
        )
    except picture.PictureUnavailable:
        await answer_query(
            update, context, tr._("Pictures cannot be made on this server."), alert=True
        )
        return
    await answer_query(update, context, "")
    others = [
        context.button(code.upper(), AlertPicture(alert.number, code))
        for code in languages
        if code != lang
    ]
    await context.bot.send_photo(
        chat.id,
        photo=png,
        filename=f"alert-{alert.id}-{lang}.png",
        caption=tr._(
            "Alert #{id} ({lang}) as a picture: forward it or save it.",
            id=alert.id,
            lang=lang.upper(),
        ),
        reply_markup=context.keyboard([others]) if others else None,
    )


# -- approve / reject ------------------------------------------------------------------------------
async def approve_button(update: Update, context: HRContext, pressed: AlertApprove) -> None:
    alert_id = pressed.alert
    tr = context.tr
    person = context.person
    if person is None or not person.is_moderator:
        # Say which rule it is: someone's own report, or moderators only.
        facts = await feature(context).posts.facts(alert_id)
        reporter_key = facts.reporter_key if facts else None
        log.warning("Refused an approval: the presser is not a moderator")
        if person is not None and reporter_key == person.key:
            await answer_query(
                update,
                context,
                tr._(
                    "This is your own report: it goes out once moderators other "
                    "than you approve it. Nobody approves their own report."
                ),
                alert=True,
            )
        else:
            await answer_query(
                update, context, tr._("Only moderators can approve reports."), alert=True
            )
        return
    if not await moderator_ready(update, context):
        return
    try:
        decision = await feature(context).review.approve(alert_id, context.person)  # type: ignore[arg-type]
    except DeliveryUnavailable:
        await answer_query(
            update,
            context,
            tr._("Delivery is not available right now, so nothing was approved. Try again later."),
            alert=True,
        )
        return
    await _after_approval(update, context, alert_id, decision)


async def _after_approval(
    update: Update, context: HRContext, alert_id: int, decision: Decision
) -> None:
    tr = context.tr
    if decision.outcome == Outcome.OWN:
        await answer_query(
            update,
            context,
            tr._("You reported this yourself: another moderator needs to approve it."),
            alert=True,
        )
    elif decision.outcome == Outcome.ALREADY:
        await answer_query(
            update, context, tr._("You have already approved this report."), alert=True
        )
    elif decision.outcome == Outcome.NOT_ALLOWED:
        await answer_query(update, context, tr._("Only moderators can do this."), alert=True)
    elif decision.outcome in (Outcome.NOT_PENDING, Outcome.MISSING):
        await answer_query(
            update, context, tr._("This report has already been decided."), alert=True
        )
    elif decision.outcome == Outcome.RECORDED:
        await answer_query(
            update,
            context,
            tr._(
                "Approval recorded: {n} of {needed}.", n=decision.approvals, needed=decision.needed
            ),
        )
        await refresh_reviews(context, alert_id)
    elif decision.outcome == Outcome.APPROVED:
        await answer_query(
            update,
            context,
            tr.n_(
                "Approved: sending to {n} person.",
                "Approved: sending to {n} people.",
                decision.queued,
            ),
        )
        await refresh_reviews(context, alert_id, "approved")
        await notify_reporter(
            context,
            alert_id,
            lambda t: t._(
                "Your report #{id} was approved by moderators and is being sent to subscribers. Thank you "
                "for looking out for people.",
                id=alert_id,
            ),
            share=True,
        )


async def reject_button(update: Update, context: HRContext, pressed: AlertReject) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    tr = context.tr
    chat_id = update.effective_chat.id  # type: ignore[union-attr]
    rows = [
        [
            button_for(
                context, chat_id, tr._(REJECT_REASONS[code]), AlertRejectReason(alert_id, code)
            )
        ]
        for code in get_args(RejectReason)
    ]
    rows.append([button_for(context, chat_id, tr._("Back"), AlertRejectBack(alert_id))])
    await answer_query(update, context)
    query = update.callback_query
    if query and query.message:
        try:
            await query.edit_message_reply_markup(InlineKeyboardMarkup(rows))
            return
        except TelegramError:
            pass
    await reply(
        update,
        tr._("Why is report #{id} rejected?", id=alert_id),
        reply_markup=InlineKeyboardMarkup(rows),
    )


async def reject_back(update: Update, context: HRContext, pressed: AlertRejectBack) -> None:
    alert_id = pressed.alert
    if not await moderator_ready(update, context):
        return
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    with contextlib.suppress(TelegramError):
        await query.edit_message_reply_markup(
            review_keyboard(context, chat.id, alert_id, context.tr)
        )


async def reject_reason(update: Update, context: HRContext, pressed: AlertRejectReason) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    reason = pressed.reason
    tr = context.tr
    decision = await feature(context).review.reject(alert_id, context.person, reason)  # type: ignore[arg-type]
    if decision.outcome != Outcome.REJECTED:
        await answer_query(
            update, context, tr._("This report has already been decided."), alert=True
        )
        return
    await answer_query(update, context, tr._("Rejected."))
    await refresh_reviews(context, alert_id, f"rejected:{context.person.pseudonym}:{reason}")  # type: ignore[union-attr]
    await notify_reporter(
        context,
        alert_id,
        lambda t: t._(
            "Your report #{id} was not approved. Reason: {reason}. Thank you for reporting; if you learn "
            "more, you can send a new report.",
            id=alert_id,
            reason=esc(label(t, REJECT_REASONS, reason)),
        ),
    )


# -- translating the reporter's words before approval ----------------------------------------------
async def translate_button(update: Update, context: HRContext, pressed: AlertTranslate) -> None:
    """``rvt:<alert>:<lang>``: ask the moderator, in a private chat, for each missing translation."""
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    lang = pressed.language
    tr = context.tr
    alert = await feature(context).alert(alert_id)
    if (
        alert is None
        or alert.state != AlertState.PENDING
        or lang not in context.services.i18n.languages
    ):
        await answer_query(
            update, context, tr._("This report has already been decided."), alert=True
        )
        return
    if not await _ask_translation(context, alert, lang):
        await answer_query(
            update,
            context,
            tr._("Open a private chat with me first, then press the button again."),
            alert=True,
        )
        return
    await answer_query(
        update,
        context,
        "" if _private(update) else tr._("I have written to you in a private chat."),
        alert=not _private(update),
    )


async def _ask_translation(context: HRContext, alert: Alert, lang: str) -> bool:
    """Prompt for the next field of ``alert`` not yet in ``lang``; False if the chat cannot be reached."""
    tr = context.tr
    person = _moderator(context)
    fields = alert.missing_translations([lang]).get(lang, [])
    try:
        if not fields:
            await context.bot.send_message(
                person.telegram_id,
                tr._(
                    "Report #{id} can now be read in full in {language}.",
                    id=alert.id,
                    language=language_name(lang, tr),
                ),
            )
            return True
        name = fields[0]
        original = alert.original_lang(name)
        await context.bot.send_message(
            person.telegram_id,
            "\n\n".join(
                [
                    tr._(
                        "<b>Translate into {language}</b> (report #{id}): “{field}”.",
                        language=esc(language_name(lang, tr)),
                        id=alert.id,
                        field=esc(tr._(TRANSLATION_FIELD_LABELS[name])),
                    ),
                    tr._(
                        "Written in {language}:",
                        language=esc(language_name(original, tr) if original else "?"),
                    )
                    + "\n«"
                    + esc(alert.free_text(name))
                    + "»",
                    tr._(
                        "Send the translation now, or /cancel. Translate what it says, without adding anything."
                    ),
                ]
            ),
            parse_mode=ParseMode.HTML,
        )
    except TelegramError:
        return False
    expect_text(context, "translate", alert=int(alert.id or 0), lang=lang, field=name)
    return True


async def on_translation(update: Update, context: HRContext, pending: dict[str, Any]) -> None:
    tr = context.tr
    text = (update.effective_message.text or "") if update.effective_message else ""
    alert_id, lang, field = int(pending["alert"]), str(pending["lang"]), str(pending["field"])
    try:
        decision = await feature(context).review.translate(
            alert_id, _moderator(context), field, lang, text
        )
    except InvalidChange as exc:
        await reply(update, _change_problem(tr, exc.reason))
        expect_text(context, "translate", alert=alert_id, lang=lang, field=field)
        return
    if decision.outcome != Outcome.EDITED or decision.alert is None:
        await reply(update, tr._("This report has already been decided."))
        return
    await _ask_translation(context, decision.alert, lang)
    await refresh_reviews(context, alert_id)


TEXT_INPUTS["edit"] = on_edit_text
TEXT_INPUTS["translate"] = on_translation
TEXT_INPUTS["notetr"] = on_note_translation
TEXT_INPUTS["correction"] = on_correction_note
TEXT_INPUTS["retract"] = on_retract_reason


def register(app: Application, reg: BotRegistry) -> None:
    services = app.bot_data.get("services")
    alerts = services.features.alerts if services is not None else None
    if alerts is not None:
        alerts.remind = lambda: remind_waiting(app)
    app.add_handler(CommandHandler("moderate", moderate_command, filters=filters.ChatType.PRIVATE))
    # Checked in approve_button, so that a reporter is told it is their own report.
    reg.router.add(AlertApprove, approve_button)
    reg.router.add(AlertPicture, picture_button)
    reg.router.add(AlertReject, reject_button)
    reg.router.add(AlertTranslate, translate_button)
    reg.router.add(RequestConfirm, confirm_request_button)
    reg.router.add(NoteTranslate, note_translate_button)
    reg.router.add(NoteSend, note_send_button)
    reg.router.add(NoteCancel, note_cancel_button)
    reg.router.add(RequestCancel, cancel_request_button)
    reg.router.add(AlertRejectReason, reject_reason)
    reg.router.add(AlertRejectBack, reject_back)
    reg.router.add(AlertEdit, edit_button)
    reg.router.add(Moderate, moderate_button)
    reg.router.add(ModerateAlert, alert_detail)
    reg.router.add(AlertCorrect, correct_button)
    reg.router.add(AlertWithdraw, retract_button)
    reg.router.add(AlertWithdrawConfirmed, retract_confirmed)
    reg.command(
        "moderate",
        N_("moderators: review alerts and see their delivery"),
        order=72,
        listed=False,
        authored=True,
    )
