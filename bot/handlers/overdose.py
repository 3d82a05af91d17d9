"""/overdose and the first main-menu button: the emergency card, in one tap.

The card (``send_card``, also sent by ``bot.handlers.urgent`` for any message describing an
overdose) fits one phone screen: the number first, six numbered steps, "More" for the rest.
It is pre-rendered in memory (``bot.directory.overdose_guide.OverdoseGuide``) and never waits long
on the database: the person's remembered country only picks the number. Someone whose country
is unknown is asked inside the card (buttons, or a typed name through the ``country`` prompt),
never in a message after it; only the country (or state/province, never a city) is kept,
against the keyed user hash.

The crisis reply (``send_crisis_reply``, sent by ``bot.handlers.urgent``) asks for the country
the same way: the same buttons and typed-name prompt, carrying ``view`` "c" (or "cp" when the
message already went to peers), so the choice re-renders the crisis reply with the country's
crisis line instead of the card.

It reads what ``bot.compose`` built: ``services.features.regions`` (Regions),
``.gazetteer`` (Gazetteer), ``.emergency`` (OverdoseGuide, with
``emergency_number(region_id | None, lang) -> str``) and ``.region_choice``.
"""

from __future__ import annotations

import html
import logging
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import Application, CommandHandler

from bot.container import composed
from bot.country_memory import RememberedCountry
from bot.directory.crisis import crisis_reply
from bot.directory.overdose_guide import OverdoseGuide, join_numbers
from bot.directory.regions import CrisisLine, Region
from bot.handlers import prompts
from bot.handlers.base import (
    BotRegistry,
    HRContext,
    answer_query,
    edit_or_send,
    is_private,
    reply,
    reply_taking_keyboard,
)
from bot.handlers.buttons import (
    AskSend,
    CountryView,
    CrisisLines,
    Overdose,
    OverdoseCountries,
    OverdoseCountry,
    OverdoseMore,
    OverdoseNotNow,
)
from bot.i18n import N_
from bot.people import Person

log = logging.getLogger(__name__)

PAGE_SIZE = 12  # countries per page: six rows of two
WAIT_SECONDS = 600.0  # how long a typed country name is expected after the question
MAX_TYPED_WORDS = 4  # longer texts are questions for other features, not country names
CLEAR_SCORE = 88.0  # a typed name this close to a region's is that region
ACTIONS = tuple(
    p.action for p in (Overdose, OverdoseMore, OverdoseCountries, OverdoseCountry, OverdoseNotNow)
)
PROMPT = "country"  # the prompt kind: a typed country name after the card asked for it
SUGGESTED = 4  # countries offered inside the card, by the person's language
DEEP_LINK = "overdose"  # t.me/<bot>?start=overdose opens the steps
CRISIS: CountryView = "c"  # the country question under the crisis reply ("Talk to a peer" offered)
CRISIS_SENT: CountryView = (
    "cp"  # ... under a crisis reply whose message already went to peers as urgent
)
CRISIS_PLAIN: CountryView = (
    "cn"  # ... under a crisis reply with no peer button (the library is off)
)
CRISIS_COUNTRY = N_("Tap your country below for the helplines there, or type its name.")


def _guide(context: HRContext) -> OverdoseGuide:
    return composed(context.services.features.emergency, "the overdose guide")


def _country(context: HRContext) -> RememberedCountry:
    return composed(context.services.features.country, "the remembered country")


def _lang(update: Update, context: HRContext) -> str:
    """The person's language even when identify could not reach the database."""
    if context.person is not None:
        return context.tr.lang
    user = update.effective_user
    context.tr = context.services.i18n.for_person(None, user.language_code if user else None)
    return context.tr.lang


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
    return await _country(context).read(key)


def crisis_contacts(
    context: HRContext, region_id: str | None
) -> tuple[list[CrisisLine], tuple[str, ...]]:
    """A region's crisis lines and emergency numbers (an unknown region: none of either)."""
    guide = context.services.features.emergency
    regions = context.services.features.regions
    lines = regions.crisis_lines(region_id) if regions is not None else []
    numbers = guide.numbers(region_id) if guide is not None else ()
    return lines, numbers


# -- the card --------------------------------------------------------------------------------
async def region_of(update: Update, context: HRContext) -> str | None:
    """The person's remembered country or province (private chats only), or None."""
    if not is_private(update):
        return None
    _db_ok, region_id, _declined = await _remembered(update, context)
    return region_id


async def _ask_state(update: Update, context: HRContext) -> tuple[bool, str | None, bool]:
    """(private chat, remembered region id, ask for the country inside the message)."""
    private = is_private(update)
    # In a group nothing uses anyone's remembered country: that would reveal it.
    db_ok, region_id, declined = (
        await _remembered(update, context) if private else (False, None, False)
    )
    return private, region_id, private and db_ok and region_id is None and not declined


