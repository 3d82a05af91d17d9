"""What a new person ran into, tried through the real Application against the fake Bot API.

Each test here is one finding of a new-user pass in all four languages (issue 9), kept so it
stays fixed.
"""

from __future__ import annotations

import pytest

from tests.alerts.conftest import buttons, quiet
from tests.conftest import Harness

pytestmark = pytest.mark.asyncio(loop_scope="module")

# "I need naloxone now", as people type it; the Russian and Ukrainian ones were answered with
# the cocaine and xylazine topics while the finder waited for a place.
NEED_NALOXONE = {
    "en": "I need naloxone now",
    "ru": "мне срочно нужен налоксон",
    "uk": "терміново потрібен налоксон",
    "es": "necesito naloxona ya",
}
LOOKING = {
    "en": "Looking for: Naloxone.",
    "ru": "Ищу: Налоксон.",
    "uk": "Шукаю: Налоксон.",
    "es": "Busco: Naloxona.",
}
PLACE = {"en": "Lavapies", "ru": "Подол", "uk": "Поділ", "es": "Lavapiés"}
HOW_TO_USE = {
    "en": "how do i use naloxone",
    "ru": "как колоть налоксон",
    "uk": "як колоти налоксон",
    "es": "cómo se usa la naloxona",
}


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
async def test_naming_naloxone_at_the_place_prompt_is_what_to_look_for(
    relaxed: Harness, lang: str
) -> None:
    user = relaxed.api.add_user(language_code=lang)
    user.send_command("/near")
    await user.next_message()  # "Where are you?"
    user.send_text(NEED_NALOXONE[lang])
    asked = await user.next_message()
    text = asked["text"]
    assert text.startswith(LOOKING[lang]), text[:120]
    # someone who needs naloxone now may have an overdose in front of them: the steps first
    assert "/overdose" in text.split("\n\n")[0]
    assert await quiet(user) == []
    user.send_text(PLACE[lang])  # the place, then the naloxone services near it
    found = await user.next_message()
    assert "(" + LOOKING[lang].split(": ")[1].rstrip(".") + ")" in found["text"].split("\n")[0]


async def test_a_question_about_naloxone_at_the_place_prompt_still_gets_its_topic(
    relaxed: Harness,
) -> None:
    for lang, question in HOW_TO_USE.items():
        user = relaxed.api.add_user(language_code=lang)
        user.send_command("/near")
        await user.next_message()
        user.send_text(question)
        answer = await user.next_message()
        assert not answer["text"].startswith(LOOKING[lang]), (lang, answer["text"][:80])
        assert buttons(answer), lang  # a topic with its buttons, not "I don't know that place"
        await quiet(user)


WELCOME = {
    "en": "Hi, I'm a harm reduction bot",
    "ru": "Привет! Я бот снижения вреда",
    "uk": "Привіт! Я бот зменшення шкоди",
    "es": "Hola, soy un bot de reducción de daños",
}
HELP = {
    "en": "How I can help",
    "ru": "Чем я могу помочь",
    "uk": "Чим я можу допомогти",
    "es": "Cómo puedo ayudarte",
}
FIRST_WORDS = {
    "en": ("hello", "Hi!", "menu", "start"),
    "ru": ("привет", "Здравствуйте", "меню", "старт"),
    "uk": ("привіт", "Вітаю!", "меню", "почати"),
    "es": ("hola", "Buenas", "menú", "inicio"),
}
HELP_WORDS = {"en": "help", "ru": "помощь", "uk": "допомога", "es": "ayuda"}


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
async def test_a_greeting_or_menu_typed_alone_gets_the_welcome_and_menu(
    relaxed: Harness, lang: str
) -> None:
    """A new person's first words ("hello", "menu", "start") found no answer or a random topic
    ("menu" the chemsex topic, "start" street methadone): now the welcome and the menu."""
    user = relaxed.api.add_user(language_code=lang)
    for said in FIRST_WORDS[lang]:
        user.send_text(said)
        answer = await user.next_message()
        assert answer["text"].startswith(WELCOME[lang]), (said, answer["text"][:80])
        assert len(buttons(answer)) >= 8, said  # the main menu, overdose first
        assert await quiet(user) == [], said
    user.send_text(HELP_WORDS[lang])
    answer = await user.next_message()
    assert HELP[lang] in answer["text"] and "/overdose" in answer["text"]
    assert len(buttons(answer)) >= 8
    # a question that starts with a greeting is still a question
    user.send_text(
        {
            "en": "hi, what is naloxone",
            "ru": "привет, что такое налоксон",
            "uk": "привіт, що таке налоксон",
            "es": "hola, qué es la naloxona",
        }[lang]
    )
    answer = await user.next_message()
    assert not answer["text"].startswith(WELCOME[lang])
    await quiet(user)


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
async def test_cancel_in_ask_mode_leaves_a_way_on(relaxed: Harness, lang: str) -> None:
    """/cancel after "Ask a peer" said "OK, nothing was sent." and nothing else: no buttons,
    no way on. It now comes with the main menu, as /cancel after "Find services" does."""
    user = relaxed.api.add_user(language_code=lang)
    user.send_command("/ask")
    await user.next_message()
    user.send_command("/cancel")
    answer = await user.next_message()
    assert len(buttons(answer)) >= 8, answer
    assert await quiet(user) == []


async def test_the_language_choice_names_the_language_as_a_sentence_does(relaxed: Harness) -> None:
    """ "Hecho: te escribiré en Español." and "буду писать вам на языке: Русский": a language's
    name is not capitalised inside a Spanish, Russian or Ukrainian sentence."""
    said = {
        "Español": "Hecho: te escribiré en español.",
        "Русский": "Готово, язык: русский.",
        "Українська": "Готово, мова: українська.",
        "English": "Done: I will write to you in English.",
    }
    user = relaxed.api.add_user(language_code="en")
    for button, text in said.items():
        user.send_command("/language")
        menu = await user.next_message()
        future = relaxed.api.wait_for(lambda e: e["type"] == "edit" and e["chat_id"] == user.id)
        user.press(menu, button_text=next(b for b in buttons(menu) if b.endswith(button)))
        chosen = (await future)["message"]
        assert chosen["text"] == text
        assert len(buttons(chosen)) >= 8  # and the menu, in that language
        await quiet(user)


@pytest.mark.parametrize("lang", ["en", "ru", "uk", "es"])
async def test_report_for_a_person_who_is_not_a_peer_leaves_a_way_on(
    relaxed: Harness, lang: str
) -> None:
    """/report from someone who is not a verified peer said "tell a peer" and nothing else:
    the menu ("Ask a peer", "Drug alerts") now comes with it."""
    user = relaxed.api.add_user(language_code=lang)
    user.send_command("/report")
    answer = await user.next_message()
    assert len(buttons(answer)) >= 8, answer
    assert await quiet(user) == []
