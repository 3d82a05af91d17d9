"""Kind answers to everything no feature handled: unknown commands, stickers, voice, groups."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, MessageHandler, filters

from bot.handlers.base import BotRegistry, HRContext, main_menu, reply


async def unknown_command(update: Update, context: HRContext) -> None:
    await reply(update, context.tr._("I don't know that command. /help lists what I can do."))


async def voice(update: Update, context: HRContext) -> None:
    # The menu (its first button is the overdose steps): a voice note or a photo may be sent
    # in panic, and the steps must stay one tap away.
    await reply(
        update,
        context.tr._("I can't listen to voice messages, please type your question."),
        reply_markup=main_menu(context),
    )


async def sticker(update: Update, context: HRContext) -> None:
    await reply(
        update,
        context.tr._(
            "I can only read text. Type your question in your own words, or press a button below."
        ),
        reply_markup=main_menu(context),
    )


async def media(update: Update, context: HRContext) -> None:
    await reply(
        update,
        context.tr._("I can't look at pictures, videos or files. Please describe it in words."),
        reply_markup=main_menu(context),
    )


async def contact(update: Update, context: HRContext) -> None:
    await reply(
        update,
        context.tr._(
            "I don't need anyone's phone number, and I did not keep this one. You may want to delete that message."
        ),
    )


async def location(update: Update, context: HRContext) -> None:
    await reply(
        update,
        context.tr._("I did not keep your location. You may want to delete that message."),
        reply_markup=main_menu(context),
    )


async def edited(update: Update, context: HRContext) -> None:
    await reply(
        update,
        context.tr._("I only read new messages, not edits. Please send it again as a new message."),
    )


async def text(update: Update, context: HRContext) -> None:
    await reply(
        update,
        context.tr._("I'm not sure what you mean. Try the menu, or /help."),
        reply_markup=main_menu(context),
    )


async def other(update: Update, context: HRContext) -> None:
    await reply(update, context.tr._("I can only read text messages. Please type what you need."))


async def group_command(update: Update, context: HRContext) -> None:
    """In a public group the bot never talks about anyone; it points to a private chat."""
    username = context.bot.username
    await reply(
        update,
        context.tr._(
            "I answer in private messages only, so that nobody else sees what you ask. "
            "Write to me here: {link}",
            link="https://t.me/" + str(username),
        ),
    )


def register(app: Application, reg: BotRegistry) -> None:
    private = filters.ChatType.PRIVATE
    # Only edited texts: a live location is sent as a stream of edits and needs no answer.
    edited_private = filters.UpdateType.EDITED_MESSAGE & private & filters.TEXT
    app.add_handler(MessageHandler(edited_private, edited))
    app.add_handler(MessageHandler(private & filters.COMMAND, unknown_command))
    app.add_handler(
        MessageHandler(private & (filters.VOICE | filters.AUDIO | filters.VIDEO_NOTE), voice)
    )
    app.add_handler(MessageHandler(private & filters.Sticker.ALL, sticker))
    app.add_handler(
        MessageHandler(
            private & (filters.PHOTO | filters.VIDEO | filters.Document.ALL | filters.ANIMATION),
            media,
        )
    )
    app.add_handler(MessageHandler(private & filters.CONTACT, contact))
    app.add_handler(MessageHandler(private & (filters.LOCATION | filters.VENUE), location))
    app.add_handler(MessageHandler(private & filters.TEXT, text))
    app.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE, other))
    groups = filters.ChatType.GROUPS & filters.COMMAND & filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(groups, group_command))


def is_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)
