"""One way to wait for a person's next message: the prompt.

A feature that needs the person's next text, photo or place (the report form, the alerts
prompts, the service finder's place, the overdose card's country, a question or reply for a
peer) declares a ``PromptKind`` once, at registration, and calls ``ask(update, context, kind)``
when it asks. Every prompt then follows the same rules:

- at most one prompt per person: asking for something new replaces what was asked before;
- it ends after its kind's ``timeout`` of silence (checked when the person next writes);
- ``/cancel`` ends it, with the kind's own words (there is one /cancel handler, here), and
  says so kindly when nothing was waiting;
- any other command, and any button that does not belong to the prompt, ends it too, so
  ``/start`` really starts over; a command typed without the slash ("cancel", "стоп", "temas":
  ``bot.handlers.typed_commands``) counts as the command;
- an emergency or crisis message ends it before anything else (``bot.handlers.urgent``),
  and the kind may keep that message (``on_urgent``: a question for peers becomes an urgent
  ticket) but never answers after the emergency card.

State lives in python-telegram-bot's ``user_data`` (memory only, never persisted), read
without creating an entry for every person who writes. Handlers run in ``PROMPT_GROUP``,
after the person is identified and urgent messages are answered, before every feature.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler, filters

from bot.handlers.base import (
    BotRegistry,
    HRContext,
    keyboard_shown,
    main_menu,
    registry,
    reply,
    reply_taking_keyboard,
)
from bot.handlers.typed_commands import typed_command
from bot.i18n import N_
from bot.people import Person

log = logging.getLogger(__name__)

PROMPT_GROUP = -10
KEY = "prompt"
DEFAULT_TIMEOUT = 15 * 60.0

Answer = Callable[[Update, HRContext, "Prompt"], Awaitable[None]]
Takes = Callable[[Update, HRContext, "Prompt"], bool]
End = Callable[[HRContext], None]

# New private messages that are not commands: what a prompt can take by default.
PRIVATE_MESSAGE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
TEXT = PRIVATE_MESSAGE & filters.TEXT & ~filters.COMMAND


def takes_text(update: Update, context: HRContext, prompt: Prompt) -> bool:
    return bool(TEXT.check_update(update))


@dataclass
class Prompt:
    """What one person was asked, in which chat, until when; ``data`` is the kind's own."""

    kind: str
    chat_id: int
    expires: float
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PromptKind:
    """How one kind of question reads its answer.

    ``answer`` gets the message; with ``once`` (the default) the prompt has ended before it
    runs, and the answer may ``ask`` again (a misspelt place). ``takes`` decides which
    messages are answers at all; others go on to the features and leave the prompt as it was
    (a long question after "Find services" is still a question). ``buttons`` are the signed
    button actions that belong to the prompt; any other press ends it. ``on_cancel`` replaces
    the general "OK, cancelled." ``on_end`` drops what the kind keeps besides the prompt (a
    draft), however the prompt ends. ``on_urgent`` keeps an emergency or crisis message that
    arrived while this prompt waited (it must not send anything)."""

    name: str
    answer: Answer
    takes: Takes = takes_text
    timeout: float = DEFAULT_TIMEOUT
    once: bool = True
    buttons: tuple[str, ...] = ()
    on_cancel: Callable[[Update, HRContext], Awaitable[None]] | None = None
    # Reads what was asked before the general words: True when it has answered the cancel
    # (the crisis reply's country question ends with a kind word, not "OK, cancelled.")
    cancel_reply: Callable[[Update, HRContext, Prompt], Awaitable[bool]] | None = None
    on_end: End | None = None
    on_urgent: Callable[[Update, HRContext, Prompt, str], Awaitable[None]] | None = None
    # The answer is text a peer or moderator writes for other people (a reply to someone's
    # question, an alert's wording or its translation): an overdose or crisis word in it is
    # content, not someone in danger, so the urgent step lets it through (``authored``).
    authored: Callable[[Prompt], bool] | None = None


