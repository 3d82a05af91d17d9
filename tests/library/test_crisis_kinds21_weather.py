"""Dying of the weather (tune47, session 21, emerg helper), in words of no labelled set.

A complaint about the heat or the cold with a demonstrative or "such" between, in either order
("i'll die in this humidity", "сдохну от такой духоты", "здохну від цієї задухи", "me muero con este
bochorno") is no crisis; a means, a plan or a goodbye anywhere keeps the message read whole.
"""

from __future__ import annotations

import pytest

from bot.library.crisis import is_crisis

NO_CRISIS = [
    "gonna die in this humidity, the office aircon is broken again",
    "this heatwave is killing me, cant sleep",
    "я сдохну от такой духоты в этой маршрутке",
    "от этого мороза я точно умру, минус тридцать",
    "здохну від цієї задухи в метро",
    "через таку спеку я просто помру на роботі",
    "me voy a morir con este bochorno, no hay ni una sombra",
    "este calor me va a matar, 44 grados",
]

STILL_CRISIS = [
    "сдохну от такой жары, всё равно таблетки уже собрала, ночью всё закончу",
    "i'll die in this heat, the pills are ready and i wrote my goodbye",
    "я хочу померти, від цієї спеки і від усього",
    "me voy a morir con este calor, ya tengo las pastillas, quiero morir",
]


@pytest.mark.parametrize("text", NO_CRISIS)
def test_weather_no_crisis(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize("text", STILL_CRISIS)
def test_weather_still_crisis(text: str) -> None:
    assert is_crisis(text)
