"""/overdose and the first main-menu button: what to do in an overdose, in one tap.

The steps go out first and never wait on the database: they are pre-rendered in memory
(``bot.directory.emergency.OverdoseGuide``). The person's remembered country only picks the
emergency number; if it cannot be read, the steps go out with the common numbers. Someone
whose country is unknown is asked once, with buttons or by typing the name, and only the
country (or state/province, never a city) is remembered, against the keyed user hash.

This module's ``setup`` loads the shared regions and gazetteer:
``services.features["regions"]`` (Regions), ``["gazetteer"]`` (Gazetteer) and
``["emergency"]`` (OverdoseGuide, with ``emergency_number(region_id | None, lang) -> str``).
"""

from __future__ import annotations

import asyncio
import html
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable
from typing import TypeVar

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import Application, CommandHandler, MessageHandler, TypeHandler, filters

from bot.directory.emergency import OverdoseGuide
from bot.directory.gazetteer import PLACES_FILE, Gazetteer
from bot.directory.regions import REGIONS_FILE, Region, Regions
from bot.handlers.base import BotRegistry, HRContext, edit_or_send, reply
from bot.i18n import N_
from bot.people import Person
from bot.services import Services
from bot.storage.regions import RegionChoice, RegionChoiceRepo

log = logging.getLogger(__name__)
T = TypeVar("T")

PAGE_SIZE = 12  # countries per page: six rows of two
WAIT_SECONDS = 600.0  # how long a typed country name is expected after the question
DB_TIMEOUT_S = 1.0  # the steps never wait longer than this for the remembered country
MAX_TYPED_WORDS = 4  # longer texts are questions for other features, not country names
# The observer runs after identify (-100) and before the features (0), in its own group.
OBSERVER_GROUP = -60
ACTIONS = ("od", "odc", "odset", "odno")
DEEP_LINK = "overdose"  # t.me/<bot>?start=overdose opens the steps


class CountryQuestion:
    """Private chats that were just asked for their country and may type its name.

    Chat ids live in memory only, for at most ``WAIT_SECONDS``; never stored or logged.
    """

    def __init__(self, max_chats: int = 10_000) -> None:
        self._until: OrderedDict[int, float] = OrderedDict()
        self.max_chats = max_chats

    def ask(self, chat_id: int) -> None:
        self._until[chat_id] = time.monotonic() + WAIT_SECONDS
        self._until.move_to_end(chat_id)
        while len(self._until) > self.max_chats:
            self._until.popitem(last=False)

    def waiting(self, chat_id: int) -> bool:
        until = self._until.get(chat_id)
        if until is None:
            return False
        if until < time.monotonic():
            del self._until[chat_id]
            return False
        return True

    def done(self, chat_id: int) -> None:
        self._until.pop(chat_id, None)


class _AwaitingCountry(filters.MessageFilter):
    """Short texts naming a region, in a private chat that was just asked for its country.

    Anything else ("not breathing", a question) goes on to the other features untouched: in
    an emergency nobody should be told that their words are not a country.
    """

    def __init__(self, app: Application) -> None:
        super().__init__(name="awaiting_country")
        self.app = app

    def filter(self, message) -> bool:  # type: ignore[no-untyped-def, override]
        question: CountryQuestion | None = self.app.bot_data.get("country_question")
        if question is None or message.chat.type != ChatType.PRIVATE or not message.text:
            return False
        if len(message.text.split()) > MAX_TYPED_WORDS or not question.waiting(message.chat.id):
            return False
        guide: OverdoseGuide | None = self.app.bot_data["services"].features.get("emergency")
        return guide is not None and bool(guide.match(message.text, None, limit=1))


