"""Triage, session 15 second round (issue #9): the kinds tune36's first look missed, through the
public ``is_crisis`` and ``triage``. Crisis: the whole dose or all one has, taken so as not to wake
up, not come back or let the heart stop; an overdose no one would notice; choosing which bridge or
roof to jump from, said laughing; goodbyes with no rent to pay next month; a rope put away "just in
case"; "покончу з цим всім" in surzhyk; "всім буде легше якщо мене просто не буде". Everyday: a
comedian who "had me dead", "los exámenes me tienen muerta". Fresh wordings: no labelled text
(``tune36`` itself is checked message by message in ``tests/library/test_triage.py``). One test
per list, so a failure names every miss."""

from __future__ import annotations

from bot.library.crisis import is_crisis

CRISIS = [
    # the whole dose or all one has, so as not to wake up or come back
    "i'm going to use every bit i've stashed tonight and never wake up",
    "doing all of it in one go so that i never come back from it",
    "i'll take everything i've saved and let my heart stop",
    "вколю всё что есть и больше не просыпаться, так проще",
    "сегодня вмажусь по полной, и пусть моё сердце остановится",
    "вмажусь усім що є і більше не прокидатися",
    "сьогодні вколю по повній і хай моє серце зупиниться",
    "me voy a meter todo lo que tengo y no despertar más",
    "змішаю усі свої таблетки з вином навмисно",
    # an overdose no one would notice
    "no one would even care if i od'd this weekend",
    "никто и не заметит если я передознусь на выходных",
    "ніхто навіть не помітить якщо я передознуся",
    "nadie lo notaría si me paso de dosis mañana",
    # which bridge or roof to jump from, said laughing
    "lol been deciding which building to jump off, the tall one downtown probably",
    "ахах уже думаю с какого моста прыгнуть, их тут много",
    "ха, вже обираю з якого даху стрибнути",
    "jajaja ya vi de cuál edificio aventarme",
    # goodbyes, no rent or bills to pay next month
    "said my goodbyes this week, don't have to pay the bills next month anyway",
    "со всеми попрощалась, платить по счетам мне больше не придётся",
    "попрощався з усіма, платити за світло вже не доведеться",
    "me despedí de todos, ya no voy a tener que pagar la luz",
    # a rope put away just in case
    "there's a noose in my closet just in case things get worse",
    "петля лежит в шкафу, на всякий случай",
    "зашморг у шафі, на всяк випадок",
    "guardé una soga en el ropero por si acaso",
    # surzhyk, and everyone better off if I'm simply not here
    "все, завтра покончу з цим усім",
    "всім стане легше якщо мене вже не буде",
]

NOT_CRISIS = [
    # a laugh that "had me dead"
    "that stand-up special had me dying, i was crying with laughter",
    "your voice note had me deceased honestly",
    "the new sitcom has me dead every single episode",
    "los exámenes finales me tienen muerta, solo quiero dormir",
    "este trabajo me tiene bien muerto, ya quiero vacaciones",
    # the same words with nothing of a wish to die
    "took a whole edible at once and did not wake up until noon lol",
    "which cliff to jump off at the quarry, it's roasting and we're going with the lads",
    "с какой скалы прыгать в воду, жара, едем с пацанами купаться",
    "my climbing rope is in the closet, going to the crag sunday",
    "said goodbye to my flatmates, moving back home so won't have to pay rent",
    "попрощался с соседями, съезжаю к родителям, за квартиру платить больше не придётся",
    "nobody would notice if i skipped the meeting",
]


def test_crisis() -> None:
    missed = [text for text in CRISIS if not is_crisis(text)]
    assert not missed, missed


def test_not_crisis() -> None:
    carded = [text for text in NOT_CRISIS if is_crisis(text)]
    assert not carded, carded