async def send_card(update: Update, context: HRContext) -> None:
    """The emergency card, as a new message: the number first, then the steps.

    Someone whose country is unknown gets the country question inside the card (buttons), so
    nothing has to be sent after it."""
    lang = _lang(update, context)
    guide = _guide(context)
    private, region_id, ask_country = await _ask_state(update, context)
    text = guide.card(lang, region_id, ask_country=ask_country)
    await reply(
        update,
        text,
        parse_mode=ParseMode.HTML,
        reply_markup=_card_keyboard(context, region_id, ask_country, private),
    )
    if ask_country:
        prompts.ask(update, context, PROMPT)


# -- the crisis reply --------------------------------------------------------------------------
def crisis_text(
    context: HRContext, region_id: str | None, to_peer: bool, ask_country: bool = False
) -> str:
    """The crisis reply (Telegram HTML) with the region's crisis lines and emergency number;
    with ``ask_country`` it ends by asking for the country (the buttons come with it)."""
    tr = context.tr
    lines, numbers = crisis_contacts(context, region_id)
    number = join_numbers(tr, numbers) if numbers else None
    regions = context.services.features.regions
    country = regions.country_of(region_id) if region_id and regions is not None else None
    name = country.name(tr.lang) if country is not None else None
    text = crisis_reply(tr, lines, number, sent_to_peer=to_peer, country=name)
    if ask_country:
        text += "\n\n<i>" + tr._(CRISIS_COUNTRY) + "</i>"
    return text


async def send_crisis_reply(update: Update, context: HRContext, to_peer: bool, talk: bool) -> None:
    """The crisis reply, as a new message: the local crisis line when the country is known;
    otherwise the country question inside the reply (buttons, or a typed name), never in a
    message after it. ``talk``: offer "Talk to a peer" (the caller has kept the message)."""
    _lang(update, context)
    try:
        private, region_id, ask_country = await _ask_state(update, context)
    except Exception as exc:  # noqa: BLE001 - the reply goes out without the person's country
        log.warning("Could not read the remembered country (%s)", type(exc).__name__)
        private, region_id, ask_country = is_private(update), None, False
    view: CountryView = CRISIS_SENT if to_peer else CRISIS if talk else CRISIS_PLAIN
    await reply(
        update,
        crisis_text(context, region_id, to_peer, ask_country),
        parse_mode=ParseMode.HTML,
        reply_markup=_keyboard(context, region_id, ask_country, private, view),
    )
    if ask_country:
        prompts.ask(update, context, PROMPT, view=view)


def _first_row(context: HRContext, region_id: str | None, view: CountryView | None):
    """What stays above the country buttons: "More" under the card, "Talk to a peer" under a
    crisis reply that offers it, nothing under another crisis reply."""
    tr = context.tr
    if view is None:
        return [context.button("ℹ️ " + tr._("More"), OverdoseMore(region_id))]
    if view == CRISIS:
        return [context.button("💬 " + tr._("Talk to a peer"), AskSend())]
    return []


def _card_keyboard(context: HRContext, region_id: str | None, ask_country: bool, private: bool):
    return _keyboard(context, region_id, ask_country, private, None)


def _keyboard(
    context: HRContext,
    region_id: str | None,
    ask_country: bool,
    private: bool,
    view: CountryView | None,
):
    tr = context.tr
    first = _first_row(context, region_id, view)
    if not private:
        return context.keyboard([first])
    if not ask_country:
        if view is not None:  # the crisis reply: its line is shown, or the person said not now
            return context.keyboard([first])
        label = N_("Change country") if region_id else N_("Set my country")
        return context.keyboard(
            [first + [context.button("🌍 " + tr._(label), OverdoseCountries(0))]]
        )
    suggested = _guide(context).countries(tr.lang)[:SUGGESTED]
    cells = [context.button(r.name(tr.lang), OverdoseCountry(r.id, view)) for r in suggested]
    rows = [first] + [cells[i : i + 2] for i in range(0, len(cells), 2)]
    rows.append(
        [
            context.button("🌍 " + tr._("Other country"), OverdoseCountries(0, view)),
            context.button(tr._("Not now"), OverdoseNotNow(view)),
        ]
    )
    return context.keyboard(rows)


