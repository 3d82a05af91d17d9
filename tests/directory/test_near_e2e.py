"""Find services end to end, as a new person would, through the real bot and the fake Telegram.

"Now" is frozen by giving the finder a clock (no sleeping): Friday 27 November 2026, 16:00
UTC, which is 18:00 in Kyiv, 17:00 in Madrid, 10:00 in Mexico City and 08:00 in Vancouver.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest
import pytest_asyncio

from bot.directory.geo import haversine_m
from bot.directory.services import ServiceDirectory
from bot.privacy import configure_logging
from bot.runner import running_bot
from bot.sandbox.fakeapi import FakeBotAPI
from tests.conftest import TOKEN, Harness, make_settings

# One bot for the whole module (starting it loads every feature's content): the tests use
# different people, so they do not see each other's conversations.
pytestmark = pytest.mark.asyncio(loop_scope="module")

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)
LANGS = ("en", "ru", "uk", "es")

# A point in each sample city, the first service expected there and its open-now line per
# language (service hours: Podil Mo-Fr 09-13,14-18; Lavapiés Mo-Fr 10-14,16-20; Centro
# Mo-Fr 10-14,15-19; Hastings 24/7).
CITIES = {
    # Podil is nearest but closed: the open Obolon drop-in comes first (open before closed).
    "kyiv": (
        50.465317,
        30.515129,
        "kyiv-obolon-peer-drop-in",
        {
            "en": "Open now, until 7:00 PM",
            "ru": "Сейчас открыто, до 19:00",
            "uk": "Зараз відчинено, до 19:00",
            "es": "Abierto ahora, hasta las 19:00",
        },
    ),
    "madrid": (
        40.408413,
        -3.701271,
        "madrid-lavapies-drop-in",
        {
            "en": "Open now, until 8:00 PM",
            "ru": "Сейчас открыто, до 20:00",
            "uk": "Зараз відчинено, до 20:00",
            "es": "Abierto ahora, hasta las 20:00",
        },
    ),
    "mexico-city": (
        19.435517,
        -99.134233,
        "cdmx-centro-harm-reduction",
        {
            "en": "Open now, until 2:00 PM",
            "ru": "Сейчас открыто, до 14:00",
            "uk": "Зараз відчинено, до 14:00",
            "es": "Abierto ahora, hasta las 14:00",
        },
    ),
    "vancouver": (
        49.281553,
        -123.100071,
        "van-hastings-ops",
        {
            "en": "Open 24 hours",
            "ru": "Открыто круглосуточно",
            "uk": "Відчинено цілодобово",
            "es": "Abierto 24 horas",
        },
    ),
}
SECOND_IN_VANCOUVER = {  # the open shelter before the nearer drug checking, closed until 10:00
    "en": "Open 24 hours",
    "ru": "Открыто круглосуточно",
    "uk": "Відчинено цілодобово",
    "es": "Abierto 24 horas",
}
ITEM = re.compile(r"^(\d+)\. (.+?) · (.+)$", re.MULTILINE)


def norm(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def harness(tmp_path_factory):
    api = FakeBotAPI(token=TOKEN, rate_limits=False)
    await api.start()
    try:
        settings = make_settings(tmp_path_factory.mktemp("near"), api_url=api.base_url)
        async with running_bot(settings, TOKEN) as app:
            yield Harness(app, api, settings)
    finally:
        await api.stop()


async def drain(user, quiet: float = 0.3) -> list:
    """Every bot message still on its way to ``user``."""
    found = []
    while True:
        try:
            found.append(await user.next_message(timeout=quiet))
        except TimeoutError:
            return found


async def answered(user, quiet: float = 0.3) -> list:
    """The bot's answer to what ``user`` just sent: its first message, waited for as long as a
    loaded machine may need (``drain`` alone returned nothing when it came later than
    ``quiet``), then every message that follows it."""
    return [await user.next_message(timeout=10), *await drain(user, quiet)]


@pytest.fixture(scope="module")
def directory() -> ServiceDirectory:
    from bot.directory.regions import Regions

    return ServiceDirectory.load(ROOT / "content", Regions.load(ROOT / "content" / "regions.yaml"))


def brute_force_names(
    directory: ServiceDirectory, lat: float, lon: float, lang: str, k: int = 5
) -> list[str]:
    """What the list must be: every public, active, placed service; those within 50 km first,
    open ones (at NOW) before the others, then by haversine; farther ones by haversine alone."""

    def key(service):
        distance = haversine_m(lat, lon, service.lat, service.lon)
        status = service.hours.status(NOW) if service.hours is not None else None
        open_now = (
            service.status != "temporarily-closed" and status is not None and status.state == "open"
        )
        return (distance > 50_000, distance <= 50_000 and not open_now, distance)

    ranked = sorted(
        (key(s), s.id)
        for s in directory.services
        if s.listed == "public" and s.status != "inactive" and s.has_point
    )
    return [directory.get(sid).name(lang) for _, sid in ranked[:k]]


def on_request_names(directory: ServiceDirectory) -> set[str]:
    return {
        name for s in directory.services if s.listed == "on-request" for name in s.names.values()
    }


@pytest.fixture
def captured_logs():
    """The bot's real logging set-up (``configure_logging``), captured to a string."""
    root = logging.getLogger()
    saved = (
        list(root.handlers),
        root.level,
        {
            n: logging.getLogger(n).level
            for n in ("httpx", "httpcore", "aiohttp.access", "hpack", "telegram")
        },
    )
    configure_logging("DEBUG", secrets=(TOKEN,))
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(root.handlers[0].formatter)
    root.addHandler(handler)
    try:
        yield stream
    finally:
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in saved[0]:
            root.addHandler(h)
        root.setLevel(saved[1])
        for name, level in saved[2].items():
            logging.getLogger(name).setLevel(level)


