"""Find services: "Find services" in the main menu, /near, a shared location or a typed place
(its state: ``services_common``; a service on the map and feedback: ``services_feedback``).

The location is used for one search and forgotten. It lives only in this process's memory
(``SearchStore``) for at most ``SEARCH_TTL`` so that "more", the type filters and the map
buttons work, is never written to the database or the logs, and the person's own location
message is deleted from the chat once the answer is sent (a phone seized later should not
show where they were). Buttons carry only an opaque token, a page offset and a type number.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from telegram import (
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot import heap
from bot.container import Services
from bot.directory.feedback import Feedback
from bot.directory.finder import (
    PAGE_SIZE,
    Finder,
    Page,
    render,
    render_local_help,
    type_label,
    units_for,
)
from bot.directory.gazetteer import haversine_km
from bot.directory.geo import check_point
from bot.directory.overdose_guide import join_numbers
from bot.directory.regions import Regions
from bot.directory.service_types import TYPES
from bot.handlers import prompts
from bot.handlers.base import (
    BotRegistry,
    HRContext,
    answer_query,
    edit_or_send,
    keyboard_shown,
    main_menu,
    reply,
)
from bot.handlers.buttons import (
    AskStart,
    FindServices,
    Overdose,
    ServiceAskFeedback,
    ServiceFeedback,
    ServicesFilter,
    ServicesPage,
    ServicesPlace,
    ServiceVenue,
)
from bot.handlers.services_common import (
    ALONE_SCORE,
    AWAIT_TTL,
    DEFER_BYTES,
    MAX_PLACE_WORDS,
    NO_PREVIEW,
    PLACE,
    START_WAIT_S,
    STORE_KEY,
    SURE_MARGIN,
    SURE_SCORE,
    TYPE_IDS,
    SearchStore,
    _directory_bytes,
    _finder,
    _loaded_finder,
    _positions,
    _store,
)
from bot.handlers.services_feedback import ask_feedback_button, feedback_button, venue_button
from bot.handlers.start import chat_words, greeting
from bot.i18n import N_
from bot.people import Person

if TYPE_CHECKING:
    from bot.directory.services import ServiceDirectory

log = logging.getLogger(__name__)

# "near me" typed at the place prompt: the place is where the person is, which only the
# location button can tell
HERE = re.compile(
    r"^\s*(?:(?:somewhere\s+)?(?:near|close to|around)\s+(?:me|here)|nearby|near|here|right here|"
    r"where i am|where i'?m at|my location|my area|"
    r"рядом(?:\s+со\s+мной)?|поблизости|возле меня|около меня|недалеко|тут|здесь|где я|"
    r"поруч(?:\s+(?:зі|з)\s+мною)?|поблизу|біля мене|недалеко|тут|де я|"
    r"cerca(?:\s+de\s+m[ií])?|por aqu[ií]|aqu[ií]|ac[aá]|donde estoy|mi ubicaci[oó]n|mi zona)"
    r"[\s!.,?]*$",
    re.IGNORECASE,
)
NALOXONE = "naloxone"
NALOXONE_NOW = N_("Is someone overdosing right now? Tap /overdose for what to do first.")


def _short_text(update: Update, context: HRContext, prompt: prompts.Prompt) -> bool:
    """Text is read as a place only if it is short enough to be a place name: a longer text is
    a question and goes on to the library (the prompt keeps waiting)."""
    message = update.message
    return (
        prompts.takes_text(update, context, prompt)
        and message is not None
        and len((message.text or "").split()) <= MAX_PLACE_WORDS
    )


# -- asking for a location -------------------------------------------------------------------
def _location_keyboard(context: HRContext) -> ReplyKeyboardMarkup:
    tr = context.tr
    keyboard_shown(context, True)
    return ReplyKeyboardMarkup(
        [
            [KeyboardButton("📍 " + tr._("Send my location"), request_location=True)],
            [KeyboardButton(tr._("Cancel"))],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
        input_field_placeholder=tr._("or type a district, station or city"),
    )


async def ask_location(update: Update, context: HRContext, service_type: str | None = None) -> None:
    """Ask where the person is (the ``place`` prompt keeps the wanted type, if any)."""
    if update.effective_chat is None:
        return
    prompts.ask(update, context, PLACE, type=service_type)
    tr = context.tr
    text = tr._(
        "Where are you? Press the button below to send your location, or type a district, "
        "metro station or city (for example: Podil, Lavapiés, Roma Norte).\n\n"
        "Your location is used for this one search and then forgotten: I don't store it, "
        "and I delete your location message from this chat after answering."
    )
    if service_type in TYPES:  # asked for by a question: say what will be looked for
        looking = tr._("Looking for: {type}.", type=type_label(service_type, tr))
        if service_type == NALOXONE:  # "I need naloxone now": the steps may come first
            looking += "\n" + tr._(NALOXONE_NOW)
        text = looking + "\n\n" + text
    await reply(update, text, reply_markup=_location_keyboard(context))


async def near_command(update: Update, context: HRContext) -> None:
    await ask_location(update, context)


async def find_button(update: Update, context: HRContext, _: FindServices) -> None:
    await ask_location(update, context)


# -- answering -------------------------------------------------------------------------------
def _results_keyboard(
    context: HRContext,
    token: str,
    page: Page,
    finder: Finder,
    expanded: bool = False,
    shown: int = PAGE_SIZE,
    area_shown: int = 0,
):
    tr = context.tr
    rows: list[list[Any]] = []
    type_arg = TYPE_IDS.index(page.type_id) if page.type_id else None
    positions = _positions(finder.directory)
    maps = [
        context.button(f"📍 {i}", ServiceVenue(positions[hit.service.id]))
        for i, hit in enumerate(page.hits[:shown], start=page.offset + 1)
        if hit.service.has_point
    ]
    if maps:
        rows.append(maps)
    if page.offset == 0 and page.nothing_near:
        # No dead end: what works there instead of "more" of another city's services.
        rows.append([context.button("🆘 " + tr._("Overdose: what to do"), Overdose())])
        rows.append(
            [
                context.button(tr._("Ask a peer"), AskStart()),
                context.button("🔎 " + tr._("Another place"), FindServices()),
            ]
        )
        if page.type_id:
            rows.append([context.button(tr._("All types"), ServicesPage(token, 0, None))])
        return context.keyboard(rows)
    # Mobile and outreach services have no map; they get a feedback button of their own.
    for hit in page.area[:area_shown]:
        label = "💬 " + tr._("How was it: {name}", name=hit.service.name(tr.lang))
        rows.append([context.button(label[:60], ServiceAskFeedback(positions[hit.service.id]))])
    nav = []
    if page.offset > 0:
        nav.append(
            context.button(
                "◀ " + tr._("Back"), ServicesPage(token, max(0, page.offset - PAGE_SIZE), type_arg)
            )
        )
    if page.has_more or shown < len(page.hits):
        nav.append(
            context.button(
                tr._("More") + " ▶", ServicesPage(token, page.offset + max(1, shown), type_arg)
            )
        )
    if nav:
        rows.append(nav)
    if expanded:
        choices = [
            context.button(type_label(t, tr), ServicesPage(token, 0, TYPE_IDS.index(t)))
            for t in page.types_nearby or TYPE_IDS
        ]
        rows.extend(choices[i : i + 2] for i in range(0, len(choices), 2))
        rows.append([context.button(tr._("All types"), ServicesPage(token, 0, None))])
    elif page.type_id:
        rows.append(
            [
                context.button(tr._("All types"), ServicesPage(token, 0, None)),
                context.button(tr._("Other type"), ServicesFilter(token, type_arg)),
            ]
        )
    else:
        rows.append([context.button("🔎 " + tr._("Filter by type"), ServicesFilter(token, None))])
    return context.keyboard(rows)


# A shared point's country is taken from the nearest known city within this distance (a typed
# place is its own nearest city); beyond it, from the country the person chose for the
# overdose card, if any.
COUNTRY_FROM_CITY_KM = 150.0


def _region_at(context: HRContext, lat: float, lon: float) -> str | None:
    """The region of the known city nearest to the point, if one is near enough."""
    gazetteer = context.services.features.gazetteer
    city = gazetteer.nearest_city(lat, lon, COUNTRY_FROM_CITY_KM) if gazetteer else None
    return city.region if city is not None else None


def _country_named(context: HRContext, text: str) -> tuple[Any, float] | None:
    """The country a typed text names surely ("Россия", "Mexico") and how well, or None."""
    regions = context.services.features.regions
    if regions is None:
        return None
    found = regions.search(
        text, lang=context.tr.lang, limit=1, min_score=SURE_SCORE, level="country"
    )
    return found[0] if found else None


def _help_for(context: HRContext, region_id: str | None) -> str:
    """``render_local_help`` for a region (None: the general emergency number, no lines)."""
    from bot.handlers.overdose import crisis_contacts

    tr = context.tr
    lines, numbers = crisis_contacts(context, region_id)
    return render_local_help(tr, join_numbers(tr, numbers), lines)


async def _local_help(update: Update, context: HRContext, lat: float, lon: float) -> str:
    """What works where no service is known: that country's emergency number and crisis lines
    (``content/regions.yaml``, ``numbers.yaml``) and a peer."""
    region_id = _region_at(context, lat, lon)
    if region_id is None:
        from bot.handlers.overdose import region_of

        try:
            region_id = await region_of(update, context)
        except Exception as exc:  # noqa: BLE001 - the reply goes out with the general number
            log.warning("Could not read the remembered country (%s)", type(exc).__name__)
    return _help_for(context, region_id)


async def _render(
    update: Update,
    context: HRContext,
    page: Page,
    lat: float | None,
    lon: float | None,
    place: str | None,
    missing_type: str | None = None,
) -> tuple[str, int, int]:
    """``finder.render`` in the person's units, with what works there when nothing is near."""
    units = units_for(update.effective_user.language_code if update.effective_user else None)
    local = None
    if page.offset == 0 and page.nothing_near and lat is not None and lon is not None:
        local = await _local_help(update, context, lat, lon)
    return render(page, context.tr, units, place, local, missing_type)


