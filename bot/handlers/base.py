"""The adapter toolkit every handler uses: context, signed buttons, the callback router.

Handlers are thin: they read the update, call the domain, and send what it returns. What they
share lives here, so that authorization, translation and button signing happen the same way
everywhere.
"""

from __future__ import annotations

import asyncio
import logging
import math
import operator
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop, BaseUpdateProcessor, CallbackContext, ExtBot
from telegram.request import BaseRequest

from bot.container import Services
from bot.handlers.payload import Payload
from bot.i18n import Translator
from bot.people import Person, Role

log = logging.getLogger(__name__)


class BotData(dict[str, Any]):
    """``application.bot_data``, typed (``ContextTypes(bot_data=BotData)``, as python-telegram-bot's
    examples/contexttypesbot.py shows): what every handler shares is an attribute. Feature
    modules may keep their own in-memory stores under their own keys (``bot_data[KEY]``)."""

    @property
    def services(self) -> Services:
        """The running bot's domain objects (``bot.container.Services``, its ``.features``)."""
        return self["services"]

    @services.setter
    def services(self, value: Services) -> None:
        self["services"] = value

    @property
    def first_poll(self) -> asyncio.Event | None:
        """Set once the first getUpdates is written (bot.app.first_poll_sent waits for it)."""
        return self.get("first_poll")

    @first_poll.setter
    def first_poll(self, value: asyncio.Event) -> None:
        self["first_poll"] = value

    @property
    def transports(self) -> tuple[BaseRequest, ...]:
        """The bot's HTTP transports (requests, then getUpdates): closed by ``bot.runner`` itself
        when start-up fails before python-telegram-bot would close them."""
        return self.get("transports", ())

    @transports.setter
    def transports(self, value: tuple[BaseRequest, ...]) -> None:
        self["transports"] = value

    @property
    def registry(self) -> BotRegistry:
        return self["registry"]

    @registry.setter
    def registry(self, value: BotRegistry) -> None:
        self["registry"] = value

    @property
    def floodgate(self) -> FloodGate:
        return self["floodgate"]

    @floodgate.setter
    def floodgate(self, value: FloodGate) -> None:
        self["floodgate"] = value


class HRContext(CallbackContext[ExtBot, dict, dict, BotData]):
    """CallbackContext with the person and their translator, resolved once per update."""

    person: Person | None
    tr: Translator

    def __init__(self, application: Any, chat_id: int | None = None, user_id: int | None = None):
        super().__init__(application, chat_id=chat_id, user_id=user_id)
        # The chat this update's buttons are signed for (python-telegram-bot passes it here;
        # its own copy is private).
        self.chat_scope = chat_id
        self.person = None
        self.tr = self.services.i18n.translator(None)
        self.answered = False

    @property
    def services(self) -> Services:
        return self.bot_data.services

    def button(
        self, text: str, payload: Payload, *, chat_id: int | None = None
    ) -> InlineKeyboardButton:
        """An inline button whose callback data (a declared payload, ``bot.handlers.buttons``)
        is signed for the chat it is shown in (``chat_id``: another chat than this update's)."""
        scope = chat_id if chat_id is not None else self.chat_scope
        if scope is None:
            raise RuntimeError("a button needs a chat to be bound to")
        return InlineKeyboardButton(text, callback_data=signed(self.services, scope, payload))

    def keyboard(self, rows: list[list[InlineKeyboardButton]]) -> InlineKeyboardMarkup:
        return Keyboard([row for row in rows if row])

    def signed_keyboard(self, rows: Iterable[Iterable[tuple[str, str]]]) -> InlineKeyboardMarkup:
        """A keyboard of (label, payload text) rows (``payload_text``), each signed for this
        update's chat, written straight as its JSON (``Keyboard.of_json``): menus shown on every
        /start and /topics build no button objects at all."""
        scope = self.chat_scope
        if scope is None:
            raise RuntimeError("a button needs a chat to be bound to")
        sign = self.services.buttons.sign
        return Keyboard.of_json(
            [
                [{"text": label, "callback_data": sign(scope, data)} for label, data in row]
                for row in rows
            ]
        )


# What a button may carry besides its text and callback data (a URL, a login, a game, ...).
_BUTTON_EXTRAS = tuple(
    name for name in InlineKeyboardButton.__slots__ if name not in ("text", "callback_data")
)
_extras = operator.attrgetter(*_BUTTON_EXTRAS)
_NO_EXTRAS = (None,) * len(_BUTTON_EXTRAS)


