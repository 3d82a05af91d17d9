"""Free text is a question: the library's answer, or an honest "no good answer".

Emergencies and crises never get here: ``bot.handlers.urgent`` answers them first.

This module must come after every guided conversation in ``bot.app.FEATURES`` (it takes any
private text that is not a command), and before the foundation's fallback.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, MessageHandler, filters

from bot.handlers.base import BotRegistry, HRContext, main_menu, reply
from bot.handlers.buttons import (
    AskSend,
    AskStart,
    CrisisLines,
    FindServices,
    Overdose,
    ShowTopic,
    TopicCategories,
)
from bot.handlers.combo import send_combo
from bot.handlers.library_common import HTML, NO_PREVIEW, feature, feedback_row, lang_of
from bot.library.feature import Pending
from bot.library.markdown import esc
from bot.library.render import answer_message

log = logging.getLogger(__name__)

EMERGENCY_TAG = "emergency"  # topics about an overdose (signs, what to do): the card one tap away
CRISIS_TAG = "suicide"  # the mental-health crisis topic, which says the bot shows the crisis lines
SHORT_PLACE_WORDS = 2  # a text this short that matches places is a place, even if it is a topic too


def no_answer_rows(context: HRContext, near: list | None = None) -> list[list]:
    """No dead end: the overdose steps, the service finder and a peer are one tap away; first
    the one or two topics that came close (``near``: (topic id, title) pairs), if any."""
    tr = context.tr
    return [
        [context.button("→ " + title[:60], ShowTopic(topic_id))] for topic_id, title in near or ()
    ] + [
        [context.button(tr._("Overdose: what to do"), Overdose())],
        [
            context.button(tr._("Find services"), FindServices()),
            context.button(tr._("Ask a peer"), AskSend()),
        ],
        [context.button(tr._("Browse topics"), TopicCategories())],
    ]


async def ask_which(update: Update, context: HRContext, match, lang: str) -> bool:
    """A slang word with several meanings: "Do you mean ...?" with one button per meaning."""
    lib = feature(context)
    tr = context.tr
    checker = lib.service.checker
    rows = []
    seen: set[str] = set()
    for sense in match.senses:
        topic = next(
            (t for t in (lib.service.visible(tid) for tid in sense.topics) if t is not None), None
        )
        if topic is None or topic.id in seen:
            continue
        seen.add(topic.id)
        named = next(
            (n for n in (checker.named(sid) for sid in sense.substances) if n is not None), None
        )
        label = checker.display_name(named, lang) if named else topic.translation(lang)[1].title
        rows.append([context.button(label[:60], ShowTopic(topic.id))])
    if len(rows) < 2:
        return False
    rows.append([context.button(tr._("Ask a peer"), AskStart())])
    if any(sense.alone for sense in match.senses):
        # a word sent on its own with several readings ("фен": amphetamine or phenazepam)
        question = tr._('"{word}" can mean more than one thing. Do you mean:', word=match.term)
    else:
        question = tr._(
            '"{word}" means different things in different places. Do you mean:', word=match.term
        )
    await reply(
        update,
        esc(question),
        parse_mode=HTML,
        reply_markup=context.keyboard(rows),
    )
    return True


async def answer_question(
    update: Update, context: HRContext, text: str, country: str | None = None
) -> None:
    lib = feature(context)
    tr = context.tr
    lang = lang_of(context)
    # slang that means different things in different places: ask, never guess
    match = lib.service.ambiguous(text, lang, country)
    if match is not None and await ask_which(update, context, match, lang):
        return
    hits = await lib.service.search_async(text, lang, country)
    if not hits:
        await lib.service.record_unanswered(text, lang)
        if context.person is not None:
            lib.set_pending(context.person, Pending("unanswered", text=text))
        # no dead end: the topics that came close (under the cut, never for a message far from
        # every topic) as buttons beside the overdose steps, the finder and a peer
        near = []
        for hit in await lib.service.near_async(text, lang, country):
            topic = lib.service.visible(hit.topic_id)
            if topic is not None:
                near.append((topic.id, topic.translation(lang)[1].title))
        message = tr._(
            "I don't have a good answer to that in the library, and I'd rather not guess. "
            "A peer (someone with lived experience) can answer you personally and anonymously."
        )
        if near:
            message += "\n\n" + tr._("Maybe one of these:")
        await reply(
            update,
            esc(message),
            parse_mode=HTML,
            reply_markup=context.keyboard(no_answer_rows(context, near)),
        )
        return
    best = hits[0]
    topic = lib.service.visible(best.topic_id)
    if topic is None:
        return
    rows = [[context.button(tr._("Read more"), ShowTopic(topic.id))]]
    if EMERGENCY_TAG in topic.tags:
        # A general question about overdoses ("what are the signs"): its topic, and the
        # emergency card (the number and the steps) one tap away, first.
        rows.insert(0, [context.button("🆘 " + tr._("Overdose: what to do"), Overdose())])
    if CRISIS_TAG in topic.tags:
        # "call a crisis line (the bot shows your country's crisis line...)": one tap away
        rows.insert(0, [context.button("📞 " + tr._("Crisis lines"), CrisisLines())])
    for alt in hits[1:3]:
        alt_topic = lib.service.visible(alt.topic_id)
        if alt_topic is not None:
            rows.append(
                [
                    context.button(
                        "→ " + alt_topic.translation(lang)[1].title[:60], ShowTopic(alt_topic.id)
                    )
                ]
            )
    rows.append(feedback_row(context, topic.id, lang))
    rows.append([context.button(tr._("Ask a peer"), AskStart())])
    await lib.service.count(topic.id, lang, "shown")
    await reply(
        update,
        answer_message(topic, lang, tr),
        parse_mode=HTML,
        reply_markup=InlineKeyboardMarkup(rows),
        link_preview_options=NO_PREVIEW,
    )


async def free_text(update: Update, context: HRContext) -> None:
    message = update.effective_message
    person = context.person
    if message is None or not message.text or person is None:
        return
    # Emergencies and crises were answered before any feature (bot.handlers.urgent), and a
    # question or reply for peers went to its prompt (bot.handlers.prompts).
    await route_question(update, context, message.text)


async def route_question(update: Update, context: HRContext, text: str) -> None:
    """After the emergency check: a command, a combination, a service, or a topic question."""
    lib = feature(context)
    tr = context.tr
    lang = lang_of(context)
    country = await lib.country(context.person)
    intent = lib.service.route(text, lang, country)
    if intent.kind == "command":
        if intent.command == "overdose":
            # typed from a poster or a note, without Telegram marking it as a command: the
            # emergency card, never a hint to tap something first
            from bot.handlers.overdose import send_card

            await send_card(update, context)
            return
        # "/start" typed as plain text (no command entity): never a search for "start"
        await reply(
            update,
            tr._(
                "That looks like a command. Tap one in the menu below, or send it on its own, like /start."
            ),
            reply_markup=main_menu(context),
        )
        return
    if intent.kind == "combo" and intent.substances is not None:
        checker = lib.service.checker
        a, b = checker.named(intent.substances[0]), checker.named(intent.substances[1])
        if intent.guessed and intent.typed is not None:
            # A name matched only with a typo: the combination checker reads the typed words, as
            # /combo does, and asks "Did you mean ...?" before answering. A guess never decides
            # which drug a person meant (review finding A-M5).
            from bot.handlers.combo import answer_combo_text

            if await answer_combo_text(
                update, context, f"{intent.typed[0]} + {intent.typed[1]}", country
            ):
                return
        elif a is not None and b is not None:
            await send_combo(update, context, a, b)
            return
    if intent.kind == "service":
        from bot.handlers.services import open_finder

        await open_finder(update, context, intent.place, intent.service_type)
        return
    if intent.kind == "topic":
        from bot.handlers.services import bare_place_search, open_finder

        bare = bare_place_search(context, text)
        if bare is not None:  # "intercambio de jeringas cdmx": the finder there
            await open_finder(update, context, bare[0], bare[1])
            return
    await answer_question(update, context, text, country)


async def answer_if_question(
    update: Update, context: HRContext, text: str, *, sure_place: bool, places: bool
) -> str | None:
    """For prompts that wait for a place (the service finder, drug alerts): a question typed
    instead ("can i take mdma with weed", "какие признаки передоза", "dónde consigo jeringas
    en Madrid") is answered as free text is, never read as a misspelt place. A combination or a
    service question always; a topic question when no place matches surely and the library
    has an answer (a short text that names places, "Roma", stays a place). Returns the route it
    was answered as (the caller keeps waiting for its place unless that was "service", which
    opened the finder), or None: read the text as a place."""
    lib = context.services.features.library
    if lib is None:
        return None
    lang = lang_of(context)
    # read with the person's country, as route_question will read it (regional slang)
    country = await lib.country(context.person)
    intent = lib.service.route(text, lang, country)
    if intent.kind not in ("combo", "service"):
        if sure_place or (places and len(text.split()) <= SHORT_PLACE_WORDS):
            return None
        if not await lib.service.search_async(text, lang, country):
            return None
    await route_question(update, context, text)
    return str(intent.kind)


def register(app: Application, reg: BotRegistry) -> None:
    private_text = (
        filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
    )
    app.add_handler(MessageHandler(private_text, free_text))
