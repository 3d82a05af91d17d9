"""Kinds fixed on tune47's second batch (session 21, emerg helper), in words of no labelled set.

Emergencies: a small child who got into a grown-up's bag or ate something out of it and shows it; a
whole prescription taken at once; a fit that will not stop (with or without a drug); not getting up
with a frightening breath heard; "щас отъеду" beside the heart after a drug; a day and night on a
stimulant with the heat. No card: going blue each time one swims, an ice hole swim; a "what if" on a
weekday to come. Overdose questions: whether to lay "the one who" does not wake on the side.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency

CARD = [
    "our 2 year old got into my purse and ate something, now hes floppy and keeps nodding out",
    "малюк витяг щось з татової кишені і з'їв, тепер хитається",
    "mi nene se comió algo de la mochila de su papá, está como drogado y con mucho sueño",
    "swallowed my whole script all at once, everything is spinning",
    "necked my entire prescription in one go, cant feel my face",
    "his seizure wont stop, its been going on and on",
    "судороги у неё не прекращаются уже несколько минут",
    "не перестає битися, очі закочені, що робити",
    "mi hermano no para de convulsionar",
    "she wont get up and shes gurgling really weird",
    "батя не встає і хрипить якось дивно",
    "ой щас вырублюсь, сердце колотится, нюхнул много",
    "добу на солях, весь горить, роздягся, верзе якусь маячню",
]

NO_CARD = [
    "my son got into my bag and ate my sandwich, hes sleepy after lol",
    "took my whole prescription this morning like my doctor said",
    "she wont stop fitting in with the cool kids, so proud",
    "he wont get up for school, snoring away as usual",
    "my fingers go purple every time i swim in the sea, bad circulation",
    "пірнули в ополонку, губи сині, адреналін шалений",
    "а что если я потеряю сознание на свадьбе в субботу",
    "що як я впаду в обморок на іспиті у вівторок",
    "what if i pass out at the wedding on saturday",
]

QUESTIONS = [
    "нужно ли переворачивать на бок того кто отключился после алкоголя?",
    "чи варто класти на бік того, хто не прокидається після метадону?",
]


@pytest.mark.parametrize("text", CARD)
def test_card(text: str) -> None:
    assert is_emergency(text)


@pytest.mark.parametrize("text", NO_CARD)
def test_no_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", QUESTIONS)
def test_question(text: str) -> None:
    assert not is_emergency(text)
    assert asks_about_overdose(text)
