"""Kinds fixed in session 21's second round (emerg helper), in words of no labelled set.

A death mourned (tune46): an overdose told at a grave, a funeral, a memorial or an anniversary is no
card, unless a sign, an urgent word or "just" puts one now. A sign asked after an "if" to come ("if
I take X with Y will I stop breathing?", tune46) is an overdose question, not the card, unless a
sign is told outside the question or the drug is told as taken. A "what if" beside a state that has
lasted to now (not waking for hours, not come round since midnight, tune47's third batch) is the
card; a pure worry about a time to come, a phone not answered or a sleeper with no drug is not.
"""

from __future__ import annotations

import pytest

from bot.library.emergency_text import asks_about_overdose, is_emergency

CARD = [
    # a state that lasts to now, beside a "what if" or not
    "what if somethings badly wrong, my dad hasnt woken up since lunch after his pills",
    "what if he never comes round, hes been unconscious for like 4 hours",
    "а вдруг она не очнется, уже второй час без сознания",
    "а раптом він не отямиться, вже третю годину без свідомості",
    "y si no reacciona? lleva dos horas inconsciente después de las pastas",
    # a death now beside mourning words (guards of the mourning rule)
    "at my uncles funeral and my cousin just overdosed in the toilets",
    "we were at the cemetery and my mate collapsed, hes not breathing",
    "на поминках брат перебрал и не дышит",
    "miss him so much but right now hes blue and not breathing help",
    # a sign told beside the "if" question (guards of the question rule)
    "if he takes any more will he stop breathing?? his lips are already going blue",
]

NO_CARD = [
    # mourning an overdose past
    "two years since my cousin ODd, we let off lanterns at his memorial tonight",
    "годовщина как брат передознулся, были с мамой на могиле",
    "річниця як подруга передознулася, ходили на кладовище, досі боляче",
    "hoy fuimos al cementerio, mi primo tuvo una sobredosis, lo extraño",
    # a state to come, a phone, a sleeper with no drug
    "what if he doesnt wake up for hours after his op tomorrow",
    "he hasnt answered my texts since last night, what if hes ignoring me",
    "what if the baby doesnt wake up for her feed, shes been asleep 3 hours",
    "what if she never wakes up one day after a big night, it keeps me awake",
]

QUESTIONS = [
    "if i take two xans with my vodka will i die? asking before the party",
    "if i do another line will i have a seizure",
    "если я выпью лирику с алкоголем, перестану дышать?",
    "якщо я прийму трамадол з пивом, помру?",
    "si me tomo el clonazepam con cerveza me voy a morir?",
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