class Keyboard(InlineKeyboardMarkup):
    """An inline keyboard that writes its own JSON: python-telegram-bot's generic ``to_dict``
    walks every attribute of the markup and of each button on every send (about a sixth of a
    /start's CPU, bench/profile_updates.py); a button with only its text and signed callback
    data is those two keys. Any other button (a URL, ...) is written by python-telegram-bot."""

    __slots__ = ()

    @classmethod
    def of_json(cls, rows: list[list[dict[str, str]]]) -> Keyboard:
        """A keyboard given as its JSON rows (``{"text": ..., "callback_data": ...}``), carried in
        ``api_kwargs`` (python-telegram-bot's public way to pass what its objects do not model,
        merged into ``to_dict``): constructing an ``InlineKeyboardButton`` costs more than the
        rest of a /topics reply on hrbot's side (bench/profile_updates.py). Such a keyboard is
        only sent: its ``inline_keyboard`` is empty, so code that reads buttons back takes them
        from the message Telegram returns."""
        return cls((), api_kwargs={"inline_keyboard": rows})

    def to_dict(self, recursive: bool = True) -> dict[str, Any]:
        if self.api_kwargs:
            given = self.api_kwargs.get("inline_keyboard")
            if given is not None and not self.inline_keyboard and len(self.api_kwargs) == 1:
                return {"inline_keyboard": given}  # ``of_json``'s rows, as they were given
            return super().to_dict(recursive)
        rows: list[list[dict[str, Any]]] = []
        for row in self.inline_keyboard:
            out: list[dict[str, Any]] = []
            for button in row:
                data = button.callback_data
                if type(data) is str and not button.api_kwargs and _extras(button) == _NO_EXTRAS:
                    out.append({"text": button.text, "callback_data": data})
                else:
                    out.append(button.to_dict(recursive))
            rows.append(out)
        return {"inline_keyboard": rows}


def signed(services: Services, chat_id: int, payload: Payload) -> str:
    """The callback data of a button for ``chat_id``: the payload's code and arguments, signed."""
    return services.buttons.encode(chat_id, payload.action, *payload.encode_args())


def payload_text(services: Services, payload: Payload) -> str:
    """A payload's code and arguments as text, not yet signed (``HRContext.signed_keyboard``)."""
    return services.buttons.payload_text(payload.action, *payload.encode_args())


def is_private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == ChatType.PRIVATE


# What ``reply`` and ``edit_or_send`` may pass to the Bot API as it is (python-telegram-bot's
# send_message and edit_message_text send these unchanged); any other argument takes the
# library's own method.
_PLAIN_PARAMS = frozenset(
    (
        "parse_mode",
        "reply_markup",
        "link_preview_options",
        "disable_notification",
        "protect_content",
    )
)


async def _unparsed(bot: Any, endpoint: str, params: dict[str, Any]) -> None:
    """Make a Bot API call and leave its answer unparsed.

    python-telegram-bot's send_message and edit_message_text build a ``Message`` of the answer
    (its text, entities and every button of the keyboard as objects): a quarter of the CPU of a
    /start, a /topics or a menu button, for an object nobody reads. ``Bot.do_api_request``
    without a ``return_type`` (public; tests/foundation/test_public_api.py) sends the same
    request through the same transport and rate limiter, raises the same errors, and returns
    the raw answer. Its advice to use send_message instead is silenced
    (``bot.telegram_http.silence_raw_call_advice``)."""
    await bot.do_api_request(endpoint, api_kwargs=params)


async def reply(update: Update, text: str, **kwargs: Any) -> None:
    """Answer in the chat the update came from (callback presses included). What Telegram
    answers is not read (``reply_message`` returns it as a ``Message``)."""
    if not _PLAIN_PARAMS.issuperset(kwargs):
        await reply_message(update, text, **kwargs)
        return
    message = update.effective_message
    chat = update.effective_chat if message is None else message.chat
    if chat is None:
        return
    await _unparsed(chat.get_bot(), "sendMessage", {"chat_id": chat.id, "text": text, **kwargs})


# A reply keyboard ("Send my location" / "Cancel") a feature has shown and not yet taken away:
# python-telegram-bot's user_data (memory only). A one-time keyboard hides after use but stays
# one tap away in Telegram clients until a message takes it away (ReplyKeyboardRemove).
KEYBOARD_LEFT = "reply_keyboard_left"


def keyboard_shown(context: CallbackContext, shown: bool) -> None:
    """Note that a reply keyboard was just shown (True) or taken away (False)."""
    data = context.user_data
    if data is None:
        return
    if shown:
        data[KEYBOARD_LEFT] = True
    else:
        data.pop(KEYBOARD_LEFT, None)


