"""Questions typed while the bot waits for something else, and general overdose questions,
as a new person types them (found by an end-to-end check in four languages, issue 9).

Through the real Application against the fake Bot API: what a phone would show."""

from __future__ import annotations

from typing import Any

import pytest

from bot.sandbox.fakeapi.model import FakeUser
from tests.alerts.conftest import buttons, quiet
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")

STEPS_BUTTON = {
    "en": "🆘 Overdose: what to do",
    "ru": "🆘 Передозировка: что делать",
    "uk": "🆘 Передозування: що робити",
    "es": "🆘 Sobredosis: qué hacer",
}
FIND = {
    "en": "Find services",
    "ru": "Найти службы",
    "uk": "Знайти служби",
    "es": "Buscar servicios",
}
NO_PLACE = {
    "en": "I don't know that place",
    "ru": "Я не знаю такого места",
    "uk": "Я не знаю такого місця",
    "es": "No conozco ese lugar",
}
WHICH_PLACE = {
    "en": "Which place do you mean?",
    "ru": "Какое место вы имеете в виду?",
    "uk": "Яке місце ви маєте на увазі?",
    "es": "¿Qué lugar quieres decir?",
}


async def next_of(user: FakeUser) -> dict[str, Any]:
    return await user.next_message(timeout=5.0)


async def after_find_services(harness: Harness, lang: str) -> FakeUser:
    """A new person who pressed "Find services" and is asked where they are."""
    user = harness.api.add_user(language_code=lang)
    user.send_command("/start")
    menu = await next_of(user)
    user.press(menu, button_text=FIND[lang])
    await next_of(user)  # "Where are you?"
    return user


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "what are the signs someone is overdosing"),
        ("ru", "какие признаки передоза"),
        ("uk", "які ознаки передозування"),
        ("es", "cómo saber si alguien tiene sobredosis de opioides"),
    ],
)
async def test_a_general_overdose_question_gets_its_topic_and_the_steps_one_tap_away(
    relaxed: Harness, lang: str, text: str
) -> None:
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(text)
    answer = await next_of(user)
    assert not answer["text"].startswith("📞")  # a question, not an emergency
    assert (
        "opioid" in answer["text"].lower()
        or "опіоїд" in answer["text"].lower()
        or ("опиоид" in answer["text"].lower())
    )
    assert buttons(answer)[0] == STEPS_BUTTON[lang]
    user.press(answer, button_text=STEPS_BUTTON[lang])
    card = await next_of(user)
    assert card["text"].startswith("📞") and len(card["text"]) <= 1300
    assert await quiet(user) == []


async def test_an_everyday_topic_has_no_overdose_button(relaxed: Harness) -> None:
    user = relaxed.api.add_user(language_code="en")
    user.send_text("how long does ket stay in urine")
    answer = await next_of(user)
    assert "Ketamine" in answer["text"]
    assert not any("Overdose" in b for b in buttons(answer))


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("ru", "какие признаки передоза", "Признаки передозировки"),
        ("uk", "скільки мефедрон тримається в сечі", "Катинони"),
        ("es", "cuánto dura la coca en la orina", "Cocaína"),
        ("en", "is ket safe to take", "Ketamine"),
    ],
)
async def test_a_short_question_while_a_place_is_awaited_is_answered_not_read_as_a_place(
    relaxed: Harness, lang: str, text: str, topic: str
) -> None:
    user = await after_find_services(relaxed, lang)
    user.send_text(text)
    answer = await next_of(user)
    assert NO_PLACE[lang] not in answer["text"] and WHICH_PLACE[lang] not in answer["text"]
    assert topic in answer["text"].split("\n", 1)[0]
    assert await quiet(user) == []
    # the place is still awaited: a district typed next is searched
    user.send_text("Podil" if lang in ("uk", "ru") else "Lavapiés")
    results = await next_of(user)
    assert (
        "Podil" in results["text"]
        or "Поділ" in results["text"]
        or "Подол" in results["text"]
        or "Lavapiés" in results["text"]
    ), results["text"][:120]


