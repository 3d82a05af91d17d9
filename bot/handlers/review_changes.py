"""Corrections and withdrawals of an approved alert going out: the note and its
translations (``mnt``/``mns``/``mnx``), and the confirmation other moderators give when a
change needs as many of them as the alert did (``rqy``/``rqn``).
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.alerts.card import language_name
from bot.alerts.model import Alert, DeliveryKind
from bot.alerts.reports import check_text
from bot.alerts.review import (
    Decision,
    DeliveryUnavailable,
    InvalidChange,
    Outcome,
)
from bot.handlers.alerts_common import (
    button_for,
    clear_expected,
    esc,
    expect_text,
    feature,
    moderator_ready,
)
from bot.handlers.base import HRContext, answer_query, edit_or_send, reply
from bot.handlers.buttons import (
    NoteCancel,
    NoteSend,
    NoteTranslate,
    RequestCancel,
    RequestConfirm,
)
from bot.handlers.review_cards import (
    CORRECTIONS_KEY,
    _change_problem,
    _fit,
    _load,
    _moderator,
    _readers,
    readers_text,
    render,
)
from bot.i18n import Translator

log = logging.getLogger(__name__)


async def on_correction_note(update: Update, context: HRContext, pending: dict[str, Any]) -> None:
    tr = context.tr
    alert_id = int(pending["alert"])
    note = (update.effective_message.text or "").strip() if update.effective_message else ""
    if await _load(context, "c", alert_id) is None:
        await reply(update, tr._("This report or correction is no longer open."))
        return
    problem = check_text(note, "correction")
    if problem:
        await reply(update, _change_problem(tr, problem))
        expect_text(context, "correction", alert=alert_id)
        return
    await _hold_note(update, context, alert_id, DeliveryKind.CORRECTION, note)


async def _send_correction(
    update: Update, context: HRContext, alert_id: int, note: str, lang: str, texts: dict[str, str]
) -> None:
    tr = context.tr
    draft = await _load(context, "c", alert_id)
    if draft is None:
        await reply(update, tr._("This report or correction is no longer open."))
        return
    draft.correction = note
    draft.texts["correction"] = dict(texts)  # the moderators' translations of this note
    try:
        decision = await feature(context).review.correct(
            alert_id,
            _moderator(context),
            draft,
            note,
            note_lang=lang,
        )
    except InvalidChange as exc:
        await reply(update, _change_problem(tr, exc.reason))
        expect_text(context, "correction", alert=alert_id)
        return
    except DeliveryUnavailable:
        await reply(
            update, tr._("Delivery is not available right now; nothing was sent. Try again later.")
        )
        return
    if decision.outcome == Outcome.REQUESTED:
        if context.user_data is not None:
            context.user_data.get(CORRECTIONS_KEY, {}).pop(alert_id, None)
        await _requested(update, context, alert_id, DeliveryKind.CORRECTION, decision)
        return
    if decision.outcome != Outcome.CORRECTED:
        await reply(update, tr._("Only an approved, current alert can be corrected."))
        return
    if context.user_data is not None:
        context.user_data.get(CORRECTIONS_KEY, {}).pop(alert_id, None)
    await reply(
        update,
        tr.n_(
            "Correction sent: it is going to {n} person.",
            "Correction sent: it is going to {n} people.",
            decision.queued,
        ),
    )


# -- a correction note or withdrawal reason, with translations before it goes out -------------------
NOTES_KEY = "alerts.notes"


def _notes(context: HRContext) -> dict[int, dict[str, Any]]:
    if context.user_data is None:
        return {}
    return context.user_data.setdefault(NOTES_KEY, {})


async def _hold_note(
    update: Update, context: HRContext, alert_id: int, kind: DeliveryKind, note: str
) -> None:
    """Keep the typed note while the moderator may translate it for the subscribers' languages."""
    _notes(context)[alert_id] = {"kind": kind, "note": note, "lang": context.tr.lang, "texts": {}}
    await _note_screen(update, context, alert_id)