async def _answer(
    update: Update,
    context: HRContext,
    lat: float,
    lon: float,
    place: str | None,
    type_id: str | None = None,
) -> bool:
    """Search, send the results; return whether anything was sent."""
    chat = update.effective_chat
    finder = await _loaded_finder(context)
    if chat is None:
        return False
    if finder is None:
        await reply(
            update,
            context.tr._(
                "The service directory is not available right now. Please try again later."
            ),
        )
        return True
    try:
        check_point(lat, lon)
    except (TypeError, ValueError):
        log.info("Refused a location outside the valid range")
        await reply(update, context.tr._("I could not read that location. Please send it again."))
        return True
    prompts.end(update, context, PLACE)
    token = _store(context).put(chat.id, lat, lon, place)
    page = finder.near(lat, lon, type_id if type_id in TYPES else None)
    missing = None
    if page.type_id and page.nothing_near:
        # nothing of that type near: the services of every type near there, after saying so
        others = finder.near(lat, lon)
        if not others.nothing_near:
            page, missing = others, type_id
    text, shown, area_shown = await _render(update, context, page, lat, lon, place, missing)
    log.info(
        "Service search answered: %d nearby, %d for the area%s",
        page.near_count,
        len(page.area),
        ", nothing near" if page.nothing_near else "",
    )
    await reply(
        update,
        text,
        parse_mode=ParseMode.HTML,
        link_preview_options=NO_PREVIEW,
        reply_markup=_results_keyboard(
            context, token, page, finder, shown=shown, area_shown=area_shown
        ),
    )
    return True


