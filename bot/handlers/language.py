"""/language: the person picks their language with buttons; it is remembered."""

from __future__ import annotations

import re

from telegram import Message, Update
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.handlers.base import BotRegistry, HRContext, edit_or_send, main_menu, reply
from bot.handlers.buttons import ChooseLanguage, LanguageMenu
from bot.i18n import N_

# A language asked for in words, alone in a message ("english please", "можно на русском?",
# "українською будь ласка", "en español por favor"): all four got "no good answer", in the
# language the person was asking to leave.
_NAMES = {
    "en": r"english|ingl[eé]s|по-английски|по английски|на английском|англійською|англійська|"
    r"англ[іи]йськ\w*",
    "ru": r"russian|ruso|русский|на русском|по-русски|по русски|російською|російська|"
    r"на рус\w*",
    "uk": r"ukrainian|ucraniano|українська|українською|на українській|по-українськи|"
    r"по-украински|по украински|на украинском|на українську",
    "es": r"spanish|espa[nñ]ol|castellano|en espa[nñ]ol|по-испански|на испанском|"
    r"іспанською|іспанська",
}
_ASK = (
    r"(?:(?:can you|could you|please|pls|speak|write|talk|answer|reply|in|switch to|change to|"
    r"можно|можна|можешь|можеш|давай|давайте|говори|говорите|пиши|пишите|пишіть|говоріть|"
    r"ответь|ответьте|відповідай|відповідайте|перейди на|перейти на|"
    r"por favor|puedes|podr[ií]as|habla|hablame|h[aá]blame|hablar|hablarme|escribe|escr[ií]beme|"
    r"escribir|escribirme|responder|responde|contestar|говорить|писать|розмовляти|писати|en)\s+)*"
)
_PLEASE = r"(?:[\s,]+(?:please|pls|пожалуйста|будь ласка|por favor))?[\s!.?]*$"
_ASKED = {
    lang: re.compile(r"^\s*[¿¡]?" + _ASK + r"(?:" + names + r")" + _PLEASE, re.IGNORECASE)
    for lang, names in _NAMES.items()
}


def asked_language(text: str | None) -> str | None:
    """The language a short message asks the bot to write in, or None."""
    if not text or len(text) > 50:
        return None
    return next((lang for lang, asked in _ASKED.items() if asked.match(text)), None)


class _AskedLanguage(filters.MessageFilter):
    def filter(self, message: Message) -> bool:
        return asked_language(message.text) is not None


async def typed_language(update: Update, context: HRContext) -> None:
    """A language asked for in words: switched to at once, as its button does."""
    message = update.effective_message
    lang = asked_language(message.text if message is not None else None)
    if lang is None or lang not in context.services.i18n.languages:
        await language_command(update, context)
        return
    await choose_language(update, context, ChooseLanguage(lang))


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
    typed = filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(typed & _AskedLanguage(), typed_language))
    reg.router.add(ChooseLanguage, choose_language)
    reg.router.add(LanguageMenu, language_menu_button)
    reg.command("language", N_("change the language"), order=80)
    reg.menu_entry(80, N_("Language"), LanguageMenu())
