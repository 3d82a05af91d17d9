"""Kinds fixed on blind14-tune (session 17's late round, emerg helper), in words of no labelled set,
with guards.

The card: too much and jerks that will not stop; a toddler who grabbed an opioid and is floppy; a
household poison swallowed, said in the Spanish perfect ("se ha tomado"); fainting and a leaping heart
on a stimulant; someone who cannot be woken and is going blue, even asked "is that normal?"; nodding
and a pulse barely found; hot and delirious after tropicamide; thrashing on the ground after a drug.
Not the card: choking with heat, a bruise's colour, a film watched, "it is easy to overdose" said in
general, a plan to overdose on purpose (the crisis reply's). Overdose questions: overamping told apart
from being high, naloxone's second dose in Russian slang, snoring after opioids asked about.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency

CARD = [
    # too much and jerks that will not stop
    "me he pasado con las pastillas y tengo espasmos que no puedo parar",
    "took way too many trams, twitching all over and i can't make it stop",
    # a toddler who grabbed an opioid and is floppy or very asleep
    "mi peque agarró un sobre de metadona y ahora está muy dormido",
    "la nena cogió mis parches de fentanilo y está blandita",
    # a household poison, said in the perfect tense
    "mi padre se ha tomado un trago de anticongelante, dice que le arde todo",
    # fainting and a leaping heart on a stimulant
    "con la coca me mareo y me caigo y el corazón me pega brincos",
    # cannot be woken and going blue, even asked as "is it normal?"
    "no lo podemos despertar y tiene los labios morados, es normal??",
    "can't wake him up and his lips look bluish, is that normal",
    "не можу його розбудити, губи сині, це нормально?",
    # nodding and a pulse barely found
    "she keeps nodding out and i can barely feel a pulse",
    # hot and delirious after tropicamide
    "кореш вмазался тропикамидом, весь красный горячий и никого не узнаёт",
    # thrashing on the ground after a drug
    "мій друг бьется на полу после спайса",
    "he smoked the k2 and now he's thrashing on the floor",
]

NO_CARD = [
    # choking with heat or laughter is an idiom
    "nos ahogamos de calor en el bus, 40 grados",
    "задыхаюсь от жары в маршрутке",
    # a bruise's colour
    "ударилась коленом, синяк фиолетовый уже неделю",
    "got a massive purple bruise on my shin from the bed frame",
    # a film watched
    "посмотрел фильм про наркоманов, там герой передознулся в конце",
    "vi una peli anoche donde el prota se muere de sobredosis",
    # how easy it is to overdose, said in general
    "говорят после реабилитации легче передознуться, почему?",
    # a plan to overdose on purpose is the crisis reply's
    "ищу как передознуться наверняка чтобы не проснуться",
    # guards kept as they were
    "no consigo despertarlo para el cole, todas las mañanas igual",
    "my nan bruises easily, blue marks on her arms",
    "тропики это мечта, жара и море",
]

OD_QUESTION = [
    "how can you tell if someone is overamping or just tweaking hard",
    "через сколько колоть второй наркан если первый не помог",
    "si alguien ronca después de la heroína, es peligroso?",
    "якщо хтось хропе після метадону це погано?",
]


@pytest.mark.parametrize("text", CARD)
def test_blind14_kinds_get_the_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NO_CARD)
def test_blind14_words_without_an_emergency_get_no_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", OD_QUESTION)
def test_blind14_overdose_questions_are_seen(text: str) -> None:
    assert not is_emergency(text)
    assert asks_about_overdose(text)


def test_a_plan_to_overdose_gets_no_overdose_steps() -> None:
    assert not asks_about_overdose("думаю як передознутися напевно щоб ніхто не відкачав")


@pytest.mark.parametrize(
    "text",
    [
        "я смотрела телевизор, а муж посинел и не дышит",
        "смотрел кино, а брат рядом захрипел и не просыпается после героина",
        # the heat idiom is cut only when no drug is named
        "me ahogo de calor despues de la md, no puedo enfriarme y me duele la cabeza",
    ],
)
def test_watching_something_while_an_emergency_happens_still_gets_the_card(text: str) -> None:
    # only a film told as what was watched ("дивився ..., там усі передознулись") is fiction
    assert is_emergency(text)