async def open_finder(
    update: Update, context: HRContext, place: str | None, service_type: str | None
) -> None:
    """The finder opened from a free-text question ("where can I get naloxone in Podil"): a place
    that matches surely is searched at once (of that type); otherwise the person is asked where."""
    if place:
        matches = _match_places(context, place)
        if matches:
            best = matches[0]
            runner_up = matches[1][3] if len(matches) > 1 else 0.0
            same_place = len(matches) > 1 and matches[1][0] == best[0]
            if (len(matches) == 1 and best[3] >= ALONE_SCORE) or (
                best[3] >= SURE_SCORE and (best[3] - runner_up >= SURE_MARGIN or same_place)
            ):
                await _answer(update, context, best[1], best[2], best[0], service_type)
                return
    await ask_location(update, context, service_type)


async def on_location(update: Update, context: HRContext) -> None:
    message = update.effective_message
    if message is None or message.location is None:
        return
    location = message.location
    waiting = prompts.current(update, context, PLACE)
    wanted = waiting.data.get("type") if waiting is not None else None
    if await _answer(update, context, location.latitude, location.longitude, None, wanted):
        await _forget_message(update, context, message)


async def _forget_message(
    update: Update, context: HRContext, message: Message, typed: bool = False
) -> None:
    """Delete the person's location (or typed place) message and tell them so, in the words of
    what they sent: someone who typed "Lavapiés" sent no location message."""
    tr = context.tr
    try:
        await message.delete()
        note = (
            tr._("I deleted the place you typed from this chat, and I have not kept it.")
            if typed
            else tr._(
                "I deleted your location message from this chat, and I have not kept your location."
            )
        )
    except TelegramError as exc:
        log.info("Could not delete a location message (%s)", type(exc).__name__)
        note = (
            tr._(
                "I could not delete the place you typed: please delete it yourself. "
                "I have not kept it."
            )
            if typed
            else tr._(
                "I could not delete your location message: please delete it yourself. I have not kept your location."
            )
        )
    keyboard_shown(context, False)
    await reply(update, note, reply_markup=ReplyKeyboardRemove())