def _country_keyboard(
    context: HRContext, page: int, region_id: str | None, view: CountryView | None = None
):
    """The whole country list, a page at a time, under the card or the crisis reply (its
    text stays)."""
    guide = _guide(context)
    tr = context.tr
    countries = guide.countries(tr.lang)
    pages = max(1, -(-len(countries) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    chunk = countries[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    buttons = [context.button(r.name(tr.lang), OverdoseCountry(r.id, view)) for r in chunk]
    rows = [_first_row(context, region_id, view)]
    rows += [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    nav = []
    if page > 0:
        nav.append(context.button("◀ " + tr._("Back"), OverdoseCountries(page - 1, view)))
    if page < pages - 1:
        nav.append(context.button(tr._("More countries") + " ▶", OverdoseCountries(page + 1, view)))
    rows.append(nav)
    rows.append([context.button(tr._("Not now"), OverdoseNotNow(view))])
    return context.keyboard(rows)


def _shown(context: HRContext, region_id: str | None, view: CountryView | None) -> tuple[str, Any]:
    """The card or the crisis reply for a region now known (or declined), and its buttons."""
    if view is None:
        return (
            _guide(context).card(context.tr.lang, region_id),
            _card_keyboard(context, region_id, False, True),
        )
    text = crisis_text(context, region_id, to_peer=view == CRISIS_SENT)
    return text, _keyboard(context, region_id, False, True, view)


async def overdose_command(update: Update, context: HRContext) -> None:
    await send_card(update, context)


async def overdose_button(update: Update, context: HRContext, _: Overdose) -> None:
    await send_card(update, context)


async def crisis_lines_button(update: Update, context: HRContext, _: CrisisLines) -> None:
    """ "📞 Crisis lines" under the mental-health topic, which says the bot shows them: the
    crisis reply's lines and emergency number (and the country question if it is unknown)."""
    await send_crisis_reply(update, context, to_peer=False, talk=False)


async def overdose_link(update: Update, context: HRContext, rest: str) -> None:
    """``t.me/<bot>?start=overdose``: for posters, QR codes and links shared between peers."""
    await send_card(update, context)


async def more_button(update: Update, context: HRContext, more: OverdoseMore) -> None:
    """Everything behind "More", as a new message under the card."""
    lang = _lang(update, context)
    guide = _guide(context)
    region_id = more.region if more.region and guide.region(more.region) else None
    await reply(update, guide.details(lang, region_id), parse_mode=ParseMode.HTML)


# -- choosing the country ---------------------------------------------------------------------
async def country_page(update: Update, context: HRContext, shown: OverdoseCountries) -> None:
    """The country list under the card; a typed name works too."""
    _lang(update, context)
    page = shown.page
    if is_private(update):
        prompts.ask(update, context, PROMPT, view=shown.view)
    region_id = await region_of(update, context)
    await _edit_keyboard(update, _country_keyboard(context, page, region_id, shown.view))


async def _edit_keyboard(update: Update, markup: InlineKeyboardMarkup) -> None:
    query = update.callback_query
    message = query.message if query is not None else None
    if isinstance(message, Message):
        try:
            await message.edit_reply_markup(reply_markup=markup)
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                log.info("Could not change the card's buttons (%s)", type(exc).__name__)


async def choose_country(update: Update, context: HRContext, chosen: OverdoseCountry) -> None:
    """Remember the country; the card now shows its number."""
    _lang(update, context)
    guide = _guide(context)
    region = guide.region(chosen.region)
    if region is None:
        await country_page(update, context, OverdoseCountries(0, chosen.view))
        return
    prompts.end(update, context, PROMPT)
    saved, shown = await _remember(context, region)
    tr = context.tr
    name = guide.label(shown, tr.lang)
    note = (
        tr._("✓ Saved: {place}. /forget erases it.", place=name)
        if saved
        else tr._("I could not save {place} right now, so I may ask again next time.", place=name)
    )
    await answer_query(update, context, note)
    text, markup = _shown(context, region.id, chosen.view)
    await edit_or_send(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def _remember(context: HRContext, region: Region) -> tuple[bool, Region]:
    """Store the country or province of ``region``; (saved, what was stored or chosen)."""
    return await _country(context).remember_region(context.person, region)


async def _store(context: HRContext, region_id: str | None) -> bool:
    return await _country(context).remember(context.person, region_id)


async def not_now(update: Update, context: HRContext, declined: OverdoseNotNow) -> None:
    """Don't ask again; the card keeps a "Set my country" button."""
    _lang(update, context)
    prompts.end(update, context, PROMPT)
    await _store(context, None)
    tr = context.tr
    await answer_query(
        update,
        context,
        tr._(
            'OK, I won\'t ask again. The "Set my country" button under '
            "/overdose is there if you change your mind."
        ),
    )
    text, markup = _shown(context, None, declined.view)
    await edit_or_send(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)


def _names_a_region(update: Update, context: HRContext, prompt: prompts.Prompt) -> bool:
    """Short texts that name a region; anything else ("not breathing", a question) goes on
    to the other features: in an emergency nobody is told that their words are not a country."""
    if not prompts.takes_text(update, context, prompt):
        return False
    text = update.message.text if update.message else None
    if not text or len(text.split()) > MAX_TYPED_WORDS:
        return False
    library = context.services.features.library
    if library is not None and library.service.route(text, context.tr.lang).kind in (
        "service",
        "combo",
    ):
        # "services in Kharkiv", "naloxone in Mexico City": a search for services (or a mix)
        # with a place in it, not the country the card or the crisis reply asked for
        return False
    from bot.handlers.start import chat_words
    from bot.library.intent import named_service_type

    if named_service_type(text) is not None:
        return False  # "intercambio de jeringas cdmx" named a service first: no country answer
    if chat_words(text) is not None:
        # "gracias" after the card asked "Did you mean Greece?": thanks, ok, a greeting, "menu"
        # are talk, answered as anywhere else
        return False
    hits = _guide(context).match(text, None, limit=1)
    if prompt.data.get("view") is not None:
        # after the crisis reply a short text is mostly talk ("gracias" is close to Greece,
        # "mal" to Malta): only a clear country name is read as one
        return bool(hits) and hits[0][1] >= CLEAR_SCORE
    return bool(hits)


async def typed_country(update: Update, context: HRContext, prompt: prompts.Prompt) -> None:
    """A short text naming a region after the card asked (matched offline)."""
    _lang(update, context)
    message = update.effective_message
    if message is None or not message.text:
        return
    guide = _guide(context)
    tr = context.tr
    view = prompt.data.get("view")
    hits = guide.match(message.text, tr.lang)
    if not hits:
        return
    top_region, top_score = hits[0]
    clear = len(hits) == 1 or hits[1][1] <= top_score - 8
    if top_score >= CLEAR_SCORE and clear:
        prompts.end(update, context, PROMPT)
        saved, shown = await _remember(context, top_region)
        name = guide.label(shown, tr.lang)
        # The note goes before the card, so the card is what stays on screen.
        await reply(
            update,
            tr._("✓ Saved: {place}. /forget erases it.", place=html.escape(name))
            if saved
            else tr._(
                "I could not save {place} right now, so I may ask again next time.",
                place=html.escape(name),
            ),
            parse_mode=ParseMode.HTML,
        )
        text, markup = _shown(context, top_region.id, view)
        await reply(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)
        return
    buttons = [
        [context.button(guide.label(r, tr.lang), OverdoseCountry(r.id, view))] for r, _ in hits[:5]
    ]
    buttons.append([context.button(tr._("None of these"), OverdoseCountries(0, view))])
    await reply(update, tr._("Did you mean one of these?"), reply_markup=context.keyboard(buttons))


async def _cancel_reply(update: Update, context: HRContext, prompt: prompts.Prompt) -> bool:
    """ "stop", "стоп", /cancel right after the crisis reply: a kind word and a peer, never a
    bare "OK, cancelled." (after the card, the general words, which also take away a location
    keyboard left from the service finder)."""
    if prompt.data.get("view") != CRISIS:
        return False
    tr = context.tr
    # the finder's "Send my location" keyboard, left when the crisis message ended its prompt,
    # goes with these words
    await reply_taking_keyboard(
        update,
        context,
        tr._("💛 I'm here with you. A peer can talk with you here too, anonymously."),
        reply_markup=context.keyboard(
            [[context.button("💬 " + tr._("Talk to a peer"), AskSend())]]
        ),
    )
    return True


def register(app: Application, reg: BotRegistry) -> None:
    features = app.bot_data.services.features

    async def forget_person(person: Person) -> None:
        # Rows cascade with the person; what is held in memory about them goes too.
        if features.country is not None:
            features.country.forget(person.key)

    reg.prompts.add(
        prompts.PromptKind(
            PROMPT,
            typed_country,
            takes=_names_a_region,
            timeout=WAIT_SECONDS,
            once=False,
            buttons=ACTIONS,
            cancel_reply=_cancel_reply,
        )
    )
    app.add_handler(CommandHandler("overdose", overdose_command))
    reg.router.add(Overdose, overdose_button)
    reg.router.add(OverdoseMore, more_button)
    reg.router.add(CrisisLines, crisis_lines_button)
    reg.router.add(OverdoseCountries, country_page)
    reg.router.add(OverdoseCountry, choose_country)
    reg.router.add(OverdoseNotNow, not_now)
    reg.command("overdose", N_("what to do in an overdose, right now"), order=2, authored=True)
    reg.menu_entry(0, N_("Overdose: what to do"), Overdose())
    reg.deep_link(DEEP_LINK, overdose_link)
    reg.privacy_note(
        30,
        N_(
            "<b>Your country for /overdose.</b> If you tell me your country, I keep only the "
            "country (or state or province, never the city or your location), so that /overdose "
            'shows the right emergency number. If you press "Not now", I keep only that I should '
            "not ask again. /forget erases it."
        ),
    )
    reg.forget_hooks.append(forget_person)