async def reply_taking_keyboard(
    update: Update,
    context: HRContext,
    text: str,
    reply_markup: Any,
    *,
    instead: str | None = None,
    **kwargs: Any,
) -> None:
    """``reply`` with an inline keyboard, taking away a reply keyboard left on screen first
    ("stop" after the crisis reply left the finder's "Send my location"). One message cannot
    carry both, and Telegram edits no message sent with ReplyKeyboardRemove, so "OK, cancelled."
    takes the keyboard away and ``text`` (or ``instead``, words that fit once something was
    cancelled) follows with its buttons."""
    data = context.user_data
    if not data or not data.get(KEYBOARD_LEFT):
        await reply(update, text, reply_markup=reply_markup, **kwargs)
        return
    data.pop(KEYBOARD_LEFT, None)
    await reply(update, context.tr._("OK, cancelled."), reply_markup=ReplyKeyboardRemove())
    await reply(update, instead or text, reply_markup=reply_markup, **kwargs)


async def reply_message(update: Update, text: str, **kwargs: Any) -> Message | None:
    """``reply``, returning the message sent."""
    message = update.effective_message
    if message is None:
        chat = update.effective_chat
        if chat is None:
            return None
        return await chat.send_message(text, **kwargs)
    return await message.chat.send_message(text, **kwargs)


async def edit_or_send(update: Update, text: str, **kwargs: Any) -> None:
    """Edit the message a button was pressed on, or send a new one."""
    query = update.callback_query
    if query is not None and query.message is not None and isinstance(query.message, Message):
        message = query.message
        try:
            if _PLAIN_PARAMS.issuperset(kwargs):
                params: dict[str, Any] = {
                    "chat_id": message.chat_id,
                    "message_id": message.message_id,
                }
                if message.business_connection_id is not None:  # as Message.edit_text passes it
                    params["business_connection_id"] = message.business_connection_id
                await _unparsed(
                    message.get_bot(), "editMessageText", {**params, "text": text, **kwargs}
                )
            else:
                await message.edit_text(text, **kwargs)
            return
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return
            log.info("Could not edit a message (%s); sending a new one", type(exc).__name__)
    await reply(update, text, **kwargs)


# -- per-update identity and flood control -------------------------------------------------
class Verdict(StrEnum):
    """What the flood gate says about one more update from a chat."""

    OK = "ok"
    WARN = "warn"  # the first refusal: say "slow down" once
    DROP = "drop"  # refused again: answer nothing


class FloodGate:
    """A token bucket per chat: a person who floods is told once to slow down, then dropped.

    Keyed by chat id in memory only (never stored, never logged); the map is bounded.
    """

    def __init__(self, rate: float = 1.0, burst: int = 10, max_chats: int = 50_000) -> None:
        self.rate = rate
        self.burst = burst
        self.max_chats = max_chats
        self._buckets: OrderedDict[int, list[float]] = OrderedDict()

    def admit(self, chat_id: int, now: float | None = None) -> Verdict:
        """``OK``, ``WARN`` (the first refusal) or ``DROP``."""
        now = time.monotonic() if now is None else now
        bucket = self._buckets.get(chat_id)
        if bucket is None:
            bucket = [float(self.burst), now, 0.0]
            self._buckets[chat_id] = bucket
            while len(self._buckets) > self.max_chats:
                self._buckets.popitem(last=False)
        else:
            self._buckets.move_to_end(chat_id)
        tokens, last, warned = bucket
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        bucket[1] = now
        if tokens >= 1.0:
            bucket[0] = tokens - 1.0
            bucket[2] = 0.0
            return Verdict.OK
        bucket[0] = tokens
        if not warned:
            bucket[2] = 1.0
            return Verdict.WARN
        return Verdict.DROP

    def wait_seconds(self, chat_id: int) -> int:
        """Whole seconds until this chat may send again (at least 1)."""
        bucket = self._buckets.get(chat_id)
        if bucket is None:
            return 1
        return max(1, math.ceil((1.0 - bucket[0]) / self.rate))


