"""Shared adapter pieces for the library handlers: the feature, the outbox, topic keyboards."""

from __future__ import annotations

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.handlers.base import HRContext, edit_or_send, reply
from bot.library.feature import LibraryFeature
from bot.library.model import Topic
from bot.library.render import topic_message
from bot.library.tickets import Button
from bot.privacy import ButtonCodec

HTML = ParseMode.HTML
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def feature(context: HRContext) -> LibraryFeature:
    return context.services.features["library"]


def lang_of(context: HRContext) -> str:
    return context.tr.lang


class TelegramOutbox:
    """The ticket desk's way out: new messages (never forwards) with signed buttons."""

    def __init__(self, bot: Bot, codec: ButtonCodec) -> None:
        self.bot = bot
        self.codec = codec

    def markup(self, chat_id: int, buttons: list[list[Button]] | None) -> InlineKeyboardMarkup | None:
        if not buttons:
            return None
        return InlineKeyboardMarkup([
            [InlineKeyboardButton(label, callback_data=self.codec.encode(chat_id, action, *args)) for label, action, args in row]
            for row in buttons if row
        ])

    async def send(self, chat_id: int, text: str, buttons: list[list[Button]] | None = None) -> int | None:
        message = await self.bot.send_message(chat_id, text, parse_mode=HTML, reply_markup=self.markup(chat_id, buttons),
                                              link_preview_options=NO_PREVIEW)
        return message.message_id

    async def edit(self, chat_id: int, message_id: int, text: str, buttons: list[list[Button]] | None = None) -> None:
        try:
            await self.bot.edit_message_text(text, chat_id=chat_id, message_id=message_id, parse_mode=HTML,
                                             reply_markup=self.markup(chat_id, buttons))
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise

    async def delete(self, chat_id: int, message_id: int) -> bool:
        """Delete a message the bot sent; False when Telegram refuses (too old, already gone)."""
        try:
            return bool(await self.bot.delete_message(chat_id, message_id))
        except BadRequest:
            return False


def feedback_row(context: HRContext, topic_id: str, lang: str) -> list[InlineKeyboardButton]:
    tr = context.tr
    return [
        context.button("👍 " + tr._("Helpful"), "lt_fb", topic_id, lang, "h"),
        context.button("👎 " + tr._("Not helpful"), "lt_fb", topic_id, lang, "n"),
    ]


def topic_keyboard(context: HRContext, topic: Topic) -> InlineKeyboardMarkup:
    tr = context.tr
    lib = feature(context)
    lang = lang_of(context)
    rows: list[list[InlineKeyboardButton]] = []
    related = [lib.service.visible(r) for r in topic.related]
    related_buttons = [context.button("→ " + t.translation(lang)[1].title[:60], "lt_t", t.id) for t in related if t]
    for i in range(0, len(related_buttons), 2):
        rows.append(related_buttons[i : i + 2])
    rows.append(feedback_row(context, topic.id, lang))
    rows.append([
        context.button(tr._("Ask a peer"), "la_start"),
        context.button("◀ " + tr._("Topics"), "lt_cat", topic.category, "0"),
    ])
    person = context.person
    if person is not None and person.is_moderator:
        rows.append([context.button("🛑 " + tr._("Withdraw this topic"), "lt_wd", topic.id)])
    return InlineKeyboardMarkup(rows)


async def show_topic(update: Update, context: HRContext, topic: Topic, edit: bool = False) -> None:
    lang = lang_of(context)
    text = topic_message(topic, lang, context.tr)
    markup = topic_keyboard(context, topic)
    await feature(context).service.count(topic.id, lang, "shown")
    if edit:
        await edit_or_send(update, text, parse_mode=HTML, reply_markup=markup, link_preview_options=NO_PREVIEW)
    else:
        await reply(update, text, parse_mode=HTML, reply_markup=markup, link_preview_options=NO_PREVIEW)