# -- setup -----------------------------------------------------------------------------------
async def setup(services: Services) -> None:
    """Load regions and places from the content folder; build the overdose guide."""
    content = services.settings.content_dir
    regions = await asyncio.to_thread(Regions.load, content / REGIONS_FILE)
    gazetteer = await asyncio.to_thread(Gazetteer.load, content / PLACES_FILE, regions)
    services.features["regions"] = regions
    services.features["gazetteer"] = gazetteer
    services.features["emergency"] = OverdoseGuide(regions, services.i18n)
    services.features["region_choice"] = RegionChoiceRepo(services.db)
    log.info("Loaded %d regions and %d places", len(regions), len(gazetteer))


def _guide(context: HRContext) -> OverdoseGuide:
    return context.services.features["emergency"]


def _lang(update: Update, context: HRContext) -> str:
    """The person's language even when identify could not reach the database."""
    if context.person is not None:
        return context.tr.lang
    user = update.effective_user
    context.tr = context.services.i18n.for_person(None, user.language_code if user else None)
    return context.tr.lang


class ChoiceMemory:
    """Recently read choices by keyed user hash, in memory only, so a known person's number
    is right even while the database is unavailable. Bounded; /forget drops the entry."""

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._choices: OrderedDict[bytes, RegionChoice | None] = OrderedDict()

    def get(self, key: bytes) -> tuple[bool, RegionChoice | None]:
        if key not in self._choices:
            return False, None
        self._choices.move_to_end(key)
        return True, self._choices[key]

    def put(self, key: bytes, choice: RegionChoice | None) -> None:
        self._choices[key] = choice
        self._choices.move_to_end(key)
        while len(self._choices) > self.size:
            self._choices.popitem(last=False)

    def drop(self, key: bytes) -> None:
        self._choices.pop(key, None)


async def _bounded(coroutine: Awaitable[T]) -> T:
    """Wait at most ``DB_TIMEOUT_S`` for a database call. On a timeout the call finishes in
    the background (shielded) instead of being cancelled half-way inside the driver."""
    task = asyncio.ensure_future(coroutine)
    try:
        return await asyncio.wait_for(asyncio.shield(task), DB_TIMEOUT_S)
    except TimeoutError:
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        raise


def _user_key(update: Update, context: HRContext) -> bytes | None:
    if context.person is not None:
        return context.person.key
    user = update.effective_user
    return context.services.keyring.user_key(user.id) if user is not None else None


async def _remembered(update: Update, context: HRContext) -> tuple[bool, str | None, bool]:
    """(database answered, remembered region id, person declined to be asked)."""
    key = _user_key(update, context)
    if key is None:
        return False, None, False
    memory: ChoiceMemory = context.application.bot_data["region_memory"]
    repo: RegionChoiceRepo = context.services.features["region_choice"]
    db_ok = True
    try:
        choice = await _bounded(repo.get(key))
        memory.put(key, choice)
    except Exception as exc:  # noqa: BLE001 - any failure: the steps go out anyway
        log.warning("Could not read the remembered country (%s)", type(exc).__name__)
        db_ok = False
        known, choice = memory.get(key)
        if not known:
            return False, None, False
    if choice is None:
        return db_ok, None, False
    region_id = choice.region_id if _guide(context).region(choice.region_id) else None
    return db_ok, region_id, choice.region_id is None


# -- the steps -------------------------------------------------------------------------------
async def send_steps(update: Update, context: HRContext) -> None:
    lang = _lang(update, context)
    guide = _guide(context)
    chat = update.effective_chat
    private = chat is not None and chat.type == ChatType.PRIVATE
    # In a group the steps never use anyone's remembered country: that would reveal it.
    db_ok, region_id, declined = await _remembered(update, context) if private else (False, None, False)
    text = guide.steps(lang, region_id)
    markup = None
    if private:
        label = N_("Change country") if region_id else N_("Set my country")
        markup = context.keyboard([[context.button("🌍 " + context.tr._(label), "odc", "s")]])
    await reply(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)
    if private and db_ok and region_id is None and not declined:
        await _ask_country(update, context, page=0, new_message=True)


