"""Moderators: reviewing reports (approve / edit / reject), /moderate, corrections, withdrawals.

Review messages go to HRBOT_MODERATOR_CHAT, or else by private message to every moderator
who has chosen a pseudonym. Every button checks the presser's role when it arrives (the
router), and the domain re-checks what matters (not one's own report, still pending).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import html
import logging
import re
from datetime import UTC, datetime, timedelta
from typing import Any, get_args

from babel.dates import format_timedelta
from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, filters

from bot.alerts import picture
from bot.alerts.card import COLOUR_LABELS, FORM_LABELS, IMPRINT_LABELS, SIGN_LABELS, language_name
from bot.alerts.labels import (
    ADVICE_BUTTONS,
    EVIDENCE_BUTTONS,
    REJECT_REASONS,
    SEVERITY_BUTTONS,
    STATE_LABELS,
    SUBSTANCE_BUTTONS,
    label,
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
    Alert,
)
from bot.alerts.reports import EXPIRY_CHOICES, check_text
from bot.alerts.review import (
    TEXT_FIELDS,
    Decision,
    DeliveryUnavailable,
    InvalidChange,
    Outcome,
    apply_change,
)
from bot.handlers.alerts_common import (
    TEXT_INPUTS,
    button_for,
    clear_expected,
    esc,
    expect_text,
    feature,
    moderator_ready,
)
from bot.handlers.base import BotRegistry, HRContext, answer_query, edit_or_send, reply
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
    EditMode,
    EditOp,
    Moderate,
    ModerateAlert,
    NoteCancel,
    NoteSend,
    NoteTranslate,
    PeerInvite,
    Peers,
    RejectReason,
    RequestCancel,
    RequestConfirm,
)
from bot.i18n import N_, Translator
from bot.people import Person

log = logging.getLogger(__name__)


def _moderator(context: HRContext) -> Person:
    """The moderator acting: these handlers run after ``moderator_ready`` (or its prompts)."""
    if context.person is None:
        raise RuntimeError("a moderator tool ran without a person")
    return context.person


REVIEW_PURPOSE = "review"
_TAG = re.compile(r"<[^>]+>")
CORRECTIONS_KEY = "alerts.corrections"
LIST_PAGE = 8

TRANSLATION_FIELD_LABELS = {
    "sold_as": N_("Sold as"),
    "found_free": N_("Found"),
    "appearance": N_("Looks like"),
    "effects": N_("Effects seen"),
    "advice_free": N_("Advice"),
    "correction": N_("Moderators' note"),
}

TEXT_FIELD_LABELS = {
    "sold_as": N_("Sold as (own words)"),
    "found_free": N_("Found (own words)"),
    "appearance": N_("Looks like"),
    "effects": N_("Effects seen"),
    "advice_free": N_("Advice (own words)"),
}


def render(alert: Alert, tr: Translator, region_name: str, kind: str = "alert") -> str:
    """The alert card exactly as subscribers will see it (B2's card)."""
    from bot.alerts.card import render_card

    return render_card(alert, tr, region_name, kind)


def _fit(parts: list[str]) -> str:
    """Join HTML parts; if that is over Telegram's 4,096 characters, fall back to plain text
    (cutting inside the markup would make Telegram refuse the whole message)."""
    text = "\n\n".join(p for p in parts if p)
    if len(text) <= 4096:
        return text
    plain = html.unescape(_TAG.sub("", text))
    return esc(plain[:4000].rstrip() + "…")


def waited_text(tr: Translator, alert: Alert, now: datetime | None = None) -> str:
    """ "Waiting for 25 minutes." in the reader's language."""
    waited = max((now or datetime.now(UTC)) - alert.created_at, timedelta(0))
    return tr._(
        "Waiting for {time}.", time=format_timedelta(waited, threshold=1.5, locale=tr.locale)
    )


def readers_text(tr: Translator, alert: Alert, readers: dict[str, int]) -> str:
    """Which languages the region's subscribers read, and which translations are missing."""
    if not readers:
        return tr._("Nobody is subscribed to this area yet.")
    names = ", ".join(f"{language_name(code, tr)} ({tr.number(n)})" for code, n in readers.items())
    lines = [tr._("Subscribers here read: {languages}.", languages=esc(names))]
    missing = alert.missing_translations(list(readers))
    if missing:
        fields = {
            code: ", ".join(tr._(TRANSLATION_FIELD_LABELS[name]) for name in names_)
            for code, names_ in missing.items()
        }
        lines.append(
            tr._(
                "Typed words not yet translated: {items}. Readers of those languages see them "
                "in the original language, labelled as such.",
                items=esc("; ".join(f"{language_name(c, tr)}: {v}" for c, v in fields.items())),
            )
        )
    return "\n".join(lines)


def review_text(
    context: HRContext,
    tr: Translator,
    alert: Alert,
    reporter: str,
    approvals: list[str],
    status: str = "",
    readers: dict[str, int] | None = None,
) -> str:
    f = feature(context)
    needed = f.review.needed(alert.severity)
    head = tr._(
        "<b>Report #{id}</b> from {name}, waiting for review.",
        id=alert.id,
        name=esc(reporter or "?"),
    )
    count = tr.n_(
        "{n} approval of {needed} needed so far.",
        "{n} approvals of {needed} needed so far.",
        len(approvals),
        needed=needed,
    )
    who = tr._("Approved by: {names}", names=esc(", ".join(approvals))) if approvals else ""
    card = render(alert, tr, f.region_name(alert.region_id, tr.lang))
    pending = alert.state == "pending" and not status
    extra = [esc(waited_text(tr, alert))] if pending else []
    if pending and readers is not None:
        extra.append(readers_text(tr, alert, readers))
    return _fit([head, card, count + ("\n" + who if who else ""), *extra, status])


def review_keyboard(
    context: HRContext,
    chat_id: int,
    alert_id: int,
    tr: Translator,
    missing: list[str] | None = None,
) -> InlineKeyboardMarkup:
    rows = [
        [
            button_for(context, chat_id, tr._("✅ Approve"), AlertApprove(alert_id)),
            button_for(context, chat_id, tr._("✏️ Edit"), AlertEdit("p", alert_id, "open")),
            button_for(context, chat_id, tr._("❌ Reject"), AlertReject(alert_id)),
        ]
    ]
    cells = [
        button_for(
            context,
            chat_id,
            tr._("🌐 Translate: {language}", language=language_name(code, tr)),
            AlertTranslate(alert_id, code),
        )
        for code in (missing or [])
    ]
    rows += [cells[i : i + 2] for i in range(0, len(cells), 2)]
    return InlineKeyboardMarkup(rows)


async def _readers(context: HRContext, alert: Alert) -> dict[str, int]:
    return await feature(context).review.reader_languages(alert.region_id)


async def send_for_review(
    context: HRContext,
    alert: Alert,
    reporter_key: bytes | None,
    reporter: str,
    exclude: set[bytes] | frozenset[bytes] = frozenset(),
    only: bytes | None = None,
    note_for: Any = None,
    approvals: list[str] | None = None,
) -> int:
    """Post a report to the moderators (again, for a reminder: ``note_for(tr)`` heads it);
    returns how many chats it reached."""
    services = context.services
    f = feature(context)
    reached = 0
    readers = await _readers(context, alert)
    missing = list(alert.missing_translations(list(readers)))
    for target in await services.moderators.reviewers(reporter_key, exclude, only):
        chat_id, lang = target.chat_id, target.language or "en"
        tr = services.i18n.translator(lang)
        text = review_text(context, tr, alert, reporter, approvals or [], readers=readers)
        if note_for is not None:
            text = _fit([note_for(tr), text])
        try:
            message = await context.bot.send_message(
                chat_id,
                text,
                parse_mode=ParseMode.HTML,
                reply_markup=review_keyboard(context, chat_id, int(alert.id or 0), tr, missing),
            )
            if alert.photo_file_id:  # text first: a lock screen never shows only "Photo"
                await context.bot.send_photo(
                    chat_id, alert.photo_file_id, reply_to_message_id=message.message_id
                )
        except TelegramError as exc:
            log.warning("Could not post a report for review (%s)", type(exc).__name__)
            continue
        sealed = services.keyring.seal_chat(chat_id, REVIEW_PURPOSE)
        await f.repo.add_review_message(int(alert.id or 0), sealed, message.message_id, lang)
        reached += 1
    if not reached:
        log.warning(
            "A report could not be sent to any moderator (set HRBOT_MODERATOR_CHAT, or "
            "moderators must choose a pseudonym first)"
        )
    return reached


async def refresh_reviews(context: HRContext, alert_id: int, decided: str = "") -> None:
    """Update every review message of an alert: approvals so far, or the decision (no buttons)."""
    services = context.services
    f = feature(context)
    alert = await f.repo.get_alert(alert_id)
    if alert is None:
        return
    _, reporter, _ = await f.repo.reporter(alert_id)
    approvals = [a.pseudonym for a in await f.repo.approvals(alert_id)]
    readers = None if decided else await _readers(context, alert)
    missing = list(alert.missing_translations(list(readers or {})))
    for message in await f.repo.review_messages(alert_id):
        try:
            chat_id = services.keyring.open_chat(message.sealed_chat, REVIEW_PURPOSE)
        except Exception:  # noqa: BLE001 - a damaged row must not stop the others
            log.warning("Could not open a review message's sealed chat")
            continue
        tr = services.i18n.translator(message.language)
        status = _decided_text(tr, decided, alert, approvals) if decided else ""
        markup = None if decided else review_keyboard(context, chat_id, alert_id, tr, missing)
        try:
            await context.bot.edit_message_text(
                review_text(context, tr, alert, reporter, approvals, status, readers),
                chat_id=chat_id,
                message_id=message.message_id,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
            )
        except TelegramError as exc:
            if "not modified" not in str(exc).lower():
                log.info("Could not update a review message (%s)", type(exc).__name__)
    if decided:
        await f.repo.clear_review_messages(alert_id)


def _decided_text(tr: Translator, decided: str, alert: Alert, approvals: list[str]) -> str:
    if decided == "approved":
        return tr._(
            "<b>Approved</b> by {names}. Delivery has started.", names=esc(", ".join(approvals))
        )
    if decided.startswith("rejected:"):
        _, name, reason = decided.split(":", 2)
        return tr._(
            "<b>Rejected</b> by {name}: {reason}",
            name=esc(name),
            reason=esc(label(tr, REJECT_REASONS, reason)),
        )
    return tr._("<b>Decided</b>: {state}", state=esc(label(tr, STATE_LABELS, alert.state)))


async def notify_reporter(
    context: HRContext, alert_id: int, text_for: Any, share: bool = False
) -> None:
    """Tell the reporter (in their language) what happened to their report."""
    services = context.services
    f = feature(context)
    key, _, lang = await f.repo.reporter(alert_id)
    if key is None:
        return
    chat_id = await services.people.chat_of(key)
    if chat_id is None:
        return
    tr = services.i18n.translator(lang)
    markup = None
    if share and picture.available():
        markup = context.keyboard(
            [
                [
                    context.button(
                        tr._("🖼 Picture to share"), AlertPicture(alert_id, tr.lang), chat_id=chat_id
                    )
                ]
            ]
        )
    try:
        await context.bot.send_message(
            chat_id, text_for(tr), parse_mode=ParseMode.HTML, reply_markup=markup
        )
    except TelegramError as exc:
        log.info("Could not tell a reporter the outcome (%s)", type(exc).__name__)


# -- reminders: urgent reports do not wait silently --------------------------------------------------
async def remind_waiting(app: Application) -> None:
    """Bring up again every urgent warning that has waited an interval since it was last shown
    to moderators: a new review message (at the bottom of each chat) to each moderator who has
    not approved it, and the older ones updated with how long it has waited."""
    if not app.running:
        return
    context = HRContext(app)
    f = feature(context)
    now = datetime.now(UTC)
    interval = timedelta(seconds=f.settings.review_reping_s)
    for alert_id in await f.repo.due_reminders(now - interval, ["warning"]):
        await f.repo.mark_pinged(alert_id, now)
        alert = await f.repo.get_alert(alert_id)
        if alert is None or alert.state != "pending":
            continue
        reporter_key, reporter, _ = await f.repo.reporter(alert_id)
        approvals = [a.pseudonym for a in await f.repo.approvals(alert_id)]
        needed = f.review.needed(alert.severity)
        await refresh_reviews(context, alert_id)
        more = needed - len(approvals)
        await send_for_review(
            context,
            alert,
            reporter_key,
            reporter,
            exclude=await f.repo.approver_keys(alert_id),
            approvals=approvals,
            note_for=lambda t, a=alert, n=more: (
                "⏰ "
                + t.n_(
                    "<b>Still waiting: an urgent warning needs {n} more approval.</b> {waited}",
                    "<b>Still waiting: an urgent warning needs {n} more approvals.</b> {waited}",
                    n,
                    waited=esc(waited_text(t, a)),
                )
            ),
        )


async def brief_new_moderator(context: HRContext, user_key: bytes) -> None:
    """Tell a newly promoted moderator what waits for review, with each report to decide on."""
    f = feature(context)
    waiting = await f.repo.pending_ids()
    chat_id = await context.services.people.chat_of(user_key)
    if chat_id is None:
        return
    person = await context.services.people.repo.get(user_key)
    tr = context.services.i18n.translator(person.language if person else None)
    urgent = 0
    alerts = [a for a in [await f.repo.get_alert(i) for i in waiting] if a is not None]
    urgent = sum(1 for a in alerts if a.severity == "warning")
    lines = [
        tr._(
            "You are now a moderator: you review peers' reports before they go out, and invite and "
            "manage peers (/moderate, /invite, /peers)."
        )
    ]
    if alerts:
        lines.append(
            tr.n_(
                "{n} report is waiting for review",
                "{n} reports are waiting for review",
                len(alerts),
            )
            + (
                " " + tr.n_("({n} urgent warning).", "({n} urgent warnings).", urgent)
                if urgent
                else "."
            )
            + " "
            + tr._("Here they are:")
        )
    else:
        lines.append(tr._("Nothing is waiting for review right now."))
    try:
        await context.bot.send_message(chat_id, "\n\n".join(lines), parse_mode=ParseMode.HTML)
    except TelegramError as exc:
        log.info("Could not brief a new moderator (%s)", type(exc).__name__)
        return
    for alert in alerts:
        key, reporter, _ = await f.repo.reporter(int(alert.id or 0))
        if key == user_key:
            continue
        await send_for_review(
            context,
            alert,
            key,
            reporter,
            only=user_key,
            approvals=[a.pseudonym for a in await f.repo.approvals(int(alert.id or 0))],
        )


# -- a picture to share ---------------------------------------------------------------------------
async def picture_button(update: Update, context: HRContext, pressed: AlertPicture) -> None:
    """Send the alert as a PNG in one language, with one tap for each other language."""
    tr = context.tr
    alert_id = pressed.alert
    f = feature(context)
    alert = await f.repo.get_alert(alert_id)
    chat = update.effective_chat
    if alert is None or chat is None or alert.state not in ("approved", "retracted"):
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
        reporter_key, _, _ = await feature(context).repo.reporter(alert_id)
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
    alert = await feature(context).repo.get_alert(alert_id)
    if alert is None or alert.state != "pending" or lang not in context.services.i18n.languages:
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


# -- editing (a pending report, or a correction draft) ---------------------------------------------
async def _load(context: HRContext, mode: str, alert_id: int) -> Alert | None:
    f = feature(context)
    if mode == "c":
        drafts = (context.user_data or {}).get(CORRECTIONS_KEY, {})
        return drafts.get(alert_id)
    return await f.repo.get_alert(alert_id)


async def _change(
    update: Update, context: HRContext, mode: str, alert_id: int, field: str, value: str
) -> bool:
    tr = context.tr
    try:
        if mode == "c":
            draft = await _load(context, mode, alert_id)
            if draft is None:
                await answer_query(
                    update,
                    context,
                    tr._("This correction was closed. Start again from /moderate."),
                    alert=True,
                )
                return False
            apply_change(draft, field, value)
        else:
            decision = await feature(context).review.edit(alert_id, context.person, field, value)  # type: ignore[arg-type]
            if decision.outcome != Outcome.EDITED:
                await answer_query(
                    update, context, tr._("This report has already been decided."), alert=True
                )
                return False
            await refresh_reviews(
                context, alert_id
            )  # other moderators see the change (and 0 approvals)
    except InvalidChange as exc:
        await answer_query(update, context, _change_problem(tr, exc.reason), alert=True)
        return False
    return True


def _change_problem(tr: Translator, reason: str) -> str:
    if reason == "long":
        return tr._("That is too long. Please shorten it.")
    if reason == "contact":
        return tr._(
            "Please leave out links, @usernames and phone numbers: alerts must not point to anyone."
        )
    if reason == "nothing-found":
        return tr._("At least one substance or a description of what was found is needed.")
    if reason == "empty":
        return tr._("This cannot be left empty.")
    return tr._("That did not work. Please try again.")


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
        index = int(value) if value.isdigit() else -1
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
    elif op == "tx" and value is not None and value.isdigit() and int(value) < len(TEXT_FIELDS):
        field = TEXT_FIELDS[int(value)]
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


def _private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == "private"


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
    await _hold_note(update, context, alert_id, "correction", note)


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
        await _requested(update, context, alert_id, "correction", decision)
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
    update: Update, context: HRContext, alert_id: int, kind: str, note: str
) -> None:
    """Keep the typed note while the moderator may translate it for the subscribers' languages."""
    _notes(context)[alert_id] = {"kind": kind, "note": note, "lang": context.tr.lang, "texts": {}}
    await _note_screen(update, context, alert_id)


