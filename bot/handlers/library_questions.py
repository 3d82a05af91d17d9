"""Free text is a question: the library's answer, or an honest "no good answer".

Emergencies and crises never get here: ``bot.handlers.urgent`` answers them first.

This module must come after every guided conversation in ``bot.app.FEATURES`` (it takes any
private text that is not a command), and before the foundation's fallback.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, MessageHandler, filters

from bot.handlers.base import BotRegistry, HRContext, reply
from bot.handlers.library_common import HTML, NO_PREVIEW, feature, feedback_row, lang_of
from bot.library.feature import Pending
from bot.library.markdown import esc
from bot.library.render import answer_message

log = logging.getLogger(__name__)


async def answer_question(update: Update, context: HRContext, text: str) -> None:
    lib = feature(context)
    tr = context.tr
    lang = lang_of(context)
    hits = lib.service.search(text, lang)
    if not hits:
        await lib.service.record_unanswered(text, lang)
        if context.person is not None:
            lib.set_pending(context.person, Pending("unanswered", text=text))
        await reply(update, esc(tr._(
            "I don't have a good answer to that in the library, and I'd rather not guess. "
            "A peer (someone with lived experience) can answer you personally and anonymously.")),
            parse_mode=HTML, reply_markup=context.keyboard([
                [context.button(tr._("Send this question to a peer"), "la_send")],
                [context.button(tr._("Browse topics"), "lt_cats")],
            ]))
        return
    best = hits[0]
    topic = lib.service.visible(best.topic_id)
    if topic is None:
        return
    rows = [[context.button(tr._("Read more"), "lt_t", topic.id)]]
    for alt in hits[1:3]:
        alt_topic = lib.service.visible(alt.topic_id)
        if alt_topic is not None:
            rows.append([context.button("→ " + alt_topic.translation(lang)[1].title[:60], "lt_t", alt_topic.id)])
    rows.append(feedback_row(context, topic.id, lang))
    rows.append([context.button(tr._("Ask a peer"), "la_start")])
    await lib.service.count(topic.id, lang, "shown")
    await reply(update, answer_message(topic, lang, tr), parse_mode=HTML, reply_markup=InlineKeyboardMarkup(rows),
                link_preview_options=NO_PREVIEW)


async def free_text(update: Update, context: HRContext) -> None:
    message = update.effective_message
    person = context.person
    if message is None or not message.text or person is None:
        return
    # Emergencies and crises were answered before any feature (bot.handlers.urgent), and a
    # question or reply for peers went to its prompt (bot.handlers.prompts).
    await answer_question(update, context, message.text)


def register(app: Application, reg: BotRegistry) -> None:
    private_text = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(private_text, free_text))
