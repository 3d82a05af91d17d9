"""Kinds fixed on tune39 (session 17, emerg helper), in words of no labelled set, with guards.

Russian and Ukrainian typed in Latin letters (a verb ending is a marker; the soft sign put back; the
Ukrainian reading is ``textproc.cyrillic_uk``, shared with search), overheating on a stimulant,
delirium days after the last drink, a child who will not get up for school, no answer for days, and
a chest in trouble with "I'm about to die" (fear of the body, the card, not the crisis reply).
"""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, cyrillic_readings, fold, is_emergency
from bot.library.textproc import cyrillic_uk

CARD = [
    # Russian or Ukrainian in Latin letters
    "sestra ne prosypaetsya posle snotvornogo",
    "podruga ne budetsya, naglotalas tabletok",
    "mama ne budytsia pislia snodiinoho",
    "pislia spidiv sertse vyskakuie i bil u hrudi",
    "posle koksa bol v grudi i serdtse kolotitsya",
    # overheating on a stimulant, told twice or with the head
    "после скоростей не могу охладиться, жар и башка болит",
    "pislia fenu zhar, ne mozhu okholonuty, nudyt",
    "tras la md estoy ardiendo y no consigo enfriarme, me duele la cabeza",
    # delirium after stopping drink: trembling and seeing what is not there
    "my dad hasn't had a drink in 3 days, he's trembling and seeing spiders on the walls",
    "дед не пьет третий день, трясется и видит пауков на потолке",
    "mi abuelo dejo el alcohol, tiembla y ve aranas en la pared",
]

NO_CARD = [
    "sestra ne otvechaet tri dnya, naverno zanyata",
    "vin ne vidpovidaie dva dni, mabut zlyi",
    "my daughter won't get up for school again",
    "доча не просыпается на уроки, ругаемся каждое утро",
    "mi novio no se levanta para ir al trabajo",
    "жара, не могу охладиться, голова болит",
    "seeing spiders everywhere in this old house lol",
]


@pytest.mark.parametrize("text", CARD)
def test_session17_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text)
    assert not is_crisis(text)


@pytest.mark.parametrize("text", NO_CARD)
def test_session17_words_without_an_emergency_get_no_card(text: str) -> None:
    assert not is_emergency(text)


def test_chest_in_trouble_and_about_to_die_is_the_card_not_crisis() -> None:
    text = "chest is crushing after the crack, i swear im about to die"
    assert is_emergency(text)
    assert not is_crisis(text)


def test_a_question_in_latin_letters_stays_a_question() -> None:
    text = "kak ponyat chto chelovek ne prosypaetsya ot peredoza"
    assert not is_emergency(text)
    assert asks_about_overdose(text)


def test_ukrainian_readings_use_the_shared_table() -> None:
    readings = cyrillic_readings(fold("pislia mefu boiusia, sertse vyskakuie, ne mozhu"))
    assert readings
    assert all("після" in r and "боюся" in r and "вискакує" in r for r in readings)
    assert cyrillic_uk("pislia") == "після"