def _place_label(place: Any, lang: str) -> str:
    if callable(getattr(place, "name", None)):
        return place.name(lang)
    names = getattr(place, "names", {}) or {}
    for key in (lang, "en"):
        value = names.get(key)
        if value:
            return value if isinstance(value, str) else value[0]
    for value in names.values():
        if value:
            return value if isinstance(value, str) else value[0]
    return str(getattr(place, "id", ""))


def _match_places(context: HRContext, text: str) -> list[tuple[str, float, float, float]]:
    """(label, lat, lon, score) for a typed place: the gazetteer, else region names. Places
    far apart that share a name ("Córdoba", "Santa Fe", "King's Cross") are told apart by
    their city or country, so the person is asked which one they mean."""
    lang = context.tr.lang
    found: list[tuple[str, float, float, float, str]] = []
    gazetteer = context.services.features.gazetteer
    if gazetteer is not None:
        for match in gazetteer.search(text, lang=lang, limit=5):
            place = match.place
            found.append(
                (_place_label(place, lang), place.lat, place.lon, float(match.score), place.region)
            )
    regions = context.services.features.regions or getattr(_finder(context), "regions", None)
    if not found and regions is not None:
        for region, score in regions.search(text, lang=lang, limit=5):
            if region.level != "country":
                found.append(
                    (region.name(lang), region.center[0], region.center[1], float(score), region.id)
                )
    found.sort(key=lambda item: -item[3])
    return [(_where(regions, item, found, lang), item[1], item[2], item[3]) for item in found]


SAME_PLACE_KM = 20.0  # two matches with one name closer than this are one place


def _where(regions: Any, item: tuple, found: list[tuple], lang: str) -> str:
    """The label, with its city or country when another match far from it has the same one."""
    label, lat, lon, _score, region_id = item
    clash = any(
        other[0] == label and haversine_km(lat, lon, other[1], other[2]) > SAME_PLACE_KM
        for other in found
    )
    if not clash or regions is None:
        return label
    chain = regions.ancestors(region_id)
    town = next((r for r in chain if r.level == "city" and r.name(lang) != label), None)
    where = town or (chain[-1] if chain else None)
    return f"{label} ({where.name(lang)})" if where is not None else label


async def cancelled(update: Update, context: HRContext) -> None:
    tr = context.tr
    keyboard_shown(context, False)
    await reply(update, tr._("OK, cancelled."), reply_markup=ReplyKeyboardRemove())
    await reply(update, tr._("What would you like to do?"), reply_markup=main_menu(context))


EXACT_PLACE = 99.0  # a place said with no preposition must be named exactly
_BARE_NOT_PLACE = {"centro", "center", "centre", "центр", "центре", "центрі"}