@pytest.mark.parametrize(
    ("lang", "text", "card"),
    [
        ("en", "can i take mdma with weed", "MDMA + cannabis"),
        ("ru", "мешать кокс с бухлом норм?", "кокаин + алкоголь"),
        ("uk", "кокс з бухлом норм?", "кокаїн + алкоголь"),
        ("es", "se puede mezclar tramadol con alcohol", "tramadol + alcohol"),
    ],
)
async def test_a_combination_while_a_place_is_awaited_gets_the_combination_card(
    relaxed: Harness, lang: str, text: str, card: str
) -> None:
    user = await after_find_services(relaxed, lang)
    user.send_text(text)
    answer = await next_of(user)
    assert answer["text"].startswith(card), answer["text"][:80]
    assert await quiet(user) == []


@pytest.mark.parametrize(
    ("lang", "text", "heading"),
    [
        # no sample service in New York: said so, with the type, not Vancouver's as "nearest"
        (
            "en",
            "naloxone near me in new york",
            "I don't know of any services of this type (Naloxone) near New York City yet",
        ),
        ("es", "dónde consigo jeringas en madrid", "Servicios más cercanos a Madrid (Jeringas"),
        ("uk", "де взяти налоксон у києві", "Найближчі служби до місця: Київ (Налоксон)"),
    ],
)
async def test_a_service_question_while_a_place_is_awaited_keeps_its_type(
    relaxed: Harness, lang: str, text: str, heading: str
) -> None:
    user = await after_find_services(relaxed, lang)
    user.send_text(text)
    answer = await next_of(user)
    assert answer["text"].startswith(heading), answer["text"][:80]


async def test_a_place_is_still_a_place(relaxed: Harness) -> None:
    for lang, place in (("es", "Lavapiés"), ("uk", "Поділ"), ("en", "Roma Norte")):
        user = await after_find_services(relaxed, lang)
        user.send_text(place)
        answer = await next_of(user)
        assert place.split()[0] in answer["text"].split("\n", 1)[0], answer["text"][:80]
        await quiet(user)
    user = await after_find_services(relaxed, "en")
    user.send_text("whats the weather tomorrow")  # neither a place nor a question it can answer
    assert NO_PLACE["en"] in (await next_of(user))["text"]


@pytest.mark.parametrize(
    ("lang", "text", "starts"),
    [
        ("en", "can i mix coke and xanax", "cocaine + alprazolam"),
        ("ru", "признаки передоза", "Признаки передозировки"),
        ("uk", "кокс і ксанакс можна?", "кокаїн + алпразолам"),
        ("en", "how long does ket stay in urine", "Ketamine"),
    ],
)
async def test_a_question_while_drug_alerts_waits_for_a_place_is_answered(
    relaxed: Harness, lang: str, text: str, starts: str
) -> None:
    user = relaxed.api.add_user(language_code=lang)
    user.send_command("/alerts")
    home = await next_of(user)
    user.press(home, button_text=next(b for b in buttons(home) if "🔎" in b))
    await next_of(user)  # "Type the name of your city..."
    user.send_text(text)
    answer = await next_of(user)
    assert answer["text"].startswith(starts), answer["text"][:80]
    assert await quiet(user) == []
    # the place is still awaited: a city typed next is offered for alerts
    user.send_text("Київ" if lang in ("uk", "ru") else "Madrid")
    offered = await next_of(user)
    assert any("Київ" in b or "Kyiv" in b or "Киев" in b or "Madrid" in b for b in buttons(offered))


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
async def test_overdose_typed_without_a_command_entity_gets_the_card(
    relaxed: Harness, lang: str
) -> None:
    """Copied from a poster or typed by a client that does not mark commands: the card, not
    "that looks like a command"; /start the same way gets the menu, never a search."""
    user = await after_find_services(relaxed, lang)  # also from inside a prompt
    relaxed.api.deliver_user_message(user, user.chat, {"text": "/overdose"})
    card = await next_of(user)
    assert card["text"].startswith("📞") and len(card["text"]) <= 1300
    assert await quiet(user) == []
    relaxed.api.deliver_user_message(user, user.chat, {"text": "/start"})
    menu = await next_of(user)
    assert not menu["text"].startswith("📞") and buttons(menu)
    assert relaxed.app.user_data.get(user.id, {}).get("prompt") is None