class PromptKinds:
    """Every kind of prompt, declared by the features at registration."""

    def __init__(self) -> None:
        self.kinds: dict[str, PromptKind] = {}

    def add(self, kind: PromptKind) -> None:
        if kind.name in self.kinds:
            raise ValueError(f"prompt kind {kind.name!r} declared twice")
        self.kinds[kind.name] = kind

    def get(self, name: str) -> PromptKind | None:
        return self.kinds.get(name)


def kinds(context: HRContext) -> PromptKinds:
    return registry(context).prompts


# -- asking, reading, ending ---------------------------------------------------------------
def _user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user is not None else None


def ask(update: Update, context: HRContext, kind: str, **data: Any) -> Prompt | None:
    """Wait for this person's next answer of ``kind`` in this chat (replacing any other)."""
    chat = update.effective_chat
    return ask_in(context, chat.id, kind, **data) if chat is not None else None


def ask_in(context: HRContext, chat_id: int, kind: str, **data: Any) -> Prompt | None:
    """Wait for this person's next answer of ``kind`` in chat ``chat_id`` (their private chat
    when a button was pressed in a group)."""
    declared = kinds(context).get(kind)
    if declared is None:
        raise KeyError(f"unknown prompt kind {kind!r}")
    stored = context.user_data
    if stored is None:
        return None
    previous: Prompt | None = stored.get(KEY)
    if previous is not None and previous.kind != kind:
        _ended(context, previous)
    prompt = Prompt(kind, chat_id, time.monotonic() + declared.timeout, dict(data))
    stored[KEY] = prompt
    return prompt


def end_in(context: HRContext, names: Collection[str]) -> Prompt | None:
    """End the waiting prompt if it is one of ``names`` (for a feature starting over)."""
    stored = context.user_data
    prompt: Prompt | None = stored.get(KEY) if stored is not None else None
    if prompt is None or prompt.kind not in names:
        return None
    stored.pop(KEY, None)  # type: ignore[union-attr]
    _ended(context, prompt)
    return prompt


def authored_answer(update: Update, context: HRContext) -> bool:
    """Is this message a peer's or moderator's authored text for others (see PromptKind)?"""
    prompt = current(update, context)
    if prompt is None:
        return False
    declared = kinds(context).get(prompt.kind)
    return bool(
        declared is not None and declared.authored is not None and declared.authored(prompt)
    )


def current(update: Update, context: HRContext, kind: str | None = None) -> Prompt | None:
    """The prompt waiting for this person (of ``kind``, if given), or None; expired ones end."""
    user_id = _user_id(update)
    if user_id is None:
        return None
    stored = context.application.user_data.get(user_id)  # no entry is created for a lookup
    prompt: Prompt | None = stored.get(KEY) if stored else None
    if prompt is None:
        return None
    if prompt.expires < time.monotonic():
        stored.pop(KEY, None)  # type: ignore[union-attr]
        _ended(context, prompt)
        return None
    if kind is not None and prompt.kind != kind:
        return None
    return prompt


def end(update: Update, context: HRContext, kind: str | None = None) -> Prompt | None:
    """End the waiting prompt (only one of ``kind``, if given); return what was waiting."""
    found = current(update, context, kind)
    if found is None:
        return None
    prompt: Prompt = found
    user_id = _user_id(update)
    stored = context.application.user_data.get(user_id) if user_id is not None else None
    if stored is not None and stored.get(KEY) is found:
        stored.pop(KEY, None)
    _ended(context, prompt)
    return prompt


def _ended(context: HRContext, prompt: Prompt) -> None:
    declared = kinds(context).get(prompt.kind)
    if declared is not None and declared.on_end is not None:
        try:
            declared.on_end(context)
        except Exception:  # a kind's clean-up must never stop the next answer
            log.exception("Ending a %s prompt failed", prompt.kind)


