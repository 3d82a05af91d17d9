"""Session 24 late round (blind21-tune, crisis side): kinds fixed, in other words than the set's.

- a rope or noose kept in a shed, a basement or a store room, with waiting, "already" or despair
  beside it; not a rope kept there for a swing, the laundry, a boat or a move;
- going up a roof or a bridge tonight, and then "that's it" or "don't talk me out of it"; not a view,
  photos, a party or a chore up there;
- not wanting to wake up tomorrow at all (Russian, Ukrainian); not a workday or an alarm grumble;
- "the last thing I write" with a goodbye; not the last thing for today or on a topic.
"""

import pytest

from bot.library.crisis import is_crisis

CRISIS = [
    "the noose is already in the basement. waiting for dark",
    "верёвка уже в сарае, жду когда все уснут",
    "мотузка вже в сараї, чекаю коли всі заснуть",
    "la cuerda ya esta en el sotano, nomas espero que oscurezca",
    "hoy me subo al techo y ya",
    "сегодня ночью полезу на крышу девятиэтажки, не отговаривайте",
    "tonight I'm climbing the bridge rail and that's it, don't try to stop me",
    "сьогодні ввечері піднімусь на дах і все",
    "не хочу уже просыпаться",
    "не хочу вже прокидатися",
    "прощайте все, это последнее что я вам напишу",
    "adios a todos, es lo ultimo que les escribo",
    "bye everyone, last thing i'll ever write",
]

NOT_CRISIS = [
    "the rope is already in the shed, I'll fix the swing tomorrow",
    "ya deje la cuerda en la cochera, mañana colgamos el columpio",
    "верёвка уже в сарае, завтра повесим качели",
    "there's an old rope in the basement from the move",
    "esta noche subo a la azotea a ver las estrellas y se acabo el dia",
    "tonight we go up on the roof for fireworks and that's it for the year",
    "сьогодні ввечері піду на дах фоткати захід сонця, не відмовляйте",
    "hoy subo a la azotea a tender la ropa y listo",
    "hoy subo al techo a arreglar la antena y ya",
    "tonight i'm going up on the roof to watch the meteor shower and that's it",
    "не хочу завтра просыпаться, понедельник же",
    "не хочу завтра рано просыпаться",
    "не хочу завтра прокидатися на роботу",
    "ладно, последнее что я пишу на сегодня, пока",
    "ок, последнее что я пишу по теме, всем пока",
    "bueno, lo ultimo que escribo hoy, adios",
    "bye, last thing i'll post today",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_kind(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", NOT_CRISIS)
def test_everyday_look_alike(text: str) -> None:
    assert not is_crisis(text)