async def press_and_wait(api, user, message: dict, button_text: str, timeout: float = 10.0) -> dict:
    """Press a button on ``message`` and wait until the bot has edited it; return the new one."""
    chat_id, message_id = message["chat"]["id"], message["message_id"]

    def current() -> dict:
        return next(m for m in api.chat_messages(chat_id) if m["message_id"] == message_id)

    before = current()
    state = (before.get("text"), before.get("reply_markup"))
    user.press(before, button_text=button_text)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        now = current()
        if (now.get("text"), now.get("reply_markup")) != state:
            return now
        await asyncio.sleep(0.02)
    raise AssertionError(f"the bot did not edit the message after {button_text!r}")


async def freeze(harness) -> None:
    """Fix the finder's clock, once the directory (loaded after the first poll) is there."""
    features = harness.services.features
    if features.finder_loading is not None:
        await asyncio.wait_for(features.finder_loading.wait(), 60)
    assert features.finder is not None, "the service directory did not load"
    features.finder.clock = lambda: NOW


async def share(user, lat: float, lon: float):
    """Share a location; return (results message, the note that follows)."""
    user.send_location(lat, lon)
    results = await user.next_message(timeout=10)
    note = await user.next_message(timeout=10)
    return results, note


async def test_each_city_in_each_language(harness, directory, captured_logs) -> None:
    await freeze(harness)
    api = harness.api
    hidden = on_request_names(directory)
    for lang in LANGS:
        user = api.add_user(language_code=lang, first_name=f"P{lang}")
        for city, (lat, lon, first_id, first_status) in CITIES.items():
            results, note = await share(user, lat, lon)
            text = norm(results["text"])
            items = ITEM.findall(text)
            names = [name for _n, name, _d in items]
            assert names == brute_force_names(directory, lat, lon, lang), (city, lang)
            assert names[0] == directory.get(first_id).name(lang)
            # the status line right under the first item
            first_block = text.split("\n\n")[1].splitlines()
            assert first_block[1].endswith(first_status[lang]), (city, lang, first_block)
            if city == "vancouver":
                second_block = text.split("\n\n")[2].splitlines()
                assert second_block[1].endswith(SECOND_IN_VANCOUVER[lang])
            assert not hidden & set(names), "an on-request program was listed"
            assert not any(h in text for h in hidden)
            # the person's location message is gone, and they are told so
            assert not any(
                "location" in m and m["from"]["id"] == user.id for m in api.chat_messages(user.id)
            )
            assert (
                "location" in note["text"]
                or "геолокац" in note["text"]
                or "ubicación" in note["text"]
            )
            assert user.keyboard is None  # the location keyboard is gone
        assert user.id  # (every city answered in this language)
    # Distances follow the language code: km for "en", miles for "en-US".
    american = api.add_user(language_code="en-US", first_name="Sam")
    results, _ = await share(american, *CITIES["vancouver"][:2])
    distances = [d for _n, _name, d in ITEM.findall(norm(results["text"]))]
    assert distances[0].endswith(" ft") and all(d.endswith((" mi", " ft")) for d in distances)
    metric = api.add_user(language_code="en", first_name="Kim")
    results, _ = await share(metric, *CITIES["vancouver"][:2])
    assert all(d.endswith((" m", " km")) for _n, _name, d in ITEM.findall(norm(results["text"])))


