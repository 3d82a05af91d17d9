"""/combo A B, or a button flow: the risk of a drug combination, in the person's language.

A name the checker does not know exactly is never answered as something else: a typo or a
word with several meanings gets "Did you mean ...?" buttons, and the answer comes only after
the person taps one (``bot.library.combos``).
"""

from __future__ import annotations

import asyncio
import logging
from itertools import product

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CommandHandler, filters

from bot.handlers.base import BotRegistry, HRContext, edit_or_send, reply
from bot.handlers.buttons import (
    AskStart,
    ComboFirst,
    ComboPage,
    ComboPair,
    ComboStart,
    TopicWithdraw,
)
from bot.handlers.library_common import HTML, NO_PREVIEW, feature, lang_of
from bot.i18n import N_
from bot.library.combos import ComboAnswer, ComboChecker, Named, Reading, ReadingKind
from bot.library.markdown import esc
from bot.library.render import combo_message

log = logging.getLogger(__name__)
PAGE_SIZE = 12
MAX_PAIR_BUTTONS = 8
MAX_WORST_NAMES = 6


def worst_of_names(checker: ComboChecker, answer: ComboAnswer, lang: str) -> list[str]:
    """Display names of the group members that drive a group answer (empty otherwise)."""
    names = [
        checker.display_name(n, lang)
        for n in (checker.named(i) for i in checker.worst_members(answer))
        if n is not None
    ]
    if len(names) > MAX_WORST_NAMES:
        names = names[:MAX_WORST_NAMES] + ["…"]
    return names


async def person_country(context: HRContext) -> str | None:
    """The ISO code of the country the person already chose (for /overdose), if any."""
    person = context.person
    repo = context.services.features.region_choice
    regions = context.services.features.regions
    if person is None or repo is None or regions is None:
        return None
    try:
        choice = await asyncio.wait_for(repo.get(person.key), timeout=2)
    except Exception as exc:  # noqa: BLE001 - no country is a fine answer: the bot asks instead
        log.warning("Could not read the person's country for /combo (%s)", type(exc).__name__)
        return None
    if choice is None or not choice.region_id:
        return None
    country = regions.country_of(choice.region_id)
    return country.country if country else None


async def send_combo(
    update: Update, context: HRContext, a: Named, b: Named, edit: bool = False
) -> None:
    lib = feature(context)
    lang = lang_of(context)
    answer = lib.service.combo(a, b)
    checker = lib.service.checker
    text = combo_message(
        checker.display_name(a, lang),
        checker.display_name(b, lang),
        answer.combo,
        answer.risk,
        lang,
        context.tr,
        worst_of=worst_of_names(checker, answer, lang),
    )
    tr = context.tr
    rows = [
        [
            context.button(tr._("Check another combination"), ComboStart()),
            context.button(tr._("Ask a peer"), AskStart()),
        ]
    ]
    person = context.person
    if answer.combo is not None and person is not None and person.is_moderator:
        rows.append(
            [context.button("🛑 " + tr._("Withdraw this entry"), TopicWithdraw(answer.combo.id))]
        )
    send = edit_or_send if edit else reply
    await send(
        update,
        text,
        parse_mode=HTML,
        reply_markup=InlineKeyboardMarkup(rows),
        link_preview_options=NO_PREVIEW,
    )


async def combo_command(update: Update, context: HRContext) -> None:
    tr = context.tr
    text = " ".join(context.args or []).strip()
    if not text:
        await picker(update, context, None, 0, edit=False)
        return
    if await answer_combo_text(update, context, text):
        return
    await reply(
        update,
        esc(
            tr._(
                'I could not find two substances in "{text}". Write them like: /combo alcohol xanax, '
                "or choose from the list.",
                text=text[:100],
            )
        ),
        parse_mode=HTML,
        reply_markup=context.keyboard(
            [[context.button(tr._("Choose from the list"), ComboStart())]]
        ),
    )


async def answer_combo_text(
    update: Update, context: HRContext, text: str, country: str | None = None
) -> bool:
    """Answer a combination named in ``text`` the way /combo does: exact names answer at once;
    a typo or a word with several meanings gets "Did you mean ...?" buttons first. Returns False
    (and sends nothing) when the text does not name two substances. Free-text routing should
    call this with the person's text rather than ``send_combo`` with guessed ids, so that no
    name is ever read as another drug silently. ``country``: ISO code, else the stored one."""
    checker = feature(context).service.checker
    pair = checker.read_pair(text, country or await person_country(context))
    if pair is None:
        return False
    a, b = pair
    if not a.ask and not b.ask:
        await send_combo(update, context, a.named, b.named)  # type: ignore[arg-type]
    else:
        await confirm_names(update, context, a, b)
    return True


def _either(tr, names: list[str]) -> str:
    text = names[0]
    for name in names[1:]:
        text = tr._("{first} or {second}", first=text, second=name)
    return text


