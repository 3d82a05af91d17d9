"""Moderators see a report: the alert card, the review message and its buttons, posting it
to the moderators (``bot.moderators.Moderators.reviewers`` decides where), refreshing it when
it is decided, telling the reporter, reminders. Shared by the review conversations and by
/report (which posts what it submits); no buttons are handled here.
"""

from __future__ import annotations

import html
import logging
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from babel.dates import format_timedelta
from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application

from bot.alerts import picture
from bot.alerts.card import language_name
from bot.alerts.labels import (
    REJECT_REASONS,
    STATE_LABELS,
    label,
)
from bot.alerts.model import Alert, AlertState, DeliveryKind, Severity
from bot.alerts.review import (
    InvalidChange,
    Outcome,
    apply_change,
)
from bot.handlers.alerts_common import (
    button_for,
    esc,
    feature,
)
from bot.handlers.base import HRContext, answer_query
from bot.handlers.buttons import (
    AlertApprove,
    AlertEdit,
    AlertPicture,
    AlertReject,
    AlertTranslate,
)
from bot.i18n import N_, Translator
from bot.people import Person

log = logging.getLogger(__name__)


def _moderator(context: HRContext) -> Person:
    """The moderator acting: these handlers run after ``moderator_ready`` (or its prompts)."""
    if context.person is None:
        raise RuntimeError("a moderator tool ran without a person")
    return context.person


_TAG = re.compile(r"<[^>]+>")
CORRECTIONS_KEY = "alerts.corrections"

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


def render(
    alert: Alert, tr: Translator, region_name: str, kind: DeliveryKind = DeliveryKind.ALERT
) -> str:
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
    pending = alert.state == AlertState.PENDING and not status
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
        await f.posts.remember(alert.number, chat_id, message.message_id, lang)
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
    facts = await f.posts.facts(alert_id)
    if facts is None:
        return
    alert, reporter, approvals = facts.alert, facts.reporter, facts.approvals
    readers = None if decided else await _readers(context, alert)
    missing = list(alert.missing_translations(list(readers or {})))
    for message in await f.posts.posts(alert_id):
        chat_id = message.chat_id
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
        await f.posts.forget(alert_id)


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
    reporter = await f.posts.reporter_chat(alert_id)
    if reporter is None:
        return
    chat_id, lang = reporter
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
    for alert_id in await f.posts.due(now - interval, now):
        facts = await f.posts.facts(alert_id)
        if facts is None or facts.alert.state != AlertState.PENDING:
            continue
        alert, reporter_key, reporter = facts.alert, facts.reporter_key, facts.reporter
        approvals = facts.approvals
        needed = f.review.needed(alert.severity)
        await refresh_reviews(context, alert_id)
        more = needed - len(approvals)
        await send_for_review(
            context,
            alert,
            reporter_key,
            reporter,
            exclude=await f.posts.approvers(alert_id),
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
    chat_id = await context.services.people.chat_of(user_key)
    if chat_id is None:
        return
    tr = context.services.i18n.translator(await context.services.people.language_of(user_key))
    waiting = await f.posts.pending()
    alerts = [w.alert for w in waiting]
    urgent = sum(1 for a in alerts if a.severity == Severity.WARNING)
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
    for facts in waiting:
        if facts.reporter_key == user_key:
            continue
        await send_for_review(
            context,
            facts.alert,
            facts.reporter_key,
            facts.reporter,
            only=user_key,
            approvals=facts.approvals,
        )


# -- editing (a pending report, or a correction draft) ---------------------------------------------
async def _load(context: HRContext, mode: str, alert_id: int) -> Alert | None:
    f = feature(context)
    if mode == "c":
        drafts = (context.user_data or {}).get(CORRECTIONS_KEY, {})
        return drafts.get(alert_id)
    return await f.alert(alert_id)


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


def _private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == "private"