# Fresh phrasings from the end-to-end check (not from the labelled sets), one of each kind per
# language, sent from states the other flow tests do not cover.
FRESH_EMERGENCY = {
    "en": "omg my gf wont wake up after she did a bag",
    "ru": "подруга посинела и хрипит помогите",
    "uk": "чоловік впав після уколу і не дихає",
    "es": "wey mi compa se desmayó y ronca raro",
}
FRESH_CRISIS = {
    "en": "gonna take all my pills tonight and not wake up",
    "ru": "сегодня выпью все таблетки и не проснусь",
    "uk": "всім буде краще без мене",
    "es": "ya no aguanto más quiero desaparecer para siempre",
}
KNOWN = {"en": ("us-ny", "911"), "ru": ("ru", "112"), "uk": ("ua", "103"), "es": ("es", "112")}


async def _enter(user: FakeUser, state: str) -> None:
    if state == "after /start":
        user.send_command("/start")
        await next_of(user)
    elif state == "after /cancel":
        user.send_command("/near")
        await next_of(user)
        user.send_command("/cancel")
        await next_of(user)
    elif state == "/combo waits":
        user.send_command("/combo")
        await next_of(user)
    elif state == "country list open":
        user.send_command("/overdose")
        card = await next_of(user)
        user.press(card, button_text=next(b for b in buttons(card) if "🌍" in b))
    await quiet(user)


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
async def test_emergency_and_crisis_come_first_from_more_states(
    relaxed: Harness, lang: str
) -> None:
    region, number = KNOWN[lang]
    for state in ("after /start", "after /cancel", "/combo waits", "country list open"):
        for known in (False, True):
            for kind, text in (("card", FRESH_EMERGENCY[lang]), ("crisis", FRESH_CRISIS[lang])):
                user = relaxed.api.add_user(language_code=lang)
                if known:
                    person = await relaxed.services.people.resolve(user.id)
                    await relaxed.services.features.country.remember(person, region)
                await _enter(user, state)
                user.send_text(text)
                first = await next_of(user)
                where = (state, known, text)
                if kind == "card":
                    assert first["text"].startswith("📞"), where
                    assert len(first["text"]) <= 1300, where
                    if known:
                        assert number in first["text"].split("\n", 1)[0], where
                    else:  # the country question is inside the card
                        assert len(buttons(first)) >= 4, where
                else:
                    assert first["text"].startswith("💛"), where
                    if known:
                        assert number in first["text"], where
                assert await quiet(user) == [], where
                prompt = relaxed.app.user_data.get(user.id, {}).get("prompt")
                # the card and the crisis reply ask for an unknown country inside themselves
                assert prompt is None or (prompt.kind == "country" and not known), where


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("en", "i want to end it all", "I passed your message on to peers as urgent"),
        ("ru", "хочу покончить с собой", "Я передал ваше сообщение консультантам как срочное"),
        ("uk", "хочу покінчити з собою", "Я передав ваше повідомлення консультантам як термінове"),
        ("es", "me quiero matar", "Tu mensaje ya llegó como urgente al equipo de pares"),
    ],
)
async def test_talk_to_a_peer_after_the_crisis_reply_is_answered_as_a_person(
    relaxed: Harness, moderators, lang: str, text: str, said: str
) -> None:
    """Not "Your question is ticket #N": passed on as urgent, with the peers' hours, and the
    emergency number still named; a question about something else stays a ticket."""
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(text)
    crisis = await next_of(user)
    user.press(crisis, button_text=next(b for b in buttons(crisis) if "💬" in b))
    confirm = await next_of(user)
    assert confirm["text"].startswith(said), confirm["text"][:80]
    assert "#" not in confirm["text"]
    assert await quiet(user) == []


async def test_ask_with_an_emergency_gets_the_card_first_and_peers_see_it_urgent(
    relaxed: Harness, moderators
) -> None:
    """ "/ask he's not breathing" (the question written after the command): the card, nothing
    after it, and the question reaches peers flagged urgent; a crisis the crisis reply."""
    moderator = moderators[0]
    await quiet(moderator)
    user = relaxed.api.add_user(language_code="en")
    user.send_command("/ask", "my friend is not breathing what do i do")
    card = await next_of(user)
    assert card["text"].startswith("📞") and len(card["text"]) <= 1300
    assert await quiet(user) == []
    notices = [m for m in await quiet(moderator) if "New question" in m["text"]]
    assert notices and notices[0]["text"].startswith("🚨")
    other = relaxed.api.add_user(language_code="ru")
    other.send_command("/ask", "хочу покончить с собой")
    reply = await next_of(other)
    assert reply["text"].startswith("💛") and "срочн" in reply["text"]
    assert await quiet(other) == []
    notices = [m for m in await quiet(moderator) if "New question" in m["text"]]
    assert notices and notices[0]["text"].startswith("🚨")
    # an ordinary /ask question is still a ticket
    third = relaxed.api.add_user(language_code="en")
    third.send_command("/ask", "how long does naloxone keep in a warm car")
    assert "ticket #" in (await next_of(third))["text"]