async def _note_screen(update: Update, context: HRContext, alert_id: int) -> None:
    """The note, the languages its readers read, a button per missing translation, and Send."""
    tr = context.tr
    held = _notes(context).get(alert_id)
    alert = await feature(context).alert(alert_id)
    if held is None or alert is None:
        await reply(update, tr._("This report or correction is no longer open."))
        return
    readers = await _readers(context, alert)
    missing = [code for code in readers if code != held["lang"] and code not in held["texts"]]
    if not missing:  # everyone can read it: nothing to ask
        await _publish_note(update, context, alert_id)
        return
    names = ", ".join(language_name(code, tr) for code in missing)
    text = "\n\n".join(
        [
            tr._("Your note: «{note}»", note=esc(held["note"])),
            readers_text(tr, alert, {})
            if not readers
            else tr._(
                "Subscribers here read: {languages}.",
                languages=esc(
                    ", ".join(
                        f"{language_name(code, tr)} ({tr.number(n)})" for code, n in readers.items()
                    )
                ),
            ),
            tr._(
                "Not yet translated into: {languages}. Readers of those languages will see your note in the "
                "language you wrote it in, labelled as such. You can translate it now, or send it as it is.",
                languages=esc(names),
            ),
        ]
    )
    cells = [
        context.button(
            tr._("🌐 Translate: {language}", language=language_name(code, tr)),
            NoteTranslate(alert_id, code),
        )
        for code in missing
    ]
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    send = (
        tr._("Send the correction") if held["kind"] == DeliveryKind.CORRECTION else tr._("Withdraw")
    )
    rows.append(
        [
            context.button(send, NoteSend(alert_id)),
            context.button(tr._("Cancel"), NoteCancel(alert_id)),
        ]
    )
    await reply(update, text, parse_mode=ParseMode.HTML, reply_markup=context.keyboard(rows))


async def _publish_note(update: Update, context: HRContext, alert_id: int) -> None:
    held = _notes(context).pop(alert_id, None)
    if held is None:
        await reply(update, context.tr._("This report or correction is no longer open."))
        return
    if held["kind"] == DeliveryKind.CORRECTION:
        await _send_correction(update, context, alert_id, held["note"], held["lang"], held["texts"])
    else:
        await _retract(update, context, alert_id, held["note"], held["lang"], held["texts"])


async def note_translate_button(update: Update, context: HRContext, pressed: NoteTranslate) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id, tr = pressed.alert, context.tr
    held = _notes(context).get(alert_id)
    lang = pressed.language if pressed.language in context.services.i18n.languages else None
    if held is None or lang is None:
        await answer_query(
            update, context, tr._("This report or correction is no longer open."), alert=True
        )
        return
    await answer_query(update, context)
    expect_text(context, "notetr", alert=alert_id, lang=lang)
    await reply(
        update,
        "\n\n".join(
            [
                tr._(
                    "<b>Translate into {language}</b>: your note «{note}»",
                    language=esc(language_name(lang, tr)),
                    note=esc(held["note"]),
                ),
                tr._(
                    "Send the translation now, or /cancel. Translate what it says, without adding anything."
                ),
            ]
        ),
        parse_mode=ParseMode.HTML,
    )


async def on_note_translation(update: Update, context: HRContext, pending: dict[str, Any]) -> None:
    tr = context.tr
    alert_id, lang = int(pending["alert"]), str(pending["lang"])
    text = (update.effective_message.text or "").strip() if update.effective_message else ""
    held = _notes(context).get(alert_id)
    if held is None:
        await reply(update, tr._("This report or correction is no longer open."))
        return
    problem = check_text(text, "correction")
    if problem:
        await reply(update, _change_problem(tr, problem))
        expect_text(context, "notetr", alert=alert_id, lang=lang)
        return
    held["texts"][lang] = text
    await _note_screen(update, context, alert_id)


async def note_send_button(update: Update, context: HRContext, pressed: NoteSend) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    await answer_query(update, context)
    clear_expected(context)
    await _publish_note(update, context, alert_id)


async def note_cancel_button(update: Update, context: HRContext, pressed: NoteCancel) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    _notes(context).pop(alert_id, None)
    clear_expected(context)
    await answer_query(update, context)
    await edit_or_send(update, context.tr._("Closed: nothing was sent."))


