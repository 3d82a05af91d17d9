"""/language: the person picks their language with buttons; it is remembered."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CommandHandler, filters

from bot.handlers.base import BotRegistry, HRContext, edit_or_send, main_menu, reply
from bot.handlers.buttons import ChooseLanguage, LanguageMenu
from bot.i18n import N_


def _keyboard(context: HRContext):
    i18n = context.services.i18n
    current = context.tr.lang
    buttons = []
    for lang in i18n.languages:
        name = i18n.translator(lang).native_name
        label = f"✓ {name}" if lang == current else name
        buttons.append(context.button(label, ChooseLanguage(lang)))
    return context.keyboard([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


async def language_command(update: Update, context: HRContext) -> None:
    await reply(update, context.tr._("Choose your language:"), reply_markup=_keyboard(context))


async def language_menu_button(
    update: Update, context: HRContext, _: LanguageMenu | None = None
) -> None:
    await edit_or_send(
        update, context.tr._("Choose your language:"), reply_markup=_keyboard(context)
    )


async def choose_language(update: Update, context: HRContext, chosen: ChooseLanguage) -> None:
    services = context.services
    lang = chosen.language
    if lang not in services.i18n.languages or context.person is None:
        await language_menu_button(update, context)
        return
    await services.people.set_language(context.person, lang)
    context.tr = services.i18n.translator(lang)
    tr = context.tr
    # the language's own name as it is written in a sentence ("español", "русский", "English"),
    # not the capitalised form of the buttons
    name = tr.locale.get_display_name(tr.locale) or tr.native_name
    text = tr._("Done: I will write to you in {language}.", language=name)
    await edit_or_send(update, text, reply_markup=main_menu(context))


def register(app: Application, reg: BotRegistry) -> None:
    app.add_handler(CommandHandler("language", language_command, filters=filters.ChatType.PRIVATE))
    reg.router.add(ChooseLanguage, choose_language)
    reg.router.add(LanguageMenu, language_menu_button)
    reg.command("language", N_("change the language"), order=80)
    reg.menu_entry(80, N_("Language"), LanguageMenu())
