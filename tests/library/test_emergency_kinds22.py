"""Kinds fixed on tune49 (session 22, emerg helper), in words of no labelled set, with guards.

No card: a sign denied and played down ("not grey, only tired", "припадка не было, просто
знобит", "no se desmayó, solo se mareó un poco"), which the embedding stage leaves too
(``told_not_now``); a phone or a battery that died or a call left ("зарядка села, телефон
вырубился", "disconnected from the meeting"); silence put down to no signal with no drug named;
waking late ("doesn't wake up early any more"); "отъехал от" a place or a distance (a trip); gone
on an errand or a trip, or waiting in the car, with no sign, drug or urgency (``told_not_now``).
Still the card: any other sign beside the denied one ("not grey, only not breathing"), a drug
beside the dead phone or the missing signal, "отъехал после дозы".
Card: knocking at someone shut in a toilet, a bathroom or a car and nothing, beside a drug or a
slump over the wheel; cutting or tearing in the chest and a bare cold sweat on a stimulant; clothes
torn off with the heat; nonsense shouted with the heat; "me estoy quedando dormida" with a depressant
and breathing hard.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import is_emergency, told_not_now

CARD = [
    # knocking and nothing, a drug beside it, or slumped over the wheel
    "she locked herself in the loo with the heroin, knocking on the door and nothing",
    "сестра заперлась в уборной с метадоном, барабаню — ничего",
    "кум у вбиральні, стукали — ніхто не відповідає, він щойно кололся",
    "mi prima en el wc con la chiva, aporreamos la puerta y no contesta",
    "found my uncle in his truck, face against the steering wheel, hammering on the glass, no response",
    "батя в машине, лицом на руль, долблю в окно — ноль",
    "el señor del carro de al lado está recostado sobre el volante, golpeamos el vidrio y ni se mueve",
    # cutting or tearing in the chest, a bare cold sweat, on a stimulant
    "после фена раздирает в груди и холодный пот",
    "stabbing in my chest after the crack, cant sit still",
    "tras la farlopa se me desgarra algo en el pecho",
    # the heat with clothes torn off or nonsense shouted
    "mate on speed is roasting and tearing his clothes off",
    "she's burning up on molly and screaming nonsense at the wall",
    # a depressant, breathing hard and drifting off now
    "me tomé clonazepam con alcohol, me falta el aire y me estoy quedando dormida",
    # a denied sign beside another sign still counts
    "he's not grey, only not breathing much after the heroin",
    "не синеет, просто не дышит почти после метадона",
    "no está morada, solo no respira y no despierta",
    # a dead phone or no signal beside a drug still counts
    "не отвечает, связи нет, а он перед этим укололся героином и хрипел",
    "отъехал после дозы и не реагирует",
]

NO_CARD = [
    # a sign denied and played down
    "he isn't grey or anything, only tired after the weekend",
    "припадка не было, просто знобит после фена",
    "вона не синіла, просто бліда після тусовки",
    "no se desmayó, solo se mareó un poco al levantarse",
    "didn't faint, just felt a bit lightheaded on the stairs",
    # a phone or a battery that died, a call left
    "зарядка села, телефон вырубился, поэтому молчал",
    "got disconnected from the meeting, wifi is awful",
    "мама відключилася від дзвінка, мабуть інтернет",
    # silence put down to no signal, no drug named
    "dad is up the mountain, not answering, no signal up there",
    "брат на рыбалке, не отвечает, связи там нет",
    # waking late
    "my teenager doesn't wake up early anymore, sleeps till noon",
    # a trip
    "мы отъехали от дома километров на двадцать и вспомнили про утюг",
    # knocking and nothing with no drug and no slump
    "стучу к соседу — тишина, видимо уехал",
    "knocking on the bathroom door and nothing, she's got her headphones on",
]

NOT_NOW = [
    # gone on an errand or a trip, waiting in the car: the everyday sense of the slang verb
    "popped out to the shops, be back soon",
    "брат уехал на рыбалку, трубку не берёт",
    "дядько поїхав до міста на роботу, буде ввечері",
    "se fue al pueblo el finde con su novia",
    "мама чекає нас у машині",
    "he isn't grey or anything, only tired after the weekend",
    "no se desmayó, solo se mareó un poco al levantarse",
    "припадка не было, просто знобит после фена",
]


@pytest.mark.parametrize("text", CARD)
def test_kinds22_get_the_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NO_CARD)
def test_kinds22_guards_get_no_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", NOT_NOW)
def test_a_denied_sign_played_down_is_not_now(text: str) -> None:
    assert told_not_now(text)


ERRAND_BUT_NOW = [
    "he went to the car to get his lighter and now he's not breathing",
    "отъехал в гараж, а там лежит синий и не дышит",
    "se fue a su casa y su madre dice que no despierta, se metió fentanilo",
]


@pytest.mark.parametrize("text", ERRAND_BUT_NOW)
def test_an_errand_beside_a_sign_is_still_the_card(text: str) -> None:
    assert is_emergency(text)
    assert not told_not_now(text)


@pytest.mark.parametrize("text", [t for t in CARD])
def test_kinds22_cards_are_not_told_not_now(text: str) -> None:
    assert not told_not_now(text)


# Second batch (session 22, emerg): more negations ("doesn't look", "don't"), out cold denied; waking
# late at an hour; a Cyrillic "кололся"/"колется" (also read from Latin); "iba fumando algo"; "se ve
# morada"; moved and nothing, said in the plural; shut in a room; cooking from the inside and not
# thinking straight with a stimulant; blushing and singing are someone well (embedding stage only).
CARD_2 = [
    "zakrylas v komnate, stuchim — nichego, ona koletsya",
    "брат у кімнаті зачинився, грюкаємо — тиша, він кололся",
    "estaba fumando algo en la esquina y ahora convulsiona en el suelo",
    "el chavo se ve azul y lo sacudimos y nada",
    "my cousin in his room, door locked, hammering on the door and nothing, he's been using fentanyl",
    "took some speed at the festival, feels like im boiling from the inside and i cant think clearly",
    # a denied sign beside another sign still counts
    "she doesn't look blue, only she isn't breathing after the pills",
]
NO_CARD_2 = [
    "he's not knocked out, just chilling with his eyes closed",
    "she doesn't look purple, only cold from the pool",
    "ya no se despierta a las 7 para el cole, duerme hasta las 10",
    "he was smoking something in the garden, a cigar i think, all fine",
]
NOT_NOW_2 = [
    "my son went bright red with embarrassment at the party",
    "покраснела от стыда, когда её вызвали к доске",
    "донька зачинилась у ванній і співає вже годину",
]
WELL_BUT_NOW = [
    "he was singing and then collapsed and isn't breathing",
    "вона співала, а тепер лежить синя і не дихає",
]


@pytest.mark.parametrize("text", CARD_2)
def test_kinds22_second_batch_gets_the_card(text: str) -> None:
    assert is_emergency(text)
    assert not told_not_now(text)


@pytest.mark.parametrize("text", NO_CARD_2)
def test_kinds22_second_batch_guards_get_no_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", NOT_NOW_2)
def test_blushing_or_singing_is_not_now(text: str) -> None:
    assert not is_emergency(text)
    assert told_not_now(text)


@pytest.mark.parametrize("text", WELL_BUT_NOW)
def test_singing_then_a_sign_is_still_the_card(text: str) -> None:
    assert is_emergency(text)
    assert not told_not_now(text)


# Russian typed in Latin letters read with the short й put back, as the crisis rules read it
# (session 22, emerg: "goryachii" is "горячий", not "горячии")
@pytest.mark.parametrize(
    "text",
    ["chuvak posle feny takoi goryachii, nesyot bred i ne uznaet nikogo"],
)
def test_latin_short_i_is_read_back(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize(
    "text",
    ["ya ves goryachii posle bani, hochu pit, vse norm", "on seryi ot ustalosti posle smeny, spit"],
)
def test_latin_short_i_everyday_stays_no_card(text: str) -> None:
    assert not is_emergency(text)
