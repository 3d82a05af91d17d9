"""A new person's pass (session 11) in all four languages: commands typed without the slash,
"back" and "main menu", the overdose card's naloxone step where ampoules are what people have,
service searches with a city (also after the crisis reply), and a language asked for in words;
each finding kept as a test through the real Application and the fake Bot API.
"""

from __future__ import annotations

import pytest

from tests.alerts.conftest import buttons, quiet
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")

LANGS = ["en", "ru", "uk", "es"]


# -- commands typed without the slash ----------------------------------------------------------
# "topics" got "no good answer", "темы" the signs of an opioid overdose, "рядом" using alone,
# "cerca" safer injecting, "спросить" tramadol, "alerts" and "idioma" the about-this-bot topic
TYPED = {
    "en": {"topics": "topics", "combo": "combo", "near": "near", "alerts": "alerts",
           "ask": "ask", "language": "language"},
    "ru": {"topics": "темы", "combo": "комбо", "near": "рядом", "alerts": "оповещения",
           "ask": "спросить", "language": "язык"},
    "uk": {"topics": "теми", "combo": "комбо", "near": "поруч", "alerts": "сповіщення",
           "ask": "запитати", "language": "мова"},
    "es": {"topics": "temas", "combo": "combo", "near": "cerca", "alerts": "alertas",
           "ask": "preguntar", "language": "idioma"},
}  # fmt: skip


async def command_reply(harness: Harness, lang: str, command: str) -> dict:
    user = harness.api.add_user(language_code=lang)
    user.send_command("/" + command)
    answer = await user.next_message()
    await quiet(user)
    return answer


@pytest.mark.parametrize("lang", LANGS)
async def test_a_command_typed_without_the_slash_does_what_the_command_does(
    relaxed: Harness, lang: str
) -> None:
    for command, typed in TYPED[lang].items():
        expected = await command_reply(relaxed, lang, command)
        user = relaxed.api.add_user(language_code=lang)
        user.send_text(typed)
        answer = await user.next_message()
        assert answer["text"] == expected["text"], (typed, answer["text"][:80])
        assert buttons(answer) == buttons(expected), typed
        await quiet(user)


NOTHING_TO_CANCEL = {
    "en": ("stop", "There is nothing to cancel."),
    "ru": ("стоп", "Отменять нечего."),
    "uk": ("стоп", "Скасовувати нічого."),
    "es": ("cancelar", "No hay nada que cancelar."),
}
CANCELLED = {"en": "OK, cancelled.", "ru": "Хорошо, отменено.", "uk": "Гаразд, скасовано.",
             "es": "Vale, cancelado."}  # fmt: skip
CANCEL = {"en": "cancel", "ru": "отмена", "uk": "скасувати", "es": "cancelar"}


@pytest.mark.parametrize("lang", LANGS)
async def test_cancel_or_stop_typed_ends_what_waits_or_says_nothing_waits(
    relaxed: Harness, lang: str
) -> None:
    """ "стоп" found the safer-injecting topic, "отмена" benzodiazepine withdrawal, "cancel"
    at the finder's place prompt was searched as a place."""
    said, nothing = NOTHING_TO_CANCEL[lang]
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(said)
    answer = await user.next_message()
    assert answer["text"].startswith(nothing), answer["text"][:80]
    assert len(buttons(answer)) >= 8  # the menu
    await quiet(user)
    user.send_command("/near")
    await user.next_message()  # "Where are you?"
    user.send_text(CANCEL[lang])
    answer = await user.next_message()
    assert answer["text"].startswith(CANCELLED[lang]), answer["text"][:80]
    await quiet(user)


async def test_a_typed_command_at_a_prompt_ends_it_and_does_the_command(
    relaxed: Harness,
) -> None:
    """ "темы" typed at the finder's place prompt is no place: the topics, and the prompt is
    over (the city typed next is a question, not a place)."""
    expected = await command_reply(relaxed, "ru", "topics")
    user = relaxed.api.add_user(language_code="ru")
    user.send_command("/near")
    await user.next_message()
    user.send_text("темы")
    answer = await user.next_message()
    assert answer["text"] == expected["text"], answer["text"][:80]
    await quiet(user)
    assert user.keyboard is None  # the location keyboard is gone


