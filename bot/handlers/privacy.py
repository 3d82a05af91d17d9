"""/privacy explains what is kept; /forget erases it after a confirmation button."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, filters

from bot.handlers.base import (
    BotRegistry,
    HRContext,
    answer_query,
    edit_or_send,
    main_menu,
    registry,
    reply,
)
from bot.i18n import N_


def privacy_text(context: HRContext) -> str:
    tr = context.tr
    parts = [
        tr._("<b>Your privacy</b>"),
        tr._(
            "<b>What I store.</b> Not your name, username, phone number, location or the "
            "messages you send. I keep a scrambled code made from your Telegram account "
            "(a keyed hash: without the server's secret key nobody can turn it back into "
            "your account), the language you chose, and the month you last wrote to me."
        ),
        tr._(
            "<b>For how long.</b> Until you send /forget, or until 12 months pass without a "
            "message from you; then it is erased automatically."
        ),
    ]
    parts += [tr._(note) for _, note in registry(context).privacy_notes]
    parts += [
        tr._(
            "<b>What Telegram can see.</b> Everything you send me passes through Telegram, "
            "which can see it. Telegram may hand a user's IP address and phone number to "
            "authorities when a court orders it. If that is a risk for you, use a phone "
            "number and device that are not linked to your name."
        ),
        tr._("<b>Erasing.</b> /forget deletes everything I keep about you, at once."),
    ]
    return "\n\n".join(parts)


async def privacy_command(update: Update, context: HRContext) -> None:
    await reply(update, privacy_text(context), parse_mode=ParseMode.HTML, reply_markup=main_menu(context))


async def privacy_button(update: Update, context: HRContext, args: list[str]) -> None:
    await edit_or_send(update, privacy_text(context), parse_mode=ParseMode.HTML, reply_markup=main_menu(context))


async def forget_command(update: Update, context: HRContext) -> None:
    tr = context.tr
    keyboard = context.keyboard(
        [[context.button(tr._("Yes, erase everything"), "forget", "yes"),
          context.button(tr._("No, keep it"), "forget", "no")]]
    )
    await reply(
        update,
        tr._(
            "This erases everything I keep about you: your language, your subscriptions, "
            "your open questions and any role you have. It cannot be undone. Erase it?"
        ),
        reply_markup=keyboard,
    )


async def forget_button(update: Update, context: HRContext, args: list[str]) -> None:
    tr = context.tr
    if not args or args[0] != "yes" or context.person is None:
        await edit_or_send(update, tr._("Nothing was erased."), reply_markup=main_menu(context))
        return
    for hook in registry(context).forget_hooks:
        await hook(context.person)
    await context.services.people.forget(context.person)
    # The message is in the language the person had; after this we know nothing about them.
    await answer_query(update, context)
    await edit_or_send(
        update,
        tr._("Done. Everything I kept about you is erased. If you write again, I start from zero."),
    )


def register(app: Application, reg: BotRegistry) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("privacy", privacy_command, filters=private))
    app.add_handler(CommandHandler("forget", forget_command, filters=private))
    reg.router.add("privacy", privacy_button)
    reg.router.add("forget", forget_button)
    reg.command("privacy", N_("what I store and for how long"), order=85)
    reg.command("forget", N_("erase everything I keep about you"), order=86)
    reg.menu_entry(85, N_("Privacy"), "privacy")
