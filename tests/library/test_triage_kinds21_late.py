"""Kinds the rules alone missed on blind18-tune (session 21, late round), in other words than the
labelled messages: each kind with messages it must catch and everyday look-alikes it must leave
alone. Emergencies: not getting up and only making sounds after a downer; a place or a whole team
"in a blackout" when a server or the power is down is no one on the floor. Crisis: a wish not to
wake up with a filler word, a goodbye to all and "no more suffering", things given away "I won't
need them", "don't look for me" after going silent, all one has at once "for good"; a fan's "I'm
dead" after a match is not one. Overdose questions: an overdose in slang, of someone "if" or in
general."""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis
from bot.library.emergency_text import asks_about_overdose, is_emergency

EMERGENCY = [
    "подруга наелась лирики, не встаёт, только стонет",
    "кум випив пігулок з горілкою, не піднімається і лише мукає",
    "my mate took a load of xanax, wont get up and just keeps moaning",
    "se tomó unas clonas con chela, no se levanta y solo balbucea",
]
NOT_EMERGENCY = [
    "бабушка не встаёт с кровати и стонет от боли в спине",
    "корова мычит, не встаёт, ветеринар едет",
    "he wont get up, just moaning about work",
    "не встаёт с дивана и мычит в ответ, лентяй после пива",
    "интернет лежит с обеда, весь отдел в отключке",
    "світло вимкнули зранку, цілий будинок у відключці досі",
    "se cayó el sistema y toda la oficina sin conexión desde las 9",
]
STILL_EMERGENCY = [
    "весь дом в отключке после пьянки, а Саша не дышит",
    "брат с утра в отключке, не просыпается",
]

CRISIS = [
    "i really wish i didnt ever wake up again",
    "прощаюсь со всеми, больше не хочу мучиться",
    "goodbye everyone, i dont want to suffer anymore",
    "les he dado mis tenis a mis primos, ya no los voy a necesitar",
    "якщо до ранку не відповім, не шукайте мене",
    "if i dont answer by sunday dont look for me",
    "хочу вмазать всё что есть разом, чтоб уж навсегда",
    "me meto todo lo que tengo de golpe para que sea para siempre",
    "im gonna take everything at once so its forever",
    # a match named, with the means or a wish to die beside it, still counts
    "матч проиграли, я хочу умереть, таблетки уже тут",
]
NOT_CRISIS = [
    "wish i just didnt wake up at 5 for work",
    "me despido de todos en la empresa, ya no quiero sufrir mas con este jefe",
    "если не отвечу, не ищите, я в горах без связи",
    "if i dont text back dont look for me im at the lake",
    "we lost the derby in the 90th, im dead",
    "perdimos el partido, estoy muerto",
]

OD_QUESTION = [
    "что делать если кто-то отъедет от мефа",
    "якщо друг від'їде, куди дзвонити",
    "si a tu compa le da un pason de fenta que le haces",
    "se le puede poner hielo a alguien que se pasó?",
]
NOT_OD_QUESTION = [
    "когда поезд отъехал, я понял что забыл сумку",
    "если машина отъедет, звони",
    "si le da un pasón de risa que hago jaja",
    "hay alguien que se pasó de listo en el grupo",
]


@pytest.mark.parametrize("text", EMERGENCY + STILL_EMERGENCY)
def test_emergency(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NOT_EMERGENCY)
def test_not_emergency(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", CRISIS)
def test_crisis(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_not_crisis(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize("text", OD_QUESTION)
def test_overdose_question(text: str) -> None:
    assert not is_emergency(text)
    assert asks_about_overdose(text)


@pytest.mark.parametrize("text", NOT_OD_QUESTION)
def test_not_overdose_question(text: str) -> None:
    assert not asks_about_overdose(text)