async def identify(update: object, context: HRContext) -> None:
    """Group -100: resolve the person and their language; slow down floods."""
    if not isinstance(update, Update):
        return
    services = context.services
    user = update.effective_user
    chat = update.effective_chat
    if chat is not None and user is not None and not user.is_bot:
        gate: FloodGate = context.application.bot_data.floodgate
        verdict = gate.admit(chat.id)
        if verdict != Verdict.OK:
            if verdict == Verdict.WARN:
                person = await services.people.resolve(user.id)
                private = chat.type == ChatType.PRIVATE
                tr = services.i18n.for_person(
                    person.language if private else None, user.language_code
                )
                if update.callback_query:
                    await safe_answer(update.callback_query, tr._("Slow down a little, please."))
                elif chat.type == ChatType.PRIVATE:
                    wait = gate.wait_seconds(chat.id)
                    await chat.send_message(
                        tr._("You are sending messages faster than I can answer.")
                        + " "
                        + tr.n_(
                            "Please wait {n} second, then write again.",
                            "Please wait {n} seconds, then write again.",
                            wait,
                        )
                    )
            raise ApplicationHandlerStop
    if user is None or user.is_bot:
        return
    try:
        person = await services.people.resolve(user.id)
    except Exception as exc:  # noqa: BLE001 - the database is down: still answer (overdose steps!)
        log.warning(
            "Could not look the person up (%s); answering without stored settings",
            type(exc).__name__,
        )
        person = services.people.unknown(user.id)
    context.person = person
    # In a group, answer in the Telegram language only: a reply in the language a member chose
    # with /language would tell the group that this member uses the bot.
    private = chat is None or chat.type == ChatType.PRIVATE
    context.tr = services.i18n.for_person(person.language if private else None, user.language_code)
    try:
        await services.people.touch(person)
    except Exception as exc:  # noqa: BLE001 - bookkeeping must never cost the person an answer
        log.warning("Could not record the month last seen (%s)", type(exc).__name__)


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across chats, in order within a chat.

    A chat waits for its own lock before it takes one of the shared slots, so one person's
    burst queues behind itself instead of occupying the slots everyone else needs.

    Only public API: python-telegram-bot's ``process_update`` (``@final``) takes a slot of its
    own semaphore before it calls ``do_process_update``, which would let a waiting burst hold
    the slots. So that semaphore is made wide enough never to block (``PTB_SLOTS``), and the
    real limit, ``slots``, is taken here, after the chat's lock.
    """

    PTB_SLOTS = 1_000_000

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(self.PTB_SLOTS)
        self.slots = max_concurrent_updates
        self._slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._locks: dict[int, list[Any]] = {}
        self.handled = 0  # updates whose handling has finished (tests wait on it, not on time)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            await self._process(update, coroutine)
        finally:
            self.handled += 1

    async def _process(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            async with self._slots:
                await coroutine
            return
        entry = self._locks.get(chat.id)
        if entry is None:
            entry = self._locks[chat.id] = [asyncio.Lock(), 0]
        entry[1] += 1
        try:
            async with entry[0], self._slots:
                await coroutine
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                self._locks.pop(chat.id, None)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


# -- signed callback routing ---------------------------------------------------------------
P = TypeVar("P", bound=Payload)
ButtonHandler = Callable[[Update, HRContext, Any], Awaitable[None]]


@dataclass(frozen=True)
class Route:
    payload: type[Payload]  # its role is checked when the press arrives
    handler: ButtonHandler


class CallbackRouter:
    """One CallbackQueryHandler for all buttons: verify the MAC, read the declared payload,
    check the role, dispatch."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}

    def add(
        self, payload: type[P], handler: Callable[[Update, HRContext, P], Awaitable[None]]
    ) -> None:
        """Route presses of ``payload``'s buttons to ``handler(update, context, payload)``."""
        if payload.action in self.routes:
            raise ValueError(f"button action {payload.action!r} registered twice")
        self.routes[payload.action] = Route(payload, handler)

    async def __call__(self, update: Update, context: HRContext) -> None:
        query: CallbackQuery = update.callback_query  # type: ignore[assignment]
        chat = update.effective_chat
        decoded = context.services.buttons.decode(chat.id, query.data) if chat else None
        route = self.routes.get(decoded[0]) if decoded else None
        if decoded is None or route is None:
            log.warning(
                "Refused a button press whose data was not issued by this bot for this chat"
            )
            await safe_answer(
                query,
                context.tr._("This button no longer works. Send /start for a fresh menu."),
                alert=True,
            )
            return
        person = context.person
        role = route.payload.role
        if role == Role.MODERATOR and not (person and person.is_moderator):
            await self._refuse(
                query, context, decoded[0], context.tr._("Only moderators can use this button.")
            )
            return
        if role == Role.PEER and not (person and person.is_peer):
            await self._refuse(
                query,
                context,
                decoded[0],
                context.tr._("Only verified peers and moderators can use this button."),
            )
            return
        context.answered = False
        try:
            payload = route.payload.parse(decoded[1])
            await route.handler(update, context, payload)
        except (ValueError, IndexError) as exc:
            # Signed data that does not read as the declared payload (a button from an older
            # version): a clear answer instead of a traceback.
            log.warning(
                "Button %r carried arguments its handler could not read (%s)",
                decoded[0],
                type(exc).__name__,
            )
            if not context.answered:
                await safe_answer(
                    query,
                    context.tr._("This button no longer works. Send /start for a fresh menu."),
                    alert=True,
                )
            return
        if not context.answered:
            await safe_answer(query)

    @staticmethod
    async def _refuse(query: CallbackQuery, context: HRContext, action: str, text: str) -> None:
        log.warning("Refused button action %r: the presser lacks the role it needs", action)
        await safe_answer(query, text, alert=True)