def bare_place_search(context: HRContext, text: str) -> tuple[str, str] | None:
    """(place, service type) for a service named and then a place with no preposition
    ("intercambio de jeringas cdmx", "шприцы Екатеринбург", "naloxone Brooklyn"), which the
    router leaves to the library ("intercambio de jeringas cdmx" got the disposal topic). The
    place is the last one to three words, named exactly (never a typo guess: "kit" is near
    Kitsilano), and what comes before it asks for one type of service by name."""
    from bot.library.intent import named_service_type

    words = text.split()
    if not 2 <= len(words) <= 6 or "?" in text:
        return None
    for n in (3, 2, 1):
        if len(words) - n < 1:
            continue
        head, tail = " ".join(words[:-n]), " ".join(words[-n:]).strip(" .,!")
        if tail.lower() in _BARE_NOT_PLACE or named_service_type(tail) is not None:
            continue
        kind = named_service_type(head)
        if kind is None:
            continue
        matches = _match_places(context, tail)
        if matches and matches[0][3] >= EXACT_PLACE and _sure(matches):
            return tail, kind
    return None


def _sure(matches: list[tuple[str, float, float, float]]) -> bool:
    """Does the typed text name one place clearly enough to search there at once?"""
    if not matches:
        return False
    best = matches[0]
    runner_up = matches[1][3] if len(matches) > 1 else 0.0
    same_place = len(matches) > 1 and matches[1][0] == best[0]
    alone = len(matches) == 1 and best[3] >= ALONE_SCORE
    return alone or (best[3] >= SURE_SCORE and (best[3] - runner_up >= SURE_MARGIN or same_place))


