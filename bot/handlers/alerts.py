"""/alerts: subscribe to regions (tree walk or a typed name), see and remove subscriptions,
see active alerts. Also the alerts feature's setup: the domain, retention rules, the sender.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, filters

from bot.alerts.labels import SEVERITY_BUTTONS, label, substance
from bot.alerts.subscriptions import TooManySubscriptions, UnknownRegion
from bot.handlers import prompts, review_cards
from bot.handlers.alerts_common import (
    EXPECT_TTL_S,
    TEXT_INPUTS,
    clear_expected,
    declare_prompts,
    esc,
    expect_text,
    feature,
)
from bot.handlers.base import (
    BotRegistry,
    HRContext,
    answer_query,
    edit_or_send,
    keyboard_shown,
    reply,
    reply_message,
)
from bot.handlers.buttons import (
    AlertsActive,
    AlertsCountries,
    AlertsHome,
    AlertsLocation,
    AlertsMine,
    AlertsRegion,
    AlertsSubscribe,
    AlertsTypePlace,
    AlertsUnsubscribe,
    AlertsView,
    MainMenu,
    Moderate,
    ReportStart,
)
from bot.handlers.start import chat_words, greeting
from bot.i18n import N_
from bot.people import Person

log = logging.getLogger(__name__)

COUNTRIES_PER_PAGE = 12
ACTIVE_SHOWN = 8
SURE_REGION_SCORE = (
    90.0  # a typed region name this close is a place, even if it reads as a question
)


# -- /alerts ---------------------------------------------------------------------------------------
def _region_names(context: HRContext, region_ids: list[str]) -> str:
    f = feature(context)
    return "; ".join(f.region_name(r, context.tr.lang) for r in region_ids)


async def _home(context: HRContext) -> tuple[str, object]:
    tr = context.tr
    f = feature(context)
    person = context.person
    subs = await f.subscriptions.of(person.key) if person else []
    active = await f.subscriptions.active_alerts(person.key) if person and subs else []
    lines = [
        tr._("<b>Drug alerts</b>"),
        tr._(
            "Peers report dangerous batches, another community member checks each report, and I send "
            "it to everyone subscribed to that area, in their own language. A subscription to a country "
            "or province also brings the alerts of its cities."
        ),
        "",
    ]
    if subs:
        lines.append(
            tr._(
                "Your regions: {regions}",
                regions=esc(_region_names(context, [s.region_id for s in subs])),
            )
        )
        lines.append(
            tr.n_(
                "{n} active alert in your regions.",
                "{n} active alerts in your regions.",
                len(active),
            )
        )
    else:
        lines.append(tr._("You have not chosen any region yet."))
    rows = []
    if not subs and person is not None:
        # Fastest first: a typed place or a shared location, then your country's cities.
        lines += ["", tr._("Type the name of your city or send your location, or choose below.")]
        rows.append(
            [
                context.button("🔎 " + tr._("Type a place"), AlertsTypePlace()),
                context.button("📍 " + tr._("Send my location"), AlertsLocation()),
            ]
        )
        cells = [
            context.button(r.name(tr.lang), AlertsRegion(f.subscriptions.token(r.id)))
            for r in await _suggested(context)
        ]
        rows += [cells[i : i + 3] for i in range(0, len(cells), 3)]
        rows.append([context.button(tr._("Add a region"), AlertsCountries(0))])
    else:
        rows.append(
            [
                context.button(tr._("Add a region"), AlertsCountries(0)),
                context.button(tr._("Type a place"), AlertsTypePlace()),
            ]
        )
    if subs:
        rows.append(
            [
                context.button(tr._("My regions"), AlertsMine()),
                context.button(tr._("Active alerts ({n})", n=len(active)), AlertsActive()),
            ]
        )
    if person and person.is_peer:
        rows.append([context.button(tr._("Report a bad batch"), ReportStart())])
    if person and person.is_moderator:
        rows.append([context.button(tr._("Moderate alerts"), Moderate(0))])
    rows.append([context.button(tr._("Main menu"), MainMenu())])
    return "\n".join(lines), context.keyboard(rows)


async def alerts_command(update: Update, context: HRContext) -> None:
    clear_expected(context)
    text, markup = await _home(context)
    await reply(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def home_button(update: Update, context: HRContext, _: AlertsHome) -> None:
    clear_expected(context)
    text, markup = await _home(context)
    await edit_or_send(update, text, parse_mode=ParseMode.HTML, reply_markup=markup)


def _countries(context: HRContext) -> list:
    regions = feature(context).regions_or_none()
    if regions is None:
        return []
    lang = context.tr.lang
    return sorted(regions.roots(), key=lambda r: r.name(lang).casefold())


async def _suggested(context: HRContext) -> list:
    """The person's likely country and its cities (from their /overdose country, their
    subscriptions, or their language)."""
    f = feature(context)
    person = context.person
    hints: list[str] = []
    if person is not None:
        choices = context.services.features.region_choice
        choice = await choices.get(person.key) if choices is not None else None
        if choice is not None and choice.region_id:
            hints.append(choice.region_id)
        hints += [s.region_id for s in await f.subscriptions.of(person.key)]
    country = f.subscriptions.home_country(hints, context.tr.lang)
    return f.subscriptions.suggestions(country, context.tr.lang)


async def countries_button(update: Update, context: HRContext, pressed: AlertsCountries) -> None:
    tr = context.tr
    f = feature(context)
    countries = _countries(context)
    if not countries:
        await answer_query(
            update, context, tr._("Regions are not available right now."), alert=True
        )
        return
    pages = (len(countries) + COUNTRIES_PER_PAGE - 1) // COUNTRIES_PER_PAGE
    page = min(max(pressed.page, 0), pages - 1)
    shown = countries[page * COUNTRIES_PER_PAGE : (page + 1) * COUNTRIES_PER_PAGE]
    rows = []
    if page == 0:  # your own country and its cities first
        first = [
            context.button("⭐ " + r.name(tr.lang), AlertsRegion(f.subscriptions.token(r.id)))
            for r in await _suggested(context)
        ]
        rows += [first[i : i + 3] for i in range(0, len(first), 3)]
    cells = [
        context.button(r.name(tr.lang), AlertsRegion(f.subscriptions.token(r.id))) for r in shown
    ]
    rows += [cells[i : i + 2] for i in range(0, len(cells), 2)]
    nav = []
    if page > 0:
        nav.append(context.button("‹", AlertsCountries(page - 1)))
    nav.append(context.button(f"{page + 1}/{pages}", AlertsCountries(page)))
    if page < pages - 1:
        nav.append(context.button("›", AlertsCountries(page + 1)))
    rows.append(nav)
    rows.append(
        [
            context.button("🔎 " + tr._("Type a place"), AlertsTypePlace()),
            context.button("📍 " + tr._("Send my location"), AlertsLocation()),
        ]
    )
    rows.append([context.button(tr._("Back"), AlertsHome())])
    await edit_or_send(
        update,
        tr._("Choose a country, or find a place by its name:"),
        reply_markup=context.keyboard(rows),
    )


async def region_button(update: Update, context: HRContext, chosen: AlertsRegion) -> None:
    await _show_region(update, context, chosen.region)


async def _show_region(update: Update, context: HRContext, token: str, note: str = "") -> None:
    tr = context.tr
    f = feature(context)
    region = f.subscriptions.resolve(token)
    if region is None:
        await answer_query(update, context, tr._("That region is no longer available."), alert=True)
        return
    regions = f.regions_or_none()
    subs = (
        {s.region_id for s in await f.subscriptions.of(context.person.key)}
        if context.person
        else set()
    )
    children = regions.children(region.id) if regions else []
    lines = [f"<b>{esc(f.region_name(region.id, tr.lang))}</b>"]
    if note:
        lines.append(note)
    if region.id in subs:
        lines.append(tr._("You get alerts for this area."))
        rows = [
            [
                context.button(
                    tr._("🔕 Unsubscribe from {name}", name=region.name(tr.lang)),
                    AlertsUnsubscribe(token, "r"),
                )
            ]
        ]
    else:
        rows = [
            [
                context.button(
                    tr._("🔔 Subscribe to {name}", name=region.name(tr.lang)),
                    AlertsSubscribe(token),
                )
            ]
        ]
    if children:
        lines.append(tr._("Subscribe to this whole area, or choose a smaller one:"))
        cells = [
            context.button(
                ("✓ " if c.id in subs else "") + c.name(tr.lang),
                AlertsRegion(f.subscriptions.token(c.id)),
            )
            for c in children
        ]
        rows += [cells[i : i + 2] for i in range(0, len(cells), 2)]
    back = (
        context.button(tr._("Back"), AlertsRegion(f.subscriptions.token(region.parent)))
        if region.parent
        else context.button(tr._("Back"), AlertsCountries(0))
    )
    rows.append([back, context.button(tr._("Done"), AlertsHome())])
    await edit_or_send(
        update, "\n".join(lines), parse_mode=ParseMode.HTML, reply_markup=context.keyboard(rows)
    )


async def subscribe_button(update: Update, context: HRContext, chosen: AlertsSubscribe) -> None:
    tr = context.tr
    f = feature(context)
    region = f.subscriptions.resolve(chosen.region)
    if region is None or context.person is None or update.effective_chat is None:
        await answer_query(update, context, tr._("That region is no longer available."), alert=True)
        return
    try:
        await f.subscriptions.subscribe(
            context.person.key, update.effective_chat.id, region.id, tr.lang
        )
    except TooManySubscriptions:
        await answer_query(
            update, context, tr._("You can follow up to 20 regions. Remove one first."), alert=True
        )
        return
    except UnknownRegion:
        await answer_query(update, context, tr._("That region is no longer available."), alert=True)
        return
    await answer_query(update, context, tr._("Subscribed: {name}", name=region.name(tr.lang)))
    await _show_region(
        update,
        context,
        chosen.region,
        tr._("✅ Subscribed. Alerts for this area will reach you here."),
    )


async def unsubscribe_button(update: Update, context: HRContext, chosen: AlertsUnsubscribe) -> None:
    tr = context.tr
    f = feature(context)
    region = f.subscriptions.resolve(chosen.region)
    if region is None or context.person is None:
        await answer_query(update, context, tr._("That region is no longer available."), alert=True)
        return
    await f.subscriptions.unsubscribe(context.person.key, region.id)
    await answer_query(update, context, tr._("Unsubscribed: {name}", name=region.name(tr.lang)))
    if chosen.back == "r":
        await _show_region(update, context, chosen.region)
    else:
        await my_regions_button(update, context)


async def my_regions_button(
    update: Update, context: HRContext, _: AlertsMine | None = None
) -> None:
    tr = context.tr
    f = feature(context)
    subs = await f.subscriptions.of(context.person.key) if context.person else []
    if not subs:
        await edit_or_send(
            update,
            tr._("You have not chosen any region yet."),
            reply_markup=context.keyboard(
                [
                    [
                        context.button(tr._("Add a region"), AlertsCountries(0)),
                        context.button(tr._("Back"), AlertsHome()),
                    ]
                ]
            ),
        )
        return
    lines = [tr._("<b>Your regions</b>"), tr._("Press a region to stop its alerts.")]
    rows = [
        [
            context.button(
                tr._("🔕 {name}", name=f.region_name(s.region_id, tr.lang)),
                AlertsUnsubscribe(f.subscriptions.token(s.region_id)),
            )
        ]
        for s in subs
    ]
    rows.append(
        [
            context.button(tr._("Add a region"), AlertsCountries(0)),
            context.button(tr._("Back"), AlertsHome()),
        ]
    )
    await edit_or_send(
        update, "\n".join(lines), parse_mode=ParseMode.HTML, reply_markup=context.keyboard(rows)
    )


async def active_button(update: Update, context: HRContext, _: AlertsActive) -> None:
    tr = context.tr
    f = feature(context)
    active = await f.subscriptions.active_alerts(context.person.key) if context.person else []
    if not active:
        await edit_or_send(
            update,
            tr._("There are no active alerts in your regions right now."),
            reply_markup=context.keyboard([[context.button(tr._("Back"), AlertsHome())]]),
        )
        return
    lines = [tr._("<b>Active alerts in your regions</b>")]
    rows = []
    for alert in active[:ACTIVE_SHOWN]:
        what = ", ".join(substance(tr, c) for c in alert.found) or alert.found_free
        lines.append(
            tr._(
                "#{id} · {severity} · {found} · {region} · until {date}",
                id=alert.id,
                severity=esc(label(tr, SEVERITY_BUTTONS, alert.severity)),
                found=esc(what[:80]),
                region=esc(f.region_name(alert.region_id, tr.lang).split(", ")[0]),
                date=esc(tr.date(alert.expires_at.date(), "medium")),
            )
        )
        rows.append(
            [context.button(tr._("Show alert #{id}", id=alert.id), AlertsView(alert.number))]
        )
    rows.append([context.button(tr._("Back"), AlertsHome())])
    await edit_or_send(
        update, "\n".join(lines), parse_mode=ParseMode.HTML, reply_markup=context.keyboard(rows)
    )


async def view_alert_button(update: Update, context: HRContext, pressed: AlertsView) -> None:
    tr = context.tr
    f = feature(context)
    alert = await f.alert(pressed.alert)
    if alert is None or not alert.is_active(datetime.now(UTC)):
        await answer_query(update, context, tr._("This alert is no longer active."), alert=True)
        return
    await answer_query(update, context)
    text = review_cards.render(alert, tr, f.region_name(alert.region_id, tr.lang))
    shown = await reply_message(
        update, text, parse_mode=ParseMode.HTML
    )  # text first, the photo after it
    if alert.photo_file_id and update.effective_chat is not None:
        try:
            await context.bot.send_photo(
                update.effective_chat.id,
                alert.photo_file_id,
                reply_to_message_id=getattr(shown, "message_id", None),
            )
        except Exception:  # noqa: BLE001 - the text matters more than the picture
            log.info("Could not show an alert photo")


# -- typing a place name ---------------------------------------------------------------------------
async def type_place_button(update: Update, context: HRContext, _: AlertsTypePlace) -> None:
    tr = context.tr
    expect_text(context, "region")
    await answer_query(update, context)
    await reply(update, tr._("Type the name of your city, province or country (in any language):"))


async def on_region_text(update: Update, context: HRContext, pending: dict) -> None:
    tr = context.tr
    f = feature(context)
    text = (update.effective_message.text or "").strip()[:100] if update.effective_message else ""
    regions = f.regions_or_none()
    said = chat_words(text) if text else None
    if said == "menu":  # "menu", "start": what they asked for, not a place
        await greeting(update, context)
        return
    if said is not None:
        # "hola" offered the Netherlands (Holanda); "gracias", "ok" are no place either
        expect_text(context, pending.get("kind", "region"))
        ask = tr._("Type the name of your city, province or country (in any language):")
        await reply(update, tr._("Hi!") + " " + ask if said == "greeting" else ask)
        return
    hits = regions.search(text, tr.lang, limit=6) if regions and text else []
    gazetteer = context.services.features.gazetteer
    if not hits and regions is not None and gazetteer is not None and text:
        # a city or district the region tree does not list ("Москва", "Lavapiés"): the region
        # it lies in, whose alerts cover it (Moscow: Russia), instead of "not found"
        for match in gazetteer.search(text, tr.lang, limit=3):
            region = regions.get(match.place.region)
            if region is not None and all(region.id != r.id for r, _ in hits):
                hits.append((region, float(match.score)))
    if text:
        from bot.handlers.library_questions import answer_if_question

        sure = bool(hits) and hits[0][1] >= SURE_REGION_SCORE
        answered = await answer_if_question(
            update, context, text, sure_place=sure, places=bool(hits)
        )
        if answered is not None:
            if answered != "service":  # the finder opened by the question asks for itself
                expect_text(context, pending.get("kind", "region"))  # still waiting for a place
            return
    if not hits:
        expect_text(context, "region")
        await reply(
            update,
            tr._(
                "I could not find that place. Check the spelling and send it again, or "
                "choose from the list."
            ),
            reply_markup=context.keyboard(
                [[context.button(tr._("Choose from the list"), AlertsCountries(0))]]
            ),
        )
        return
    rows = [
        [context.button(f.region_name(r.id, tr.lang), AlertsRegion(f.subscriptions.token(r.id)))]
        for r, _ in hits
    ]
    rows.append([context.button(tr._("Choose from the list"), AlertsCountries(0))])
    # none of the guesses may be it: another name typed next is still read as a place ("Madrid"
    # typed after a wrong guess got the hepatitis C topic)
    expect_text(context, pending.get("kind", "region"))
    await reply(update, tr._("Did you mean:"), reply_markup=context.keyboard(rows))


TEXT_INPUTS["region"] = on_region_text


# -- a shared location -----------------------------------------------------------------------------
async def location_button(update: Update, context: HRContext, _: AlertsLocation) -> None:
    tr = context.tr
    await answer_query(update, context)
    expect_text(context, "region_loc")  # a location, or a typed place name
    await reply(
        update,
        tr._(
            "Press the button below to send your location. I use it once to find your area "
            "and forget it: it is not stored, and I delete your location message."
        ),
        reply_markup=_location_keyboard(context),
    )


def _location_keyboard(context: HRContext) -> ReplyKeyboardMarkup:
    tr = context.tr
    keyboard_shown(context, True)
    return ReplyKeyboardMarkup(
        [[KeyboardButton("📍 " + tr._("Send my location"), request_location=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
        input_field_placeholder=tr._("or type a place name"),
    )


async def on_region_answer(update: Update, context: HRContext, prompt: prompts.Prompt) -> None:
    """The answer to "send your location or type a place": a shared location or a place name."""
    message = update.effective_message
    if message is None or message.location is None:
        await on_region_text(update, context, {"kind": prompt.kind, **prompt.data})
        return
    tr = context.tr
    f = feature(context)
    found = f.subscriptions.near(message.location.latitude, message.location.longitude)
    try:
        await message.delete()
        note = tr._(
            "I deleted your location message from this chat, and I have not kept your location."
        )
    except Exception:  # noqa: BLE001 - the person is told to delete it
        note = tr._(
            "I could not delete your location message: please delete it yourself. I have not kept "
            "your location."
        )
    keyboard_shown(context, False)
    await reply(update, note, reply_markup=ReplyKeyboardRemove())
    rows = [
        [
            context.button(
                "🔔 " + f.region_name(r.id, tr.lang), AlertsSubscribe(f.subscriptions.token(r.id))
            )
        ]
        for r in found
    ]
    rows.append([context.button(tr._("Choose from the list"), AlertsCountries(0))])
    await reply(
        update,
        tr._("Which area do you want alerts for?")
        if found
        else tr._("I could not find an area near you. Please choose from the list."),
        reply_markup=context.keyboard(rows),
    )


def _takes_place_or_location(update: Update, context: HRContext, prompt: prompts.Prompt) -> bool:
    return prompts.takes_text(update, context, prompt) or bool(
        (prompts.PRIVATE_MESSAGE & filters.LOCATION).check_update(update)
    )


def register(app: Application, reg: BotRegistry) -> None:
    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("alerts", alerts_command, filters=private))
    reg.router.add(AlertsHome, home_button)
    reg.router.add(AlertsCountries, countries_button)
    reg.router.add(AlertsRegion, region_button)
    reg.router.add(AlertsSubscribe, subscribe_button)
    reg.router.add(AlertsUnsubscribe, unsubscribe_button)
    reg.router.add(AlertsMine, my_regions_button)
    reg.router.add(AlertsActive, active_button)
    reg.router.add(AlertsView, view_alert_button)
    reg.router.add(AlertsTypePlace, type_place_button)
    reg.router.add(AlertsLocation, location_button)
    reg.command("alerts", N_("drug alerts for your area"), order=40, authored=True)
    reg.menu_entry(40, N_("Drug alerts"), AlertsHome())
    reg.privacy_note(
        40,
        N_(
            "<b>Drug alerts.</b> For each region you subscribe to, I keep your scrambled code, the region, "
            "your chat number in encrypted form (so I can send you alerts) and your language. They stay until "
            "you unsubscribe in /alerts, send /forget, or write nothing to me for 12 months. For each alert I "
            "send you, I keep your scrambled code and the message number for 30 days after the alert expires, "
            "so corrections reach you."
        ),
    )
    reg.privacy_note(
        41,
        N_(
            "<b>Verified peers and moderators.</b> I keep the pseudonym you chose and your encrypted chat "
            "number, so moderators can reach you about your reports, and a peer's language from the moment "
            "they join, so questions for peers reach them in it (/language changes it). Reports you submit "
            "are linked to your scrambled code until you send /forget; what moderators decided is recorded "
            "under pseudonyms only."
        ),
    )

    async def forget_person(person: Person) -> None:
        # Drafts and prompts live in memory only; they go with the person's rows.
        app.drop_user_data(person.telegram_id)

    reg.forget_hooks.append(forget_person)
    declare_prompts(reg.prompts)  # the typed answers of alerts, peers and review
    reg.prompts.add(
        prompts.PromptKind(
            "region_loc", on_region_answer, takes=_takes_place_or_location, timeout=EXPECT_TTL_S
        )
    )