async def _retract(
    update: Update,
    context: HRContext,
    alert_id: int,
    note: str,
    lang: str = "",
    texts: dict[str, str] | None = None,
) -> None:
    tr = context.tr
    clear_expected(context)
    try:
        decision = await feature(context).review.retract(
            alert_id,
            _moderator(context),
            note,
            note_lang=lang or tr.lang,
            note_texts=texts,
        )
    except InvalidChange as exc:
        await reply(update, _change_problem(tr, exc.reason))
        expect_text(context, "retract", alert=alert_id)
        return
    except DeliveryUnavailable:
        await reply(
            update, tr._("Delivery is not available right now; nothing was sent. Try again later.")
        )
        return
    if decision.outcome == Outcome.REQUESTED:
        await _requested(update, context, alert_id, DeliveryKind.RETRACTION, decision)
        return
    if decision.outcome != Outcome.RETRACTED:
        await reply(update, tr._("Only an approved or expired alert can be withdrawn."))
        return
    await reply(
        update,
        tr.n_(
            "Withdrawn: {n} person who received it is being told.",
            "Withdrawn: {n} people who received it are being told.",
            decision.queued,
        ),
    )


async def on_retract_reason(update: Update, context: HRContext, pending: dict[str, Any]) -> None:
    if not context.person or not context.person.is_moderator:
        return
    text = (update.effective_message.text or "").strip() if update.effective_message else ""
    alert_id = int(pending["alert"])
    problem = check_text(text, "correction")
    if problem:
        await reply(update, _change_problem(context.tr, problem))
        expect_text(context, "retract", alert=alert_id)
        return
    await _hold_note(update, context, alert_id, DeliveryKind.RETRACTION, text)


# -- withdrawals and downgrades that need as many moderators as the alert did -----------------------
def _request_text(
    tr: Translator,
    kind: DeliveryKind,
    requester: str,
    alert_id: int,
    updated: Alert,
    sent: int,
    needed: int,
    confirmed: list[str],
    region: str,
) -> str:
    if kind == DeliveryKind.RETRACTION:
        head = tr.n_(
            "<b>{name} asks to withdraw alert #{id}</b>, which went to {n} person.",
            "<b>{name} asks to withdraw alert #{id}</b>, which went to {n} people.",
            sent,
            name=esc(requester),
            id=alert_id,
        )
    else:
        head = tr.n_(
            "<b>{name} asks to lower the urgency of alert #{id}</b>, which went to {n} person.",
            "<b>{name} asks to lower the urgency of alert #{id}</b>, which went to {n} people.",
            sent,
            name=esc(requester),
            id=alert_id,
        )
    rule = tr._(
        "It was sent with {needed} approvals, so taking it back needs {needed} moderators too. "
        "Confirm only if you agree; this is what everyone who received it will get:",
        needed=needed,
    )
    count = tr._("Confirmed by: {names}", names=esc(", ".join(confirmed)))
    return _fit([head, rule, count, render(updated, tr, region, kind)])


async def _requested(
    update: Update, context: HRContext, alert_id: int, kind: DeliveryKind, decision: Decision
) -> None:
    """Tell the requesting moderator what waits, and ask the other moderators to confirm."""
    tr = context.tr
    f = feature(context)
    progress = await f.delivery(alert_id)
    sent = progress.sent if progress is not None else 0
    await reply(
        update,
        tr._(
            "Recorded, not sent yet: alert #{id} was sent with {needed} approvals, so {needed} "
            "moderators must agree before it is taken back or made less urgent. I have asked "
            "the other moderators to confirm.",
            id=alert_id,
            needed=decision.needed,
        ),
    )
    requester = _moderator(context).pseudonym or "?"
    alert = decision.alert
    if alert is None:
        raise RuntimeError("a confirmation request without its alert")
    reviewers = context.services.moderators.reviewers
    for target in await reviewers(context.person.key if context.person else None):
        chat_id, lang = target.chat_id, target.language or "en"
        card_tr = context.services.i18n.translator(lang)
        text = _request_text(
            card_tr,
            kind,
            requester,
            alert_id,
            alert,
            sent,
            decision.needed,
            [requester],
            f.region_name(alert.region_id, lang),
        )
        markup = InlineKeyboardMarkup(
            [
                [
                    button_for(context, chat_id, card_tr._("✅ Confirm"), RequestConfirm(alert_id)),
                    button_for(
                        context,
                        chat_id,
                        card_tr._("✖ Keep the alert as it is"),
                        RequestCancel(alert_id),
                    ),
                ]
            ]
        )
        try:
            message = await context.bot.send_message(
                chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup
            )
        except TelegramError as exc:
            log.info("Could not ask a moderator to confirm (%s)", type(exc).__name__)
            continue
        await f.posts.remember(alert_id, chat_id, message.message_id, lang)