async def keep_urgent(update: Update, context: HRContext, prompt: Prompt | None, text: str) -> None:
    """After the emergency card or crisis reply: let the kind of the prompt that was waiting
    (and has already ended) keep the urgent message, without sending anything."""
    declared = kinds(context).get(prompt.kind) if prompt is not None else None
    if prompt is None or declared is None or declared.on_urgent is None:
        return
    try:
        await declared.on_urgent(update, context, prompt, text)
    except Exception:  # the card or crisis reply has gone out; this is secondary
        log.exception("Keeping an urgent message for a %s prompt failed", prompt.kind)


# -- the handlers ----------------------------------------------------------------------------
def _button_action(update: Update, context: HRContext) -> str | None:
    chat = update.effective_chat
    query = update.callback_query
    if chat is None or query is None:
        return None
    try:
        decoded = context.services.buttons.decode(chat.id, query.data)
    except (TypeError, ValueError):  # garbage data: the router refuses it
        return None
    return decoded[0] if decoded else None


def _command(update: Update) -> str | None:
    message = update.message
    text = message.text if message is not None else None
    if not text:
        return None
    if not text.startswith("/"):
        # a command typed without the slash ("cancel", "отмена", "temas") in a private chat
        chat = update.effective_chat
        return typed_command(text) if chat is not None and chat.type == "private" else None
    # "/ " or "/\n" names no command (and must not crash the prompt step)
    return (text[1:].split(maxsplit=1) or [""])[0].split("@", 1)[0].lower()


async def on_update(update: object, context: HRContext) -> None:
    """Group ``PROMPT_GROUP``: hand an answer to the prompt waiting for it."""
    if not isinstance(update, Update):
        return
    command = _command(update)
    if (
        command == "cancel"
        and update.effective_chat is not None
        and update.effective_chat.type == "private"
    ):
        await cancel(update, context)
        raise ApplicationHandlerStop
    prompt = current(update, context)
    if prompt is None:
        return
    declared = kinds(context).get(prompt.kind)
    if declared is None:
        end(update, context)
        return
    chat = update.effective_chat
    if update.callback_query is not None:
        action = _button_action(update, context)
        if action is not None and action not in declared.buttons:
            end(update, context)  # the person moved on; the router answers the press
        return
    if command is not None:
        end(update, context)  # /start, /help...: start over
        return
    if chat is None or chat.id != prompt.chat_id or update.message is None:
        return
    if not declared.takes(update, context, prompt):
        return
    if declared.once:
        end(update, context)
    else:
        prompt.expires = time.monotonic() + declared.timeout
    await declared.answer(update, context, prompt)
    raise ApplicationHandlerStop


async def cancel(update: Update, context: HRContext) -> None:
    """The one /cancel: end what was waiting, in its own words, or say nothing was."""
    prompt = end(update, context)
    declared = kinds(context).get(prompt.kind) if prompt is not None else None
    if (
        declared is not None
        and prompt is not None
        and declared.cancel_reply is not None
        and await declared.cancel_reply(update, context, prompt)
    ):
        return
    if declared is not None and declared.on_cancel is not None:
        await declared.on_cancel(update, context)
        return
    tr = context.tr
    if prompt is None:
        # a keyboard left from an ended prompt goes too ("stop" after the crisis reply)
        await reply_taking_keyboard(
            update,
            context,
            tr._("There is nothing to cancel. What would you like to do?"),
            reply_markup=main_menu(context),
            instead=tr._("What would you like to do?"),
        )
        return
    keyboard_shown(context, False)
    await reply(update, tr._("OK, cancelled."), reply_markup=ReplyKeyboardRemove())


def register(app: Application, reg: BotRegistry) -> None:
    app.add_handler(TypeHandler(Update, on_update), group=PROMPT_GROUP)
    reg.command("cancel", N_("stop what I asked you for"), order=97, listed=False)

    async def forget(person: Person) -> None:
        stored = app.user_data.get(person.telegram_id)
        if stored is not None:
            stored.pop(KEY, None)

    reg.forget_hooks.append(forget)
