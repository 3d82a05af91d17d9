"""Kinds fixed on blind21-tune's false cards (session 24, late round, emerg), in other words, with guards.

No card: a house plant revived or given up for dead ("реанімувала кактус", "revived my basil"); a pet
reptile that does not move (a tortoise or a turtle in winter); a club "dead" at the break; lips or a
mouth blue from a lollipop or a sweet; fingers or lips blue in the frost said as a temperature
("на вулиці мінус двадцять").
Card still: a person named beside the plant, a drug beside the match, a drug beside the sweet or the
frost.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import is_emergency

NO_CARD = [
    # a plant revived or given up for dead
    "реанімувала кактус, думала вже здох, а він пустив нову гілку",
    "откачала свой цветок, думала он умер, а он снова цветёт",
    "finally revived my basil, thought it was dead for sure",
    "reviví mi planta, pensé que estaba muerta",
    # a pet reptile that does not move
    "my turtle won't move and hasn't eaten for a week, is it dead",
    "черепаха не рухається третій день, вона жива?",
    "mi tortuga no se mueve desde ayer, estará muerta?",
    # a club "dead" at the break
    "el barça esta muerto al descanso, nos meten dos",
    "Chelsea are dead at the break, two down",
    # blue from a sweet
    "у сина язык синий от леденца, это же краситель?",
    "його губи сині від чупа-чупса, нічого страшного?",
    "lips blue from the lolly lol, food colouring right",
    # frost said as a temperature
    "пальці сині, на вулиці мінус двадцять, гріюсь чаєм",
    "губы посинели, на улице минус 18, а я без шапки, уже дома греюсь",
]

CARD = [
    "мой друг не дышит, я цветок поливал, а он упал",
    "my kid ate a leaf off my dead plant and isn't waking up",
    "we're dead at the break 2-0 and my mate is not breathing after the xanax",
    "her lips are blue after the heroin, not from candy, she won't wake up",
    "губы синие на улице минус 15, он укололся и не дышит",
    "his lips are blue and it's freezing outside, he took fent and won't wake",
]


@pytest.mark.parametrize("text", NO_CARD)
def test_no_card(text: str) -> None:
    assert not is_emergency(text)


@pytest.mark.parametrize("text", CARD)
def test_card(text: str) -> None:
    assert is_emergency(text)