async def answer_query(
    update: Update, context: HRContext, text: str | None = None, alert: bool = False
) -> None:
    """Answer a button press once, with a text (the router will not answer it again)."""
    query = update.callback_query
    if query is None:
        return
    await safe_answer(query, text, alert)
    context.answered = True


async def safe_answer(query: CallbackQuery, text: str | None = None, alert: bool = False) -> None:
    """Answer a button press; a query that is too old (bot restarted, slow network) is not an error."""
    try:
        await query.answer(text, show_alert=alert)
    except BadRequest as exc:
        log.info("Could not answer a button press (%s)", type(exc).__name__)


# -- what features contribute to the shared surfaces ---------------------------------------
@dataclass(frozen=True)
class Command:
    """A command for /help and the per-language command list (setMyCommands)."""

    name: str
    description: str  # an N_() msgid, translated per language
    order: int = 100
    listed: bool = True  # shown in Telegram's command menu and /help
    # its words are written for others (an alert report, a draft, a moderator's tool) or it is the
    # overdose card itself: never read as the person telling of an emergency (bot.handlers.urgent)
    authored: bool = False


@dataclass(frozen=True)
class MenuEntry:
    order: int
    label: str  # an N_() msgid
    payload: Payload


DeepLinkHandler = Callable[[Update, HRContext, str], Awaitable[None]]


class BotRegistry:
    """The shared surfaces features add to: buttons, commands, main menu, deep links, privacy."""

    def __init__(self) -> None:
        self.router = CallbackRouter()
        self.commands: list[Command] = []
        self.menu: list[MenuEntry] = []
        self.deep_links: dict[str, DeepLinkHandler] = {}
        # The main menu per language: (label, payload text) for each entry (``main_menu``).
        self.menu_cache: dict[str, tuple[tuple[str, str], ...]] = {}
        self.privacy_notes: list[tuple[int, str]] = []
        # Called with the Person before /forget deletes their rows (for state outside SQL).
        self.forget_hooks: list[Callable[[Person], Awaitable[None]]] = []
        # What each kind of prompt ("the next message is ...") does with its answer.
        from bot.handlers.prompts import PromptKinds

        self.prompts = PromptKinds()

    def command(
        self,
        name: str,
        description: str,
        order: int = 100,
        listed: bool = True,
        authored: bool = False,
    ) -> None:
        self.commands.append(Command(name, description, order, listed, authored))
        self.commands.sort(key=lambda c: c.order)

    @property
    def authored_commands(self) -> frozenset[str]:
        """Commands whose words after them are not read for an emergency (``authored=True``)."""
        return frozenset(c.name for c in self.commands if c.authored)

    def menu_entry(self, order: int, label: str, payload: Payload) -> None:
        self.menu.append(MenuEntry(order, label, payload))
        self.menu.sort(key=lambda m: m.order)
        self.menu_cache.clear()

    def deep_link(self, prefix: str, handler: DeepLinkHandler) -> None:
        """Handle ``/start <prefix><rest>`` links (``t.me/<bot>?start=<prefix>...``)."""
        self.deep_links[prefix] = handler

    def privacy_note(self, order: int, text: str) -> None:
        """A paragraph for /privacy about what a feature stores and for how long (an N_ msgid)."""
        self.privacy_notes.append((order, text))
        self.privacy_notes.sort()


def registry(context: CallbackContext) -> BotRegistry:
    return context.application.bot_data.registry


def main_menu(context: HRContext) -> InlineKeyboardMarkup:
    """The main menu, two buttons a row, in the person's language. Its labels and payloads are
    worked out once per language; only the signatures (bound to the chat) are made each time."""
    reg = registry(context)
    tr = context.tr
    entries = reg.menu_cache.get(tr.lang)
    if entries is None:
        services = context.services
        entries = tuple((tr._(e.label), payload_text(services, e.payload)) for e in reg.menu)
        reg.menu_cache[tr.lang] = entries
    return context.signed_keyboard(entries[i : i + 2] for i in range(0, len(entries), 2))
