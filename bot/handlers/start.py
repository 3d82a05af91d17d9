"""/start, /help and the main menu."""

from __future__ import annotations

import re

from telegram import Message, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.handlers import overdose, prompts
from bot.handlers.base import BotRegistry, HRContext, edit_or_send, main_menu, registry, reply
from bot.handlers.buttons import AskSend, Help, MainMenu
from bot.handlers.typed_commands import typed_command
from bot.i18n import N_

# What a new person types to begin, alone in a message, in any of the four languages: a
# greeting or "menu" gets the welcome and the menu, "help" the help; never a library search
# ("menu" found the chemsex topic, "start" street methadone, "hello" no answer at all).
_END = r"[\s!.,)]*$"
GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|start|menu|main menu|привет|приветик|здравствуйте|здрасте|"
    r"здравствуй|добрый день|добрый вечер|старт|меню|начать|привіт|вітаю|добрий день|"
    r"добрий вечір|почати|hola|buenas|buenos d[ií]as|buenas tardes|buenas noches|inicio|"
    r"empezar|men[uú]|"
    # "back" and "main menu" ("back" found the overdose topic, "главное меню" methamphetamine,
    # "volver" the mental-health topic)
    r"back|go back|главное меню|назад|вернуться|головне меню|повернутися|"
    r"men[uú] principal|atr[aá]s|volver|regresar|"
    # who made the bot: the welcome says it ("кто тебя сделал" got the using-alone topic)
    r"¿?(?:who made (?:you|this bot|this)|кто тебя сделал|кто сделал (?:бота|этого бота)|"
    r"хто тебе зробив|хто зробив (?:бота|цього бота)|qui[eé]n te hizo|qui[eé]n hizo (?:el|este) bot)"
    r"\??)" + _END,
    re.IGNORECASE,
)
HELP_WORD = re.compile(r"^\s*(?:help|помощь|допомога|ayuda)" + _END, re.IGNORECASE)
# "I don't understand", "what?" alone: the help ("не понял" got the opioid-overdose signs, "i dont
# understand" the police topic)
CONFUSED = re.compile(
    r"^\s*(?:i (?:don'?t|do not|dont) (?:understand|get it)|i'?m confused|what|huh|"
    r"не понял[аи]?|не поняла|не понимаю|ничего не понял[аи]?|что|чего|"
    r"не зрозумів|не зрозуміла|не розумію|нічого не зрозумів|що|"
    r"no entiendo|no entend[ií]|no comprendo|no te entiendo|qu[eé]|c[oó]mo)[\s!.,?)]*$",
    re.IGNORECASE,
)
# What can you do / can you help me / I need help, after an optional greeting ("привіт, можеш
# допомогти?" got the overdose topic, "що ти вмієш" drug checking): the help, with the menu
_HI = r"(?:(?:hi|hello|hey|привет|здравствуйте|привіт|вітаю|hola|buenas)[\s,!.]+)?"
HELP_ASK = re.compile(
    r"^\s*" + _HI + r"[¿¡]?(?:"
    r"(?:can|could) you help(?: me)?(?: please)?|help me(?: please)?|i need help|"
    r"what (?:can|do) you do|how does (?:this|it) work|"
    r"(?:ты )?мож(?:ешь|ете) (?:мне )?помочь|помоги(?:те)?(?: мне)?|мне нужна помощь|"
    r"что (?:ты )?умеешь|что вы умеете|как (?:это|ты) работает|"
    r"(?:ти )?мож(?:еш|ете) (?:мені )?допомогти|допоможи(?:ть)?(?: мені)?|мені потрібна допомога|"
    r"що (?:ти )?вмієш|що ви вмієте|як (?:це|ти) працює|"
    r"(?:me )?(?:puedes|podr[ií]as) ayudar(?:me)?|ay[uú]dame(?: por favor)?|necesito ayuda|"
    r"qu[eé] (?:puedes|sabes) hacer|c[oó]mo funciona(?:s)?"
    r")[\s!.,?)]*$",
    re.IGNORECASE,
)
BYE = re.compile(
    r"^\s*(?:(?:thanks?|thank you|спасибо|дякую|gracias)[\s,!.]+)?"
    r"(?:bye|goodbye|see you|пока|до свидания|бувай|до побачення|па|adi[oó]s|chao|chau|hasta luego)"
    + _END,
    re.IGNORECASE,
)
# "thanks", "ok", "yes", "no" alone: a reply to the bot, never a question for the library ("gracias"
# found no answer; at the service finder's place prompt it searched near Gràcia in Barcelona)
THANKS = re.compile(
    # "ok thanks", "ок, дякую", "vale, gracias" got "no good answer"
    r"^\s*(?:(?:ok|okay|ок|окей|ладно|хорошо|добре|гаразд|vale|bueno|sale)[\s,!.]+)?"
    r"(?:thanks?(?: a lot| you| u)?|thank you(?: so much)?|thx|ty|cheers|спасибо(?: большое)?|"
    r"спс|благодарю|дякую(?: дуже| вам| тобі)?|щиро дякую|(?:muchas )?gracias|mil gracias)" + _END,
    re.IGNORECASE,
)
ACKNOWLEDGED = re.compile(
    r"^\s*(?:ok|okay|k|yes|yeah|yep|no|nope|sure|got it|понятно|понял|поняла|ясно|хорошо|ладно|"
    r"ок|окей|да|нет|ага|зрозуміло|зрозумів|зрозуміла|добре|гаразд|так|ні|sí|si|vale|"
    r"de acuerdo|entendido|claro|va|i don'?t know|i dont know|idk|dunno|не знаю|хз|no s[eé]|"
    r"ni idea|"
    # laughter and "hmm" ("lol", "jaja", "ахаха", "хм" got "no good answer")
    r"lol|lmao|xd|(?:ha){2,}h?|hmm+|hm|(?:ja){2,}|(?:je){2,}|(?:ах){2,}а?|(?:ха){2,}|хм+|м{3,}|"
    r"э{2,}|е{3,})" + _END,
    re.IGNORECASE,
)


