"""/topics (categories, then topics, paginated), a topic with its related topics and sources,
feedback buttons, and the moderators' /reload, /withdraw and /republish.

``setup`` loads the content: the bot refuses to start on invalid content, with the same
messages as ``hrbot content check``.
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, filters

from bot.container import Services
from bot.handlers.base import (
    BotRegistry,
    HRContext,
    Keyboard,
    answer_query,
    edit_or_send,
    payload_text,
    reply,
)
from bot.handlers.buttons import (
    AskStart,
    ComboStart,
    ShowTopic,
    TopicCategories,
    TopicCategory,
    TopicCountry,
    TopicFeedback,
    TopicRepublish,
    TopicWithdraw,
)
from bot.handlers.library_common import (
    HTML,
    NO_PREVIEW,
    TelegramMessenger,
    feature,
    lang_of,
    show_topic,
)
from bot.i18n import N_
from bot.library.feature import reload_report
from bot.library.markdown import esc
from bot.library.render import country_block

PAGE_SIZE = 8
log = logging.getLogger(__name__)


# -- browsing ------------------------------------------------------------------------------------
# The category view per (library language, interface language), in ``bot_data[CATEGORY_VIEWS]``:
# the categories it was made for, its rows of (label, payload text) and its text. Only the
# signatures (bound to the chat) are made per update; a reload or a withdrawal changes the
# categories and remakes it.
CATEGORY_VIEWS = "topics.category_views"


def _category_view(
    context: HRContext, lang: str, cats: list
) -> tuple[list[list[tuple[str, str]]], str]:
    tr = context.tr
    key = (lang, tr.lang)
    views = context.bot_data.setdefault(CATEGORY_VIEWS, {})
    cached = views.get(key)
    if (
        cached is not None
        and len(cached[0]) == len(cats)
        and all(a is b for a, b in zip(cached[0], cats, strict=True))
    ):
        return cached[1], cached[2]
    services = context.services
    entries = [(c.name(lang), payload_text(services, TopicCategory(c.id, 0))) for c in cats]
    rows = [entries[i : i + 2] for i in range(0, len(entries), 2)]
    rows.append(
        [
            (tr._("Check a combination"), payload_text(services, ComboStart())),
            (tr._("Ask a peer"), payload_text(services, AskStart())),
        ]
    )
    text = (
        "<b>"
        + esc(tr._("Topics"))
        + "</b>\n"
        + esc(tr._("Choose a category, or just type your question."))
    )
    if not cats:
        text = esc(tr._("The library is empty at the moment. You can ask a peer instead."))
    views[key] = (cats, rows, text)
    return rows, text


async def categories_view(update: Update, context: HRContext, edit: bool) -> None:
    lib = feature(context)
    rows, text = _category_view(context, lang_of(context), lib.service.categories())
    markup = context.signed_keyboard(rows)
    send = edit_or_send if edit else reply
    await send(update, text, parse_mode=HTML, reply_markup=markup)


async def topics_command(update: Update, context: HRContext) -> None:
    await categories_view(update, context, edit=False)


async def categories_button(update: Update, context: HRContext, _: TopicCategories) -> None:
    await categories_view(update, context, edit=True)


async def category_button(update: Update, context: HRContext, pressed: TopicCategory) -> None:
    tr = context.tr
    lib = feature(context)
    lang = lang_of(context)
    category = lib.service.library.category(pressed.category)
    if category is None:
        await categories_view(update, context, edit=True)
        return
    page = max(0, pressed.page)
    topics = sorted(
        lib.service.topics_in(category.id), key=lambda t: t.translation(lang)[1].title.lower()
    )
    pages = max(1, (len(topics) + PAGE_SIZE - 1) // PAGE_SIZE)
    page = min(page, pages - 1)
    shown = topics[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    services = context.services
    # (label, payload text) rows, signed for the chat at once (``HRContext.signed_keyboard``)
    rows = [
        [(t.translation(lang)[1].title[:60], payload_text(services, ShowTopic(t.id)))]
        for t in shown
    ]
    nav = []
    if page > 0:
        nav.append(("◀", payload_text(services, TopicCategory(category.id, page - 1))))
    if page + 1 < pages:
        nav.append(("▶", payload_text(services, TopicCategory(category.id, page + 1))))
    rows.append(nav)
    rows.append([("⬆ " + tr._("All categories"), payload_text(services, TopicCategories()))])
    text = f"<b>{esc(category.name(lang))}</b>"
    if pages > 1:
        text += "\n" + esc(tr._("Page {page} of {pages}", page=page + 1, pages=pages))
    if not topics:
        text += "\n" + esc(tr._("No topics here at the moment."))
    await edit_or_send(
        update, text, parse_mode=HTML, reply_markup=context.signed_keyboard(r for r in rows if r)
    )


async def topic_button(update: Update, context: HRContext, chosen: ShowTopic) -> None:
    lib = feature(context)
    topic = lib.service.visible(chosen.topic)
    if topic is None:
        await answer_query(
            update, context, context.tr._("This topic is not available at the moment."), alert=True
        )
        return
    await show_topic(update, context, topic)


async def topic_country_button(update: Update, context: HRContext, answer: TopicCountry) -> None:
    """The answer to the one-tap country question: a region id, "-" (somewhere else) or "0"
    (not now).

    A country is remembered as the region id /overdose uses (the same row; /forget erases
    it) and its note is shown in place of the question. "Somewhere else" and "Not now" are
    remembered as "don't ask again", as the /overdose question does.
    """
    tr = context.tr
    person = context.person
    if person is None:
        return
    lib = feature(context)
    topic = lib.service.visible(answer.topic)
    features = context.services.features
    regions = features.regions
    guide = features.emergency
    chosen = answer.region
    region = regions.get(chosen) if regions is not None and chosen not in ("", "-", "0") else None
    stored = guide.storable(region.id) if region is not None and guide is not None else None
    country = features.country
    saved = await country.remember(person, stored) if country is not None else False
    lang = lang_of(context)
    if region is None:
        text = esc(
            tr._(
                "OK. The advice above is general: laws and services differ between countries. "
                'You can set your country any time with the "Set my country" button under /overdose.'
            )
        )
        await edit_or_send(update, text, parse_mode=HTML)
        return
    name = esc(region.name(lang))
    head = (
        tr._("✓ Saved: {place}. /forget erases it.", place=name)
        if saved
        else tr._("I could not save {place} right now, so I may ask again next time.", place=name)
    )
    block = country_block(topic, lang, tr, region.country) if topic is not None else ""
    await edit_or_send(
        update,
        head + ("\n\n" + block if block else ""),
        parse_mode=HTML,
        link_preview_options=NO_PREVIEW,
    )


async def feedback_button(update: Update, context: HRContext, vote: TopicFeedback) -> None:
    lib = feature(context)
    await lib.service.count(
        vote.topic, vote.language, "helpful" if vote.verdict == "h" else "not_helpful"
    )
    await answer_query(
        update, context, context.tr._("Thank you. This helps peers improve the answers.")
    )
    # one vote per message: the feedback buttons go away (nothing is stored about who voted)
    query = update.callback_query
    message = query.message if query else None
    markup = getattr(message, "reply_markup", None)
    if markup is not None and isinstance(message, Message):
        rows = [
            row
            for row in markup.inline_keyboard
            if not any((b.callback_data or "").startswith(TopicFeedback.action + ":") for b in row)
        ]
        try:
            await message.edit_reply_markup(Keyboard(rows))
        except TelegramError as exc:  # an old message: the vote is counted anyway
            log.info("Could not remove the feedback buttons (%s)", type(exc).__name__)
    if vote.verdict == "n":
        tr = context.tr
        await reply(
            update,
            esc(tr._("Sorry it didn't help. A peer can answer you personally and anonymously.")),
            parse_mode=HTML,
            reply_markup=context.keyboard([[context.button(tr._("Ask a peer"), AskStart())]]),
        )


# -- moderators ----------------------------------------------------------------------------------
async def reload_command(update: Update, context: HRContext) -> None:
    person = context.person
    if person is None or not person.is_moderator:
        await reply(update, context.tr._("Only moderators can reload the content."))
        return
    result = await feature(context).reload()
    await reply(update, reload_report(context.tr, result), parse_mode=HTML)


async def _switch(update: Update, context: HRContext, item_id: str, withdraw: bool) -> None:
    tr = context.tr
    person = context.person
    if person is None or not person.is_moderator:
        await reply(update, tr._("Only moderators can withdraw or republish content."))
        return
    lib = feature(context)
    actor = person.pseudonym or "moderator"
    if withdraw:
        ok = await lib.service.withdraw(item_id, actor)
        text = (
            tr._(
                "Withdrawn: {id}. Nobody sees it until a moderator republishes it (/republish {id}).",
                id=item_id,
            )
            if ok
            else tr._("There is no topic or combination with the id {id}.", id=item_id)
        )
        buttons = (
            [[context.button(tr._("Republish"), TopicRepublish(lib.service.canonical(item_id)))]]
            if ok
            else []
        )
    else:
        ok = await lib.service.republish(item_id, actor)
        text = (
            tr._("Republished: {id}.", id=item_id)
            if ok
            else tr._("{id} was not withdrawn.", id=item_id)
        )
        buttons = []
    await reply(
        update,
        esc(text),
        parse_mode=HTML,
        reply_markup=context.keyboard(buttons) if buttons else None,
    )


async def withdraw_command(update: Update, context: HRContext) -> None:
    if not context.args:
        await reply(
            update,
            context.tr._(
                "Write the id after the command, for example: /withdraw naloxone or /withdraw opioids+benzodiazepines"
            ),
        )
        return
    await _switch(update, context, context.args[0].strip(), withdraw=True)


async def republish_command(update: Update, context: HRContext) -> None:
    if not context.args:
        await reply(
            update, context.tr._("Write the id after the command, for example: /republish naloxone")
        )
        return
    await _switch(update, context, context.args[0].strip(), withdraw=False)


async def withdraw_button(update: Update, context: HRContext, item: TopicWithdraw) -> None:
    await _switch(update, context, item.item, withdraw=True)


async def republish_button(update: Update, context: HRContext, item: TopicRepublish) -> None:
    await _switch(update, context, item.item, withdraw=False)


def register(app: Application, reg: BotRegistry) -> None:
    services: Services = app.bot_data.services
    lib = services.features.library
    if lib is not None:
        lib.attach(TelegramMessenger(app.bot, services.buttons))
        reg.forget_hooks.append(lib.forget)  # in-memory conversation state; SQL rows cascade
    private = filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("topics", topics_command, filters=private))
    app.add_handler(CommandHandler("reload", reload_command, filters=private))
    app.add_handler(CommandHandler("withdraw", withdraw_command, filters=private))
    app.add_handler(CommandHandler("republish", republish_command, filters=private))
    reg.router.add(TopicCategories, categories_button)
    reg.router.add(TopicCategory, category_button)
    reg.router.add(ShowTopic, topic_button)
    reg.router.add(TopicFeedback, feedback_button)
    reg.router.add(TopicCountry, topic_country_button)
    reg.router.add(TopicWithdraw, withdraw_button)
    reg.router.add(TopicRepublish, republish_button)
    reg.command("topics", N_("browse the topics peers wrote"), order=10)
    reg.command(
        "reload",
        N_("reload the content files (moderators)"),
        order=95,
        listed=False,
        authored=True,
    )
    reg.command(
        "withdraw",
        N_("withdraw a topic or combination (moderators)"),
        order=96,
        listed=False,
        authored=True,
    )
    reg.command(
        "republish",
        N_("republish a withdrawn topic or combination (moderators)"),
        order=97,
        listed=False,
        authored=True,
    )
    reg.menu_entry(10, N_("Topics"), TopicCategories())
    reg.privacy_note(
        30,
        N_(
            "<b>Questions to peers.</b> When you ask a peer, your question and the answers are kept "
            "encrypted in a numbered ticket, with no name or account attached: peers never learn who "
            "you are. They are deleted a set number of days after the ticket is closed (14 unless the "
            "operators changed it), and at once with /forget."
        ),
    )
    reg.privacy_note(
        32,
        N_(
            "<b>Your country in topics.</b> Topics about law, treatment and services show advice for "
            "your country when I know it: the country you chose for /overdose, or else your alert "
            "region. If a topic asks and you answer, I keep only the country, in the same place as for "
            "/overdose. /forget erases it."
        ),
    )
    reg.privacy_note(
        31,
        N_(
            "<b>Questions the library could not answer</b> are counted, so peers know what to write "
            "next: only the question text with numbers and links removed, not linked to you or anyone, "
            "deleted after 30 days. Helpful / not helpful presses are counted per topic, not per person."
        ),
    )