async def test_typed_place_with_a_typo(harness, directory) -> None:
    await freeze(harness)
    user = harness.api.add_user(language_code="es", first_name="Ana")
    user.send_command("/start")
    menu = [m for m in await answered(user) if "reply_markup" in m][-1]
    user.press(menu, button_text="Buscar servicios")  # "Find services" in the main menu
    prompt = await user.next_message()
    assert "Podil" in prompt["text"] or "Lavapiés" in prompt["text"]
    keyboard = user.keyboard["keyboard"]
    assert keyboard[0][0]["request_location"] is True
    typed = user.send_text("Lavapiez")  # misspelled Lavapiés
    results = await user.next_message(timeout=10)
    note = await user.next_message(timeout=10)
    text = norm(results["text"])
    assert text.startswith("Servicios más cercanos a Lavapiés")
    names = [name for _n, name, _d in ITEM.findall(text)]
    place = harness.services.features.gazetteer.get("madrid-lavapies")
    assert names == brute_force_names(directory, place.lat, place.lon, "es")
    assert names[0] == "Centro de reducción de daños Lavapiés (ejemplo)"
    # the typed place is a location too: deleted like a shared one
    assert typed["message_id"] not in {m["message_id"] for m in harness.api.chat_messages(user.id)}
    assert "borrado" in note["text"]
    # Cyrillic, another typo, another city
    user.send_command("/near")
    await user.next_message()
    user.send_text("Оболон")
    results = await user.next_message(timeout=10)
    await user.next_message(timeout=10)
    first = ITEM.findall(norm(results["text"]))[0]
    assert first[1] == directory.get("kyiv-obolon-peer-drop-in").name("es")


async def test_unknown_place_and_cancel_keep_free_text_for_questions(harness) -> None:
    user = harness.api.add_user(language_code="en", first_name="Lee")
    user.send_command("/near")
    await user.next_message()
    user.send_text("qqqzzzxx")
    reply = await user.next_message()
    assert "I don't know that place" in reply["text"]
    user.send_text("Cancel")
    done = await user.next_message()
    assert "cancelled" in done["text"] and user.keyboard is None
    await user.next_message()  # the main menu
    # Now free text is not read as a place any more.
    user.send_text("Lavapies")
    other = await user.next_message()
    assert "Services nearest" not in other["text"]