async def _close_requests(context: HRContext, alert_id: int, status_for: Any) -> None:
    """Replace the buttons of every confirmation request of this alert with what was decided."""
    services = context.services
    f = feature(context)
    for message in await f.posts.posts(alert_id):
        try:
            await context.bot.edit_message_text(
                status_for(services.i18n.translator(message.language)),
                chat_id=message.chat_id,
                message_id=message.message_id,
                parse_mode=ParseMode.HTML,
            )
        except Exception as exc:  # noqa: BLE001 - one damaged or deleted message must not stop the others
            log.info("Could not update a confirmation request (%s)", type(exc).__name__)
    await f.posts.forget(alert_id)


async def confirm_request_button(
    update: Update, context: HRContext, pressed: RequestConfirm
) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    tr = context.tr
    f = feature(context)
    try:
        decision = await f.review.confirm_request(alert_id, context.person)  # type: ignore[arg-type]
    except DeliveryUnavailable:
        await answer_query(
            update,
            context,
            tr._("Delivery is not available right now; nothing was sent. Try again later."),
            alert=True,
        )
        return
    if decision.outcome == Outcome.ALREADY:
        await answer_query(
            update,
            context,
            tr._("You have already agreed to this: another moderator needs to confirm it."),
            alert=True,
        )
    elif decision.outcome == Outcome.RECORDED:
        await answer_query(
            update,
            context,
            tr._(
                "Confirmation recorded: {n} of {needed}.",
                n=decision.approvals,
                needed=decision.needed,
            ),
        )
    elif decision.outcome in (Outcome.RETRACTED, Outcome.CORRECTED):
        name = context.person.pseudonym or "?"  # type: ignore[union-attr]
        if decision.outcome == Outcome.RETRACTED:
            await answer_query(
                update,
                context,
                tr.n_(
                    "Withdrawn: {n} person who received it is being told.",
                    "Withdrawn: {n} people who received it are being told.",
                    decision.queued,
                ),
            )
            await _close_requests(
                context,
                alert_id,
                lambda t: t._(
                    "ℹ️ Alert #{id} was withdrawn, confirmed by {name}.", id=alert_id, name=esc(name)
                ),
            )
        else:
            await answer_query(
                update,
                context,
                tr.n_(
                    "Correction sent: it is going to {n} person.",
                    "Correction sent: it is going to {n} people.",
                    decision.queued,
                ),
            )
            await _close_requests(
                context,
                alert_id,
                lambda t: t._(
                    "Alert #{id} was corrected, confirmed by {name}.", id=alert_id, name=esc(name)
                ),
            )
    else:
        await answer_query(
            update, context, tr._("Nothing waits for confirmation here any more."), alert=True
        )
        await _close_requests(
            context, alert_id, lambda t: t._("Nothing waits for confirmation here any more.")
        )


async def cancel_request_button(update: Update, context: HRContext, pressed: RequestCancel) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    name = context.person.pseudonym or "?"  # type: ignore[union-attr]
    await feature(context).review.cancel_request(alert_id, context.person)  # type: ignore[arg-type]
    await answer_query(update, context, context.tr._("The alert stays as it was sent."))
    await _close_requests(
        context,
        alert_id,
        lambda t: t._(
            "Alert #{id} stays as it was sent: {name} did not agree to change it.",
            id=alert_id,
            name=esc(name),
        ),
    )
