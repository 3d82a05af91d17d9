"""Emergencies and crises first: its own step, before every feature, in every state.

Every new or edited private message (text, or a photo's caption) is checked here, in
``URGENT_GROUP``, after the person is identified and before any prompt or feature sees it:

- a message describing an overdose now gets the emergency card
  (``bot.handlers.overdose.send_card``) as the first reply;
- a message about wanting to die or self-harm gets the crisis reply (``bot.directory.crisis``,
  sent by ``bot.handlers.overdose.send_crisis_reply``): the local crisis line, else the
  emergency number, and a peer; a person whose country is unknown is asked for it inside the
  reply, with the card's buttons, never in a message after it.

- a message the embedding stage finds crisis-like short of the full reply's threshold
  (``Verdict.maybe_crisis``) gets a short crisis note (the local crisis line, else the emergency
  number, and "Talk to a peer") and then goes on to its prompt or feature as usual: a message
  read wrongly as a crisis still gets its answer below the note.

Both are recognised by ``bot.library.triage.classify``: the phrase rules first; when they say
nothing and the embedding stage is loaded, one query embedding (in a thread, never waiting
long for the model) compared with prototype messages.

Whatever the person was in the middle of (a place prompt, a question for a peer, the report
form, the country question, an alerts prompt) ends first; a question or reply meant for peers
is still passed on, flagged urgent, without a message after the card; so is the question
written after ``/ask`` ("/ask he's not breathing"). The words after another command ("/start my
friend is not breathing") are read the same way, and the command does not run; the words after
a command registered as ``authored`` (its text is written for others) are not. Nothing else answers
the message.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Collection
from typing import TYPE_CHECKING

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationHandlerStop, MessageHandler, filters

from bot.directory.overdose_guide import join_numbers
from bot.directory.regions import CrisisLine
from bot.handlers import overdose, prompts
from bot.handlers.base import BotRegistry, HRContext, registry, reply
from bot.handlers.buttons import AskSend
from bot.i18n import N_
from bot.lazy import lazy_module
from bot.library.feature import Pending

if TYPE_CHECKING:
    from bot.library import triage
else:  # the phrase rules (~0.2 MB of source and patterns): imported by bot.app's warm-up in a
    # worker thread once the bot polls, or here by the first message that comes before
    triage = lazy_module("bot.library.triage", globals(), "triage")

log = logging.getLogger(__name__)

# The softer crisis tier (``triage.Verdict.maybe_crisis``): one or two lines before the message's
# own answer, never in its place, so a message read wrongly as a crisis still gets its answer.
NOTE_LINE = N_("💛 If things are hard right now, you can talk to someone: {name}, <b>{number}</b>.")
NOTE_NUMBER = N_(
    "💛 If things are hard right now, you can talk to someone. If you are in danger, call {number}."
)
NOTE_UNKNOWN = N_(
    "💛 If things are hard right now, you can talk to someone. If you are in danger, call your "
    "local emergency number (112 in the EU, 911 in the US, Canada and Mexico)."
)
NOTE_BELOW = N_("A peer can talk with you here too. Your answer is below.")
NOTE_BELOW_PEER = N_("Your answer is below.")

URGENT_GROUP = -50  # after identify (-100), before prompts (-10) and the features (0)
TO_PEERS = ("ask", "reply", "follow")  # prompt kinds whose urgent message still reaches a peer
ASK_COMMAND = "ask"  # /ask <question> (and the prompt kind of the same name)


def command_words(text: str, authored: Collection[str]) -> tuple[str, str] | None:
    """``(command, the words after it)`` for a message that starts with a command and says
    something after it that may be about an emergency; None otherwise (no words after it, or
    one of the ``authored`` commands, registered with ``authored=True``: text written for others,
    an alert report, a draft, a moderator's tools, or /overdose itself, which already is the card).
    The words after any other command ("/start my friend is not breathing", "/help he's blue", a
    mistyped command) are read like a message."""
    parts = text.split(maxsplit=1)
    command = parts[0][1:].split("@", 1)[0].lower()
    if len(parts) < 2 or command in authored:
        return None
    if command == "start" and len(parts[1].split()) == 1:
        return None  # a deep link's payload (one word, never typed by the person)
    return command, parts[1].strip()


async def on_message(update: Update, context: HRContext) -> None:
    # An edit is read too: someone who corrects "my friend is not brething" gets the card, not
    # "I only read new messages" (bot.handlers.fallback answers edits that are not urgent).
    message = update.message or update.edited_message
    if message is None:
        return
    text = message.text or message.caption or ""
    asked = False  # "/ask he's not breathing": the question for peers is the rest
    if text.startswith("/"):
        words = command_words(text, registry(context).authored_commands)
        if words is None:
            return
        command, text = words
        asked = command == ASK_COMMAND
    elif prompts.authored_answer(update, context):
        return  # a peer's reply or a moderator's alert text: words about overdoses are its content
    # The rules, and the embedding stage when the message's vector is known: on the loop (well
    # under a millisecond); a new message's embedding is computed in a worker thread.
    lang, country = await _slang_context(context)
    verdict = triage.classify_now(text, lang, country)
    if verdict is None:  # the rules said nothing: only the embedding stage is left
        verdict = await asyncio.to_thread(triage.classify_unruled, text, lang, country)
    if verdict.emergency:
        waiting = _asked(update, context) if asked else prompts.end(update, context)
        await overdose.send_card(update, context)  # first, before anything can fail
        log.info("Emergency card sent for a typed message (%s)", verdict.source)
        await prompts.keep_urgent(update, context, waiting, text)
        raise ApplicationHandlerStop
    if verdict.crisis:
        waiting = _asked(update, context) if asked else prompts.end(update, context)
        await send_crisis_reply(
            update, context, text, to_peer=waiting is not None and waiting.kind in TO_PEERS
        )
        log.info("Crisis reply sent (%s)", verdict.source)
        await prompts.keep_urgent(update, context, waiting, text)
        raise ApplicationHandlerStop
    if verdict.maybe_crisis:
        # the note first, then the message goes on to the prompt or feature it was meant for
        waiting = prompts.current(update, context)
        await send_crisis_note(
            update,
            context,
            text,
            to_peer=asked or (waiting is not None and waiting.kind in TO_PEERS),
        )
        log.info("Crisis note sent (%s)", verdict.source)


def _asked(update: Update, context: HRContext) -> prompts.Prompt | None:
    """``/ask <text>`` about an emergency or a crisis: whatever waited ends, and the text is
    kept as a question for peers would be (flagged urgent, no ticket message after the card)."""
    prompts.end(update, context)
    chat = update.effective_chat
    return prompts.Prompt(ASK_COMMAND, chat.id, 0.0) if chat is not None else None


async def _slang_context(context: HRContext) -> tuple[str | None, str | None]:
    """The person's language and country, when triage embeds the slang-free text search embeds
    (HRBOT_QUERY_EMBEDDING=rewrite); else (None, None): the message as typed, no lookup."""
    from bot.library.embed import query_mode

    library = context.services.features.library
    if query_mode() != "rewrite" or library is None:
        return None, None
    return context.tr.lang, await library.country(context.person)


async def _crisis_contacts(
    update: Update, context: HRContext
) -> tuple[list[CrisisLine], tuple[str, ...]]:
    """The person's country's crisis lines and emergency numbers (none known: empty)."""
    region_id = None
    try:
        region_id = await overdose.region_of(update, context)
    except Exception as exc:  # noqa: BLE001 - the reply goes out without the person's country
        log.warning("Could not read the remembered country (%s)", type(exc).__name__)
    return overdose.crisis_contacts(context, region_id)


def _offer_peer(context: HRContext, text: str, to_peer: bool) -> bool:
    """Keep this very message (in memory only) for the "Talk to a peer" button, which sends
    it to peers; False when the message already goes to peers or the library is off."""
    library = context.services.features.library
    if to_peer or library is None or context.person is None:
        return False
    library.set_pending(context.person, Pending("unanswered", text=text))
    return True


def _talk_to_a_peer(context: HRContext, text: str, to_peer: bool) -> InlineKeyboardMarkup | None:
    """The "Talk to a peer" button (``_offer_peer``), or None."""
    if not _offer_peer(context, text, to_peer):
        return None
    return context.keyboard([[context.button("💬 " + context.tr._("Talk to a peer"), AskSend())]])


async def send_crisis_reply(update: Update, context: HRContext, text: str, to_peer: bool) -> None:
    """The crisis reply with "Talk to a peer" (unless the message already goes to peers); a
    person whose country is unknown is asked for it inside the reply, as the card does
    (``overdose.send_crisis_reply``)."""
    talk = _offer_peer(context, text, to_peer)
    await overdose.send_crisis_reply(update, context, to_peer=to_peer, talk=talk)


async def send_crisis_note(update: Update, context: HRContext, text: str, to_peer: bool) -> None:
    """The short crisis note: the local crisis line (else the emergency number, as the full
    reply chooses them) and "Talk to a peer" (unless the message already goes to peers; the
    answer below may set its own pending text, which is the same message)."""
    tr = context.tr
    lines, numbers = await _crisis_contacts(update, context)
    if lines:
        first = tr._(
            NOTE_LINE,
            name=html.escape(lines[0].name(tr.lang)),
            number=html.escape(lines[0].number),
        )
    elif numbers:
        first = tr._(NOTE_NUMBER, number="<b>" + html.escape(join_numbers(tr, numbers)) + "</b>")
    else:
        first = tr._(NOTE_UNKNOWN)
    markup = _talk_to_a_peer(context, text, to_peer)
    second = tr._(NOTE_BELOW_PEER) if to_peer or markup is None else tr._(NOTE_BELOW)
    await reply(update, first + "\n" + second, parse_mode=ParseMode.HTML, reply_markup=markup)


def register(app: Application, reg: BotRegistry) -> None:
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGES  # new and edited
    app.add_handler(
        MessageHandler(private & (filters.TEXT | filters.CAPTION), on_message), group=URGENT_GROUP
    )