async def overdose_command(update: Update, context: HRContext) -> None:
    await send_steps(update, context)


async def overdose_button(update: Update, context: HRContext, args: list[str]) -> None:
    await send_steps(update, context)


async def overdose_link(update: Update, context: HRContext, rest: str) -> None:
    """``t.me/<bot>?start=overdose``: for posters, QR codes and links shared between peers."""
    await send_steps(update, context)


# -- asking for the country ------------------------------------------------------------------
def _question_text(context: HRContext) -> str:
    return context.tr._(
        "Which country are you in? Then /overdose shows the right emergency number. "
        "I keep only the country (or state or province), never the city or your location. "
        "Pick it below or type its name."
    )


def _country_keyboard(context: HRContext, page: int):
    guide = _guide(context)
    countries = guide.countries(context.tr.lang)
    pages = max(1, -(-len(countries) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    chunk = countries[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    buttons = [context.button(r.name(context.tr.lang), "odset", r.id) for r in chunk]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    nav = []
    if page > 0:
        nav.append(context.button("◀ " + context.tr._("Back"), "odc", str(page - 1)))
    if page < pages - 1:
        nav.append(context.button(context.tr._("More") + " ▶", "odc", str(page + 1)))
    rows.append(nav)
    rows.append([context.button(context.tr._("Not now"), "odno")])
    return context.keyboard(rows)


async def _ask_country(update: Update, context: HRContext, page: int, new_message: bool) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    context.application.bot_data["country_question"].ask(chat.id)
    text = _question_text(context)
    markup = _country_keyboard(context, page)
    if new_message:
        await reply(update, text, reply_markup=markup)
    else:
        await edit_or_send(update, text, reply_markup=markup)


async def country_page(update: Update, context: HRContext, args: list[str]) -> None:
    """``odc s`` from under the steps: ask in a new message, so the steps stay on screen;
    ``odc <page>``: turn the page of the question itself."""
    _lang(update, context)
    if args and args[0] == "s":
        await _ask_country(update, context, page=0, new_message=True)
        return
    try:
        page = int(args[0]) if args else 0
    except ValueError:
        page = 0
    await _ask_country(update, context, page, new_message=False)


async def choose_country(update: Update, context: HRContext, args: list[str]) -> None:
    """``odset <region id>``: remember the country and show the steps with its number."""
    _lang(update, context)
    guide = _guide(context)
    region = guide.region(args[0]) if args else None
    if region is None:
        await _ask_country(update, context, page=0, new_message=False)
        return
    await _remember_and_show(update, context, region, edit=True)


async def _remember_and_show(update: Update, context: HRContext, region: Region, edit: bool) -> None:
    guide = _guide(context)
    chat = update.effective_chat
    if chat is not None:
        context.application.bot_data["country_question"].done(chat.id)
    stored = guide.storable(region.id)
    saved = await _store(context, stored)
    tr = context.tr
    shown = guide.region(stored) if stored else region
    name = html.escape(guide.label(shown or region, tr.lang))
    if saved:
        head = tr._("✓ Saved: {place}. /forget erases it.", place=name)
    else:
        head = tr._("I could not save {place} right now, so I may ask again next time.", place=name)
    text = head + "\n\n" + guide.steps(tr.lang, region.id)
    markup = context.keyboard([[context.button("🌍 " + tr._("Change country"), "odc", "s")]])
    if edit:
        await edit_or_send(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)
    else:
        await reply(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def _store(context: HRContext, region_id: str | None) -> bool:
    person = context.person
    if person is None:
        return False
    repo: RegionChoiceRepo = context.services.features["region_choice"]
    try:
        await _bounded(repo.set(person.key, region_id))
    except Exception as exc:  # noqa: BLE001 - any failure: say so, keep going
        log.warning("Could not remember the chosen country (%s)", type(exc).__name__)
        return False
    # The people row may be new: let the next update see it (monthly last-seen updates).
    context.services.people.invalidate(person.key)
    context.application.bot_data["region_memory"].put(person.key, RegionChoice(region_id))
    return True


async def not_now(update: Update, context: HRContext, args: list[str]) -> None:
    """``odno``: don't ask again; the steps keep a "Set my country" button."""
    _lang(update, context)
    chat = update.effective_chat
    if chat is not None:
        context.application.bot_data["country_question"].done(chat.id)
    await _store(context, None)
    await edit_or_send(
        update,
        context.tr._("OK, I won't ask again. The \"Set my country\" button under /overdose "
                     "is there if you change your mind."),
    )


async def typed_country(update: Update, context: HRContext) -> None:
    """A short text right after the question that names a region (matched offline)."""
    _lang(update, context)
    message = update.effective_message
    if message is None or not message.text:
        return
    guide = _guide(context)
    tr = context.tr
    hits = guide.match(message.text, tr.lang)
    if not hits:
        await reply(
            update,
            tr._("I couldn't find a country called \"{text}\". Check the spelling, or pick it "
                 "from the list.", text=html.escape(message.text[:60])),
            reply_markup=_country_keyboard(context, 0),
        )
        return
    top_region, top_score = hits[0]
    clear = len(hits) == 1 or hits[1][1] <= top_score - 8
    if top_score >= 88 and clear:
        await _remember_and_show(update, context, top_region, edit=False)
        return
    buttons = [[context.button(guide.label(r, tr.lang), "odset", r.id)] for r, _ in hits[:5]]
    buttons.append([context.button(tr._("None of these"), "odc", "0")])
    await reply(update, tr._("Did you mean one of these?"), reply_markup=context.keyboard(buttons))


async def observe(update: object, context: HRContext) -> None:
    """Stop expecting a typed country once the person moves on to something else."""
    if not isinstance(update, Update):
        return
    chat = update.effective_chat
    question: CountryQuestion | None = context.application.bot_data.get("country_question")
    if chat is None or question is None or not question.waiting(chat.id):
        return
    if update.callback_query is not None:
        try:
            decoded = context.services.buttons.decode(chat.id, update.callback_query.data or "")
        except (TypeError, ValueError):  # garbage data; the router refuses it
            decoded = None
        if decoded is None or decoded[0] not in ACTIONS:
            question.done(chat.id)
        return
    message = update.message
    text = message.text if message is not None else None
    if text is None or text.startswith("/") or len(text.split()) > MAX_TYPED_WORDS:
        question.done(chat.id)


def register(app: Application, reg: BotRegistry) -> None:
    question = CountryQuestion()
    memory = ChoiceMemory()
    app.bot_data["country_question"] = question
    app.bot_data["region_memory"] = memory

    async def forget_person(person: Person) -> None:
        # Rows cascade with the person; what is held in memory about them goes too.
        question.done(person.telegram_id)
        memory.drop(person.key)

    app.add_handler(TypeHandler(Update, observe), group=OBSERVER_GROUP)
    app.add_handler(CommandHandler("overdose", overdose_command))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & _AwaitingCountry(app), typed_country))
    reg.router.add("od", overdose_button)
    reg.router.add("odc", country_page)
    reg.router.add("odset", choose_country)
    reg.router.add("odno", not_now)
    reg.command("overdose", N_("what to do in an overdose, right now"), order=2)
    reg.menu_entry(0, N_("Overdose: what to do"), "od")
    reg.deep_link(DEEP_LINK, overdose_link)
    reg.privacy_note(30, N_(
        "<b>Your country for /overdose.</b> If you tell me your country, I keep only the "
        "country (or state or province, never the city or your location), so that /overdose "
        "shows the right emergency number. If you press \"Not now\", I keep only that I should "
        "not ask again. /forget erases it."
    ))
    reg.forget_hooks.append(forget_person)