async def test_a_longer_message_with_a_command_word_is_still_a_question(
    relaxed: Harness,
) -> None:
    user = relaxed.api.add_user(language_code="es")
    user.send_text("temas de ketamina y vejiga")
    answer = await user.next_message()
    assert "ketamina" in answer["text"].lower(), answer["text"][:80]
    await quiet(user)


# -- back and the main menu typed -------------------------------------------------------------
WELCOME = {
    "en": "Hi, I'm a harm reduction bot",
    "ru": "Привет! Я бот снижения вреда",
    "uk": "Привіт! Я бот зменшення шкоди",
    "es": "Hola, soy un bot de reducción de daños",
}
BACK = {
    "en": ("back", "main menu"),
    "ru": ("назад", "главное меню"),
    "uk": ("назад", "головне меню"),
    "es": ("atrás", "volver"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_back_and_main_menu_typed_get_the_menu(relaxed: Harness, lang: str) -> None:
    """ "back" and "atrás" found the overdose topic, "главное меню" methamphetamine, "volver"
    the mental-health topic."""
    for said in BACK[lang]:
        user = relaxed.api.add_user(language_code=lang)
        user.send_text(said)
        menu = await user.next_message()
        assert menu["text"].startswith(WELCOME[lang]), (said, menu["text"][:80])
        assert len(buttons(menu)) >= 8, said
        await quiet(user)


# -- the overdose card: the ampoule, the naloxone people here have (review X2) ------------------
AMPOULE = {
    "ru": ("друг не дышит и посинел", "ампулу 0,4 мг (1 мл) целиком"),
    "uk": ("друг не дихає і посинів", "ампулу 0,4 мг (1 мл) повністю"),
}


@pytest.mark.parametrize("lang", sorted(AMPOULE))
async def test_the_overdose_card_says_how_to_give_a_naloxone_ampoule(
    relaxed: Harness, lang: str
) -> None:
    """In Russia, Ukraine and their neighbours naloxone is mostly a 1 ml ampoule of 0.4 mg, and
    the card said only "spray or injection" (review content-ru-uk.md, X2 and overdose-response)."""
    said, step = AMPOULE[lang]
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(said)
    card = await user.next_message()
    assert step in card["text"], card["text"]
    await quiet(user)


# -- service searches with a city ---------------------------------------------------------------
NEAREST = {
    "en": "Services nearest to",
    "ru": "Ближайшие службы",
    "uk": "Найближчі служби",
    "es": "Servicios más cercanos",
}
# no type named: "services in Monterrey", "службы в Мадриде" got "no good answer"
ANY_SERVICE = {
    "en": ("services in Kyiv", "Kyiv"),
    "ru": ("службы в Киеве", "Киев"),
    "uk": ("служби в Мадриді", "Мадрид"),
    "es": ("centro de ayuda en Barcelona", "Barcelona"),
}
# Mexico City: "Mexico" was read as the whole country, and "Ciudad de" dropped as an article
MEXICO_CITY = {
    "en": ("naloxone in Mexico City", "Mexico City"),
    "ru": ("налоксон в Мехико", "Мехико"),
    "uk": ("налоксон у Мехіко", "Мехіко"),
    "es": ("naloxona en la Ciudad de México", "Ciudad de México"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_services_of_any_type_in_a_city_open_the_finder_there(
    relaxed: Harness, lang: str
) -> None:
    for said, city in (ANY_SERVICE[lang], MEXICO_CITY[lang]):
        user = relaxed.api.add_user(language_code=lang)
        user.send_text(said)
        found = await user.next_message()
        first_line = found["text"].split("\n")[0]
        assert first_line.startswith(NEAREST[lang]) and city in first_line, (said, first_line)
        await quiet(user)


async def test_a_language_is_no_place_for_any_service(relaxed: Harness) -> None:
    for said in ("services in english", "помощь в передозировке"):
        user = relaxed.api.add_user(language_code="ru" if said[0] == "п" else "en")
        user.send_text(said)
        answer = await user.next_message()
        assert not answer["text"].startswith(("Services nearest", "Ближайшие")), said
        assert "Where" not in answer["text"][:40], said
        await quiet(user)


async def test_services_in_a_whole_country_ask_where_in_it(relaxed: Harness) -> None:
    """A country is no place to search in: the finder opens and asks where, with the location
    keyboard ("servicios en México" got no answer), never a search across the whole country."""
    for said, lang in (("services in Spain", "en"), ("servicios en México", "es")):
        user = relaxed.api.add_user(language_code=lang)
        user.send_text(said)
        answer = await user.next_message()
        assert not answer["text"].startswith(("Services nearest", "Servicios más cercanos")), said
        assert user.keyboard is not None, (said, answer["text"][:80])  # "Send my location"
        await quiet(user)


# -- the crisis reply's country question and a service search ----------------------------------
CRISIS = {
    "en": "i dont want to be alive anymore",
    "ru": "хочу повеситься",
    "uk": "хочу повіситися",
    "es": "ya no quiero vivir, me quiero morir",
}
SERVICES_IN = {
    "en": ("services in Kyiv", "Ukraine"),
    "ru": ("налоксон в Киеве", "Украина"),
    "uk": ("налоксон у Києві", "Україна"),
    "es": ("jeringas en Barcelona", "España"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_service_search_after_the_crisis_reply_is_searched_not_read_as_the_country(
    relaxed: Harness, moderators, lang: str
) -> None:
    """ "services in Kharkiv" after the crisis reply saved Kharkiv Oblast as the country and sent
    the crisis reply again; "naloxone in Mexico City" asked "Did you mean Mexico?"."""
    said, country = SERVICES_IN[lang]
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(CRISIS[lang])
    await user.next_message()  # the crisis reply, asking for the country
    user.send_text(said)
    found = await user.next_message()
    assert found["text"].startswith(NEAREST[lang]), found["text"][:80]
    await quiet(user)
    user.send_text(country)  # the country question still waits
    assert (await user.next_message())["text"].startswith("✓")
    assert (await user.next_message())["text"].startswith("💛")
    await quiet(user)


# -- a language asked for in words -------------------------------------------------------------
ASKED_LANGUAGE = {
    # the person's Telegram language, what they type, the language asked for, its "Done" line
    "en": ("uk", "english please", "Done: I will write to you in English."),
    "ru": ("uk", "можно на русском?", "Готово, язык: русский."),
    "uk": ("ru", "українською будь ласка", "Готово, мова: українська."),
    "es": ("en", "¿puedes hablar en español?", "Hecho: te escribiré en español."),
}


@pytest.mark.parametrize("asked", sorted(ASKED_LANGUAGE))
async def test_a_language_asked_for_in_words_is_switched_to(relaxed: Harness, asked: str) -> None:
    """ "english please", "можно на русском?", "українською будь ласка" and "en español por
    favor" got "no good answer", in the language the person asked to leave."""
    telegram_lang, said, done = ASKED_LANGUAGE[asked]
    user = relaxed.api.add_user(language_code=telegram_lang)
    user.send_text(said)
    answer = await user.next_message()
    assert answer["text"] == done, answer["text"]
    assert len(buttons(answer)) >= 8  # the menu, in the new language
    await quiet(user)
    user.send_text("?")  # and the bot goes on in it
    assert (await user.next_message())["text"].startswith(WELCOME[asked])
    await quiet(user)


# -- /privacy: a keyed hash is no encryption -----------------------------------------------------
SCRAMBLED = {
    "ru": ("под обезличенным кодом", "зашифрованным кодом"),
    "uk": ("під знеособленим кодом", "зашифрованим кодом"),
}


@pytest.mark.parametrize("lang", sorted(SCRAMBLED))
async def test_privacy_calls_the_keyed_code_scrambled_not_encrypted(
    relaxed: Harness, lang: str
) -> None:
    """The English says "a scrambled code (a keyed hash)"; Russian and Ukrainian said
    "encrypted code", which suggests it can be decrypted (review content-ru-uk.md,
    about-this-bot: «обезличенный код» / «знеособлений код»)."""
    said, old = SCRAMBLED[lang]
    user = relaxed.api.add_user(language_code=lang)
    user.send_command("/privacy")
    text = (await user.next_message())["text"]
    assert said in text and old not in text, text[:300]
    await quiet(user)


# -- the combination picker's first page ---------------------------------------------------------
EVERYDAY = {
    "en": ("alcohol", "opioids", "cocaine", "cannabis"),
    "ru": ("алкоголь", "опиоиды", "кокаин", "каннабис"),
}
RARE = ("2C-B", "2C-T-x", "3-MMC", "5-MeO", "DOx", "NBOMe", "AMT", "альфа-метилтриптамин")


@pytest.mark.parametrize("lang", sorted(EVERYDAY))
async def test_the_combination_picker_starts_with_everyday_substances(
    relaxed: Harness, lang: str
) -> None:
    """Sorted by name, the first page of "Mixing drugs" was 2C-B, 2C-T-x, 3-MMC, 5-MeO-DMT,
    DOx, NBOMe and, in Russian, alpha-methyltryptamine: none of what most people look for."""
    user = relaxed.api.add_user(language_code=lang)
    user.send_command("/combo")
    first_page = buttons(await user.next_message())
    assert all(any(b.startswith(name) for b in first_page) for name in EVERYDAY[lang]), first_page
    assert not [b for b in first_page if b.startswith(RARE)], first_page
    await quiet(user)


# -- a service, then a place with no preposition -------------------------------------------------
BARE = {
    "en": ("naloxone Vancouver", "Vancouver"),
    "ru": ("шприцы Подол", "Подол"),
    "uk": ("налоксон Поділ", "Поділ"),
    "es": ("intercambio de jeringas cdmx", "Ciudad de México"),
}
NOT_BARE = {
    "en": "naloxone nasal spray",
    "ru": "шприцы инсулинки",
    "uk": "налоксон спрей",
    "es": "jeringas usadas",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_a_service_then_a_place_without_a_preposition_opens_the_finder(
    relaxed: Harness, lang: str
) -> None:
    """ "intercambio de jeringas cdmx" got the syringe-disposal topic (and, while the crisis
    reply's country question waited, was saved as the country Mexico)."""
    said, place = BARE[lang]
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(said)
    found = await user.next_message()
    first_line = found["text"].split("\n")[0]
    assert first_line.startswith(NEAREST[lang]) and place in first_line, first_line
    await quiet(user)
    user.send_text(NOT_BARE[lang])  # no place named: the library, never the finder
    answer = await user.next_message()
    assert not answer["text"].startswith(NEAREST[lang]), answer["text"][:80]
    await quiet(user)


async def test_a_service_with_a_bare_place_after_the_crisis_reply_is_no_country(
    relaxed: Harness, moderators
) -> None:
    user = relaxed.api.add_user(language_code="es")
    user.send_text(CRISIS["es"])
    await user.next_message()
    user.send_text("intercambio de jeringas cdmx")
    found = await user.next_message()
    assert found["text"].startswith(NEAREST["es"]), found["text"][:80]
    await quiet(user)


# -- thanks after the card ---------------------------------------------------------------------
CARD_THEN_THANKS = {
    "en": ("my friend is not breathing", "ok thanks", "You're welcome."),
    "ru": ("друг не дышит", "ок, спасибо", "Пожалуйста."),
    "uk": ("друг не дихає", "добре, дякую", "Будь ласка."),
    "es": ("mi amigo no respira", "gracias", "De nada."),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_thanks_after_the_overdose_card_is_thanks_not_a_country(
    relaxed: Harness, lang: str
) -> None:
    """ "gracias" after the card (its country question waiting) got "Did you mean: Greece?",
    and "ok thanks" anywhere "no good answer"."""
    emergency, thanks, welcome = CARD_THEN_THANKS[lang]
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(emergency)
    await user.next_message()  # the card, asking for the country
    user.send_text(thanks)
    answer = await user.next_message()
    assert answer["text"].startswith(welcome), answer["text"][:80]
    await quiet(user)


# -- "I don't understand" and "can I talk to a human" ----------------------------------------------
HELP = {
    "en": "How I can help",
    "ru": "Чем я могу помочь",
    "uk": "Чим я можу допомогти",
    "es": "Cómo puedo ayudarte",
}
CONFUSED_AND_HUMAN = {
    "en": ("i dont understand", "can i talk to a human"),
    "ru": ("не понял", "можно поговорить с человеком"),
    "uk": ("не зрозумів", "поговорити з людиною"),
    "es": ("no entiendo", "¿puedo hablar con una persona?"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_confused_gets_the_help_and_a_human_asked_for_gets_a_peer(
    relaxed: Harness, lang: str
) -> None:
    """ "не понял" got the opioid-overdose signs, "i dont understand" and "can i talk to a
    human" the police topic."""
    confused, human = CONFUSED_AND_HUMAN[lang]
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(confused)
    answer = await user.next_message()
    assert answer["text"].startswith(HELP[lang]), answer["text"][:80]
    await quiet(user)
    expected = await command_reply(relaxed, lang, "ask")
    user.send_text(human)
    answer = await user.next_message()
    assert answer["text"] == expected["text"], answer["text"][:80]
    await quiet(user)


WHO_MADE = {"en": "who made you", "ru": "кто тебя сделал?", "uk": "хто тебе зробив",
            "es": "¿quién te hizo?"}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
async def test_who_made_you_gets_the_welcome_that_says_it(relaxed: Harness, lang: str) -> None:
    """ "кто тебя сделал" got the using-alone topic; the welcome says who made the bot."""
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(WHO_MADE[lang])
    answer = await user.next_message()
    assert answer["text"].startswith(WELCOME[lang]), answer["text"][:80]
    await quiet(user)


LAUGH = {"en": ("lol", "What would you like to do?"), "ru": ("ахаха", "Что вы хотите сделать?"),
         "uk": ("хаха", "Що ви хочете зробити?"), "es": ("jaja", "¿Qué te gustaría hacer?")}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
async def test_laughter_gets_the_menu_not_no_answer(relaxed: Harness, lang: str) -> None:
    """ "lol", "ахаха", "jaja", "хм" got "I don't have a good answer to that in the library"."""
    said, menu = LAUGH[lang]
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(said)
    answer = await user.next_message()
    assert answer["text"].startswith(menu) and len(buttons(answer)) >= 8, answer["text"][:80]
    await quiet(user)


STOP_AFTER_CRISIS = {"en": "stop", "ru": "стоп", "uk": "стоп", "es": "parar"}
HERE_WITH_YOU = {
    "en": "💛 I'm here with you.",
    "ru": "💛 Я здесь, с вами.",
    "uk": "💛 Я тут, з вами.",
    "es": "💛 Estoy aquí contigo.",
}


@pytest.mark.parametrize("lang", LANGS)
async def test_stop_after_the_crisis_reply_gets_a_kind_word_and_a_peer(
    relaxed: Harness, moderators, lang: str
) -> None:
    """ "стоп" right after the crisis reply ended its country question with a bare "OK,
    cancelled."; after the overdose card the general words stay (they also take away a
    location keyboard left from the finder: tests/flow/test_urgent.py)."""
    user = relaxed.api.add_user(language_code=lang)
    user.send_text(CRISIS[lang])
    await user.next_message()
    user.send_text(STOP_AFTER_CRISIS[lang])
    answer = await user.next_message()
    assert answer["text"].startswith(HERE_WITH_YOU[lang]), answer["text"][:80]
    assert len(buttons(answer)) == 1  # talk to a peer
    await quiet(user)
    user.send_text("/cancel")  # nothing waits any more
    assert (await user.next_message())["text"] != answer["text"]
    await quiet(user)


async def test_a_line_of_an_unnamed_powder_asks_which_before_the_card(relaxed: Harness) -> None:
    """A mix typed with a line and no drug named ("a few cans then a cheeky line"): the
    combination checker asks which powder it was, one tap per pair, before any card."""
    user = relaxed.api.add_user(language_code="en")
    user.send_text("few cans then a cheeky line, bad shout?")
    asked = await user.next_message()
    labels = [b.lower() for b in buttons(asked)]
    assert "different things" in asked["text"], asked["text"][:200]
    assert "alcohol + cocaine" in labels and "alcohol + ketamine" in labels, labels
    await quiet(user)
