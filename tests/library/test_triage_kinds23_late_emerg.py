"""Kinds fixed on blind20-tune's emergency side (session 23, late round, emerg), in words of no
labelled set, with guards.

Card: someone out with the needle or syringe still in them; rousing that does nothing ("slapping her
does nothing"); short of breath, suffocating or "lying like dead" beside a downer; loud snoring after
overdoing a downer (everyday snoring "like a tractor" stays harmless); one's own tongue not obeying
and sleepiness after too many downers; a heart pounding until it hurts and everything swimming after
a drug; a plea with someone said to be blue or grey.
No card: "my whole stash / my own pills ... and not wake up" (a wish, the crisis reply's: "my" before
a thing names no person); "unresponsive to my messages"; lips blue from a blue slushie told in
Cyrillic ("слаш") or laughed at ("ржака").
Overdose questions: a lethal amount of a named drug asked; a home remedy (salt water, milk, ice,
coffee) for bringing someone round asked about.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency

CARD = [
    # out with the needle still in
    "found my cousin slumped on the toilet with the syringe still in her arm",
    "подруга отключилась со шприцом в вене",
    "кум заснув з голкою в нозі, не можу докликатись",
    "mi colega está tirado en el portal con la jeringa clavada en el brazo",
    # rousing that does nothing
    "slapping her does nothing, she smoked some oxy an hour ago",
    "pinching him doesn't do anything, we did a load of pressed bars",
    # short of breath or lying like dead beside a downer
    "сестра после трамадола задыхается и хрипит",
    "кент задихається після габапентину",
    "mi tía se tomó sus clonazepam con vino y le cuesta muchísimo respirar",
    "se metió heroína y la veo como muerta",
    "mi hermano se metió tramadol y respira pero muy lento",
    # loud snoring after overdoing a downer
    "she went way too hard on the G and now she's snoring like a train",
    "брат переборщил с бутиратом и храпит как паровоз",
    # tongue not obeying and sleepy after downers
    "я перебрав феназепаму, язик заплітається і дуже хочеться спати",
    "кажется перебрала с феназепамом, язык заплетается",
    # a heart pounding till it hurts, everything swimming
    "ширнулся метадоном с фенами, сердце колотится аж больно, всё плывёт",
    # a plea with a colour said of someone
    "вона вся сіра, допоможіть швидше",
    "she's all grey help me please",
    "está toda morada, ayuda por favor",
]

NO_CARD = [
    # a wish of one's own, "my" before a thing
    "thinking of swallowing my entire stash tonight and just never wake up",
    "going to take my own pills tomorrow and not wake up",
    # unresponsive to messages
    "my landlord has been unresponsive to my emails for weeks",
    "the council is unresponsive to all requests, classic",
    # blue from a drink or a sweet
    "доця випила синій слаш, тепер губи сині",
    "сын съел синий леденец, губы синие, ржака",
    # everyday snoring, no drug
    "мой муж храпит как трактор каждую ночь",
    "my dad snores like a train, is that normal",
    # a needle without anyone out
    "can you reuse a syringe with the needle in the cap",
    # rousing a thing
    "shaking the bottle does nothing, the sauce is stuck",
    # breath short without a downer
    "задыхаюсь на лестнице после тренировки",
    "me cuesta respirar cuando subo las escaleras",
    # tongue slurring asked with no drug
    "язык заплетается после третьего бокала вина, смешно",
]


@pytest.mark.parametrize("text", CARD)
def test_card(text: str) -> None:
    assert is_emergency(text), text


@pytest.mark.parametrize("text", NO_CARD)
def test_no_card(text: str) -> None:
    assert not is_emergency(text), text


ASKED = [
    "what's the deadly dose of carfentanil, is it really that tiny",
    "сколько смертельная доза метадона для человека без толерантности",
    "яка летальна доза трамадолу",
    "cuál es la dosis letal de la ketamina",
    "is it true milk brings someone back from an overdose",
    "правда что соленой водой можно откачать от передоза",
    "кажуть холодна ванна допомагає розбудити людину після опіатів, це міф?",
    "dicen que una ducha fría sirve para reanimar a alguien, es verdad",
]

NOT_ASKED = [
    "what's a lethal amount of homework for a weekend lol",
    "milk is great in coffee",
    "can coffee wake me up before my exam",
]


@pytest.mark.parametrize("text", ASKED)
def test_overdose_question(text: str) -> None:
    assert asks_about_overdose(text), text
    assert not is_emergency(text), text


@pytest.mark.parametrize("text", NOT_ASKED)
def test_not_overdose_question(text: str) -> None:
    assert not asks_about_overdose(text), text
