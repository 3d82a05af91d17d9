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
from bot.handlers.buttons import Forget, Privacy
from bot.i18n import N_


def privacy_text(context: HRContext) -> str:
    tr = context.tr
    parts = [
        tr._("<b>Your privacy</b>"),
        "\n".join(
            [
                "• "
                + tr._(
                    "I keep no name, username, phone number, location or message text, "
                    "except questions you send to peers, encrypted."
                ),
                "• " + tr._("What I keep sits under a scrambled code; /forget erases it at once."),
                "• " + tr._("Our chat stays on your phone until you delete it in Telegram."),
            ]
        ),
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
        tr._(
            "<b>Erasing.</b> /forget deletes everything I keep about you, at once, and takes "
            "your questions out of the peers' chat. Questions the library could not answer stay "
            "up to 30 days as counts, with the day but nothing that links them to you. The chat "
            "itself stays on your phone until you delete it in Telegram (Delete chat)."
        ),
    ]
    return "\n\n".join(parts)


async def privacy_command(update: Update, context: HRContext) -> None:
    await reply(
        update, privacy_text(context), parse_mode=ParseMode.HTML, reply_markup=main_menu(context)
    )


async def privacy_button(update: Update, context: HRContext, _: Privacy) -> None:
    await edit_or_send(
        update, privacy_text(context), parse_mode=ParseMode.HTML, reply_markup=main_menu(context)
    )


async def forget_command(update: Update, context: HRContext) -> None:
    tr = context.tr
    keyboard = context.keyboard(
        [
            [
                context.button(tr._("Yes, erase everything"), Forget("yes")),
                context.button(tr._("No, keep it"), Forget("no")),
            ]
        ]
    )
    await reply(
        update,
        tr._(
            "This erases everything I keep about you: your language, your subscriptions, "
            "your open questions and any role you have. It cannot be undone. This chat stays on "
            "your phone until you delete it in Telegram. Erase it?"
        ),
        reply_markup=keyboard,
    )


async def forget_button(update: Update, context: HRContext, answer: Forget) -> None:
    tr = context.tr
    if answer.answer != "yes" or context.person is None:
        await edit_or_send(update, tr._("Nothing was erased."), reply_markup=main_menu(context))
        return
    for hook in registry(context).forget_hooks:
        await hook(context.person)
    await context.services.people.forget(context.person)
    # The message is in the language the person had; after this we know nothing about them.
    await answer_query(update, context)
    if context.services.db.checkpoint_pending:
        # A reader (a backup) still holds the database journal: the rows are gone, but old
        # copies of the pages are not wiped yet. Say so; the bot keeps trying on its own.
        head = tr._(
            "Your data is deleted from the database, but an internal copy could not be "
            "wiped yet because a backup is running. I will wipe it automatically within "
            "minutes; you don't need to do anything."
        )
    else:
        head = tr._(
            "Done. Everything I kept about you is erased. If you write again, I start from zero."
        )
    await edit_or_send(
        update,
        "\n\n".join(
            [
                head,
                tr._(
                    "Questions the library could not answer are kept up to 30 days as counts, with "
                    "the day but nothing that links them to you."
                ),
                tr._(
                    "This chat stays on your phone until you delete it in Telegram (Delete chat)."
                ),
            ]
        ),
    )


def register(app: Application, reg: BotRegistry) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("privacy", privacy_command, filters=private))
    app.add_handler(CommandHandler("forget", forget_command, filters=private))
    reg.router.add(Privacy, privacy_button)
    reg.router.add(Forget, forget_button)
    reg.command("privacy", N_("what I store and for how long"), order=85)
    reg.command("forget", N_("erase everything I keep about you"), order=86, authored=True)
    reg.menu_entry(85, N_("Privacy"), Privacy())
