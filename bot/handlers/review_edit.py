"""Editing a pending report or a correction draft (the ``ae`` buttons, in the moderator's
private chat): the menu of fields and the typed new texts.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.alerts.card import COLOUR_LABELS, FORM_LABELS, IMPRINT_LABELS, SIGN_LABELS
from bot.alerts.labels import (
    ADVICE_BUTTONS,
    EVIDENCE_BUTTONS,
    SEVERITY_BUTTONS,
    SUBSTANCE_BUTTONS,
)
from bot.alerts.model import (
    ADVICE,
    COLOURS,
    EVIDENCE,
    FORMS,
    IMPRINTS,
    SEVERITIES,
    SIGNS,
    SUBSTANCES,
)
from bot.alerts.reports import EXPIRY_CHOICES
from bot.alerts.review import (
    TEXT_FIELDS,
    InvalidChange,
    Outcome,
    apply_change,
)
from bot.handlers.alerts_common import (
    button_for,
    clear_expected,
    expect_text,
    feature,
    moderator_ready,
)
from bot.handlers.base import HRContext, answer_query, edit_or_send, reply
from bot.handlers.buttons import (
    AlertApprove,
    AlertEdit,
    AlertReject,
    EditMode,
    EditOp,
)
from bot.handlers.review_cards import (
    CORRECTIONS_KEY,
    TEXT_FIELD_LABELS,
    _change,
    _change_problem,
    _fit,
    _load,
    _private,
    refresh_reviews,
    render,
)

log = logging.getLogger(__name__)


async def edit_button(update: Update, context: HRContext, pressed: AlertEdit) -> None:
    """``ae:<mode>:<alert>:<op>[:<value>]`` (mode p = pending report, c = correction draft)."""
    if not await moderator_ready(update, context):
        return
    mode, alert_id, op, value = pressed.mode, pressed.alert, pressed.op, pressed.value
    tr = context.tr
    if not _private(update):
        # Editing needs typed answers, so it happens in the moderator's private chat.
        try:
            await _show_edit_menu(context, mode, alert_id, context.person.telegram_id, None)  # type: ignore[union-attr]
            await answer_query(
                update,
                context,
                tr._("I have sent you the editing options in a private chat."),
                alert=True,
            )
        except TelegramError:
            await answer_query(
                update,
                context,
                tr._("Open a private chat with me first, then press Edit again."),
                alert=True,
            )
        return
    chat_id = update.effective_chat.id  # type: ignore[union-attr]
    message_id = (
        update.callback_query.message.message_id
        if update.callback_query and update.callback_query.message
        else None
    )
    if op == "open":  # from a review message, which stays as it is: the menu is a new message
        await answer_query(update, context)
        await _show_edit_menu(context, mode, alert_id, chat_id, None)
        return
    tables = {
        "sv": SEVERITIES,
        "ev": EVIDENCE,
        "fd": SUBSTANCES,
        "ad": ADVICE,
        "lf": FORMS,
        "lc": COLOURS,
        "li": IMPRINTS,
        "sg": SIGNS,
    }
    fields = {
        "sv": "severity",
        "ev": "evidence",
        "fd": "found",
        "ad": "advice",
        "lf": "form",
        "lc": "colour",
        "li": "imprint",
        "sg": "signs",
    }
    if op == "lk" and value is None:
        await _show_edit_menu(context, mode, alert_id, chat_id, message_id, "lk")
        return
    if op in tables and value is not None:
        index = pressed.index if pressed.index is not None else -1
        if not 0 <= index < len(tables[op]):
            return
        if not await _change(update, context, mode, alert_id, fields[op], tables[op][index]):
            return
        next_view = {"fd": "fd", "ad": "ad", "lf": "lk", "lc": "lk", "li": "lk", "sg": "sg"}.get(
            op, "m"
        )
        await _show_edit_menu(context, mode, alert_id, chat_id, message_id, next_view)
    elif op in tables or op == "ex":
        if op == "ex" and value is not None:
            if not await _change(update, context, mode, alert_id, "expiry", value):
                return
            await _show_edit_menu(context, mode, alert_id, chat_id, message_id)
        else:
            await _show_edit_menu(context, mode, alert_id, chat_id, message_id, op)
    elif op == "tx" and pressed.index is not None and pressed.index < len(TEXT_FIELDS):
        field = TEXT_FIELDS[pressed.index]
        expect_text(context, "edit", mode=mode, alert=alert_id, field=field)
        await answer_query(update, context)
        await reply(
            update,
            tr._(
                "Send the new text for “{field}”. Send - to clear it, or /cancel to keep it.",
                field=tr._(TEXT_FIELD_LABELS[field]),
            ),
        )
    elif op == "ph":
        if await _change(update, context, mode, alert_id, "photo", "remove"):
            await _show_edit_menu(context, mode, alert_id, chat_id, message_id)
    elif op == "send" and mode == "c":
        expect_text(context, "correction", alert=alert_id)
        await answer_query(update, context)
        await reply(
            update,
            tr._(
                "In one or two sentences, what changed? This note is shown at the top of the "
                "correction everyone receives. Send it now, or /cancel."
            ),
        )
    elif op == "x":
        if mode == "c" and context.user_data is not None:
            context.user_data.get(CORRECTIONS_KEY, {}).pop(alert_id, None)
        clear_expected(context)
        await edit_or_send(update, tr._("Closed without changes."))
    else:
        await _show_edit_menu(context, mode, alert_id, chat_id, message_id)


async def _show_edit_menu(
    context: HRContext,
    mode: EditMode,
    alert_id: int,
    chat_id: int,
    message_id: int | None,
    view: str = "m",
) -> None:
    f = feature(context)
    tr = context.services.i18n.translator(context.tr.lang)
    alert = await _load(context, mode, alert_id)
    if alert is None:
        await context.bot.send_message(
            chat_id, tr._("This report or correction is no longer open.")
        )
        return

    def b(text: str, op: EditOp, value: object = None):
        return button_for(
            context,
            chat_id,
            text,
            AlertEdit(mode, alert_id, op, None if value is None else str(value)),
        )

    rows: list[list[Any]] = []
    if view == "sv":
        rows = [
            [b(("✓ " if s == alert.severity else "") + tr._(SEVERITY_BUTTONS[s]), "sv", i)]
            for i, s in enumerate(SEVERITIES)
        ]
    elif view == "ev":
        rows = [
            [b(("✓ " if e == alert.evidence else "") + tr._(EVIDENCE_BUTTONS[e]), "ev", i)]
            for i, e in enumerate(EVIDENCE)
        ]
    elif view == "fd":
        cells = [
            b(("✓ " if s in alert.found else "") + tr._(SUBSTANCE_BUTTONS[s]), "fd", i)
            for i, s in enumerate(SUBSTANCES)
        ]
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    elif view == "ad":
        cells = [
            b(("✓ " if a in alert.advice else "") + tr._(ADVICE_BUTTONS[a]), "ad", i)
            for i, a in enumerate(ADVICE)
        ]
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    elif view == "ex":
        rows = [[b(tr.n_("{n} day", "{n} days", d), "ex", d) for d in EXPIRY_CHOICES]]
    elif view in ("lk", "sg"):
        groups: list[tuple[tuple[str, ...], dict[str, str], list[Any], EditOp, int]] = (
            [
                (FORMS, FORM_LABELS, [alert.form], "lf", 3),
                (COLOURS, COLOUR_LABELS, [alert.colour], "lc", 4),
                (IMPRINTS, IMPRINT_LABELS, [alert.imprint], "li", 3),
            ]
            if view == "lk"
            else [(SIGNS, SIGN_LABELS, alert.signs, "sg", 2)]
        )
        for codes, labels, chosen, op, width in groups:
            cells = [
                b(("✓ " if c in chosen else "") + tr._(labels[c]), op, i)
                for i, c in enumerate(codes)
            ]
            rows += [cells[i : i + width] for i in range(0, len(cells), width)]
    if view != "m":
        rows.append([b(tr._("Done"), "m")])
    else:
        rows = [
            [b(tr._("Severity"), "sv"), b(tr._("How sure"), "ev")],
            [b(tr._("What was found"), "fd"), b(tr._("Advice"), "ad")],
            [b(tr._("Form, colour, markings"), "lk"), b(tr._("Signs people showed"), "sg")],
            [b(tr._("Expiry"), "ex"), b(tr._(TEXT_FIELD_LABELS["sold_as"]), "tx", 0)],
            [
                b(tr._(TEXT_FIELD_LABELS["found_free"]), "tx", 1),
                b(tr._(TEXT_FIELD_LABELS["appearance"]), "tx", 2),
            ],
            [
                b(tr._(TEXT_FIELD_LABELS["effects"]), "tx", 3),
                b(tr._(TEXT_FIELD_LABELS["advice_free"]), "tx", 4),
            ],
        ]
        if alert.photo_file_id:
            rows.append([b(tr._("Remove the photo"), "ph")])
        if mode == "p":
            rows.append(
                [
                    button_for(context, chat_id, tr._("✅ Approve"), AlertApprove(alert_id)),
                    button_for(context, chat_id, tr._("❌ Reject"), AlertReject(alert_id)),
                ]
            )
        else:
            rows.append([b(tr._("Send the correction"), "send"), b(tr._("Cancel"), "x")])
    head = (
        tr._(
            "<b>Editing report #{id}.</b> Changes are saved at once; approvals given before an edit no "
            "longer count.",
            id=alert_id,
        )
        if mode == "p"
        else tr._(
            "<b>Correcting alert #{id}.</b> Change what is wrong, then send the correction: everyone "
            "who received the alert gets it.",
            id=alert_id,
        )
    )
    text = _fit([head, render(alert, tr, f.region_name(alert.region_id, tr.lang))])
    markup = InlineKeyboardMarkup(rows)
    if message_id is not None:
        try:
            await context.bot.edit_message_text(
                text,
                chat_id=chat_id,
                message_id=message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
            )
            return
        except TelegramError as exc:
            if "not modified" in str(exc).lower():
                return
    await context.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def on_edit_text(update: Update, context: HRContext, pending: dict[str, Any]) -> None:
    tr = context.tr
    text = (update.effective_message.text or "") if update.effective_message else ""
    mode, alert_id, field = pending["mode"], int(pending["alert"]), pending["field"]
    try:
        if mode == "c":
            draft = await _load(context, mode, alert_id)
            if draft is None:
                await reply(update, tr._("This report or correction is no longer open."))
                return
            apply_change(draft, field, text)
        else:
            decision = await feature(context).review.edit(alert_id, context.person, field, text)  # type: ignore[arg-type]
            if decision.outcome != Outcome.EDITED:
                await reply(update, tr._("This report has already been decided."))
                return
    except InvalidChange as exc:
        await reply(update, _change_problem(tr, exc.reason))
        expect_text(
            context, "edit", **{k: v for k, v in pending.items() if k not in ("kind", "at")}
        )
        return
    await _show_edit_menu(context, mode, alert_id, update.effective_chat.id, None)  # type: ignore[union-attr]
    if mode == "p":
        await refresh_reviews(context, alert_id)