async def _note_screen(update: Update, context: HRContext, alert_id: int) -> None:
    """The note, the languages its readers read, a button per missing translation, and Send."""
    tr = context.tr
    held = _notes(context).get(alert_id)
    alert = await feature(context).repo.get_alert(alert_id)
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
    send = tr._("Send the correction") if held["kind"] == "correction" else tr._("Withdraw")
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
    if held["kind"] == "correction":
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


# -- /moderate: alerts with their state and delivery ------------------------------------------------
async def moderate_command(update: Update, context: HRContext) -> None:
    clear_expected(context)
    if not await moderator_ready(update, context):
        return
    await _show_list(update, context, 0, edit=False)


async def moderate_button(update: Update, context: HRContext, pressed: Moderate) -> None:
    if not await moderator_ready(update, context):
        return
    page = max(0, pressed.page)
    await _show_list(update, context, page, edit=True)


def _counts(tr: Translator, progress: Any) -> str:
    if progress is None or progress.total == 0:
        return ""
    return tr._(
        "sent {sent}, failed {failed}, left {left}",
        sent=tr.number(progress.sent),
        failed=tr.number(progress.failed),
        left=tr.number(progress.left),
    )


async def _show_list(update: Update, context: HRContext, page: int, edit: bool) -> None:
    tr = context.tr
    f = feature(context)
    alerts = await f.repo.list_alerts(limit=200)
    alerts.sort(key=lambda a: (a.state != "pending", -(a.id or 0)))
    pages = max(1, (len(alerts) + LIST_PAGE - 1) // LIST_PAGE)
    page = min(max(page, 0), pages - 1)
    lines = [tr._("<b>Alerts</b> (waiting for review first)")]
    cells = []
    if not alerts:
        lines.append(tr._("No alerts yet."))
    for alert in alerts[page * LIST_PAGE : (page + 1) * LIST_PAGE]:
        counts = _counts(tr, await f.delivery(int(alert.id or 0)))
        region = f.region_name(alert.region_id, tr.lang).split(", ")[0]
        lines.append(
            f"#{alert.id} · {esc(label(tr, STATE_LABELS, alert.state))} · "
            f"{esc(label(tr, SEVERITY_BUTTONS, alert.severity))} · {esc(region)} · "
            f"{esc(tr.date(alert.created_at.date(), 'short'))}–{esc(tr.date(alert.expires_at.date(), 'short'))}"
            + (f" · {esc(counts)}" if counts else "")
        )
        cells.append(context.button(f"#{alert.id}", ModerateAlert(alert.number)))
    rows = [cells[i : i + 4] for i in range(0, len(cells), 4)]
    nav = []
    if page > 0:
        nav.append(context.button("‹", Moderate(page - 1)))
    if page < pages - 1:
        nav.append(context.button("›", Moderate(page + 1)))
    rows.append(nav)
    rows.append(
        [
            context.button(tr._("Invite a peer"), PeerInvite()),
            context.button(tr._("Peers"), Peers(0)),
        ]
    )
    text = "\n".join(lines)
    kwargs = {"parse_mode": ParseMode.HTML, "reply_markup": context.keyboard(rows)}
    if edit:
        await edit_or_send(update, text, **kwargs)
    else:
        await reply(update, text, **kwargs)


async def alert_detail(update: Update, context: HRContext, pressed: ModerateAlert) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    f = feature(context)
    alert = await f.repo.get_alert(alert_id)
    tr = context.tr
    if alert is None:
        await answer_query(update, context, tr._("There is no such alert."), alert=True)
        return
    counts = _counts(tr, await f.delivery(alert.id or 0))
    status = tr._(
        "State: {state}. Version {version}.",
        state=esc(label(tr, STATE_LABELS, alert.state)),
        version=alert.version,
    )
    approvals = [a.pseudonym for a in await f.repo.approvals(alert.id or 0)]
    _, reporter, _ = await f.repo.reporter(alert.id or 0)
    who = tr._(
        "Reported by {name}; approved by {names}.",
        name=esc(reporter or "?"),
        names=esc(", ".join(approvals) or "-"),
    )
    rows = []
    if alert.state == "pending":
        rows.append(
            [
                context.button(tr._("✅ Approve"), AlertApprove(alert.number)),
                context.button(tr._("✏️ Edit"), AlertEdit("p", alert.number, "m")),
                context.button(tr._("❌ Reject"), AlertReject(alert.number)),
            ]
        )
    elif alert.state == "approved":
        rows.append(
            [
                context.button(tr._("Correct"), AlertCorrect(alert.number)),
                context.button(tr._("Withdraw"), AlertWithdraw(alert.number)),
            ]
        )
        if picture.available():
            rows.append(
                [context.button(tr._("🖼 Picture to share"), AlertPicture(alert.number, tr.lang))]
            )
    elif alert.state == "expired":
        rows.append([context.button(tr._("Withdraw"), AlertWithdraw(alert.number))])
    rows.append([context.button(tr._("Back"), Moderate(0))])
    text = _fit(
        [
            render(alert, tr, f.region_name(alert.region_id, tr.lang)),
            status,
            who,
            tr._("Delivery: {counts}", counts=esc(counts)) if counts else "",
        ]
    )
    await edit_or_send(update, text, parse_mode=ParseMode.HTML, reply_markup=context.keyboard(rows))


async def correct_button(update: Update, context: HRContext, pressed: AlertCorrect) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    tr = context.tr
    alert = await feature(context).repo.get_alert(alert_id)
    if alert is None or alert.state != "approved":
        await answer_query(
            update, context, tr._("Only an approved, current alert can be corrected."), alert=True
        )
        return
    if context.user_data is not None:
        context.user_data.setdefault(CORRECTIONS_KEY, {})[alert.id] = copy.deepcopy(alert)
    if not _private(update):
        await edit_button(update, context, AlertEdit("c", alert.number, "m"))
        return
    await answer_query(update, context)
    message = update.callback_query.message if update.callback_query else None
    await _show_edit_menu(
        context,
        "c",
        int(alert.id or 0),
        update.effective_chat.id,  # type: ignore[union-attr]
        message.message_id if message else None,
    )


async def retract_button(update: Update, context: HRContext, pressed: AlertWithdraw) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    tr = context.tr
    expect_text(context, "retract", alert=alert_id)
    await edit_or_send(
        update,
        tr._(
            "Withdraw alert #{id}? Everyone who received it will be told it no longer applies.\n\n"
            "Send a short reason now (it is shown to them), or press Withdraw to withdraw it without one.",
            id=alert_id,
        ),
        reply_markup=context.keyboard(
            [
                [
                    context.button(tr._("Withdraw"), AlertWithdrawConfirmed(alert_id)),
                    context.button(tr._("Cancel"), ModerateAlert(alert_id)),
                ]
            ]
        ),
    )


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
        await _requested(update, context, alert_id, "retraction", decision)
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


async def retract_confirmed(
    update: Update, context: HRContext, pressed: AlertWithdrawConfirmed
) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    await answer_query(update, context)
    await _retract(update, context, alert_id, "")


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
    await _hold_note(update, context, alert_id, "retraction", text)


# -- withdrawals and downgrades that need as many moderators as the alert did -----------------------
def _request_text(
    tr: Translator,
    kind: str,
    requester: str,
    alert_id: int,
    updated: Alert,
    sent: int,
    needed: int,
    confirmed: list[str],
    region: str,
) -> str:
    if kind == "retraction":
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
    update: Update, context: HRContext, alert_id: int, kind: str, decision: Decision
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
        await f.repo.add_review_message(
            alert_id,
            context.services.keyring.seal_chat(chat_id, REVIEW_PURPOSE),
            message.message_id,
            lang,
        )


async def _close_requests(context: HRContext, alert_id: int, status_for: Any) -> None:
    """Replace the buttons of every confirmation request of this alert with what was decided."""
    services = context.services
    f = feature(context)
    for message in await f.repo.review_messages(alert_id):
        try:
            chat_id = services.keyring.open_chat(message.sealed_chat, REVIEW_PURPOSE)
            await context.bot.edit_message_text(
                status_for(services.i18n.translator(message.language)),
                chat_id=chat_id,
                message_id=message.message_id,
                parse_mode=ParseMode.HTML,
            )
        except Exception as exc:  # noqa: BLE001 - one damaged or deleted message must not stop the others
            log.info("Could not update a confirmation request (%s)", type(exc).__name__)
    await f.repo.clear_review_messages(alert_id)


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
        "moderate", N_("moderators: review alerts and see their delivery"), order=72, listed=False
    )
