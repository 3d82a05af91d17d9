"""Emergency recognition, session 15's late round (issue #9): the kinds of blind12-tune's rule misses
and false cards, said again in other words (no labelled text), through the public ``is_emergency``
and ``asks_about_overdose``. blind12-tune itself is measured by ``bench/triage_bench.py``."""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency

# Happening now: the card.
THE_CARD = [
    # a street address after "at" is no age ("at 45" told of youth)
    "we're at 22 elm road, my brother overdosed, ambulance is coming, what do i do",
    "im at 31 station street and my mate just od'd on the stairs",
    "my girlfriend overdosed, we are at 18 park lane flat 2, help",
    # the chest squeezed, said with a perfective verb after a stimulant
    "в груди сжало после мефа и не отпускает уже минут двадцать",
    "у грудях скувало після фену, не можу вдихнути нормально",
    "грудь сдавило после кокаина, держится уже час",
    # a pulse barely felt beside a needle or a syringe
    "знайшли хлопця в під'їзді, пульс ледве прощупується, поруч шприц",
    "парень на лавке, пульс еле-еле, рядом баян валяется",
    "guy in the toilets, pulse is really weak and there's a needle on the floor",
    "está tirado en el parque, apenas tiene pulso y hay una jeringa al lado",
]

# The same words with nobody in danger now: not the card.
NOT_THE_CARD = [
    # an age after "at" is still long ago
    "at 45 i overdosed for the first time, now im scared of using again",
    # almost fainted, fine again, said with a Cyrillic "ок"
    "на футболі отримав м'ячем у живіт, ледь не вирубився, зараз ок",
    "на сдаче крови чуть не отключился, сейчас окей",
    "у спеки ледь не відключилась у маршрутці, вже добре",
    # "якшо" is "якщо": an "if" question about anyone
    "якшо хтось передознувся, на який бік його класти",
    "якшо людина посиніла після опіоїдів, шо робити",
    # a chest squeezed by worry, no drug
    "в грудях стиснуло від хвилювання перед іспитом",
    # a pulse barely felt with no needle and no drug: a question about grandma
    "у бабушки пульс слабый, это из-за давления?",
    # a needle at the clinic, nobody down
    "медсестра сказала що пульс слабкий, а голка для аналізу була тонка",
    "лікар сказав що пульс слабкий після крапельниці, голку вже зняли",
]

# A general question about an overdose: the steps one tap away.
OD_QUESTIONS = [
    "si alguien se pasa con el g, lo pongo de lado o boca arriba",
    "qué hago si un amigo se pasa en el after y no tengo naloxona",
    "es bueno darle café si se pasa?",
    "якшо хтось передознеться від опіоїдів, шо робити до приїзду швидкої",
]

# Spanish "pasarse" that is no overdose.
NOT_OD_QUESTIONS = [
    "si se pasa el efecto muy rápido, es normal?",
    "si se me pasa la borrachera antes de llegar a casa mejor",
    "si se pasa la hora del bus me quedo a dormir",
]


@pytest.mark.parametrize("text", THE_CARD)
def test_the_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NOT_THE_CARD)
def test_not_the_card(text: str) -> None:
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", OD_QUESTIONS)
def test_overdose_question(text: str) -> None:
    assert not is_emergency(text), text
    assert asks_about_overdose(text), text


@pytest.mark.parametrize("text", NOT_OD_QUESTIONS)
def test_not_an_overdose_question(text: str) -> None:
    assert not is_emergency(text), text
    assert not asks_about_overdose(text), text
