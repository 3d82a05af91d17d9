"""/report: the guided form in which a verified peer reports a bad batch.

Buttons wherever possible, a Cancel button and a Back button at every step, typed answers
where only words will do. The form never asks where a drug was bought or anything about a
person; free text with links, @usernames or phone numbers is refused. The draft lives in
memory until Submit; an unfinished form closes after ``HRBOT_REPORT_TIMEOUT`` minutes of
inactivity (default 30). A preview shows the card exactly as subscribers will get it.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, filters

from bot.alerts.card import COLOUR_LABELS, FORM_LABELS, IMPRINT_LABELS, SIGN_LABELS
from bot.alerts.labels import (
    ADVICE_BUTTONS,
    EVIDENCE_BUTTONS,
    SEVERITY_BUTTONS,
    SEVERITY_HELP,
    SOLD_AS_CHOICES,
    SUBSTANCE_BUTTONS,
    substance,
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
from bot.alerts.reports import (
    EXPIRY_CHOICES,
    Draft,
    Incomplete,
    LimitReached,
    NotAllowed,
    check_text,
)
from bot.handlers import prompts, review_cards
from bot.handlers.alerts_common import clear_expected, esc, feature, moderator_ready
from bot.handlers.base import (
    BotRegistry,
    HRContext,
    answer_query,
    edit_or_send,
    main_menu,
    reply,
)
from bot.handlers.buttons import ReportForm, ReportOp, ReportStart
from bot.i18n import N_, Translator

log = logging.getLogger(__name__)

DRAFT_KEY = "alerts.report"
STEPS = (
    "sold",
    "found",
    "evidence",
    "region",
    "appearance",
    "effects",
    "severity",
    "advice",
    "expiry",
    "preview",
)
FORM_STEPS = len(STEPS) - 1
COUNTRIES_PER_PAGE = 12
PROMPT = "report"  # the prompt kind: while the form is open, every message is an answer to it
# New messages only: an edit of an earlier message is not an answer to the current step.
IN_FORM = prompts.PRIVATE_MESSAGE & ~filters.COMMAND & ~filters.StatusUpdate.ALL


def _draft(context: HRContext) -> Draft | None:
    return (context.user_data or {}).get(DRAFT_KEY)


def _drop(context: HRContext) -> None:
    if context.user_data is not None:
        for key in (DRAFT_KEY, DRAFT_KEY + ".browse", DRAFT_KEY + ".step"):
            context.user_data.pop(key, None)


# -- rendering the steps ---------------------------------------------------------------------------
def _b(context: HRContext, draft: Draft, text: str, op: ReportOp, value: object = None):
    return context.button(text, ReportForm(draft.nonce, op, None if value is None else str(value)))


def _nav(context: HRContext, draft: Draft, step: str) -> list:
    tr = context.tr
    row = []
    if STEPS.index(step) > 0:
        row.append(_b(context, draft, tr._("‹ Back"), "b"))
    row.append(_b(context, draft, tr._("Cancel"), "x"))
    return row


def _title(tr: Translator, step: str) -> str:
    return tr._(
        "<b>Report a bad batch</b> · step {n} of {total}", n=STEPS.index(step) + 1, total=FORM_STEPS
    )


def _step_view(context: HRContext, draft: Draft, step: str, page: int = 0) -> tuple[str, Any]:
    tr = context.tr
    f = feature(context)
    rows: list[list[Any]] = []
    if step == "sold":
        text = "\n\n".join(
            [
                _title(tr, step),
                tr._("What was it sold as? Choose one, or type it in your own words."),
                tr._(
                    "I never ask where it was bought or who sold it. Please don't write names, places, "
                    "contacts or anything else that could identify a person."
                ),
            ]
        )
        cells = [
            _b(
                context,
                draft,
                ("✓ " if draft.sold_as == c and not draft.sold_as_free else "") + substance(tr, c),
                "s",
                SUBSTANCES.index(c),
            )
            for c in SOLD_AS_CHOICES
        ]
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    elif step == "found":
        chosen = [substance(tr, c) for c in draft.found] + (
            [draft.found_free] if draft.found_free else []
        )
        text = "\n\n".join(
            [
                _title(tr, step),
                tr._(
                    "What was found in it, or what do you suspect? Choose everything that applies, then press "
                    "Done. You can also type it in your own words."
                ),
                tr._("Chosen: {items}", items=esc(", ".join(chosen))) if chosen else "",
            ]
        )
        cells = [
            _b(
                context,
                draft,
                ("✓ " if c in draft.found else "") + tr._(SUBSTANCE_BUTTONS[c]),
                "f",
                i,
            )
            for i, c in enumerate(SUBSTANCES)
        ]
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        rows.append([_b(context, draft, tr._("Done ›"), "fo")])
    elif step == "evidence":
        text = "\n\n".join(
            [_title(tr, step), tr._("How do you know? This is shown as how sure the alert is.")]
        )
        rows = [
            [
                _b(
                    context,
                    draft,
                    ("✓ " if e == draft.evidence else "") + tr._(EVIDENCE_BUTTONS[e]),
                    "e",
                    i,
                )
            ]
            for i, e in enumerate(EVIDENCE)
        ]
    elif step == "region":
        return _region_view(context, draft, page)
    elif step == "appearance":
        text = "\n\n".join(
            [
                _title(tr, step),
                tr._(
                    "What does it look like? Choose the form, the colour and any markings. A few words of your "
                    "own are optional (typed words may not be translated for every reader), and you can send "
                    "a picture."
                ),
                tr._(
                    "Send a picture as a photo, not as a file: Telegram removes hidden data (such as where and "
                    "when it was taken) from photos, but not from files."
                ),
                tr._("Your own words: {text}", text=esc(draft.appearance))
                if draft.appearance
                else "",
                tr._("📷 Photo added.") if draft.photo_file_id else "",
            ]
        )
        rows = _choice_rows(context, draft, tr, FORMS, FORM_LABELS, [draft.form], "lf", 3)
        rows += _choice_rows(context, draft, tr, COLOURS, COLOUR_LABELS, [draft.colour], "lc", 4)
        rows += _choice_rows(context, draft, tr, IMPRINTS, IMPRINT_LABELS, [draft.imprint], "li", 3)
        described = (
            draft.appearance or draft.photo_file_id or draft.form or draft.colour or draft.imprint
        )
        row = [_b(context, draft, tr._("Next ›") if described else tr._("Skip ›"), "n")]
        if draft.photo_file_id:
            row.insert(0, _b(context, draft, tr._("Remove the photo"), "rm"))
        rows.append(row)
    elif step == "effects":
        text = "\n\n".join(
            [
                _title(tr, step),
                tr._(
                    "What did people who took it show? Choose everything that applies. A few words of your own "
                    "(for example how it was used) are optional."
                ),
                tr._("Your own words: {text}", text=esc(draft.effects)) if draft.effects else "",
            ]
        )
        rows = _choice_rows(context, draft, tr, SIGNS, SIGN_LABELS, draft.signs, "sg", 2)
        rows.append(
            [
                _b(
                    context,
                    draft,
                    tr._("Next ›") if (draft.effects or draft.signs) else tr._("Skip ›"),
                    "n",
                )
            ]
        )
    elif step == "severity":
        text = "\n\n".join(
            [
                _title(tr, step),
                tr._("How urgent is it?"),
                "\n".join(tr._(SEVERITY_HELP[s]) for s in SEVERITIES),
            ]
        )
        rows = [
            [
                _b(
                    context,
                    draft,
                    ("✓ " if s == draft.severity else "") + tr._(SEVERITY_BUTTONS[s]),
                    "v",
                    i,
                )
            ]
            for i, s in enumerate(SEVERITIES)
        ]
    elif step == "advice":
        advice = draft.prefill_advice()
        text = "\n\n".join(
            [
                _title(tr, step),
                tr._(
                    "What should people do? I have chosen advice that fits what was found; change it as "
                    "needed, then press Done. You can also type advice in your own words."
                ),
                tr._("Your own words: {text}", text=esc(draft.advice_free))
                if draft.advice_free
                else "",
            ]
        )
        cells = [
            _b(context, draft, ("✓ " if a in advice else "") + tr._(ADVICE_BUTTONS[a]), "a", i)
            for i, a in enumerate(ADVICE)
        ]
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        rows.append([_b(context, draft, tr._("Done ›"), "ao")])
    elif step == "expiry":
        text = "\n\n".join(
            [
                _title(tr, step),
                tr._("How long should the alert stay active? Moderators can withdraw it earlier."),
            ]
        )
        rows = [
            [
                _b(
                    context,
                    draft,
                    ("✓ " if d == draft.expiry_days else "") + tr.n_("{n} day", "{n} days", d),
                    "d",
                    d,
                )
                for d in EXPIRY_CHOICES
            ]
        ]
    else:  # preview
        alert = draft.to_alert()
        card = review_cards.render(alert, tr, f.region_name(alert.region_id, tr.lang))
        head = tr._(
            "<b>Preview.</b> This is what subscribers will get. Check it, then submit it for review."
        )
        if draft.photo_file_id:
            head += "\n" + tr._("📷 Your photo goes with it.")
        text = head + "\n\n" + card
        if len(text) > 4096:
            text = card
        rows = [[_b(context, draft, tr._("✅ Submit"), "ok")]]
    rows.append(_nav(context, draft, step))
    return text, context.keyboard(rows)


def _choice_rows(
    context: HRContext,
    draft: Draft,
    tr: Translator,
    codes: tuple[str, ...],
    labels: dict[str, str],
    chosen: list[str],
    op: ReportOp,
    width: int,
) -> list[list[Any]]:
    cells = [
        _b(context, draft, ("✓ " if c in chosen else "") + tr._(labels[c]), op, i)
        for i, c in enumerate(codes)
    ]
    return [cells[i : i + width] for i in range(0, len(cells), width)]


def _region_view(context: HRContext, draft: Draft, page: int) -> tuple[str, Any]:
    tr = context.tr
    f = feature(context)
    regions = f.regions_or_none()
    browse = (context.user_data or {}).get(DRAFT_KEY + ".browse")
    lines = [
        _title(tr, "region"),
        tr._("Where was it found? Choose the area, as precise as you know, or type its name."),
    ]
    rows: list[list[Any]] = []
    current = regions.get(browse) if regions and browse else None
    if regions is not None and current is not None:
        lines.append(f"<b>{esc(f.region_name(current.id, tr.lang))}</b>")
        rows.append(
            [
                _b(
                    context,
                    draft,
                    tr._("📍 Here: {name}", name=current.name(tr.lang)),
                    "rh",
                    f.subscriptions.token(current.id),
                )
            ]
        )
        cells = [
            _b(context, draft, c.name(tr.lang), "rr", f.subscriptions.token(c.id))
            for c in regions.children(current.id)
        ]
        rows += [cells[i : i + 2] for i in range(0, len(cells), 2)]
        up = (
            _b(context, draft, tr._("‹ Up"), "rr", f.subscriptions.token(current.parent))
            if current.parent
            else _b(context, draft, tr._("‹ All countries"), "rc", 0)
        )
        rows.append([up])
    elif regions is not None:
        countries = sorted(regions.roots(), key=lambda r: r.name(tr.lang).casefold())
        pages = max(1, (len(countries) + COUNTRIES_PER_PAGE - 1) // COUNTRIES_PER_PAGE)
        page = min(max(page, 0), pages - 1)
        shown = countries[page * COUNTRIES_PER_PAGE : (page + 1) * COUNTRIES_PER_PAGE]
        cells = [
            _b(context, draft, r.name(tr.lang), "rr", f.subscriptions.token(r.id)) for r in shown
        ]
        rows += [cells[i : i + 2] for i in range(0, len(cells), 2)]
        nav = []
        if page > 0:
            nav.append(_b(context, draft, "‹", "rc", page - 1))
        if page < pages - 1:
            nav.append(_b(context, draft, "›", "rc", page + 1))
        rows.append(nav)
    rows.append(_nav(context, draft, "region"))
    return "\n\n".join(lines), context.keyboard(rows)


async def _show(
    update: Update,
    context: HRContext,
    draft: Draft,
    step: str,
    note: str = "",
    page: int = 0,
    new: bool = False,
) -> str:
    draft_step = step
    text, markup = _step_view(context, draft, step, page)
    if note:
        text = note + "\n\n" + text
    if update.callback_query and not new:
        await edit_or_send(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)
    else:
        await reply(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)
    if context.user_data is not None:
        context.user_data[DRAFT_KEY + ".step"] = draft_step
    return draft_step


def _step(context: HRContext) -> str:
    return (context.user_data or {}).get(DRAFT_KEY + ".step", "sold")


def _text_problem(tr: Translator, problem: str) -> str:
    if problem == "long":
        return tr._("That is too long. Please shorten it and send it again.")
    if problem == "contact":
        return tr._(
            "Please leave out links, @usernames and phone numbers: alerts must not point to anyone."
        )
    return tr._("Please type a few words, or use the buttons.")


# -- entering and leaving --------------------------------------------------------------------------
async def report_command(update: Update, context: HRContext) -> None:
    await start_report(update, context)


async def report_button(update: Update, context: HRContext, _: ReportStart) -> None:
    """ "Report a bad batch" under /alerts."""
    await answer_query(update, context)
    await start_report(update, context)


async def start_report(update: Update, context: HRContext) -> Any:
    clear_expected(context)
    tr = context.tr
    person = context.person
    if person is None or not person.is_peer:
        await reply(
            update,
            tr._(
                "Reports come from verified peers, so that every alert can be trusted. If you "
                "know of a dangerous batch, tell a peer or an outreach worker you trust; they can "
                "report it, or a moderator can invite you."
            ),
            reply_markup=main_menu(context),  # "Ask a peer" and "Drug alerts" one tap away
        )
        return _finish(update, context)
    if not person.pseudonym:
        await moderator_ready(update, context)
        return _finish(update, context)
    f = feature(context)
    if await f.reports.remaining_today(person.key) <= 0:
        await reply(
            update,
            tr.n_(
                "You have sent {n} report today, the most one person can send in a day. "
                "Please send the next one tomorrow, or ask a moderator if it is urgent.",
                "You have sent {n} reports today, the most one person can send in a day. "
                "Please send the next one tomorrow, or ask a moderator if it is urgent.",
                f.reports.settings.reports_per_day,
            ),
        )
        return _finish(update, context)
    draft = Draft()
    if context.user_data is not None:
        _drop(context)
        prompts.ask(update, context, PROMPT)
        context.user_data[DRAFT_KEY] = draft
    return await _show(update, context, draft, "sold", new=True)


def _finish(update: Update, context: HRContext) -> Any:
    """The form is over (sent, refused or cancelled): end its prompt, which drops the draft."""
    prompts.end(update, context, PROMPT)
    _drop(context)


async def cancel(update: Update, context: HRContext) -> Any:
    _finish(update, context)
    text = context.tr._("Report cancelled. Nothing was sent or kept.")
    if update.callback_query:
        await answer_query(update, context)
        await edit_or_send(update, text)
    else:
        await reply(update, text)
    return _finish(update, context)


# -- buttons ---------------------------------------------------------------------------------------
async def on_button(  # noqa: C901 - TODO(lead): split after merge
    update: Update, context: HRContext, pressed: ReportForm
) -> Any:
    """A button of the form (signed, and read as a ``ReportForm``, by the router)."""
    tr = context.tr
    draft = _draft(context) if prompts.current(update, context, PROMPT) is not None else None
    nonce, op = pressed.nonce, pressed.op
    if draft is None:
        await answer_query(
            update,
            context,
            tr._("This report form is closed. Send /report to start a new one."),
            alert=True,
        )
        return None
    if nonce != draft.nonce:
        await answer_query(
            update, context, tr._("This button belongs to an earlier report form."), alert=True
        )
        return None
    value = pressed.value or ""  # a region token for rr/rh
    index = pressed.index  # the value as a number, for every other step
    step = _step(context)
    if op == "x":
        return await cancel(update, context)
    await answer_query(update, context)
    if op == "b":
        return await _show(update, context, draft, STEPS[max(STEPS.index(step) - 1, 0)])
    if op == "s" and index is not None and index < len(SUBSTANCES):
        draft.sold_as, draft.sold_as_free = SUBSTANCES[index], False
        return await _show(update, context, draft, "found")
    if op == "f" and index is not None and index < len(SUBSTANCES):
        draft.toggle_found(SUBSTANCES[index])
        draft.advice = None  # advice follows what was found until the peer changes it
        return await _show(update, context, draft, "found")
    if op == "fo":
        if not draft.found and not draft.found_free:
            await answer_query(
                update, context, tr._("Choose at least one, or “Unknown”."), alert=True
            )
            return None
        return await _show(update, context, draft, "evidence")
    if op == "e" and index is not None and index < len(EVIDENCE):
        draft.evidence = EVIDENCE[index]
        return await _show(update, context, draft, "region")
    if op == "rc":
        if context.user_data is not None:
            context.user_data.pop(DRAFT_KEY + ".browse", None)
        return await _show(update, context, draft, "region", page=index or 0)
    if op in ("rr", "rh"):
        region = feature(context).subscriptions.resolve(value)
        if region is None:
            return await _show(update, context, draft, "region")
        if op == "rr":
            if context.user_data is not None:
                context.user_data[DRAFT_KEY + ".browse"] = region.id
            return await _show(update, context, draft, "region")
        draft.region_id = region.id
        return await _show(update, context, draft, "appearance")
    if op == "n" and step in ("appearance", "effects"):
        return await _show(update, context, draft, STEPS[STEPS.index(step) + 1])
    if op in ("lf", "lc", "li", "sg") and index is not None:
        draft.choose({"lf": "form", "lc": "colour", "li": "imprint", "sg": "signs"}[op], index)
        return await _show(update, context, draft, "appearance" if op != "sg" else "effects")
    if op == "rm":
        draft.photo_file_id = None
        return await _show(update, context, draft, "appearance")
    if op == "v" and index is not None and index < len(SEVERITIES):
        draft.severity = SEVERITIES[index]
        return await _show(update, context, draft, "advice")
    if op == "a" and index is not None and index < len(ADVICE):
        draft.toggle_advice(ADVICE[index])
        return await _show(update, context, draft, "advice")
    if op == "ao":
        return await _show(update, context, draft, "expiry")
    if op == "d" and index is not None and index in EXPIRY_CHOICES:
        draft.expiry_days = index
        return await _show(update, context, draft, "preview")
    if op == "ok":
        return await _submit(update, context, draft)
    return await _show(update, context, draft, step)


async def _submit(update: Update, context: HRContext, draft: Draft) -> Any:
    tr = context.tr
    person = context.person
    f = feature(context)
    try:
        alert = await f.reports.submit(person, draft, tr.lang)  # type: ignore[arg-type]
    except NotAllowed:
        _drop(context)
        await edit_or_send(
            update,
            tr._(
                "Only verified peers can send reports, and your role has changed. Nothing was sent."
            ),
        )
        return _finish(update, context)
    except LimitReached:
        _drop(context)
        await edit_or_send(
            update,
            tr.n_(
                "You have sent {n} report today, the most one person can send in a "
                "day. Please send the next one tomorrow, or ask a moderator if it is "
                "urgent.",
                "You have sent {n} reports today, the most one person can send in a "
                "day. Please send the next one tomorrow, or ask a moderator if it is "
                "urgent.",
                f.reports.settings.reports_per_day,
            ),
        )
        return _finish(update, context)
    except Incomplete as exc:
        first = {
            "sold_as": "sold",
            "found": "found",
            "evidence": "evidence",
            "region": "region",
            "severity": "severity",
        }[exc.missing[0]]
        return await _show(
            update, context, draft, first, note=tr._("Something is still missing here:")
        )
    _drop(context)
    reached = await review_cards.send_for_review(context, alert, person.key, person.pseudonym or "")  # type: ignore[union-attr]
    lines = [
        tr._(
            "Thank you. Your report #{id} went to the moderators for review; I will tell you here what "
            "they decide.",
            id=alert.id,
        )
    ]
    if not reached:
        lines.append(
            tr._("No moderator can be reached right now, so it waits until one opens /moderate.")
        )
    await edit_or_send(update, "\n\n".join(lines))
    return _finish(update, context)


# -- typed answers, photos, files ------------------------------------------------------------------
async def on_text(update: Update, context: HRContext) -> Any:
    tr = context.tr
    draft = _draft(context)
    if draft is None:
        return _finish(update, context)
    step = _step(context)
    text = (update.effective_message.text or "").strip() if update.effective_message else ""
    fields = {
        "sold": "sold_as",
        "found": "found_free",
        "appearance": "appearance",
        "effects": "effects",
        "advice": "advice_free",
    }
    if step == "region":
        return await _region_text(update, context, draft, text)
    if step not in fields:
        return await _show(
            update,
            context,
            draft,
            step,
            note=tr._("Please use the buttons below, or send /cancel."),
        )
    problem = check_text(text, fields[step])
    if problem:
        return await _show(update, context, draft, step, note=_text_problem(tr, problem))
    if step == "sold":
        draft.sold_as, draft.sold_as_free = text, True
        return await _show(update, context, draft, "found")
    if step == "found":
        draft.found_free = text
        return await _show(update, context, draft, "found")
    if step == "appearance":
        draft.appearance = text
        return await _show(update, context, draft, "appearance")
    if step == "effects":
        draft.effects = text
        return await _show(update, context, draft, "severity")
    draft.advice_free = text
    return await _show(update, context, draft, "advice")


async def _region_text(update: Update, context: HRContext, draft: Draft, text: str) -> Any:
    tr = context.tr
    f = feature(context)
    regions = f.regions_or_none()
    hits = regions.search(text[:100], tr.lang, limit=6) if regions and text else []
    if not hits:
        return await _show(
            update,
            context,
            draft,
            "region",
            note=tr._("I could not find that place. Check the spelling, or choose from the list."),
        )
    rows = [
        [_b(context, draft, f.region_name(r.id, tr.lang), "rh", f.subscriptions.token(r.id))]
        for r, _ in hits
    ]
    rows.append([_b(context, draft, tr._("Choose from the list"), "rc", 0)])
    rows.append(_nav(context, draft, "region"))
    await reply(update, tr._("Which one?"), reply_markup=context.keyboard(rows))
    return "region"


async def on_photo(update: Update, context: HRContext) -> Any:
    tr = context.tr
    draft = _draft(context)
    if draft is None:
        return _finish(update, context)
    step = _step(context)
    message = update.effective_message
    if step != "appearance" or message is None or not message.photo:
        return await _show(
            update,
            context,
            draft,
            step,
            note=tr._("A photo can be added at the step about what it looks like."),
        )
    draft.photo_file_id = message.photo[-1].file_id
    if message.caption:
        problem = check_text(message.caption, "appearance")
        if problem is None and not draft.appearance:
            draft.appearance = message.caption.strip()
    return await _show(update, context, draft, "appearance")


async def on_document(update: Update, context: HRContext) -> Any:
    tr = context.tr
    draft = _draft(context)
    if draft is None:
        return _finish(update, context)
    return await _show(
        update,
        context,
        draft,
        _step(context),
        note=tr._(
            "Please send pictures as a photo, not as a file: files keep hidden data such as where and when the "
            "picture was taken, and this file was not kept."
        ),
    )


async def on_other(update: Update, context: HRContext) -> Any:
    draft = _draft(context)
    if draft is None:
        return _finish(update, context)
    return await _show(
        update,
        context,
        draft,
        _step(context),
        note=context.tr._("Please answer with the buttons or a short text."),
    )


async def on_message(update: Update, context: HRContext, prompt: prompts.Prompt) -> None:
    """The ``report`` prompt's answer: whatever the person sends while the form is open."""
    message = update.message
    if message is None:
        return
    if message.text:
        await on_text(update, context)
    elif message.photo:
        await on_photo(update, context)
    elif message.document:
        await on_document(update, context)
    else:
        await on_other(update, context)


def register(app: Application, reg: BotRegistry) -> None:
    services = app.bot_data.get("services")
    alerts = services.features.alerts if services is not None else None
    timeout = alerts.settings.report_timeout_s if alerts is not None else 30 * 60.0
    reg.prompts.add(
        prompts.PromptKind(
            PROMPT,
            on_message,
            takes=_in_form,
            timeout=timeout,
            once=False,
            buttons=(ReportForm.action,),
            on_cancel=cancel,
            on_end=_drop,
        )
    )
    app.add_handler(CommandHandler("report", report_command, filters=filters.ChatType.PRIVATE))
    reg.router.add(ReportForm, on_button)
    reg.router.add(ReportStart, report_button)
    reg.command("report", N_("verified peers: report a bad batch"), order=41, authored=True)


def _in_form(update: Update, context: HRContext, prompt: prompts.Prompt) -> bool:
    return bool(IN_FORM.check_update(update))
