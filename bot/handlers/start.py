"""/start, /help and the main menu."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, filters

from bot.handlers.base import BotRegistry, HRContext, edit_or_send, main_menu, registry, reply
from bot.handlers.buttons import Help, MainMenu
from bot.i18n import N_


def welcome_text(context: HRContext) -> str:
    tr = context.tr
    return tr._(
        "Hi, I'm a harm reduction bot made by and for people who use drugs.\n\n"
        "Ask me anything about drugs, safer use, overdose or your rights, in your own words. "
        "The answers were written and checked by peers, without judgement.\n\n"
        "I don't store your name, username or phone number. "
        "/privacy says exactly what I keep and for how long, and /forget erases it."
    )


async def start(update: Update, context: HRContext) -> None:
    payload = context.args[0] if context.args else ""
    if payload:
        for prefix, handler in registry(context).deep_links.items():
            if payload.startswith(prefix):
                await handler(update, context, payload[len(prefix) :])
                return
    await reply(update, welcome_text(context), reply_markup=main_menu(context))


async def help_command(update: Update, context: HRContext) -> None:
    await reply(
        update, help_text(context), parse_mode=ParseMode.HTML, reply_markup=main_menu(context)
    )


def help_text(context: HRContext) -> str:
    tr = context.tr
    lines = [
        tr._("<b>How I can help</b>"),
        tr._("Write your question as you would ask a friend, or use these commands:"),
        "",
    ]
    for command in registry(context).commands:
        if command.listed:
            lines.append(f"/{command.name} - {tr._(command.description)}")
    lines += ["", tr._("In an emergency, call your local emergency number first.")]
    return "\n".join(lines)


async def menu_button(update: Update, context: HRContext, _: MainMenu) -> None:
    await edit_or_send(update, welcome_text(context), reply_markup=main_menu(context))


async def help_button(update: Update, context: HRContext, _: Help) -> None:
    await edit_or_send(
        update, help_text(context), parse_mode=ParseMode.HTML, reply_markup=main_menu(context)
    )


def register(app: Application, reg: BotRegistry) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("start", start, filters=private))
    app.add_handler(CommandHandler("help", help_command, filters=private))
    app.add_handler(CommandHandler("menu", start, filters=private))
    reg.router.add(MainMenu, menu_button)
    reg.router.add(Help, help_button)
    reg.command("start", N_("welcome and main menu"), order=0)
    reg.command("help", N_("what I can do"), order=1)
    reg.menu_entry(90, N_("Help"), Help())