async def on_place_text(update: Update, context: HRContext, prompt: prompts.Prompt) -> None:
    """The ``place`` prompt's answer: a typed district, station or city."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or not message.text:
        return
    tr = context.tr
    text = message.text.strip()
    store = _store(context)
    if text in (tr._("Cancel"), "Cancel"):  # the button of the reply keyboard
        prompts.end(update, context, PLACE)
        await cancelled(update, context)
        return
    if HERE.match(text):
        # "near me", "рядом со мной", "cerca de mí": Newark and Nezahualcóyotl were offered
        await reply(
            update,
            tr._(
                "I can only see where you are if you send it: press “📍 Send my location” below "
                "(on a phone), or type a district, metro station or city."
            ),
            reply_markup=_location_keyboard(context),
        )
        return
    said = chat_words(text)
    if said in ("menu", "help"):  # "menu", "start", "ayuda": what they asked for, not a place
        prompts.end(update, context, PLACE)
        keyboard_shown(context, False)
        await reply(update, tr._("OK, cancelled."), reply_markup=ReplyKeyboardRemove())
        await greeting(update, context)
        return
    if said is not None:
        # "hola", "gracias", "ok" are no place ("gracias" searched near Gràcia, Barcelona; "hola"
        # offered New Orleans): say again what to type, still waiting for the place
        again = tr._(
            "To find services near you, type a district, metro station or city, or send your "
            "location with the button below. To go back to the menu, press Cancel."
        )
        if said == "greeting":
            again = tr._("Hi!") + " " + again
        await reply(update, again, reply_markup=_location_keyboard(context))
        return
    matches = _match_places(context, text)
    country = _country_named(context, text)
    if country is not None and matches and country[1] < matches[0][3] + SURE_MARGIN:
        country = None  # a place with the country's name ("Panamá"): the place
    library = context.services.features.library
    if country is None and not _sure(matches) and library is not None:
        from bot.library.intent import named_service_type

        wanted = named_service_type(text)
        if wanted in TYPES and library.service.route(text, tr.lang).kind == "topic":
            # "мне срочно нужен налоксон" while the finder waits for a place: what to look
            # for, never a place name; the place is asked again, with the type filled in
            await ask_location(update, context, wanted)
            return
    from bot.handlers.library_questions import answer_if_question

    answered = await answer_if_question(
        update,
        context,
        text,
        sure_place=_sure(matches) or country is not None,
        places=bool(matches) or country is not None,
    )
    if answered is not None:
        if answered != "service":  # the finder opened by the question asks for itself
            prompts.ask(update, context, PLACE, **prompt.data)  # still waiting for a place
        return
    if country is not None:
        # "Россия", "México": which city there, and its numbers meanwhile (a country's centre
        # is not a place to search around; names like it, "Rossio", are not what was meant)
        region = country[0]
        await reply(
            update,
            tr._(
                "Which city or district in {country}? Type it (or a metro station), or "
                "send your location with the button.",
                country=html.escape(region.name(tr.lang)),
            )
            + "\n\n"
            + _help_for(context, region.id),
            parse_mode=ParseMode.HTML,
            reply_markup=_location_keyboard(context),
        )
        return
    if not matches:
        await reply(
            update,
            tr._(
                "I don't know that place. Try another spelling, a nearby district or the city, "
                "or send your location with the button. To ask a question instead, press Cancel "
                "and write it again."
            ),
            reply_markup=_location_keyboard(context),
        )
        return
    best = matches[0]
    if _sure(matches):
        if await _answer(update, context, best[1], best[2], best[0], prompt.data.get("type")):
            await _forget_message(update, context, message, typed=True)
        return
    options = []
    seen: set[str] = set()
    for label, lat, lon, _score in matches:
        if label not in seen:
            seen.add(label)
            options.append((label, lat, lon))
    token = store.offer(chat.id, options[:5])
    buttons = [
        [context.button(label, ServicesPlace(token, i))]
        for i, (label, _lat, _lon) in enumerate(options[:5])
    ]
    await reply(update, tr._("Which place do you mean?"), reply_markup=context.keyboard(buttons))


async def choose_place(update: Update, context: HRContext, chosen: ServicesPlace) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    choice = _store(context).choice(chosen.choice, chat.id)
    if choice is None or not 0 <= chosen.index < len(choice.options):
        await answer_query(
            update,
            context,
            context.tr._("This search has expired. Send /near to search again."),
            alert=True,
        )
        return
    label, lat, lon = choice.options[chosen.index]
    await _answer(update, context, lat, lon, label)
    keyboard_shown(context, False)
    await reply(
        update,
        context.tr._("Send /near to search again at any time."),
        reply_markup=ReplyKeyboardRemove(),
    )


async def _expired(update: Update, context: HRContext) -> None:
    await answer_query(
        update,
        context,
        context.tr._("This search has expired. Send /near to search again."),
        alert=True,
    )


def _type_from(index: int | None) -> str | None:
    if index is not None and 0 <= index < len(TYPE_IDS):
        return TYPE_IDS[index]
    return None


async def page_button(update: Update, context: HRContext, shown: ServicesPage) -> None:
    """Another page or another type filter of the same search."""
    chat = update.effective_chat
    finder = _finder(context)
    if chat is None or finder is None or shown.offset < 0:
        return
    search = _store(context).get(shown.search, chat.id)
    if search is None:
        await _expired(update, context)
        return
    page = finder.near(search.lat, search.lon, _type_from(shown.type), shown.offset)
    await _show_page(update, context, shown.search, page, finder, search.place)


async def filter_button(update: Update, context: HRContext, shown: ServicesFilter) -> None:
    """Back to the first page of this search, with the type buttons."""
    chat = update.effective_chat
    finder = _finder(context)
    if chat is None or finder is None:
        return
    search = _store(context).get(shown.search, chat.id)
    if search is None:
        await _expired(update, context)
        return
    type_id = _type_from(shown.type)
    page = finder.near(search.lat, search.lon, type_id)
    if not page.types_nearby:
        page = replace(page, types_nearby=finder.types_nearby(search.lat, search.lon))
    await _show_page(update, context, shown.search, page, finder, search.place, expanded=True)


async def _show_page(
    update: Update,
    context: HRContext,
    token: str,
    page: Page,
    finder: Finder,
    place: str | None,
    expanded: bool = False,
) -> None:
    """A page of results in place of the pressed message, in the person's units."""
    search = _store(context).get(token, update.effective_chat.id) if update.effective_chat else None
    lat, lon = (search.lat, search.lon) if search is not None else (None, None)
    text, shown, area_shown = await _render(update, context, page, lat, lon, place)
    await edit_or_send(
        update,
        text,
        parse_mode=ParseMode.HTML,
        link_preview_options=NO_PREVIEW,
        reply_markup=_results_keyboard(
            context, token, page, finder, expanded=expanded, shown=shown, area_shown=area_shown
        ),
    )