def chat_words(text: str) -> str | None:
    """What a short message that is no question says, typed alone: "greeting" (hello, how are
    you), "menu" (menu, start), "help", "thanks", "ok" (yes, no, got it, I don't know), or
    None."""
    from bot.library.cues import small_talk

    if HELP_WORD.match(text) or HELP_ASK.match(text) or CONFUSED.match(text):
        return "help"
    if small_talk(text):
        return "greeting"
    if GREETING.match(text):
        return "menu"
    if THANKS.match(text) or BYE.match(text):
        return "thanks"
    if ACKNOWLEDGED.match(text):
        return "ok"
    return None


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


class _Said(filters.MessageFilter):
    """A message whose whole text is one of these ``chat_words`` kinds."""

    def __init__(self, *kinds: str) -> None:
        super().__init__(name=f"said{kinds}")
        self.kinds = frozenset(kinds)

    def filter(self, message: Message) -> bool:
        return chat_words(message.text or "") in self.kinds


async def greeting(update: Update, context: HRContext) -> None:
    """A greeting ("hi", "how are you", "what's your name"), "menu" or "help" typed on its
    own (after the emergency check)."""
    message = update.effective_message
    if message is not None and chat_words(message.text or "") == "help":
        await help_command(update, context)
        return
    await reply(update, welcome_text(context), reply_markup=main_menu(context))


async def thanks(update: Update, context: HRContext) -> None:
    """ "thanks", "ok", "yes" or "no" typed alone: a kind word and the menu, never "I don't have
    a good answer to that in the library"."""
    message = update.effective_message
    tr = context.tr
    waiting = prompts.current(update, context, overdose.PROMPT)
    view = waiting.data.get("view") if waiting is not None else None
    if view is not None:
        # just after the crisis reply (its country question still waits): "ok", "no sé", "не
        # знаю" are talk, not a request for the menu; the reply with the lines stays above
        if view == overdose.CRISIS:
            await reply(
                update,
                tr._("💛 I'm here with you. A peer can talk with you here too, anonymously."),
                reply_markup=context.keyboard(
                    [[context.button("💬 " + tr._("Talk to a peer"), AskSend())]]
                ),
            )
        else:
            await reply(update, tr._("💛 I'm here with you."))
        return
    if message is not None and chat_words(message.text or "") == "thanks":
        text = tr._("You're welcome. Write to me any time.")
    else:
        text = tr._("What would you like to do?")
    await reply(update, text, reply_markup=main_menu(context))


class _TypedCommand(filters.MessageFilter):
    """A message whose whole text is a command typed without the slash ("topics", "рядом")."""

    def filter(self, message: Message) -> bool:
        return typed_command(message.text) is not None


async def typed_command_message(update: Update, context: HRContext) -> None:
    """ "topics", "комбо", "поруч", "alertas" typed alone: what the command does (its own
    handler, called with no words after it), never a library search."""
    message = update.effective_message
    name = typed_command(message.text if message is not None else None)
    for handler in context.application.handlers.get(0, ()):
        if isinstance(handler, CommandHandler) and name in handler.commands:
            await handler.callback(update, context)
            return


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
    typed = private & filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(typed & _Said("greeting", "menu", "help"), greeting))
    app.add_handler(MessageHandler(typed & _Said("thanks", "ok"), thanks))
    app.add_handler(MessageHandler(typed & _TypedCommand(), typed_command_message))
    reg.router.add(MainMenu, menu_button)
    reg.router.add(Help, help_button)
    reg.command("start", N_("welcome and main menu"), order=0)
    reg.command("help", N_("what I can do"), order=1)
    reg.menu_entry(90, N_("Help"), Help())
