"""/combo A B, or a button flow: the risk of a drug combination, in the person's language."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CommandHandler, filters

from bot.handlers.base import BotRegistry, HRContext, edit_or_send, reply
from bot.handlers.library_common import HTML, NO_PREVIEW, feature, lang_of
from bot.i18n import N_
from bot.library.combos import Named
from bot.library.markdown import esc
from bot.library.render import combo_message

PAGE_SIZE = 12


async def send_combo(update: Update, context: HRContext, a: Named, b: Named, edit: bool = False) -> None:
    lib = feature(context)
    lang = lang_of(context)
    answer = lib.service.combo(a, b)
    checker = lib.service.checker
    text = combo_message(checker.display_name(a, lang), checker.display_name(b, lang), answer.combo, answer.risk, lang, context.tr)
    tr = context.tr
    rows = [[context.button(tr._("Check another combination"), "lc_start"), context.button(tr._("Ask a peer"), "la_start")]]
    person = context.person
    if answer.combo is not None and person is not None and person.is_moderator:
        rows.append([context.button("🛑 " + tr._("Withdraw this entry"), "lt_wd", answer.combo.id)])
    send = edit_or_send if edit else reply
    await send(update, text, parse_mode=HTML, reply_markup=InlineKeyboardMarkup(rows), link_preview_options=NO_PREVIEW)


async def combo_command(update: Update, context: HRContext) -> None:
    lib = feature(context)
    tr = context.tr
    text = " ".join(context.args or []).strip()
    if not text:
        await picker(update, context, None, 0, edit=False)
        return
    pair = lib.service.checker.split(text)
    if pair is None:
        await reply(update, esc(tr._("I could not find two substances in \"{text}\". Write them like: /combo alcohol xanax, "
                                     "or choose from the list.", text=text[:100])),
                    parse_mode=HTML, reply_markup=context.keyboard([[context.button(tr._("Choose from the list"), "lc_start")]]))
        return
    await send_combo(update, context, *pair)


async def picker(update: Update, context: HRContext, first: str | None, page: int, edit: bool = True) -> None:
    lib = feature(context)
    tr = context.tr
    lang = lang_of(context)
    checker = lib.service.checker
    items = [n for n in (checker.named(i) for i in checker.substances_for_menu()) if n is not None]
    items.sort(key=lambda n: checker.display_name(n, lang).lower())
    pages = max(1, (len(items) + PAGE_SIZE - 1) // PAGE_SIZE)
    page = max(0, min(page, pages - 1))
    shown = items[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    if first is None:
        buttons = [context.button(checker.display_name(n, lang)[:30], "lc_1", n.id) for n in shown]
        text = tr._("Choose the first substance:")
        nav_args: tuple[str, ...] = ("-",)
    else:
        buttons = [context.button(checker.display_name(n, lang)[:30], "lc_2", first, n.id) for n in shown]
        first_named = checker.named(first)
        text = tr._("{first} and what else?", first=checker.display_name(first_named, lang) if first_named else first)
        nav_args = (first,)
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    nav = []
    if page > 0:
        nav.append(context.button("◀", "lc_p", *nav_args, str(page - 1)))
    if page + 1 < pages:
        nav.append(context.button("▶", "lc_p", *nav_args, str(page + 1)))
    rows.append(nav)
    if not items:
        text = tr._("The combination list is empty at the moment.")
    send = edit_or_send if edit else reply
    await send(update, esc(text), parse_mode=HTML, reply_markup=InlineKeyboardMarkup([r for r in rows if r]))


async def start_button(update: Update, context: HRContext, args: list[str]) -> None:
    await picker(update, context, None, 0)


async def page_button(update: Update, context: HRContext, args: list[str]) -> None:
    if len(args) != 2:
        return
    first = None if args[0] == "-" else args[0]
    try:
        page = int(args[1])
    except ValueError:
        page = 0
    await picker(update, context, first, page)


async def first_button(update: Update, context: HRContext, args: list[str]) -> None:
    if args:
        await picker(update, context, args[0], 0)


async def second_button(update: Update, context: HRContext, args: list[str]) -> None:
    checker = feature(context).service.checker
    if len(args) != 2:
        return
    a, b = checker.named(args[0]), checker.named(args[1])
    if a is None or b is None:
        await picker(update, context, None, 0)
        return
    await send_combo(update, context, a, b, edit=True)


def register(app: Application, reg: BotRegistry) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("combo", combo_command, filters=private))
    reg.router.add("lc_start", start_button)
    reg.router.add("lc_p", page_button)
    reg.router.add("lc_1", first_button)
    reg.router.add("lc_2", second_button)
    reg.command("combo", N_("check the risk of mixing two drugs"), order=11)
    reg.menu_entry(15, N_("Mixing drugs"), "lc_start")