# -- wiring ----------------------------------------------------------------------------------
def _load_directory(content_dir: Path, regions: Regions, cache_dir: Path) -> ServiceDirectory:
    """The directory, loaded in a worker thread, where its loader (and YAML reader) is imported
    too: not at the bot's start (issue 14, a light start)."""
    from bot.directory.services import ServiceDirectory

    return ServiceDirectory.load(content_dir, regions, cache_dir)


def start_directory(services: Services, regions: Regions) -> None:
    """Start loading the service directory (``bot.compose`` calls this with the region tree)."""
    from bot.directory.feedback import RETENTION
    from bot.storage.directory import DirectoryRepo

    feedback = Feedback(DirectoryRepo(services.db))
    services.features.service_feedback = feedback
    services.retention.add("service feedback counts", RETENTION, feedback.purge)

    # The directory loads in a worker thread while the bot already answers: a national
    # directory takes seconds, and /start, /overdose and emergencies must not wait for it.
    # A search that arrives meanwhile waits for it (``_loaded_finder``).
    loading = asyncio.Event()
    services.features.finder_loading = loading
    # Set by bot.app.start_background once the first getUpdates is under way: the directory
    # waits for it, so it does not slow the start (20,000 services parse for seconds and hold
    # the interpreter; even the stock one is tens of milliseconds with its imports). A search
    # meanwhile waits for the load; the emergency card never needs the directory.
    start = services.polling
    content_dir = services.settings.core.content_dir
    cache_dir = services.settings.core.database.parent / "cache"
    big = _directory_bytes(content_dir) >= DEFER_BYTES

    async def load() -> None:
        try:
            # started some other way than bot.runner: load after the wait
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(start.wait(), START_WAIT_S)
            directory = await asyncio.to_thread(_load_directory, content_dir, regions, cache_dir)
        except Exception:
            log.exception("The service directory could not be loaded")
        else:
            services.features.finder = Finder(directory, regions)
            if big:  # a small one is a few thousand objects: not worth a full collection
                heap.settle("service directory")
            log.info("Service directory loaded: %d services", len(directory))
        finally:
            loading.set()

    services.features.finder_task = asyncio.create_task(load(), name="directory-load")


def register(app: Application, reg: BotRegistry) -> None:
    store = SearchStore()
    app.bot_data[STORE_KEY] = store
    private = filters.ChatType.PRIVATE
    # New messages only: a live location edits its message every few seconds, and each edit
    # must not start another search.
    new = private & filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("near", near_command, filters=private))
    app.add_handler(MessageHandler(new & filters.LOCATION, on_location))
    # The "Cancel" key of the location keyboard, pressed after the prompt ended another way
    # (an emergency, a command): take the keyboard away instead of searching the library.
    services = app.bot_data.get("services")
    labels = (
        {services.i18n.translator(lang)._("Cancel") for lang in services.i18n.languages}
        if services
        else set()
    )
    app.add_handler(MessageHandler(new & filters.Text(sorted(labels | {"Cancel"})), cancelled))
    reg.prompts.add(
        prompts.PromptKind(
            PLACE,
            on_place_text,
            takes=_short_text,
            timeout=AWAIT_TTL,
            once=False,
            buttons=(ServicesPlace.action,),
            on_cancel=cancelled,
        )
    )
    reg.router.add(FindServices, find_button)
    reg.router.add(ServicesPage, page_button)
    reg.router.add(ServicesFilter, filter_button)
    reg.router.add(ServicesPlace, choose_place)
    reg.router.add(ServiceVenue, venue_button)
    reg.router.add(ServiceFeedback, feedback_button)
    reg.router.add(ServiceAskFeedback, ask_feedback_button)
    reg.command("near", N_("find services near you"), order=30)
    reg.menu_entry(30, N_("Find services"), FindServices())
    reg.privacy_note(
        50,
        N_(
            "Find services: your location (or the place you type) is used for one search. It stays "
            'only in the bot\'s memory for at most 15 minutes, so that "more" and the filters work; '
            "it is never written to disk or to the logs, and I delete your location message from "
            "the chat. Feedback on a service is kept only as a count, with no link to you."
        ),
    )

    async def forget(person: Person) -> None:
        store.drop_chat(person.telegram_id)

    reg.forget_hooks.append(forget)