async def test_paging_filters_and_venue_never_show_on_request(harness, directory) -> None:
    await freeze(harness)
    api = harness.api
    user = api.add_user(language_code="en", first_name="Jo")
    hidden = on_request_names(directory)
    # Right beside the on-request women's OAT program in Kyiv.
    results, _ = await share(user, 50.4641, 30.5161)
    seen: list[str] = []
    message = results
    for _ in range(12):
        text = norm(message["text"])
        assert not any(h in text for h in hidden)
        seen += [name for _n, name, _d in ITEM.findall(text)]
        more = [
            b
            for row in message["reply_markup"]["inline_keyboard"]
            for b in row
            if b["text"].startswith("More")
        ]
        if not more:
            break
        message = await press_and_wait(api, user, message, more[0]["text"])
    assert len(seen) == len(set(seen)) >= 30  # every page new, and it goes on past Kyiv
    assert seen[:10] == brute_force_names(directory, 50.4641, 30.5161, "en", 10)
    # Another person (the first one has spent their burst of quick presses, see FloodGate):
    # more, back, then filter by opioid agonist therapy: the public site only, never the
    # on-request program.
    user = api.add_user(language_code="en", first_name="Jay")
    message, _ = await share(user, 50.4641, 30.5161)
    message = await press_and_wait(api, user, message, "More ▶")
    assert ITEM.findall(norm(message["text"]))[0][0] == "6"
    message = await press_and_wait(api, user, message, "◀ Back")
    assert ITEM.findall(norm(message["text"]))[0][0] == "1"
    message = await press_and_wait(api, user, message, "🔎 Filter by type")
    message = await press_and_wait(api, user, message, "Opioid agonist therapy")
    text = norm(message["text"])
    assert "(Opioid agonist therapy)" in text.splitlines()[0]
    names = [name for _n, name, _d in ITEM.findall(text)]
    assert names[0] == "Lukianivka Opioid Agonist Therapy Site (sample)"
    assert not any(h in text for h in hidden)
    # The map button sends a Telegram venue, then anonymous feedback buttons.
    user.press(message, button_text="📍 1")
    venue = await user.next_message()
    assert venue["venue"]["title"] == "Lukianivka Opioid Agonist Therapy Site (sample)"
    assert venue["venue"]["location"] == {"latitude": 50.4617, "longitude": 30.4823}
    ask = await user.next_message()
    labels = [b["text"] for row in ask["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == [
        "It was helpful",
        "Staff were judgmental",
        "Closed when listed open",
        "Out of supplies",
    ]


async def test_coordinates_are_not_in_the_database_or_the_logs(harness, captured_logs) -> None:
    await freeze(harness)
    api = harness.api
    lat, lon = 50.465317, 30.515129
    user = api.add_user(language_code="uk", first_name="Oksana")
    user.send_command("/language")  # make the bot write the person's row
    choose = (await answered(user))[-1]
    ukrainian = [
        b["text"]
        for row in choose["reply_markup"]["inline_keyboard"]
        for b in row
        if "країн" in b["text"]
    ]
    user.press(choose, button_text=ukrainian[0])
    await drain(user)
    results, _ = await share(user, lat, lon)
    user.press(results, button_text="📍 1")
    await user.next_message()
    ask = await user.next_message()
    await press_and_wait(api, user, ask, "Було корисно")
    await press_and_wait(api, user, results, "Ще ▶")
    database = harness.settings.core.database
    files = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
    assert database in files
    needles = _needles(lat, lon)
    for city_lat, city_lon, _first, _status in CITIES.values():
        needles += _needles(city_lat, city_lon)
    for path in files:
        raw = path.read_bytes()
        for needle in needles:
            assert needle not in raw, (path.name, needle)
    logs = captured_logs.getvalue()
    assert "Service search answered" in logs  # the capture works
    for needle in needles:
        if isinstance(needle, bytes):
            assert needle not in logs.encode()
    # and nothing of the person's exact point survives the search in memory once it expires
    store = harness.app.bot_data["directory.searches"]
    assert any(s.lat == lat for s in store.searches.values())
    store.sweep(now=float("inf"))
    assert not store.searches


def _needles(lat: float, lon: float) -> list[bytes]:
    """The point as text (several roundings) and as IEEE doubles in both byte orders."""
    found: list[bytes] = []
    for value in (lat, lon):
        text = repr(value)
        found += [text.encode(), text[:-1].encode(), f"{value:.4f}".encode()]
        found += [struct.pack(">d", value), struct.pack("<d", value), struct.pack("<f", value)]
    return found


async def test_live_location_updates_do_not_start_new_searches(harness) -> None:
    await freeze(harness)
    user = harness.api.add_user(language_code="en", first_name="Live")
    shared = user.send_location(49.2813, -123.0987)
    assert (await user.next_message(timeout=10))["text"].startswith("Services nearest to you")
    await user.next_message(timeout=10)
    moved = {
        **shared,
        "location": {"latitude": 49.2826, "longitude": -123.1037, "live_period": 900},
        "edit_date": shared["date"] + 30,
    }
    harness.api.inject_update({"edited_message": moved})
    for message in await drain(user, quiet=0.5):
        assert "Services nearest" not in message.get("text", "")


async def test_a_question_after_find_services_is_not_read_as_a_place(harness) -> None:
    user = harness.api.add_user(language_code="en", first_name="Q")
    user.send_command("/near")
    await user.next_message()
    user.send_text("where can I get naloxone for free without a prescription here")
    answers = await answered(user, quiet=1.0)
    assert answers and not any("I don't know that place" in m.get("text", "") for m in answers)
    assert not any("Services nearest" in m.get("text", "") for m in answers)
    # ... while the short place name right after still works
    user.send_text("Podil")
    results = await user.next_message(timeout=10)
    assert results["text"].startswith("Services nearest to Podil")


async def test_an_impossible_location_gets_a_clear_answer(harness) -> None:
    user = harness.api.add_user(language_code="es", first_name="Odd")
    odd = {
        "message_id": 999,
        "from": user.as_dict(),
        "chat": {"id": user.id, "type": "private"},
        "date": 1795798000,
        "location": {"latitude": 123.0, "longitude": 500.0},
    }
    harness.api.inject_update({"message": odd})
    answer = await user.next_message(timeout=10)
    assert answer["text"] == "No pude leer esa ubicación. Por favor, envíala de nuevo."


async def test_mobile_services_get_a_feedback_button_too(harness) -> None:
    await freeze(harness)
    user = harness.api.add_user(language_code="en", first_name="Van")
    results, _ = await share(user, 50.45, 30.52)  # central Kyiv: the outreach van serves it
    buttons = [b["text"] for row in results["reply_markup"]["inline_keyboard"] for b in row]
    label = "💬 How was it: Kyiv Mobile Outreach Van (sample)"
    assert label in buttons
    user.press(results, button_text=label)
    ask = await user.next_message(timeout=10)
    assert "Kyiv Mobile Outreach Van (sample)" in ask["text"]
    thanks = await press_and_wait(harness.api, user, ask, "Out of supplies")
    assert thanks["text"] == "Thank you. Your answer was counted, anonymously."
    rows = await harness.services.db.fetchall(
        "SELECT count FROM service_feedback WHERE service_id = ? AND kind = ?",
        ("kyiv-mobile-outreach-van", "out_of_supplies"),
    )
    assert [r[0] for r in rows] == [1]


def inline_labels(message: dict) -> list[str]:
    markup = message.get("reply_markup") or {}
    return [b["text"] for row in markup.get("inline_keyboard", []) for b in row]


async def type_place(user, text: str) -> tuple[dict, dict]:
    """/near, then a typed place; return (the answer, the note that follows it)."""
    user.send_command("/near")
    await user.next_message()
    user.send_text(text)
    answer = await user.next_message(timeout=10)
    note = await user.next_message(timeout=10)
    return answer, note


async def test_a_known_city_without_services_says_so_and_offers_what_works_there(
    harness,
) -> None:
    """Moscow: the nearest sample service is in Kyiv, 751 km away. The reply says there is none
    near, gives Russia's numbers and a peer, lists no other country's services, and its buttons
    lead to the overdose steps, a peer and another search."""
    await freeze(harness)
    api = harness.api
    i18n = harness.services.i18n
    regions = harness.services.features.regions
    user = api.add_user(language_code="ru", first_name="Masha")
    answer, note = await type_place(user, "Москва")
    text = norm(answer["text"])
    tr = i18n.translator("ru")
    assert text.startswith(
        "Я пока не знаю служб рядом с этим местом (Москва): в радиусе 50 км нет ни одной."
    ), text
    assert "звоните: 112 или 103" in text
    crisis = regions.crisis_lines("ru")
    assert crisis and crisis[0].number in text  # Russia's crisis line, from numbers.yaml
    assert "консультант" in text.lower()
    for elsewhere in ("Киев", "Львов", "Барселон", " км ·", "Ближайшие службы"):
        assert elsewhere not in text, elsewhere
    labels = inline_labels(answer)
    assert labels == [
        "🆘 " + tr._("Overdose: what to do"),
        tr._("Ask a peer"),
        "🔎 " + tr._("Another place"),
    ]
    # the typed place is forgotten like a shared one, and said as typed, not as a location
    assert "место, которое вы написали" in note["text"]
    # The overdose button sends the emergency card.
    user.press(answer, button_text=labels[0])
    card = await user.next_message(timeout=10)
    assert "112" in card["text"] or "103" in card["text"]
    # "Another place" asks where again, and a city with services there gets its list.
    await drain(user)
    user.press(answer, button_text=labels[2])
    prompt = await user.next_message(timeout=10)
    assert user.keyboard is not None and user.keyboard["keyboard"][0][0]["request_location"]
    assert prompt["text"]
    user.send_text("Киев")
    results = await user.next_message(timeout=10)
    assert norm(results["text"]).startswith("Ближайшие службы к месту: Киев")

    # English, another continent: Guadalajara gets Mexico's number.
    en = api.add_user(language_code="en", first_name="Lupe")
    answer, _ = await type_place(en, "Guadalajara")
    text = norm(answer["text"])
    assert text.startswith(
        "I don't know of any services near Guadalajara yet (none within 50 km)."
    ), text
    assert "call: 911" not in text and "call 911" in text
    assert "Mexico City" not in text and "CDMX" not in text


async def test_a_far_only_result_lists_only_what_is_within_reach_with_distance_and_town(
    harness, directory
) -> None:
    """Bila Tserkva, about 80 km from Kyiv: nothing within 50 km. The sentence and the numbers
    come first; then only the services within FAR_SHOWN_M, each with its distance and town;
    nothing from Lviv (over 400 km) and no "more"."""
    from bot.directory.finder import FAR_SHOWN_M

    await freeze(harness)
    user = harness.api.add_user(language_code="uk", first_name="Taras")
    lat, lon = 49.7968, 30.1311
    results, _ = await share(user, lat, lon)
    text = norm(results["text"])
    assert text.startswith("Я поки не знаю служб поблизу вас: у радіусі 50 км немає жодної.")
    assert "103 або 112" in text
    head = text.index("Найближчі з відомих мені, далі:")
    items = re.findall(r"^(\d+)\. (.+?) · ([\d,]+) км · (.+)$", text, re.MULTILINE)
    assert items and all(town == "Київ" for *_rest, town in items), items
    assert text.index(items[0][1]) > head
    within = sorted(
        haversine_m(lat, lon, s.lat, s.lon)
        for s in directory.services
        if s.listed == "public" and s.status != "inactive" and s.has_point
    )
    reachable = [d for d in within if d <= FAR_SHOWN_M]
    assert 0 < len(items) == min(len(reachable), 5)
    assert all(50 <= int(d.replace(",", "")) <= 150 for _n, _name, d, _t in items)
    assert "Львів" not in text
    labels = inline_labels(results)
    assert "📍 1" in labels and not any(label.startswith("Ще") for label in labels)
    tr = harness.services.i18n.translator("uk")
    assert "🆘 " + tr._("Overdose: what to do") in labels and tr._("Ask a peer") in labels


async def test_a_near_result_list_is_unchanged(harness, directory) -> None:
    """In Kyiv the list is the near services as before: no "nothing near" sentence, no
    emergency lines, the map, "more" and filter buttons."""
    await freeze(harness)
    user = harness.api.add_user(language_code="en", first_name="Near")
    lat, lon = CITIES["kyiv"][:2]
    results, _ = await share(user, lat, lon)
    text = norm(results["text"])
    assert text.startswith("Services nearest to you\n")
    names = [name for _n, name, _d in ITEM.findall(text)]
    assert names == brute_force_names(directory, lat, lon, "en")
    assert "I don't know of any services" not in text and "What you can do now" not in text
    labels = inline_labels(results)
    assert "More ▶" in labels and "🔎 Filter by type" in labels
    assert "🔎 Another place" not in labels and "Ask a peer" not in labels


async def test_places_that_share_a_name_are_asked_about(harness) -> None:
    """Córdoba is in Spain and in Argentina: the person is asked which, and the one chosen is
    searched (nothing near either: Argentina's numbers come with the answer)."""
    await freeze(harness)
    user = harness.api.add_user(language_code="es", first_name="Sole")
    user.send_command("/near")
    await user.next_message()
    user.send_text("Córdoba")
    ask = await user.next_message(timeout=10)
    assert ask["text"] == "¿Qué lugar quieres decir?"
    labels = inline_labels(ask)
    assert sorted(labels) == ["Córdoba (Argentina)", "Córdoba (España)"]
    user.press(ask, button_text="Córdoba (Argentina)")
    answer = await user.next_message(timeout=10)
    text = norm(answer["text"])
    assert text.startswith("Todavía no conozco ningún servicio cerca de Córdoba (Argentina)")
    assert "107 o 911" in text


async def test_a_typed_country_asks_for_the_city_and_gives_its_numbers(harness) -> None:
    """ "Россия" is not a place to search around (its centre is in Siberia): the bot asks for
    the city, keeps waiting for it, and gives Russia's numbers meanwhile."""
    await freeze(harness)
    user = harness.api.add_user(language_code="ru", first_name="Vera")
    user.send_command("/near")
    await user.next_message()
    user.send_text("Россия")
    ask = await user.next_message(timeout=10)
    text = norm(ask["text"])
    assert text.startswith("Страна: Россия. В каком вы городе или районе?"), text
    assert "112 или 103" in text and "Ближайшие службы" not in text
    assert user.keyboard is not None and user.keyboard["keyboard"][0][0]["request_location"]
    user.send_text("Санкт-Петербург")  # still waiting for a place
    answer = await user.next_message(timeout=10)
    assert norm(answer["text"]).startswith(
        "Я пока не знаю служб рядом с этим местом (Санкт-Петербург)"
    )