async def confirm_names(update: Update, context: HRContext, a: Reading, b: Reading) -> None:
    """ "Did you mean ...?": one button per pair of names the person may have meant."""
    checker = feature(context).service.checker
    tr = context.tr
    lang = lang_of(context)
    lines = [tr._("Before I answer, I need to be sure which substances you mean.")]
    for reading in (a, b):
        typed = reading.typed.strip()[:40]
        if reading.kind == ReadingKind.TYPO:
            lines.append(
                "• "
                + tr._(
                    "“{typed}”: I don't know this name. Did you mean {names}?",
                    typed=typed,
                    names=_either(tr, [checker.display_name(n, lang) for n in reading.options]),
                )
            )
        elif reading.kind == ReadingKind.AMBIGUOUS and reading.named is not None:
            amb = checker.library.ambiguous.get(reading.named.id)
            note = amb.note(lang) if amb else None
            lines.append(
                "• "
                + tr._("“{typed}”: this word can mean different things.", typed=typed)
                + (" " + note if note else "")
            )
    lines.append(tr._("Tap the right pair; I answer only after you choose."))
    choices_a = list(a.options) if a.ask else [a.named]
    choices_b = list(b.options) if b.ask else [b.named]
    rows = []
    for x, y in list(product(choices_a, choices_b))[:MAX_PAIR_BUTTONS]:
        if x is None or y is None:
            continue
        label = f"{checker.display_name(x, lang)} + {checker.display_name(y, lang)}"
        rows.append([context.button(label[:60], ComboPair(x.id, y.id))])
    if (
        {a.kind, b.kind} <= {ReadingKind.AMBIGUOUS, ReadingKind.EXACT}
        and a.named is not None
        and b.named is not None
    ):
        rows.append(
            [context.button(tr._("Not sure: show the riskiest"), ComboPair(a.named.id, b.named.id))]
        )
    rows.append([context.button(tr._("None of these: choose from the list"), ComboStart())])
    await reply(update, esc("\n".join(lines)), parse_mode=HTML, reply_markup=context.keyboard(rows))


async def picker(
    update: Update, context: HRContext, first: str | None, page: int, edit: bool = True
) -> None:
    lib = feature(context)
    tr = context.tr
    lang = lang_of(context)
    checker = lib.service.checker
    # in the order combos.yaml first names them, everyday substances first (opioids, benzos,
    # alcohol, GHB, cocaine, cannabis...): sorted by name, the first page a new person saw was
    # 2C-B, 2C-T-x, 3-MMC, 5-MeO-DMT, DOx, NBOMe, and in Russian "альфа-метилтриптамин"
    items = [n for n in (checker.named(i) for i in checker.substances_for_menu()) if n is not None]
    pages = max(1, (len(items) + PAGE_SIZE - 1) // PAGE_SIZE)
    page = max(0, min(page, pages - 1))
    shown = items[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    if first is None:
        buttons = [
            context.button(checker.display_name(n, lang)[:30], ComboFirst(n.id)) for n in shown
        ]
        text = tr._("Choose the first substance:")
    else:
        buttons = [
            context.button(checker.display_name(n, lang)[:30], ComboPair(first, n.id))
            for n in shown
        ]
        first_named = checker.named(first)
        text = tr._(
            "{first} and what else?",
            first=checker.display_name(first_named, lang) if first_named else first,
        )
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    nav = []
    if page > 0:
        nav.append(context.button("◀", ComboPage(first, page - 1)))
    if page + 1 < pages:
        nav.append(context.button("▶", ComboPage(first, page + 1)))
    rows.append(nav)
    if not items:
        text = tr._("The combination list is empty at the moment.")
    send = edit_or_send if edit else reply
    await send(
        update,
        esc(text),
        parse_mode=HTML,
        reply_markup=InlineKeyboardMarkup([r for r in rows if r]),
    )


async def start_button(update: Update, context: HRContext, _: ComboStart) -> None:
    await picker(update, context, None, 0)


async def page_button(update: Update, context: HRContext, shown: ComboPage) -> None:
    await picker(update, context, shown.first, shown.page)


async def first_button(update: Update, context: HRContext, chosen: ComboFirst) -> None:
    await picker(update, context, chosen.substance, 0)


async def second_button(update: Update, context: HRContext, pair: ComboPair) -> None:
    checker = feature(context).service.checker
    a, b = checker.named(pair.first), checker.named(pair.second)
    if a is None or b is None:
        await picker(update, context, None, 0)
        return
    await send_combo(update, context, a, b, edit=True)


def register(app: Application, reg: BotRegistry) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("combo", combo_command, filters=private))
    reg.router.add(ComboStart, start_button)
    reg.router.add(ComboPage, page_button)
    reg.router.add(ComboFirst, first_button)
    reg.router.add(ComboPair, second_button)
    reg.command("combo", N_("check the risk of mixing two drugs"), order=11)
    reg.menu_entry(15, N_("Mixing drugs"), ComboStart())