@pytest.mark.parametrize(
    ("lang", "command", "text", "first"),
    [
        ("en", "/start", "my friend is not breathing", "📞"),
        ("ru", "/help", "друг посинел и не дышит", "📞"),
        ("es", "/topics", "mi amiga no despierta y tiene los labios morados", "📞"),
        ("uk", "/start", "не хочу більше жити", "💛"),
    ],
)
async def test_words_after_a_command_are_read_for_an_emergency(
    relaxed: Harness, lang: str, command: str, text: str, first: str
) -> None:
    """ "/start my friend is not breathing": the card (or the crisis reply) first and nothing
    after it, not the menu; the command itself does not run."""
    user = await after_find_services(relaxed, lang)
    user.send_command(command, text)
    reply = await next_of(user)
    assert reply["text"].startswith(first), reply["text"][:80]
    assert await quiet(user) == []
    prompt = relaxed.app.user_data.get(user.id, {}).get("prompt")
    assert prompt is None or prompt.kind == "country"


async def test_words_after_a_command_without_an_emergency_keep_the_command(
    relaxed: Harness,
) -> None:
    """A deep link's one-word payload, an everyday question after /start, and the words of a
    command registered as authored (its text is written for others) are not read as the person's
    emergency."""
    from bot.handlers.urgent import command_words

    authored = relaxed.app.bot_data.registry.authored_commands
    # every command whose words are for others says so where it is registered
    assert {"report", "overdose", "moderate", "draft", "invite", "alerts", "forget"} <= authored
    assert not {"start", "help", "ask", "near", "combo", "topics"} & authored
    assert command_words("/start svc_4f2a", authored) is None
    assert command_words("/start", authored) is None
    assert command_words("/report two people overdosed on this batch", authored) is None
    assert command_words("/overdose now", authored) is None
    assert command_words("/start@hr_bot my friend is blue", authored) == (
        "start",
        "my friend is blue",
    )
    assert command_words("/Help he is not breathing", authored) == ("help", "he is not breathing")


async def test_an_everyday_question_after_start_still_gets_the_menu(relaxed: Harness) -> None:
    user = relaxed.api.add_user(language_code="en")
    user.send_command("/start", "hello there")
    menu = await next_of(user)
    assert not menu["text"].startswith(("📞", "💛")) and buttons(menu)


async def test_what_someone_in_crisis_writes_next_reaches_the_same_peer(
    relaxed: Harness, moderators
) -> None:
    """After "Talk to a peer" under the crisis reply, "are you there?" goes into the same
    ticket (not to the topic search) until /cancel; peers read it with the first message."""
    user = relaxed.api.add_user(language_code="en")
    user.send_text("i want to end it all")
    crisis = await next_of(user)
    user.press(crisis, button_text=next(b for b in buttons(crisis) if "💬" in b))
    confirm = await next_of(user)
    assert "next 15 minutes goes to the peers too" in confirm["text"]
    user.send_text("are you there? what does this bot even do")
    follow = await next_of(user)
    assert follow["text"].startswith("Passed on to peers with your message")
    assert await quiet(user) == []
    ticket = relaxed.app.user_data[user.id]["prompt"].data["ticket"]
    thread = await relaxed.services.features.library.desk.thread(ticket)
    assert [text for _, _, text in thread] == [
        "i want to end it all",
        "are you there? what does this bot even do",
    ]
    user.send_command("/cancel")
    assert "no longer passed on" in (await next_of(user))["text"]
    user.send_text("what does this bot even do")
    answer = await next_of(user)
    assert not answer["text"].startswith("Passed on"), answer["text"][:80]
    assert len(await relaxed.services.features.library.desk.thread(ticket)) == 2
