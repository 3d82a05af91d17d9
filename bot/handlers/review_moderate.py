"""/moderate: the list of alerts with their state and delivery (``mo``/``moa``), and
correcting or withdrawing one (``moc``/``mor``/``mory``).
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from telegram import Update
from telegram.constants import ParseMode

from bot.alerts import picture
from bot.alerts.labels import (
    SEVERITY_BUTTONS,
    STATE_LABELS,
    label,
)
from bot.alerts.model import AlertState
from bot.handlers.alerts_common import (
    clear_expected,
    esc,
    expect_text,
    feature,
    moderator_ready,
)
from bot.handlers.base import HRContext, answer_query, edit_or_send, reply
from bot.handlers.buttons import (
    AlertApprove,
    AlertCorrect,
    AlertEdit,
    AlertPicture,
    AlertReject,
    AlertWithdraw,
    AlertWithdrawConfirmed,
    Moderate,
    ModerateAlert,
    PeerInvite,
    Peers,
)
from bot.handlers.review_cards import CORRECTIONS_KEY, _fit, _private, render
from bot.handlers.review_changes import _retract
from bot.handlers.review_edit import _show_edit_menu, edit_button
from bot.i18n import Translator

log = logging.getLogger(__name__)
LIST_PAGE = 8


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
    alerts = await f.recent(limit=200)
    alerts.sort(key=lambda a: (a.state != AlertState.PENDING, -(a.id or 0)))
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
    alert = await f.alert(alert_id)
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
    facts = await f.posts.facts(alert_id)
    approvals, reporter = (facts.approvals, facts.reporter) if facts else ([], "")
    who = tr._(
        "Reported by {name}; approved by {names}.",
        name=esc(reporter or "?"),
        names=esc(", ".join(approvals) or "-"),
    )
    rows = []
    if alert.state == AlertState.PENDING:
        rows.append(
            [
                context.button(tr._("✅ Approve"), AlertApprove(alert.number)),
                context.button(tr._("✏️ Edit"), AlertEdit("p", alert.number, "m")),
                context.button(tr._("❌ Reject"), AlertReject(alert.number)),
            ]
        )
    elif alert.state == AlertState.APPROVED:
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
    elif alert.state == AlertState.EXPIRED:
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
    alert = await feature(context).alert(alert_id)
    if alert is None or alert.state != AlertState.APPROVED:
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


async def retract_confirmed(
    update: Update, context: HRContext, pressed: AlertWithdrawConfirmed
) -> None:
    if not await moderator_ready(update, context):
        return
    alert_id = pressed.alert
    await answer_query(update, context)
    await _retract(update, context, alert_id, "")
